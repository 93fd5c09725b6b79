import { serveWorkerThread } from '@loopline/jobs';
import { trainOnFeatureSet } from '@loopline/model-training';
import type {
  TrainingWorkerProgress,
  TrainingWorkerRequest,
  TrainingWorkerResult,
} from './training-worker.messages';

// Reading the splits, training and scoring run here, off the service's event loop, so probes
// answer, the job lease is renewed and the Kafka consumer keeps its group membership.
serveWorkerThread<TrainingWorkerRequest, TrainingWorkerProgress, TrainingWorkerResult>(
  (request, progress) =>
    trainOnFeatureSet({
      ...request,
      onStart: (started) => progress({ kind: 'started', started }),
      onEpoch: (report) => progress({ kind: 'epoch', report }),
    }),
  (result) => [result.model.weights.buffer as ArrayBuffer],
);
