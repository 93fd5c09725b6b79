import type { Type } from 'avsc';
import { ContractErrorCode } from '../errors/contract-error-code';
import { contractError } from '../errors/contract-error';

const MAX_REPORTED = 10;

/** One field that does not match its schema. */
export interface PayloadViolation {
  /** Dotted path from the payload root, array indexes and map keys included (`checks.0.threshold`). */
  readonly path: string;
  /** The Avro type the field should have. */
  readonly expected: string;
}

/** Every field of `payload` that does not match `type`, and every field `type` does not declare. */
export function findViolations(type: Type, payload: unknown): PayloadViolation[] {
  const violations: PayloadViolation[] = [];
  const seen = new Set<string>();
  const add = (path: string, expected: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    violations.push({ path, expected });
  };
  type.isValid(payload, {
    errorHook: (path: string[], _value: unknown, fieldType: Type) =>
      add(pathOf(path), describeType(fieldType)),
  });
  // avsc's strict mode reports an undeclared field as its whole record and stops there, so
  // undeclared fields are found by a walk of our own.
  for (const path of undeclaredPaths(type, payload, [])) add(pathOf(path), 'no such field');
  return violations;
}

const pathOf = (path: string[]): string => path.join('.') || '(root)';

type Shape = Type & {
  fields?: Array<{ name: string; type: Type }>;
  types?: Type[];
  itemsType?: Type;
  valuesType?: Type;
};

/** Paths of object keys that no record field declares (a typo would otherwise be dropped silently). */
function undeclaredPaths(type: Type, value: unknown, path: string[]): string[][] {
  if (value === null || typeof value !== 'object') return [];
  const shape = type as Shape;
  if (shape.types) return shape.types.flatMap((branch) => undeclaredPaths(branch, value, path));
  if (shape.itemsType && Array.isArray(value)) {
    return value.flatMap((item, index) =>
      undeclaredPaths(shape.itemsType!, item, [...path, String(index)]),
    );
  }
  if (shape.valuesType) {
    return Object.entries(value).flatMap(([key, item]) =>
      undeclaredPaths(shape.valuesType!, item, [...path, key]),
    );
  }
  if (!shape.fields) return [];
  const fields = new Map(shape.fields.map((field) => [field.name, field.type]));
  const record = value as Record<string, unknown>;
  return Object.keys(record).flatMap((key) =>
    fields.has(key)
      ? undeclaredPaths(fields.get(key)!, record[key], [...path, key])
      : [[...path, key]],
  );
}

/**
 * Throws CONTRACTS.INVALID_PAYLOAD naming every bad field path. Checked before encoding because
 * avsc would otherwise fail on the first bad value with a message that does not say where it is.
 */
export function assertValidPayload(eventName: string, type: Type, payload: unknown): void {
  const violations = findViolations(type, payload);
  if (violations.length === 0) return;
  const listed = violations
    .slice(0, MAX_REPORTED)
    .map((violation) => `${violation.path} (expected ${violation.expected})`)
    .join(', ');
  const more =
    violations.length > MAX_REPORTED ? ` and ${violations.length - MAX_REPORTED} more` : '';
  throw contractError(
    ContractErrorCode.InvalidPayload,
    `Invalid ${eventName} payload: ${listed}${more}. Fix these fields to match schemas/${eventName}.avsc ` +
      '(fields expected as "no such field" are not declared by the schema).',
    { eventName, paths: violations.map((violation) => violation.path), violations },
  );
}

function describeType(type: Type): string {
  if (type.name) return type.name;
  const schema = type.schema();
  return typeof schema === 'string' ? schema : JSON.stringify(schema);
}
