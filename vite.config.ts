import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { createServer, defineConfig, type Plugin, type Rollup } from 'vite'
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './deploy/headers.ts'
import { type EntryView, VIEW_MODULES_ID } from './src/boot/view.ts'
import { LANGUAGES } from './src/ui/languageList.ts'

/**
 * The page's language (contract section 8): English at the root, German under `de/`, each a build of its own
 * (`vite build --mode de`), so a language's page loads only its own words. A module `x.ts` with a translation beside
 * it (`x.de.ts`, typed by `Localized`, src/domain/localized.ts) is replaced by it in that language's build.
 */
type Locale = (typeof LANGUAGES)[number]['code']

function localeModules(locale: Locale): Plugin {
  return {
    name: 'locale-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (locale === 'en' || importer === undefined) return null
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
      if (!resolved || !/\.tsx?$/.test(resolved.id)) return null
      const translation = resolved.id.replace(/\.(tsx?)$/, `.${locale}.$1`)
      // The translation itself re-exports the English module's language-neutral parts.
      return translation !== importer && existsSync(translation) ? translation : null
    },
    transformIndexHtml(html) {
      return html.replace(/<html lang="[^"]*"/, `<html lang="${locale}"`)
    },
  }
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * The module each view an address opens starts from (src/views.tsx), so the boot script can ask for a view's
 * modules all at once (src/boot/view.ts, preloadViewModules), with those the entry loads with import() to boot.
 */
const VIEW_CODE: Record<Exclude<EntryView, 'start'>, string> = {
  advice: 'src/ui/Result.tsx',
  plan: 'src/plan/Planner.tsx',
  proposal: 'src/plan/Proposal.tsx',
  check: 'src/check/Check.tsx',
}

/** Each view's chunks with every chunk they import, but those index.html loads anyway: its entry's. */
function viewModules(bundle: Rollup.OutputBundle, base: string): Record<string, string[]> {
  const chunks = Object.values(bundle).filter((file): file is Rollup.OutputChunk => file.type === 'chunk')
  const byModule = (module: string) => {
    const id = path.resolve(import.meta.dirname, module)
    const chunk = chunks.find((c) => c.moduleIds.includes(id))
    if (!chunk) throw new Error(`prerender-pages: no chunk holds ${module}.`)
    return chunk
  }
  const withImports = (start: Rollup.OutputChunk[]) => {
    const found = new Map(start.map((c) => [c.fileName, c]))
    for (const chunk of found.values()) {
      for (const name of chunk.imports) {
        const imported = bundle[name]
        if (imported?.type === 'chunk') found.set(name, imported)
      }
    }
    return [...found.keys()]
  }
  const entries = chunks.filter((c) => c.isEntry)
  const onPage = new Set(withImports(entries))
  // What src/main.tsx loads with import() to boot: React DOM, the app, the link reader and the views' table.
  const boot = entries
    .flatMap((c) => c.dynamicImports)
    .map((name) => bundle[name])
    .filter((file): file is Rollup.OutputChunk => file?.type === 'chunk')
  return Object.fromEntries(
    Object.entries(VIEW_CODE).map(([view, module]) => [
      view,
      withImports([...boot, byModule(module)])
        .filter((name) => !onPage.has(name))
        .map((name) => `${base}${name}`),
    ]),
  )
}

/**
 * The start page, rendered at build time by the app's own components (src/prerender.tsx, loaded
 * through a short-lived Vite SSR server) into index.html. The first paint needs no JavaScript, and
 * the browser hydrates the same markup, so nothing is replaced or moves. The check's page, which
 * needs nothing from its address, is prerendered beside it the same way.
 *
 * Beside them, the frame every other view shows until the app has rendered it, and the boot script
 * that names the view before the first paint (a file of its own: the policy allows no inline code),
 * so a shared link never paints the start page's question on the way to what was shared.
 */
