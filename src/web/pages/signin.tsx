/** @jsxImportSource hono/jsx */

import { bodyLimit } from 'hono/body-limit'
import type { App } from '../../app'
import { declareRoute } from '../../lib/access'
import { MAX_FORM_BODY_BYTES } from '../../limits'
import { Layout } from '../layout'
import { localPath } from '../ui-language'
import { htmlPage, type View, viewOf } from '../view'

/**
 * Admin sign-in. The token never leaves the browser except as an Authorization header: the
 * script checks it against an admin API route, keeps it in sessionStorage (or localStorage
 * when "keep me signed in" is ticked) and sends it as a header with every admin request.
 *
 * Why not a cookie: a session cookie is sent by the browser on requests other sites trigger,
 * so every admin action would need a CSRF defence; a header can only be set by our own script
 * (cross-origin requests with it need a CORS preflight we never grant). The cost is that XSS
 * could read the token, which the pages' CSP (no inline or third-party script, Trusted Types)
 * and escaping everywhere are there to prevent. The form posts (never GET) so a browser
 * without JavaScript cannot put the token in a URL; the server discards that post.
 */
const SignInPage = ({ v, next, noScriptPost }: { v: View; next: string; noScriptPost?: boolean }) => (
  <Layout v={v} title={v.t.signIn} section="signin">
    <h1>{v.t.signIn}</h1>
    {noScriptPost ? (
      <p class="alert" role="alert">
        {v.t.jsNeeded}
      </p>
    ) : null}
    <noscript>
      <p class="alert">{v.t.jsNeeded}</p>
    </noscript>
    <form method="post" action="/signin" id="signin-form" class="panel" data-next={next}>
      <div class="field">
        <label for="token">{v.t.adminTokenLabel}</label>
        <input
          type="password"
          id="token"
          name="token"
          required
          autocomplete="current-password"
          aria-describedby="token-help signin-error"
        />
        <span class="help" id="token-help">
          {v.t.adminTokenHelp}
        </span>
      </div>
      <label class="check">
        <input type="checkbox" name="remember" id="remember" />
        {v.t.remember}
      </label>
      <p id="signin-error" class="status-bad" role="alert" />
      <button type="submit">{v.t.signIn}</button>
    </form>
  </Layout>
)

export function registerSignInPage(app: App): void {
  declareRoute(app, 'GET', '/signin', { access: 'public' })
  app.get('/signin', (c) => {
    const v = viewOf(c)
    return htmlPage(c, <SignInPage v={v} next={localPath(c.req.query('next'), '/watches')} />, {
      admin: true,
    })
  })
  // Reached only without JavaScript: the token is dropped unread, and the page says why.
  declareRoute(app, 'POST', '/signin', { access: 'public' })
  app.post('/signin', bodyLimit({ maxSize: MAX_FORM_BODY_BYTES, onError: (c) => c.body(null, 413) }), (c) => {
    const v = viewOf(c)
    return htmlPage(c, <SignInPage v={v} next="/watches" noScriptPost />, { status: 400, admin: true })
  })
}
