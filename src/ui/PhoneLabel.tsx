/** A table cell's column name, shown before its value where a phone shows each row as a card of labelled lines. */
export function PhoneLabel({ text }: { text: string }) {
  return <span className="font-semibold text-muted sm:hidden">{text}: </span>
}
