import { parentPort, workerData } from 'node:worker_threads';
import { buildDriftReference, type ProfileInput } from '@loopline/stats';

/** What buildDriftReferenceOffThread hands this worker. */
export interface DriftReferenceWork {
  rowCount: number;
  inputs: ProfileInput[];
}

// Started by buildDriftReferenceOffThread only; a throw here reaches it as the worker's error.
if (parentPort !== null) {
  const { rowCount, inputs } = workerData as DriftReferenceWork;
  parentPort.postMessage(buildDriftReference(rowCount, inputs));
}
