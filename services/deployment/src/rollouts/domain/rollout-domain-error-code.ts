/** Stable codes of the rollout domain's errors; tests and clients match on these, never on text. */
export const RolloutDomainErrorCode = {
  /** A shipped deployment policy file is malformed; the service does not start. */
  InvalidPolicy: 'DEPLOYMENT.INVALID_POLICY',
  /** The move is not in the rollout state table. */
  IllegalRolloutTransition: 'DEPLOYMENT.ILLEGAL_ROLLOUT_TRANSITION',
  /** Two serving observations of different shapes (bucket or bin counts) cannot be summed. */
  ObservationMismatch: 'DEPLOYMENT.OBSERVATION_MISMATCH',
} as const;
