import type { IncomingMessage, Server } from 'node:http';
import type { DynamicModule, INestApplication, LoggerService, Type } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyBodyParser, FastifyInstance } from 'fastify';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { PlatformErrorFilter } from '@loopline/observability';
import { FASTIFY_BODY_LIMIT_BYTES, type HttpAdapterName } from './http-adapter-name';
import { ServiceRuntimeErrorCode } from './service-runtime-error-code';

/** Idle keep-alive of the Express server: longer than common client and proxy reuse windows. */
const IDLE_KEEP_ALIVE_MS = 65_000;

/** How the Nest application of a service is built (the HTTP half of `bootstrapService`). */
export interface ServiceAppOptions {
  /** Default `express`. */
  httpAdapter?: HttpAdapterName;
  /** Express only: paths whose body the JSON and form parsers leave unread (streamed uploads). */
  streamedBodyPaths?: RegExp;
  /** Nest's logger; `false` silences it (tests). */
  logger: LoggerService | false;
}

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/;
const FORM_MEDIA_TYPE = /^application\/x-www-form-urlencoded$/;
const JSON_SUFFIX_MEDIA_TYPE = /^application\/[\w.-]+\+json$/;

/**
 * Builds the service's Nest application on the chosen HTTP adapter, with the platform error
 * filter registered; it does not listen. Both adapters close open keep-alive connections on
 * `app.close()`, so a shutdown never waits for clients to hang up.
 */
export async function createServiceApp(
  module: DynamicModule | Type<unknown>,
  options: ServiceAppOptions,
): Promise<INestApplication> {
  const adapter = options.httpAdapter ?? 'express';
  const app =
    adapter === 'fastify'
      ? await createFastifyApp(module, options)
      : await createExpressApp(module, options);
  app.useGlobalFilters(new PlatformErrorFilter(app.get(HttpAdapterHost)));
  return app;
}

async function createExpressApp(
  module: DynamicModule | Type<unknown>,
  options: ServiceAppOptions,
): Promise<INestApplication> {
  const app = await NestFactory.create(module, {
    logger: options.logger,
    // Keep-alive connections would otherwise hold app.close() until the clients hang up.
    forceCloseConnections: true,
    // Throw start-up failures to main.ts (clean message, exit 1) instead of process.abort().
    abortOnError: false,
  });
  if (options.streamedBodyPaths) skipBodyParsing(app, options.streamedBodyPaths);
  // Node closes an idle keep-alive connection after 5 s, the moment a client may be reusing it
  // (the request then fails with "other side closed"). Keep idle connections longer than
  // clients and load balancers do, as Fastify's default (72 s) does.
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = IDLE_KEEP_ALIVE_MS;
  server.headersTimeout = IDLE_KEEP_ALIVE_MS + 1_000;
  return app;
}

async function createFastifyApp(
  module: DynamicModule | Type<unknown>,
  options: ServiceAppOptions,
): Promise<INestApplication> {
  if (options.streamedBodyPaths)
    throw new PlatformError(
      ServiceRuntimeErrorCode.UnsupportedOptions,
      'streamedBodyPaths works with the express HTTP adapter only (it hands the raw request ' +
        "stream to the controller); drop httpAdapter: 'fastify' for this service, or drop " +
        'streamedBodyPaths.',
      { kind: ErrorKind.InvalidInput },
    );
  const fastify = new FastifyAdapter({
    bodyLimit: FASTIFY_BODY_LIMIT_BYTES,
    // The guard's loopback rule reads the socket's address; a forwarded header must not fake it.
    trustProxy: false,
    // Nest's own forceCloseConnections only reaches Express; this is Fastify's equivalent.
    forceCloseConnections: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(module, fastify, {
    logger: options.logger,
    abortOnError: false,
    // Nest's parsers refuse an empty JSON body; ours below reads it as {}, as Express does.
    bodyParser: false,
  });
  parseJsonBodies(fastify.getInstance());
  return app;
}

/**
 * JSON bodies as the Express path reads them: `application/json` and `application/*+json`,
 * an empty body as `{}` (so a body-less POST meets the guard, not a 400), and Fastify's own
 * strict parser otherwise (prototype-poisoning keys refused). Forms are not parsed under
 * Fastify (415): no platform route takes one.
 */
function parseJsonBodies(instance: FastifyInstance): void {
  const strict = instance.getDefaultJsonParser('error', 'error');
  const parse: FastifyBodyParser<string> = (request, body, done) => {
    if (body === '') done(null, {});
    else strict(request, body, done);
  };
  instance.removeContentTypeParser('application/json');
  instance.addContentTypeParser('application/json', { parseAs: 'string' }, parse);
  instance.addContentTypeParser(JSON_SUFFIX_MEDIA_TYPE, { parseAs: 'string' }, parse);
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
