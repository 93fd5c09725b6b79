import { JOBS_ENTITIES } from '@loopline/jobs';
import type { ServiceIdentity } from '@loopline/service-runtime';
import { BatchRow } from './batch.row';
import { DataContractRow } from './data-contract.row';
import { DatasetVersionRow } from './dataset-version.row';

/**
 * TypeORM entities of the ingestion service; they never leave `database/`. The outbox and inbox
 * entities are added by the service runtime.
 */
export const INGESTION_ENTITIES: ServiceIdentity['entities'] = [
  ...JOBS_ENTITIES,
  DataContractRow,
  BatchRow,
  DatasetVersionRow,
];
