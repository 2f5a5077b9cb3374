import { assertEvent, assign, fromCallback, fromPromise, raise, setup } from 'xstate'
import type { Answers, Deploy, Product } from '../domain/types'
import type { Assignments } from './assignments'
import type { ValueMap as Values } from './classify'
import { STALE } from './client'
import { ASSIGNMENT_ERRORS, PAGE, readErrorText, SAMPLE_TEXT, type SAMPLES } from './content'
import { aloneIndex } from './groups'
import { decodeMapping } from './mapping'
import type { WorkerReply, WorkerRequest } from './protocol'
import type { ColumnMap as Columns, UserList } from './users'
import type { GroupBy, Status } from './vocabulary'

/**
 * The compliance check page's state (contract §6, §10): the choices, the files read, the answers given
 * and what of the result is on screen. Everything computed from them (the classification, the groups,
 * the totals) is not kept here: the page derives it, once per change of what it depends on.
 */

/** Users listed at once, more on request: a long list renders in proportion to what is on screen. */
export const PAGE_SIZE = 100
/** Groups shown at once: the page renders in proportion to what is on screen, not to the file. */
export const GROUP_PAGE = 50

/** The page's reading worker (src/check/client.ts), or a test's stand-in for it. */
export type ReadFile = (
  kind: WorkerRequest['kind'],
  file: Blob,
  progress: (done: number) => void,
  columns?: Columns,
) => Promise<WorkerReply | typeof STALE>

type Sample = (typeof SAMPLES)[number]
type Loaded<T> = { name: string; value: T }
type Picked = { file: Blob; name: string }

export interface CheckContext {
  read: ReadFile
  product?: Product
  deploy?: Deploy
  by: GroupBy
  /** Each grouping's answers, kept while another grouping is shown. */
  answers: Record<GroupBy, ReadonlyMap<string, Answers>>
  /** Users answered on their own (by row of this file): a group of one each, kept on this page only. */
  alone: ReadonlyMap<number, Answers>
  /** How many groups' answers the address brought. */
  restored: number
  // Contract §10: the column and value maps in force.
  columns?: Columns
  values?: Values
  list?: Loaded<UserList>
  assignments?: Loaded<Assignments>
  /** The last user list chosen, to read again through a new column map. */
  usersFile?: Picked
  sample?: Sample
  reading?: { name: string; done: number }
  problems: string[]
  status: string
  /** A user list whose headers were not recognised: they are offered for the column map. */
  unmapped?: { name: string; headers: string[] }
  filter: Status | ''
  search: string
  /** How many of the matching users are listed. */
  shown: number
  groupPage: number
  mappingLink?: string
}

export type CheckEvent =
  | { type: 'product'; product: Product }
  | { type: 'deploy'; deploy: Deploy }
  | { type: 'sample'; sample: Sample }
  | { type: 'file.users'; file: Blob; name: string }
  | { type: 'file.assignments'; file: Blob; name: string }
  | { type: 'columns'; columns: Columns }
  | { type: 'values'; values: Values }
  | { type: 'groupBy'; by: GroupBy }
  | { type: 'groupPage'; page: number }
  /** A group's answers, or a user's answered alone (the key says which). */
  | { type: 'answer'; key: string; answers: Answers }
  /** A user taken out of their group (keyed `from` under the grouping shown), starting from its answers. */
  | { type: 'alone.open'; row: number; from: string }
  | { type: 'alone.back'; row: number }
  | { type: 'filter'; status: Status | '' }
  | { type: 'search'; text: string }
  | { type: 'more' }
  | { type: 'mapping.saved'; link: string }
  // Sent by the reading actor.
  | { type: 'read.progress'; name: string; done: number }
  | { type: 'read.users'; name: string; reply: WorkerReply }
  | { type: 'read.assignments'; name: string; reply: WorkerReply }

interface ReadInput {
  read: ReadFile
  kind: WorkerRequest['kind']
  file: Picked
  columns?: Columns
}

/** One file read in the worker; stopped when a newer file replaces it, so a stale answer is never sent. */
const readFile = fromCallback<CheckEvent, ReadInput>(({ input, sendBack }) => {
  let live = true
  const { name } = input.file
  void input
    .read(input.kind, input.file.file, (done) => live && sendBack({ type: 'read.progress', name, done }), input.columns)
    .then((reply) => {
      if (!live || reply === STALE) return
      sendBack(input.kind === 'users' ? { type: 'read.users', name, reply } : { type: 'read.assignments', name, reply })
    })
  return () => {
    live = false
  }
})

const fetchSample = fromPromise<Blob, { file: string }>(async ({ input }) => {
  const response = await fetch(`${import.meta.env.BASE_URL}samples/${input.file}`)
  if (!response.ok) throw new Error(input.file)
  return response.blob()
})

const assignmentsOf = (sample: Sample | undefined) => (sample && 'assignments' in sample ? sample.assignments : '')

const NO_ALONE: ReadonlyMap<number, Answers> = new Map()

