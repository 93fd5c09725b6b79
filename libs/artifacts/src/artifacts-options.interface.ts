import type { ObjectStoreConnection } from './store/create-minio-client';

/** Options of `ArtifactsModule.forRoot`. */
export interface ArtifactsOptions extends ObjectStoreConnection {
  /** Buckets this service writes to; created at start-up if missing and checked by /ready. */
  buckets: string[];
  /** Start-up attempts to reach the store before giving up (default 10, 1 s apart). */
  startupAttempts?: number;
  startupRetryDelayMs?: number;
}
