import { lazy, type ReactNode, Suspense, useEffect, useState } from 'react'
import { currentQuery, followAddress } from './address'
import { UI_TEXT } from './content'
import { LANGUAGES, type Language } from './languageList'
import { addressIn, PAGE_LANGUAGE, preferredOther } from './languages'

// Most people never see it: its code loads only where the browser prefers another language the site has.
const LanguageOffer = lazy(() => import('./LanguageOffer'))

/** The other language to offer, once the app runs (the prerendered page cannot know the browser). */
function useOffer(): Language | undefined {
  const [offer, setOffer] = useState<Language>()
  useEffect(() => setOffer(preferredOther(navigator.languages ?? [navigator.language])), [])
  return offer
}

/**
 * The same view in each other language, as plain links (`a[hreflang]`), so they work before the app runs: the boot
 * script gives them the address's query (src/prerender.tsx), and following one takes the query of the moment.
 */
function LanguageLinks() {
  return (
    <nav aria-label={UI_TEXT.shell.languages} className="no-print ml-auto">
      <ul className="flex gap-3">
        {LANGUAGES.filter((l) => l.code !== PAGE_LANGUAGE).map((l) => (
          <li key={l.code}>
            <a
              href={addressIn(l, currentQuery())}
              hrefLang={l.code}
              lang={l.code}
              data-language={l.code}
              onClick={followAddress}
              onFocus={followAddress}
              onPointerDown={followAddress}
              onContextMenu={followAddress}
              className="font-semibold text-brand-700 underline underline-offset-2"
            >
              {l.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

function Offer() {
  const offer = useOffer()
  return offer ? (
    <Suspense fallback={null}>
      <LanguageOffer offer={offer} />
    </Suspense>
  ) : null
}

function SkipLink() {
  return (
    <a
      href="#main"
      className="no-print sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface focus:px-4 focus:py-2 focus:font-semibold focus:text-brand-700 focus:shadow-lg"
    >
      {UI_TEXT.shell.skip}
    </a>
  )
}

function Header({ boot }: { boot: boolean }) {
  return (
    <header className="site-header border-b border-line bg-surface">
      <div className="mx-auto flex max-w-3xl items-center gap-3 px-4 py-4 sm:px-6">
        <svg aria-hidden="true" focusable="false" viewBox="0 0 32 32" className="size-8 shrink-0">
          <rect width="32" height="32" rx="7" fill="currentColor" className="text-brand-700" />
          <path
            d="M9 16.5l4.5 4.5L23 11.5"
            fill="none"
            stroke="#fff"
            strokeWidth="3.2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <p className="text-lg font-bold tracking-tight text-brand-700">{UI_TEXT.app}</p>
        <LanguageLinks />
      </div>
      {!boot && <Offer />}
    </header>
  )
}

function Footer() {
  return (
    <footer className="site-footer border-t border-line bg-surface">
      <div className="mx-auto max-w-3xl space-y-2 px-4 py-6 text-sm leading-relaxed text-muted sm:px-6">
        <p>{UI_TEXT.shell.legal}</p>
        <p>{UI_TEXT.shell.privacy}</p>
      </div>
    </footer>
  )
}

/**
 * The page frame every view sits in: skip link, header, the main landmark and the footer. `boot` is
 * the copy in index.html that shows before the app runs (src/boot/BootFrame.tsx): it sits beside the
 * app's own, so it takes no id and no skip link.
 */
export function Shell({ children, boot = false }: { children: ReactNode; boot?: boolean }) {
  return (
    <div className="flex min-h-dvh flex-col">
      {!boot && <SkipLink />}
      <Header boot={boot} />
      <main
        id={boot ? undefined : 'main'}
        tabIndex={boot ? undefined : -1}
        className="mx-auto w-full max-w-3xl flex-1 px-4 py-8 focus:outline-none sm:px-6 sm:py-12"
      >
        {children}
      </main>
      <Footer />
    </div>
  )
}
