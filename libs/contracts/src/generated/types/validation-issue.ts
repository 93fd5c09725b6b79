// Generated from schemas/DatasetRejected.avsc, schemas/DatasetVersionCreated.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { IssueSeverity } from './issue-severity';

/** One finding of data validation against the data contract (a failed expectation). */
export interface ValidationIssue {
  /** Identifier of the data-contract rule that produced the finding, e.g. not_null, range, allowed_values, schema. */
  rule: string;
  /** Column the finding is about; null for table-level rules such as row count or schema. */
  column: string | null;
  /** Whether the finding rejects the batch (error) or is only recorded (warning). */
  severity: IssueSeverity;
  /** Human-readable explanation, including the expectation and what was observed. */
  message: string;
  /** The offending value or statistic rendered as text (e.g. "null_fraction=0.12"); null when not applicable. */
  observedValue: string | null;
  /** Number of rows that violate the rule; 0 for table-level rules. */
  failingRowCount: number;
  /** What the rule expected, rendered as text (e.g. "<= 2000", "one of [sun, rain]"); null when not applicable. */
  expected: string | null;
  /** Up to 10 of the failing rows, as 1-based row numbers in the batch's own row order, ascending; empty for table-level rules. */
  sampleRows: number[];
}
