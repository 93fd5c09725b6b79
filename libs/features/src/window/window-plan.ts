import type {
  FeatureViewDefinition,
  NumericPredicate,
} from '../definition/feature-view-definition';
import { FeaturesErrorCode } from '../errors/features-error-code';
import type { Problem } from '../errors/problem';
import { problemsError } from '../errors/problems-error';
import type { RawBatch } from '../transform/raw-batch';

const DAY_MS = 86_400_000;

/** One aggregation resolved against a batch: its window width and the column it reads. */
export interface PlannedAggregation {
  name: string;
  function: 'count' | 'mean' | 'rate';
  /** Index into `WindowPlan.widthsMs`: aggregations with the same window share its bounds. */
  widthIndex: number;
  /** The numeric column of `mean` and `rate`; null for `count`. */
  values: Float64Array | null;
  when: NumericPredicate | null;
}

/** A view's aggregations bound to the columns of one batch, checked once before any scan. */
export interface WindowPlan {
  rowCount: number;
  entityCodes: Int32Array;
  entityDictionary: readonly string[];
  times: Float64Array;
  /** Distinct window widths in milliseconds. */
  widthsMs: number[];
  aggregations: PlannedAggregation[];
}

/**
 * Resolves the view's aggregations against the batch, or null when the view has none. Throws
 * InvalidDefinition for a view with aggregations but no entity or event time, or a window that
 * is not a positive number of days; InvalidInput for missing or mistyped columns.
 */
export function planWindows(definition: FeatureViewDefinition, batch: RawBatch): WindowPlan | null {
  if (definition.aggregations.length === 0) return null;
  const faults: Problem[] = [];
  if (definition.entity === null)
    faults.push({ path: 'entity', message: 'is required by aggregations' });
  if (definition.eventTime === null)
    faults.push({ path: 'eventTime', message: 'is required by aggregations' });
  definition.aggregations.forEach((aggregation, i) => {
    if (!(Number.isFinite(aggregation.windowDays) && aggregation.windowDays > 0)) {
      faults.push({
        path: `aggregations[${i}].windowDays`,
        message: 'must be a positive number of days',
      });
    }
  });
  if (faults.length > 0 || definition.entity === null || definition.eventTime === null) {
    throw problemsError(
      FeaturesErrorCode.InvalidDefinition,
      'The feature view cannot aggregate',
      faults,
      'Give it an entity and an event time, and positive windows.',
    );
  }

  const problems: Problem[] = [];
  const entity = batch.columns[definition.entity.column];
  const time = batch.columns[definition.eventTime.column];
  if (entity?.type !== 'categorical')
    problems.push(typeProblem(definition.entity.column, 'categorical', entity?.type));
  if (time?.type !== 'timestamp')
    problems.push(typeProblem(definition.eventTime.column, 'timestamp', time?.type));
  const widthsMs: number[] = [];
  const aggregations = definition.aggregations.map((aggregation): PlannedAggregation => {
    const widthMs = aggregation.windowDays * DAY_MS;
    if (!widthsMs.includes(widthMs)) widthsMs.push(widthMs);
    const planned = {
      name: aggregation.name,
      function: aggregation.function,
      widthIndex: widthsMs.indexOf(widthMs),
    };
    if (aggregation.function === 'count') return { ...planned, values: null, when: null };
    const column = batch.columns[aggregation.column];
    if (column?.type !== 'numeric') {
      problems.push(typeProblem(aggregation.column, 'numeric', column?.type));
      return { ...planned, values: null, when: null };
    }
    const when = aggregation.function === 'rate' ? aggregation.when : null;
    return { ...planned, values: column.values, when };
  });
  if (entity?.type === 'categorical') {
    const bad = firstCodeOutside(entity.codes, batch.rowCount, entity.dictionary.length);
    if (bad >= 0) {
      problems.push({
        path: definition.entity.column,
        message: `row ${bad} has a code outside the dictionary`,
      });
    }
  }
  if (problems.length > 0 || entity?.type !== 'categorical' || time?.type !== 'timestamp') {
    throw problemsError(
      FeaturesErrorCode.InvalidInput,
      'Cannot compute the aggregations',
      problems,
      'Give the batch the entity, event-time and aggregated columns with the types listed.',
    );
  }
  return {
    rowCount: batch.rowCount,
    entityCodes: entity.codes,
    entityDictionary: entity.dictionary,
    times: time.values,
    widthsMs,
    aggregations,
  };
}

function typeProblem(column: string, expected: string, actual: string | undefined): Problem {
  const found = actual === undefined ? 'is missing' : `is ${actual}`;
  return { path: column, message: `must be a ${expected} column but ${found}` };
}

function firstCodeOutside(codes: Int32Array, rowCount: number, dictionarySize: number): number {
  for (let r = 0; r < rowCount; r++) if (codes[r] < -1 || codes[r] >= dictionarySize) return r;
  return -1;
}
