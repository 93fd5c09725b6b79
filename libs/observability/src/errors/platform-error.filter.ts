import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ErrorKind, PlatformError, UNEXPECTED_ERROR_CODE } from '@loopline/errors';

/** Body of every HTTP error response: the shape of `PlatformError.toJSON()`. */
export type ErrorResponseBody = ReturnType<PlatformError['toJSON']>;

/**
 * Turns anything an HTTP handler throws into one response shape. PlatformErrors keep their code
 * and take their status from the kind table; Nest's HttpExceptions (404 on an unknown route, 400
 * from a ValidationPipe) become `HTTP.<STATUS_NAME>` codes; anything else is an unexpected 500
 * whose internals are logged, never sent to the caller.
 *
 * Register globally: `app.useGlobalFilters(new PlatformErrorFilter(app.get(HttpAdapterHost)))`.
 * It handles HTTP contexts only and rethrows elsewhere (Kafka handlers have their own policy).
 */
@Catch()
export class PlatformErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(PlatformErrorFilter.name);

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const { status, body } = this.toResponse(exception);
    if (status >= 500) {
      const stack = exception instanceof Error ? exception.stack : String(exception);
      this.logger.error(
        `${body.code}: ${exception instanceof Error ? exception.message : String(exception)}`,
        stack,
      );
    }
    this.adapterHost.httpAdapter.reply(host.switchToHttp().getResponse(), body, status);
  }

  /** Exposed for tests and for callers that render errors outside Nest's pipeline. */
  toResponse(exception: unknown): { status: number; body: ErrorResponseBody } {
    if (exception instanceof PlatformError)
      return { status: exception.httpStatus, body: exception.toJSON() };
    if (exception instanceof HttpException) return fromHttpException(exception);
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      body: new PlatformError(
        UNEXPECTED_ERROR_CODE,
        'Unexpected internal error; it has been logged. Retry, and report it if it persists.',
        {
          kind: ErrorKind.Internal,
          retriable: true,
        },
      ).toJSON(),
    };
  }
}

function fromHttpException(exception: HttpException): { status: number; body: ErrorResponseBody } {
  const status = exception.getStatus();
  const response = exception.getResponse();
  const name =
    (HttpStatus as unknown as Record<number, string | undefined>)[status] ?? String(status);
  // Nest puts validation failures in `message` as an array; keep them as data, not prose.
  const reasons =
    typeof response === 'object' && response !== null
      ? (response as { message?: unknown }).message
      : undefined;
  const details: Record<string, unknown> = Array.isArray(reasons) ? { reasons } : {};
  const message =
    typeof reasons === 'string'
      ? reasons
      : typeof response === 'string'
        ? response
        : exception.message;
  return {
    status,
    body: {
      code: `HTTP.${name}`,
      message,
      retriable: status >= 500 || status === HttpStatus.TOO_MANY_REQUESTS,
      details,
    },
  };
}
