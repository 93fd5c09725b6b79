import { Module } from '@nestjs/common';
import { IngestBatchModule } from '../ingest-batch/ingest-batch.module';
import { BatchAcceptor } from './batch-acceptor';
import { BatchOutcomeReader } from './batch-outcome.reader';

/** Taking batches in, whichever way they arrive, and telling what became of them. */
@Module({
  imports: [IngestBatchModule],
  providers: [BatchAcceptor, BatchOutcomeReader],
  exports: [BatchAcceptor, BatchOutcomeReader, IngestBatchModule],
})
export class AcceptBatchModule {}
