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
export const REGISTRY_SERVICE_NAME = 'registry';

/** The model policies shipped with the service (`services/registry/model-policies`). */
const SHIPPED_MODEL_POLICIES = join(__dirname, '..', '..', 'model-policies');

/**
 * Every environment variable the registry service reads, with its type, default and doc. The
 * defaults match the local stack (`infra/stack.sh up`).
 */
export const REGISTRY_CONFIG_DEFINITION = defineConfig({
  ...serviceConfigDefinition({
    serviceName: REGISTRY_SERVICE_NAME,
    httpPort: 3005,
    databaseSchema: 'registry',
    artifactsBucket: 'loopline-model-cards',
    artifactsDoc: 'Bucket for model cards.',
  }),
  AUDIT_CHECKPOINT_INTERVAL_MS: integer({
    default: 60_000,
    min: 100,
    max: 86_400_000,
    doc:
      'How often the audit chain is checked for growth; when it grew, its head entry hash is ' +
      'published as an AuditCheckpointRecorded event, which verification holds the stored chain ' +
      'against. A shorter interval leaves less of the chain unanchored.',
  }),
  REGISTRY_MODEL_POLICIES_DIR: string({
    default: SHIPPED_MODEL_POLICIES,
    doc:
      'Folder of model policy files (<model name>.json, format loopline.model-policy/v1: intended ' +
      'use, limitations, owners, which aliases need an approval), read at start-up; a malformed ' +
      'file stops the start. A model without a file needs an approval for production.',
  }),
});

export type RegistryConfig = ConfigOf<typeof REGISTRY_CONFIG_DEFINITION>;

/** Parses the registry service's configuration; the only place the service reads the environment. */
export function loadRegistryConfig(env: NodeJS.ProcessEnv = process.env): RegistryConfig {
  return parseConfig(REGISTRY_CONFIG_DEFINITION, env);
}
