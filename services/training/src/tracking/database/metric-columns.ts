import type { MetricPoint } from '../domain/tracked-run';

/** Points as the parallel arrays `unnest` takes, one entry per (key, step), the last one winning. */
export interface MetricColumns {
  keys: string[];
  steps: number[];
  values: number[];
  timestamps: number[];
}

export function toMetricColumns(points: readonly MetricPoint[], now: number): MetricColumns {
  // A statement may not update one row twice, so duplicates in a batch are folded here first.
  const latest = new Map<string, number>();
  points.forEach((point, index) => latest.set(`${point.step}\u0000${point.key}`, index));
  const columns: MetricColumns = { keys: [], steps: [], values: [], timestamps: [] };
  const unique = latest.size === points.length;
  points.forEach((point, index) => {
    if (!unique && latest.get(`${point.step}\u0000${point.key}`) !== index) return;
    columns.keys.push(point.key);
    columns.steps.push(point.step);
    columns.values.push(point.value);
    columns.timestamps.push(point.timestamp ?? now);
  });
  return columns;
}
