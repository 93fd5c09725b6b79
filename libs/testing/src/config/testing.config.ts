import { parseConfig, PLATFORM_CONFIG_DEFINITION } from '@loopline/config';

/** Where the tests find the local stack: the services' own variables, defaults and validation. */
export interface TestStackConfig {
  brokers: string[];
  databaseUrl: string;
  minio: { endpoint: string; accessKey: string; secretKey: string };
}

export function testStackConfig(env: NodeJS.ProcessEnv = process.env): TestStackConfig {
  const config = parseConfig(PLATFORM_CONFIG_DEFINITION, env);
  return {
    brokers: config.KAFKA_BROKERS,
    databaseUrl: config.DATABASE_URL,
    minio: {
      endpoint: config.MINIO_ENDPOINT,
      accessKey: config.MINIO_ACCESS_KEY,
      secretKey: config.MINIO_SECRET_KEY,
    },
  };
}

/** The environment a service process started by a test inherits before its own variables. */
export function inheritedEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env };
}
