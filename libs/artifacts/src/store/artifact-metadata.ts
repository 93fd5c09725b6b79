import { ErrorKind, PlatformError } from '@loopline/errors';
import { ArtifactsErrorCode } from '../artifacts-error-code';

/** User-metadata key under which the store records an object's sha256. */
export const SHA256_METADATA_KEY = 'sha256';
const METADATA_KEY = /^[a-z0-9-]+$/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Checks caller metadata before it becomes `x-amz-meta-*` headers: S3 would reject or mangle
 * non-ASCII values, and `sha256` is reserved for the store's own record of the hash.
 */
export function checkMetadata(metadata: Record<string, string>): Record<string, string> {
  const bad = Object.entries(metadata).filter(
    ([key, value]) =>
      !METADATA_KEY.test(key) || key === SHA256_METADATA_KEY || !PRINTABLE_ASCII.test(value),
  );
  if (bad.length > 0) {
    throw new PlatformError(
      ArtifactsErrorCode.InvalidMetadata,
      `Metadata keys must be lower-case letters, digits or hyphens (not '${SHA256_METADATA_KEY}', which the store ` +
        `sets) and values printable ASCII, because they travel as S3 headers; offending keys: ` +
        `${bad.map(([key]) => key).join(', ')}. Put richer facts in a manifest artifact instead.`,
      {
        kind: ErrorKind.InvalidInput,
        retriable: false,
        details: { keys: bad.map(([key]) => key) },
      },
    );
  }
  return metadata;
}
