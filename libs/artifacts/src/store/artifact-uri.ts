import { ErrorKind, PlatformError } from '@loopline/errors';
import { ArtifactsErrorCode } from '../artifacts-error-code';

/** Where an object lives: the parts of an `s3://bucket/key` URI. */
export interface ArtifactLocation {
  bucket: string;
  key: string;
}

const SCHEME = 's3://';
// S3 bucket naming rules (3-63 chars, lower-case letters, digits, dots, hyphens).
const BUCKET_NAME = /^(?!.*\.\.)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const CONTENT_ADDRESSED_PREFIX = 'sha256/';

function invalid(message: string, details: Record<string, unknown>): PlatformError {
  return new PlatformError(ArtifactsErrorCode.InvalidUri, message, {
    kind: ErrorKind.InvalidInput,
    retriable: false,
    details,
  });
}

/** Throws `ARTIFACTS.INVALID_URI` unless `bucket` follows S3 naming rules. */
export function assertBucketName(bucket: string): void {
  if (!BUCKET_NAME.test(bucket)) {
    throw invalid(
      `Bucket name '${bucket}' breaks S3 naming rules: use 3-63 lower-case letters, digits, dots or hyphens, ` +
        'starting and ending with a letter or digit (e.g. loopline-models).',
      { bucket },
    );
  }
}

/** Splits `s3://bucket/some/key` into bucket and key; the key keeps its slashes. */
export function parseArtifactUri(uri: string): ArtifactLocation {
  if (typeof uri !== 'string' || !uri.startsWith(SCHEME)) {
    throw invalid(`Artifact URI '${String(uri)}' must look like s3://<bucket>/<key>.`, { uri });
  }
  const rest = uri.slice(SCHEME.length);
  const slash = rest.indexOf('/');
  const bucket = slash < 0 ? rest : rest.slice(0, slash);
  const key = slash < 0 ? '' : rest.slice(slash + 1);
  if (key.length === 0)
    throw invalid(
      `Artifact URI '${uri}' has no object key after the bucket; expected s3://<bucket>/<key>.`,
      { uri },
    );
  assertBucketName(bucket);
  return { bucket, key };
}

export function formatArtifactUri({ bucket, key }: ArtifactLocation): string {
  assertBucketName(bucket);
  if (key.length === 0)
    throw invalid(`Cannot format an artifact URI for bucket '${bucket}' without a key.`, {
      bucket,
    });
  return `${SCHEME}${bucket}/${key}`;
}

/** Key of a content-addressed object: `sha256/<hex>`. */
export function contentAddressedKey(sha256: string): string {
  return CONTENT_ADDRESSED_PREFIX + sha256;
}

/** The sha256 a content-addressed key names, or undefined for any other key. */
export function sha256FromKey(key: string): string | undefined {
  const hex = key.startsWith(CONTENT_ADDRESSED_PREFIX)
    ? key.slice(CONTENT_ADDRESSED_PREFIX.length)
    : '';
  return SHA256_HEX.test(hex) ? hex : undefined;
}
