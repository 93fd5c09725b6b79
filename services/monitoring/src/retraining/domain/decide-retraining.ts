import type { RetrainingDecisionInput } from './retraining-decision-input';
import type { RetrainingOutcome } from './retraining-outcome';

export interface RetrainingVerdict {
  outcome: RetrainingOutcome;
  /** Why, in one sentence a person can read; `requested` gets its reason from the finding. */
  reason: string;
  /** Set when the outcome refers to a request: the one coalesced into. */
  inFlightRequestId: string | null;
  /** Set for `suppressed_cooldown`: when the next trigger may request again (epoch ms). */
  cooldownUntil: number | null;
}

/**
 * Decides whether a finding, a schedule or an operator becomes a retraining request.
 *
 * Rules, in order:
 * - manual requests always go through: an operator asked on purpose, and the decision is recorded;
 * - drift and performance need their switch on in the policy;
 * - a request still in flight absorbs drift, performance and schedule (at most one retraining per
 *   model at a time; the finding is attached to that request instead);
 * - drift and performance wait out the cool-down after any request; schedules do not, because an
 *   operator chose their times and skipping one silently would surprise them;
 * - with `requireNewData`, drift, performance and schedule need a feature set newer than the
 *   serving version's: retraining on the same data reproduces the same model.
 */
export function decideRetraining(input: RetrainingDecisionInput): RetrainingVerdict {
  const { cause, policy, now } = input;
  if (cause === 'manual') return verdict('requested', 'requested by an operator');
  if (cause === 'drift' && !policy.onDrift)
    return verdict('suppressed_disabled', 'the policy does not retrain on drift (onDrift: false)');
  if (cause === 'performance' && !policy.onPerformance)
    return verdict(
      'suppressed_disabled',
      'the policy does not retrain on a performance drop (onPerformance: false)',
    );

  const inFlight = activeInFlight(input);
  if (inFlight !== null)
    return {
      ...verdict(
        'coalesced_in_flight',
        `retraining request ${inFlight.requestId} from ${iso(inFlight.requestedAt)} is still in flight` +
          (inFlight.trainingRunId ? ` (run ${inFlight.trainingRunId})` : ' (no run started yet)') +
          '; this finding is attached to it',
      ),
      inFlightRequestId: inFlight.requestId,
    };

  if (cause !== 'schedule' && input.lastRequestedAt !== null) {
    const until = input.lastRequestedAt + policy.cooldownSeconds * 1000;
    if (now < until)
      return {
        ...verdict(
          'suppressed_cooldown',
          `cool-down of ${policy.cooldownSeconds} s after the request at ${iso(input.lastRequestedAt)} lasts until ${iso(until)}`,
        ),
        cooldownUntil: until,
      };
  }

  if (policy.requireNewData && !hasNewerData(input))
    return verdict('suppressed_no_new_data', noNewDataReason(input));
  return verdict('requested', 'the policy allows a request');
}

/** The in-flight request, unless it has gone quiet for longer than the policy waits. */
export function activeInFlight(
  input: Pick<RetrainingDecisionInput, 'inFlight' | 'policy' | 'now'>,
): RetrainingDecisionInput['inFlight'] {
  const { inFlight, policy, now } = input;
  if (inFlight === null) return null;
  return now - inFlight.requestedAt < policy.inFlightTimeoutSeconds * 1000 ? inFlight : null;
}

/** When the cool-down after the newest request ends, or null when none is running at `now`. */
export function cooldownUntil(
  lastRequestedAt: number | null,
  cooldownSeconds: number,
  now: number,
): number | null {
  if (lastRequestedAt === null) return null;
  const until = lastRequestedAt + cooldownSeconds * 1000;
  return now < until ? until : null;
}

function hasNewerData(input: RetrainingDecisionInput): boolean {
  const { servingFeatureSet: serving, newestFeatureSet: newest } = input;
  // Nothing serving yet: any data is new to the model.
  if (serving === null) return true;
  if (newest === null || newest.featureSetId === serving.featureSetId) return false;
  return newest.materializedAt > serving.materializedAt;
}

function noNewDataReason(input: RetrainingDecisionInput): string {
  const { servingFeatureSet: serving, newestFeatureSet: newest } = input;
  const servingSet = `feature set ${serving?.featureSetId} (dataset version ${serving?.datasetVersionId})`;
  if (newest === null)
    return `requireNewData is on and no feature set newer than the serving version's ${servingSet} is known; materialize a newer dataset version first`;
  return `requireNewData is on and the newest feature set ${newest.featureSetId} is no newer than the serving version's ${servingSet}; materialize a newer dataset version first`;
}

function verdict(outcome: RetrainingOutcome, reason: string): RetrainingVerdict {
  return { outcome, reason, inFlightRequestId: null, cooldownUntil: null };
}

function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
