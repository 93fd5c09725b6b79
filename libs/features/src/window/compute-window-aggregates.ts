import type { FeatureViewDefinition } from '../definition/feature-view-definition';
import type { RawBatch } from '../transform/raw-batch';
import { orderByEntityAndTime, type EntityTimeOrder } from './entity-time-order';
import { fromGrouped, groupWindowData, windowGroupAt } from './grouped-columns';
import { createWindowScratch, evaluateWindowGroup } from './window-kernel';
import { planWindows } from './window-plan';

/**
 * Each aggregation of the view for every row, point in time: over the same entity's rows whose
 * event time lies in [t - windowDays, t), t being the row's own event time (rows at t, the row
 * itself included, are outside; a row exactly windowDays old is inside). Rows may come in any
 * order. A row with a missing entity or time gets count 0 and NaN mean/rate, and never enters
 * another row's window. An empty window gives count 0 and NaN; a window whose rows all lack the
 * column gives NaN. Keyed by aggregation name; `{}` for a view without aggregations.
 */
export function computeWindowAggregates(
  definition: FeatureViewDefinition,
  batch: RawBatch,
): Record<string, Float64Array> {
  const plan = planWindows(definition, batch);
  if (plan === null) return {};
  const order = orderByEntityAndTime(
    plan.entityCodes,
    plan.entityDictionary,
    plan.times,
    plan.rowCount,
  );
  const data = groupWindowData(plan, order);
  // Answers in the grouped layout (slot j of a group is its j-th row in time order).
  const grouped = plan.aggregations.map(() => new Float64Array(data.times.length));
  const scratch = createWindowScratch(plan, largestGroup(order));
  for (let g = 0; g < order.entities.length; g++) {
    const start = order.starts[g];
    const end = order.starts[g + 1];
    const outputs = grouped.map((column) => column.subarray(start, end));
    evaluateWindowGroup(
      plan,
      windowGroupAt(data, g),
      { times: null, outputs, targets: null },
      scratch,
    );
  }
  const fills = plan.aggregations.map((aggregation) =>
    aggregation.function === 'count' ? 0 : NaN,
  );
  const perRow = fromGrouped(grouped, order, fills);
  return Object.fromEntries(
    plan.aggregations.map((aggregation, a) => [aggregation.name, perRow[a]]),
  );
}

/** Rows in the biggest entity group (the kernel's scratch size). */
export function largestGroup(order: EntityTimeOrder): number {
  let largest = 0;
  for (let g = 0; g < order.entities.length; g++) {
    largest = Math.max(largest, order.starts[g + 1] - order.starts[g]);
  }
  return largest;
}
