import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { Client as MinioClient } from 'minio';
import { Client } from 'pg';
import { TEST_PRINCIPALS } from '../test-principals';
import { testStackConfig } from '../config/testing.config';
import { dropSchema } from '../postgres-schemas';
import { freePort, ServiceProcess } from '../service-process';
import { uniqueIdentifier, uniqueName } from '../unique-name';

const stack = testStackConfig();
const run = uniqueIdentifier('idem');
const schema = `${run}_training`;
const bucket = `${run}-training`.replace(/_/g, '-');

interface Reply {
  status: number;
  replayed: string | null;
  text: string;
  // Response bodies are arbitrary JSON; each assertion names the fields it reads.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** POST /training-requests on the real training process, retried the way a client would. */
describe('POST /training-requests with an Idempotency-Key', { timeout: 120_000 }, () => {
  let service: ServiceProcess;
  let db: Client;

  before(async () => {
    service = new ServiceProcess('training', await freePort(), {
      KAFKA_TOPIC_PREFIX: `${run}.`,
      DATABASE_SCHEMA: schema,
      ARTIFACTS_BUCKET: bucket,
      DATABASE_POOL_SIZE: '4',
      LOG_LEVEL: 'warn',
    }).start();
    db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    await service.waitUntilReady();
  });

  after(async () => {
    await service.stop();
    await db.end();
    await dropSchema(stack.databaseUrl, schema);
    const endpoint = new URL(stack.minio.endpoint);
    await new MinioClient({
      endPoint: endpoint.hostname,
      port: Number(endpoint.port),
      useSSL: endpoint.protocol === 'https:',
      accessKey: stack.minio.accessKey,
      secretKey: stack.minio.secretKey,
    })
      .removeBucket(bucket)
      .catch(() => undefined);
  });

  async function requestTraining(modelName: string, key: string): Promise<Reply> {
    const response = await fetch(`${service.url}/training-requests`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': key,
        ...TEST_PRINCIPALS.operator.headers,
      },
      body: JSON.stringify({ modelName, reason: 'retrain' }),
    });
    const text = await response.text();
    return {
      status: response.status,
      replayed: response.headers.get('idempotent-replayed'),
      text,
      body: JSON.parse(text),
    };
  }

  /** TrainingRequested events in the training outbox for one model (the message key). */
  async function eventsFor(modelName: string): Promise<number> {
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM "${schema}".outbox_messages
       WHERE event_type = 'TrainingRequested' AND message_key = $1`,
      [modelName],
    );
    return rows[0].n;
  }

  it('answers a retry with the first response and publishes one event', async () => {
    const key = uniqueName('retry');
    const first = await requestTraining('flight-delay', key);
    const retry = await requestTraining('flight-delay', key);

    assert.equal(first.status, 202);
    assert.equal(first.replayed, null);
    assert.equal(retry.status, 202);
    assert.equal(retry.replayed, 'true');
    assert.equal(retry.text, first.text);
    assert.equal(await eventsFor('flight-delay'), 1);
  });

  it('refuses the key for another request with MESSAGING.IDEMPOTENCY_KEY_REUSED', async () => {
    const key = uniqueName('reuse');
    assert.equal((await requestTraining('seattle-weather', key)).status, 202);
    const refused = await requestTraining('other-model', key);

    assert.equal(refused.status, 409);
    assert.equal(refused.body.code, 'MESSAGING.IDEMPOTENCY_KEY_REUSED');
    assert.equal(await eventsFor('seattle-weather'), 1);
    assert.equal(await eventsFor('other-model'), 0);
  });

  it('publishes once when duplicates arrive at the same time', async () => {
    const key = uniqueName('burst');
    const replies = await Promise.all(
      Array.from({ length: 6 }, () => requestTraining('burst-model', key)),
    );

    assert.ok(replies.every((reply) => reply.status === 202));
    assert.equal(new Set(replies.map((reply) => reply.body.eventId)).size, 1);
    assert.equal(await eventsFor('burst-model'), 1);
  });
});
