import { defineConfig } from './define-config';
import { PLATFORM_CONFIG_DEFINITION } from './platform-config.definition';
import { bucketName, identifier, port } from './variable-types';

/** What differs between the services' configurations: their own defaults. */
export interface ServiceConfigDefaults {
  serviceName: string;
  httpPort: number;
  databaseSchema: string;
  artifactsBucket: string;
  /** What the service keeps in its bucket, for the docs. */
  artifactsDoc: string;
}

/**
 * The shared platform variables plus the three every service declares with its own defaults:
 * its HTTP port, its Postgres schema and its artifact bucket.
 */
export function serviceConfigDefinition(defaults: ServiceConfigDefaults) {
  return defineConfig({
    ...PLATFORM_CONFIG_DEFINITION,
    HTTP_PORT: port({
      default: defaults.httpPort,
      doc: `Port of the ${defaults.serviceName} HTTP API (/health, /ready, /metrics).`,
    }),
    DATABASE_SCHEMA: identifier({
      default: defaults.databaseSchema,
      doc: `Postgres schema owned by the ${defaults.serviceName} service.`,
    }),
    ARTIFACTS_BUCKET: bucketName({ default: defaults.artifactsBucket, doc: defaults.artifactsDoc }),
  });
}
