import type { ServedPrediction } from '../serving/served-prediction';

/** What a PredictionsLogged event says about its batch beyond the file itself. */
export interface PredictionBatchSummary {
  windowStart: number;
  windowEnd: number;
  outputStats: Record<string, number>;
  servingMetrics: Record<string, number>;
}

/**
 * Request-time window, output statistics and serving latency of one group. Classifiers with one
 * output get mean_score and positive_rate (score at or above 0.5); several outputs get each class's
 * mean probability and its share of predictions (share:<label>); regressors get the mean, minimum
 * and maximum prediction. Latency quantiles are nearest-rank.
 */
export function summarizeBatch(
  rows: readonly ServedPrediction[],
  outputs: readonly string[],
): PredictionBatchSummary {
  let windowStart = Infinity;
  let windowEnd = -Infinity;
  for (const row of rows) {
    windowStart = Math.min(windowStart, row.requestTime);
    windowEnd = Math.max(windowEnd, row.requestTime);
  }
  const latencies = rows.map((row) => row.latencyMs).sort((a, b) => a - b);
  return {
    windowStart,
    windowEnd,
    outputStats: outputStats(rows, outputs),
    servingMetrics: {
      p50_latency_ms: quantile(latencies, 0.5),
      p95_latency_ms: quantile(latencies, 0.95),
      p99_latency_ms: quantile(latencies, 0.99),
      max_latency_ms: latencies[latencies.length - 1] ?? 0,
    },
  };
}

function outputStats(
  rows: readonly ServedPrediction[],
  outputs: readonly string[],
): Record<string, number> {
  const n = rows.length;
  if (n === 0) return {};
  const mean = (o: number) => rows.reduce((sum, row) => sum + (row.outputs[o] ?? 0), 0) / n;
  if (outputs.length === 1 && outputs[0] === 'prediction') {
    let min = Infinity;
    let max = -Infinity;
    for (const row of rows) {
      min = Math.min(min, Number(row.prediction));
      max = Math.max(max, Number(row.prediction));
    }
    return { mean_prediction: mean(0), min_prediction: min, max_prediction: max };
  }
  if (outputs.length === 1) {
    const positives = rows.filter((row) => (row.outputs[0] ?? 0) >= 0.5).length;
    return { mean_score: mean(0), positive_rate: positives / n };
  }
  const stats: Record<string, number> = {};
  outputs.forEach((name, o) => (stats[`mean_${name}`] = mean(o)));
  const counts = new Map<string, number>();
  for (const row of rows)
    counts.set(String(row.prediction), (counts.get(String(row.prediction)) ?? 0) + 1);
  for (const [label, count] of counts) stats[`share:${label}`] = count / n;
  return stats;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
