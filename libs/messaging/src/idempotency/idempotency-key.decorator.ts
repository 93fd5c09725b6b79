import { createParamDecorator, type ExecutionContext, HttpStatus } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import type { IdempotentRequest } from './idempotent-request';
import { parseIdempotencyKey } from './parse-idempotency-key';

/** The parts of an HTTP request (Express or Fastify) the decorator reads. */
interface HttpRequestLike {
  method: string;
  originalUrl?: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
}

/**
 * Route parameter: the request's validated Idempotency-Key with what identifies the request, or
 * undefined when the client sent no key (the header is optional). An unusable key is refused
 * with MESSAGING.IDEMPOTENCY_KEY_INVALID (400) before the handler runs. Pass the value to
 * `IdempotentRequests.run`; on an authenticated route, add the principal first.
 */
export const IdempotencyKey = createParamDecorator(
  (_data: unknown, context: ExecutionContext): IdempotentRequest | undefined => {
    const request = context.switchToHttp().getRequest<HttpRequestLike>();
    const key = parseIdempotencyKey(request.headers['idempotency-key']);
    if (key === undefined) return undefined;
    // The status Nest will answer with: the route's @HttpCode, else its default for the method.
    const routeStatus = Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as
      number | undefined;
    return {
      key,
      method: request.method,
      path: request.originalUrl ?? request.url,
      body: request.body,
      status: routeStatus ?? (request.method === 'POST' ? HttpStatus.CREATED : HttpStatus.OK),
    };
  },
);
