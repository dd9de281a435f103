import type { App } from '../app'
import { registerHealthRoutes } from './health'
import { registerFeedRoutes } from './feeds'
import { registerIngestRoutes } from './ingest'
import { registerSearchRoutes } from './search'
import { registerArticleRoutes } from './articles'
import { registerTrendRoutes } from './trends'
import { registerTaxonomyRoutes } from './taxonomy'
import { registerFeedOutputRoutes } from './feed-outputs'
import { registerWatchRoutes } from './watches'
import { registerApiDocRoutes } from './openapi'

/** Every resource registers itself; the order only matters for the OpenAPI document. */
export function registerRoutes(app: App): void {
  registerHealthRoutes(app)
  registerFeedRoutes(app)
  registerIngestRoutes(app)
  registerSearchRoutes(app)
  registerArticleRoutes(app)
  registerTrendRoutes(app)
  registerTaxonomyRoutes(app)
  registerFeedOutputRoutes(app)
  registerWatchRoutes(app)
  registerApiDocRoutes(app)
}
