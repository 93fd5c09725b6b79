import { performance } from 'node:perf_hooks';
import { ConsumeEvent, type ConsumedEvent, Inbox } from '@loopline/messaging';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { JobQueue } from '../queue/job-queue';
import { JobScript } from './job-script';
import { TRAIN_MODEL_JOB } from './train-model.job';

/** A consumer that starts long work the documented way: enqueue in the inbox transaction. */
@Controller()
export class MaterializedConsumer {
  constructor(
    private readonly inbox: Inbox,
    private readonly jobs: JobQueue,
    private readonly script: JobScript,
  ) {}

  @ConsumeEvent('FeatureSetMaterialized')
  async handle(@Payload() event: ConsumedEvent<'FeatureSetMaterialized'>): Promise<void> {
    const startedAt = performance.now();
    const outcome = await this.inbox.runOnce(event, (manager) =>
      this.jobs.enqueue(manager, {
        kind: TRAIN_MODEL_JOB,
        key: event.payload.featureViewName,
        input: { featureSetId: event.payload.featureSetId },
        causedBy: event,
      }),
    );
    this.script.consumed.push({
      eventId: event.metadata.eventId,
      jobId: outcome.duplicate ? undefined : outcome.result.id,
      durationMs: performance.now() - startedAt,
      returnedAt: Date.now(),
    });
  }
}
