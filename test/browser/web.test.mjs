// The web app in a real browser: Debian's Chromium (playwright-core, no browser download)
// against `wrangler dev` with a seeded local D1. Run by `npm test` after vitest.
//
// Where /usr/bin/chromium is missing the suite is skipped with a loud message, unless
// SEISMO_REQUIRE_BROWSER=1 (set by .ci/run, which installs Chromium first): then it fails.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { after, before, describe, test } from 'node:test'
import {
  ADMIN_TOKEN,
  CHROMIUM,
  chromiumAvailable,
  launchChromium,
  seed,
  startLoopbackServer,
  startWorker,
} from './harness.mjs'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const required = process.env.SEISMO_REQUIRE_BROWSER === '1'
const available = chromiumAvailable()

if (!available) {
  const line = '!'.repeat(100)
  console.error(
    `\n${line}\n!!! BROWSER SUITE ${required ? 'CANNOT RUN' : 'SKIPPED'}: no Chromium at ${CHROMIUM}.`,
  )
  console.error('!!! Install it with `apt-get install -y chromium` (.ci/run does), or set CHROMIUM_PATH.')
  console.error(`${line}\n`)
  if (required) {
    test('Chromium is installed (SEISMO_REQUIRE_BROWSER=1)', () => assert.fail(`no Chromium at ${CHROMIUM}`))
  }
}

