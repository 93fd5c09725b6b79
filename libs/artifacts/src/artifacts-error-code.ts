/** Stable codes raised by the artifacts library. */
export enum ArtifactsErrorCode {
  /** Not an `s3://bucket/key` URI, or the bucket name breaks S3 naming rules. */
  InvalidUri = 'ARTIFACTS.INVALID_URI',
  /** The endpoint option is not an http(s) URL without a path. */
  InvalidEndpoint = 'ARTIFACTS.INVALID_ENDPOINT',
  /** User metadata that cannot travel as an S3 header (non-ASCII, bad key). */
  InvalidMetadata = 'ARTIFACTS.INVALID_METADATA',
  /** The object (or its bucket) does not exist. */
  NotFound = 'ARTIFACTS.NOT_FOUND',
  /** The loaded bytes do not hash to the expected sha256: corrupted or wrong object. Not retriable. */
  ChecksumMismatch = 'ARTIFACTS.CHECKSUM_MISMATCH',
  /** The object store cannot be reached or is overloaded (retriable). */
  Unavailable = 'ARTIFACTS.UNAVAILABLE',
  /** The credentials were refused; fix MINIO_ACCESS_KEY / MINIO_SECRET_KEY. */
  AccessDenied = 'ARTIFACTS.ACCESS_DENIED',
  /** Any other object-store failure. */
  OperationFailed = 'ARTIFACTS.OPERATION_FAILED',
}
