import { createRoot, hydrateRoot } from 'react-dom/client'
import './index.css'
import { Root } from './Root'
import { registerServiceWorker } from './sw/register'
import { currentSearch } from './ui/address'
import { watchForUpdates } from './ui/UpdateNotice'

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element to mount the app in.')

// Watch before anything else runs, so a new version taking over is never missed.
const updates = watchForUpdates(registerServiceWorker())

// index.html holds the start page, prerendered at build time: on the start page React adopts that
// markup; any other address (a shared link, the planner) renders afresh in its place.
if (root.hasChildNodes() && currentSearch() === '') hydrateRoot(root, <Root updates={updates} />)
else {
  root.replaceChildren()
  createRoot(root).render(<Root updates={updates} />)
}
