import { ConfigOf, parseConfig, serviceConfigDefinition } from '@loopline/config';

/** Kebab-case service name: metrics label, log prefix, Postgres application_name, Kafka client id. */
export const MONITORING_SERVICE_NAME = 'monitoring';

/**
 * Every environment variable the monitoring service reads, with its type, default and doc. The
 * defaults match the local stack (`infra/stack.sh up`).
 */
export const MONITORING_CONFIG_DEFINITION = serviceConfigDefinition({
  serviceName: MONITORING_SERVICE_NAME,
  httpPort: 3007,
  databaseSchema: 'monitoring',
  artifactsBucket: 'loopline-monitoring',
  artifactsDoc: 'Bucket for reference profiles and monitoring window results.',
});

export type MonitoringConfig = ConfigOf<typeof MONITORING_CONFIG_DEFINITION>;

/** Parses the monitoring service's configuration; the only place the service reads the environment. */
export function loadMonitoringConfig(env: NodeJS.ProcessEnv = process.env): MonitoringConfig {
  return parseConfig(MONITORING_CONFIG_DEFINITION, env);
}
