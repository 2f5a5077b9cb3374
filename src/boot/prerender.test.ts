import { describe, expect, it } from 'vitest'
import { prerenderCheckPage } from '../prerender'
import { opensPrerenderedCheck, PRERENDERED_CHECK } from './view'

/** Addresses of the check's page: as the app writes them, as people type them, and with something answered. */
const CHECK_ADDRESSES = [
  PRERENDERED_CHECK,
  '?view=check&v=2',
  '?v=3&view=check&by=role&rb=1.3.1',
  '?v=2&view=check&rb=0.9.0',
  '?v=2&view=check&by=unit',
  '?v=2&view=check&by=title&rb=1.3.1',
  '?v=2&view=check&product=d365',
  '?v=2&view=check&product=crm2011&deploy=onprem',
  '?v=2&view=check&deploy=online',
  '?v=2&view=check&by=role&m=who:employee;via:crm-client|Salesperson',
  '?v=2&view=check&col=user|Benutzername',
  '?v=2&view=check&val=access-mode|0|Lesen',
  '?v=2&view=check&by=nonsense',
  '?v=2&view=check&product=nonsense',
]

describe('the check page in index.html (issue 24)', () => {
  it('is adopted only at an address where the check renders exactly that markup', async () => {
    const prerendered = await prerenderCheckPage()
    expect(prerendered).toContain('type="file"')
    const adopted: string[] = []
    for (const search of CHECK_ADDRESSES) {
      if (!opensPrerenderedCheck(search)) continue
      adopted.push(search)
      expect(await prerenderCheckPage(search), search).toBe(prerendered)
    }
    // The addresses the app itself writes for an unanswered check, and the bare one, are among them.
    expect(adopted).toEqual(CHECK_ADDRESSES.slice(0, 4))
  })

  it('is not adopted where the address answers something the markup does not show', async () => {
    const prerendered = await prerenderCheckPage()
    for (const search of ['?v=2&view=check&product=d365', '?v=2&view=check&deploy=online']) {
      expect(opensPrerenderedCheck(search)).toBe(false)
      expect(await prerenderCheckPage(search), search).not.toBe(prerendered)
    }
  })

  it('is never adopted for another view, nor for an address that cannot be read', () => {
    for (const search of ['', '?', '?v=2&view=plan', '?v=2&product=crm4', '?%zz=%', '?view=check&view=plan&x=1']) {
      expect(opensPrerenderedCheck(search), search).toBe(false)
    }
  })
})
