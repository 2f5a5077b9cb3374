import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createActor, fromPromise, waitFor } from 'xstate'
import type { Answers } from '../domain/types'
import { STALE } from './client'
import { PAGE, SAMPLE_TEXT, SAMPLES } from './content'
import { aloneKey, groupsOf, verdictsOf, withAlone } from './groups'
import { loadAssignments, loadUserList } from './load'
import { type CheckContext, checkMachine, PAGE_SIZE, type ReadFile } from './machine'
import type { WorkerReply } from './protocol'
import { matchingOf, ownAnswersOf, resultOf, statesOf } from './select'

const sampleBytes = (name: string) => readFileSync(new URL(`../../public/samples/${name}`, import.meta.url))
const sampleFile = (name: string) => new Blob([sampleBytes(name)])

/** Reads as the worker does (src/check/worker.ts), in the test's thread, with one progress message. */
async function readNow(...[kind, file, progress, columns]: Parameters<ReadFile>): Promise<WorkerReply> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  progress(0.5)
  return kind === 'users'
    ? { id: 1, type: 'users', result: await loadUserList(bytes, undefined, columns) }
    : { id: 1, type: 'assignments', result: await loadAssignments(bytes) }
}

const start = (search = '?v=2&view=check', read: ReadFile = readNow) =>
  createActor(checkMachine, { input: { search, read } }).start()
type Actor = ReturnType<typeof start>

const read = (actor: Actor, region: 'users' | 'assignments') =>
  waitFor(actor, (s) => !s.matches({ [region]: 'reading' }))

/** What the page renders from a snapshot: the rows shown and each row's status. */
function shownOf(context: CheckContext) {
  const result = resultOf(context)
  if (!result || !context.product || !context.deploy) return { rows: [], status: {} as Record<string, string> }
  const groups = withAlone(groupsOf(result.checked, context.by), new Set(context.alone.keys()))
  const states = statesOf(groups, context.product, context.deploy, (key) => ownAnswersOf(context, key))
  const verdicts = verdictsOf(result.checked, groups, states)
  const rows = matchingOf(result, verdicts, context.filter, context.search).map((i) => result.checked[i].user.userName)
  const status = Object.fromEntries(result.checked.map((c, i) => [c.user.userName, verdicts[i].status]))
  return { rows, status, groups, states }
}

const FULL_TIME: Answers = { who: 'employee', via: 'crm-client', does: 'full', device: 'named', records: 'core' }

/** A read the test answers when it chooses, as a slow worker would. */
function heldRead() {
  const waiting: { name: string; progress: (done: number) => void; answer: (r: WorkerReply) => void }[] = []
  const read: ReadFile = (_kind, file, progress) =>
    new Promise((answer) => waiting.push({ name: (file as File).name, progress, answer }))
  return { read, waiting }
}

