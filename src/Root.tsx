import { StrictMode } from 'react'
import { App } from './App'
import { ErrorBoundary } from './ui/ErrorBoundary'
import { UpdateNotice, type Updates } from './ui/UpdateNotice'

/** The whole page as React renders it, in the browser and when index.html is prerendered at build time. */
export function Root({ updates }: { updates: Updates }) {
  return (
    <StrictMode>
      <UpdateNotice updates={updates} />
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>
  )
}
