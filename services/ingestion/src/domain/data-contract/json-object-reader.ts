interface FieldOptions {
  required?: boolean;
}

interface NumberOptions extends FieldOptions {
  integer?: boolean;
  min?: number;
  max?: number;
}

/**
 * Reads the fields of one JSON object found at `path`, recording every problem as
 * `<path>.<field>: <what is wrong>` instead of stopping at the first. Absent and null fields are
 * the same: both fall back to the field's default.
 */
export class JsonObjectReader {
  private constructor(
    readonly path: string,
    private readonly raw: Record<string, unknown>,
    readonly problems: string[],
  ) {}

  /** Null (with the problem recorded) when `value` is not a JSON object. */
  static at(value: unknown, path: string, problems: string[]): JsonObjectReader | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(`${path === '' ? 'the contract' : path}: must be a JSON object`);
      return null;
    }
    return new JsonObjectReader(path, value as Record<string, unknown>, problems);
  }

  pathOf(field: string): string {
    return this.path === '' ? field : `${this.path}.${field}`;
  }

  problem(field: string, message: string): void {
    this.problems.push(`${this.pathOf(field)}: ${message}`);
  }

  /** Records each field not in `known`: a misspelt field must not be silently ignored. */
  allowOnly(known: readonly string[]): void {
    for (const field of Object.keys(this.raw)) {
      if (!known.includes(field)) this.problem(field, `unknown field (known: ${known.join(', ')})`);
    }
  }

  has(field: string): boolean {
    return this.raw[field] !== undefined && this.raw[field] !== null;
  }

  value(field: string): unknown {
    return this.raw[field];
  }

  string(field: string, options: FieldOptions = {}): string | null {
    if (!this.present(field, options)) return null;
    const value = this.raw[field];
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.problem(field, 'must be a non-empty string');
    return null;
  }

  number(field: string, options: NumberOptions = {}): number | null {
    if (!this.present(field, options)) return null;
    const value = this.raw[field];
    const kind = options.integer ? 'an integer' : 'a number';
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.problem(field, `must be ${kind}`);
      return null;
    }
    if (options.integer && !Number.isInteger(value)) {
      this.problem(field, `must be ${kind} (got ${value})`);
      return null;
    }
    if (options.min !== undefined && value < options.min) {
      this.problem(field, `must be >= ${options.min} (got ${value})`);
      return null;
    }
    if (options.max !== undefined && value > options.max) {
      this.problem(field, `must be <= ${options.max} (got ${value})`);
      return null;
    }
    return value;
  }

  boolean(field: string, fallback: boolean): boolean {
    if (!this.has(field)) return fallback;
    const value = this.raw[field];
    if (typeof value === 'boolean') return value;
    this.problem(field, 'must be true or false');
    return fallback;
  }

  oneOf<T extends string>(
    field: string,
    allowed: readonly T[],
    options: FieldOptions = {},
  ): T | null {
    if (!this.present(field, options)) return null;
    const value = this.raw[field];
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) {
      return value as T;
    }
    this.problem(field, `must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`);
    return null;
  }

  array(field: string, options: FieldOptions & { nonEmpty?: boolean } = {}): unknown[] | null {
    if (!this.present(field, options)) return null;
    const value = this.raw[field];
    if (!Array.isArray(value)) {
      this.problem(field, 'must be an array');
      return null;
    }
    if (options.nonEmpty && value.length === 0) {
      this.problem(field, 'must not be empty');
      return null;
    }
    return value;
  }

  private present(field: string, options: FieldOptions): boolean {
    if (this.has(field)) return true;
    if (options.required) this.problem(field, 'is required');
    return false;
  }
}
