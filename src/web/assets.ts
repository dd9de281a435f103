/// <reference path="./assets/text-modules.d.ts" />

import type { Context } from 'hono'
import type { App } from '../app'
import type { AppEnv } from '../env'
import { declareRoute } from '../lib/access'
import css from './assets/app.css'
import js from './assets/app.js'

/**
 * The web app's one stylesheet and one script, bundled into the Worker as text (wrangler.toml
 * [[rules]]) and served under content-hashed names, so they can be cached for a year: a deploy
 * that changes a byte changes the name. No build step: the files are what the browser gets.
 */

/** FNV-1a, 32 bits: a cache-busting fingerprint, not a security property. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

interface Asset {
  path: string
  body: string
  type: string
}

const asset = (name: string, ext: string, body: string, type: string): Asset => ({
  path: `/assets/${name}.${fingerprint(body)}.${ext}`,
  body,
  type,
})

export const ASSETS = {
  css: asset('app', 'css', css, 'text/css; charset=utf-8'),
  js: asset('app', 'js', js, 'text/javascript; charset=utf-8'),
} as const

const YEAR_SECONDS = 365 * 24 * 3600

function serve(c: Context<AppEnv>, a: Asset, current: boolean) {
  c.header('Content-Type', a.type)
  c.header('X-Content-Type-Options', 'nosniff')
  // An old name (a page cached from before a deploy) gets today's file, but must not keep it for a year.
  c.header('Cache-Control', current ? `public, max-age=${YEAR_SECONDS}, immutable` : 'no-cache')
  return c.body(a.body)
}

export function registerAssetRoutes(app: App): void {
  declareRoute(app, 'GET', '/assets/:file', { access: 'public' })
  app.get('/assets/:file', (c) => {
    const file = c.req.param('file')
    for (const a of Object.values(ASSETS)) {
      if (a.path === `/assets/${file}`) return serve(c, a, true)
      const ext = a.path.slice(a.path.lastIndexOf('.'))
      if (/^app\.[0-9a-f]{8}\./.test(file) && file.endsWith(ext)) return serve(c, a, false)
    }
    return c.notFound()
  })
}
