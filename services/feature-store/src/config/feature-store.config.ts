import { ConfigOf, parseConfig, serviceConfigDefinition } from '@loopline/config';

/** Kebab-case service name: metrics label, log prefix, Postgres application_name, Kafka client id. */
export const FEATURE_STORE_SERVICE_NAME = 'feature-store';

/**
 * Every environment variable the feature-store service reads, with its type, default and doc. The
 * defaults match the local stack (`infra/stack.sh up`).
 */
export const FEATURE_STORE_CONFIG_DEFINITION = serviceConfigDefinition({
  serviceName: FEATURE_STORE_SERVICE_NAME,
  httpPort: 3002,
  databaseSchema: 'feature_store',
  artifactsBucket: 'loopline-features',
  artifactsDoc: 'Bucket for materialized training sets and feature view transforms.',
});

export type FeatureStoreConfig = ConfigOf<typeof FEATURE_STORE_CONFIG_DEFINITION>;

/** Parses the feature-store service's configuration; the only place the service reads the environment. */
export function loadFeatureStoreConfig(env: NodeJS.ProcessEnv = process.env): FeatureStoreConfig {
  return parseConfig(FEATURE_STORE_CONFIG_DEFINITION, env);
}
