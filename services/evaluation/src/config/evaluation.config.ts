import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ConfigOf,
  defineConfig,
  integer,
  oneOf,
  parseConfig,
  serviceConfigDefinition,
  string,
} from '@loopline/config';

/** Kebab-case service name: metrics label, log prefix, Postgres application_name, Kafka client id. */
export const EVALUATION_SERVICE_NAME = 'evaluation';

/** The gate policies shipped with the service (`services/evaluation/gate-policies`). */
const SHIPPED_GATE_POLICIES = join(__dirname, '..', '..', 'gate-policies');

/**
 * Every environment variable the evaluation service reads, with its type, default and doc. The
 * defaults match the local stack (`infra/stack.sh up`).
 */
export const EVALUATION_CONFIG_DEFINITION = defineConfig({
  ...serviceConfigDefinition({
    serviceName: EVALUATION_SERVICE_NAME,
    httpPort: 3004,
    databaseSchema: 'evaluation',
    artifactsBucket: 'loopline-reports',
    artifactsDoc: 'Bucket for evaluation reports (checks, metrics, slices and plots as data).',
  }),
  EVALUATION_GATE_POLICIES_DIR: string({
    default: SHIPPED_GATE_POLICIES,
    doc: 'Folder of gate policy files (<model name>.json) registered at start-up; a changed file becomes a new version.',
  }),
  EVALUATION_WORK_DIR: string({
    default: join(tmpdir(), 'loopline-evaluation'),
    doc: 'Local scratch space: model files and test rows being read by an evaluation.',
  }),
  EVALUATION_BACKEND: oneOf(['auto', 'tensorflow-gpu', 'tensorflow', 'wasm', 'cpu'], {
    default: 'auto',
    doc: 'TensorFlow.js backend used to score models (and time them for the latency check): auto picks the best one installed.',
  }),
  EVALUATION_JOB_LEASE_MS: integer({
    default: 30_000,
    min: 1_000,
    doc: 'How long an evaluation may go without a lease renewal before another replica takes it over (after a crash).',
  }),
});

export type EvaluationConfig = ConfigOf<typeof EVALUATION_CONFIG_DEFINITION>;

/** Parses the evaluation service's configuration; the only place the service reads the environment. */
export function loadEvaluationConfig(env: NodeJS.ProcessEnv = process.env): EvaluationConfig {
  return parseConfig(EVALUATION_CONFIG_DEFINITION, env);
}
