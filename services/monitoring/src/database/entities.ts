import type { ServiceIdentity } from '@loopline/service-runtime';
import { JOBS_ENTITIES } from '@loopline/jobs';
import { CATALOG_ENTITIES } from '../catalog';
import { PERFORMANCE_ENTITIES } from '../performance';
import { RETRAINING_ENTITIES } from '../retraining';
import { WINDOWS_ENTITIES } from '../windows';

/**
 * TypeORM entities of the monitoring service. The outbox and inbox entities are added by the
 * service runtime.
 */
export const MONITORING_ENTITIES: ServiceIdentity['entities'] = [
  ...JOBS_ENTITIES,
  ...CATALOG_ENTITIES,
  ...WINDOWS_ENTITIES,
  ...PERFORMANCE_ENTITIES,
  ...RETRAINING_ENTITIES,
];
