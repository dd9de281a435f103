/** @jsxImportSource hono/jsx */
import type { Context } from 'hono'
import type { Child } from 'hono/jsx'
import type { App } from '../../app'
import type { AppEnv } from '../../env'
import { declareRoute, type Refusal } from '../../lib/access'
import { Layout } from '../layout'
import { htmlPage, type View, viewOf } from '../view'

export type AdminSection = 'watches' | 'feeds'

/**
 * An admin page's declaration (src/lib/access.ts: the access middleware enforces it). Refused,
 * it answers a page rather than a JSON 401: without the admin bearer header a shell that says how
 * to sign in (the app's script then asks for the same URL again with the stored token as a header
 * and swaps in the <main> it gets); with ADMIN_TOKEN unset, a page saying admin is disabled.
 */
export function declareAdminPage(
  app: App,
  path: string,
  section: AdminSection,
  title: (v: View) => string,
): void {
  declareRoute(app, 'GET', path, { access: 'admin', refused: (c, why) => adminGate(c, why, section, title) })
}

function adminGate(c: Context<AppEnv>, why: Refusal, section: AdminSection, title: (v: View) => string) {
  const v = viewOf(c)
  if (why === 'admin_disabled') {
    return htmlPage(
      c,
      <Layout v={v} title={title(v)} section={section}>
        <h1>{title(v)}</h1>
        <p class="alert">{v.t.adminDisabled}</p>
      </Layout>,
      { status: 503, admin: true },
    )
  }
  return htmlPage(
    c,
    <Layout v={v} title={title(v)} section={section} admin>
      <h1>{title(v)}</h1>
      <div class="panel" data-admin-gate>
        <noscript>
          <p>{v.t.jsNeeded}</p>
        </noscript>
        <p>
          {v.t.signInNeeded}{' '}
          <a href={`/signin?next=${encodeURIComponent(`${v.url.pathname}${v.url.search}`)}`}>{v.t.signIn}</a>
        </p>
      </div>
    </Layout>,
    { admin: true },
  )
}

/**
 * An admin page, reached only with the admin token (declareAdminPage). Admin HTML is never cached
 * (no-store) and is rendered, like every page, by JSX on the server: the script moves our own
 * escaped markup, it never builds any.
 */
export async function adminPage(
  c: Context<AppEnv>,
  section: AdminSection,
  title: (v: View) => string,
  render: (v: View) => Promise<{ status?: 200 | 404; body: Child; title?: string }>,
) {
  const v = viewOf(c)
  const page = await render(v)
  return htmlPage(
    c,
    <Layout v={v} title={page.title ?? title(v)} section={section} admin>
      {page.body}
    </Layout>,
    { status: page.status ?? 200, admin: true },
  )
}

/** The live region admin actions report into (the script writes text into it, never markup). */
export const ActionStatus = () => (
  <div id="admin-status" class="result-area" role="status" aria-live="polite" />
)
