import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ConfigOf,
  defineConfig,
  integer,
  oneOf,
  optional,
  parseConfig,
  serviceConfigDefinition,
  string,
} from '@loopline/config';

/** Kebab-case service name: metrics label, log prefix, Postgres application_name, Kafka client id. */
export const TRAINING_SERVICE_NAME = 'training';

/** The training configurations shipped with the service (`services/training/training-configs`). */
const SHIPPED_TRAINING_CONFIGS = join(__dirname, '..', '..', 'training-configs');

/**
 * Every environment variable the training service reads, with its type, default and doc. The
 * defaults match the local stack (`infra/stack.sh up`).
 */
export const TRAINING_CONFIG_DEFINITION = defineConfig({
  ...serviceConfigDefinition({
    serviceName: TRAINING_SERVICE_NAME,
    httpPort: 3003,
    databaseSchema: 'training',
    artifactsBucket: 'loopline-models',
    artifactsDoc:
      'Bucket for trained model artifacts, training configurations and learning curves.',
  }),
  TRAINING_CONFIGS_DIR: string({
    default: SHIPPED_TRAINING_CONFIGS,
    doc: 'Folder of training configuration files (<model name>.json) registered at start-up; a changed file becomes a new version.',
  }),
  TRAINING_WORK_DIR: string({
    default: join(tmpdir(), 'loopline-training'),
    doc: 'Local scratch space: feature set splits being read by a training run.',
  }),
  TRAINING_BACKEND: oneOf(['auto', 'tensorflow-gpu', 'tensorflow', 'wasm', 'cpu'], {
    default: 'auto',
    doc: 'TensorFlow.js backend: auto picks the best one installed (tfjs-node-gpu, tfjs-node, WASM, CPU).',
  }),
  TRAINING_CODE_COMMIT: optional(
    string({
      doc: 'Git commit of the running code, recorded in every run’s lineage; when unset, read from the checkout (`git rev-parse HEAD`), else "unknown".',
    }),
  ),
  TRAINING_JOB_LEASE_MS: integer({
    default: 30_000,
    min: 1_000,
    doc: 'How long a training run may go without a lease renewal before another replica takes it over (after a crash).',
  }),
});

export type TrainingConfig = ConfigOf<typeof TRAINING_CONFIG_DEFINITION>;

/** Parses the training service's configuration; the only place the service reads the environment. */
export function loadTrainingConfig(env: NodeJS.ProcessEnv = process.env): TrainingConfig {
  return parseConfig(TRAINING_CONFIG_DEFINITION, env);
}
