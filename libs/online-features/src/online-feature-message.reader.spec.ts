import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  AvroSingleObjectCodec,
  EventHeader,
  type OnlineFeaturesUpdated,
} from '@loopline/contracts';
import { PlatformError } from '@loopline/errors';
import { contractSample } from '@loopline/testing';
import type { KafkaMessage } from 'kafkajs';
import { OnlineFeatureMessageReader } from './online-feature-message.reader';
import { OnlineFeaturesErrorCode } from './online-features-error-code';

const codec = new AvroSingleObjectCodec();
const reader = new OnlineFeatureMessageReader(codec);
const sample: OnlineFeaturesUpdated = contractSample('OnlineFeaturesUpdated');

/** A message as kafkajs hands it over. */
function message(key: string | null, value: Buffer | null, eventType?: string): KafkaMessage {
  return {
    key: key === null ? null : Buffer.from(key),
    value,
    headers: eventType ? { [EventHeader.EventType]: Buffer.from(eventType) } : {},
    offset: '7',
    timestamp: '0',
    attributes: 0,
  };
}

const undecodable = (error: unknown) =>
  error instanceof PlatformError && error.code === OnlineFeaturesErrorCode.UndecodableMessage;

describe('OnlineFeatureMessageReader', () => {
  it('turns OnlineFeaturesUpdated into an entry with its values by name', async () => {
    const bytes = codec.encode('OnlineFeaturesUpdated', sample);
    const read = await reader.read(message(sample.featureKey, bytes, 'OnlineFeaturesUpdated'));
    assert.equal(read.kind, 'update');
    assert.ok(read.kind === 'update');
    assert.deepEqual(
      { ...read.entry.values },
      {
        dep_delay_mean_7d: 12.5,
        flights_count_7d: 1342,
        cancelled_rate_1h: null,
      },
    );
    assert.equal(read.entry.asOf, sample.asOf);
  });

  it('reads a null value as a tombstone for the message key', async () => {
    assert.deepEqual(await reader.read(message('flight-delay@3/SEA', null)), {
      kind: 'tombstone',
      featureKey: 'flight-delay@3/SEA',
    });
  });

  it('passes over another event type without decoding it', async () => {
    const read = await reader.read(message('k', Buffer.from('not avro'), 'FeatureViewRegistered'));
    assert.deepEqual(read, { kind: 'other-type', eventType: 'FeatureViewRegistered' });
  });

  it('refuses garbage, a missing type header and a featureKey that is not the documented key', async () => {
    await assert.rejects(
      reader.read(message(sample.featureKey, Buffer.from('garbage'), 'OnlineFeaturesUpdated')),
      (error: unknown) => error instanceof PlatformError,
    );
    const bytes = codec.encode('OnlineFeaturesUpdated', sample);
    await assert.rejects(reader.read(message(sample.featureKey, bytes)), undecodable);
    const misspelt = codec.encode('OnlineFeaturesUpdated', { ...sample, featureKey: 'SEA' });
    await assert.rejects(
      reader.read(message('SEA', misspelt, 'OnlineFeaturesUpdated')),
      undecodable,
    );
    await assert.rejects(
      reader.read(message('other-key', bytes, 'OnlineFeaturesUpdated')),
      undecodable,
      'the message key must be the featureKey too',
    );
  });
});
