import type { PlatformConfig } from '@loopline/config';

/**
 * What the runtime needs from a service's parsed config: the shared platform variables plus the
 * three every service declares with its own defaults.
 */
export type ServiceConfig = PlatformConfig & {
  readonly HTTP_PORT: number;
  readonly DATABASE_SCHEMA: string;
  readonly ARTIFACTS_BUCKET: string;
};
