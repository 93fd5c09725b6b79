import { join } from 'node:path';
import { tmpdir } from 'node:os';
import {
  ConfigOf,
  defineConfig,
  integer,
  parseConfig,
  serviceConfigDefinition,
  string,
} from '@loopline/config';

/** Kebab-case service name: metrics label, log prefix, Postgres application_name, Kafka client id. */
export const FEATURE_STORE_SERVICE_NAME = 'feature-store';

/** The feature view definitions shipped with the service (`services/feature-store/feature-views`). */
const SHIPPED_FEATURE_VIEWS = join(__dirname, '..', '..', 'feature-views');

/**
 * Every environment variable the feature-store service reads, with its type, default and doc. The
 * defaults match the local stack (`infra/stack.sh up`).
 */
export const FEATURE_STORE_CONFIG_DEFINITION = defineConfig({
  ...serviceConfigDefinition({
    serviceName: FEATURE_STORE_SERVICE_NAME,
    httpPort: 3002,
    databaseSchema: 'feature_store',
    artifactsBucket: 'loopline-features',
    artifactsDoc:
      'Bucket for feature view definitions, materialized splits, transform specs and reference profiles.',
  }),
  FEATURE_STORE_VIEWS_DIR: string({
    default: SHIPPED_FEATURE_VIEWS,
    doc: 'Folder of feature view definition files (<name>.json) registered at start-up; a changed file becomes a new version.',
  }),
  FEATURE_STORE_WORK_DIR: string({
    default: join(tmpdir(), 'loopline-feature-store'),
    doc: 'Local scratch space: dataset parts being read and feature set files being written.',
  }),
  FEATURE_STORE_ENGINE_MEMORY_MB: integer({
    default: 1024,
    min: 64,
    doc: 'Memory limit of the columnar engine per materialization.',
  }),
  FEATURE_STORE_ENGINE_THREADS: integer({
    default: 2,
    min: 1,
    doc: 'Threads of the columnar engine per materialization.',
  }),
  FEATURE_STORE_JOB_LEASE_MS: integer({
    default: 30_000,
    min: 1_000,
    doc: 'How long a materialization may go without a lease renewal before another replica takes it over (after a crash).',
  }),
});

export type FeatureStoreConfig = ConfigOf<typeof FEATURE_STORE_CONFIG_DEFINITION>;

/** Parses the feature-store service's configuration; the only place the service reads the environment. */
export function loadFeatureStoreConfig(env: NodeJS.ProcessEnv = process.env): FeatureStoreConfig {
  return parseConfig(FEATURE_STORE_CONFIG_DEFINITION, env);
}