const check = setup({
  types: {
    context: {} as CheckContext,
    events: {} as CheckEvent,
    input: {} as { search: string; read: ReadFile },
  },
  actors: { readFile, fetchSample },
  guards: {
    usersRead: ({ event }) => event.type === 'read.users' && event.reply.type === 'users' && event.reply.result.ok,
    hasUsersFile: ({ context }) => context.usersFile !== undefined,
    withAssignments: ({ event }) => event.type === 'sample' && 'assignments' in event.sample,
  },
  actions: {
    // A user answered alone is a row of one result: a new file, product or map makes another, so they go.
    product: assign(({ context, event }) => {
      assertEvent(event, 'product')
      return event.product === context.product ? {} : { product: event.product, alone: NO_ALONE }
    }),
    deploy: assign(({ context, event }) => {
      assertEvent(event, 'deploy')
      return event.deploy === context.deploy ? {} : { deploy: event.deploy, alone: NO_ALONE }
    }),
    chooseSample: assign(({ context, event }) => {
      assertEvent(event, 'sample')
      const { product, deploy } = event.sample
      const same = product === context.product && deploy === context.deploy
      return { sample: event.sample, product, deploy, ...(same ? {} : { alone: NO_ALONE }) }
    }),
    dropAssignments: assign(({ context }) =>
      context.assignments ? { assignments: undefined, alone: NO_ALONE } : { assignments: undefined },
    ),
    sampleFailed: assign(({ context }) => ({ problems: [SAMPLE_TEXT.failed(context.sample?.file ?? '')] })),
    pickUsers: assign(({ event }) => {
      assertEvent(event, 'file.users')
      return { usersFile: { file: event.file, name: event.name } }
    }),
    startUsers: assign(({ context }) => ({ reading: { name: context.usersFile?.name ?? '', done: 0 }, problems: [] })),
    startAssignments: assign(({ event }) => {
      assertEvent(event, 'file.assignments')
      return { reading: { name: event.name, done: 0 } }
    }),
    progress: assign(({ event }) => {
      assertEvent(event, 'read.progress')
      return { reading: { name: event.name, done: event.done } }
    }),
    takeUsers: assign(({ event }) => {
      assertEvent(event, 'read.users')
      if (event.reply.type !== 'users' || !event.reply.result.ok) return {}
      const users = event.reply.result.value
      const read = PAGE.read(users.users.length, event.name)
      return {
        reading: undefined,
        unmapped: undefined,
        list: { name: event.name, value: users },
        alone: NO_ALONE,
        shown: PAGE_SIZE,
        status: users.encoding === 'windows-1252' ? `${read} ${PAGE.windows1252(event.name)}` : read,
      }
    }),
    refuseUsers: assign(({ context, event }) => {
      assertEvent(event, 'read.users')
      const { name, reply } = event
      // A worker that could not run says nothing of the file: the list read before stays.
      if (reply.type !== 'users') return { reading: undefined, problems: [PAGE.readerFailed(name)] }
      if (reply.result.ok) return {}
      const { headers } = reply.result.error
      return {
        reading: undefined,
        list: undefined,
        alone: context.list ? NO_ALONE : context.alone,
        problems: [readErrorText(name, reply.result.error)],
        unmapped: headers && headers.length > 0 ? { name, headers } : undefined,
      }
    }),
    takeAssignments: assign(({ context, event }) => {
      assertEvent(event, 'read.assignments')
      const { name, reply } = event
      if (reply.type !== 'assignments')
        return { reading: undefined, problems: [...context.problems, PAGE.readerFailed(name)] }
      if (reply.result.ok)
        return { reading: undefined, assignments: { name, value: reply.result.value }, alone: NO_ALONE }
      const e = reply.result.error
      const problem =
        e.code === 'no-user-name' ? ASSIGNMENT_ERRORS.noColumns(name, e.detail ?? '') : readErrorText(name, e)
      return {
        reading: undefined,
        assignments: undefined,
        alone: context.assignments ? NO_ALONE : context.alone,
        problems: [...context.problems, problem],
      }
    }),
    columns: assign(({ event }) => {
      assertEvent(event, 'columns')
      return { columns: event.columns, mappingLink: undefined }
    }),
    values: assign(({ event }) => {
      assertEvent(event, 'values')
      return { values: event.values, mappingLink: undefined, alone: NO_ALONE }
    }),
    groupBy: assign(({ event }) => {
      assertEvent(event, 'groupBy')
      return { by: event.by, groupPage: 0, mappingLink: undefined }
    }),
    groupPage: assign(({ event }) => {
      assertEvent(event, 'groupPage')
      return { groupPage: event.page }
    }),
    answer: assign(({ context, event }) => {
      assertEvent(event, 'answer')
      const row = aloneIndex(event.key)
      if (row !== undefined) return { alone: new Map(context.alone).set(row, event.answers) }
      const answers = {
        ...context.answers,
        [context.by]: new Map(context.answers[context.by]).set(event.key, event.answers),
      }
      return { answers, mappingLink: undefined }
    }),
    openAlone: assign(({ context, event }) => {
      assertEvent(event, 'alone.open')
      return { alone: new Map(context.alone).set(event.row, context.answers[context.by].get(event.from) ?? {}) }
    }),
    closeAlone: assign(({ context, event }) => {
      assertEvent(event, 'alone.back')
      const alone = new Map(context.alone)
      alone.delete(event.row)
      return { alone }
    }),
    filter: assign(({ event }) => {
      assertEvent(event, 'filter')
      return { filter: event.status }
    }),
    search: assign(({ event }) => {
      assertEvent(event, 'search')
      return { search: event.text }
    }),
    more: assign(({ context }) => ({ shown: context.shown + PAGE_SIZE })),
    mappingSaved: assign(({ event }) => {
      assertEvent(event, 'mapping.saved')
      return { mappingLink: event.link }
    }),
  },
})

