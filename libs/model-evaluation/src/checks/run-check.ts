import type { GateCheckSpec } from '../gate-policy';
import type { CheckResult, GateRun } from '../gate/gate-run';
import { championCheck } from './champion-check';
import { fairnessCheck } from './fairness-check';
import { artifactSizeCheck, latencyCheck } from './operational-checks';
import { robustnessCheck } from './robustness-check';
import { slicesCheck } from './slices-check';
import { thresholdCheck } from './threshold-check';

/** Runs one check of the policy; `index` is its position (robustness seeds from it). */
export async function runCheck(
  check: GateCheckSpec,
  index: number,
  run: GateRun,
): Promise<CheckResult> {
  switch (check.kind) {
    case 'threshold':
      return thresholdCheck(check, run);
    case 'champion':
      return championCheck(check, run);
    case 'slices':
      return slicesCheck(check, run);
    case 'fairness':
      return fairnessCheck(check, run);
    case 'robustness':
      return robustnessCheck(check, index, run);
    case 'latency':
      return latencyCheck(check, run);
    case 'artifact_size':
      return artifactSizeCheck(check, run);
  }
}
