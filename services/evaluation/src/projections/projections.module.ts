import { Module } from '@nestjs/common';
import { EvaluationProjections } from './evaluation-projections';
import { ProjectionsConsumer } from './projections.consumer';

@Module({
  controllers: [ProjectionsConsumer],
  providers: [EvaluationProjections],
  exports: [EvaluationProjections],
})
export class ProjectionsModule {}
