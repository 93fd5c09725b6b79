import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  boolean,
  ConfigOf,
  defineConfig,
  integer,
  oneOf,
  parseConfig,
  serviceConfigDefinition,
  string,
} from '@loopline/config';

/** Kebab-case service name: metrics label, log prefix, Postgres application_name, Kafka client id. */
export const DEPLOYMENT_SERVICE_NAME = 'deployment';

/** The deployment policies shipped with the service (`services/deployment/deployment-policies`). */
const SHIPPED_DEPLOYMENT_POLICIES = join(__dirname, '..', '..', 'deployment-policies');

/**
 * Every environment variable the deployment service reads, with its type, default and doc. The
 * defaults match the local stack (`infra/stack.sh up`).
 */
export const DEPLOYMENT_CONFIG_DEFINITION = defineConfig({
  ...serviceConfigDefinition({
    serviceName: DEPLOYMENT_SERVICE_NAME,
    httpPort: 3006,
    databaseSchema: 'deployment',
    artifactsBucket: 'loopline-predictions',
    artifactsDoc: 'Bucket for prediction logs and batch scoring outputs.',
  }),
  DEPLOYMENT_POLICIES_DIR: string({
    default: SHIPPED_DEPLOYMENT_POLICIES,
    doc: 'Folder of deployment policy files (<model name>.json): endpoint, rollout strategy, steps and guardrails. A model without one gets the default policy.',
  }),
  DEPLOYMENT_INSTANCE_ID: string({
    default: `${hostname()}-${process.pid}`,
    doc: 'Name of this serving instance among its replicas: labels its serving observations, which the instance deciding a rollout step adds up.',
  }),
  DEPLOYMENT_WORK_DIR: string({
    default: join(tmpdir(), 'loopline-deployment'),
    doc: 'Local scratch space: dataset parts and partial outputs of batch scoring jobs.',
  }),
  DEPLOYMENT_BACKEND: oneOf(['auto', 'tensorflow-gpu', 'tensorflow', 'wasm', 'cpu'], {
    default: 'auto',
    doc: 'TensorFlow.js backend that serves and batch-scores models: auto picks the best one installed.',
  }),
  SERVING_MAX_BATCH_SIZE: integer({
    default: 64,
    min: 1,
    max: 4096,
    doc: 'Most rows the micro-batcher puts in one model call; concurrent requests are scored together up to this size.',
  }),
  SERVING_MAX_BATCH_WAIT_MS: integer({
    default: 1,
    min: 0,
    max: 1000,
    doc: 'Longest a row waits for others to join its model call; 0 scores whatever has arrived by the next turn of the event loop.',
  }),
  SERVING_MAX_INSTANCES_PER_REQUEST: integer({
    default: 1000,
    min: 1,
    doc: 'Most instances one prediction request may carry; a larger request is answered 413.',
  }),
  SERVING_FAULT_INJECTION: boolean({
    default: false,
    doc: 'Allow admins to inject errors or latency into a serving role (PUT /v1/models/:model/faults), to rehearse guardrails and rollbacks. Keep off in production.',
  }),
  ROLLOUT_TICK_INTERVAL_MS: integer({
    default: 250,
    min: 10,
    doc: 'How often each instance publishes its serving observations and judges the rollouts it can lock.',
  }),
  PREDICTION_LOG_SAMPLE_PERCENT: integer({
    default: 100,
    min: 0,
    max: 100,
    doc: 'Share of predictions written to the prediction log (monitoring reads it); 100 logs every one.',
  }),
  PREDICTION_LOG_BUFFER_ROWS: integer({
    default: 200_000,
    min: 1,
    doc: 'Predictions held in memory before they are written; when full, new ones are dropped and counted rather than slowing a prediction.',
  }),
  PREDICTION_LOG_FLUSH_ROWS: integer({
    // Each batch is copied to the encoder's thread in one go: small batches keep that pause
    // short (p99 12-13 ms at 2,500 against 17 ms at 10,000 in bench/serving).
    default: 2_500,
    min: 1,
    doc: 'Predictions per log batch: a batch is written once this many are waiting.',
  }),
  PREDICTION_LOG_FLUSH_INTERVAL_MS: integer({
    default: 5_000,
    min: 10,
    doc: 'Longest a prediction waits in memory before its batch is written, however few are waiting.',
  }),
  BATCH_SCORING_CHUNK_ROWS: integer({
    default: 262_144,
    min: 1,
    doc: 'Rows per output part of a batch scoring job; a resumed job skips the parts already written.',
  }),
  BATCH_SCORING_JOB_LEASE_MS: integer({
    default: 30_000,
    min: 1_000,
    doc: 'How long a batch scoring job may go without a lease renewal before another replica resumes it (after a crash).',
  }),
});

export type DeploymentConfig = ConfigOf<typeof DEPLOYMENT_CONFIG_DEFINITION>;

/** Parses the deployment service's configuration; the only place the service reads the environment. */
export function loadDeploymentConfig(env: NodeJS.ProcessEnv = process.env): DeploymentConfig {
  return parseConfig(DEPLOYMENT_CONFIG_DEFINITION, env);
}
