import type { PerformancePolicy } from '../../policies/monitoring-policy';
import { isErrorMetric } from './realized-metrics';

/** What the policy's comparison found for one window. */
export type PerformanceVerdict =
  | { judged: false; why: string }
  | { judged: true; degraded: boolean; observed: number; baseline: number; limit: number };

/**
 * Compares a window's realized metric with the version's test value: degraded when it fell more
 * than `maxDrop` below it (rose more than `maxDrop` above it, for error metrics like rmse). Not
 * judged with fewer than `minLabels` labels, or when either value is unknown.
 */
export function judgePerformance(
  policy: PerformancePolicy,
  labeledCount: number,
  metrics: Readonly<Record<string, number>>,
  baseline: number | undefined,
): PerformanceVerdict {
  if (labeledCount < policy.minLabels)
    return { judged: false, why: `${labeledCount} of ${policy.minLabels} labels` };
  const observed = metrics[policy.metric];
  if (observed === undefined || !Number.isFinite(observed))
    return { judged: false, why: `${policy.metric} is undefined on the labels so far` };
  if (baseline === undefined || !Number.isFinite(baseline))
    return { judged: false, why: `the version has no test ${policy.metric}` };
  const lowerIsBetter = isErrorMetric(policy.metric);
  const limit = lowerIsBetter ? baseline + policy.maxDrop : baseline - policy.maxDrop;
  const degraded = lowerIsBetter ? observed > limit : observed < limit;
  return { judged: true, degraded, observed, baseline, limit };
}
