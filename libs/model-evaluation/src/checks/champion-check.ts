import type { GateCheckOutcome } from '../evaluation-report';
import type { GateCheckSpec } from '../gate-policy';
import { formatNumber } from '../gate/format-number';
import type { CheckResult, GateRun } from '../gate/gate-run';
import { metricMismatch, undefinedMetricReason } from '../gate/metric-availability';
import { worsening } from '../policy/gate-metrics';

type ChampionCheck = Extract<GateCheckSpec, { kind: 'champion' }>;

/**
 * The candidate against the production model on the same rows: it may be worse by at most
 * maxRegression. Without a champion there is nothing to regress from, so the check passes.
 */
export function championCheck(check: ChampionCheck, run: GateRun): CheckResult {
  const metric = `test.${check.metric}`;
  const base = {
    checkName: check.name,
    metric,
    comparator: 'max_regression' as const,
    threshold: check.maxRegression,
  };
  const fail = (message: string, observed: number | null, baseline: number | null) => ({
    outcomes: [{ ...base, observed, baseline, passed: false, message }],
  });
  const mismatch = metricMismatch(check.metric, run.data.task);
  if (mismatch !== null) return fail(mismatch, null, null);
  const candidate = run.testMetrics[check.metric];
  if (!Number.isFinite(candidate))
    return fail(
      `The candidate's ${metric} is undefined on the test rows (${undefinedMetricReason(check.metric)}), so it cannot be compared with the champion.`,
      null,
      null,
    );
  const champion = run.champion;
  if (champion === null) {
    const message = `The candidate's ${metric} is ${formatNumber(candidate)}. This is the first model of the name ${run.inputs.policy.modelName}: there is no production model to compare with, so the check passes.`;
    return { outcomes: [{ ...base, observed: candidate, baseline: null, passed: true, message }] };
  }
  if (champion.error !== null)
    return fail(
      `The champion (version ${champion.modelVersion}) could not be scored on the test rows: ${champion.error}. Without its ${metric} the candidate cannot be shown to be no worse.`,
      null,
      null,
    );
  const reference = champion.metrics[check.metric];
  if (!Number.isFinite(reference))
    return fail(
      `The champion's ${metric} is undefined on the test rows (${undefinedMetricReason(check.metric)}).`,
      null,
      null,
    );
  const drop = worsening(check.metric, reference, candidate);
  const passed = drop <= check.maxRegression;
  const comparison =
    drop > 0
      ? `${formatNumber(drop)} worse than`
      : drop < 0
        ? `${formatNumber(-drop)} better than`
        : 'equal to';
  const outcome: GateCheckOutcome = {
    ...base,
    observed: candidate,
    baseline: reference,
    passed,
    message:
      `The candidate's ${metric} is ${formatNumber(candidate)}, ${comparison} the champion's ` +
      `(version ${champion.modelVersion}) ${formatNumber(reference)} on the same rows; ` +
      (passed
        ? `within the allowed regression of ${formatNumber(check.maxRegression)}.`
        : `more than the allowed regression of ${formatNumber(check.maxRegression)}: promoting it would make production worse.`),
  };
  return { outcomes: [outcome] };
}
