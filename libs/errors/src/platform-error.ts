import { ErrorKind, HTTP_STATUS_BY_KIND, RETRIABLE_BY_DEFAULT } from './error-kind';
import { isInfrastructureOutage } from './infrastructure-outage';

export interface PlatformErrorOptions {
  kind?: ErrorKind;
  /** Overrides the kind's default; a consumer retries only retriable errors. */
  retriable?: boolean;
  cause?: unknown;
  /** Structured facts for logs and API bodies (never secrets). */
  details?: Record<string, unknown>;
}

/**
 * The one error type of the platform. `code` is stable and namespaced by owner
 * (`CONTRACTS.UNKNOWN_FINGERPRINT`, `REGISTRY.MODEL_VERSION_NOT_FOUND`): callers and tests branch
 * on it, never on message text. Messages say what was wrong and what to do next.
 */
export class PlatformError extends Error {
  override readonly name = 'PlatformError';
  readonly code: string;
  readonly kind: ErrorKind;
  readonly retriable: boolean;
  readonly details: Record<string, unknown>;

  constructor(code: string, message: string, options: PlatformErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.kind = options.kind ?? ErrorKind.Internal;
    this.retriable = options.retriable ?? RETRIABLE_BY_DEFAULT[this.kind];
    this.details = options.details ?? {};
  }

  get httpStatus(): number {
    return HTTP_STATUS_BY_KIND[this.kind];
  }

  toJSON(): {
    code: string;
    message: string;
    retriable: boolean;
    details: Record<string, unknown>;
  } {
    return {
      code: this.code,
      message: this.message,
      retriable: this.retriable,
      details: this.details,
    };
  }
}

/** Code given to anything thrown that is not a PlatformError (a bug or an unexpected library error). */
export const UNEXPECTED_ERROR_CODE = 'PLATFORM.UNEXPECTED';

/** Code given to a raw driver error that means the database, broker or object store is down. */
export const INFRASTRUCTURE_UNAVAILABLE_CODE = 'PLATFORM.INFRASTRUCTURE_UNAVAILABLE';

/**
 * Normalises anything thrown into a PlatformError. A raw driver error that means an outage
 * becomes kind Unavailable (consumers wait it out, however long it lasts). Other unknown errors
 * are retriable but budgeted: a transient fault deserves another try, and the retry cap still
 * sends a deterministic bug to the dead-letter topic instead of looping forever.
 */
export function toPlatformError(error: unknown): PlatformError {
  if (error instanceof PlatformError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (isInfrastructureOutage(error)) {
    return new PlatformError(
      INFRASTRUCTURE_UNAVAILABLE_CODE,
      `Infrastructure unavailable: ${message}. Waiting for it to come back; check the database, ` +
        'broker and object store (locally: bash infra/stack.sh status).',
      { kind: ErrorKind.Unavailable, retriable: true, cause: error },
    );
  }
  return new PlatformError(UNEXPECTED_ERROR_CODE, message, {
    kind: ErrorKind.Internal,
    retriable: true,
    cause: error,
  });
}

/** True for an error that means the infrastructure is down: wait and retry, never dead-letter. */
export function isOutage(error: PlatformError): boolean {
  return error.kind === ErrorKind.Unavailable && error.retriable;
}
