import {
  allContracts,
  AvroSingleObjectCodec,
  EventHeader,
  type EventName,
  type EventPayloads,
} from '@loopline/contracts';
import { TopicRecorder } from '@loopline/testing';
import type { MainJobTarget } from '../target';

/** One event as a topic holds it: envelope, decoded payload and where it sits. */
export interface TappedEvent<N extends EventName = EventName> {
  type: N;
  eventId: string;
  occurredAt: number;
  causationId: string | null;
  producer: string;
  topic: string;
  partition: number;
  offset: string;
  payload: EventPayloads[N];
}

/**
 * Reads every lifecycle topic from the beginning (compacted state topics aside), the way an
 * audit consumer does, and decodes each message with its writer schema. The main job's view of
 * what happened comes from here, not from any service's database.
 */
export class EventTap {
  private readonly codec = new AvroSingleObjectCodec();
  private readonly recorders: TopicRecorder[] = [];
  private readonly decoded = new Map<TopicRecorder, TappedEvent[]>();

  constructor(private readonly target: MainJobTarget) {}

  async start(): Promise<this> {
    const topics = new Set(
      allContracts()
        .filter((contract) => !contract.compacted)
        .map((contract) => `${this.target.topicPrefix}${contract.topic}`),
    );
    for (const topic of topics) {
      const recorder = await new TopicRecorder(this.target.stack.brokers, topic).start();
      this.recorders.push(recorder);
      this.decoded.set(recorder, []);
    }
    return this;
  }

  /** Every event read so far, topic by topic, each in its topic's order. */
  all(): TappedEvent[] {
    return this.recorders.flatMap((recorder) => this.decodeNew(recorder));
  }

  of<N extends EventName>(
    type: N,
    where: (payload: EventPayloads[N]) => boolean = () => true,
  ): TappedEvent<N>[] {
    return this.all().filter(
      (event): event is TappedEvent<N> =>
        event.type === type && where(event.payload as EventPayloads[N]),
    );
  }

  async stop(): Promise<void> {
    await Promise.allSettled(this.recorders.map((recorder) => recorder.stop()));
  }

  private decodeNew(recorder: TopicRecorder): TappedEvent[] {
    const decoded = this.decoded.get(recorder)!;
    for (const message of recorder.messages.slice(decoded.length)) {
      const headers = message.headers;
      const type = headers[EventHeader.EventType] as EventName;
      decoded.push({
        type,
        eventId: headers[EventHeader.EventId],
        occurredAt: Number(headers[EventHeader.OccurredAt]),
        causationId: headers[EventHeader.CausationId] ?? null,
        producer: headers[EventHeader.Producer],
        topic: recorder.topic,
        partition: message.partition,
        offset: message.offset,
        payload: this.codec.decode(type, message.value!) as EventPayloads[EventName],
      });
    }
    return decoded;
  }
}
