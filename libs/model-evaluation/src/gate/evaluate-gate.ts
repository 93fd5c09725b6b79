import { runCheck } from '../checks/run-check';
import { EVALUATION_REPORT_FORMAT, type GateEvaluation } from '../evaluation-report';
import type { GateInputs } from '../model-under-evaluation';
import { evaluationPlots } from '../plots/evaluation-plots';
import { gateData } from './gate-data';
import type { GateRun } from './gate-run';
import { measureLatency } from './measure-latency';
import { readModelOutputs } from './read-model-outputs';
import { scoreChampion } from './score-champion';
import { prefixedFiniteMetrics, splitMetrics } from './split-metrics';

/**
 * Judges a candidate against its gate policy: scores it (and the champion, when there is one)
 * on the raw test rows, runs every check in policy order, and reports each outcome with the
 * value, the bound and what it means. `passed` only when every outcome passed.
 *
 * Throws EVALUATION.INVALID_GATE_INPUTS for inconsistent inputs and
 * EVALUATION.INVALID_MODEL_OUTPUT (or the candidate's own error) when the candidate cannot be
 * scored at all; a champion that cannot be scored fails the champion checks instead.
 */
export async function evaluateGate(inputs: GateInputs): Promise<GateEvaluation> {
  const data = gateData(inputs);
  const outputs = await readModelOutputs(
    inputs.candidate,
    inputs.rawInputs,
    data,
    'candidate',
    true,
  );
  const test = splitMetrics(data, outputs);
  const run: GateRun = {
    inputs,
    data,
    outputs,
    testMetrics: test.metrics,
    champion: await scoreChampion(inputs, data),
    latency: await measureLatency(inputs.policy, inputs.candidate),
  };

  const evaluation: GateEvaluation = {
    format: EVALUATION_REPORT_FORMAT,
    passed: true,
    checks: [],
    metrics: {},
    rows: data.rows,
    decisionThreshold: data.task === 'binary_classification' ? data.decisionThreshold : null,
    champion: null,
    slices: [],
    robustness: [],
    latency: run.latency !== null && !('error' in run.latency) ? { ...run.latency } : null,
    plots: evaluationPlots(data, outputs, test.confusionMatrix),
  };
  for (const [index, check] of inputs.policy.checks.entries()) {
    const result = await runCheck(check, index, run);
    evaluation.checks.push(...result.outcomes);
    if (result.slices !== undefined) evaluation.slices.push(result.slices);
    if (result.robustness !== undefined) evaluation.robustness.push(result.robustness);
  }
  evaluation.passed = evaluation.checks.every((outcome) => outcome.passed);

  const championMetrics = prefixedFiniteMetrics(run.champion?.metrics ?? {}, 'test.');
  if (run.champion !== null)
    evaluation.champion = { modelVersion: run.champion.modelVersion, metrics: championMetrics };
  evaluation.metrics = {
    ...prefixedFiniteMetrics(test.metrics, 'test.'),
    ...prefixedFiniteMetrics(championMetrics, 'champion.'),
    ...(evaluation.latency === null
      ? {}
      : {
          'latency.p50_ms': evaluation.latency.p50Ms,
          'latency.p95_ms': evaluation.latency.p95Ms,
          'latency.p99_ms': evaluation.latency.p99Ms,
        }),
    'artifact.size_bytes': inputs.candidate.artifactSizeBytes,
  };
  return evaluation;
}
