import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { connectEventConsumer } from '@loopline/messaging';
import { ReadinessRegistry } from '@loopline/observability';
import { createLogger } from './create-logger';
import { createServiceApp } from './create-service-app';
import type { HttpAdapterName } from './http-adapter-name';
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
   * The HTTP server under Nest (default `express`). `fastify` suits latency-bound APIs (online
   * prediction); the guard, the error shape, the probes and /metrics behave the same on both.
   */
  httpAdapter?: HttpAdapterName;
  /**
   * Request paths whose body the controller reads as a stream (large uploads): the JSON body
   * parser leaves them alone whatever their Content-Type. Express only: with
   * `httpAdapter: 'fastify'` the service refuses to start.
   */
  streamedBodyPaths?: RegExp;
}

const SHUTDOWN_SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * Starts a service: parses config (all problems reported at once), builds the Nest app on the
 * chosen HTTP adapter with the platform logger and error filter, listens on
 * HTTP_HOST:HTTP_PORT (so /health answers while the consumer joins its group) and starts
 * consuming the events its handlers subscribe to. On SIGTERM/SIGINT the service first reports
 * not ready, then Nest runs the shutdown hooks (consumers stop, in-flight work and the outbox
 * drain, pools close); a watchdog forces exit after SHUTDOWN_TIMEOUT_MS so a stuck hook cannot
 * keep a pod terminating forever.
 */
export async function bootstrapService<C extends ServiceConfig>(
  options: ServiceBootstrapOptions<C>,
): Promise<INestApplication> {
  const config = options.loadConfig();
  const logger = createLogger(options.serviceName, config.LOG_LEVEL, config.LOG_FORMAT);
  const app = await createServiceApp(options.rootModule(config), {
    httpAdapter: options.httpAdapter,
    streamedBodyPaths: options.streamedBodyPaths,
    logger,
  });
  app.enableShutdownHooks([...SHUTDOWN_SIGNALS]);
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
