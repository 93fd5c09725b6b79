import type { EventName, EventPayloads } from '@loopline/contracts';
import type { EventMetadata } from './consumed-event';
import type { HeaderMap } from './event-headers';

/** A typed event ready to be encoded. */
export interface OutgoingEvent<N extends EventName = EventName> {
  name: N;
  payload: EventPayloads[N];
  metadata: EventMetadata;
}

/** An event already in wire form: what the outbox stores and the producer sends. */
export interface EncodedMessage {
  key: string;
  value: Buffer;
  headers: HeaderMap;
}
