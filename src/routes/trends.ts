import type { App } from '../app'

// Placeholder: routes of this resource are being built (see issues).
export function registerTrendRoutes(_app: App): void {}
