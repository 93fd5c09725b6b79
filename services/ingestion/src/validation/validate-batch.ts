import { DataContract } from '../domain/data-contract';
import { quoteIdentifier, TabularSession } from '@loopline/tabular';
import { PlacedViolation } from './batch-check';
import { CheckContext } from './checks/check-context';
import { buildBatchChecks, ruleOrder } from './checks/build-batch-checks';
import { readParentStats } from './checks/read-parent-stats';
import { findPatternFailures } from './checks/pattern-failures';
import { checkUnique } from './checks/unique-check';
import { checkSchema } from './check-schema';
import { runAggregateChecks } from './run-aggregate-checks';
import { Violation } from './violation';

export interface ValidateBatchInput {
  /** Unqualified name of the table holding the batch as loaded; rowid order is the file's row order. */
  rawTable: string;
  contract: DataContract;
  /** SQL relation (a table or view name, or a parenthesised query) over the parent version's rows, in contract types; null for a first version. */
  parent: { relation: string } | null;
  /** The row count the producer announced; a mismatch is an error. */
  claimedRowCount: number | null;
  /** Epoch milliseconds taken as the present, for freshness. */
  now: number;
  /** Unqualified name of the table to create: contract columns in contract order and types, rows in file order. */
  normalizedTable: string;
}

export type BatchRejectionReason = 'schema_mismatch' | 'validation_failed' | 'empty_batch';

export interface BatchValidation {
  /** Errors first, then in the contract's order (columns, then rules). */
  violations: Violation[];
  /** Why the batch cannot become a version; null when it can (warnings alone never reject). */
  reason: BatchRejectionReason | null;
}

/**
 * Judges a loaded batch against its data contract. The schema comes first: when a column is
 * missing, undeclared or holds values of the wrong type, every such problem is reported and the
 * rules are not evaluated (they would be meaningless). Otherwise the batch is normalized into
 * `normalizedTable` and every rule is evaluated on it, in one aggregate pass plus one query per
 * unique rule.
 */
export async function validateBatch(
  session: TabularSession,
  input: ValidateBatchInput,
): Promise<BatchValidation> {
  const { contract, parent } = input;
  const rawTable = quoteIdentifier(input.rawTable);
  const normalizedTable = quoteIdentifier(input.normalizedTable);
  const schema = await checkSchema(session, rawTable, contract);
  if (schema.violations.length > 0) {
    return { violations: ordered(schema.violations), reason: 'schema_mismatch' };
  }
  await session.run(
    `CREATE TABLE ${normalizedTable} AS SELECT ${schema.projection.join(', ')} FROM ${rawTable}`,
  );
  const context: CheckContext = {
    contract,
    parentStats: parent === null ? null : await readParentStats(session, parent.relation, contract),
    claimedRowCount: input.claimedRowCount,
    now: input.now,
    patternFailures: await findPatternFailures(session, normalizedTable, contract),
  };
  const outcome = await runAggregateChecks(session, normalizedTable, buildBatchChecks(context));
  const placed = [...outcome.violations];
  for (const [i, rule] of contract.rules.entries()) {
    if (rule.rule !== 'unique' || outcome.rowCount === 0) continue;
    const violation = await checkUnique(session, rule, normalizedTable, parent?.relation ?? null);
    if (violation !== null) placed.push({ order: ruleOrder(context, i), violation });
  }
  const violations = ordered(placed);
  if (outcome.rowCount === 0) return { violations, reason: 'empty_batch' };
  const rejected = violations.some((violation) => violation.severity === 'error');
  return { violations, reason: rejected ? 'validation_failed' : null };
}

function ordered(placed: PlacedViolation[]): Violation[] {
  const rank = (p: PlacedViolation) => (p.violation.severity === 'error' ? 0 : 1);
  return [...placed].sort((a, b) => rank(a) - rank(b) || a.order - b.order).map((p) => p.violation);
}
