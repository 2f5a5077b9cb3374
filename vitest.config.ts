import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

// When TEST_REPORT_DIR is set (by .ci/run), also write the results as JSON for the summary line.
const reportDir = process.env.TEST_REPORT_DIR

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test-setup.ts'],
    reporters: reportDir ? ['default', 'json'] : ['default'],
    outputFile: reportDir ? { json: `${reportDir}/vitest.json` } : undefined,
  },
})
