import { isOutage, toPlatformError } from '@loopline/errors';
import type { GateCheckSpec, Perturbation } from '../gate-policy';
import { formatNumber } from '../gate/format-number';
import { errorMessage, type CheckResult, type GateRun } from '../gate/gate-run';
import { metricMismatch, undefinedMetricReason } from '../gate/metric-availability';
import { perturbInputs } from '../gate/perturb-inputs';
import { readModelOutputs } from '../gate/read-model-outputs';
import { prefixedFiniteMetrics, splitMetrics } from '../gate/split-metrics';
import { worsening } from '../policy/gate-metrics';

type RobustnessCheck = Extract<GateCheckSpec, { kind: 'robustness' }>;

/**
 * The candidate scored again on a seeded perturbation of the test rows (seed = policy seed +
 * the check's index, so two robustness checks draw different noise): its metric may drop by at
 * most maxDrop from the unperturbed value.
 */
export async function robustnessCheck(
  check: RobustnessCheck,
  index: number,
  run: GateRun,
): Promise<CheckResult> {
  const base = {
    checkName: check.name,
    metric: `robustness.${check.name}.${check.metric}.drop`,
    comparator: 'lte' as const,
    threshold: check.maxDrop,
  };
  const baseline = run.testMetrics[check.metric];
  const fail = (message: string): CheckResult => ({
    outcomes: [
      {
        ...base,
        observed: null,
        baseline: Number.isFinite(baseline) ? baseline : null,
        passed: false,
        message,
      },
    ],
  });
  const mismatch = metricMismatch(check.metric, run.data.task);
  if (mismatch !== null) return fail(mismatch);
  if (!Number.isFinite(baseline))
    return fail(
      `test.${check.metric} is undefined on the test rows (${undefinedMetricReason(check.metric)}), so no drop can be measured.`,
    );
  const seed = run.inputs.policy.seed + index;
  const perturbed = perturbInputs(
    run.data.rawInputs,
    check.perturbation,
    seed,
    run.inputs.labelColumn,
  );
  if ('error' in perturbed) return fail(`Cannot perturb the test rows: ${perturbed.error}.`);
  const what = describePerturbation(check.perturbation, perturbed.columns);
  let metrics: Record<string, number>;
  try {
    const outputs = await readModelOutputs(
      run.inputs.candidate,
      perturbed.batch,
      run.data,
      'candidate',
      true,
    );
    metrics = splitMetrics(run.data, outputs).metrics;
  } catch (error) {
    if (isOutage(toPlatformError(error))) throw error;
    return fail(`The candidate could not be scored under ${what}: ${errorMessage(error)}.`);
  }
  const report = {
    checkName: check.name,
    perturbation: what,
    metrics: prefixedFiniteMetrics(metrics, ''),
  };
  const value = metrics[check.metric];
  if (!Number.isFinite(value))
    return { ...fail(`${check.metric} is undefined under ${what}.`), robustness: report };
  const drop = worsening(check.metric, baseline, value);
  const passed = drop <= check.maxDrop;
  const message =
    `Under ${what} (seed ${seed}), ${check.metric} moves from ${formatNumber(baseline)} to ` +
    `${formatNumber(value)}: a drop of ${formatNumber(drop)}, ` +
    (passed
      ? `within the allowed ${formatNumber(check.maxDrop)}.`
      : `over the allowed ${formatNumber(check.maxDrop)}: the model is fragile to inputs like these.`);
  return {
    outcomes: [{ ...base, observed: drop, baseline, passed, message }],
    robustness: report,
  };
}

function describePerturbation(perturbation: Perturbation, columns: readonly string[]): string {
  if (perturbation.type === 'noise')
    return `Gaussian noise of ${formatNumber(perturbation.scale)} standard deviations on ${columns.join(', ')}`;
  return `${formatNumber(perturbation.fraction * 100)}% of the values of ${columns.join(', ')} blanked`;
}
