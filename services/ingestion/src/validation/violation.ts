/** The checks validation runs: a contract rule kind, or one of the checks every batch gets. */
export type ViolationRule =
  | 'schema'
  | 'type'
  | 'not_null'
  | 'range'
  | 'allowed_values'
  | 'pattern'
  | 'unique'
  | 'max_missing_rate'
  | 'row_count'
  | 'row_count_claim'
  | 'event_time_monotonic'
  | 'event_time_window'
  | 'freshness'
  | 'distribution';

/** `error` rejects the batch; `warning` is recorded with the version it becomes. */
export type ViolationSeverity = 'error' | 'warning';

/** One way a batch breaks its data contract, in terms a producer can act on. */
export interface Violation {
  /** A ViolationRule from validation; stages before it (reading, checksums) name their own. */
  rule: string;
  /** The column the rule is about; null for table-level rules (row counts, unique keys). */
  column: string | null;
  severity: ViolationSeverity;
  /** What was expected, what was seen, and what to do about it. */
  message: string;
  /** The statistic that broke the rule, e.g. "max=2417", "missing_rate=0.12", "share(sun)=0.61". */
  observed: string | null;
  /** What the rule asks for, e.g. "<= 2000", "one of [sun, rain]". */
  expected: string | null;
  /** Rows breaking a row-level rule; 0 for table-level rules. */
  failingRowCount: number;
  /** Up to 10 failing 1-based row numbers, in the batch file's row order, ascending. */
  sampleRows: number[];
}

/** Most failing rows a violation names. */
export const SAMPLE_ROW_LIMIT = 10;

/** An error about the batch as a whole (its schema, its bytes), with no failing rows to name. */
export function wholeBatchError(
  rule: string,
  column: string | null,
  message: string,
  observed: string | null,
  expected: string | null,
): Violation {
  return {
    rule,
    column,
    severity: 'error',
    message,
    observed,
    expected,
    failingRowCount: 0,
    sampleRows: [],
  };
}
