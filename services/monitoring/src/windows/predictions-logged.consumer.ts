import { type ConsumedEvent, ConsumeEvent, Inbox } from '@loopline/messaging';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { WindowAccumulator } from './window-accumulator';

/**
 * A batch of served predictions: count it into its version's windows. The file is fetched and
 * decoded before the transaction (a few milliseconds for the deployment's 2,500-row batches);
 * an unreadable file is poison and goes to the dead-letter topic with its reason.
 */
@Controller()
export class PredictionsLoggedConsumer {
  constructor(
    private readonly inbox: Inbox,
    private readonly windows: WindowAccumulator,
  ) {}

  @ConsumeEvent('PredictionsLogged')
  async handle(@Payload() event: ConsumedEvent<'PredictionsLogged'>): Promise<void> {
    const log = await this.windows.load(event.payload);
    await this.inbox.runOnce(event, (manager) =>
      this.windows.accumulate(manager, event.payload, log),
    );
  }
}
