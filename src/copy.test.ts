/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * User-facing words live in content modules keyed by id, where a translation can replace them (issue 23): a
 * component holds none. Words in JSX text, in a label-like attribute or in a string written into JSX fail here.
 * Errors thrown for developers are not user-facing.
 */
const ROOT = join(import.meta.dirname)
const WORDS = /\p{L}{2,}/u
const LABELS = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'legend', 'hint'])

function components(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === '__fixtures__' ? [] : components(path)
    return entry.name.endsWith('.tsx') && !entry.name.includes('.test.') ? [path] : []
  })
}

const isThrown = (node: ts.Node): boolean =>
  ts.isNewExpression(node.parent) && node.parent.expression.getText() === 'Error'

/**
 * Whether a string ends up as a child of an element or as a label-like attribute: through the branches of
 * conditionals and logical operators (not their conditions or comparisons) up to the JSX expression that holds it.
 */
function shownByJsx(node: ts.Node): boolean {
  let child = node
  let at = node.parent
  for (;;) {
    if (ts.isParenthesizedExpression(at)) {
    } else if (ts.isConditionalExpression(at)) {
      if (at.condition === child) return false
    } else if (ts.isBinaryExpression(at)) {
      const op = at.operatorToken.kind
      const logical =
        op === ts.SyntaxKind.AmpersandAmpersandToken ||
        op === ts.SyntaxKind.BarBarToken ||
        op === ts.SyntaxKind.QuestionQuestionToken
      if (!logical) return false
    } else break
    child = at
    at = at.parent
  }
  if (!ts.isJsxExpression(at)) return false
  return ts.isJsxAttribute(at.parent) ? LABELS.has(at.parent.name.getText()) : true
}

/** The text a string or template writes itself (not what it puts in), if it reads as words: ids are lower-case. */
function ownWords(
  node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression,
): string | undefined {
  const parts = ts.isTemplateExpression(node)
    ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)]
    : [node.text]
  const text = parts.join(' ')
  return /\p{L}{2,} +\p{L}{2,}|^\s*\p{Lu}\p{L}/u.test(text) || (ts.isTemplateExpression(node) && WORDS.test(text))
    ? text
    : undefined
}

/** The words a component writes itself, each with its line. */
function wordsIn(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: string[] = []
  const at = (node: ts.Node, what: string) =>
    found.push(`${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${what.trim().slice(0, 60)}`)
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) at(node, node.text)
    else if (
      ts.isJsxAttribute(node) &&
      LABELS.has(node.name.getText()) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      WORDS.test(node.initializer.text)
    )
      at(node, node.getText())
    else if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) &&
      !isThrown(node) &&
      shownByJsx(node) &&
      ownWords(node) !== undefined
    )
      at(node, node.getText())
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** Components whose words are still to move (each leaves this list when it moves them; the test says when). */
const NOT_YET: readonly string[] = []

describe('user-facing words live in content modules (issue 23)', () => {
  it('finds words written in JSX, in a label attribute and in a string put into JSX', () => {
    const sample = `export const A = () => <p title="Open it">Hello there {x ? 'Two words' : ''}{'ok'}{label}</p>`
    expect(wordsIn('a.tsx', sample)).toEqual(['1: title="Open it"', '1: Hello there', "1: 'Two words'"])
    expect(wordsIn('b.tsx', `export const B = () => { throw new Error('No advice for this') }`)).toEqual([])
  })

  const files = components(ROOT).map((f) => relative(ROOT, f).replaceAll('\\', '/'))
  it.each(files)('%s writes no words of its own', (file) => {
    const words = wordsIn(file, readFileSync(join(ROOT, file), 'utf8'))
    if (NOT_YET.includes(file)) expect(words, `${file} is clean: take it off NOT_YET`).not.toEqual([])
    else expect(words).toEqual([])
  })
})
