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
export const DEPLOYMENT_SERVICE_NAME = 'deployment';

/**
 * Every environment variable the deployment service reads, with its type, default and doc. The
 * defaults match the local stack (`infra/stack.sh up`).
 */
export const DEPLOYMENT_CONFIG_DEFINITION = defineConfig({
  ...PLATFORM_CONFIG_DEFINITION,
  HTTP_PORT: port({
    default: 3006,
    doc: 'Port of the deployment HTTP API (/health, /ready, /metrics).',
  }),
  DATABASE_SCHEMA: identifier({
    default: 'deployment',
    doc: 'Postgres schema owned by the deployment service.',
  }),
  ARTIFACTS_BUCKET: bucketName({
    default: 'loopline-predictions',
    doc: 'Bucket for prediction logs and batch scoring outputs.',
  }),
});

export type DeploymentConfig = ConfigOf<typeof DEPLOYMENT_CONFIG_DEFINITION>;

/** Parses the deployment service's configuration; the only place the service reads the environment. */
export function loadDeploymentConfig(env: NodeJS.ProcessEnv = process.env): DeploymentConfig {
  return parseConfig(DEPLOYMENT_CONFIG_DEFINITION, env);
}
