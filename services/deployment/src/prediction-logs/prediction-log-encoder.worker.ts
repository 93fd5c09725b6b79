import { parentPort } from 'node:worker_threads';
import {
  type PredictionLogLayout,
  type PredictionLogRow,
  writePredictionLog,
} from '@loopline/prediction-logs';

/** Encodes prediction log files off the serving thread: {id, rows, layout} in, {id, bytes} out. */
parentPort?.on(
  'message',
  (message: { id: number; rows: PredictionLogRow[]; layout: PredictionLogLayout }) => {
    try {
      const bytes = writePredictionLog(message.rows, message.layout);
      parentPort?.postMessage({ id: message.id, bytes }, [bytes.buffer as ArrayBuffer]);
    } catch (error) {
      parentPort?.postMessage({ id: message.id, error: (error as Error).message });
    }
  },
);
