import { serveWorkerThread } from '@loopline/jobs';
import type {
  BatchScoringWorkerRequest,
  BatchScoringWorkerResult,
  ScoredPartWritten,
} from './batch-scoring-worker.messages';
import { scoreDataset } from './score-dataset';

// Reading the parts, aggregating and scoring run here, off the service's event loop, so
// predictions keep being served and the job's lease keeps being renewed.
serveWorkerThread<BatchScoringWorkerRequest, ScoredPartWritten, BatchScoringWorkerResult>(
  (request, onProgress) => scoreDataset(request, onProgress),
);
