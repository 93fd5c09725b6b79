import type { ErrorKind } from '@loopline/errors';

/** A PlatformError as it crosses a thread boundary (structured clone keeps no prototype). */
export interface SerializedPlatformError {
  code: string;
  message: string;
  kind: ErrorKind;
  retriable: boolean;
  details: Record<string, unknown>;
}

/** What a job's worker thread tells the service, in order: progress, then one outcome. */
export type WorkerThreadMessage<P, R> =
  | { type: 'progress'; progress: P }
  | { type: 'result'; result: R }
  | { type: 'error'; error: SerializedPlatformError };
