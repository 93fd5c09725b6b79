import type { GateCheckSpec } from '../gate-policy';
import { formatNumber } from '../gate/format-number';
import type { CheckResult, GateRun } from '../gate/gate-run';

type LatencyCheck = Extract<GateCheckSpec, { kind: 'latency' }>;
type ArtifactSizeCheck = Extract<GateCheckSpec, { kind: 'artifact_size' }>;

/** p95 of single-row predictions, measured once per evaluation on the evaluating machine. */
export function latencyCheck(check: LatencyCheck, run: GateRun): CheckResult {
  const base = {
    checkName: check.name,
    metric: 'latency.p95_ms',
    comparator: 'lte' as const,
    threshold: check.p95MaxMs,
    baseline: null,
  };
  const latency = run.latency;
  if (latency === null || 'error' in latency)
    return {
      outcomes: [
        {
          ...base,
          observed: null,
          passed: false,
          message: `The candidate's latency could not be measured: ${latency?.error ?? 'no measurement was taken'}.`,
        },
      ],
    };
  const passed = latency.p95Ms <= check.p95MaxMs;
  const message =
    `p95 of ${latency.samples} single-row predictions is ${formatNumber(latency.p95Ms)} ms ` +
    `(p50 ${formatNumber(latency.p50Ms)} ms, p99 ${formatNumber(latency.p99Ms)} ms), ` +
    (passed
      ? `within the allowed ${formatNumber(check.p95MaxMs)} ms.`
      : `over the allowed ${formatNumber(check.p95MaxMs)} ms: requests would wait longer than serving promises.`);
  return { outcomes: [{ ...base, observed: latency.p95Ms, passed, message }] };
}

/** Total bytes of the candidate's stored files. */
export function artifactSizeCheck(check: ArtifactSizeCheck, run: GateRun): CheckResult {
  const size = run.inputs.candidate.artifactSizeBytes;
  const passed = size <= check.maxBytes;
  const message =
    `The candidate's files take ${size} bytes, ` +
    (passed
      ? `within the allowed ${check.maxBytes}.`
      : `over the allowed ${check.maxBytes} by ${size - check.maxBytes}: shrink the model or raise the bound.`);
  return {
    outcomes: [
      {
        checkName: check.name,
        metric: 'artifact.size_bytes',
        comparator: 'lte',
        threshold: check.maxBytes,
        observed: size,
        baseline: null,
        passed,
        message,
      },
    ],
  };
}
