import type { ErrorKind } from '@loopline/errors';
import type { MaterializationProgress, MaterializeResult } from '@loopline/features';

/** What the materialization worker thread tells the service, in order: progress, then one outcome. */
export type WorkerMessage =
  | { type: 'progress'; progress: MaterializationProgress }
  | { type: 'result'; result: MaterializeResult }
  | {
      type: 'error';
      error: {
        code: string;
        message: string;
        kind: ErrorKind;
        retriable: boolean;
        details: Record<string, unknown>;
      };
    };
