// Types of replies.mjs, for its workerd test.
export const RESTARTED_MID_REQUEST: string
export function restartedMidRequest(status: number, text: string): boolean
export function parseReply(route: string, status: number, text: string): unknown
