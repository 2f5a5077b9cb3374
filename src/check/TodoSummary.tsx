import { TODO_TEXT } from './content'
import { type Todo, todoLines } from './todo'

/** "What to do", first on the page and on paper: the to-do list in a few lines. */
export function TodoSummary({ todo }: { todo: Todo }) {
  const items = todoLines(todo)
  return (
    <section
      aria-labelledby="check-todo"
      data-testid="check-todo"
      className="space-y-2 rounded-xl border-2 border-brand-700 bg-surface p-4 sm:p-5"
    >
      <h2 id="check-todo" className="text-2xl font-bold text-brand-900">
        {TODO_TEXT.title}
      </h2>
      {items.length === 0 ? (
        <p>{TODO_TEXT.nothing}</p>
      ) : (
        <ul className="list-disc space-y-1 pl-6">
          {items.map((item) => (
            <li key={item.key} data-todo={item.key}>
              {item.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
