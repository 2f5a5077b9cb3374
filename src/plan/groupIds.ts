import { SHARE_TEXT } from '../share/text'
import type { GroupResult, IssueField } from '../share/totals'

/** DOM id of a group's field, also what the error summary links to. */
export const groupFieldId = (index: number, field: IssueField | 'name') => `group-${index + 1}-${field}`

/** The group a form field belongs to, from its id (`group-3-count` is group index 2). */
export const groupOfField = (id: string): number | undefined => {
  const match = /^group-(\d+)-/.exec(id)
  return match ? Number(match[1]) - 1 : undefined
}

/** A group's heading: its number, and its name when it has one. */
export const groupTitle = (index: number, result: GroupResult) =>
  `${SHARE_TEXT.group(index + 1)}${result.name.trim() ? `: ${result.name}` : ''}`
