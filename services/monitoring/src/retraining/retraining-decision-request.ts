import type { PublishContext } from '@loopline/messaging';
import type { RetrainingCause } from './domain';

/** What asks for a decision: a finding, a due schedule time or an operator. */
export interface RetrainingDecisionRequest {
  /** Given when the caller must know it before deciding (a schedule's fire row); minted otherwise. */
  decisionId?: string;
  modelName: string;
  cause: RetrainingCause;
  /** The serving version concerned; undefined asks the catalog for the model's champion. */
  servingTrainingRunId?: string;
  windowId: string | null;
  causeEventId: string | null;
  scheduledFor: number | null;
  /** Why retraining is asked for, in one sentence (the finding, the schedule, the operator's words). */
  because: string;
  requestedBy: string;
  publish: PublishContext;
}
