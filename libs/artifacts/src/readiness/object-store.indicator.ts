import { ErrorKind, PlatformError } from '@loopline/errors';
import type { ReadinessIndicator } from '@loopline/observability';
import { ArtifactsErrorCode } from '../artifacts-error-code';
import type { ArtifactStore } from '../store/artifact-store';

/** Readiness check `object-store`: the service's buckets exist and the credentials work. */
export class ObjectStoreIndicator implements ReadinessIndicator {
  readonly name = 'object-store';

  constructor(
    private readonly store: ArtifactStore,
    private readonly buckets: readonly string[],
  ) {}

  async check(): Promise<void> {
    const exists = await Promise.all(this.buckets.map((bucket) => this.store.bucketExists(bucket)));
    const missing = this.buckets.filter((_, index) => !exists[index]);
    if (missing.length > 0) {
      throw new PlatformError(
        ArtifactsErrorCode.NotFound,
        `Bucket(s) ${missing.join(', ')} no longer exist; restart the service to recreate them.`,
        { kind: ErrorKind.Unavailable, retriable: false, details: { missing } },
      );
    }
  }
}
