import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './index.css'
import { App } from './App'
import { registerServiceWorker } from './sw/register'
import { ErrorBoundary } from './ui/ErrorBoundary'
import { UpdateNotice, watchForUpdates } from './ui/UpdateNotice'

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element to mount the app in.')

// Watch before anything else runs, so a new version taking over is never missed.
const updates = watchForUpdates(registerServiceWorker())

createRoot(root).render(
  <StrictMode>
    <UpdateNotice updates={updates} />
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
)
