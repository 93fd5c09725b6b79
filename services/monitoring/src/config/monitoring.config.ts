import { hostname } from 'node:os';
import { join } from 'node:path';
import {
  ConfigOf,
  defineConfig,
  integer,
  parseConfig,
  serviceConfigDefinition,
  string,
} from '@loopline/config';

/** Kebab-case service name: metrics label, log prefix, Postgres application_name, Kafka client id. */
export const MONITORING_SERVICE_NAME = 'monitoring';

/** The monitoring policies shipped with the service (`services/monitoring/monitoring-policies`). */
const SHIPPED_MONITORING_POLICIES = join(__dirname, '..', '..', 'monitoring-policies');

/**
 * Every environment variable the monitoring service reads, with its type, default and doc. The
 * defaults match the local stack (`infra/stack.sh up`).
 */
export const MONITORING_CONFIG_DEFINITION = defineConfig({
  ...serviceConfigDefinition({
    serviceName: MONITORING_SERVICE_NAME,
    httpPort: 3007,
    databaseSchema: 'monitoring',
    artifactsBucket: 'loopline-monitoring',
    artifactsDoc: 'Bucket for drift reports and window reports.',
  }),
  MONITORING_POLICIES_DIR: string({
    default: SHIPPED_MONITORING_POLICIES,
    doc: 'Folder of monitoring policy files (<model name>.json): windows, drift thresholds, performance margin and retraining rules. A model without one gets the default policy.',
  }),
  MONITORING_INSTANCE_ID: string({
    default: `${hostname()}-${process.pid}`,
    doc: 'Name of this monitoring instance among its replicas, recorded with the windows and schedules it closes or fires.',
  }),
  MONITORING_TICK_INTERVAL_MS: integer({
    default: 1_000,
    min: 10,
    doc: 'How often each instance closes windows whose time is up and fires due retraining schedules.',
  }),
  MONITORING_WINDOW_GRACE_MS: integer({
    default: 10_000,
    min: 0,
    doc: 'How long after its time is up an idle window waits for late prediction logs (replicas flush every few seconds) before it is closed.',
  }),
  MONITORING_JOB_LEASE_MS: integer({
    default: 30_000,
    min: 1_000,
    doc: 'How long a monitoring job (reading a prediction log, a label file, a drift comparison) may go without a lease renewal before another replica resumes it.',
  }),
});

export type MonitoringConfig = ConfigOf<typeof MONITORING_CONFIG_DEFINITION>;

/** Parses the monitoring service's configuration; the only place the service reads the environment. */
export function loadMonitoringConfig(env: NodeJS.ProcessEnv = process.env): MonitoringConfig {
  return parseConfig(MONITORING_CONFIG_DEFINITION, env);
}
