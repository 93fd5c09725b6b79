import {
  bucketName,
  ConfigOf,
  defineConfig,
  identifier,
  parseConfig,
  PLATFORM_CONFIG_DEFINITION,
  port,
} from '@loopline/config';

/** Kebab-case service name: metrics label, log prefix, Postgres application_name, Kafka client id. */
export const INGESTION_SERVICE_NAME = 'ingestion';

/**
 * Every environment variable the ingestion service reads, with its type, default and doc. The
 * defaults match the local stack (`infra/stack.sh up`).
 */
export const INGESTION_CONFIG_DEFINITION = defineConfig({
  ...PLATFORM_CONFIG_DEFINITION,
  HTTP_PORT: port({
    default: 3001,
    doc: 'Port of the ingestion HTTP API (/health, /ready, /metrics).',
  }),
  DATABASE_SCHEMA: identifier({
    default: 'ingestion',
    doc: 'Postgres schema owned by the ingestion service.',
  }),
  ARTIFACTS_BUCKET: bucketName({
    default: 'loopline-datasets',
    doc: 'Bucket for dataset snapshots, manifests and data profiles.',
  }),
});

export type IngestionConfig = ConfigOf<typeof INGESTION_CONFIG_DEFINITION>;

/** Parses the ingestion service's configuration; the only place the service reads the environment. */
export function loadIngestionConfig(env: NodeJS.ProcessEnv = process.env): IngestionConfig {
  return parseConfig(INGESTION_CONFIG_DEFINITION, env);
}
