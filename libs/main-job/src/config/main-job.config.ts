import { join } from 'node:path';
import { REPO_ROOT } from '@loopline/testing';
import { SERVICE_NAMES, type ServiceName } from '../target';

const PORTS: Record<ServiceName, number> = {
  ingestion: 3001,
  'feature-store': 3002,
  training: 3003,
  evaluation: 3004,
  registry: 3005,
  deployment: 3006,
  monitoring: 3007,
};

export interface LocalPlatformConfig {
  urls: Record<ServiceName, string>;
  /** .local: tokens from infra/auth.sh, pid files from infra/services.sh. */
  localDir: string;
  topicPrefix: string;
}

/**
 * Where the services started by infra/services.sh listen (each URL can be overridden, e.g.
 * INGESTION_URL), and the local directory their tokens and pid files are in.
 */
export function localPlatformConfig(env: NodeJS.ProcessEnv = process.env): LocalPlatformConfig {
  const urls = Object.fromEntries(
    SERVICE_NAMES.map((name) => {
      const variable = `${name.toUpperCase().replace('-', '_')}_URL`;
      return [name, env[variable] ?? `http://127.0.0.1:${PORTS[name]}`];
    }),
  ) as Record<ServiceName, string>;
  return {
    urls,
    localDir: env.LOOPLINE_LOCAL_DIR ?? join(REPO_ROOT, '.local'),
    topicPrefix: env.KAFKA_TOPIC_PREFIX ?? '',
  };
}
