/** One fault of a document: where (`canary.steps[2].minRequests`) and what is wrong. */
export interface DocumentProblem {
  path: string;
  message: string;
}

/** Bounds of a number; `above` excludes the bound itself. */
export interface NumberRule {
  whole?: boolean;
  min?: number;
  above?: number;
  max?: number;
}

/**
 * Reads the fields of one JSON object of a document (a policy, a configuration) found at `path`, recording each
 * fault as a DocumentProblem named by its full path (`canary.steps[2].minRequests`) instead of stopping
 * at the first, so an author fixes a file in one round. Absent or null counts as not set.
 */
export class DocumentFields {
  private constructor(
    readonly path: string,
    private readonly raw: Record<string, unknown>,
    readonly problems: DocumentProblem[],
  ) {}

  /** A reader over `value`, or null (with the problem recorded) when it is not a JSON object. */
  static at(value: unknown, path: string, problems: DocumentProblem[]): DocumentFields | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({
        path: path || '(root)',
        message: `must be a JSON object (got ${show(value)})`,
      });
      return null;
    }
    return new DocumentFields(path, value as Record<string, unknown>, problems);
  }

  pathOf(field: string): string {
    return this.path === '' ? field : `${this.path}.${field}`;
  }

  problem(field: string, message: string): void {
    this.problems.push({ path: this.pathOf(field), message });
  }

  /** A misspelt field must not be silently ignored. */
  allowOnly(known: readonly string[]): void {
    for (const field of Object.keys(this.raw))
      if (!known.includes(field))
        this.problem(field, `unknown field; remove it (known: ${known.join(', ')})`);
  }

  has(field: string): boolean {
    return this.raw[field] !== undefined && this.raw[field] !== null;
  }

  string(
    field: string,
    required: boolean,
    pattern?: { test: RegExp; rule: string },
  ): string | null {
    if (!this.present(field, required)) return null;
    const value = this.raw[field];
    if (typeof value !== 'string' || value.trim() === '') {
      this.problem(field, `must be a non-empty string (got ${show(value)})`);
      return null;
    }
    if (pattern !== undefined && !pattern.test.test(value)) {
      this.problem(field, `${pattern.rule} (got '${value}')`);
      return null;
    }
    return value;
  }

  oneOf<T extends string>(field: string, values: readonly T[], required: boolean): T | null {
    if (!this.present(field, required)) return null;
    const value = this.raw[field];
    if (typeof value === 'string' && (values as readonly string[]).includes(value))
      return value as T;
    this.problem(
      field,
      `must be one of ${values.map((each) => `'${each}'`).join(', ')} (got ${show(value)})`,
    );
    return null;
  }

  boolean(field: string, required: boolean): boolean | null {
    if (!this.present(field, required)) return null;
    const value = this.raw[field];
    if (typeof value === 'boolean') return value;
    this.problem(field, `must be true or false (got ${show(value)})`);
    return null;
  }

  number(field: string, rule: NumberRule, required: boolean): number | null {
    if (!this.present(field, required)) return null;
    const value = this.raw[field];
    const fits =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      (!rule.whole || Number.isInteger(value)) &&
      (rule.min === undefined || value >= rule.min) &&
      (rule.above === undefined || value > rule.above) &&
      (rule.max === undefined || value <= rule.max);
    if (fits) return value;
    this.problem(field, `must be ${describe(rule)} (got ${show(value)})`);
    return null;
  }

  object(field: string, required: boolean): DocumentFields | null {
    if (!this.present(field, required)) return null;
    return DocumentFields.at(this.raw[field], this.pathOf(field), this.problems);
  }

  array(field: string, required: boolean): unknown[] | null {
    if (!this.present(field, required)) return null;
    const value = this.raw[field];
    if (Array.isArray(value)) return value;
    this.problem(field, `must be an array (got ${show(value)})`);
    return null;
  }

  private present(field: string, required: boolean): boolean {
    if (this.has(field)) return true;
    if (required) this.problem(field, 'is required');
    return false;
  }
}

function describe(rule: NumberRule): string {
  const bounds = [
    rule.above !== undefined ? `above ${rule.above}` : null,
    rule.min !== undefined ? `at least ${rule.min}` : null,
    rule.max !== undefined ? `at most ${rule.max}` : null,
  ].filter((each) => each !== null);
  const kind = rule.whole ? 'a whole number' : 'a number';
  return bounds.length === 0 ? kind : `${kind} ${bounds.join(' and ')}`;
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}
