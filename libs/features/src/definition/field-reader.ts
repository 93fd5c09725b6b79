import type { Problem } from '../errors/problem';

interface FieldOptions {
  required?: boolean;
}

interface NumberOptions extends FieldOptions {
  integer?: boolean;
  min?: number;
  max?: number;
  /** The value must be strictly greater than this. */
  above?: number;
}

/** `parent.field`, or `field` at the root (whose path is ''). */
export function childPath(parent: string, field: string): string {
  return parent === '' ? field : `${parent}.${field}`;
}

/** `parent[index]`. */
export function itemPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}

/**
 * Reads the fields of one JSON object found at `path`, recording each fault as a Problem named
 * by its full path (`features[2].transform[0].maxCategories`) instead of stopping at the first,
 * so an author fixes a definition in one round. A field set to null counts as absent, except
 * where null is a meaningful value (see `nullableObject`).
 */
export class FieldReader {
  private constructor(
    readonly path: string,
    private readonly raw: Record<string, unknown>,
    readonly problems: Problem[],
  ) {}

  /** A reader over `value`, or null (with the problem recorded) when it is not a JSON object. */
  static at(value: unknown, path: string, problems: Problem[]): FieldReader | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ path: path === '' ? '(root)' : path, message: 'must be a JSON object' });
      return null;
    }
    return new FieldReader(path, value as Record<string, unknown>, problems);
  }

  pathOf(field: string): string {
    return childPath(this.path, field);
  }

  /** Records a problem at `field` of this object, or at the object itself when `field` is ''. */
  problem(field: string, message: string): void {
    this.problems.push({ path: field === '' ? this.path : this.pathOf(field), message });
  }

  /** Records each field not in `known`: a misspelt field must not be silently ignored. */
  allowOnly(known: readonly string[], context = ''): void {
    for (const field of Object.keys(this.raw)) {
      if (!known.includes(field)) {
        this.problem(field, `unknown field${context}; remove it (known: ${known.join(', ')})`);
      }
    }
  }

  /** True when the field is set to something other than null. */
  has(field: string): boolean {
    return this.raw[field] !== undefined && this.raw[field] !== null;
  }

  value(field: string): unknown {
    return this.raw[field];
  }

  /** A non-empty (not only blank) string. */
  string(field: string, options: FieldOptions = {}): string | null {
    if (!this.present(field, options, 'a non-empty string')) return null;
    const value = this.raw[field];
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.problem(field, `must be a non-empty string (got ${showValue(value)})`);
    return null;
  }

  /** A finite number within the given bounds. */
  number(field: string, options: NumberOptions = {}): number | null {
    if (!this.present(field, options, numberKind(options))) return null;
    const value = this.raw[field];
    const fault = numberFault(value, options);
    if (fault === null) return value as number;
    this.problem(field, fault);
    return null;
  }

  boolean(field: string, fallback: boolean): boolean {
    if (!this.has(field)) return fallback;
    const value = this.raw[field];
    if (typeof value === 'boolean') return value;
    this.problem(field, `must be true or false (got ${showValue(value)})`);
    return fallback;
  }

  oneOf<T extends string>(
    field: string,
    allowed: readonly T[],
    options: FieldOptions = {},
  ): T | null {
    if (!this.present(field, options, `one of ${allowed.join(', ')}`)) return null;
    const value = this.raw[field];
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) {
      return value as T;
    }
    this.problem(field, `must be one of ${allowed.join(', ')} (got ${showValue(value)})`);
    return null;
  }

  array(field: string, options: FieldOptions = {}): unknown[] | null {
    if (!this.present(field, options, 'an array')) return null;
    const value = this.raw[field];
    if (Array.isArray(value)) return value;
    this.problem(field, `must be an array (got ${showValue(value)})`);
    return null;
  }

  /** A nested object's reader. */
  object(field: string, options: FieldOptions = {}): FieldReader | null {
    if (!this.present(field, options, 'an object')) return null;
    return FieldReader.at(this.raw[field], this.pathOf(field), this.problems);
  }

  /**
   * A field that must be written out but may be null (entity, eventTime, label): requiring the
   * explicit null keeps a forgotten label from silently making an unlabelled view. `reader` is
   * null both for null and for an invalid value; `isNull` tells them apart.
   */
  nullableObject(
    field: string,
    whatNullMeans: string,
  ): { isNull: boolean; reader: FieldReader | null } {
    if (!Object.hasOwn(this.raw, field) || this.raw[field] === undefined) {
      this.problem(field, `is required; write null for ${whatNullMeans}`);
      return { isNull: false, reader: null };
    }
    if (this.raw[field] === null) return { isNull: true, reader: null };
    return {
      isNull: false,
      reader: FieldReader.at(this.raw[field], this.pathOf(field), this.problems),
    };
  }

  /** True when the field is set; records a problem when it is required and absent. */
  private present(field: string, options: FieldOptions, expected: string): boolean {
    if (this.has(field)) return true;
    if (options.required) this.problem(field, `is required; set it to ${expected}`);
    return false;
  }
}

/** What is wrong with `value` as a number under `options`, or null when it is fine. */
export function numberFault(value: unknown, options: NumberOptions): string | null {
  const kind = numberKind(options);
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return `must be ${kind} (got ${showValue(value)})`;
  }
  const outside =
    (options.integer === true && !Number.isInteger(value)) ||
    (options.min !== undefined && value < options.min) ||
    (options.max !== undefined && value > options.max) ||
    (options.above !== undefined && value <= options.above);
  return outside ? `must be ${kind} (got ${value})` : null;
}

/** 'an integer from 1 to 1000', 'a finite number greater than 0 and at most 3650', ... */
function numberKind(options: NumberOptions): string {
  return `${options.integer ? 'an integer' : 'a finite number'}${rangeText(options)}`;
}

function rangeText(options: NumberOptions): string {
  const low =
    options.above !== undefined
      ? `greater than ${options.above}`
      : options.min !== undefined
        ? `at least ${options.min}`
        : null;
  if (options.max === undefined) return low === null ? '' : ` ${low}`;
  if (options.min !== undefined && options.above === undefined) {
    return ` from ${options.min} to ${options.max}`;
  }
  return low === null ? ` at most ${options.max}` : ` ${low} and at most ${options.max}`;
}

/** A short rendering of a JSON value for messages. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** A parsed part of the definition with the path it was read from, for problems found later. */
export interface Located<T> {
  value: T;
  path: string;
}
