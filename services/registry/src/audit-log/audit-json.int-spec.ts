import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { type DriftDetected } from '@loopline/contracts';
import { readTopicToEnd, TopicNamer } from '@loopline/messaging';
import { Kafka, logLevel } from 'kafkajs';
import { AuditChainVerifier } from '../domain/audit-chain';
import { decodeAuditJson } from '../domain/audit-json';
import { RegistryTestWorld } from '../test-support/registry-test-world';
import { contractSample } from '@loopline/testing';

const sample: DriftDetected = contractSample('DriftDetected');

/** What Avro carries and JSON cannot: non-finite doubles and a NUL inside a string field. */
const unusual: DriftDetected = {
  ...sample,
  windowId: 'flight-delay/2001-06\u0000late',
  driftedFeatureShare: NaN,
  features: [
    { ...sample.features[0], statistic: Infinity, threshold: -Infinity, pValue: NaN },
    ...sample.features.slice(1),
  ],
};

describe('audit JSON on the real stack', { timeout: 120_000 }, () => {
  let world: RegistryTestWorld;
  before(async () => {
    world = await RegistryTestWorld.start('audit-json', ['DriftDetected']);
  });
  after(() => world?.close());

  it('audits NaN, the infinities and a NUL faithfully, dead-letters nothing, and the chain verifies', async () => {
    const [unusualId, ordinaryId] = await world.producer.publish('DriftDetected', unusual, sample);
    const entries = await world.waitForEntries(2);
    const byId = new Map(entries.map((entry) => [entry.eventId, entry]));

    const stored = byId.get(unusualId)!.payload as Record<string, unknown>;
    assert.deepEqual(stored.driftedFeatureShare, { $type: 'float', value: 'NaN' });
    assert.deepEqual(stored.windowId, {
      $type: 'string',
      base64: Buffer.from(unusual.windowId).toString('base64'),
    });
    assert.deepStrictEqual(decodeAuditJson(stored), unusual, 'decodes to what was published');
    assert.deepStrictEqual(
      byId.get(ordinaryId)!.payload,
      JSON.parse(JSON.stringify(sample)),
      'an ordinary payload is stored as plain JSON, as before',
    );

    // The hash covers what is stored: the chain recomputes from the rows read back.
    assert.equal(new AuditChainVerifier().verify(entries), undefined);
    const verification = await world.getJson('/audit-log/verification');
    assert.equal(verification.status, 200);
    assert.equal(verification.body.intact, true);
    assert.equal(verification.body.checkedEntries, 2);

    const group = `${world.prefix}registry`;
    const kafka = new Kafka({
      clientId: 'audit-json-it',
      brokers: world.stack.brokers,
      logLevel: logLevel.NOTHING,
    });
    const deadLetters = await readTopicToEnd(
      kafka,
      new TopicNamer(world.prefix).deadLetterTopicFor(group),
    );
    assert.deepEqual(deadLetters, [], 'nothing dead-lettered');
  });
});
