import { type ConsumedEvent, ConsumeEvent, Inbox } from '@loopline/messaging';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { BatchAcceptor } from '../accept-batch/batch-acceptor';
import { toBatchSubmission } from './to-batch-submission';

/**
 * A data platform's batch in the object store. Accepting it queues its ingestion in the inbox's
 * transaction and returns at once; a missing object or a wrong sha256 becomes a DatasetRejected
 * from the job. A message that cannot name a batch (bad id, unknown format, no contract for the
 * dataset) is dead-lettered with the reason, to be replayed once fixed.
 */
@Controller()
export class BatchSubmittedConsumer {
  constructor(
    private readonly inbox: Inbox,
    private readonly acceptor: BatchAcceptor,
  ) {}

  @ConsumeEvent('DataBatchSubmitted')
  async handle(@Payload() event: ConsumedEvent<'DataBatchSubmitted'>): Promise<void> {
    const submission = toBatchSubmission(event.payload);
    await this.inbox.runOnce(event, (manager) =>
      this.acceptor.accept(manager, submission, { causedBy: event }),
    );
  }
}
