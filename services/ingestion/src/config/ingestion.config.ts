import { join } from 'node:path';
import { tmpdir } from 'node:os';
import {
  boolean,
  ConfigOf,
  defineConfig,
  integer,
  parseConfig,
  serviceConfigDefinition,
  string,
} from '@loopline/config';

/** Kebab-case service name: metrics label, log prefix, Postgres application_name, Kafka client id. */
export const INGESTION_SERVICE_NAME = 'ingestion';

/** The data contracts shipped with the service (`services/ingestion/data-contracts`). */
const SHIPPED_DATA_CONTRACTS = join(__dirname, '..', '..', 'data-contracts');

/**
 * Every environment variable the ingestion service reads, with its type, default and doc. The
 * defaults match the local stack (`infra/stack.sh up`).
 */
export const INGESTION_CONFIG_DEFINITION = defineConfig({
  ...serviceConfigDefinition({
    serviceName: INGESTION_SERVICE_NAME,
    httpPort: 3001,
    databaseSchema: 'ingestion',
    artifactsBucket: 'loopline-datasets',
    artifactsDoc: 'Bucket for raw batches, dataset parts, manifests and data profiles.',
  }),
  INGESTION_DATA_CONTRACTS_DIR: string({
    default: SHIPPED_DATA_CONTRACTS,
    doc: 'Folder of data contract files (<dataset>/v<N>.json) registered at start-up.',
  }),
  INGESTION_WORK_DIR: string({
    default: join(tmpdir(), 'loopline-ingestion'),
    doc: 'Local scratch space: uploads being received, batches being validated, a cache of dataset parts.',
  }),
  INGESTION_MAX_UPLOAD_BYTES: integer({
    default: 2 * 1024 * 1024 * 1024,
    min: 1,
    doc: 'Largest batch accepted over HTTP, in bytes; a larger upload is answered 413.',
  }),
  INGESTION_UPLOAD_WAIT_MS: integer({
    default: 60_000,
    min: 0,
    max: 600_000,
    doc: 'Default time an upload waits for its outcome before answering 202 (a request may ask for less or more with ?wait=<seconds>).',
  }),
  INGESTION_ENGINE_MEMORY_MB: integer({
    default: 512,
    min: 64,
    doc: 'Memory limit of the columnar engine per batch; beyond it, large operators spill to INGESTION_WORK_DIR.',
  }),
  INGESTION_ENGINE_THREADS: integer({
    default: 2,
    min: 1,
    doc: 'Threads of the columnar engine per batch.',
  }),
  INGESTION_JOB_LEASE_MS: integer({
    default: 30_000,
    min: 1_000,
    doc: "How long a batch's ingestion may go without a lease renewal before another replica takes it over (after a crash).",
  }),
  INGESTION_CRASH_AFTER_STORING_PARTS: boolean({
    default: false,
    doc: "Fault injection for tests: the process kills itself (SIGKILL) after storing a version's parts and before publishing it. Never set in production.",
  }),
});

export type IngestionConfig = ConfigOf<typeof INGESTION_CONFIG_DEFINITION>;

/** Parses the ingestion service's configuration; the only place the service reads the environment. */
export function loadIngestionConfig(env: NodeJS.ProcessEnv = process.env): IngestionConfig {
  return parseConfig(INGESTION_CONFIG_DEFINITION, env);
}
