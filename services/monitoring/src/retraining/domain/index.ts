export {
  activeInFlight,
  cooldownUntil,
  decideRetraining,
  type RetrainingVerdict,
} from './decide-retraining';
export type {
  FeatureSetFacts,
  InFlightRequest,
  RetrainingDecisionInput,
} from './retraining-decision-input';
export {
  RETRAINING_OUTCOMES,
  type RetrainingCause,
  type RetrainingEnding,
  type RetrainingOutcome,
} from './retraining-outcome';
export { RetrainingSchedule } from './retraining-schedule';
