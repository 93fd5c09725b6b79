import { isOutage, toPlatformError } from '@loopline/errors';
import type { GatePolicy } from '../gate-policy';
import type { ModelUnderEvaluation } from '../model-under-evaluation';
import { errorMessage, type GateRun } from './gate-run';

/**
 * One latency measurement for every latency check (with the most samples any asks for), none
 * when the policy has no latency check: timing is slow, and the machine's load is not the model's.
 */
export async function measureLatency(
  policy: GatePolicy,
  candidate: ModelUnderEvaluation,
): Promise<GateRun['latency']> {
  let samples = 0;
  for (const check of policy.checks)
    if (check.kind === 'latency') samples = Math.max(samples, check.samples);
  if (samples === 0) return null;
  try {
    return await candidate.measureLatency(samples);
  } catch (error) {
    if (isOutage(toPlatformError(error))) throw error;
    return { error: errorMessage(error) };
  }
}
