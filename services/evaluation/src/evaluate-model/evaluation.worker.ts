import { serveWorkerThread } from '@loopline/jobs';
import type { GateEvaluation } from '@loopline/model-evaluation';
import { evaluateInWorker } from './evaluate-in-worker';
import type { EvaluationWorkerRequest } from './evaluation-worker.messages';

// Loading models, scoring the test rows and timing predictions run here, off the service's
// event loop, so probes answer and the Kafka consumer keeps its group membership.
serveWorkerThread<EvaluationWorkerRequest, never, GateEvaluation>((request) =>
  evaluateInWorker(request),
);
