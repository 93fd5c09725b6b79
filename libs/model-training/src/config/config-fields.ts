import type { Problem } from '@loopline/features';

interface FieldOptions {
  required?: boolean;
}

/** Bounds of a number; `above` and `below` exclude the bound itself. */
export interface NumberBounds {
  whole?: boolean;
  min?: number;
  above?: number;
  max?: number;
  below?: number;
}

/** `parent.field`, or `field` at the root (whose path is ''). */
export function childPath(parent: string, field: string): string {
  return parent === '' ? field : `${parent}.${field}`;
}

/**
 * Reads the fields of one JSON object of a training configuration found at `path`, recording
 * each fault as a Problem named by its full path (`model.hiddenLayers[1].units`) instead of
 * stopping at the first, so an author fixes a configuration in one round. A field that is
 * absent or null takes its default (or is a problem when it is required).
 */
export class ConfigFields {
  private constructor(
    readonly path: string,
    private readonly raw: Record<string, unknown>,
    readonly problems: Problem[],
  ) {}

  /** A reader over `value`, or null (with the problem recorded) when it is not a JSON object. */
  static at(value: unknown, path: string, problems: Problem[]): ConfigFields | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({
        path: path === '' ? '(root)' : path,
        message: `must be a JSON object (got ${showValue(value)})`,
      });
      return null;
    }
    return new ConfigFields(path, value as Record<string, unknown>, problems);
  }

  pathOf(field: string): string {
    return childPath(this.path, field);
  }

  /** Records a problem at `field` of this object, or at the object itself when `field` is ''. */
  problem(field: string, message: string): void {
    this.problems.push({ path: field === '' ? this.path : this.pathOf(field), message });
  }

  /** Records each field not in `known`: a misspelt field must not be silently ignored. */
  allowOnly(known: readonly string[]): void {
    for (const field of Object.keys(this.raw)) {
      if (!known.includes(field))
        this.problem(field, `unknown field; remove it (known: ${known.join(', ')})`);
    }
  }

  /** True when the field is set to something other than null. */
  has(field: string): boolean {
    return this.raw[field] !== undefined && this.raw[field] !== null;
  }

  /** A non-empty (not only blank) string. */
  string(field: string, options: FieldOptions = {}): string | null {
    if (!this.present(field, options, 'a non-empty string')) return null;
    const value = this.raw[field];
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.problem(field, `must be a non-empty string (got ${showValue(value)})`);
    return null;
  }

  /** A number within `bounds`; null when absent or invalid (the problem is recorded). */
  number(field: string, bounds: NumberBounds, options: FieldOptions = {}): number | null {
    if (!this.present(field, options, numberKind(bounds))) return null;
    const value = this.raw[field];
    if (typeof value === 'number' && fitsBounds(value, bounds)) return value;
    this.problem(field, `must be ${numberKind(bounds)} (got ${showValue(value)})`);
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
    const expected = `one of ${allowed.join(', ')}`;
    if (!this.present(field, options, expected)) return null;
    const value = this.raw[field];
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
      return value as T;
    this.problem(field, `must be ${expected} (got ${showValue(value)})`);
    return null;
  }

  array(field: string, options: FieldOptions = {}): unknown[] | null {
    if (!this.present(field, options, 'an array')) return null;
    const value = this.raw[field];
    if (Array.isArray(value)) return value;
    this.problem(field, `must be an array (got ${showValue(value)})`);
    return null;
  }

  /** A nested object's reader; null when absent (a problem if required) or not an object. */
  object(field: string, options: FieldOptions = {}): ConfigFields | null {
    if (!this.present(field, options, 'an object')) return null;
    return ConfigFields.at(this.raw[field], this.pathOf(field), this.problems);
  }

  /** The raw entries of this object, for maps keyed by data (explicit class weights). */
  entries(): [string, unknown][] {
    return Object.entries(this.raw);
  }

  /** True when the field is set; records a problem when it is required and absent. */
  private present(field: string, options: FieldOptions, expected: string): boolean {
    if (this.has(field)) return true;
    if (options.required) this.problem(field, `is required; set it to ${expected}`);
    return false;
  }
}

/** Whether `value` is a finite number within `bounds`. */
export function fitsBounds(value: number, bounds: NumberBounds): boolean {
  return (
    Number.isFinite(value) &&
    (bounds.whole !== true || Number.isInteger(value)) &&
    (bounds.min === undefined || value >= bounds.min) &&
    (bounds.above === undefined || value > bounds.above) &&
    (bounds.max === undefined || value <= bounds.max) &&
    (bounds.below === undefined || value < bounds.below)
  );
}

/** 'a whole number from 1 to 4096', 'a number greater than 0 and at most 10', ... */
export function numberKind(bounds: NumberBounds): string {
  const kind = bounds.whole ? 'a whole number' : 'a number';
  if (bounds.min !== undefined && bounds.max !== undefined)
    return `${kind} from ${bounds.min} to ${bounds.max}`;
  const low =
    bounds.min !== undefined
      ? `at least ${bounds.min}`
      : bounds.above !== undefined
        ? `greater than ${bounds.above}`
        : null;
  const high =
    bounds.max !== undefined
      ? `at most ${bounds.max}`
      : bounds.below !== undefined
        ? `less than ${bounds.below}`
        : null;
  const range = [low, high].filter((part) => part !== null).join(' and ');
  return range === '' ? kind : `${kind} ${range}`;
}

/** A short rendering of a JSON value for messages. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
