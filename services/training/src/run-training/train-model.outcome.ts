import type { ModelTrained } from '@loopline/contracts';
import type { RunArtifact } from '../tracking';

/**
 * What a finished run hands to the transaction that records it: the ModelTrained payload and
 * the tracking store's view of the same run. Stored as the job's result, so it stays small
 * (references and metrics, never the model bytes).
 */
export interface TrainModelOutcome {
  modelTrained: ModelTrained;
  /** Final metrics flattened for search: `train_loss`, `val_roc_auc`, `test_f1`, ... */
  metrics: Record<string, number>;
  artifacts: RunArtifact[];
  samplesPerSecond: number;
  bestEpoch: number;
  stoppedEarly: boolean;
}
