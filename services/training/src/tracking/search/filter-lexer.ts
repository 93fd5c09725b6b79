import { entityNamed, type FieldEntity } from './run-fields';
import { searchSyntaxError } from './search-syntax.error';

/** One token of a filter or order-by; `position` is its 0-based offset in the input. */
export type Token =
  | { kind: 'field'; entity: FieldEntity; key: string; position: number; text: string }
  | { kind: 'word'; word: string; position: number; text: string }
  | { kind: 'string'; value: string; position: number; text: string }
  | { kind: 'number'; value: number; position: number; text: string }
  | { kind: 'operator'; operator: string; position: number; text: string }
  | { kind: 'punctuation'; char: '(' | ')' | ','; position: number; text: string }
  | { kind: 'end'; position: number; text: '' };

const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
// Unquoted keys may hold dots, dashes, slashes and colons (`val/loss`, `lr.decay`); anything
// else goes in backticks or double quotes.
const BARE_KEY = /[A-Za-z0-9_.\-/:]+/y;
const NUMBER = /-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const OPERATOR = /<=|>=|!=|<>|=|<|>/y;

function match(pattern: RegExp, input: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(input)?.[0];
}

/** Splits a filter or order-by into tokens, ending with an `end` token. */
export function tokenize(input: string, what: 'filter' | 'orderBy'): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  const fail = (expected: string) =>
    searchSyntaxError(what, at, expected, input.slice(at, at + 12));
  while (at < input.length) {
    const char = input[at];
    if (/\s/.test(char)) {
      at++;
      continue;
    }
    const start = at;
    if (char === '(' || char === ')' || char === ',') {
      tokens.push({ kind: 'punctuation', char, position: start, text: char });
      at++;
      continue;
    }
    if (char === "'" || (char === '"' && what === 'filter')) {
      const closed = quoted(input, at, char);
      if (closed === undefined) throw fail(`a closing ${char}`);
      const [value, end] = closed;
      tokens.push({ kind: 'string', value, position: start, text: input.slice(start, end) });
      at = end;
      continue;
    }
    const operator = match(OPERATOR, input, at);
    if (operator !== undefined) {
      tokens.push({ kind: 'operator', operator, position: start, text: operator });
      at += operator.length;
      continue;
    }
    const number = match(NUMBER, input, at);
    if (number !== undefined) {
      tokens.push({ kind: 'number', value: Number(number), position: start, text: number });
      at += number.length;
      continue;
    }
    const word = match(WORD, input, at);
    if (word === undefined)
      throw fail('a field such as metrics.test_roc_auc, a value, an operator or a keyword');
    at += word.length;
    if (input[at] !== '.') {
      tokens.push({ kind: 'word', word, position: start, text: word });
      continue;
    }
    const entity = entityNamed(word);
    if (entity === undefined) {
      at = start;
      throw fail('metrics., params., tags. or attributes. before the key');
    }
    at++;
    const key = fieldKey(input, at);
    if (key === undefined) throw fail('a key after the dot (in backticks if it has spaces)');
    if (key.value === '') throw fail('a non-empty key');
    at = key.end;
    const text = input.slice(start, at);
    tokens.push({ kind: 'field', entity, key: key.value, position: start, text });
  }
  tokens.push({ kind: 'end', position: input.length, text: '' });
  return tokens;
}

/** The key after `entity.`: backticked, double-quoted, or bare. */
function fieldKey(input: string, at: number): { value: string; end: number } | undefined {
  const quote = input[at];
  if (quote === '`' || quote === '"') {
    const closed = quoted(input, at, quote);
    return closed && { value: closed[0], end: closed[1] };
  }
  const bare = match(BARE_KEY, input, at);
  return bare === undefined ? undefined : { value: bare, end: at + bare.length };
}

/** A quoted run starting at `at`; a doubled quote stands for the quote itself. */
function quoted(input: string, at: number, quote: string): [string, number] | undefined {
  let value = '';
  for (let i = at + 1; i < input.length; i++) {
    if (input[i] !== quote) {
      value += input[i];
    } else if (input[i + 1] === quote) {
      value += quote;
      i++;
    } else {
      return [value, i + 1];
    }
  }
  return undefined;
}