function prerenderPages(locale: Locale): Plugin {
  const root = '<div id="root"></div>'
  let base = '/'
  let page:
    | {
        start: string
        check: string
        frame: string
        script: string
        scriptFile: string
        meta: { title: string; description: string }
      }
    | undefined
  return {
    name: 'prerender-pages',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    async buildStart() {
      const server = await createServer({
        configFile: false,
        appType: 'custom',
        logLevel: 'error',
        plugins: [react(), localeModules(locale)],
        server: { middlewareMode: true, hmr: false, ws: false },
        // The page's base and language, so links in the prerendered markup are the built page's own.
        base,
        define: { 'import.meta.env.PROD': 'false', 'import.meta.env.VITE_LOCALE': JSON.stringify(locale) },
      })
      try {
        const pages = await server.ssrLoadModule('/src/prerender.tsx')
        const script: string = pages.bootScript()
        const hash = createHash('sha256').update(script).digest('hex').slice(0, 10)
        page = {
          start: pages.prerenderStartPage(),
          check: await pages.prerenderCheckPage(),
          frame: pages.prerenderBootFrame(),
          script,
          scriptFile: `assets/boot-${hash}.js`,
          meta: pages.pageMeta(),
        }
      } finally {
        await server.close()
      }
    },
    // After Vite has written its own tags, so the list of each view's modules names the chunks as built.
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!html.includes(root)) throw new Error('index.html needs an empty <div id="root"></div> to prerender into.')
        if (!page) throw new Error('prerender-pages: the pages were not rendered at build start.')
        if (!bundle) throw new Error('prerender-pages: index.html is transformed without its bundle.')
        const { title, description } = page.meta
        const modules = JSON.stringify(viewModules(bundle, base)).replace(/</g, '\\u003c')
        // Last in the head: it runs once the style sheet is here, so the view's modules it asks for never
        // hold up the style sheet and the first paint.
        const boot = [
          `<script type="application/json" id="${VIEW_MODULES_ID}">${modules}</script>`,
          `<script src="${base}${page.scriptFile}"></script>`,
          '',
        ].join('\n    ')
        return html
          .replace('</head>', `  ${boot}</head>`)
          .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
          .replace(/(<meta\s+name="description"\s+content=")[^"]*"/, `$1${escapeHtml(description)}"`)
          .replace(
            root,
            [
              `<div id="boot-frame">${page.frame}</div>`,
              `<div id="root">${page.start}</div>`,
              `<div id="root-check">${page.check}</div>`,
            ].join('\n    '),
          )
      },
    },
    generateBundle() {
      if (page) this.emitFile({ type: 'asset', fileName: page.scriptFile, source: page.script })
    },
  }
}

/**
 * The page's own copy of the Content-Security-Policy (deploy/headers.ts), for hosts that send no
 * header. Build only, because the dev server (React refresh preamble, CSS injected as <style> tags)
 * needs inline code that this policy forbids.
 */
function contentSecurityPolicy(): Plugin {
  const charset = /<meta charset="UTF-8"\s*\/?>/i
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after <meta charset>, so the policy is in force before any script or stylesheet tag.
      handler(html) {
        if (!charset.test(html)) throw new Error('index.html needs <meta charset="UTF-8" /> to place the CSP after.')
        return html.replace(
          charset,
          (tag) =>
            `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`,
        )
      },
    },
  }
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  )
}

/**
 * The rulebook's changelog beside the page, as plain text, so a link made under an older rulebook can point to
 * what changed (src/ui/Result.tsx, CHANGELOG_HREF). Copied from docs/ at each build: one text, never two.
 */
function rulebookChangelog(): Plugin {
  return {
    name: 'rulebook-changelog',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'rulebook-changelog.txt',
        source: readFileSync(path.resolve(import.meta.dirname, 'docs/rulebook-changelog.md'), 'utf8'),
      })
    },
  }
}

export const SERVICE_WORKER_FILE = 'sw.js'
/** Files in public/ that only configure the host (headers, fallback): served to nobody, so not cached. */
export const HOST_FILES = ['_headers', 'staticwebapp.config.json']
const SERVICE_WORKER_TEMPLATE = 'src/sw/sw.js'
const BUILD_LINE = "const BUILD = { version: 'development', files: [] }"

/**
 * Writes the service worker into the build: the template in src/sw/sw.js with its BUILD line replaced
 * by every file of this build (entry, every lazy chunk, CSS, index.html, and everything from public/:
 * icons, manifest) and a hash of all their contents, which names the cache. Build only: the dev
 * server has no worker (main.tsx registers it only in production builds).
 */
function offlineServiceWorker(): Plugin {
  let root = ''
  let publicDir = ''
  return {
    name: 'offline-service-worker',
    apply: 'build',
    configResolved(config) {
      root = config.root
      publicDir = config.publicDir
    },
    generateBundle: {
      // After vite:build-html, so index.html (with its CSP) is in the bundle and in the hash.
      order: 'post',
      handler(_options, bundle) {
        const contents = new Map<string, string | Uint8Array>()
        for (const [fileName, output] of Object.entries(bundle)) {
          contents.set(fileName, output.type === 'chunk' ? output.code : output.source)
        }
        for (const file of filesUnder(publicDir)) contents.set(file, readFileSync(path.join(publicDir, file)))
        contents.delete(SERVICE_WORKER_FILE)
        for (const file of HOST_FILES) contents.delete(file)
        for (const file of contents.keys()) if (file.endsWith('.map')) contents.delete(file)
        if (!contents.has('index.html')) throw new Error('offline-service-worker: the build has no index.html.')

        const files = [...contents.keys()].sort()
        const hash = createHash('sha256')
        for (const file of files) {
          hash.update(`${file}\0`)
          hash.update(contents.get(file) ?? '')
          hash.update('\0')
        }
        const build = { version: hash.digest('hex').slice(0, 16), files }

        const template = readFileSync(path.resolve(root, SERVICE_WORKER_TEMPLATE), 'utf8')
        if (template.split(BUILD_LINE).length !== 2) {
          throw new Error(`offline-service-worker: ${SERVICE_WORKER_TEMPLATE} must hold the line ${BUILD_LINE} once.`)
        }
        this.emitFile({
          type: 'asset',
          fileName: SERVICE_WORKER_FILE,
          source: template.replace(BUILD_LINE, () => `const BUILD = ${JSON.stringify(build)}`),
        })
      },
    },
  }
}

/** BASE_PATH lets the site live under a sub-path, e.g. BASE_PATH=/advisor/ npm run build. */
function basePath(value: string | undefined): string {
  if (!value) return '/'
  const withLeading = value.startsWith('/') ? value : `/${value}`
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`
}

export default defineConfig(({ mode }) => {
  // `vite build --mode de`: any mode that names a language builds it; any other mode, English.
  const locale: Locale = LANGUAGES.find((l) => l.code === mode)?.code ?? 'en'
  const root = basePath(process.env.BASE_PATH)
  return {
    // Another language's pages live under its prefix, after the base path (`/advisor/de/`).
    base: locale === 'en' ? root : `${root}${locale}/`,
    define: { 'import.meta.env.VITE_LOCALE': JSON.stringify(locale) },
    plugins: [
      react(),
      tailwindcss(),
      localeModules(locale),
      prerenderPages(locale),
      contentSecurityPolicy(),
      rulebookChangelog(),
      offlineServiceWorker(),
    ],
    // `npm start` sends the headers a host should send (the README's "Deploying", deploy/).
    preview: { headers: { ...SECURITY_HEADERS } },
    build: {
      // Another language's build goes beside the root's, into its own folder, after the root's build.
      ...(locale === 'en' ? {} : { outDir: `dist/${locale}`, emptyOutDir: true }),
      // Keep every asset a separate file served from 'self': a data: URI font or script would break the CSP.
      assetsInlineLimit: 0,
    },
  }
})
