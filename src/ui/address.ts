/**
 * The one place that reads or writes the address bar. Views describe what the address should say
 * (a search string from the link codec); this module keeps the browser's history in step and tells
 * them when the person moves through it with Back and Forward.
 */

import { RULEBOOK } from '../domain/rulebook'

type Listener = (search: string) => void

/**
 * Every address the app writes carries `rb=<rulebook version>` (contract section 7), the rulebook whose advice
 * the person saw: added here, where the address is written, and taken off where it is read, so the link codecs
 * and the views never see it.
 */
const withoutRulebook = (search: string): string => {
  if (!search.includes('rb=')) return search
  const rest = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !pair.startsWith('rb='))
  return rest.length === 0 ? '' : `?${rest.join('&')}`
}
/** The search as the app writes it into the address and into shared links, with its `rb=`. */
export const withRulebook = (search: string): string => {
  const bare = withoutRulebook(search)
  return bare === '' ? '' : `${bare}&rb=${RULEBOOK.version}`
}

/**
 * The rulebook version the page was opened with and the address it came with, once, as the page loads: a link
 * made under an older rulebook says what has changed since. Undefined for a link without `rb`.
 */
const OPENED = (() => {
  if (typeof window === 'undefined') return undefined
  try {
    const version = new URLSearchParams(window.location.search).get('rb')
    return version ? { version, search: withoutRulebook(window.location.search) } : undefined
  } catch {
    return undefined
  }
})()

export const openedWithRulebook = (): { version: string; search: string } | undefined => OPENED
const listeners = new Set<Listener>()

interface EntryState {
  /** How many entries this app pushed before this one, so Back can stay inside the app. */
  depth: number
}

const depth = (): number => (window.history.state as EntryState | null)?.depth ?? 0

/**
 * The address with only its search replaced, as an absolute URL of this document. Never a path
 * relative to the site: a path that begins with `//` (a host and a query joined with one slash too
 * many) would read as another host, which the History API refuses with a SecurityError.
 */
function urlFor(search: string): string {
  const url = new URL(window.location.href)
  url.search = withRulebook(search)
  return url.href
}

/**
 * Which history entry a write was prepared for. Views render, and write the address in effects that
 * may run after the person has already moved on with Back or Forward (16–50 ms apart is enough): a
 * write carries the entry it was prepared on and is dropped if that is no longer the current one.
 */
export type Entry = number
let moves = 0
/** Set from a Back until the browser lands on the entry before, so a second Back is not a second step. */
let backPending = false

if (typeof window !== 'undefined') {
  // Registered when this module loads, before any view listens, so every listener sees the new count.
  window.addEventListener('popstate', () => {
    moves += 1
    backPending = false
  })
  // A page restored from the back-forward cache starts with no Back under way.
  window.addEventListener('pageshow', () => {
    backPending = false
  })
}

/** The entry the address is on now, to pass to a write that happens later. */
export function currentEntry(): Entry {
  return moves
}

/** The address a page of index.html is prerendered at, at build time, where there is no address bar. */
let prerenderedSearch = ''

/** For src/prerender.tsx only: the address the next prerendered page reads as its own ('' for the start page). */
export function prerenderAt(search: string): void {
  prerenderedSearch = search
}

export function currentSearch(): string {
  return typeof window === 'undefined' ? prerenderedSearch : withoutRulebook(window.location.search)
}

/** The whole query, the rulebook's version too: the same address in another language is this one under its prefix. */
export function currentQuery(): string {
  return typeof window === 'undefined' ? '' : window.location.search
}

/** Gives a language link the address of the moment as it is followed: the page changes its query as the person goes. */
export const followAddress = (event: { currentTarget: HTMLAnchorElement }) => {
  event.currentTarget.search = currentQuery()
}

/**
 * A new history entry: one per answered step, so Back and Forward walk the steps. With `entry`, only
 * if the address is still on that entry.
 */
export function pushSearch(search: string, entry?: Entry): void {
  if (withRulebook(search) === window.location.search || (entry !== undefined && entry !== moves)) return
  window.history.pushState({ depth: depth() + 1 } satisfies EntryState, '', urlFor(search))
  moves += 1
}

/**
 * Rewrites the current entry, e.g. after a link was read and only part of it could be kept. With
 * `entry`, only if the address is still on that entry: never another entry's answers into this one.
 */
export function replaceSearch(search: string, entry?: Entry): void {
  // Nothing to rewrite (the start page, on every load): skip the synchronous history write.
  if (withRulebook(search) === window.location.search || (entry !== undefined && entry !== moves)) return
  window.history.replaceState({ depth: depth() } satisfies EntryState, '', urlFor(search))
}

/** True when the previous history entry is one of ours, so going back stays in the app. */
export function canGoBack(): boolean {
  return depth() > 0
}

/**
 * The browser's Back: listeners hear of the entry it lands on. The landing comes a moment later, so
 * a second Back before it (a double click) is the same step, not one more out of the app.
 */
export function goBack(): void {
  if (backPending) return
  backPending = true
  window.history.back()
}

/** The whole current address, for diagnostics. */
export function currentHref(): string {
  return window.location.href
}

/** Moves to another view or set of answers inside the app and lets every view know. */
export function navigate(search: string): void {
  pushSearch(search)
  for (const listener of listeners) listener(search)
}

export function onAddressChange(listener: Listener): () => void {
  const onPop = () => listener(currentSearch())
  listeners.add(listener)
  window.addEventListener('popstate', onPop)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', onPop)
  }
}

/** The full address of a search string on this site, for sharing. */
export function absoluteUrl(search: string): string {
  return `${window.location.origin}${window.location.pathname}${withRulebook(search)}`
}
