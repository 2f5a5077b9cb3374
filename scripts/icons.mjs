// Renders the app icons in public/ from public/favicon.svg with the system Chromium, so no image
// package is needed: icon-192.png and icon-512.png (the favicon, "any" purpose) and
// icon-maskable-512.png (full-bleed background, the check mark inside the central safe zone).
// Run after changing the favicon: `node scripts/icons.mjs`, then commit the PNGs.
import { existsSync, readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'

const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const favicon = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8')
const background = favicon.match(/<rect[^>]*fill="(#[0-9a-f]{6})"/i)?.[1]
const mark = favicon.match(/<path[^>]*\/>/)?.[0]
if (!background || !mark) throw new Error('public/favicon.svg: expected a <rect fill="#…"> and one <path/>')

// Maskable: the whole square is painted; the mark is scaled by 0.8 about the centre, well inside
// the 80% circle every platform mask keeps.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect width="32" height="32" fill="${background}"/>
  <g transform="translate(3.2 3.2) scale(0.8)">${mark}</g>
</svg>`

const icons = [
  { file: 'icon-192.png', size: 192, svg: favicon },
  { file: 'icon-512.png', size: 512, svg: favicon },
  { file: 'icon-maskable-512.png', size: 512, svg: maskable },
]

const browser = await chromium.launch({ executablePath })
try {
  for (const { file, size, svg } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style><img src="${src}" width="${size}" height="${size}" alt="">`,
    )
    await page.locator('img').evaluate((img) => img.decode())
    const path = new URL(`../public/${file}`, import.meta.url).pathname
    await page.screenshot({ path, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } })
    await page.close()
    console.log(`public/${file} (${size}×${size})`)
  }
} finally {
  await browser.close()
}
