import { describe, expect, it } from 'vitest'
import { loaded, reloadOnce } from './reload'

const storage = () => {
  const items = new Map<string, string>()
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => items.set(key, value),
  }
}

describe('reloadOnce', () => {
  it('review 9: reloads an address once after a failed chunk, not in a loop', () => {
    const tab = storage()
    const address = 'https://advisor.example/?v=2&view=plan'
    expect(reloadOnce(tab, address, 1_000)).toBe(true)
    // The same address failing again right after the reload: show the problem instead.
    expect(reloadOnce(tab, address, 5_000)).toBe(false)
    // Another address, or the same one much later (another deploy): reload again.
    expect(reloadOnce(tab, 'https://advisor.example/?v=2', 6_000)).toBe(true)
    expect(reloadOnce(tab, address, 600_000)).toBe(true)
  })

  it('review 9: never reloads where session storage is blocked, so there can be no loop', () => {
    const blocked = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError')
      },
      setItem: () => undefined,
    }
    expect(reloadOnce(blocked, 'https://advisor.example/')).toBe(false)
  })
})

describe('loaded', () => {
  it('passes a module on, and waits for the reload when the import was answered with one', async () => {
    await expect(loaded(Promise.resolve({ Planner: 'x' }))).resolves.toEqual({ Planner: 'x' })
    const answeredWithReload = Promise.resolve(undefined)
    const pending = await Promise.race([
      loaded(answeredWithReload),
      new Promise((resolve) => setTimeout(resolve, 10, 'pending')),
    ])
    expect(pending).toBe('pending')
  })
})
