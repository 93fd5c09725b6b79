import { ErrorKind, PlatformError } from '@loopline/errors';
import type { FeatureViewDefinition } from '../definition/feature-view-definition';
import { FeaturesErrorCode } from '../errors/features-error-code';
import type { OnlineEntityValues } from '../materialize/materialize-request';
import type { RawBatch } from '../transform/raw-batch';
import { largestGroup } from './compute-window-aggregates';
import { orderByEntityAndTime } from './entity-time-order';
import { groupWindowData, windowGroupAt } from './grouped-columns';
import { createWindowScratch, evaluateWindowGroup } from './window-kernel';
import { planWindows } from './window-plan';

/**
 * For each entity present in the batch (on any row), the aggregation values a row of that entity
 * at time `asOf` would get from `computeWindowAggregates`: same kernel, same window rule, so
 * rows at or after `asOf` are left out. Count is a number; mean and rate are null when missing.
 * Sorted by entity (code-point order); empty for a view without aggregations.
 */
export function onlineValuesAsOf(
  definition: FeatureViewDefinition,
  batch: RawBatch,
  asOf: number,
): OnlineEntityValues[] {
  const plan = planWindows(definition, batch);
  if (plan === null) return [];
  if (!Number.isFinite(asOf)) {
    throw new PlatformError(
      FeaturesErrorCode.InvalidInput,
      `asOf must be an epoch-millisecond time, got ${asOf}.`,
      {
        kind: ErrorKind.InvalidInput,
        details: { problems: [{ path: 'asOf', message: 'must be a finite number' }] },
      },
    );
  }
  const order = orderByEntityAndTime(
    plan.entityCodes,
    plan.entityDictionary,
    plan.times,
    plan.rowCount,
  );
  const entityCount = order.entities.length;
  // One output slot per entity; entities whose rows all lack a time keep count 0 / missing.
  const outputs = plan.aggregations.map((aggregation) =>
    new Float64Array(entityCount).fill(aggregation.function === 'count' ? 0 : NaN),
  );
  const data = groupWindowData(plan, order);
  const scratch = createWindowScratch(plan, Math.max(1, largestGroup(order)));
  const queryTimes = Float64Array.of(asOf);
  for (let g = 0; g < entityCount; g++) {
    const queries = { times: queryTimes, outputs, targets: Uint32Array.of(g) };
    evaluateWindowGroup(plan, windowGroupAt(data, g), queries, scratch);
  }
  return order.entities.map((entity, g) => ({
    entity,
    values: Object.fromEntries(
      plan.aggregations.map((aggregation, a) => {
        const value = outputs[a][g];
        return [aggregation.name, Number.isNaN(value) ? null : value];
      }),
    ),
  }));
}
