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
