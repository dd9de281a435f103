/** @jsxImportSource hono/jsx */
import { raw } from 'hono/html'
import type { Child, FC } from 'hono/jsx'
import { ASSETS } from './assets'
import { UI_LANGS } from './i18n'
import { relativeTime, utcText, type View } from './view'

type Section = 'search' | 'watches' | 'feeds' | 'signin' | 'article'

/** Strings the client script shows itself (it sets them with textContent). */
const clientMessages = (v: View) => ({
  copied: v.t.copied,
  copyFailed: v.t.copyFailed,
  loading: v.t.loading,
  signInFailed: v.t.signInFailed,
  adminDisabled: v.t.adminDisabled,
  saved: v.t.saved,
  secretOnce: v.t.secretOnce,
  receiverAnswered: v.t.receiverAnswered,
  noAnswer: v.t.noAnswer,
  openWatch: v.t.openWatch,
  feedAdded: v.t.feedAdded,
  fetched: v.t.fetched(0, 0).replace(/\d+/g, '{}'),
  rotateConfirm: v.t.rotateConfirm,
  deleteWatchConfirm: v.t.deleteWatchConfirm,
  deleteFeedConfirm: v.t.deleteFeedConfirm,
  loadedMore: v.t.loadedMore(0).replace(/\d+/g, '{}'),
  loadMore: v.t.loadMore,
  sendTest: v.t.sendTest,
})

const NavLink: FC<{ href: string; current: boolean; children: Child }> = ({ href, current, children }) => (
  <li>
    <a href={href} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  </li>
)

const LANG_NAMES = { en: 'English', ko: '한국어' } as const

/** The interface language switch: a POST form, so it works without JavaScript and needs no query param. */
const LanguageSwitch: FC<{ v: View }> = ({ v }) => (
  <form method="post" action="/ui-language" class="row">
    <input type="hidden" name="back" value={`${v.url.pathname}${v.url.search}`} />
    <fieldset class="row lang-switch">
      <legend class="sr-only">{v.t.interfaceLanguage}</legend>
      {UI_LANGS.map((l) => (
        <button
          type="submit"
          name="ui"
          value={l}
          lang={l}
          class={l === v.lang ? '' : 'secondary'}
          aria-pressed={l === v.lang ? 'true' : 'false'}
        >
          {LANG_NAMES[l]}
        </button>
      ))}
    </fieldset>
  </form>
)

export const Layout: FC<{
  v: View
  title: string
  section: Section
  /** Feeds of the page's filter, announced to feed readers and browsers. */
  alternates?: { type: string; href: string; title: string }[]
  /** The page holds admin data that the script loads with the stored token. */
  admin?: boolean
  children: Child
}> = ({ v, title, section, alternates, admin, children }) => (
  <>
    {raw('<!doctype html>')}
    <html lang={v.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>{`${title} · Seismo`}</title>
        <link rel="stylesheet" href={ASSETS.css.path} />
        {(alternates ?? []).map((a) => (
          <link rel="alternate" type={a.type} href={a.href} title={a.title} />
        ))}
        <script src={ASSETS.js.path} defer />
      </head>
      <body
        data-section={section}
        data-admin={admin ? 'required' : undefined}
        data-messages={JSON.stringify(clientMessages(v))}
        data-ui-lang={v.lang}
      >
        <a class="skip" href="#main">
          {v.t.skipToContent}
        </a>
        <header class="top">
          <a class="brand" href="/">
            Seismo
          </a>
          <nav aria-label={v.t.appName}>
            <ul>
              <NavLink href="/" current={section === 'search'}>
                {v.t.navSearch}
              </NavLink>
              <NavLink href="/watches" current={section === 'watches'}>
                {v.t.navWatches}
              </NavLink>
              <NavLink href="/feeds" current={section === 'feeds'}>
                {v.t.navFeeds}
              </NavLink>
              <li>
                <a href="/docs">{v.t.navApi}</a>
              </li>
            </ul>
          </nav>
          <div class="tools">
            <LanguageSwitch v={v} />
            <a
              href={`/signin?next=${encodeURIComponent(`${v.url.pathname}${v.url.search}`)}`}
              data-when="signed-out"
            >
              {v.t.signIn}
            </a>
            <button type="button" class="secondary" data-when="signed-in" data-action="sign-out" hidden>
              {v.t.signOut}
            </button>
          </div>
        </header>
        <main id="main" tabindex={-1}>
          {children}
        </main>
        <footer>
          <details>
            <summary>{v.t.shortcuts}</summary>
            <p>{v.t.shortcutsList}</p>
            <label class="check">
              <input type="checkbox" id="shortcuts-toggle" checked />
              {v.t.shortcutsEnabled}
            </label>
          </details>
          {v.readSession ? (
            <form method="post" action="/read-access/forget">
              <button type="submit" class="secondary">
                {v.t.forgetReadToken}
              </button>
            </form>
          ) : null}
          <p>{v.t.poweredBy}</p>
        </footer>
        <div id="live" class="sr-only" role="status" aria-live="polite" />
      </body>
    </html>
  </>
)

/** A time as the server knows it (UTC plus "3 h ago"); the script rewrites both in the reader's clock and zone. */
export const Time: FC<{ v: View; iso: string }> = ({ v, iso }) => {
  const ms = Date.parse(iso)
  return (
    <>
      <time datetime={iso} data-local>
        {utcText(v.lang, ms)}
      </time>{' '}
      (<span data-relative={iso}>{relativeTime(v.lang, ms, v.now)}</span>)
    </>
  )
}
