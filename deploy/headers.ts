/**
 * The security headers of the built site: the one list that vite.config.ts puts in the page's
 * `<meta>` policy and in `vite preview`'s responses, and that every host file in deploy/ and public/
 * repeats (src/hosting.test.ts checks that they agree). Plain data, no imports: the build config,
 * the unit test and anyone reading it use the same module.
 */

/**
 * The Content-Security-Policy: only the site's own scripts, styles, images (the icons) and requests,
 * no `data:` URLs (the build has none), no inline code, no plugins; no `<base>` and no framing.
 */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
]

/** Directives a browser ignores, with a console warning, when the policy comes in a `<meta>` tag. */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox']

/** The policy as a response header sends it. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ')

/** The same policy without what only a header can carry, for the page's `<meta http-equiv>`. */
export const META_CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.filter(
  (directive) => !HEADER_ONLY.includes(directive.split(' ')[0] ?? ''),
).join('; ')

/** Every response of the site carries these. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // For browsers older than frame-ancestors: nobody may frame the advisor.
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  // The address holds the answers: never send it to another site.
  'Referrer-Policy': 'no-referrer',
}
