import { existsSync } from 'node:fs'
import { defineConfig, devices, type ReporterDescription } from '@playwright/test'

// E2E_PORT and E2E_DIST let several checkouts or builds be tested side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4173)
const DIST = process.env.E2E_DIST ?? 'dist'
const CI = !!process.env.CI

// The site built for a sub-path (BASE_PATH, see the README's "Deploying"), with a build of its own,
// served on the port ten above: e2e/base-path.spec.ts checks that it loads and works there.
const BASE_PATH = '/advisor/'
const BASE_PATH_PORT = PORT + 10
const BASE_PATH_DIST = `${DIST}-advisor`

// $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, else Playwright's own browser (undefined).
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

// Not 'html': that reporter tries to open a browser when a test fails.
const reporter: ReporterDescription[] = [[CI ? 'line' : 'list']]
// When TEST_REPORT_DIR is set (by .ci/run), also write the results as JSON for the summary line.
if (process.env.TEST_REPORT_DIR) {
  reporter.push(['json', { outputFile: `${process.env.TEST_REPORT_DIR}/playwright.json` }])
}

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath,
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
}

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: true,
  forbidOnly: CI,
  retries: 0,
  workers: CI ? 1 : undefined,
  reporter,
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: 'retain-on-failure' },
  projects: [
    { name: 'chromium', testIgnore: 'base-path.spec.ts', use: { ...browser } },
    {
      name: 'base-path',
      testMatch: 'base-path.spec.ts',
      use: { ...browser, baseURL: `http://127.0.0.1:${BASE_PATH_PORT}${BASE_PATH}` },
    },
  ],
  webServer: [
    {
      // vite preview serves dist/, so `vite build` must run first (npm test does).
      command: `node_modules/.bin/vite preview --port ${PORT} --strictPort --host 127.0.0.1 --outDir ${DIST}`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !CI,
      timeout: 60_000,
    },
    {
      command: [
        `BASE_PATH=${BASE_PATH} node_modules/.bin/vite build --outDir ${BASE_PATH_DIST} --emptyOutDir --logLevel warn`,
        // Its German pages, after it, under /advisor/de/ (as `npm run site` does at the root).
        `BASE_PATH=${BASE_PATH} node_modules/.bin/vite build --mode de --outDir ${BASE_PATH_DIST}/de --emptyOutDir --logLevel warn`,
        `BASE_PATH=${BASE_PATH} node_modules/.bin/vite preview --port ${BASE_PATH_PORT} --strictPort --host 127.0.0.1 --outDir ${BASE_PATH_DIST}`,
      ].join(' && '),
      url: `http://127.0.0.1:${BASE_PATH_PORT}${BASE_PATH}`,
      reuseExistingServer: !CI,
      // It builds first.
      timeout: 120_000,
    },
  ],
})
