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
export const EVALUATION_SERVICE_NAME = 'evaluation';

/**
 * Every environment variable the evaluation service reads, with its type, default and doc. The
 * defaults match the local stack (`infra/stack.sh up`).
 */
export const EVALUATION_CONFIG_DEFINITION = defineConfig({
  ...PLATFORM_CONFIG_DEFINITION,
  HTTP_PORT: port({
    default: 3004,
    doc: 'Port of the evaluation HTTP API (/health, /ready, /metrics).',
  }),
  DATABASE_SCHEMA: identifier({
    default: 'evaluation',
    doc: 'Postgres schema owned by the evaluation service.',
  }),
  ARTIFACTS_BUCKET: bucketName({
    default: 'loopline-reports',
    doc: 'Bucket for evaluation reports.',
  }),
});

export type EvaluationConfig = ConfigOf<typeof EVALUATION_CONFIG_DEFINITION>;

/** Parses the evaluation service's configuration; the only place the service reads the environment. */
export function loadEvaluationConfig(env: NodeJS.ProcessEnv = process.env): EvaluationConfig {
  return parseConfig(EVALUATION_CONFIG_DEFINITION, env);
}
