import type { FieldReader } from './field-reader';

/** View names appear in topics, paths and URLs: lower case, dashes allowed, at most 64 characters. */
const VIEW_NAME = /^[a-z][a-z0-9_-]{0,63}$/;

/**
 * Feature, aggregation and label names become column names of feature set files and keys of
 * online values, so they are identifier-like: no dashes.
 */
const COLUMN_NAME = /^[a-z][a-z0-9_]{0,63}$/;

/** Reads the view's `name`, recording a problem when it is not a valid view name. */
export function readViewName(fields: FieldReader, field: string): string | null {
  const name = fields.string(field, { required: true });
  if (name === null || VIEW_NAME.test(name)) return name;
  fields.problem(
    field,
    `must start with a lower-case letter, then lower-case letters, digits, '_' or '-', ` +
      `at most 64 characters, e.g. 'flights-delay' (got '${name}')`,
  );
  return null;
}

/** Reads a feature, aggregation or label `name`, recording a problem when it is not valid. */
export function readColumnName(fields: FieldReader, field: string): string | null {
  const name = fields.string(field, { required: true });
  if (name === null || COLUMN_NAME.test(name)) return name;
  fields.problem(
    field,
    `must start with a lower-case letter, then lower-case letters, digits or '_', ` +
      `at most 64 characters, e.g. 'origin_delay_rate_7d' (got '${name}')`,
  );
  return null;
}
