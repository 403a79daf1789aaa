/**
 * Where JSON text goes wrong, as a line and column an editor can go to. Engines word
 * JSON.parse's errors differently and WebKit gives no position at all, so the place is found
 * here by a small scan of the JSON grammar (RFC 8259), the same in every engine. Pure.
 */
export interface JsonSyntaxError {
  /** 1-based, as editors count. */
  readonly line: number;
  /** 1-based, in UTF-16 code units, as a textarea's selection counts. */
  readonly column: number;
  /** Offset into the text, for placing a cursor. */
  readonly offset: number;
  /** What is wrong there, in words for people. */
  readonly message: string;
}

// The element loads this module as a chunk, for the rare document that needs it: a large one is
// read in pieces from here too.
export { parseJsonInPieces } from './json-pieces.js';

/** The text's value, or where and why it is not JSON. */
export function parseJson(text: string): { value: unknown } | { error: JsonSyntaxError } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return { error: findJsonSyntaxError(text) };
  }
}

/** `line 3, column 14: …`, the way the checker and the element say it. */
export function describeJsonSyntaxError(error: JsonSyntaxError): string {
  return `line ${error.line}, column ${error.column}: ${error.message}`;
}

/**
 * The first place the text breaks JSON's grammar. Call it for text JSON.parse refused; for
 * valid JSON it still answers, with the end of the text.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError {
  const scanner = new JsonScanner(text);
  try {
    scanner.skipSpace();
    scanner.value();
    scanner.skipSpace();
    if (scanner.at < text.length) scanner.fail('there is more after the end of the JSON value');
    return scanner.errorAt(text.length, 'the text is valid JSON');
  } catch (error) {
    if (error instanceof SyntaxFound) return error.found;
    throw error;
  }
}

export class SyntaxFound {
  constructor(readonly found: JsonSyntaxError) {}
}

const NUMBER = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
/** How deep arrays and objects may nest before the scan gives up rather than overflow. */
const MAX_DEPTH = 2000;

/** A cursor over JSON text that checks the grammar as it goes; it throws SyntaxFound where it breaks. */
export class JsonScanner {
  at = 0;
  #depth = 0;

  constructor(private readonly text: string) {}

  errorAt(offset: number, message: string): JsonSyntaxError {
    const before = this.text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return { line, column, offset, message };
  }

  fail(message: string, offset = this.at): never {
    throw new SyntaxFound(this.errorAt(offset, message));
  }

  /** What stands at the cursor, for messages: `"x"`, or "the end of the text". */
  #found(): string {
    const char = this.text[this.at];
    return char === undefined ? 'the end of the text' : JSON.stringify(char);
  }

  skipSpace(): void {
    while (/[ \t\n\r]/.test(this.text[this.at] ?? '')) this.at++;
  }

  value(): void {
    const char = this.text[this.at];
    if (char === '{') this.#nested('}', () => this.#member());
    else if (char === '[') this.#nested(']', () => this.value());
    else if (char === '"') this.string();
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) this.#number();
    else if (!this.#literal()) {
      const hint = char === "'" ? ' (JSON strings need double quotes)' : '';
      this.fail(`expected a value, found ${this.#found()}${hint}`);
    }
  }

  #literal(): boolean {
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return true;
      }
    }
    return false;
  }

  /** An object or array: items separated by commas, no comma before the closing bracket. */
  #nested(close: '}' | ']', item: () => void): void {
    if (++this.#depth > MAX_DEPTH) this.fail('the JSON nests too deeply');
    const open = this.at;
    this.at++;
    this.skipSpace();
    if (this.text[this.at] === close) {
      this.at++;
      this.#depth--;
      return;
    }
    for (;;) {
      item();
      this.skipSpace();
      const char = this.text[this.at];
      if (char === close) break;
      if (char === undefined) this.fail(`the ${close === '}' ? 'object' : 'array'} opened at ${this.#place(open)} is never closed`);
      if (char !== ',') this.fail(`expected "," or "${close}", found ${this.#found()}`);
      this.at++;
      this.skipSpace();
      if (this.text[this.at] === close) this.fail(`a comma before "${close}" is not allowed in JSON`, this.at);
    }
    this.at++;
    this.#depth--;
  }

  #place(offset: number): string {
    const { line, column } = this.errorAt(offset, '');
    return `line ${line}, column ${column}`;
  }

  #member(): void {
    if (this.text[this.at] !== '"') {
      this.fail(`expected a name in double quotes, found ${this.#found()}`);
    }
    this.string();
    this.skipSpace();
    if (this.text[this.at] !== ':') this.fail(`expected ":" after the name, found ${this.#found()}`);
    this.at++;
    this.skipSpace();
    this.value();
  }

  string(): void {
    const open = this.at;
    this.at++;
    for (;;) {
      const char = this.text[this.at];
      // Placed at its opening quote: where the end is missing, the editor has to look back.
      if (char === undefined) this.fail('this string is never closed', open);
      if (char === '"') break;
      if (char === '\n' || char === '\r') this.fail('a line break inside a string must be written \\n');
      if (char < ' ') this.fail('a control character inside a string must be escaped');
      if (char === '\\') {
        const escaped = this.text[this.at + 1] ?? '';
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6))) this.fail('\\u must be followed by four hex digits');
          this.at += 6;
          continue;
        }
        if (!ESCAPES.has(escaped)) this.fail(`"\\${escaped}" is not an escape JSON knows`);
        this.at += 2;
        continue;
      }
      this.at++;
    }
    this.at++;
  }

  #number(): void {
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    if (!match) {
      this.at++;
      this.fail(`expected a digit after "-", found ${this.#found()}`);
    }
    this.at += match[0].length;
  }
}
