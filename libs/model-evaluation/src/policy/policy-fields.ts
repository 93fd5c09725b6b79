import type { Problem } from '@loopline/features';

/** Bounds of a number; `above` and `below` exclude the bound itself. */
export interface NumberBounds {
  whole?: boolean;
  min?: number;
  above?: number;
  max?: number;
  below?: number;
}

/**
 * Reads the fields of one JSON object of a gate policy found at `path`, recording each fault as
 * a Problem named by its full path (`checks[2].maxGap`) instead of stopping at the first, so an
 * author fixes a policy in one round. A field that is absent or null counts as not set.
 */
export class PolicyFields {
  private constructor(
    readonly path: string,
    private readonly raw: Record<string, unknown>,
    readonly problems: Problem[],
  ) {}

  /** A reader over `value`, or null (with the problem recorded) when it is not a JSON object. */
  static at(value: unknown, path: string, problems: Problem[]): PolicyFields | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({
        path: path === '' ? '(root)' : path,
        message: `must be a JSON object (got ${showValue(value)})`,
      });
      return null;
    }
    return new PolicyFields(path, value as Record<string, unknown>, problems);
  }

  pathOf(field: string): string {
    return this.path === '' ? field : `${this.path}.${field}`;
  }

  /** Records a problem at `field` of this object, or at the object itself when `field` is ''. */
  problem(field: string, message: string): void {
    const path = field === '' ? this.path : this.pathOf(field);
    this.problems.push({ path: path === '' ? '(root)' : path, message });
  }

  /** Records each field not in `known`: a misspelt field must not be silently ignored. */
  allowOnly(known: readonly string[]): void {
    for (const field of Object.keys(this.raw)) {
      if (!known.includes(field))
        this.problem(field, `unknown field; remove it (known: ${known.join(', ')})`);
    }
  }

  has(field: string): boolean {
    return this.raw[field] !== undefined && this.raw[field] !== null;
  }

  /** A non-empty (not only blank) string; null when absent (a problem if required) or invalid. */
  string(field: string, required: boolean): string | null {
    if (!this.present(field, required, 'a non-empty string')) return null;
    const value = this.raw[field];
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.problem(field, `must be a non-empty string (got ${showValue(value)})`);
    return null;
  }

  /** A number within `bounds`; null when absent (a problem if required) or invalid. */
  number(field: string, bounds: NumberBounds, required: boolean): number | null {
    if (!this.present(field, required, numberKind(bounds))) return null;
    const value = this.raw[field];
    if (typeof value === 'number' && fitsBounds(value, bounds)) return value;
    this.problem(field, `must be ${numberKind(bounds)} (got ${showValue(value)})`);
    return null;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[], required: boolean): T | null {
    const expected = `one of ${allowed.join(', ')}`;
    if (!this.present(field, required, expected)) return null;
    const value = this.raw[field];
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
      return value as T;
    this.problem(field, `must be ${expected} (got ${showValue(value)})`);
    return null;
  }

  array(field: string, required: boolean): unknown[] | null {
    if (!this.present(field, required, 'an array')) return null;
    const value = this.raw[field];
    if (Array.isArray(value)) return value;
    this.problem(field, `must be an array (got ${showValue(value)})`);
    return null;
  }

  /** A nested object's reader; null when absent (a problem if required) or not an object. */
  object(field: string, required: boolean): PolicyFields | null {
    if (!this.present(field, required, 'an object')) return null;
    return PolicyFields.at(this.raw[field], this.pathOf(field), this.problems);
  }

  private present(field: string, required: boolean, expected: string): boolean {
    if (this.has(field)) return true;
    if (required) this.problem(field, `is required; set it to ${expected}`);
    return false;
  }
}

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

/** 'a number ≥ 0', 'a whole number from 1 to 100000', 'a number > 0 and ≤ 1', ... */
export function numberKind(bounds: NumberBounds): string {
  const kind = bounds.whole ? 'a whole number' : 'a number';
  if (bounds.min !== undefined && bounds.max !== undefined)
    return `${kind} from ${bounds.min} to ${bounds.max}`;
  const low =
    bounds.min !== undefined
      ? `≥ ${bounds.min}`
      : bounds.above !== undefined
        ? `> ${bounds.above}`
        : null;
  const high =
    bounds.max !== undefined
      ? `≤ ${bounds.max}`
      : bounds.below !== undefined
        ? `< ${bounds.below}`
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
