import type { App } from '../app'

// Placeholder: routes of this resource are being built (see issues).
export function registerApiDocRoutes(_app: App): void {}
