import { connectEventConsumer } from '@loopline/messaging';
import { PlatformErrorFilter } from '@loopline/observability';
import type { MigrationClass } from '@loopline/persistence';
import { platformModules, type ServiceIdentity } from '@loopline/service-runtime';
import {
  dropSchema,
  freePort,
  testAccessTokensFile,
  TEST_PRINCIPALS,
  uniqueIdentifier,
  uniqueName,
} from '@loopline/testing';
import {
  type DynamicModule,
  Global,
  type INestApplication,
  Module,
  type Provider,
  type Type,
} from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { type DeploymentConfig, loadDeploymentConfig } from '../../config/deployment.config';
import { DEPLOYMENT_SETTINGS, deploymentSettings } from '../../config/deployment.settings';

// HTTP bodies are arbitrary JSON; each test names the fields it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export interface DeploymentSliceOptions {
  label: string;
  /** The slice modules under test, plus whatever they expect the service to provide. */
  imports: (Type<unknown> | DynamicModule)[];
  providers?: Provider[];
  entities?: ServiceIdentity['entities'];
  migrations?: MigrationClass[];
  /**
   * The environment the service would see (the spec passes `process.env` with its own
   * variables); the app's own schema and topic prefix go on top unless it names them.
   */
  env: NodeJS.ProcessEnv;
}

/**
 * One or more deployment slices in a Nest app of their own, on the real stack and wired as the
 * service wires them (platform modules, DEPLOYMENT_SETTINGS from the service's config, the
 * error filter, the Kafka consumer), with a schema and topic prefix no other test uses.
 */
export class DeploymentSliceApp {
  private stopped = false;

  private constructor(
    readonly app: INestApplication,
    readonly config: DeploymentConfig,
    readonly url: string,
  ) {}

  static async start(options: DeploymentSliceOptions): Promise<DeploymentSliceApp> {
    const port = await freePort();
    const config = loadDeploymentConfig({
      HTTP_PORT: String(port),
      DATABASE_SCHEMA: uniqueIdentifier(`it_deployment_${options.label}`),
      KAFKA_TOPIC_PREFIX: `${uniqueName(`it-deployment-${options.label}`)}.`,
      AUTH_TOKENS_FILE: testAccessTokensFile(),
      LOG_LEVEL: 'warn',
      ...options.env,
    });
    const settings = { provide: DEPLOYMENT_SETTINGS, useValue: deploymentSettings(config) };
    @Global()
    @Module({
      providers: [settings, ...(options.providers ?? [])],
      exports: [settings, ...(options.providers ?? [])],
    })
    class SliceSettingsModule {}
    @Module({
      imports: [
        ...platformModules(config, {
          name: 'deployment',
          entities: options.entities ?? [],
          migrations: options.migrations ?? [],
        }),
        SliceSettingsModule,
        ...options.imports,
      ],
    })
    class SliceRootModule {}
    const app = await NestFactory.create(SliceRootModule, {
      logger: ['error', 'warn'],
      forceCloseConnections: true,
      abortOnError: false,
    });
    app.useGlobalFilters(new PlatformErrorFilter(app.get(HttpAdapterHost)));
    connectEventConsumer(app);
    await app.listen(port, '127.0.0.1');
    await app.startAllMicroservices();
    return new DeploymentSliceApp(app, config, `http://127.0.0.1:${port}`);
  }

  /** Calls the app as the test operator unless `authorization` says otherwise. */
  async request(
    method: string,
    path: string,
    body?: Json,
    authorization = TEST_PRINCIPALS.operator.headers.authorization,
  ): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: {
        authorization,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? null : JSON.parse(text) };
  }

  /** Closes the app, running its shutdown hooks; `close` also drops the schema. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await this.app.close();
  }

  async close(): Promise<void> {
    await this.stop();
    await dropSchema(this.config.DATABASE_URL, this.config.DATABASE_SCHEMA);
  }
}
