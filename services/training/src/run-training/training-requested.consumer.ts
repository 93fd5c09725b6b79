import { type ConsumedEvent, ConsumeEvent, Inbox } from '@loopline/messaging';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RunScheduler } from './run-scheduler';

/** A request to (re)train a model: start a run, or coalesce it into the model's follow-up run. */
@Controller()
export class TrainingRequestedConsumer {
  constructor(
    private readonly inbox: Inbox,
    private readonly scheduler: RunScheduler,
  ) {}

  @ConsumeEvent('TrainingRequested')
  async handle(@Payload() event: ConsumedEvent<'TrainingRequested'>): Promise<void> {
    const request = event.payload;
    await this.inbox.runOnce(event, (manager) =>
      this.scheduler.submit(
        manager,
        {
          modelName: request.modelName,
          requestId: request.requestId,
          trigger: request.trigger,
          reason: request.reason,
          requestedBy: request.requestedBy,
          featureSetId: request.featureSetId,
          featureViewName: request.featureViewName,
          featureViewVersion: request.featureViewVersion,
          configOverrides: request.configOverrides,
        },
        { causedBy: event },
      ),
    );
  }
}
