import { Global, Module } from '@nestjs/common';
import { GroundTruthObservedConsumer } from './ground-truth/ground-truth-observed.consumer';
import { LabelBatchStore } from './ground-truth/label-batch.store';
import { LoadLabelsJob } from './ground-truth/load-labels.job';
import { LabelJoin } from './label-join';
import { LabelRules } from './label-rules';
import { PerformanceJudge } from './performance-judge';
import { PostgresPredictionOutcomes } from './postgres-prediction-outcomes';
import { PredictionOutcomes } from './prediction-outcomes';
import { PerformanceController } from './query/performance.controller';
import { PerformanceReader } from './query/performance.reader';

/**
 * Late labels and realized performance: stores logged predictions (`PredictionOutcomes`, for the
 * window reader), consumes `GroundTruthObserved`, loads label files as jobs, publishes
 * `PerformanceDegraded`, and serves `GET /v1/models/:model/performance`. Needs, from the app:
 * MonitoringCatalog, MonitoringPolicies, RetrainingTriggers, OutboxWriter, Inbox, JobQueue (with
 * the job worker) and ArtifactStore.
 */
@Global()
@Module({
  controllers: [GroundTruthObservedConsumer, PerformanceController],
  providers: [
    LabelRules,
    LabelJoin,
    PerformanceJudge,
    LabelBatchStore,
    LoadLabelsJob,
    PerformanceReader,
    { provide: PredictionOutcomes, useClass: PostgresPredictionOutcomes },
  ],
  exports: [PredictionOutcomes],
})
export class PerformanceModule {}
