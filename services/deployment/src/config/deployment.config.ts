import { ConfigOf, parseConfig, serviceConfigDefinition } from '@loopline/config';

/** Kebab-case service name: metrics label, log prefix, Postgres application_name, Kafka client id. */
export const DEPLOYMENT_SERVICE_NAME = 'deployment';

/**
 * Every environment variable the deployment service reads, with its type, default and doc. The
 * defaults match the local stack (`infra/stack.sh up`).
 */
export const DEPLOYMENT_CONFIG_DEFINITION = serviceConfigDefinition({
  serviceName: DEPLOYMENT_SERVICE_NAME,
  httpPort: 3006,
  databaseSchema: 'deployment',
  artifactsBucket: 'loopline-predictions',
  artifactsDoc: 'Bucket for prediction logs and batch scoring outputs.',
});

export type DeploymentConfig = ConfigOf<typeof DEPLOYMENT_CONFIG_DEFINITION>;

/** Parses the deployment service's configuration; the only place the service reads the environment. */
export function loadDeploymentConfig(env: NodeJS.ProcessEnv = process.env): DeploymentConfig {
  return parseConfig(DEPLOYMENT_CONFIG_DEFINITION, env);
}
