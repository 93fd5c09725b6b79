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
    await record(this.inbox, this.script, event);
  }
}

/** Also handles DatasetRejected, which shares DatasetVersionCreated's topic. */
@Controller()
export class RecordingRejectionsController {
  constructor(
    private readonly inbox: Inbox,
    private readonly script: HandlerScript,
  ) {}

  @ConsumeEvent('DatasetRejected')
  async handle(@Payload() event: ConsumedEvent<'DatasetRejected'>): Promise<void> {
    await record(this.inbox, this.script, event);
  }
}

async function record(inbox: Inbox, script: HandlerScript, event: ConsumedEvent): Promise<void> {
  const call = script.callsFor(event.metadata.eventId) + 1;
  script.calls.set(event.metadata.eventId, call);
  const failure = script.failWith(event as ConsumedEvent<'DatasetVersionCreated'>, call);
  if (failure) throw failure;
  await inbox.runOnce(event, (manager) =>
    manager.insert(ReceivedEventRow, {
      eventId: event.metadata.eventId,
      envelope: JSON.parse(JSON.stringify(event)),
    }),
  );
}
