import type { GateCheckOutcome } from '../evaluation-report';
import type { GateCheckSpec } from '../gate-policy';
import { COMPARATOR_SYMBOL, satisfies } from '../gate/comparator';
import { formatNumber } from '../gate/format-number';
import type { CheckResult, GateRun } from '../gate/gate-run';
import { metricMismatch, undefinedMetricReason } from '../gate/metric-availability';

type ThresholdCheck = Extract<GateCheckSpec, { kind: 'threshold' }>;

/** An absolute bound on one test metric of the candidate. */
export function thresholdCheck(check: ThresholdCheck, run: GateRun): CheckResult {
  const metric = `test.${check.metric}`;
  const base = {
    checkName: check.name,
    metric,
    comparator: check.comparator,
    threshold: check.threshold,
    baseline: null,
  };
  const bound = `${COMPARATOR_SYMBOL[check.comparator]} ${formatNumber(check.threshold)}`;
  const mismatch = metricMismatch(check.metric, run.data.task);
  const value = run.testMetrics[check.metric];
  let outcome: GateCheckOutcome;
  if (mismatch !== null) outcome = { ...base, observed: null, passed: false, message: mismatch };
  else if (!Number.isFinite(value))
    outcome = {
      ...base,
      observed: null,
      passed: false,
      message: `${metric} is undefined on the ${run.data.rows} test rows (${undefinedMetricReason(check.metric)}), so the bound ${bound} cannot be judged; evaluate on a test split that holds every class.`,
    };
  else {
    const passed = satisfies(value, check.comparator, check.threshold);
    outcome = {
      ...base,
      observed: value,
      passed,
      message: passed
        ? `${metric} is ${formatNumber(value)}, within the bound ${bound}.`
        : `${metric} is ${formatNumber(value)}, outside the bound ${bound} (off by ${formatNumber(Math.abs(value - check.threshold))}): the candidate does not reach the quality this gate requires.`,
    };
  }
  return { outcomes: [outcome] };
}
