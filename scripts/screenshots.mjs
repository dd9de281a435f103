// npm run screenshots: the web app in Debian's Chromium, light and dark, desktop and phone,
// saved to docs/screenshots/ (shown in the README). Same world as the browser suite: wrangler
// dev with a fresh local D1 seeded from test/browser/fixtures.mjs. Korean text needs a Korean
// font on the machine (Debian: fonts-nanum or fonts-noto-cjk) or it renders as boxes.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import {
  ADMIN_TOKEN,
  CHROMIUM,
  chromiumAvailable,
  launchChromium,
  seed,
  startWorker,
} from '../test/browser/harness.mjs'

const OUT = join(import.meta.dirname, '..', 'docs', 'screenshots')
const DEVICES = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
}
const SCHEMES = ['light', 'dark']

if (!chromiumAvailable()) {
  console.error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`)
  process.exit(1)
}
mkdirSync(OUT, { recursive: true })
const worker = await startWorker()
const browser = await launchChromium()
try {
  await seed(worker.base)
  const search = await (await fetch(`${worker.base}/api/search?q=%22East+Sea%22&lang=en`)).json()
  const pages = {
    search: '/?q=missile',
    korean: `/?q=${encodeURIComponent('북한')}`,
    article: `/articles/${search.items[0].id}`,
    relations: '/relations?lang=en',
    feeds: '/feeds',
  }
  for (const scheme of SCHEMES) {
    for (const [device, options] of Object.entries(DEVICES)) {
      for (const [name, path] of Object.entries(pages)) {
        // The Korean search shows the Korean interface.
        const locale = name === 'korean' ? 'ko-KR' : 'en-US'
        const context = await browser.newContext({ ...options, colorScheme: scheme, locale })
        const page = await context.newPage()
        await page.goto(`${worker.base}/signin`)
        await page.evaluate((t) => sessionStorage.setItem('seismo-admin-token', t), ADMIN_TOKEN)
        await page.goto(`${worker.base}${path}`)
        if (name === 'feeds') await page.waitForSelector('#feed-list')
        await page.waitForLoadState('networkidle')
        const file = join(OUT, `${name}-${scheme}-${device}.png`)
        await page.screenshot({ path: file })
        console.log(file)
        await context.close()
      }
    }
  }
} finally {
  await browser.close()
  await worker.stop()
}
