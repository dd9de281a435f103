/** @jsxImportSource hono/jsx */
import type { Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { App } from '../../app'
import type { AppEnv } from '../../env'
import { declareRoute } from '../../lib/access'
import type { RateLimitClass } from '../../lib/rate-limit'
import { MAX_FORM_BODY_BYTES, READ_ACCESS_DAYS } from '../../limits'
import { forgetReadAccess, grantReadAccess, pageReadAccess, sameOriginPost } from '../access'
import { Layout } from '../layout'
import { localPath } from '../ui-language'
import { htmlPage, type View, viewOf } from '../view'

type Problem = 'wrong' | 'cross-origin' | null

/**
 * READ_TOKEN is set and the request has no read access: a 401 page with the form that grants it
 * (a POST, so the token never lands in a URL). A link followed from another site arrives
 * without the SameSite=Strict cookie even in a browser that has it; the page then offers a
 * same-site link to the same URL, which a person has to follow (another site cannot).
 */
function ReadTokenPage({
  v,
  next,
  problem,
  crossSite,
}: {
  v: View
  next: string
  problem: Problem
  crossSite: boolean
}) {
  const t = v.t
  return (
    <Layout v={v} title={t.privateTitle} section="search">
      <h1>{t.privateTitle}</h1>
      {crossSite ? (
        <p>
          {t.readTokenCrossSite} <a href={next}>{t.readTokenContinue}</a>
        </p>
      ) : null}
      <form method="post" action="/read-access" class="panel" id="read-access-form">
        <input type="hidden" name="next" value={next} />
        <div class="field">
          <label for="read-token">{t.readTokenLabel}</label>
          <input
            type="password"
            id="read-token"
            name="token"
            required
            autocomplete="current-password"
            aria-describedby="read-token-help read-token-error"
          />
          <span class="help" id="read-token-help">
            {t.readTokenHelp(READ_ACCESS_DAYS)}
          </span>
        </div>
        <p id="read-token-error" class="status-bad" role="alert">
          {problem === 'wrong' ? t.readTokenWrong : problem === 'cross-origin' ? t.readTokenCrossOrigin : ''}
        </p>
        <button type="submit">{t.readTokenOpen}</button>
      </form>
    </Layout>
  )
}

function deniedPage(c: Context<AppEnv>, v: View, next: string, problem: Problem, status: 400 | 401 = 401) {
  c.header('WWW-Authenticate', 'Bearer realm="seismo"')
  const crossSite = c.req.header('sec-fetch-site') === 'cross-site'
  return htmlPage(c, <ReadTokenPage v={v} next={next} problem={problem} crossSite={crossSite} />, {
    status,
    admin: true,
  })
}

/**
 * The read check of every reader page (search, article, relations): null when the page may be
 * shown, else the answer to send (the 401 page, or the redirect that drops ?token= once the
 * cookie is set). The access middleware runs it (declareReadPage).
 */
async function readAccessGate(c: Context<AppEnv>, v: View): Promise<Response | null> {
  const access = await pageReadAccess(c)
  if (access.kind === 'open') return null
  if (access.kind === 'grant') {
    c.header('Cache-Control', 'no-store')
    return c.redirect(access.location, 303)
  }
  const url = new URL(c.req.url)
  url.searchParams.delete('token')
  return deniedPage(c, v, `${url.pathname}${url.search}`, access.wrong ? 'wrong' : null)
}

/** Declares a reader page for the access middleware: a `read` rule checked by readAccessGate. */
export function declareReadPage(app: App, path: string, rateLimit?: RateLimitClass): void {
  declareRoute(app, 'GET', path, {
    access: 'read',
    ...(rateLimit ? { rateLimit } : {}),
    gate: (c) => readAccessGate(c, viewOf(c)),
  })
}

export function registerReadAccessRoutes(app: App): void {
  // Granting and forgetting read access are open to anyone: the token posted is what is checked.
  declareRoute(app, 'POST', '/read-access', { access: 'public' })
  declareRoute(app, 'POST', '/read-access/forget', { access: 'public' })
  const formLimit = bodyLimit({ maxSize: MAX_FORM_BODY_BYTES, onError: (c) => c.body(null, 413) })
  app.post('/read-access', formLimit, async (c) => {
    const v = viewOf(c)
    const form = await c.req.parseBody()
    const next = localPath(typeof form.next === 'string' ? form.next : null)
    if (!c.env.READ_TOKEN) return c.redirect(next, 303)
    if (!sameOriginPost(c)) return deniedPage(c, v, next, 'cross-origin', 400)
    const token = typeof form.token === 'string' ? form.token.trim() : ''
    if (!(await grantReadAccess(c, token))) return deniedPage(c, v, next, 'wrong')
    c.header('Cache-Control', 'no-store')
    return c.redirect(next, 303)
  })
  app.post('/read-access/forget', async (c) => {
    if (sameOriginPost(c)) forgetReadAccess(c)
    return c.redirect('/', 303)
  })
}
