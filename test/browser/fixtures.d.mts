// Types of fixtures.mjs, for the workerd page tests that seed the same documents.
export function fixtureFeeds(now?: number): { url: string; doc: string }[]
