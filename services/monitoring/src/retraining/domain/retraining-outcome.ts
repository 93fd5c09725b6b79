/** What caused a retraining decision: a finding, the model's schedule, or an operator. */
export type RetrainingCause = 'drift' | 'performance' | 'schedule' | 'manual';

/**
 * Every way a decision can end. Only `requested` publishes a `TrainingRequested`; the others are
 * recorded so that a person can see why nothing happened.
 */
export const RETRAINING_OUTCOMES = [
  'requested',
  'suppressed_disabled',
  'suppressed_cooldown',
  'coalesced_in_flight',
  'suppressed_no_new_data',
] as const;

export type RetrainingOutcome = (typeof RETRAINING_OUTCOMES)[number];

/** How a request stopped counting as in flight. */
export type RetrainingEnding =
  'training_failed' | 'gate_failed' | 'rolled_back' | 'rollout_completed' | 'timed_out';
