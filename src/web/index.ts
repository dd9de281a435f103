import type { App } from '../app'
import { registerAssetRoutes } from './assets'
import { registerArticlePage } from './pages/article'
import { registerFeedsPage } from './pages/feeds'
import { registerReadAccessRoutes } from './pages/read-access'
import { registerRelationsPage } from './pages/relations'
import { registerSearchPage } from './pages/search'
import { registerSignInPage } from './pages/signin'
import { registerWatchesPages } from './pages/watches'
import { registerUiLanguageRoute } from './ui-language'

/**
 * The web app: server-rendered pages beside the API (never under /api/, /health, the feed
 * outputs or /watches/:id/*.xml|json), reading through the same functions as the API routes.
 */
export function registerWebRoutes(app: App): void {
  registerAssetRoutes(app)
  registerUiLanguageRoute(app)
  registerSearchPage(app)
  registerArticlePage(app)
  registerRelationsPage(app)
  registerSignInPage(app)
  registerReadAccessRoutes(app)
  registerWatchesPages(app)
  registerFeedsPage(app)
}
