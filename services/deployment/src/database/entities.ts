import { JOBS_ENTITIES } from '@loopline/jobs';
import { BATCH_SCORING_ENTITIES } from '../batch-scoring';
import type { ServiceIdentity } from '@loopline/service-runtime';
import { KnownModelRow } from '../projections/known-model.row';
import { ModelApprovalRuleRow } from '../projections/model-approval-rule.row';
import { EndpointRow } from '../rollouts/endpoint.row';
import { RolloutObservationRow } from '../rollouts/rollout-observation.row';
import { RolloutRow } from '../rollouts/rollout.row';

/**
 * TypeORM entities of the deployment service; they never leave `database/`. The outbox and inbox
 * entities are added by the service runtime, the job tables by the jobs module.
 */
export const DEPLOYMENT_ENTITIES: ServiceIdentity['entities'] = [
  ...JOBS_ENTITIES,
  KnownModelRow,
  ModelApprovalRuleRow,
  EndpointRow,
  RolloutRow,
  RolloutObservationRow,
  ...BATCH_SCORING_ENTITIES,
];
