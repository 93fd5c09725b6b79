import { Module } from '@nestjs/common';
import { AcceptBatchModule } from '../accept-batch/accept-batch.module';
import { BatchSubmittedConsumer } from './batch-submitted.consumer';

@Module({ imports: [AcceptBatchModule], controllers: [BatchSubmittedConsumer] })
export class BatchSubmittedModule {}
