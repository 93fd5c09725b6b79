import { Module } from '@nestjs/common';
import { GatePoliciesModule } from '../gate-policies/gate-policies.module';
import { ProjectionsModule } from '../projections/projections.module';
import { EvaluateModelJob } from './evaluate-model.job';
import { EvaluationFilesFetcher } from './evaluation-files.fetcher';
import { GateVerdictRecorder } from './gate-verdict.recorder';
import { ModelTrainedConsumer } from './model-trained.consumer';

@Module({
  imports: [GatePoliciesModule, ProjectionsModule],
  controllers: [ModelTrainedConsumer],
  providers: [EvaluateModelJob, EvaluationFilesFetcher, GateVerdictRecorder],
})
export class EvaluateModelModule {}
