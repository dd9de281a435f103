import type { App } from '../app'

export function registerIngestRoutes(_app: App): void {}
