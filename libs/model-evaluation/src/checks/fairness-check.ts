import type { SliceMetrics } from '../evaluation-report';
import type { GateCheckSpec } from '../gate-policy';
import { formatNumber } from '../gate/format-number';
import type { CheckResult, GateRun } from '../gate/gate-run';
import { predictedClasses } from '../gate/predicted-classes';
import { sliceRows, slicedBy } from '../gate/slice-rows';
import { fairnessMismatch, fairnessValue } from './fairness-measure';
import { extremes, sliceCoverage } from './slice-coverage';

type FairnessCheck = Extract<GateCheckSpec, { kind: 'fairness' }>;

/**
 * Disparity between groups of the test rows: the lowest group's measure over the highest's at
 * least minRatio (the "four-fifths rule" is minRatio 0.8). Groups below minRows or where the
 * measure is undefined are reported, not judged; fewer than two judged groups fail the check.
 */
export function fairnessCheck(check: FairnessCheck, run: GateRun): CheckResult {
  const by = slicedBy(check.slice);
  const base = {
    checkName: check.name,
    metric: `fairness.${by}.${check.measure}.ratio`,
    comparator: 'gte' as const,
    threshold: check.minRatio,
    baseline: null,
  };
  const fail = (message: string): CheckResult => ({
    outcomes: [{ ...base, observed: null, passed: false, message }],
  });
  const mismatch = fairnessMismatch(check.measure, run.data);
  if (mismatch !== null) return fail(`${check.measure}: ${mismatch}`);
  const sliced = sliceRows(run.data.rawInputs, check.slice);
  if ('error' in sliced) return fail(`Cannot group the test rows by ${by}: ${sliced.error}.`);

  const predicted = predictedClasses(run.data, run.outputs);
  const kept = sliced.groups.slice(0, check.maxSlices);
  const undefinedValues: string[] = [];
  const slices: SliceMetrics[] = kept.map((group) => {
    const value = fairnessValue(check.measure, group.rows, run.data.labels, predicted);
    const large = group.rows.length >= check.minRows;
    if (large && Number.isNaN(value)) undefinedValues.push(group.value);
    return {
      value: group.value,
      rows: group.rows.length,
      metrics: Number.isNaN(value) ? {} : { [check.measure]: value },
      judged: large && !Number.isNaN(value),
    };
  });
  const report = { checkName: check.name, slicedBy: by, slices };
  const coverage = sliceCoverage(
    slices,
    check.minRows,
    undefinedValues,
    sliced.groups.length - kept.length,
    check.measure,
  );
  const judged = slices.filter((slice) => slice.judged);
  if (judged.length < 2)
    return {
      ...fail(
        `Only ${judged.length} group(s) of ${by} could be judged${coverage}, but a disparity needs two: the gate cannot judge fairness here. Lower minRows or evaluate on more test rows.`,
      ),
      slices: report,
    };
  const valueOf = (slice: SliceMetrics) => slice.metrics[check.measure];
  const { lowest, highest } = extremes(judged, valueOf);
  // Every group at 0 (no group ever predicted positive) is parity, not a disparity.
  const ratio = valueOf(highest) === 0 ? 1 : valueOf(lowest) / valueOf(highest);
  const passed = ratio >= check.minRatio;
  const show = (slice: SliceMetrics) => `${slice.value} (${formatNumber(valueOf(slice))})`;
  const message =
    `${check.measure} over ${judged.length} judged groups of ${by}${coverage}: lowest ${show(lowest)}, ` +
    `highest ${show(highest)}, a ratio of ${formatNumber(ratio)}, ` +
    (passed
      ? `at or above the minimum ${formatNumber(check.minRatio)}.`
      : `below the minimum ${formatNumber(check.minRatio)}: the model treats ${lowest.value} markedly differently from ${highest.value}.`);
  return { outcomes: [{ ...base, observed: ratio, passed, message }], slices: report };
}
