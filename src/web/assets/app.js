// Seismo's one script: progressive touches on server-rendered pages. Everything it shows that
// came from data is set with textContent; the only markup it inserts is this server's own
// rendered HTML (Load more, admin pages), parsed through the one Trusted Types policy below.
;(() => {
  const $ = (sel, root = document) => root.querySelector(sel)
  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel))
  const body = document.body
  const msg = JSON.parse(body.dataset.messages || '{}')
  const uiLang = body.dataset.uiLang || 'en'
  const fill = (template, ...values) => values.reduce((s, v) => s.replace('{}', String(v)), template || '')

  /** Screen-reader announcement through the page's status region. */
  function say(text) {
    const live = $('#live')
    if (!live) return
    live.textContent = ''
    setTimeout(() => {
      live.textContent = text
    }, 30)
  }

  // ── The one HTML sink: responses of this origin's pages, already escaped by the server ──
  const policy = window.trustedTypes
    ? window.trustedTypes.createPolicy('seismo-fragment', { createHTML: (html) => html })
    : null
  const parseHtml = (html) =>
    new DOMParser().parseFromString(policy ? policy.createHTML(html) : html, 'text/html')

  /** A GET of one of our pages (never another origin), as a parsed document. */
  async function fetchPage(url, headers) {
    const target = new URL(url, location.href)
    if (target.origin !== location.origin) throw new Error('cross-origin fragment refused')
    const res = await fetch(target, { headers, credentials: 'omit', cache: 'no-store' })
    return { res, doc: parseHtml(await res.text()) }
  }

  // ── Admin token: sessionStorage, or localStorage when "keep me signed in"; sent as a header only ──
  const TOKEN_KEY = 'seismo-admin-token'
  const token = () => sessionStorage.getItem(TOKEN_KEY) || localStorage.getItem(TOKEN_KEY)
  function clearToken() {
    sessionStorage.removeItem(TOKEN_KEY)
    localStorage.removeItem(TOKEN_KEY)
  }
  function storeToken(value, remember) {
    clearToken()
    ;(remember ? localStorage : sessionStorage).setItem(TOKEN_KEY, value)
  }
  function showSignedIn() {
    const on = Boolean(token())
    for (const el of $$('[data-when="signed-in"]')) el.hidden = !on
    for (const el of $$('[data-when="signed-out"]')) el.hidden = on
  }
  const authHeaders = () => ({ Authorization: `Bearer ${token()}` })

  /** A JSON API call with the admin token; never throws for HTTP errors. */
  async function api(method, path, json) {
    const headers = authHeaders()
    if (json !== undefined) headers['Content-Type'] = 'application/json'
    let res
    try {
      res = await fetch(path, {
        method,
        headers,
        credentials: 'omit',
        body: json === undefined ? undefined : JSON.stringify(json),
      })
    } catch (err) {
      return { ok: false, status: 0, data: null, error: String(err) }
    }
    const text = await res.text()
    let data = null
    try {
      data = text ? JSON.parse(text) : null
    } catch {
      data = null
    }
    if (res.status === 401) {
      clearToken()
      showSignedIn()
    }
    const error = res.ok ? null : data?.error?.message || `HTTP ${res.status}`
    return { ok: res.ok, status: res.status, data, error }
  }

  // ── Times in the reader's zone and language ──
  // relative() takes the same steps as relativeTime() in src/web/view.ts, which renders the
  // server's text for readers without JavaScript; this copy runs in the reader's clock.
  const rtf = new Intl.RelativeTimeFormat(uiLang, { numeric: 'auto', style: 'short' })
  const dtf = new Intl.DateTimeFormat(uiLang, { dateStyle: 'medium', timeStyle: 'short' })
  function relative(ms) {
    const diff = (ms - Date.now()) / 1000
    const abs = Math.abs(diff)
    if (abs < 60) return rtf.format(Math.round(diff), 'second')
    if (abs < 3600) return rtf.format(Math.round(diff / 60), 'minute')
    if (abs < 86400) return rtf.format(Math.round(diff / 3600), 'hour')
    if (abs < 86400 * 45) return rtf.format(Math.round(diff / 86400), 'day')
    if (abs < 86400 * 365) return rtf.format(Math.round(diff / (86400 * 30)), 'month')
    return rtf.format(Math.round(diff / (86400 * 365)), 'year')
  }
  function localiseTimes(root = document) {
    for (const el of $$('time[data-local]', root)) {
      const ms = Date.parse(el.getAttribute('datetime'))
      if (!Number.isNaN(ms)) el.textContent = dtf.format(ms)
    }
    for (const el of $$('[data-relative]', root)) {
      const ms = Date.parse(el.dataset.relative)
      if (!Number.isNaN(ms)) el.textContent = relative(ms)
    }
  }

  // ── Small DOM builders (text only) ──
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag)
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v)
    for (const c of children) if (c !== null && c !== undefined) node.append(c)
    return node
  }
  /** Replaces a result area's content with nodes; `bad` marks an error. */
  function report(area, bad, ...nodes) {
    if (!area) return
    area.replaceChildren(...nodes.map((n) => (typeof n === 'string' ? el('p', {}, n) : n)))
    area.classList.toggle('alert', bad)
    area.classList.toggle('notice', !bad)
    const first = nodes.find((n) => typeof n === 'string')
    if (first) say(first)
  }
  function secretNodes(secret) {
    return [el('p', {}, msg.secretOnce), el('p', { class: 'secret' }, el('code', {}, secret))]
  }
  function testNodes(r) {
    const answer = r.data || {}
    const line = `${msg.receiverAnswered}: ${
      answer.status_code !== null && answer.status_code !== undefined
        ? `HTTP ${answer.status_code}`
        : answer.error || msg.noAnswer
    }${answer.duration_ms !== undefined ? ` · ${answer.duration_ms} ms` : ''}`
    return [line, answer.body ? el('pre', { 'data-test-body': '' }, answer.body) : null].filter(Boolean)
  }

  // ── Copy buttons ──
  async function copyFrom(button) {
    const input = document.getElementById(button.dataset.copy)
    if (!input) return
    try {
      await navigator.clipboard.writeText(input.value)
      say(msg.copied)
    } catch {
      input.select()
      say(document.execCommand('copy') ? msg.copied : msg.copyFailed)
    }
  }

  // ── Load more: the next page's items, rendered by the server, appended in place ──
  async function loadMore(link) {
    link.setAttribute('aria-disabled', 'true')
    link.textContent = msg.loading
    try {
      const { res, doc } = await fetchPage(link.href, { 'Seismo-Fragment': 'results' })
      if (!res.ok) throw new Error(`HTTP ${res.status}`)
      const list = $('#results')
      const items = $$('#results > li', doc)
      list.append(...items)
      localiseTimes(list)
      $('#pager').replaceWith($('#pager', doc) || el('div', { id: 'pager' }))
      setupLoadMore()
      say(fill(msg.loadedMore, items.length))
      $('h3 a', items[0])?.focus()
    } catch {
      link.removeAttribute('aria-disabled')
      link.textContent = msg.loadMore
      location.assign(link.href)
    }
  }
  function setupLoadMore() {
    for (const a of $$('a[data-load-more]')) a.textContent = msg.loadMore
  }

  // ── Admin pages: the same URL again, with the token, and its <main> swapped in ──
  async function loadAdminMain(focusSelector) {
    if (!token()) return false
    const { res, doc } = await fetchPage(location.href, authHeaders())
    if (res.status === 401) {
      clearToken()
      showSignedIn()
      return false
    }
    const fresh = $('main', doc)
    if (!fresh) return false
    $('main').replaceWith(fresh)
    localiseTimes(fresh)
    showSignedIn()
    const target = (focusSelector && $(focusSelector)) || fresh
    target.focus()
    return true
  }

  async function runApiButton(button) {
    if (button.dataset.confirm && !window.confirm(button.dataset.confirm)) return
    const method = button.dataset.method || 'POST'
    const bodyJson = button.dataset.body ? JSON.parse(button.dataset.body) : undefined
    button.disabled = true
    const r = await api(method, button.dataset.api, bodyJson)
    button.disabled = false
    if (r.ok && button.dataset.then) {
      location.assign(button.dataset.then)
      return
    }
    // Buttons that live outside an admin page's list report next to themselves; the rest refresh the list.
    const inPage =
      document.getElementById(button.dataset.target || '') || button.closest('[data-result-area]')
    if (r.ok && body.dataset.admin && !inPage)
      await loadAdminMain(`[data-api="${CSS.escape(button.dataset.api)}"][data-method="${method}"]`)
    const area = inPage || $('#admin-status')
    if (!r.ok) return report(area, true, r.error)
    if (button.dataset.show === 'test') return report(area, !r.data?.ok, ...testNodes(r))
    if (button.dataset.show === 'secret' && r.data?.secret)
      return report(area, false, ...secretNodes(r.data.secret))
    if (button.dataset.show === 'fetch') {
      const s = r.data || {}
      return report(
        area,
        s.status === 'error',
        s.status === 'error' ? s.error : fill(msg.fetched, s.items, s.inserted),
      )
    }
    report(area, false, msg.saved)
  }

  // ── Forms ──
  const field = (form, name) => form.elements.namedItem(name)
  const value = (form, name) => (field(form, name)?.value || '').trim()

  async function signIn(form) {
    const input = field(form, 'token')
    const given = input.value.trim()
    const error = $('#signin-error')
    error.textContent = ''
    const res = await fetch('/api/feeds', {
      headers: { Authorization: `Bearer ${given}` },
      credentials: 'omit',
    })
    if (res.ok) {
      storeToken(given, field(form, 'remember').checked)
      input.value = ''
      location.assign(form.dataset.next || '/watches')
      return
    }
    error.textContent = res.status === 503 ? msg.adminDisabled : msg.signInFailed
    input.setAttribute('aria-invalid', 'true')
    input.focus()
  }

  /** The alert options of a watch form: notify, and "instant" or "digest:1h" as {mode, every}. */
  function alertOptions(form) {
    const [mode, every] = value(form, 'delivery').split(':')
    return { notify: value(form, 'notify'), delivery: every ? { mode, every } : { mode } }
  }

  async function saveWatch(form) {
    const area = $('[data-result-area]', form)
    const url = value(form, 'webhook_url')
    const input = { name: value(form, 'name'), filter: value(form, 'filter'), ...alertOptions(form) }
    if (url) input.webhook = { url, format: value(form, 'webhook_format') }
    const r = await api('POST', '/api/watches', input)
    if (!r.ok) return report(area, true, r.error)
    const w = r.data
    const nodes = [msg.saved, el('p', {}, el('a', { href: `/watches/${w.id}` }, msg.openWatch))]
    if (w.secret) nodes.push(...secretNodes(w.secret))
    if (w.webhook) {
      const test = el('button', {
        type: 'button',
        'data-api': `/api/watches/${w.id}/test`,
        'data-method': 'POST',
        'data-show': 'test',
        'data-target': 'save-watch-test',
      })
      test.textContent = msg.sendTest
      nodes.push(el('p', {}, test), el('div', { id: 'save-watch-test', 'aria-live': 'polite' }))
    }
    report(area, false, ...nodes)
  }

  async function editWatch(form) {
    const url = field(form, 'webhook_url')
    const format = field(form, 'webhook_format')
    const changes = {
      name: value(form, 'name'),
      filter: value(form, 'filter'),
      enabled: field(form, 'enabled').checked,
      ...alertOptions(form),
    }
    const formatBefore = $$('option', format).find((o) => o.defaultSelected)?.value
    // An unchanged webhook is left out: sending it again would count as setting it.
    if (url.value.trim() !== url.defaultValue || format.value !== formatBefore)
      changes.webhook = url.value.trim() ? { url: url.value.trim(), format: format.value } : null
    const r = await api('PATCH', `/api/watches/${form.dataset.id}`, changes)
    if (r.ok) await loadAdminMain('#edit-watch button[type="submit"]')
    report($('#admin-status'), !r.ok, r.ok ? msg.saved : r.error)
    if (r.ok && r.data?.secret) report($('#admin-status'), false, msg.saved, ...secretNodes(r.data.secret))
  }

  async function addFeed(form) {
    const input = { url: value(form, 'url') }
    if (value(form, 'title')) input.title = value(form, 'title')
    if (value(form, 'lang')) input.lang = value(form, 'lang')
    if (value(form, 'interval_minutes')) input.interval_minutes = Number(value(form, 'interval_minutes'))
    const r = await api('POST', '/api/feeds', input)
    if (!r.ok) {
      const url = field(form, 'url')
      $('#feed-url-error').textContent = r.error
      url.setAttribute('aria-invalid', 'true')
      url.focus()
      return
    }
    await loadAdminMain('#feed-url')
    report($('#admin-status'), false, msg.feedAdded)
  }

  const FORMS = {
    'signin-form': signIn,
    'save-watch': saveWatch,
    'edit-watch': editWatch,
    'add-feed': addFeed,
  }

  // ── Keyboard shortcuts (Miniflux-like), switchable off (WCAG 2.1.4) ──
  const SHORTCUTS_KEY = 'seismo-shortcuts'
  const shortcutsOn = () => localStorage.getItem(SHORTCUTS_KEY) !== 'off'
  function moveResult(step) {
    const items = $$('[data-result]')
    if (!items.length) return
    const at = items.findIndex((i) => i.classList.contains('current'))
    const next = items[Math.min(items.length - 1, Math.max(0, at + step))]
    for (const i of items) i.classList.toggle('current', i === next)
    $('h3 a', next)?.focus()
  }
  function onKey(e) {
    if (!shortcutsOn() || e.ctrlKey || e.metaKey || e.altKey) return
    const t = e.target
    if (t.closest('input, textarea, select, [contenteditable]')) {
      if (e.key === 'Escape') t.blur()
      return
    }
    if (e.key === '/' && $('#q')) {
      e.preventDefault()
      $('#q').focus()
    } else if (e.key === 'j') moveResult(1)
    else if (e.key === 'k') moveResult(-1)
    else if (e.key === 'o') {
      const current = $('[data-result].current h3 a')
      if (current) location.assign(current.href)
    }
  }

  // ── Wiring (delegated, so swapped-in markup needs no re-binding) ──
  document.addEventListener('click', (e) => {
    const target = e.target.closest('button, a')
    if (!target) return
    if (target.matches('[data-copy]')) copyFrom(target)
    else if (target.matches('a[data-load-more]')) {
      e.preventDefault()
      if (target.getAttribute('aria-disabled') !== 'true') loadMore(target)
    } else if (target.matches('[data-action="sign-out"]')) {
      clearToken()
      showSignedIn()
      if (body.dataset.admin) location.reload()
    } else if (target.matches('button[data-api]')) runApiButton(target)
  })
  document.addEventListener('submit', (e) => {
    // A GET search keeps its URL to the filter: empty fields (no date, no added tag) are left out.
    if (e.target.id === 'search-form')
      for (const f of $$('input, select', e.target)) if (f.name && !f.value) f.disabled = true
    const handler = FORMS[e.target.id]
    if (!handler) return
    e.preventDefault()
    const submit = $('button[type="submit"]', e.target)
    if (submit) submit.disabled = true
    Promise.resolve(handler(e.target)).finally(() => {
      if (submit) submit.disabled = false
    })
  })
  // Back to a page whose search form was submitted: its emptied fields must work again.
  window.addEventListener('pageshow', () => {
    for (const f of $$('#search-form [disabled]')) f.disabled = false
  })
  document.addEventListener('keydown', onKey)
  const toggle = $('#shortcuts-toggle')
  if (toggle) {
    toggle.checked = shortcutsOn()
    toggle.addEventListener('change', () =>
      localStorage.setItem(SHORTCUTS_KEY, toggle.checked ? 'on' : 'off'),
    )
  }

  for (const b of $$('[data-copy]')) b.hidden = false
  setupLoadMore()
  showSignedIn()
  localiseTimes()
  setInterval(() => localiseTimes(), 60_000)
  if (body.dataset.admin === 'required' && $('[data-admin-gate]')) loadAdminMain()
})()
