import { ConfigOf, parseConfig, serviceConfigDefinition } from '@loopline/config';

/** Kebab-case service name: metrics label, log prefix, Postgres application_name, Kafka client id. */
export const INGESTION_SERVICE_NAME = 'ingestion';

/**
 * Every environment variable the ingestion service reads, with its type, default and doc. The
 * defaults match the local stack (`infra/stack.sh up`).
 */
export const INGESTION_CONFIG_DEFINITION = serviceConfigDefinition({
  serviceName: INGESTION_SERVICE_NAME,
  httpPort: 3001,
  databaseSchema: 'ingestion',
  artifactsBucket: 'loopline-datasets',
  artifactsDoc: 'Bucket for dataset snapshots, manifests and data profiles.',
});

export type IngestionConfig = ConfigOf<typeof INGESTION_CONFIG_DEFINITION>;

/** Parses the ingestion service's configuration; the only place the service reads the environment. */
export function loadIngestionConfig(env: NodeJS.ProcessEnv = process.env): IngestionConfig {
  return parseConfig(INGESTION_CONFIG_DEFINITION, env);
}
