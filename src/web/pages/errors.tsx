/** @jsxImportSource hono/jsx */
import type { Context } from 'hono'
import type { AppEnv } from '../../env'
import { Layout } from '../layout'
import { htmlPage, type View } from '../view'

/** A page-shaped 404 (the API's JSON 404 stays for everything else). */
export function notFoundPage(c: Context<AppEnv>, v: View, message: string) {
  return htmlPage(
    c,
    <Layout v={v} title={v.t.notFound} section="search">
      <h1>{v.t.notFound}</h1>
      <p>{message}</p>
      <p>
        <a href="/">{v.t.backToSearch}</a>
      </p>
    </Layout>,
    { status: 404 },
  )
}

/** READ_TOKEN is set and the request carries none: the pages are as private as the read API. */
export function readTokenPage(c: Context<AppEnv>, v: View) {
  c.header('WWW-Authenticate', 'Bearer realm="seismo"')
  return htmlPage(
    c,
    <Layout v={v} title="401" section="search">
      <h1>401</h1>
      <p>This Seismo needs a read token (READ_TOKEN): pass it as a bearer header or ?token=.</p>
    </Layout>,
    { status: 401 },
  )
}
