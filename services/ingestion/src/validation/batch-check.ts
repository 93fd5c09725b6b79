import { TabularValue } from '@loopline/tabular';
import { Violation, ViolationRule, ViolationSeverity } from './violation';

/** A failing row as shown to the producer: its 1-based row number and the value at fault. */
export interface SampleRow {
  row: number;
  value: string | null;
}

/** What one pass over the batch saw for one check. */
export interface CheckObservation {
  rowCount: number;
  /** The check's aggregates, by the keys it declared. */
  values: Record<string, TabularValue>;
  failingRowCount: number;
  /** The first failing rows (row-level checks only). */
  samples: SampleRow[];
}

/** A broken rule described for people. */
export type Finding = Pick<Violation, 'message' | 'observed' | 'expected'>;

/**
 * One rule turned into SQL over a batch. All checks of a batch share one aggregate pass; only
 * row-level checks that fail cost a second, small query for their sample rows.
 */
export interface AggregateCheck {
  rule: ViolationRule;
  column: string | null;
  severity: ViolationSeverity;
  /** Aggregates to compute, keyed by names local to the check. */
  aggregates: Record<string, string>;
  /** For row-level checks: SQL that is true for a failing row (null never fails). */
  failingRow: string | null;
  /** SQL for the value shown next to each sample row. */
  sampleValue: string | null;
  /** A window expression the failing-row SQL reads through `alias` (row order matters to it). */
  window: { alias: string; sql: string } | null;
  /** Null when the rule holds. Row-level checks are judged only when some row fails. */
  judge(observation: CheckObservation): Finding | null;
}

/** A violation with its place in the contract, so the report follows the contract's order. */
export interface PlacedViolation {
  order: number;
  violation: Violation;
}
