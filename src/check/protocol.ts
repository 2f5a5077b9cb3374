import type { Assignments } from './assignments'
import type { Read } from './table'
import type { ColumnMap, UserList } from './users'

/** The messages between the page and its reading worker. */
export interface WorkerRequest {
  id: number
  kind: 'users' | 'assignments'
  file: Blob
  /** The column map the page asked for, for a user list (contract §10). */
  columns?: ColumnMap
}

export type WorkerReply =
  | { id: number; type: 'progress'; done: number }
  | { id: number; type: 'users'; result: Read<UserList> }
  | { id: number; type: 'assignments'; result: Read<Assignments> }
  /** Sent by the page itself when the worker could not run. */
  | { id: number; type: 'failed' }
