import { useState } from 'react'
import { currentQuery, followAddress } from './address'
import type { Language } from './languageList'
import { addressIn } from './languages'

const OFFER_DISMISSED = 'language-offer-dismissed'

const dismissedBefore = () => {
  try {
    return window.sessionStorage.getItem(OFFER_DISMISSED) !== null
  } catch {
    // Storage blocked: offer it on every page.
    return false
  }
}

/**
 * A quiet line, in the other language, where the browser prefers a language the site also has: never a redirect.
 * Fixed at the foot of the window, so its arrival after the first paint moves nothing on the page; dismissed for the
 * visit.
 */
export default function LanguageOffer({ offer }: { offer: Language }) {
  const [shown, setShown] = useState(() => !dismissedBefore())
  if (!shown) return null
  const dismiss = () => {
    setShown(false)
    try {
      window.sessionStorage.setItem(OFFER_DISMISSED, '1')
    } catch {
      // Storage blocked: dismissed for this page only.
    }
  }
  return (
    <div
      lang={offer.code}
      data-testid="language-offer"
      className="no-print fixed inset-x-0 bottom-0 z-40 border-t border-line bg-brand-50 shadow-lg"
    >
      <p className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-4 px-4 py-2 text-sm sm:px-6">
        <a
          href={addressIn(offer, currentQuery())}
          hrefLang={offer.code}
          onClick={followAddress}
          onFocus={followAddress}
          className="font-semibold text-brand-700 underline underline-offset-2"
        >
          {offer.offer}
        </a>
        <button type="button" className="btn-link" onClick={dismiss}>
          {offer.dismiss}
        </button>
      </p>
    </div>
  )
}
