import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  CSP_DIRECTIVES,
  META_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
} from '../deploy/headers'

const file = (path: string) => readFileSync(resolve(__dirname, '..', path), 'utf8')

/** nginx: every `add_header Name "value" always;`. */
function nginxHeaders(text: string): Record<string, string> {
  return Object.fromEntries(
    [...text.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm)].map((m) => [m[1], m[2]]),
  )
}

/** Netlify and Cloudflare Pages `_headers`: the indented `Name: value` lines under the path `/*`. */
function pagesHeaders(text: string, path = '/*'): Record<string, string> {
  const blocks = text
    .split(/\n(?=\S)/)
    .map((block) => block.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#')))
    .filter((lines) => lines.length > 0)
  const block = blocks.find((lines) => lines[0] === path) ?? []
  return Object.fromEntries(
    block.slice(1).map((line) => {
      const colon = line.indexOf(':')
      return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()]
    }),
  )
}

describe('security headers for hosts', () => {
  it('review 11: the policy forbids framing and <base>, and allows no data: URLs', () => {
    expect(CSP_DIRECTIVES).toContain("frame-ancestors 'none'")
    expect(CSP_DIRECTIVES).toContain("base-uri 'none'")
    expect(CSP_DIRECTIVES).toContain("img-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/data:|unsafe-inline|unsafe-eval|\*/)
    expect(SECURITY_HEADERS).toEqual({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    })
  })

  it('review 11: the <meta> copy is the same policy without what a browser ignores there', () => {
    expect(META_CONTENT_SECURITY_POLICY).toBe(
      CSP_DIRECTIVES.filter((directive) => !directive.startsWith('frame-ancestors')).join('; '),
    )
  })

  it('review 11: nginx, Netlify/Cloudflare Pages and Azure Static Web Apps send exactly these headers', () => {
    expect(nginxHeaders(file('deploy/nginx.conf'))).toEqual(SECURITY_HEADERS)
    expect(pagesHeaders(file('public/_headers'))).toEqual(SECURITY_HEADERS)
    const azure = JSON.parse(file('public/staticwebapp.config.json')) as { globalHeaders: Record<string, string> }
    expect(azure.globalHeaders).toEqual(SECURITY_HEADERS)
  })

  it('review 11: a file of another build is never answered with the page (an open tab of it reloads)', () => {
    expect(file('deploy/nginx.conf')).toMatch(/location \/assets\/ \{\s*try_files \$uri =404;/)
    const azure = JSON.parse(file('public/staticwebapp.config.json')) as { navigationFallback: { exclude: string[] } }
    expect(azure.navigationFallback.exclude).toContain('/assets/*')
  })
})
