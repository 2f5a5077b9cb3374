#!/usr/bin/env node
/**
 * Writes the compliance check's product catalogue (src/check/catalogue/skus.ts) from a dated copy of
 * Microsoft's CSV "Product names and service plan identifiers for licensing". Run by hand when a newer
 * copy is committed; nothing is downloaded and the build never runs it.
 *
 *   node scripts/sku-catalogue.mjs [--csv data/microsoft/<copy>.csv] [--date YYYY-MM-DD]
 *
 * Refuses to write when a Dynamics 365, Dynamics CRM, Power Apps or Power Pages product in the copy has no
 * rule in src/check/catalogue/rules.ts: a new product is classified by a person, never guessed.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'vite'

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback
}

const csv = option('csv', 'data/microsoft/product-names-service-plans-2025-10-29.csv')
const date = option('date', csv.match(/(\d{4}-\d{2}-\d{2})/)?.[1] ?? '')
const bytes = readFileSync(csv)
const otherNames = JSON.parse(readFileSync('data/microsoft/other-names.json', 'utf8'))

const server = await createServer({
  configFile: false,
  appType: 'custom',
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, ws: false },
})
try {
  const { buildCatalogue, catalogueModule } = await server.ssrLoadModule('/src/check/catalogue/build.ts')
  const catalogue = buildCatalogue(new Uint8Array(bytes), otherNames)
  if (catalogue.unclassified.length > 0) {
    console.error(`Products with no rule in src/check/catalogue/rules.ts:\n  ${catalogue.unclassified.join('\n  ')}`)
    process.exitCode = 1
  } else {
    const source = {
      title: 'Product names and service plan identifiers for licensing',
      url: 'https://learn.microsoft.com/entra/identity/users/licensing-service-plan-reference',
      copy: 'data/microsoft/PROVENANCE.md',
      date,
      file: csv,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      rows: catalogue.products.length + catalogue.otherGuids.length,
    }
    writeFileSync('src/check/catalogue/skus.ts', catalogueModule(catalogue, source))
    execFileSync('npx', ['biome', 'format', '--write', 'src/check/catalogue/skus.ts'], { stdio: 'ignore' })
    console.log(`${catalogue.products.length} products classified, ${catalogue.otherGuids.length} other products`)
  }
} finally {
  await server.close()
}
