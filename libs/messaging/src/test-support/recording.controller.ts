import type { PlatformError } from '@loopline/errors';
import { Controller, Injectable } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { ConsumedEvent } from '../events/consumed-event';
import { Inbox } from '../inbox/inbox';
import { ConsumeEvent } from '../server/consume-event.decorator';
import { ReceivedEventRow } from './received-event.row';

/** Decides, per call, whether the test handler fails; counts calls per event id. */
@Injectable()
export class HandlerScript {
  readonly calls = new Map<string, number>();
  failWith: (
    event: ConsumedEvent<'DatasetVersionCreated'>,
    call: number,
  ) => PlatformError | undefined = () => undefined;

  callsFor(eventId: string): number {
    return this.calls.get(eventId) ?? 0;
  }
}

/** A handler written the way services write them: inbox-guarded, effects in one transaction. */
@Controller()
export class RecordingController {
  constructor(
    private readonly inbox: Inbox,
    private readonly script: HandlerScript,
  ) {}

  @ConsumeEvent('DatasetVersionCreated')
  async handle(@Payload() event: ConsumedEvent<'DatasetVersionCreated'>): Promise<void> {
    const call = this.script.callsFor(event.metadata.eventId) + 1;
    this.script.calls.set(event.metadata.eventId, call);
    const failure = this.script.failWith(event, call);
    if (failure) throw failure;
    await this.inbox.runOnce(event, (manager) =>
      manager.insert(ReceivedEventRow, {
        eventId: event.metadata.eventId,
        envelope: JSON.parse(JSON.stringify(event)),
      }),
    );
  }
}
