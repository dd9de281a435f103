import type { App } from '../app'
import { registerWebRoutes } from '../web'
import { registerArticleRoutes } from './articles'
import { registerExportRoutes } from './export'
import { registerFeedItemRoutes } from './feed-items'
import { registerFeedOutputRoutes } from './feed-outputs'
import { registerFeedRoutes } from './feeds'
import { registerHealthRoutes } from './health'
import { registerIngestRoutes } from './ingest'
import { registerApiDocRoutes } from './openapi'
import { registerRelationRoutes } from './relations'
import { registerSearchRoutes } from './search'
import { registerTaxonomyRoutes } from './taxonomy'
import { registerTrendRoutes } from './trends'
import { registerWatchRoutes } from './watches'

/** Every resource registers itself; the order only matters for the OpenAPI document. */
export function registerRoutes(app: App): void {
  registerHealthRoutes(app)
  registerFeedRoutes(app)
  registerFeedItemRoutes(app)
  registerIngestRoutes(app)
  registerSearchRoutes(app)
  registerArticleRoutes(app)
  registerExportRoutes(app)
  registerTrendRoutes(app)
  registerRelationRoutes(app)
  registerTaxonomyRoutes(app)
  registerFeedOutputRoutes(app)
  registerWatchRoutes(app)
  registerApiDocRoutes(app)
  // The web app's pages and assets (outside /api/, /health, the feed outputs and /watches/:id/*.xml|json).
  registerWebRoutes(app)
}
