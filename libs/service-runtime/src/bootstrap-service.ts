import type { IncomingMessage } from 'node:http';
import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { connectEventConsumer } from '@loopline/messaging';
import { PlatformErrorFilter, ReadinessRegistry } from '@loopline/observability';
import { createLogger } from './create-logger';
import type { ServiceConfig } from './service-config.interface';

/** How to start one service. */
export interface ServiceBootstrapOptions<C extends ServiceConfig> {
  /** Kebab-case service name (log prefix). */
  serviceName: string;
  /** Parses the environment; the service's config module is the only code that reads it. */
  loadConfig: () => C;
  /** The root module for a parsed config. */
  rootModule: (config: C) => DynamicModule | Type<unknown>;
  /**
   * Request paths whose body the controller reads as a stream (large uploads): the JSON body
   * parser leaves them alone whatever their Content-Type.
   */
  streamedBodyPaths?: RegExp;
}

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/;
const FORM_MEDIA_TYPE = /^application\/x-www-form-urlencoded$/;

const SHUTDOWN_SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * Starts a service: parses config (all problems reported at once), builds the Nest app with the
 * platform logger and error filter, listens on HTTP_HOST:HTTP_PORT (so /health answers while
 * the consumer joins its group) and starts consuming the events its handlers subscribe to. On SIGTERM/SIGINT the
 * service first reports not ready, then Nest runs the shutdown hooks (consumers stop, in-flight
 * work and the outbox drain, pools close); a watchdog forces exit after SHUTDOWN_TIMEOUT_MS so
 * a stuck hook cannot keep a pod terminating forever.
 */
export async function bootstrapService<C extends ServiceConfig>(
  options: ServiceBootstrapOptions<C>,
): Promise<INestApplication> {
  const config = options.loadConfig();
  const logger = createLogger(options.serviceName, config.LOG_LEVEL, config.LOG_FORMAT);
  const app = await NestFactory.create(options.rootModule(config), {
    logger,
    // Keep-alive connections would otherwise hold app.close() until the clients hang up.
    forceCloseConnections: true,
    // Throw start-up failures to main.ts (clean message, exit 1) instead of process.abort().
    abortOnError: false,
  });
  if (options.streamedBodyPaths) skipBodyParsing(app, options.streamedBodyPaths);
  app.enableShutdownHooks([...SHUTDOWN_SIGNALS]);
  app.useGlobalFilters(new PlatformErrorFilter(app.get(HttpAdapterHost)));
  armShutdownWatchdog(app, config.SHUTDOWN_TIMEOUT_MS);
  const consumer = connectEventConsumer(app);
  await app.listen(config.HTTP_PORT, config.HTTP_HOST);
  Logger.log(`listening on http://${config.HTTP_HOST}:${config.HTTP_PORT}`, 'Bootstrap');
  await app.startAllMicroservices();
  const subscriptions = consumer.subscriptions();
  Logger.log(
    subscriptions.length > 0 ? `consuming ${subscriptions.join(', ')}` : 'no event subscriptions',
    'Bootstrap',
  );
  return app;
}

function skipBodyParsing(app: INestApplication, paths: RegExp): void {
  const mediaType = (request: IncomingMessage) =>
    (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const parses = (type: RegExp) => (request: IncomingMessage) =>
    !paths.test(request.url ?? '') && type.test(mediaType(request));
  // Registered before Nest's own parsers, which then skip these kinds (one parser per kind).
  const parsers = app as INestApplication & BodyParserApp;
  parsers.useBodyParser('json', { type: parses(JSON_MEDIA_TYPE) });
  parsers.useBodyParser('urlencoded', { type: parses(FORM_MEDIA_TYPE), extended: true });
}

interface BodyParserApp {
  useBodyParser(
    type: 'json' | 'urlencoded',
    options: { type: (request: IncomingMessage) => boolean; extended?: boolean },
  ): unknown;
}

function armShutdownWatchdog(app: INestApplication, timeoutMs: number): void {
  const readiness = app.get(ReadinessRegistry);
  for (const signal of SHUTDOWN_SIGNALS) {
    // `once`: Nest re-raises the signal after its hooks to terminate; a lingering listener
    // of ours would swallow it and keep the process alive.
    process.once(signal, () => {
      readiness.beginShutdown();
      Logger.log(`${signal} received, shutting down (forced after ${timeoutMs} ms)`, 'Bootstrap');
      setTimeout(() => {
        Logger.error(
          `graceful shutdown exceeded ${timeoutMs} ms; forcing exit`,
          undefined,
          'Bootstrap',
        );
        process.exit(1);
      }, timeoutMs).unref();
    });
  }
}
