import type { EventCodec } from '@loopline/contracts';
import { contractFor } from '@loopline/contracts';
import type { Serializer } from '@nestjs/microservices';
import { metadataToHeaders } from '../events/event-headers';
import type { EncodedMessage, OutgoingEvent } from '../events/outgoing-event';

/**
 * The Nest microservices serializer for Loopline events: Avro single-object encoding for the
 * value, the aggregate id for the key (per-aggregate ordering), envelope metadata as headers.
 * Already-encoded messages (from the outbox, or dead-lettered originals) pass through unchanged.
 */
export class AvroEventSerializer implements Serializer<
  OutgoingEvent | EncodedMessage,
  EncodedMessage
> {
  constructor(private readonly codec: EventCodec) {}

  serialize(message: OutgoingEvent | EncodedMessage): EncodedMessage {
    if (isEncoded(message)) return message;
    const contract = contractFor(message.name);
    return {
      key: contract.keyOf(message.payload as never),
      value: this.codec.encode(message.name, message.payload),
      headers: metadataToHeaders(message.metadata),
    };
  }
}

function isEncoded(message: OutgoingEvent | EncodedMessage): message is EncodedMessage {
  return Buffer.isBuffer((message as EncodedMessage).value);
}
