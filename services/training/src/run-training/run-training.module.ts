import { Module } from '@nestjs/common';
import { FeatureSetsModule } from '../feature-sets/feature-sets.module';
import { TrackingModule } from '../tracking/tracking.module';
import { TrainingConfigsModule } from '../training-configs/training-configs.module';
import { FeatureSetFilesFetcher } from './feature-set-files.fetcher';
import { FeatureSetMaterializedConsumer } from './feature-set-materialized.consumer';
import { ModelArtifactUploader } from './model-artifact.uploader';
import { RunOutcomeRecorder } from './run-outcome.recorder';
import { RunProgressRecorder } from './run-progress.recorder';
import { RunScheduler } from './run-scheduler';
import { TrainModelJob } from './train-model.job';
import { TrainingRequestedConsumer } from './training-requested.consumer';
import { TrainingRunResolver } from './training-run.resolver';

@Module({
  imports: [FeatureSetsModule, TrackingModule, TrainingConfigsModule],
  controllers: [TrainingRequestedConsumer, FeatureSetMaterializedConsumer],
  providers: [
    FeatureSetFilesFetcher,
    ModelArtifactUploader,
    RunOutcomeRecorder,
    RunProgressRecorder,
    RunScheduler,
    TrainModelJob,
    TrainingRunResolver,
  ],
})
export class RunTrainingModule {}
