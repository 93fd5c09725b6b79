import { randomUUID } from 'node:crypto';
import { JobQueue } from '@loopline/jobs';
import { type ConsumedEvent, ConsumeEvent, Inbox } from '@loopline/messaging';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { EVALUATE_MODEL_JOB, type EvaluateModelInput } from './evaluate-model.input';

/**
 * A model was trained: accept it for evaluation as a job in the inbox's transaction, so the
 * consumer returns at once and the evaluation survives a crash. One job per training run.
 */
@Controller()
export class ModelTrainedConsumer {
  constructor(
    private readonly inbox: Inbox,
    private readonly jobs: JobQueue,
  ) {}

  @ConsumeEvent('ModelTrained')
  async handle(@Payload() event: ConsumedEvent<'ModelTrained'>): Promise<void> {
    await this.inbox.runOnce(event, async (manager) => {
      const input: EvaluateModelInput = { evaluationId: randomUUID(), trained: event.payload };
      await this.jobs.enqueue(manager, {
        kind: EVALUATE_MODEL_JOB,
        key: event.payload.lineage.trainingRunId,
        input,
        causedBy: event,
      });
    });
  }
}
