import { NO_SLOT, type EntityTimeOrder } from './entity-time-order';
import type { WindowGroup } from './window-kernel';
import type { WindowPlan } from './window-plan';

/**
 * The columns the kernel reads, copied into the grouped layout (entity by entity, time order).
 * The kernel then scans contiguous memory; gathering through row indexes instead costs a cache
 * miss per value on millions of rows, most of the run time.
 */
export interface GroupedWindowData {
  order: EntityTimeOrder;
  times: Float64Array;
  /** Per aggregation, the grouped column it reads (shared between aggregations of one column). */
  values: (Float64Array | null)[];
}

/** Lays out the plan's time and value columns in the order's grouped layout. */
export function groupWindowData(plan: WindowPlan, order: EntityTimeOrder): GroupedWindowData {
  const byColumn = new Map<Float64Array, Float64Array>();
  const values = plan.aggregations.map((aggregation) => {
    if (aggregation.values === null) return null;
    const grouped = byColumn.get(aggregation.values) ?? toGrouped(aggregation.values, order);
    byColumn.set(aggregation.values, grouped);
    return grouped;
  });
  return { order, times: toGrouped(plan.times, order), values };
}

/** Group g's rows as views (no copy) for the kernel. */
export function windowGroupAt(data: GroupedWindowData, g: number): WindowGroup {
  const start = data.order.starts[g];
  const end = data.order.starts[g + 1];
  return {
    times: data.times.subarray(start, end),
    values: data.values.map((column) => (column === null ? null : column.subarray(start, end))),
  };
}

/** Copies a per-row column into the grouped layout, in row order (sequential reads). */
export function toGrouped(values: Float64Array, order: EntityTimeOrder): Float64Array {
  const slots = order.slotOfRow;
  const grouped = new Float64Array(order.starts[order.entities.length]);
  for (let r = 0; r < slots.length; r++) {
    const slot = slots[r];
    if (slot !== NO_SLOT) grouped[slot] = values[r];
  }
  return grouped;
}

/**
 * Copies grouped columns back to one value per row, all in one pass over the rows; rows without
 * a slot get their column's `fills` value.
 */
export function fromGrouped(
  grouped: Float64Array[],
  order: EntityTimeOrder,
  fills: number[],
): Float64Array[] {
  const slots = order.slotOfRow;
  const columns = grouped.map(() => new Float64Array(slots.length));
  for (let r = 0; r < slots.length; r++) {
    const slot = slots[r];
    for (let c = 0; c < columns.length; c++) {
      columns[c][r] = slot === NO_SLOT ? fills[c] : grouped[c][slot];
    }
  }
  return columns;
}
