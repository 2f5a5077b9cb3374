import { PLAN_TEXT } from './content'
import { STARTING_POINTS, type StartingPoint } from './presets'

/** The plans to start from. A plan with groups opens on its summary: the starting points, which replace it, fold away. */
export function StartingPoints({ folded, onChoose }: { folded: boolean; onChoose: (start: StartingPoint) => void }) {
  const list = (
    <ul className="grid gap-3 sm:grid-cols-3">
      {STARTING_POINTS.map((start) => (
        <li key={start.id} className="flex flex-col gap-2 rounded-xl border border-line bg-surface p-4">
          <button type="button" className="btn-secondary justify-center text-center" onClick={() => onChoose(start)}>
            {start.label}
          </button>
          <p className="text-sm text-muted">{start.description}</p>
        </li>
      ))}
    </ul>
  )
  return folded ? (
    <details className="no-print rounded-xl border border-line bg-surface p-4">
      <summary className="cursor-pointer font-semibold text-brand-700">{PLAN_TEXT.startFromOther}</summary>
      <div className="mt-3">{list}</div>
    </details>
  ) : (
    <section aria-labelledby="start-title" className="no-print space-y-3">
      <h2 id="start-title" className="text-2xl font-bold text-brand-900">
        {PLAN_TEXT.startFrom}
      </h2>
      {list}
    </section>
  )
}
