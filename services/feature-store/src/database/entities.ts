import { JOBS_ENTITIES } from '@loopline/jobs';
import type { ServiceIdentity } from '@loopline/service-runtime';
import { DatasetVersionRow } from './dataset-version.row';
import { FeatureSetRow } from './feature-set.row';
import { FeatureViewVersionRow } from './feature-view-version.row';
import { OnlineFeatureRow } from './online-feature.row';

/**
 * TypeORM entities of the feature-store service; they never leave `database/`. The outbox and inbox
 * entities are added by the service runtime.
 */
export const FEATURE_STORE_ENTITIES: ServiceIdentity['entities'] = [
  ...JOBS_ENTITIES,
  FeatureViewVersionRow,
  DatasetVersionRow,
  FeatureSetRow,
  OnlineFeatureRow,
];