export const checkMachine = check.createMachine({
  id: 'check',
  context: ({ input }) => {
    // The address holds the product, the grouping, the answers and the maps (issue 20, contract §10).
    const restored = decodeMapping(input.search)
    const none = new Map<string, Answers>()
    return {
      read: input.read,
      product: restored.product,
      deploy: restored.deploy,
      by: restored.by,
      answers: { role: none, unit: none, domain: none, title: none, [restored.by]: restored.answers },
      alone: NO_ALONE,
      restored: restored.answers.size,
      columns: restored.columns,
      values: restored.values,
      problems: [],
      status: '',
      filter: '',
      search: '',
      shown: PAGE_SIZE,
      groupPage: 0,
    }
  },
  type: 'parallel',
  on: {
    product: { actions: 'product' },
    deploy: { actions: 'deploy' },
    values: { actions: 'values' },
    groupBy: { actions: 'groupBy' },
    groupPage: { actions: 'groupPage' },
    answer: { actions: 'answer' },
    'alone.open': { actions: 'openAlone' },
    'alone.back': { actions: 'closeAlone' },
    filter: { actions: 'filter' },
    search: { actions: 'search' },
    more: { actions: 'more' },
    'mapping.saved': { actions: 'mappingSaved' },
    'read.progress': { actions: 'progress' },
  },
  states: {
    // The user list. A new file, or the last one through a new column map, re-enters `reading`: the read
    // it replaces is stopped, so only the newest file's answer is ever shown.
    users: {
      initial: 'idle',
      on: {
        'file.users': { target: '.reading', actions: 'pickUsers' },
        columns: [{ guard: 'hasUsersFile', target: '.reading', actions: 'columns' }, { actions: 'columns' }],
      },
      states: {
        idle: {},
        reading: {
          entry: 'startUsers',
          invoke: {
            src: 'readFile',
            input: ({ context }) => ({
              read: context.read,
              kind: 'users' as const,
              file: context.usersFile ?? { file: new Blob(), name: '' },
              columns: context.columns,
            }),
          },
          on: {
            'read.users': [
              { guard: 'usersRead', target: 'loaded', actions: 'takeUsers' },
              { target: 'failed', actions: 'refuseUsers' },
            ],
          },
        },
        loaded: {},
        failed: {},
      },
    },
    // The optional license assignments, read the same way.
    assignments: {
      initial: 'idle',
      on: { 'file.assignments': { target: '.reading', actions: 'startAssignments' } },
      states: {
        idle: {},
        reading: {
          invoke: {
            src: 'readFile',
            input: ({ context, event }) => {
              assertEvent(event, 'file.assignments')
              return { read: context.read, kind: 'assignments' as const, file: { file: event.file, name: event.name } }
            },
          },
          on: { 'read.assignments': { target: 'done', actions: 'takeAssignments' } },
        },
        done: {},
      },
    },
    // A sample: its files are fetched, then read like chosen ones, the assignments first so the users
    // are classified with them from the start.
    sample: {
      initial: 'idle',
      on: {
        sample: [
          { guard: 'withAssignments', target: '.assignments', actions: 'chooseSample' },
          { target: '.users', actions: ['chooseSample', 'dropAssignments'] },
        ],
      },
      states: {
        idle: {},
        assignments: {
          invoke: {
            src: 'fetchSample',
            input: ({ context }) => ({ file: assignmentsOf(context.sample) }),
            onDone: {
              target: 'readingAssignments',
              actions: raise(({ context, event }) => ({
                type: 'file.assignments' as const,
                file: event.output,
                name: assignmentsOf(context.sample),
              })),
            },
            onError: { target: 'idle', actions: 'sampleFailed' },
          },
        },
        readingAssignments: { on: { 'read.assignments': 'users' } },
        users: {
          invoke: {
            src: 'fetchSample',
            input: ({ context }) => ({ file: context.sample?.file ?? '' }),
            onDone: {
              target: 'idle',
              actions: raise(({ context, event }) => ({
                type: 'file.users' as const,
                file: event.output,
                name: context.sample?.file ?? '',
              })),
            },
            onError: { target: 'idle', actions: 'sampleFailed' },
          },
        },
      },
    },
  },
})
