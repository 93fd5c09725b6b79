import { parentPort, workerData } from 'node:worker_threads';
import { materializeFeatureView, type MaterializeRequest } from '@loopline/features';
import { toPlatformError } from '@loopline/errors';
import type { WorkerMessage } from './materialization-worker.messages';

// The whole materialization (columnar reads, windows, fitting, encoding, file writes) runs here,
// off the service's event loop, so probes answer and the Kafka consumer keeps its membership.
const port = parentPort;
if (port === null) throw new Error('materialization.worker must run as a worker thread');
const request = workerData as Omit<MaterializeRequest, 'onProgress'>;

materializeFeatureView({
  ...request,
  onProgress: (progress) =>
    port.postMessage({ type: 'progress', progress } satisfies WorkerMessage),
})
  .then((result) => port.postMessage({ type: 'result', result } satisfies WorkerMessage))
  .catch((error: unknown) => {
    const platform = toPlatformError(error);
    port.postMessage({
      type: 'error',
      error: {
        code: platform.code,
        message: platform.message,
        kind: platform.kind,
        retriable: platform.retriable,
        details: platform.details,
      },
    } satisfies WorkerMessage);
  });
