import type { GateCheckOutcome, SliceMetrics } from '../evaluation-report';
import type { GateCheckSpec } from '../gate-policy';
import { formatNumber } from '../gate/format-number';
import type { CheckResult, GateRun } from '../gate/gate-run';
import { metricMismatch } from '../gate/metric-availability';
import { sliceRows, slicedBy } from '../gate/slice-rows';
import { splitMetrics } from '../gate/split-metrics';
import { higherIsBetter } from '../policy/gate-metrics';
import { extremes, sliceCoverage } from './slice-coverage';

type SlicesCheck = Extract<GateCheckSpec, { kind: 'slices' }>;

/**
 * A metric per slice of the test rows: the spread between the judged slices at most maxGap,
 * and each judged slice at least minValue. A slice is judged when it has minRows rows and the
 * metric is defined on it; a gate that cannot judge fails rather than passing silently.
 */
export function slicesCheck(check: SlicesCheck, run: GateRun): CheckResult {
  const by = slicedBy(check.slice);
  const name = `slices.${by}.${check.metric}`;
  const bounds: { metric: string; comparator: 'lte' | 'gte'; threshold: number }[] = [];
  if (check.maxGap !== undefined)
    bounds.push({ metric: `${name}.gap`, comparator: 'lte', threshold: check.maxGap });
  if (check.minValue !== undefined)
    bounds.push({ metric: `${name}.min`, comparator: 'gte', threshold: check.minValue });
  const outcome = (i: number, observed: number | null, passed: boolean, message: string) => ({
    checkName: check.name,
    ...bounds[i],
    observed,
    baseline: null,
    passed,
    message,
  });
  const failAll = (message: string): CheckResult => ({
    outcomes: bounds.map((_, i) => outcome(i, null, false, message)),
  });

  const mismatch = metricMismatch(check.metric, run.data.task);
  if (mismatch !== null) return failAll(mismatch);
  const sliced = sliceRows(run.data.rawInputs, check.slice);
  if ('error' in sliced) return failAll(`Cannot slice the test rows by ${by}: ${sliced.error}.`);

  const kept = sliced.groups.slice(0, check.maxSlices);
  const undefinedValues: string[] = [];
  const slices: SliceMetrics[] = kept.map((group) => {
    const all = splitMetrics(run.data, run.outputs, group.rows).metrics;
    const defined = Number.isFinite(all[check.metric]);
    const large = group.rows.length >= check.minRows;
    if (large && !defined) undefinedValues.push(group.value);
    const metrics = Object.fromEntries(Object.entries(all).filter(([, v]) => Number.isFinite(v)));
    return { value: group.value, rows: group.rows.length, metrics, judged: large && defined };
  });
  const judged = slices.filter((slice) => slice.judged);
  const coverage = sliceCoverage(
    slices,
    check.minRows,
    undefinedValues,
    sliced.groups.length - kept.length,
    check.metric,
  );
  const valueOf = (slice: SliceMetrics) => slice.metrics[check.metric];
  const outcomes: GateCheckOutcome[] = bounds.map((bound, i) => {
    const needed = bound.comparator === 'lte' ? 2 : 1;
    if (judged.length < needed)
      return outcome(
        i,
        null,
        false,
        `Only ${judged.length} slice(s) of ${by} could be judged${coverage}, but ${bound.comparator === 'lte' ? 'a gap needs two' : 'the bound needs one'}: the gate cannot judge ${check.metric} across slices. Lower minRows or evaluate on more test rows.`,
      );
    const { lowest, highest } = extremes(judged, valueOf);
    const [worst, best] = higherIsBetter(check.metric) ? [lowest, highest] : [highest, lowest];
    const show = (slice: SliceMetrics) => `${slice.value} (${formatNumber(valueOf(slice))})`;
    if (bound.comparator === 'lte') {
      const gap = valueOf(highest) - valueOf(lowest);
      const passed = gap <= bound.threshold;
      return outcome(
        i,
        gap,
        passed,
        `${check.metric} over ${judged.length} judged slices of ${by}${coverage} ranges from ${show(worst)}, the worst, to ${show(best)}: a gap of ${formatNumber(gap)}, ${passed ? 'within' : 'over'} the allowed ${formatNumber(bound.threshold)}${passed ? '.' : ': the model serves some groups markedly worse than others.'}`,
      );
    }
    const passed = valueOf(lowest) >= bound.threshold;
    return outcome(
      i,
      valueOf(lowest),
      passed,
      `The worst of ${judged.length} judged slices of ${by}${coverage} is ${show(lowest)}, ${passed ? 'at or above' : 'below'} the minimum ${formatNumber(bound.threshold)}.`,
    );
  });
  return { outcomes, slices: { checkName: check.name, slicedBy: by, slices } };
}
