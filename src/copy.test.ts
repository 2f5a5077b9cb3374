/// <reference types="node" />
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * User-facing words live in content modules keyed by id, where a translation can replace them (issue 23): a
 * component holds none. Words in JSX text, in a label-like attribute or in a string written into JSX fail here, and
 * so does a sentence in a logic module that no translation stands beside. Errors thrown for developers are not
 * user-facing.
 */
const ROOT = join(import.meta.dirname)
const WORDS = /\p{L}{2,}/u
const LABELS = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'legend', 'hint'])

function sourceFiles(dir: string, ending: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === '__fixtures__' ? [] : sourceFiles(path, ending)
    return ending.test(entry.name) && !entry.name.includes('.test.') ? [path] : []
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

  const files = sourceFiles(ROOT, /\.tsx$/).map((f) => relative(ROOT, f).replaceAll('\\', '/'))
  it.each(files)('%s writes no words of its own', (file) => {
    const words = wordsIn(file, readFileSync(join(ROOT, file), 'utf8'))
    if (NOT_YET.includes(file)) expect(words, `${file} is clean: take it off NOT_YET`).not.toEqual([])
    else expect(words).toEqual([])
  })
})

/**
 * Logic modules whose English is not the page's copy, each with why; every other module with a sentence in it must
 * have a translation beside it (a text module), or move the sentence into one.
 */
const NOT_COPY: Readonly<Record<string, string>> = {
  'domain/sources.ts': 'documents are cited by their own titles, publishers and editions (contract section 8)',
  'domain/facts.ts': 'locators and Microsoft’s own words, shown marked lang="en"',
  'check/sources.ts': 'the check’s sources, cited by their own titles and locators',
  'check/catalogue/skus.ts': 'Microsoft’s product names, generated from its table',
  'check/catalogue/rules.ts': 'product names and notes for maintainers; the notes shown are catalogue/reviewText.ts',
  'check/catalogue/build.ts': 'the generated file’s header',
  'check/users.ts': 'the column names an export prints, to read it by',
  'check/assignments.ts': 'the column names a license export prints, to read it by',
  'domain/decisionTable.ts': 'docs/decision-table.md, a document for maintainers',
  'ui/languageList.ts': 'each language names itself in its own words',
}

/** The sentences (three words or more) a module writes in its strings, each with its line. */
function sentencesIn(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const found: string[] = []
  const visit = (node: ts.Node) => {
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) &&
      !ts.isImportDeclaration(node.parent) &&
      !ts.isExportDeclaration(node.parent) &&
      !isThrown(node)
    ) {
      const parts = ts.isTemplateExpression(node)
        ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)]
        : [node.text]
      const words = parts.join(' ')
      if (/\p{L}{2,} \p{L}{2,} \p{L}{2,}/u.test(words) && !/^[a-z0-9:/.[\]()_-]+( [a-z0-9:/.[\]()_-]+)*$/.test(words))
        found.push(`${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${words.slice(0, 60)}`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe('sentences live in text modules (issue 23)', () => {
  it('finds a sentence in a string, not class names, ids or what a developer is told', () => {
    const sample = [
      "const a = 'Choose the product the organization uses.'",
      "const b = 'mt-1 block text-sm font-semibold'",
      'const c = `Group ${n} of ${m}`',
      "throw new Error('No advice for this path')",
    ].join('\n')
    expect(sentencesIn('a.ts', sample)).toEqual(['1: Choose the product the organization uses.'])
  })

  const logic = sourceFiles(ROOT, /^[^.]+\.ts$/)
    .map((f) => relative(ROOT, f).replaceAll('\\', '/'))
    .filter((f) => !existsSync(join(ROOT, f.replace(/\.ts$/, '.de.ts'))))
  it.each(logic)('%s has no sentence of its own, or is a text module with its translation', (file) => {
    const sentences = sentencesIn(file, readFileSync(join(ROOT, file), 'utf8'))
    if (file in NOT_COPY) expect(sentences, `${file} has no English left: take it off NOT_COPY`).not.toEqual([])
    else expect(sentences).toEqual([])
  })
})
