import {
  ContractErrorCode,
  EventHeader,
  type EventCodec,
  type OnlineFeaturesUpdated,
} from '@loopline/contracts';
import { ErrorKind, PlatformError } from '@loopline/errors';
import type { SchemaTopicLookup } from '@loopline/messaging';
import type { KafkaMessage } from 'kafkajs';
import { onlineFeatureKey } from './online-feature-key';
import { type OnlineFeatureEntry, toOnlineFeatureEntry } from './online-feature-entry';
import { OnlineFeaturesErrorCode } from './online-features-error-code';

const EVENT_NAME = 'OnlineFeaturesUpdated';

/** What one message of the online-features topic means for the view. */
export type OnlineFeatureMessage =
  | { readonly kind: 'update'; readonly entry: OnlineFeatureEntry }
  /** A null value on a compacted topic: the key is gone for good. */
  | { readonly kind: 'tombstone'; readonly featureKey: string }
  /** Another event type (the topic layout may grow); passed over like any consumer does. */
  | { readonly kind: 'other-type'; readonly eventType: string };

/**
 * Reads messages of the online-features topic into entries. The type comes from the
 * `loopline-event-type` header; the value is decoded with this build's reader schema, and a
 * writer schema this build lacks is looked up on the schema topic (as messaging's deserializer
 * does), so a feature store on a newer compatible schema does not blind serving.
 */
export class OnlineFeatureMessageReader {
  constructor(
    private readonly codec: EventCodec,
    private readonly schemas?: SchemaTopicLookup,
  ) {}

  /** Throws ONLINE_FEATURES.UNDECODABLE_MESSAGE for a message that gives no usable values. */
  async read(message: KafkaMessage, signal?: AbortSignal): Promise<OnlineFeatureMessage> {
    if (message.value === null || message.value.length === 0) {
      if (!message.key) throw undecodable('a tombstone without a key', message);
      return { kind: 'tombstone', featureKey: message.key.toString('utf8') };
    }
    const eventType = message.headers?.[EventHeader.EventType]?.toString();
    if (!eventType) throw undecodable(`no ${EventHeader.EventType} header`, message);
    if (eventType !== EVENT_NAME) return { kind: 'other-type', eventType };
    const payload = await this.decode(message.value, signal);
    const expected = onlineFeatureKey(
      payload.featureViewName,
      payload.featureViewVersion,
      payload.entity,
    );
    // The key is what compaction and lookups go by: a producer that spells it otherwise would
    // leave stale snapshots behind that no later message replaces.
    if (payload.featureKey !== expected || message.key?.toString('utf8') !== expected) {
      throw undecodable(
        `featureKey '${payload.featureKey}' (message key '${message.key?.toString('utf8') ?? ''}') ` +
          `is not '${expected}'`,
        message,
      );
    }
    return { kind: 'update', entry: toOnlineFeatureEntry(payload) };
  }

  private async decode(bytes: Buffer, signal?: AbortSignal): Promise<OnlineFeaturesUpdated> {
    try {
      return this.codec.decode(EVENT_NAME, bytes);
    } catch (error) {
      const unknownWriter =
        error instanceof PlatformError && error.code === ContractErrorCode.UnknownFingerprint;
      if (!unknownWriter || !this.schemas) throw error;
      if (!(await this.schemas.learn(this.codec.fingerprintOf(bytes), signal))) throw error;
      return this.codec.decode(EVENT_NAME, bytes);
    }
  }
}

function undecodable(reason: string, message: KafkaMessage): PlatformError {
  return new PlatformError(
    OnlineFeaturesErrorCode.UndecodableMessage,
    `Online-features message at offset ${message.offset} skipped: ${reason}. Publish ` +
      'OnlineFeaturesUpdated through Loopline messaging with featureKey ' +
      '<featureViewName>@<featureViewVersion>/<entity> as payload field and message key.',
    { kind: ErrorKind.InvalidInput, details: { offset: message.offset } },
  );
}
