import { JOBS_ENTITIES } from '@loopline/jobs';
import type { ServiceIdentity } from '@loopline/service-runtime';
import { VersionedDocumentRow } from '@loopline/versioned-documents';
import { EvaluationRow } from '../evaluations/evaluation.row';
import { ProjectedAliasRow } from '../projections/projected-alias.row';
import { ProjectedFeatureSetRow } from '../projections/projected-feature-set.row';
import { ProjectedModelVersionRow } from '../projections/projected-model-version.row';

/**
 * TypeORM entities of the evaluation service. The outbox and inbox entities are added by the
 * service runtime, the job tables by the jobs module.
 */
export const EVALUATION_ENTITIES: ServiceIdentity['entities'] = [
  ...JOBS_ENTITIES,
  VersionedDocumentRow,
  ProjectedFeatureSetRow,
  ProjectedModelVersionRow,
  ProjectedAliasRow,
  EvaluationRow,
];
