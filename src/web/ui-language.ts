import { bodyLimit } from 'hono/body-limit'
import type { App } from '../app'
import { declareRoute } from '../lib/access'
import { MAX_FORM_BODY_BYTES } from '../limits'
import { isUiLang, UI_LANG_COOKIE } from './i18n'

const YEAR_SECONDS = 365 * 24 * 3600

/** Only a path of this site is a place to go back to (no //host, no scheme): an open redirect otherwise. */
export function localPath(raw: string | undefined | null, fallback = '/'): string {
  if (!raw?.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return fallback
  return raw
}

/**
 * The language switch: a POSTed form sets a preference cookie (readable by scripts, since it is
 * no secret; SameSite=Lax) and goes back to the page it came from.
 */
export function registerUiLanguageRoute(app: App): void {
  declareRoute(app, 'POST', '/ui-language', { access: 'public' })
  app.post(
    '/ui-language',
    bodyLimit({ maxSize: MAX_FORM_BODY_BYTES, onError: (c) => c.body(null, 413) }),
    async (c) => {
      const form = await c.req.parseBody()
      const lang = typeof form.ui === 'string' ? form.ui : ''
      const back = localPath(typeof form.back === 'string' ? form.back : null)
      if (isUiLang(lang)) {
        const secure = new URL(c.req.url).protocol === 'https:' ? '; Secure' : ''
        c.header(
          'Set-Cookie',
          `${UI_LANG_COOKIE}=${lang}; Path=/; Max-Age=${YEAR_SECONDS}; SameSite=Lax${secure}`,
        )
      }
      return c.redirect(back, 303)
    },
  )
}
