import { StrictMode, useLayoutEffect } from 'react'
import { App } from './App'
import { ErrorBoundary } from './ui/ErrorBoundary'
import { UpdateNotice, type Updates } from './ui/UpdateNotice'

/** Calls `onCommit` once React has put the page in the document, before the browser paints it. */
function Committed({ onCommit }: { onCommit: () => void }) {
  useLayoutEffect(onCommit, [onCommit])
  return null
}

/**
 * The whole page as React renders it, in the browser and when index.html is prerendered at build
 * time. `onCommit` tells main.tsx when the boot frame can give way (it is not run when prerendering).
 */
export function Root({ updates, onCommit }: { updates: Updates; onCommit?: () => void }) {
  return (
    <StrictMode>
      <UpdateNotice updates={updates} />
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
      {onCommit && <Committed onCommit={onCommit} />}
    </StrictMode>
  )
}
