import { JobQueue } from '@loopline/jobs';
import { type ConsumedEvent, ConsumeEvent, Inbox } from '@loopline/messaging';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { LabelBatchStore } from './label-batch.store';
import { LOAD_LABELS_JOB, type LoadLabelsInput } from './load-labels.job';
import { toLabelBatch } from './to-label-batch';

/**
 * Late labels from a data platform. Accepting them records the batch and queues the load of its
 * file in the inbox's transaction; the file is read by the job. A batch id seen before starts
 * nothing (resubmitting a batch is a no-op); a message that names no loadable file is
 * dead-lettered with the reason.
 */
@Controller()
export class GroundTruthObservedConsumer {
  constructor(
    private readonly inbox: Inbox,
    private readonly batches: LabelBatchStore,
    private readonly jobs: JobQueue,
  ) {}

  @ConsumeEvent('GroundTruthObserved')
  async handle(@Payload() event: ConsumedEvent<'GroundTruthObserved'>): Promise<void> {
    const batch = toLabelBatch(event.payload);
    await this.inbox.runOnce(event, async (manager) => {
      if (!(await this.batches.add(manager, batch))) return;
      await this.jobs.enqueue<LoadLabelsInput>(manager, {
        kind: LOAD_LABELS_JOB,
        key: batch.batchId,
        input: { batchId: batch.batchId },
        causedBy: event,
      });
    });
  }
}
