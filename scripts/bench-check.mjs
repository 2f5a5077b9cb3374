#!/usr/bin/env node
/**
 * How long the compliance check takes to read and classify a large user list, in Node.
 *
 *   npm run bench:check [-- --rows 50000] [-- --runs 9]
 *
 * Generates a CRM 2016-style CSV export and the same users as a Web API JSON result (--rows users,
 * with the documented column names, a mix of access modes, license types and disabled users), then,
 * per run, reads each file through the page's own code (src/check/load.ts, loaded through a
 * short-lived Vite SSR server, as the build's prerender does) and classifies every user and groups
 * them by business unit. Prints the median and the spread (min to max) per format. In the browser
 * the same work runs in a Web Worker, so the page stays responsive while it does.
 */
import { createServer } from 'vite'

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback
}

const ROWS = Number(option('rows', '50000'))
const RUNS = Number(option('runs', '9'))
const WARMUP = 2

const MODES = ['Read-Write', 'Read-Write', 'Read-Write', 'Read-Write', 'Administrative', 'Non-interactive', 'Read']
const TYPES = ['Professional', 'Professional', 'Basic', 'Essential', 'Device Professional', 'Administrative']
const UNITS = Array.from({ length: 40 }, (_, i) => `Unit ${i + 1}`)

function user(i) {
  return {
    fullName: `User ${i}, "Test"`,
    userName: `CONTOSO\\user${i}`,
    email: `user${i}@contoso.com`,
    unit: UNITS[i % UNITS.length],
    title: `Title ${i % 25}`,
    accessMode: MODES[i % MODES.length],
    licenseType: TYPES[i % TYPES.length],
    status: i % 13 === 0 ? 'Disabled' : 'Enabled',
  }
}

const quote = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)

function csv() {
  const lines = ['Full Name,User Name,Primary Email,Business Unit,Title,Access Mode,License Type,Status']
  for (let i = 0; i < ROWS; i++) lines.push(Object.values(user(i)).map(quote).join(','))
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`)
}

/** A Microsoft 365 admin center "Export users" file for the same users (contract §10): names joined by `+`. */
function adminCenter() {
  const products = [
    'Microsoft 365 E3+Dynamics 365 Team Members',
    'Dynamics 365 Customer Engagement Plan+Microsoft 365 E3',
    'Dynamics 365 for Sales Enterprise Edition+Dynamics 365 for Customer Service Enterprise Attach',
    'Power Apps Premium',
    'Unlicensed',
  ]
  const lines = ['Block credential,Display name,Licenses,User principal name,When created']
  for (let i = 0; i < ROWS; i++) {
    lines.push(
      [
        i % 29 === 0 ? 'True' : 'False',
        `User ${i}`,
        products[i % products.length],
        `user${i}@contoso.com`,
        '1/2/2024',
      ].join(','),
    )
  }
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`)
}

function json() {
  const codes = { 'Read-Write': 0, Administrative: 1, Read: 2, 'Non-interactive': 4 }
  const value = Array.from({ length: ROWS }, (_, i) => {
    const u = user(i)
    return {
      fullname: u.fullName,
      domainname: u.email,
      internalemailaddress: u.email,
      title: u.title,
      accessmode: codes[u.accessMode],
      isdisabled: u.status === 'Disabled',
      islicensed: true,
      _businessunitid_value: `guid-${i % UNITS.length}`,
      '_businessunitid_value@OData.Community.Display.V1.FormattedValue': u.unit,
      systemuserroles_association: [{ name: `Role ${i % 12}` }],
    }
  })
  return new TextEncoder().encode(JSON.stringify({ '@odata.context': 'bench', value }))
}

const server = await createServer({
  configFile: false,
  appType: 'custom',
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, ws: false },
})
try {
  const { loadUserList, loadAssignments } = await server.ssrLoadModule('/src/check/load.ts')
  const { checkUsers } = await server.ssrLoadModule('/src/check/classify.ts')
  const { groupsOf } = await server.ssrLoadModule('/src/check/groups.ts')

  const files = [
    { format: 'CSV', bytes: csv(), product: 'crm2016', deploy: 'onprem' },
    { format: 'Web API JSON', bytes: json(), product: 'd365', deploy: 'online' },
    // The online list with its License assignments file (admin center shape), both read and joined.
    { format: 'JSON + M365', bytes: json(), assignments: adminCenter(), product: 'd365', deploy: 'online' },
  ]
  console.log(
    `Compliance check: ${ROWS.toLocaleString('en-US')} users, ${RUNS} runs after ${WARMUP} warm-up (Node ${process.version})`,
  )
  for (const file of files) {
    const times = []
    for (let run = 0; run < WARMUP + RUNS; run++) {
      const start = performance.now()
      const list = await loadUserList(file.bytes)
      if (!list.ok) throw new Error(`the generated ${file.format} did not read: ${list.error.code}`)
      const assigned = file.assignments ? await loadAssignments(file.assignments) : undefined
      if (assigned && !assigned.ok) throw new Error(`the generated assignments did not read: ${assigned.error.code}`)
      const result = checkUsers({
        product: file.product,
        deploy: file.deploy,
        users: list.value.users,
        columns: list.value.columns,
        assignments: assigned?.value,
      })
      if (assigned && !result.checked.some((c) => c.held === 'd365-team-members')) {
        throw new Error('the assignments were not joined to the users')
      }
      groupsOf(result.checked, 'unit')
      const ms = performance.now() - start
      if (result.checked.length !== ROWS) throw new Error(`expected ${ROWS} users, got ${result.checked.length}`)
      if (run >= WARMUP) times.push(ms)
    }
    times.sort((a, b) => a - b)
    const median = times[Math.floor(times.length / 2)]
    const mb = ((file.bytes.byteLength + (file.assignments?.byteLength ?? 0)) / 1e6).toFixed(1)
    console.log(
      `  ${file.format.padEnd(13)} ${mb.padStart(5)} MB   load + classify: median ${median.toFixed(0)} ms, spread ${times[0].toFixed(0)}–${times[times.length - 1].toFixed(0)} ms`,
    )
  }
} finally {
  await server.close()
}
