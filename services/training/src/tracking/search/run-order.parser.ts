import { tokenize } from './filter-lexer';
import type { RunField } from './run-fields';
import { resolveField } from './run-field.resolver';
import { searchSyntaxError } from './search-syntax.error';

export interface OrderKey {
  field: RunField;
  descending: boolean;
}

/** Beyond a few keys an order stops meaning anything to a reader and costs the page token. */
export const MAX_ORDER_KEYS = 5;

export const DEFAULT_ORDER = 'attributes.created_at DESC';

/**
 * Parses an MLflow-style order: `metrics.test_roc_auc DESC, params.optimizer, created_at`.
 * Ascending unless DESC; runs missing a sorted value come last either way.
 */
export function parseRunOrder(input: string): OrderKey[] {
  const tokens = tokenize(input.trim() === '' ? DEFAULT_ORDER : input, 'orderBy');
  const keys: OrderKey[] = [];
  let at = 0;
  for (;;) {
    const fieldToken = tokens[at++];
    const field = resolveField(fieldToken, 'orderBy');
    let descending = false;
    let token = tokens[at++];
    if (token.kind === 'word' && /^(ASC|DESC)$/i.test(token.word)) {
      descending = token.word.toUpperCase() === 'DESC';
      token = tokens[at++];
    }
    keys.push({ field, descending });
    if (token.kind === 'end') break;
    if (token.kind !== 'punctuation' || token.char !== ',')
      throw searchSyntaxError('orderBy', token.position, "ASC, DESC, ',' or the end", token.text);
    if (keys.length === MAX_ORDER_KEYS)
      throw searchSyntaxError(
        'orderBy',
        token.position,
        `at most ${MAX_ORDER_KEYS} keys`,
        token.text,
      );
  }
  return keys;
}
