import { type Assignments, assignmentsOf } from './assignments'
import { type Progress, readTable } from './readers'
import type { Read } from './table'
import { type ColumnMap, type UserList, usersOf } from './users'

/** A file's bytes to the user list, or to the assignments: what the worker runs, and the tests and benchmark call. */
export async function loadUserList(
  bytes: Uint8Array,
  progress?: Progress,
  columns?: ColumnMap,
): Promise<Read<UserList>> {
  const table = await readTable(bytes, progress)
  return table.ok ? usersOf(table.value, columns) : table
}

export async function loadAssignments(bytes: Uint8Array): Promise<Read<Assignments>> {
  const table = await readTable(bytes)
  return table.ok ? assignmentsOf(table.value) : table
}
