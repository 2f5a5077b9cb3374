// saxen ships no types: the part of its API the SpreadsheetML reader uses (see its README, "Supported Hooks").
declare module 'saxen' {
  type Decode = (text: string) => string
  export class Parser {
    on(
      event: 'openTag',
      fn: (name: string, attrs: () => Record<string, string>, decode: Decode, selfClosing: boolean) => void,
    ): void
    on(event: 'closeTag', fn: (name: string, decode: Decode, selfClosing: boolean) => void): void
    on(event: 'text', fn: (value: string, decode: Decode) => void): void
    on(event: 'cdata', fn: (value: string) => void): void
    on(
      event: 'error',
      fn: (error: Error, context?: () => { line: number; column: number; data?: string }) => void,
    ): void
    parse(xml: string): void
  }
}
