import { ErrorKind, HTTP_STATUS_BY_KIND, RETRIABLE_BY_DEFAULT } from './error-kind';

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

/**
 * Normalises anything thrown into a PlatformError. Unknown errors are treated as retriable: a
 * transient fault (a dropped socket) deserves another try, and the retry cap still sends a
 * deterministic bug to the dead-letter topic instead of looping forever.
 */
export function toPlatformError(error: unknown): PlatformError {
  if (error instanceof PlatformError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new PlatformError(UNEXPECTED_ERROR_CODE, message, {
    kind: ErrorKind.Internal,
    retriable: true,
    cause: error,
  });
}