describe('the check machine', () => {
  it('starts from the address: product, grouping, answers and maps, nothing read', () => {
    const actor = start(
      '?v=2&view=check&product=crm2016&deploy=onprem&by=title&m=who:employee|Account%20Manager&col=user|Benutzer',
    )
    const { context, value } = actor.getSnapshot()
    expect(value).toEqual({ users: 'idle', assignments: 'idle', sample: 'idle' })
    expect(context).toMatchObject({ product: 'crm2016', deploy: 'onprem', by: 'title', restored: 1 })
    expect(context.answers.title.get('Account Manager')).toEqual({ who: 'employee' })
    expect(context.answers.role.size).toBe(0)
    expect(context.columns).toEqual({ user: 'Benutzer' })
    expect(context.list).toBeUndefined()
  })

  it('reads a user list: reading with progress, then loaded with its status line', async () => {
    const { read: held, waiting } = heldRead()
    const actor = start('?v=2&view=check', held)
    actor.send({
      type: 'file.users',
      file: new File([sampleBytes('crm2016-users.csv')], 'users.csv'),
      name: 'users.csv',
    })
    expect(actor.getSnapshot().matches({ users: 'reading' })).toBe(true)
    expect(actor.getSnapshot().context.reading).toEqual({ name: 'users.csv', done: 0 })
    waiting[0].progress(0.4)
    expect(actor.getSnapshot().context.reading).toEqual({ name: 'users.csv', done: 0.4 })
    waiting[0].answer(await readNow('users', sampleFile('crm2016-users.csv'), () => {}))
    await read(actor, 'users')
    const { context } = actor.getSnapshot()
    expect(actor.getSnapshot().matches({ users: 'loaded' })).toBe(true)
    expect(context.reading).toBeUndefined()
    expect(context.list?.name).toBe('users.csv')
    expect(context.list?.value.users).toHaveLength(8)
    expect(context.status).toBe(PAGE.read(8, 'users.csv'))
    expect(context.problems).toEqual([])
  })

  it('reports a file without a user name column, offers its headers, and reads it again through a column map', async () => {
    const actor = start()
    const french = 'Identifiant,Nom complet,Accès\nCONTOSO\\anna,Anne Berg,Lecture/écriture\n'
    actor.send({ type: 'file.users', file: new Blob([french]), name: 'utilisateurs.csv' })
    await read(actor, 'users')
    let { context } = actor.getSnapshot()
    expect(actor.getSnapshot().matches({ users: 'failed' })).toBe(true)
    expect(context.problems).toHaveLength(1)
    expect(context.problems[0]).toContain('utilisateurs.csv')
    expect(context.unmapped).toEqual({
      name: 'utilisateurs.csv',
      headers: ['Identifiant', 'Nom complet', 'Accès'],
    })

    actor.send({ type: 'columns', columns: { user: 'Identifiant', name: 'Nom complet' } })
    expect(actor.getSnapshot().matches({ users: 'reading' })).toBe(true)
    await read(actor, 'users')
    context = actor.getSnapshot().context
    expect(actor.getSnapshot().matches({ users: 'loaded' })).toBe(true)
    expect(context.problems).toEqual([])
    expect(context.unmapped).toBeUndefined()
    expect(context.list?.value.users[0]).toMatchObject({ userName: 'CONTOSO\\anna', fullName: 'Anne Berg' })
  })

  it('keeps the list read before when the reader itself fails, and says so', async () => {
    let fail = false
    const actor = start('?v=2&view=check', (kind, file, progress, columns) =>
      fail ? Promise.resolve({ id: 2, type: 'failed' }) : readNow(kind, file, progress, columns),
    )
    actor.send({ type: 'file.users', file: sampleFile('crm2016-users.csv'), name: 'a.csv' })
    await read(actor, 'users')
    fail = true
    actor.send({ type: 'file.users', file: sampleFile('crm2011-users.xml'), name: 'b.xml' })
    await read(actor, 'users')
    const { context } = actor.getSnapshot()
    expect(context.problems).toEqual([PAGE.readerFailed('b.xml')])
    expect(context.list?.name).toBe('a.csv')
  })

  it('shows only the newest file: an earlier read answering late is ignored, its progress too', async () => {
    const { read: held, waiting } = heldRead()
    const actor = start('?v=2&view=check', held)
    actor.send({ type: 'file.users', file: new File([sampleBytes('crm2016-users.csv')], 'old.csv'), name: 'old.csv' })
    actor.send({ type: 'file.users', file: new File([sampleBytes('crm2011-users.xml')], 'new.xml'), name: 'new.xml' })
    expect(waiting.map((w) => w.name)).toEqual(['old.csv', 'new.xml'])
    waiting[1].answer(await readNow('users', sampleFile('crm2011-users.xml'), () => {}))
    await read(actor, 'users')
    waiting[0].progress(0.9)
    waiting[0].answer(await readNow('users', sampleFile('crm2016-users.csv'), () => {}))
    await new Promise((r) => setTimeout(r, 0))
    const { context } = actor.getSnapshot()
    expect(context.list?.name).toBe('new.xml')
    expect(context.list?.value.users).toHaveLength(9)
    expect(context.reading).toBeUndefined()
  })

  it('drops a read the reader calls stale without touching the page', async () => {
    const actor = start('?v=2&view=check', () => Promise.resolve(STALE))
    actor.send({ type: 'file.users', file: new Blob(['x']), name: 'x.csv' })
    await new Promise((r) => setTimeout(r, 0))
    expect(actor.getSnapshot().matches({ users: 'reading' })).toBe(true)
    expect(actor.getSnapshot().context.list).toBeUndefined()
  })

  it('adds an assignments file that cannot be read to the problems, and keeps the users’ problems', async () => {
    const actor = start()
    actor.send({ type: 'file.users', file: new Blob(['Full Name\nAnna\n']), name: 'users.csv' })
    await read(actor, 'users')
    actor.send({ type: 'file.assignments', file: new Blob(['nothing,useful\n1,2\n']), name: 'licenses.csv' })
    await read(actor, 'assignments')
    const { problems } = actor.getSnapshot().context
    expect(problems).toHaveLength(2)
    expect(problems[0]).toContain('users.csv')
    expect(problems[1]).toContain('licenses.csv')
  })

  it('answering a group changes what its users need; each grouping keeps its own answers', async () => {
    const actor = start('?v=2&view=check&product=crm2016&deploy=onprem')
    actor.send({ type: 'file.users', file: sampleFile('crm2016-users.csv'), name: 'crm2016-users.csv' })
    await read(actor, 'users')
    actor.send({ type: 'groupBy', by: 'title' })
    expect(shownOf(actor.getSnapshot().context).status).toMatchObject({
      'CONTOSO\\alice': 'unanswered',
      'CONTOSO\\eve': 'unanswered',
    })
    actor.send({ type: 'answer', key: 'Account Manager', answers: FULL_TIME })
    const shown = shownOf(actor.getSnapshot().context)
    expect(shown.status).toMatchObject({ 'CONTOSO\\alice': 'ok', 'CONTOSO\\eve': 'under' })
    expect(shown.states?.get('Account Manager')?.next).toBeUndefined()
    expect(shown.states?.get('Receptionist')?.next).toBe('who')

    actor.send({ type: 'groupBy', by: 'role' })
    expect(shownOf(actor.getSnapshot().context).status['CONTOSO\\alice']).toBe('unanswered')
    actor.send({ type: 'groupBy', by: 'title' })
    expect(shownOf(actor.getSnapshot().context).status['CONTOSO\\alice']).toBe('ok')
  })

  it('answers a user alone from their group’s answers, apart from the group, until a new file comes', async () => {
    const actor = start('?v=2&view=check&product=crm2016&deploy=onprem&by=title')
    actor.send({ type: 'file.users', file: sampleFile('crm2016-users.csv'), name: 'crm2016-users.csv' })
    await read(actor, 'users')
    actor.send({ type: 'answer', key: 'Account Manager', answers: FULL_TIME })
    const eve =
      resultOf(actor.getSnapshot().context)?.checked.findIndex((c) => c.user.userName === 'CONTOSO\\eve') ?? -1
    actor.send({ type: 'alone.open', row: eve, from: 'Account Manager' })
    expect(actor.getSnapshot().context.alone.get(eve)).toEqual(FULL_TIME)

    actor.send({ type: 'answer', key: aloneKey(eve), answers: { who: 'employee', via: 'portal' } })
    const { context } = actor.getSnapshot()
    expect(context.answers.title.get('Account Manager')).toEqual(FULL_TIME)
    const shown = shownOf(context)
    expect(shown.status['CONTOSO\\eve']).toBe('unanswered')
    expect(shown.status['CONTOSO\\alice']).toBe('ok')
    expect(shown.groups?.find((g) => g.key === 'Account Manager')?.members).not.toContain(eve)

    actor.send({ type: 'alone.back', row: eve })
    expect(shownOf(actor.getSnapshot().context).status['CONTOSO\\eve']).toBe('under')

    actor.send({ type: 'alone.open', row: eve, from: 'Account Manager' })
    actor.send({ type: 'file.users', file: sampleFile('crm2016-users.csv'), name: 'again.csv' })
    await read(actor, 'users')
    expect(actor.getSnapshot().context.alone.size).toBe(0)
  })

  it('filters the rows shown by status and by a search of name, user name and e-mail', async () => {
    const actor = start('?v=2&view=check&product=crm2016&deploy=onprem&by=title')
    actor.send({ type: 'file.users', file: sampleFile('crm2016-users.csv'), name: 'crm2016-users.csv' })
    await read(actor, 'users')
    actor.send({ type: 'answer', key: 'Account Manager', answers: FULL_TIME })
    expect(shownOf(actor.getSnapshot().context).rows).toHaveLength(8)
    actor.send({ type: 'filter', status: 'under' })
    expect(shownOf(actor.getSnapshot().context).rows).toEqual(['CONTOSO\\eve'])
    actor.send({ type: 'filter', status: '' })
    actor.send({ type: 'search', text: '  CARLA ' })
    expect(shownOf(actor.getSnapshot().context).rows).toEqual(['CONTOSO\\carla'])
    // Found by e-mail only: the service account has none.
    actor.send({ type: 'search', text: 'contoso.com' })
    expect(shownOf(actor.getSnapshot().context).rows).toHaveLength(7)
    expect(shownOf(actor.getSnapshot().context).rows).not.toContain('CONTOSO\\svc-reports')
  })

  it('pages: more users on request, the first page of groups for a new grouping; the saved link goes with a change', () => {
    const actor = start()
    actor.send({ type: 'more' })
    actor.send({ type: 'more' })
    expect(actor.getSnapshot().context.shown).toBe(3 * PAGE_SIZE)
    actor.send({ type: 'groupPage', page: 2 })
    actor.send({ type: 'mapping.saved', link: 'https://example.test/?v=2&view=check' })
    expect(actor.getSnapshot().context).toMatchObject({
      groupPage: 2,
      mappingLink: 'https://example.test/?v=2&view=check',
    })
    actor.send({ type: 'groupBy', by: 'unit' })
    expect(actor.getSnapshot().context).toMatchObject({ by: 'unit', groupPage: 0, mappingLink: undefined })
  })

  it('loads a sample: its product, then its assignments before its users', async () => {
    const order: string[] = []
    const actor = createActor(
      checkMachine.provide({
        actors: { fetchSample: fromPromise(async ({ input }: { input: { file: string } }) => sampleFile(input.file)) },
      }),
      {
        input: {
          search: '?v=2&view=check',
          read: (kind, file, progress, columns) => {
            order.push(kind)
            return readNow(kind, file, progress, columns)
          },
        },
      },
    ).start()
    const d365 = SAMPLES.find((s) => s.id === 'd365')
    if (!d365) throw new Error('the d365 sample')
    actor.send({ type: 'sample', sample: d365 })
    expect(actor.getSnapshot().context).toMatchObject({ product: 'd365', deploy: 'online' })
    await waitFor(actor, (s) => s.matches({ users: 'loaded' }))
    const { context } = actor.getSnapshot()
    expect(order).toEqual(['assignments', 'users'])
    expect(context.assignments?.name).toBe('d365-online-assignments.csv')
    expect(context.list?.name).toBe('d365-online-users.json')
    expect(shownOf(context).status).toMatchObject({ 'eli@contoso.com': 'disabled' })
  })

  it('says when a sample cannot be fetched', async () => {
    const actor = createActor(
      checkMachine.provide({
        actors: {
          fetchSample: fromPromise<Blob, { file: string }>(() => Promise.reject(new Error('offline'))),
        },
      }),
      { input: { search: '?v=2&view=check', read: readNow } },
    ).start()
    actor.send({ type: 'sample', sample: SAMPLES[0] })
    await waitFor(actor, (s) => s.matches({ sample: 'idle' }))
    expect(actor.getSnapshot().context.problems).toEqual([SAMPLE_TEXT.failed(SAMPLES[0].file)])
    expect(actor.getSnapshot().matches({ users: 'idle' })).toBe(true)
  })
})
