/** One fault in a stored profile, as listed in `STATS.INVALID_PROFILE`'s `details.problems`. */
export interface ProfileProblem {
  /** Where, as a path into the profile: `columns[2].numeric.histogram.counts`. */
  path: string;
  /** What is wrong and what was expected. */
  problem: string;
}

/**
 * Collects every fault while a profile is read, so one error names them all. Each reader
 * returns the value when it has the expected shape, or records a problem and returns undefined;
 * later checks that need the value simply skip, so one bad field is reported once.
 */
export class ProfileProblems {
  readonly list: ProfileProblem[] = [];

  add(path: string, problem: string): void {
    this.list.push({ path, problem });
  }

  object(value: unknown, path: string): Record<string, unknown> | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
    this.add(path, `expected an object, got ${describe(value)}`);
    return undefined;
  }

  array(value: unknown, path: string): unknown[] | undefined {
    if (Array.isArray(value)) return value;
    this.add(path, `expected an array, got ${describe(value)}`);
    return undefined;
  }

  string(value: unknown, path: string): string | undefined {
    if (typeof value === 'string' && value.length > 0) return value;
    this.add(path, `expected a non-empty string, got ${describe(value)}`);
    return undefined;
  }

  finite(value: unknown, path: string): number | undefined {
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    this.add(path, `expected a finite number, got ${describe(value)}`);
    return undefined;
  }

  /** A count: an integer from 0 up. */
  count(value: unknown, path: string): number | undefined {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
    this.add(path, `expected an integer >= 0, got ${describe(value)}`);
    return undefined;
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return String(value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
