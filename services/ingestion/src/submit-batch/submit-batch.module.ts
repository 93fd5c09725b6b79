import { Module } from '@nestjs/common';
import { AcceptBatchModule } from '../accept-batch/accept-batch.module';
import { SubmitBatchController } from './submit-batch.controller';
import { SubmitBatchHandler } from './submit-batch.handler';

@Module({
  imports: [AcceptBatchModule],
  controllers: [SubmitBatchController],
  providers: [SubmitBatchHandler],
})
export class SubmitBatchModule {}
