export { ArtifactsErrorCode } from './artifacts-error-code';
export { ArtifactsOptions } from './artifacts-options.interface';
export { ArtifactsModule, OBJECT_STORE_READINESS_INDICATOR } from './artifacts.module';
export { toArtifactsError } from './errors/to-artifacts-error';
export { ObjectStoreIndicator } from './readiness/object-store.indicator';
export { ArtifactStore } from './store/artifact-store';
export { ArtifactStat, PutOptions, StoredArtifact } from './store/artifact.types';
export {
  ArtifactLocation,
  assertBucketName,
  contentAddressedKey,
  formatArtifactUri,
  parseArtifactUri,
  sha256FromKey,
} from './store/artifact-uri';
export { createMinioClient, ObjectStoreConnection } from './store/create-minio-client';
export { ensureBuckets } from './store/ensure-buckets';
