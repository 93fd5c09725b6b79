import { ErrorKind, PlatformError } from '@loopline/errors';
import { RolloutDomainErrorCode } from './rollout-domain-error-code';

/**
 * Lifecycle of a rollout: `warming` (blue-green replaying its warm-up, or the candidate loading),
 * `in_progress` (taking traffic step by step), then one of the final states: `completed` (the
 * candidate serves everything), `rolled_back` (traffic returned to the stable version) or
 * `superseded` (a newer rollout of the same endpoint replaced it before it finished).
 */
export const ROLLOUT_STATES = [
  'warming',
  'in_progress',
  'completed',
  'rolled_back',
  'superseded',
] as const;
export type RolloutState = (typeof ROLLOUT_STATES)[number];

/** Every allowed move; the final states have none. */
export const ALLOWED_ROLLOUT_TRANSITIONS: Readonly<Record<RolloutState, readonly RolloutState[]>> =
  {
    warming: ['in_progress', 'completed', 'rolled_back', 'superseded'],
    in_progress: ['completed', 'rolled_back', 'superseded'],
    completed: [],
    rolled_back: [],
    superseded: [],
  };

export function canMoveRollout(from: RolloutState, to: RolloutState): boolean {
  return ALLOWED_ROLLOUT_TRANSITIONS[from].includes(to);
}

/** True for completed, rolled_back and superseded: nothing happens to such a rollout again. */
export function isTerminal(state: RolloutState): boolean {
  return ALLOWED_ROLLOUT_TRANSITIONS[state].length === 0;
}

export function isRolloutState(value: unknown): value is RolloutState {
  return typeof value === 'string' && (ROLLOUT_STATES as readonly string[]).includes(value);
}

/** Throws 409 DEPLOYMENT.ILLEGAL_ROLLOUT_TRANSITION naming from, to and what is allowed. */
export function assertRolloutTransition(
  from: RolloutState,
  to: RolloutState,
  rolloutId?: string,
): void {
  if (canMoveRollout(from, to)) return;
  const allowed = ALLOWED_ROLLOUT_TRANSITIONS[from];
  const which = rolloutId === undefined ? 'The rollout' : `Rollout ${rolloutId}`;
  const next = isTerminal(from)
    ? `${from} is final; start a new rollout to deploy again.`
    : `from ${from} it may move to ${allowed.join(', ')}.`;
  throw new PlatformError(
    RolloutDomainErrorCode.IllegalRolloutTransition,
    `${which} cannot move from ${from} to ${to}; ${next}`,
    { kind: ErrorKind.Conflict, details: { rolloutId: rolloutId ?? null, from, to, allowed } },
  );
}
