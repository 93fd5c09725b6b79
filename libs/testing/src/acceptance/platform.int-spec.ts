import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Client as MinioClient } from 'minio';
import { Client } from 'pg';
import { TEST_PRINCIPALS } from '../test-principals';
import { testStackConfig } from '../config/testing.config';
import { dropSchema } from '../postgres-schemas';
import { parsePrometheusText } from '../prometheus-text.parser';
import { freePort, REPO_ROOT, ServiceProcess, serviceNames } from '../service-process';
import { uniqueIdentifier } from '../unique-name';
import { waitFor } from '../wait-for';

const SERVICES = serviceNames();
const stack = testStackConfig();
const run = uniqueIdentifier('acc');
const schemaOf = (service: string) => `${run}_${service.replace('-', '_')}`;
const bucketOf = (service: string) => `${run}-${service}`.replace(/_/g, '-');

// Responses are arbitrary JSON; each assertion names the fields it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function getJson(url: string, init?: RequestInit): Promise<{ status: number; body: any }> {
  const response = await fetch(url, init);
  return { status: response.status, body: await response.json() };
}

/** The seven real services, isolated by topic prefix, schemas, buckets and ports. */
describe('the platform: seven services on the real stack', { timeout: 180_000 }, () => {
  const services = new Map<string, ServiceProcess>();

  before(async () => {
    for (const name of SERVICES) {
      const service = new ServiceProcess(name, await freePort(), {
        KAFKA_TOPIC_PREFIX: `${run}.`,
        DATABASE_SCHEMA: schemaOf(name),
        ARTIFACTS_BUCKET: bucketOf(name),
        DATABASE_POOL_SIZE: '3',
        LOG_LEVEL: 'warn',
      });
      services.set(name, service.start());
    }
  });

  after(async () => {
    await Promise.all([...services.values()].map((service) => service.stop()));
    await Promise.all(SERVICES.map((name) => dropSchema(stack.databaseUrl, schemaOf(name))));
    const endpoint = new URL(stack.minio.endpoint);
    const minio = new MinioClient({
      endPoint: endpoint.hostname,
      port: Number(endpoint.port),
      useSSL: endpoint.protocol === 'https:',
      accessKey: stack.minio.accessKey,
      secretKey: stack.minio.secretKey,
    });
    await Promise.all(
      SERVICES.map((name) => minio.removeBucket(bucketOf(name)).catch(() => undefined)),
    );
  });

  it('starts every service until /ready reports broker, database, object store and consumer', async () => {
    await Promise.all([...services.values()].map((service) => service.waitUntilReady()));
    for (const service of services.values()) {
      const health = await getJson(`${service.url}/health`);
      assert.equal(health.status, 200);
      assert.equal(health.body.service, service.name);
      const ready = await getJson(`${service.url}/ready`);
      const checks = ready.body.checks.map((check: { name: string }) => check.name).sort();
      // Serving also waits until it has caught up with the online features topic.
      const own = service.name === 'deployment' ? ['online-features'] : [];
      assert.deepEqual(checks, [
        'database',
        'kafka-broker',
        'kafka-consumer',
        'object-store',
        ...own,
      ]);
    }
  });

  it('serves /metrics as valid Prometheus text with process and event metrics', async () => {
    for (const service of services.values()) {
      const response = await fetch(`${service.url}/metrics`);
      assert.match(response.headers.get('content-type') ?? '', /^text\/plain/);
      const families = parsePrometheusText(await response.text());
      for (const family of [
        'process_cpu_user_seconds_total',
        'loopline_events_consumed_total',
        'loopline_events_produced_total',
        'loopline_events_failed_total',
        'loopline_events_dead_lettered_total',
        'loopline_event_handler_duration_seconds',
      ]) {
        assert.ok(families.has(family), `${service.name} /metrics lacks ${family}`);
      }
    }
  });

  it('audits an event published by one service in the registry, with a verifiable chain', async () => {
    const training = services.get('training')!;
    const registry = services.get('registry')!;
    const correlationId = `${run}-smoke`;
    const accepted = await getJson(`${training.url}/training-requests`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-correlation-id': correlationId,
        ...TEST_PRINCIPALS.operator.headers,
      },
      body: JSON.stringify({ modelName: 'flight-delay', reason: 'acceptance' }),
    });
    assert.equal(accepted.status, 202);

    const entry = await waitFor(async () => {
      const { body } = await getJson(`${registry.url}/audit-log?correlationId=${correlationId}`);
      return body.entries[0];
    });
    assert.equal(entry.eventId, accepted.body.eventId);
    assert.equal(entry.eventType, 'TrainingRequested');
    assert.equal(entry.producer, 'training');
    assert.equal(entry.topic, `${run}.loopline.training-requests`);
    assert.equal(entry.payload.requestId, accepted.body.requestId);

    // Ingestion registers its shipped data contracts (flights, seattle-weather) at start-up,
    // and the registry audits those registrations too.
    const audited = await waitFor(async () => {
      const { body } = await getJson(`${registry.url}/audit-log?limit=500`);
      const contracts = body.entries.filter(
        (e: { eventType: string }) => e.eventType === 'DataContractRegistered',
      );
      return contracts.length >= 2 && (body.entries as unknown[]);
    });
    const verification = await getJson(`${registry.url}/audit-log/verification`);
    assert.equal(verification.body.intact, true);
    // Training answers the request with TrainingFailed (no such model here), which may be
    // audited between the two reads: the chain verified covers at least what was listed.
    assert.ok(verification.body.checkedEntries >= audited.length);

    const metrics = parsePrometheusText(await (await fetch(`${registry.url}/metrics`)).text());
    const consumed = metrics.get('loopline_events_consumed_total')!.samples;
    assert.ok(consumed.some((s) => s.labels.event_type === 'TrainingRequested' && s.value === 1));
  });

  it('refuses changes to the audit log and names the first tampered entry, over HTTP and with the operator command', async () => {
    const registry = services.get('registry')!;
    const db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    const auditLog = `"${schemaOf('registry')}".audit_log`;
    try {
      await assert.rejects(
        db.query(`UPDATE ${auditLog} SET producer = 'mallory' WHERE sequence = 1`),
        /append-only/,
      );
      await assert.rejects(db.query(`DELETE FROM ${auditLog}`), /append-only/);
      // Someone with the owner's rights can switch the guard off; the chain still gives them away.
      await db.query(`ALTER TABLE ${auditLog} DISABLE TRIGGER USER`);
      await db.query(`UPDATE ${auditLog} SET producer = 'mallory' WHERE sequence = 1`);
    } finally {
      await db.end();
    }
    const verification = await getJson(`${registry.url}/audit-log/verification`);
    assert.equal(verification.body.intact, false);
    assert.equal(verification.body.firstBroken.sequence, 1);
    assert.equal(verification.body.firstBroken.reason, 'entry-hash-mismatch');

    const command = spawnSync(
      process.execPath,
      [join(REPO_ROOT, 'services/registry/dist/audit-log/verify-audit-chain.cli.js')],
      {
        env: {
          ...process.env,
          DATABASE_SCHEMA: schemaOf('registry'),
          // The command checks the chain against its checkpoints in Kafka, behind this prefix.
          KAFKA_TOPIC_PREFIX: `${run}.`,
        },
        encoding: 'utf8',
      },
    );
    assert.equal(command.status, 1, command.stderr);
    assert.match(command.stderr, /BROKEN at entry 1 \(entry-hash-mismatch\)/);
  });

  it('rejects a bad HTTP body with a coded error and stays up', async () => {
    const training = services.get('training')!;
    const rejected = await getJson(`${training.url}/training-requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...TEST_PRINCIPALS.operator.headers },
      body: JSON.stringify({ modelName: 'Not Kebab' }),
    });
    assert.equal(rejected.status, 400);
    assert.equal(rejected.body.code, 'TRAINING.INVALID_TRAINING_REQUEST');
    assert.equal((await fetch(`${training.url}/health`)).status, 200);
  });

  it('shuts every service down gracefully on SIGTERM', async () => {
    for (const service of services.values()) {
      const { code, signal } = await service.stop();
      // Nest re-raises the signal once its shutdown hooks are done; the watchdog would exit 1.
      assert.ok(
        signal === 'SIGTERM' || code === 0,
        `${service.name} ended with code ${code}, signal ${signal}`,
      );
    }
  });
});
