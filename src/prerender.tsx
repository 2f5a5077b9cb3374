import { renderToString } from 'react-dom/server'
import { Root } from './Root'
import { watchForUpdates } from './ui/UpdateNotice'

/**
 * The start page as the browser will first render it, for index.html (see vite.config.ts). The
 * browser then hydrates this markup instead of replacing it, so what was painted first stays put.
 */
export function prerenderStartPage(): string {
  return renderToString(<Root updates={watchForUpdates(undefined, '')} />)
}
