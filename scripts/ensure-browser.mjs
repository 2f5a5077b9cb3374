#!/usr/bin/env node
// Makes sure the e2e tests have a Chromium to drive, in the order playwright.config.ts looks for one:
// $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own download.
// When none is there it tries `npx playwright install chromium`, then (as root on Debian)
// `apt-get install -y chromium`, and only then fails, saying what to install.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

const DEBIAN_CHROMIUM = '/usr/bin/chromium'

function playwrightChromium() {
  try {
    const path = chromium.executablePath()
    return path && existsSync(path) ? path : undefined
  } catch {
    return undefined
  }
}

function findBrowser() {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH
    console.error(`ensure-browser: CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`)
    process.exit(1)
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM
  return playwrightChromium()
}

function run(command, args) {
  console.log(`ensure-browser: running ${command} ${args.join(' ')}`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  return result.status === 0
}

let browser = findBrowser()
if (browser) process.exit(0)

console.log('ensure-browser: no Chromium found for the e2e tests; trying to install one.')
run('npx', ['playwright', 'install', 'chromium'])
browser = findBrowser()

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
if (!browser && isRoot && existsSync('/etc/debian_version')) {
  if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium'])) browser = findBrowser()
}

if (!browser) {
  console.error(
    [
      'ensure-browser: the e2e tests need Chromium, and none could be installed.',
      'Install one of these, then run `npm test` again:',
      '  - on Debian or Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)',
      "  - or Playwright's own browser: npx playwright install chromium",
      '  - or set CHROMIUM_PATH to the path of an installed Chromium or Chrome.',
    ].join('\n'),
  )
  process.exit(1)
}
console.log(`ensure-browser: using ${browser}`)
