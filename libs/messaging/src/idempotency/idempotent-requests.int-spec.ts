import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { DatasetVersionCreated } from '@loopline/contracts';
import {
  dropSchema,
  testStackConfig,
  uniqueIdentifier,
  uniqueName,
  contractSample,
} from '@loopline/testing';
import { Body, Controller, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { OutboxWriter } from '../outbox/outbox.writer';
import { type HttpTestApp, startHttpTestApp } from '../test-support/start-http-test-app';
import { IdempotencyKey } from './idempotency-key.decorator';
import type { IdempotentRequest } from './idempotent-request';
import { IdempotentRequests } from './idempotent-requests';
import { type HeaderWritable, markReplayedResponse } from './mark-replayed-response';

const stack = testStackConfig();
const sample: DatasetVersionCreated = contractSample('DatasetVersionCreated');

/** Publishes one event per request, written the way a service's controller and handler are. */
@Controller('datasets')
class PublishingController {
  constructor(
    private readonly idempotency: IdempotentRequests,
    private readonly outbox: OutboxWriter,
  ) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  async publish(
    @Body() body: { datasetName: unknown; holdMs?: number },
    @IdempotencyKey() idempotent: IdempotentRequest | undefined,
    @Res({ passthrough: true }) response: HeaderWritable,
  ): Promise<{ eventId: string }> {
    const outcome = await this.idempotency.run(idempotent, async (manager) => {
      // Keeps the transaction open, so duplicates arrive while the first is still in flight.
      if (body.holdMs) await manager.query('SELECT pg_sleep($1)', [body.holdMs / 1000]);
      // A non-string name fails Avro encoding inside the transaction, like any failing handler.
      const payload = { ...sample, datasetName: body.datasetName as string };
      const metadata = await this.outbox.enqueue(manager, 'DatasetVersionCreated', payload);
      return { eventId: metadata.eventId };
    });
    return markReplayedResponse(response, outcome);
  }
}

interface Reply {
  status: number;
  replayed: string | null;
  text: string;
  // Response bodies are arbitrary JSON; each assertion names the fields it reads.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

let service: HttpTestApp;
const schema = uniqueIdentifier('it_idempotency');

before(async () => {
  service = await startHttpTestApp({
    schema,
    topicPrefix: `${uniqueName('it')}.`,
    controllers: [PublishingController],
  });
});

after(async () => {
  await service.close();
  await dropSchema(stack.databaseUrl, schema);
});

async function post(datasetName: unknown, key?: string, holdMs?: number): Promise<Reply> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key !== undefined) headers['idempotency-key'] = key;
  const response = await fetch(`${service.url}/datasets`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ datasetName, holdMs }),
  });
  const text = await response.text();
  return {
    status: response.status,
    replayed: response.headers.get('idempotent-replayed'),
    text,
    body: JSON.parse(text),
  };
}

/** Events in the outbox for one dataset name (the message key). */
async function eventsFor(datasetName: string): Promise<number> {
  const [{ count }] = await service.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM ${service.table('outbox_messages')} WHERE message_key = $1`,
    [datasetName],
  );
  return count;
}

// Each test uses its own keys and dataset names, so they share one app.
describe('Idempotency-Key on an HTTP request that publishes', { timeout: 60_000 }, () => {
  it('answers a retry with the stored response, marked replayed, and publishes once', async () => {
    const name = uniqueName('retried');
    const key = uniqueName('key');
    const first = await post(name, key);
    const retry = await post(name, key);

    assert.equal(first.status, 202);
    assert.equal(first.replayed, null);
    assert.equal(retry.status, 202);
    assert.equal(retry.replayed, 'true');
    assert.equal(retry.text, first.text);
    assert.equal(await eventsFor(name), 1);
  });

  it('refuses the same key with another body, with a code and a 409, and publishes nothing', async () => {
    const key = uniqueName('key');
    const name = uniqueName('original');
    const other = uniqueName('other');
    await post(name, key);
    const refused = await post(other, key);

    assert.equal(refused.status, 409);
    assert.equal(refused.body.code, 'MESSAGING.IDEMPOTENCY_KEY_REUSED');
    assert.equal(refused.body.retriable, false);
    assert.equal(await eventsFor(name), 1);
    assert.equal(await eventsFor(other), 0);
  });

  it('lets concurrent duplicates publish once, all answering the same body', async () => {
    const name = uniqueName('concurrent');
    const key = uniqueName('key');
    // The request that wins holds its transaction 300 ms: the others arrive while it is open.
    const replies = await Promise.all(Array.from({ length: 8 }, () => post(name, key, 300)));

    assert.deepEqual(
      replies.map((reply) => reply.status),
      Array(8).fill(202),
    );
    assert.equal(new Set(replies.map((reply) => reply.text)).size, 1);
    assert.equal(replies.filter((reply) => reply.replayed === null).length, 1);
    assert.equal(await eventsFor(name), 1);
  });

  it('keeps the header optional: without a key every request publishes', async () => {
    const name = uniqueName('unkeyed');
    const first = await post(name);
    const second = await post(name);
    assert.equal(first.status, 202);
    assert.notEqual(first.body.eventId, second.body.eventId);
    assert.equal(await eventsFor(name), 2);
  });

  it('refuses an unusable key before doing anything', async () => {
    const name = uniqueName('badkey');
    const refused = await post(name, 'two words');
    assert.equal(refused.status, 400);
    assert.equal(refused.body.code, 'MESSAGING.IDEMPOTENCY_KEY_INVALID');
    assert.equal(await eventsFor(name), 0);
  });

  it('does not keep the key of a request that failed, so it can be retried as is', async () => {
    const key = uniqueName('key');
    const failed = await post(42, key);
    assert.ok(failed.status >= 400);
    const name = uniqueName('after-failure');
    const retried = await post(name, key);
    assert.equal(retried.status, 202);
    assert.equal(retried.replayed, null);
    assert.equal(await eventsFor(name), 1);
  });

  it('scopes keys to the principal: two principals may use the same key', async () => {
    const requests = service.app.get(IdempotentRequests);
    const writer = service.app.get(OutboxWriter);
    const name = uniqueName('scoped');
    const request = (principal: string): IdempotentRequest => ({
      key: 'shared-key',
      method: 'POST',
      path: '/datasets',
      body: { datasetName: name },
      principal,
      status: 202,
    });
    const publish = (principal: string) =>
      requests.run(request(principal), async (manager) => {
        const metadata = await writer.enqueue(manager, 'DatasetVersionCreated', {
          ...sample,
          datasetName: name,
        });
        return { eventId: metadata.eventId };
      });

    const alice = await publish('alice');
    const bob = await publish('bob');
    const aliceAgain = await publish('alice');
    assert.equal(bob.replayed, false);
    assert.notEqual(bob.body.eventId, alice.body.eventId);
    assert.deepEqual(aliceAgain, { body: alice.body, replayed: true });
    assert.equal(await eventsFor(name), 2);
  });
});
