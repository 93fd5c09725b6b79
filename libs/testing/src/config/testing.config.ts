/** Where the tests find the local stack; the same variables and defaults as the services. */
export interface TestStackConfig {
  brokers: string[];
  databaseUrl: string;
  minio: { endpoint: string; accessKey: string; secretKey: string };
}

export function testStackConfig(
  env: Record<string, string | undefined> = process.env,
): TestStackConfig {
  return {
    brokers: (env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',').map((broker) => broker.trim()),
    databaseUrl: env.DATABASE_URL ?? 'postgres://loopline:loopline@127.0.0.1:5432/loopline',
    minio: {
      endpoint: env.MINIO_ENDPOINT ?? 'http://127.0.0.1:9000',
      accessKey: env.MINIO_ACCESS_KEY ?? 'loopline',
      secretKey: env.MINIO_SECRET_KEY ?? 'loopline-secret',
    },
  };
}

/** The environment a service process started by a test inherits before its own variables. */
export function inheritedEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env };
}
