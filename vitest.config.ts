import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

// When TEST_REPORT_DIR is set (by .ci/run), also write the results as JSON for the summary line.
const reportDir = process.env.TEST_REPORT_DIR

// Property tests run this many cases each: enough to catch a regression on every run, and far more in
// `npm run test:deep` (PROPERTY_RUNS=10000), which is too slow for every commit on a busy machine.
const propertyRuns = Number(process.env.PROPERTY_RUNS ?? 1000)

export default defineConfig({
  plugins: [react()],
  test: {
    reporters: reportDir ? ['default', 'json'] : ['default'],
    outputFile: reportDir ? { json: `${reportDir}/vitest.json` } : undefined,
    provide: { propertyRuns },
    projects: [
      {
        // Pure modules (rulebook, codec, machine, plan arithmetic) need no browser environment.
        extends: true,
        test: { name: 'logic', include: ['src/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['src/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['./src/test-setup.ts'],
        },
      },
    ],
  },
})
