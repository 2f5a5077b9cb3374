import type { UnknownValue } from './classify'
import { UNKNOWN_SHOWN, UNKNOWN_TEXT } from './content'
import type { UserList } from './users'

/** The values the code tables did not know, with where they are: listed and counted, never dropped (contract §6). */
export function UnknownValues({
  unknown,
  unit,
}: {
  unknown: readonly UnknownValue[]
  unit: UserList['unit'] | undefined
}) {
  if (unknown.length === 0) return null
  return (
    <div role="alert" className="rounded-md border-2 border-danger bg-danger-50 p-3">
      <p className="font-semibold text-danger">{UNKNOWN_TEXT.title(unknown.length)}</p>
      <ul className="list-disc pl-5">
        {unknown.slice(0, UNKNOWN_SHOWN).map((u) => (
          <li key={`${u.column}\n${u.value}`}>
            <bdi>{u.column}</bdi> “<bdi>{u.value}</bdi>”:{' '}
            {UNKNOWN_TEXT.where(
              u.at.length,
              unit ?? 'row',
              `${u.at.slice(0, 10).join(', ')}${u.at.length > 10 ? ', …' : ''}`,
            )}
          </li>
        ))}
      </ul>
      {unknown.length > UNKNOWN_SHOWN && <p>{UNKNOWN_TEXT.more(unknown.length - UNKNOWN_SHOWN)}</p>}
    </div>
  )
}
