import type { App } from '../app'

// Placeholder: routes of this resource are being built (see issues).
export function registerTaxonomyRoutes(_app: App): void {}