describe('web app in Chromium', { skip: !available, timeout: 600_000 }, () => {
  let worker
  let hooks
  let browser
  /** Page errors, console errors and dialogs seen anywhere: none may happen. */
  const problems = []

  before(async () => {
    ;[worker, hooks] = await Promise.all([startWorker(), startLoopbackServer()])
    await seed(worker.base)
    browser = await launchChromium()
  })

  after(async () => {
    await browser?.close()
    await hooks?.stop()
    await worker?.stop()
  })

  /** A fresh context (own storage) and page that records every error, CSP report and dialog. */
  async function open(path, options = {}) {
    const context = await browser.newContext({ locale: 'en-US', ...options })
    const page = await context.newPage()
    page.on('pageerror', (err) => problems.push(`pageerror on ${page.url()}: ${err.message}`))
    page.on('console', (m) => {
      // Chromium logs every 4xx answer; the suite asks for refusals on purpose (bad filters,
      // invalid feed URLs, wrong tokens) and checks what the page shows for them.
      if (m.type() === 'error' && !/the server responded with a status of 4\d\d/.test(m.text()))
        problems.push(`console error on ${page.url()}: ${m.text()}`)
    })
    page.on('dialog', async (d) => {
      if (d.type() !== 'confirm') problems.push(`dialog on ${page.url()}: ${d.message()}`)
      await d.accept()
    })
    if (path) await page.goto(`${worker.base}${path}`)
    return { context, page }
  }

  const resultTitles = (page) => page.locator('#results > li h3').allTextContents()

  async function signIn(page, next = '/watches') {
    await page.goto(`${worker.base}/signin?next=${encodeURIComponent(next)}`)
    await page.getByLabel('Admin token').fill(ADMIN_TOKEN)
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await page.waitForURL(`${worker.base}${next}`)
  }

  test('an English search shows server-rendered results with the matched words marked', async () => {
    const { context, page } = await open('/')
    await page.getByRole('searchbox', { name: 'Search' }).fill('missile')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\?q=missile/)
    const titles = await resultTitles(page)
    assert.ok(
      titles.some((t) => t.includes('N. Korea fires ballistic missile into East Sea')),
      titles.join('\n'),
    )
    assert.ok((await page.locator('#results mark').count()) > 0)
    assert.equal((await page.locator('#results mark').first().textContent()).toLowerCase(), 'missile')
    await context.close()
  })

  test('a Korean search finds 북한 inside 북한이 and marks it', async () => {
    const { context, page } = await open('/')
    await page.getByRole('searchbox', { name: 'Search' }).fill('북한')
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await page.waitForURL(/\?q=%EB%B6%81%ED%95%9C/)
    const titles = await resultTitles(page)
    assert.ok(
      titles.some((t) => t.includes('동해상으로 탄도미사일')),
      titles.join('\n'),
    )
    const marks = await page.locator('#results li[data-result] p[lang="ko"] mark').allTextContents()
    assert.ok(marks.includes('북한'), marks.join(','))
    await context.close()
  })

  test('a facet click narrows the results and puts the filter in the URL; back restores the view', async () => {
    const { context, page } = await open('/?q=missile')
    const before = await resultTitles(page)
    const japan = page.locator('[data-facet="actor"] a[data-slug="japan"]')
    const count = Number((await japan.locator('xpath=..').locator('.n').textContent()).match(/\d+/)[0])
    await japan.click()
    await page.waitForURL(/actor=japan/)
    assert.match(page.url(), /\?q=missile&actor=japan$/)
    const narrowed = await resultTitles(page)
    assert.equal(narrowed.length, count)
    assert.ok(narrowed.length < before.length, `${narrowed.length} < ${before.length}`)
    for (const li of await page.locator('#results > li').all())
      assert.equal(await li.locator('a.chip[data-slug="japan"]').count(), 1)
    // The active filter shows as a removable chip.
    assert.equal(await page.locator('.active-filters a[data-remove="actor"]').count(), 1)
    await page.goBack()
    await page.waitForURL(/\?q=missile$/)
    assert.deepEqual(await resultTitles(page), before)
    await page.goForward()
    await page.waitForURL(/actor=japan/)
    assert.deepEqual(await resultTitles(page), narrowed)
    await context.close()
  })

  test('a result chip adds its tag to the filter', async () => {
    const { context, page } = await open('/?q=missile')
    await page.locator('#results > li').first().locator('a.chip.event').first().click()
    await page.waitForURL(/&event=/)
    assert.ok((await resultTitles(page)).length > 0)
    await context.close()
  })

  test('a story carried by two outlets shows "+1 source", expandable to the other outlet', async () => {
    const { context, page } = await open('/?q=%22East+Sea%22&lang=en')
    const item = page.locator('#results > li', { hasText: 'into East Sea: JCS' })
    const summary = item.locator('details summary')
    assert.equal(await summary.textContent(), '+1 source')
    await summary.click()
    assert.ok(await item.locator('.copies').getByText('The Korea Herald - National').isVisible())
    await context.close()
  })

  test('Load more appends the next page through the cursor and keeps the URL', async () => {
    const { context, page } = await open('/')
    assert.equal((await resultTitles(page)).length, 20)
    const url = page.url()
    await page.getByRole('link', { name: 'Load more' }).click()
    await page.waitForFunction(() => document.querySelectorAll('#results > li').length > 20)
    const all = await resultTitles(page)
    assert.equal(new Set(all).size, all.length, 'no story twice')
    assert.equal(page.url(), url)
    // Focus moved to the first new story, so keyboard and screen-reader users continue there.
    assert.equal(
      await page.evaluate(() =>
        document.activeElement?.closest('li')?.matches('#results > li:nth-child(21)'),
      ),
      true,
    )
    await context.close()
  })

  test('the trend chart is server-rendered SVG with the surge marked, and a table of the same numbers', async () => {
    const { context, page } = await open('/?actor=north-korea')
    const svg = page.locator('.trend svg[role="img"]')
    assert.equal(await svg.locator('rect.bar').count(), 30)
    assert.ok((await svg.locator('rect.surge').count()) >= 1, 'the day of five launches stands out')
    assert.match(await page.locator('.trend .surge-note').textContent(), /Surge on/)
    const rows = await page.locator('.trend table tbody tr').count()
    assert.equal(rows, 30)
    await page.getByRole('link', { name: '7 days' }).click()
    await page.waitForURL(/trend=7/)
    assert.equal(await page.locator('.trend svg rect.bar').count(), 7)
    await context.close()
  })

  test('an article shows its text, the evidence sentence behind each tag and the other outlets', async () => {
    const { context, page } = await open('/?q=%22East+Sea%22&lang=en')
    await page.getByRole('link', { name: 'N. Korea fires ballistic missile into East Sea: JCS' }).click()
    await page.waitForURL(/\/articles\/\d+$/)
    assert.equal(
      await page.locator('h1').textContent(),
      'N. Korea fires ballistic missile into East Sea: JCS',
    )
    const launch = page.locator('[data-evidence="events"] li[data-event="missile-launch"] blockquote')
    assert.ok((await launch.count()) >= 2, 'the headline and the lead sentence')
    const sentences = await launch.allTextContents()
    assert.ok(
      sentences.some((s) => /fired a short-range ballistic missile toward the East Sea/.test(s)),
      sentences.join('\n'),
    )
    const actor = await page
      .locator('[data-evidence="actors"] li[data-actor="north-korea"] blockquote')
      .allTextContents()
    assert.ok(
      actor.some((s) => s.includes('North Korea fired')),
      actor.join('\n'),
    )
    assert.ok(await page.locator('[data-copies]').getByText('The Korea Herald - National').isVisible())
    await context.close()
  })

  /** The id of the seeded denial ("Moscow denies arms deal with Pyongyang"). */
  async function denialId() {
    const found = await (
      await fetch(`${worker.base}/api/search?q=${encodeURIComponent('Moscow denies')}`)
    ).json()
    return found.items[0].id
  }

  test('an article shows who did what to whom: each record of the API with its modality and sentence', async () => {
    const id = await denialId()
    const detail = await (await fetch(`${worker.base}/api/articles/${id}`)).json()
    assert.ok(
      detail.event_records.some((r) => r.modality === 'denied'),
      JSON.stringify(detail.event_records),
    )
    const { context, page } = await open(`/articles/${id}`)
    const region = page.getByRole('region', { name: 'Who did what to whom' })
    const items = region.locator('[data-records] > li')
    assert.equal(await items.count(), detail.event_records.length)
    for (const [k, r] of detail.event_records.entries()) {
      const text = (await items.nth(k).textContent()).replace(/\s+/g, ' ')
      assert.ok(text.includes(r.sentence.replace(/\s+/g, ' ')), `${text} / ${r.sentence}`)
      assert.ok(text.includes(`Modality: ${r.modality}`), text)
      assert.ok(text.includes(r.source === null ? 'Source: unspecified' : 'Source: '), text)
    }
    // The relation is a link to the stories that state it.
    const denied = detail.event_records.findIndex((r) => r.modality === 'denied')
    await items.nth(denied).getByRole('link').click()
    await page.waitForURL(/\/\?.*event=/)
    const params = new URL(page.url()).searchParams
    assert.equal(params.get('event'), detail.event_records[denied].event)
    assert.ok((await resultTitles(page)).length > 0)
    await context.close()
  })

  test('with JavaScript off, source, target and modality narrow the search and the URL keeps them', async () => {
    const { context, page } = await open('/', { javaScriptEnabled: false })
    // Folded until used; open once the URL holds any of them.
    await page.locator('summary', { hasText: 'Who did what to whom' }).click()
    const form = page.getByRole('group', { name: 'Who did what to whom' })
    await form.getByLabel('Source').selectOption({ label: 'Russia' })
    await form.getByLabel('Modality').selectOption('denied')
    await page.getByRole('button', { name: 'Apply' }).click()
    await page.waitForURL(/source=russia/)
    const params = new URL(page.url()).searchParams
    assert.equal(params.get('modality'), 'denied')
    assert.equal(params.get('target'), '')
    const titles = await resultTitles(page)
    assert.ok(titles.includes('Moscow denies arms deal with Pyongyang'), titles.join('\n'))
    // The same view after a reload: the selects show the URL's values, a chip removes each.
    await page.reload()
    assert.ok(await form.getByLabel('Source').isVisible())
    assert.equal(await form.getByLabel('Source').inputValue(), 'russia')
    assert.equal(await form.getByLabel('Modality').inputValue(), 'denied')
    await page.getByRole('link', { name: /Modality: denied/ }).click()
    await page.waitForURL((u) => !u.searchParams.has('modality') && u.searchParams.get('source') === 'russia')
    await context.close()
  })

  test("the relations view of the current filter is a table whose counts open the edge's stories", async () => {
    const { context, page } = await open('/?lang=en')
    await page.getByRole('link', { name: 'Who did what to whom in these results' }).click()
    await page.waitForURL(/\/relations\?lang=en$/)
    const table = page.getByRole('table')
    const headers = await table.getByRole('columnheader').allTextContents()
    assert.deepEqual(headers, ['Source', 'Events', 'Target', 'Stories', 'Latest story'])
    const api = await (await fetch(`${worker.base}/api/relations?lang=en`)).json()
    const rows = table.locator('tbody tr')
    assert.equal(await rows.count(), api.edges.length)
    assert.ok(api.edges.length > 0)
    const first = api.edges[0]
    assert.equal(
      Number(
        await rows
          .first()
          .locator('td.num a')
          .evaluate((a) => a.firstChild.textContent),
      ),
      first.count,
    )
    await rows.first().locator('td.num a').click()
    await page.waitForURL(/\/\?lang=en&.*event=/)
    const params = new URL(page.url()).searchParams
    assert.equal(params.get('event'), first.event)
    assert.equal(params.get('source'), first.source)
    assert.equal(params.get('target'), first.target)
    assert.ok((await resultTitles(page)).length >= 1)
    await context.close()
  })

  test('hostile feed text is shown as text: no script runs, no element is injected', async () => {
    // Ingest turns markup into text (a <script> goes, an escaped "&lt;b&gt;" stays as "<b>");
    // whatever text it stores, the page must show as text.
    const api = await (await fetch(`${worker.base}/api/search?q=hostile`)).json()
    const stored = api.items[0]
    assert.match(stored.summary, /<b>/, 'the stored summary holds a literal "<b>"')
    const { context, page } = await open('/?q=hostile')
    assert.equal(await page.locator('#results h3 a').first().textContent(), stored.title)
    assert.match(await page.locator('#results > li p[lang]').first().textContent(), /<b> text/)
    assert.equal(await page.locator('#results script, #results img, #results b').count(), 0)
    await page.locator('#results h3 a').first().click()
    await page.waitForURL(/\/articles\//)
    assert.match(await page.locator('.article-text').textContent(), /<b> text/)
    assert.equal(await page.locator('main script, main img, main b').count(), 0)
    await context.close()
  })

  test('the copy button puts the feed URL of the current filter on the clipboard', async () => {
    const { context, page } = await open('/?q=missile&actor=japan')
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: worker.base })
    const rss = await page.getByLabel('RSS', { exact: true }).inputValue()
    assert.equal(rss, `${worker.base}/rss.xml?q=missile&actor=japan`)
    await page.locator('button[data-copy="feed-rss"]').click()
    await page.waitForFunction(
      () => document.getElementById('live')?.textContent === 'Copied to the clipboard.',
    )
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), rss)
    // The URL it copied is a working feed of that filter.
    const feed = await (await fetch(rss)).text()
    assert.match(feed, /<rss version="2.0"/)
    assert.match(feed, /Japan protests/)
    await context.close()
  })

  test('signing in keeps the token in the browser only: not in the URL, not in a cookie; sign out forgets it', async () => {
    const { context, page } = await open()
    await signIn(page)
    assert.ok(await page.locator('h1', { hasText: 'Watches' }).isVisible())
    await page.waitForSelector('[data-admin-gate]', { state: 'detached' })
    assert.equal(await page.evaluate(() => sessionStorage.getItem('seismo-admin-token')), ADMIN_TOKEN)
    assert.equal(await page.evaluate(() => localStorage.getItem('seismo-admin-token')), null)
    assert.ok(!page.url().includes(ADMIN_TOKEN))
    for (const c of await context.cookies()) assert.ok(!c.value.includes(ADMIN_TOKEN), c.name)
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForSelector('[data-admin-gate]')
    assert.equal(await page.evaluate(() => sessionStorage.getItem('seismo-admin-token')), null)
    await context.close()
  })

  test('a wrong token is refused with a message', async () => {
    const { context, page } = await open('/signin')
    await page.getByLabel('Admin token').fill('not-the-token')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await page.waitForFunction(() => document.getElementById('signin-error')?.textContent !== '')
    assert.equal(await page.locator('#signin-error').textContent(), 'This token was refused.')
    await context.close()
  })

  test('saving a search as a watch with a webhook, sending a test, and reading the delivery log', async () => {
    const { context, page } = await open()
    await signIn(page, '/?q=missile&actor=japan')
    const form = page.locator('#save-watch')
    await form.getByLabel('Name').fill('Japan and missiles')
    await form.getByLabel('Webhook URL (optional)').fill(`${hooks.url}/hook`)
    await form.getByLabel('Alert for').selectOption('article')
    await form.getByLabel('Delivery').selectOption('digest:1h')
    await form.getByRole('button', { name: 'Save as watch' }).click()
    const area = form.locator('[data-result-area]').first()
    await area.locator('.secret').waitFor()
    assert.match(await area.locator('.secret').textContent(), /^whsec_/)
    await area.getByRole('button', { name: 'Send test' }).click()
    await page.waitForFunction(() =>
      /The receiver answered: HTTP 200/.test(document.querySelector('#save-watch')?.textContent),
    )
    assert.match(await area.locator('pre[data-test-body]').textContent(), /"ok":true/)
    assert.equal(hooks.received.length, 1)
    assert.match(hooks.received[0].headers['webhook-signature'], /^v1,/)
    assert.equal(JSON.parse(hooks.received[0].body).type, 'watch.test')

    await area.getByRole('link', { name: 'Open the watch' }).click()
    await page.waitForURL(/\/watches\/\d+$/)
    await page.locator('#delivery-log').waitFor()
    const row = page.locator('#delivery-log tbody tr').first()
    assert.equal(await row.getAttribute('data-status'), 'delivered')
    await row.locator('details summary').click()
    assert.match(await row.locator('pre').textContent(), /"ok":true/)

    // The alert options were saved, and the edit form changes them.
    assert.equal(await page.getByLabel('Alert for').inputValue(), 'article')
    assert.equal(await page.getByLabel('Delivery').inputValue(), 'digest:1h')
    await page.getByLabel('Delivery').selectOption('instant')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await page.waitForFunction(() => document.getElementById('admin-status')?.textContent === 'Saved.')
    const id = page.url().match(/\/watches\/(\d+)$/)[1]
    const saved = await (
      await fetch(`${worker.base}/api/watches/${id}`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } })
    ).json()
    assert.deepEqual([saved.notify, saved.delivery], ['article', { mode: 'instant', every: null }])
    assert.equal(saved.webhook.url, `${hooks.url}/hook`, 'an unchanged webhook is left as it was')

    // Pause from the list, then rotate the secret (shown once) from the watch.
    await page.getByRole('button', { name: /^Pause/ }).click()
    await page.getByRole('button', { name: /^Resume/ }).waitFor()
    await page.getByRole('button', { name: 'Rotate secret' }).click()
    await page.locator('#admin-status .secret').waitFor()
    assert.match(await page.locator('#admin-status .secret').textContent(), /^whsec_/)
    await context.close()
  })

  test('adding a feed shows the server validation message, and a failing feed shows its error', async () => {
    const { context, page } = await open()
    await signIn(page, '/feeds')
    await page.locator('#add-feed').waitFor()
    await page.getByLabel('Feed URL').fill('ftp://example.org/feed')
    await page.getByRole('button', { name: 'Add', exact: true }).click()
    await page.waitForFunction(() => document.getElementById('feed-url-error')?.textContent !== '')
    assert.match(await page.locator('#feed-url-error').textContent(), /http/i)
    assert.equal(await page.getByLabel('Feed URL').getAttribute('aria-invalid'), 'true')

    await page.getByLabel('Feed URL').fill(`${hooks.url}/missing.xml`)
    await page.getByRole('button', { name: 'Add', exact: true }).click()
    const row = page.locator('#feed-list tr', { hasText: `${hooks.url}/missing.xml` })
    await row.waitFor()
    assert.equal(await row.getAttribute('data-status'), 'never')
    await row.getByRole('button', { name: /^Fetch now/ }).click()
    await page.waitForFunction(
      (u) =>
        [...document.querySelectorAll('#feed-list tr')].some(
          (r) => r.textContent.includes(u) && r.dataset.status === 'error',
        ),
      `${hooks.url}/missing.xml`,
    )
    assert.match(
      await page.locator('#feed-list tr[data-status="error"] [data-feed-error]').textContent(),
      /404/,
    )
    assert.match(await page.locator('#admin-status').textContent(), /404/)
    await context.close()
  })

  test('the search page works with the keyboard alone, with a visible focus', async () => {
    const { context, page } = await open('/')
    await page.keyboard.press('Tab')
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to content')
    await page.keyboard.press('Enter')
    assert.equal(await page.evaluate(() => document.activeElement.id), 'main')
    // Tab reaches the search box; every focused element shows an outline.
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement.id)) !== 'q'; i++) {
      await page.keyboard.press('Tab')
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle)
      assert.notEqual(outline, 'none')
    }
    assert.equal(await page.evaluate(() => document.activeElement.id), 'q')
    await page.keyboard.type('missile')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\?q=missile/)
    // Shortcuts: j/k walk the results, o opens one, / returns to the search box.
    await page.keyboard.press('j')
    await page.keyboard.press('j')
    const second = await page.locator('#results > li').nth(1).locator('h3 a').textContent()
    assert.equal(await page.evaluate(() => document.activeElement.textContent), second)
    await page.keyboard.press('k')
    await page.keyboard.press('/')
    assert.equal(await page.evaluate(() => document.activeElement.id), 'q')
    await page.keyboard.press('Escape')
    // A facet link reached by Tab and followed with Enter narrows the filter.
    await page.locator('[data-facet="event"] a').first().focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(/event=/)
    await page.keyboard.press('j')
    await page.keyboard.press('o')
    await page.waitForURL(/\/articles\//)
    await context.close()
  })

  test('the interface follows Accept-Language and the switch', async () => {
    const { context, page } = await open('/', {
      locale: 'ko-KR',
      extraHTTPHeaders: { 'Accept-Language': 'ko-KR,ko;q=0.9' },
    })
    assert.equal(await page.getAttribute('html', 'lang'), 'ko')
    assert.ok(await page.getByRole('searchbox', { name: '검색' }).isVisible())
    await page.getByRole('button', { name: 'English' }).click()
    await page.waitForLoadState()
    assert.equal(await page.getAttribute('html', 'lang'), 'en')
    assert.ok(await page.getByRole('searchbox', { name: 'Search' }).isVisible())
    await context.close()
  })

  /** Every page, as a signed-in admin sees it (admin pages load their data by script). */
  async function everyPage(page) {
    const article = await (await fetch(`${worker.base}/api/search?q=%22East+Sea%22&lang=en`)).json()
    const watches = await (
      await fetch(`${worker.base}/api/watches`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } })
    ).json()
    await signIn(page, '/')
    return [
      '/',
      '/?q=missile&actor=japan',
      '/?q=%EB%B6%81%ED%95%9C',
      '/?actor=nope',
      `/articles/${article.items[0].id}`,
      `/articles/${await denialId()}`,
      '/?source=russia&event=arms-trade&modality=denied',
      '/relations',
      '/relations?lang=ko',
      '/articles/999',
      '/signin',
      '/watches',
      ...(watches.watches.length ? [`/watches/${watches.watches[0].id}`] : []),
      '/feeds',
    ]
  }

  for (const colorScheme of ['light', 'dark']) {
    test(`axe-core finds no serious or critical violation on any page (${colorScheme})`, async () => {
      const { context, page } = await open(null, { bypassCSP: true, colorScheme })
      const report = []
      for (const path of await everyPage(page)) {
        await page.goto(`${worker.base}${path}`)
        if (['/watches', '/feeds'].includes(path.replace(/\/\d+$/, '')))
          await page.waitForSelector('main table, main form#add-feed, main p')
        await page.waitForFunction(
          () => !document.querySelector('[data-admin-gate]') || !document.body.dataset.admin,
        )
        await page.addScriptTag({ content: AXE_SOURCE })
        const { violations } = await page.evaluate(() =>
          window.axe.run(document, {
            runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
          }),
        )
        const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        report.push(
          `${path}: ${violations.length} violations (${violations.map((v) => `${v.id}/${v.impact}`).join(', ') || 'none'})`,
        )
        assert.deepEqual(
          bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
          [],
          `${path} (${colorScheme})`,
        )
      }
      console.log(`axe (${colorScheme}):\n  ${report.join('\n  ')}`)
      await context.close()
    })
  }

  test('every page fits a 360 px phone without horizontal scrolling', async () => {
    // Not isMobile: a mobile viewport zooms out to fit wide content, which would hide the overflow.
    const { context, page } = await open(null, { viewport: { width: 360, height: 740 }, hasTouch: true })
    for (const path of await everyPage(page)) {
      await page.goto(`${worker.base}${path}`)
      await page.waitForLoadState('networkidle')
      // Wide tables scroll inside their own box; nothing else may stick out.
      const { scroll, widest } = await page.evaluate(() => {
        const inBox = (e) => e.closest('.table-wrap, .sr-only') !== null
        const far = [...document.querySelectorAll('body *')].find(
          (e) => !inBox(e) && e.getBoundingClientRect().right > 360.5,
        )
        return {
          scroll: document.documentElement.scrollWidth,
          widest: far
            ? `${far.outerHTML.slice(0, 120)} reaches ${far.getBoundingClientRect().right}px`
            : null,
        }
      })
      assert.ok(scroll <= 360, `${path}: the page is ${scroll}px wide`)
      assert.equal(widest, null, path)
    }
    await context.close()
  })

  test('no page error, console error, CSP violation or dialog happened anywhere', () => {
    assert.deepEqual(problems, [])
  })
})
