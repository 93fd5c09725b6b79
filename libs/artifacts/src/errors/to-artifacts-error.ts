import { ErrorKind, isInfrastructureOutage, PlatformError } from '@loopline/errors';
import { ArtifactsErrorCode } from '../artifacts-error-code';

const NOT_FOUND_CODES = new Set(['NoSuchKey', 'NotFound', 'NoSuchBucket']);
const DENIED_CODES = new Set(['AccessDenied', 'InvalidAccessKeyId', 'SignatureDoesNotMatch']);
/**
 * Maps a minio-client or socket error to a PlatformError. `operation` and `target` (a URI or
 * bucket) make the message say what was being done to what.
 */
export function toArtifactsError(error: unknown, operation: string, target: string): PlatformError {
  if (error instanceof PlatformError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const reason = error instanceof Error ? error.message : String(error);
  const details = { operation, target, code };
  if (typeof code === 'string' && NOT_FOUND_CODES.has(code)) {
    return new PlatformError(
      ArtifactsErrorCode.NotFound,
      `${operation} ${target}: not found (${code}); check the URI or bucket name.`,
      {
        kind: ErrorKind.NotFound,
        cause: error,
        details,
      },
    );
  }
  if (typeof code === 'string' && DENIED_CODES.has(code)) {
    return new PlatformError(
      ArtifactsErrorCode.AccessDenied,
      `${operation} ${target}: the object store refused the credentials (${code}); check MINIO_ACCESS_KEY and MINIO_SECRET_KEY.`,
      { kind: ErrorKind.Unavailable, retriable: false, cause: error, details },
    );
  }
  // An endpoint that does not resolve is as good as down here: the store may be moving.
  if (isInfrastructureOutage(error) || code === 'ENOTFOUND' || /timeout/i.test(reason)) {
    return new PlatformError(
      ArtifactsErrorCode.Unavailable,
      `${operation} ${target}: object store unavailable (${reason}); check MINIO_ENDPOINT and that MinIO is running ` +
        '(locally: bash infra/stack.sh status).',
      { kind: ErrorKind.Unavailable, cause: error, details },
    );
  }
  return new PlatformError(
    ArtifactsErrorCode.OperationFailed,
    `${operation} ${target} failed: ${reason}`,
    {
      kind: ErrorKind.Internal,
      retriable: true,
      cause: error,
      details,
    },
  );
}
