import type { Problem } from '../errors/problem';
import type { ComparisonOperator, NumericPredicate } from './feature-view-definition';
import { FieldReader } from './field-reader';

const OPERATORS: readonly ComparisonOperator[] = ['>', '>=', '<', '<=', '==', '!='];

/**
 * Parses `{ op, value }` found at `path` (a binary label's `positiveWhen`, a rate's `when`);
 * null when it is not valid (every fault recorded).
 */
export function parseNumericPredicate(
  raw: unknown,
  path: string,
  problems: Problem[],
): NumericPredicate | null {
  const fields = FieldReader.at(raw, path, problems);
  if (fields === null) return null;
  fields.allowOnly(['op', 'value']);
  const op = fields.oneOf('op', OPERATORS, { required: true });
  const value = fields.number('value', { required: true });
  return op === null || value === null ? null : { op, value };
}
