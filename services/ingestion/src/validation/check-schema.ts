import { DataContract, SQL_TYPE_BY_COLUMN_TYPE } from '../domain/data-contract';
import { ColumnInfo, TabularSession } from '@loopline/tabular';
import { AggregateCheck, PlacedViolation } from './batch-check';
import { PlacedCheck } from './checks/build-batch-checks';
import { planColumnCast } from './column-cast';
import { runAggregateChecks } from './run-aggregate-checks';
import { column, formatSamples, plural } from './sql-format';
import { Violation, wholeBatchError } from './violation';

/** The batch's schema judged against the contract, and how to normalize it when it passes. */
export interface SchemaOutcome {
  violations: PlacedViolation[];
  /** One SQL expression per contract column, in contract order, aliased to the contract name. */
  projection: string[];
}

/**
 * Matches loaded columns to contract columns (case-insensitively, as the engine resolves names),
 * then counts, in one pass, the values that do not convert to their contract type.
 */
export async function checkSchema(
  session: TabularSession,
  rawTable: string,
  contract: DataContract,
): Promise<SchemaOutcome> {
  const loaded = new Map<string, ColumnInfo>();
  for (const info of await session.columns(rawTable)) loaded.set(info.name.toLowerCase(), info);
  const violations: PlacedViolation[] = [];
  const valueChecks: PlacedCheck[] = [];
  const projection: string[] = [];
  contract.columns.forEach((declared, order) => {
    const sqlType = SQL_TYPE_BY_COLUMN_TYPE[declared.type];
    const expected = `${declared.type} (${sqlType})`;
    const info = loaded.get(declared.name.toLowerCase());
    loaded.delete(declared.name.toLowerCase());
    if (info === undefined) {
      projection.push(`CAST(NULL AS ${sqlType}) AS ${column(declared.name)}`);
      if (declared.required)
        violations.push({ order, violation: missing(declared.name, expected) });
      return;
    }
    const cast = planColumnCast(info.name, info.sqlType, declared.type);
    if (cast === null) {
      violations.push({ order, violation: uncastable(declared.name, info.sqlType, expected) });
      return;
    }
    projection.push(`${cast.expression} AS ${column(declared.name)}`);
    if (cast.failingRow !== null) {
      valueChecks.push({
        order,
        check: valueCheck(declared.name, cast.failingRow, info.name, expected),
      });
    }
  });
  if (contract.additionalColumns === 'reject') {
    for (const info of loaded.values()) {
      violations.push({ order: contract.columns.length, violation: extra(info.name) });
    }
  }
  if (valueChecks.length === 0) return { violations, projection };
  const typed = await runAggregateChecks(session, rawTable, valueChecks);
  return { violations: [...violations, ...typed.violations], projection };
}

function schemaViolation(
  column: string,
  message: string,
  observed: string,
  expected: string,
  rule: 'schema' | 'type' = 'schema',
): Violation {
  return wholeBatchError(rule, column, message, observed, expected);
}

function missing(name: string, expected: string): Violation {
  return schemaViolation(
    name,
    `The contract requires column ${name} (${expected}), but the batch has no such column. Add it to the export, or declare it "required": false in a new contract version.`,
    'absent',
    `column of type ${expected}`,
  );
}

function extra(name: string): Violation {
  return schemaViolation(
    name,
    `The batch has column ${name}, which the contract does not declare and additionalColumns is "reject". Remove it from the export, declare it, or set additionalColumns to "drop" in a new contract version.`,
    'present',
    'no undeclared columns',
  );
}

function uncastable(name: string, loadedType: string, expected: string): Violation {
  return schemaViolation(
    name,
    `Column ${name} must hold ${expected} values, but it was loaded as ${loadedType}, which cannot be converted. Export it as ${expected} or as text, or change its type in a new contract version.`,
    `loaded as ${loadedType}`,
    expected,
    'type',
  );
}

function valueCheck(
  name: string,
  failingRow: string,
  loadedName: string,
  expected: string,
): AggregateCheck {
  return {
    rule: 'type',
    column: name,
    severity: 'error',
    aggregates: {},
    failingRow,
    sampleValue: column(loadedName),
    window: null,
    judge: ({ failingRowCount, samples }) => {
      const observed = formatSamples(samples.map((sample) => sample.value));
      return {
        message: `Column ${name} must hold ${expected} values, but ${plural(failingRowCount, 'value')} do not convert (${observed}). Fix them at the source, or change the column's type in a new contract version.`,
        observed,
        expected,
      };
    },
  };
}
