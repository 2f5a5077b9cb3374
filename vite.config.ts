import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

/**
 * The Content-Security-Policy of the built site: only its own scripts, styles, images and requests.
 * It is injected at build time only, because the dev server (React refresh preamble, CSS injected
 * as <style> tags) needs inline code that this policy forbids.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ')

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
          (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        )
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

export default defineConfig({
  base: basePath(process.env.BASE_PATH),
  plugins: [react(), tailwindcss(), contentSecurityPolicy()],
  build: {
    // Keep every asset a separate file served from 'self': a data: URI font or script would break the CSP.
    assetsInlineLimit: 0,
  },
})
