import { RUN_STATUSES } from '../domain/run-status';
import { type Token, tokenize } from './filter-lexer';
import { fieldType, type RunField } from './run-fields';
import { resolveField } from './run-field.resolver';
import { searchSyntaxError } from './search-syntax.error';

export type Comparator = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'LIKE' | 'ILIKE' | 'IN' | 'NOT IN';

/**
 * One `field comparator value` clause. Numbers compare metrics and numeric attributes; strings
 * compare params, tags and text attributes; instants (ISO strings, normalised) compare times.
 */
export type FilterClause =
  | { field: RunField; comparator: '=' | '!=' | '<' | '<=' | '>' | '>='; value: number | string }
  | { field: RunField; comparator: 'LIKE' | 'ILIKE'; value: string }
  | { field: RunField; comparator: 'IN' | 'NOT IN'; value: string[] };

const NUMERIC = ['=', '!=', '<', '<=', '>', '>='];
const TEXTUAL = ['=', '!=', 'LIKE', 'ILIKE', 'IN', 'NOT IN'];

/**
 * Parses an MLflow-style filter: clauses joined by `and`, e.g.
 * `metrics.test_roc_auc > 0.7 and params.optimizer = 'adam' and attributes.status IN ('failed')`.
 * An empty filter matches every run.
 */
export function parseRunFilter(input: string): FilterClause[] {
  const tokens = tokenize(input, 'filter');
  let at = 0;
  const next = () => tokens[at++];
  const clauses: FilterClause[] = [];
  if (tokens[0].kind === 'end') return clauses;
  for (;;) {
    clauses.push(parseClause(next, () => tokens[at]));
    const joiner = next();
    if (joiner.kind === 'end') return clauses;
    if (joiner.kind !== 'word' || joiner.word.toUpperCase() !== 'AND')
      throw fail(joiner, "'and' between clauses (or the end of the filter)");
  }
}

function parseClause(next: () => Token, peek: () => Token): FilterClause {
  const fieldToken = next();
  const field = resolveField(fieldToken, 'filter');
  const type = fieldType(field);
  const comparatorToken = next();
  const comparator = comparatorOf(comparatorToken, next, peek);
  const allowed = type === 'string' ? TEXTUAL : NUMERIC;
  if (comparator === undefined || !allowed.includes(comparator))
    throw fail(comparatorToken, `a comparator for ${fieldToken.text} (${allowed.join(', ')})`);
  if (comparator === 'IN' || comparator === 'NOT IN') {
    const values = parseList(next, fieldToken.text);
    values.forEach((value) => checkStatus(field, value));
    return { field, comparator, value: values.map((value) => value.value) };
  }
  const valueToken = next();
  if (type === 'number') {
    if (valueToken.kind !== 'number')
      throw fail(valueToken, `a number to compare ${fieldToken.text} with`);
    return { field, comparator: comparator as '=', value: valueToken.value };
  }
  if (type === 'time') return { field, comparator: comparator as '=', value: instant(valueToken) };
  if (valueToken.kind !== 'string')
    throw fail(
      valueToken,
      `a quoted string to compare ${fieldToken.text} with (e.g. '${valueToken.text || 'value'}')`,
    );
  if (comparator === 'LIKE' || comparator === 'ILIKE')
    return { field, comparator, value: valueToken.value };
  checkStatus(field, valueToken);
  return { field, comparator: comparator as '=', value: valueToken.value };
}

function comparatorOf(token: Token, next: () => Token, peek: () => Token): Comparator | undefined {
  if (token.kind === 'operator')
    return token.operator === '<>' ? '!=' : (token.operator as Comparator);
  if (token.kind !== 'word') return undefined;
  const word = token.word.toUpperCase();
  if (word === 'LIKE' || word === 'ILIKE' || word === 'IN') return word;
  const following = peek();
  if (word === 'NOT' && following.kind === 'word' && following.word.toUpperCase() === 'IN') {
    next();
    return 'NOT IN';
  }
  return undefined;
}

function parseList(next: () => Token, field: string): (Token & { kind: 'string' })[] {
  const open = next();
  if (open.kind !== 'punctuation' || open.char !== '(')
    throw fail(open, `'(' opening the list of values for ${field}`);
  const values: (Token & { kind: 'string' })[] = [];
  for (;;) {
    const value = next();
    if (value.kind !== 'string') throw fail(value, 'a quoted string in the list');
    values.push(value);
    const separator = next();
    if (separator.kind === 'punctuation' && separator.char === ')') return values;
    if (separator.kind !== 'punctuation' || separator.char !== ',')
      throw fail(separator, "',' or ')' in the list");
  }
}

/** A time attribute compares with epoch milliseconds or an ISO-8601 string. */
function instant(token: Token): string {
  const date =
    token.kind === 'number'
      ? new Date(token.value)
      : token.kind === 'string'
        ? new Date(token.value)
        : undefined;
  if (date === undefined || Number.isNaN(date.getTime()))
    throw fail(token, "epoch milliseconds or an ISO-8601 time such as '2026-01-31T12:00:00Z'");
  return date.toISOString();
}

function checkStatus(field: RunField, token: Token & { kind: 'string' }): void {
  if (
    field.key === 'status' &&
    field.entity === 'attributes' &&
    !(RUN_STATUSES as string[]).includes(token.value)
  )
    throw fail(token, `a run status (${RUN_STATUSES.join(', ')})`);
}

function fail(token: Token, expected: string) {
  return searchSyntaxError('filter', token.position, expected, token.text);
}
