import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import type { TrainingRequested } from '@loopline/contracts';
import { REPO_ROOT, contractSample } from '@loopline/testing';
import { AuditChainVerifier, computeEntryHash } from '../domain/audit-chain';
import { RegistryTestWorld } from '../test-support/registry-test-world';

const sample: TrainingRequested = contractSample('TrainingRequested');
const requests = (count: number): TrainingRequested[] =>
  Array.from({ length: count }, (_, index) => ({ ...sample, reason: `request ${index + 1}` }));

/** Audits `count` events and waits until the registry has checkpointed the head in Kafka. */
async function auditAndCheckpoint(world: RegistryTestWorld, count: number) {
  await world.producer.publish('TrainingRequested', ...requests(count));
  await world.waitForEntries(count);
  await world.waitForCheckpointAt(count);
  const verification = await world.getJson('/audit-log/verification');
  assert.equal(verification.body.intact, true, JSON.stringify(verification.body));
  assert.equal(verification.body.checkedEntries, count);
  assert.ok(verification.body.checkedCheckpoints >= 1);
}

/** The operator command (infra/ops/verify-audit-chain.sh runs it), with this world's variables. */
function verifyWithCli(world: RegistryTestWorld) {
  return spawnSync(
    process.execPath,
    [join(REPO_ROOT, 'services/registry/dist/audit-log/verify-audit-chain.cli.js')],
    {
      env: { ...process.env, DATABASE_SCHEMA: world.chainId, KAFKA_TOPIC_PREFIX: world.prefix },
      encoding: 'utf8',
    },
  );
}

/** As a table owner would: switch the append-only guard off and run `sql`. */
async function tamper(world: RegistryTestWorld, sql: (auditLog: string) => Promise<unknown>) {
  await world.db.query(`ALTER TABLE ${world.auditLog} DISABLE TRIGGER USER`);
  await sql(world.auditLog);
}

describe('audit checkpoints on the real stack', { timeout: 180_000, concurrency: true }, () => {
  const worlds: RegistryTestWorld[] = [];
  after(() => Promise.all(worlds.map((world) => world.close())));
  const startWorld = async (name: string) => {
    const world = await RegistryTestWorld.start(name, ['TrainingRequested']);
    worlds.push(world);
    return world;
  };

  it('checkpoints only a grown head and never audits its own checkpoints', async () => {
    const world = await startWorld('ckpt-head');
    await auditAndCheckpoint(world, 2);
    const before = await world.checkpoints();
    // Several intervals with no new event: no new checkpoint, and no audit entry for any checkpoint.
    await delay(1_000);
    assert.deepEqual(await world.checkpoints(), before);
    const listed = await world.getJson('/audit-log?eventType=AuditCheckpointRecorded');
    assert.deepEqual(listed.body.entries, []);
    assert.deepEqual(
      before.map(({ chainId, sequence, entryCount }) => ({ chainId, sequence, entryCount })).at(-1),
      { chainId: world.chainId, sequence: 2, entryCount: 2 },
    );
  });

  it('detects a rewrite with every later hash recomputed, which the chain alone cannot see', async () => {
    const world = await startWorld('ckpt-rewrite');
    await auditAndCheckpoint(world, 4);
    const entries = await world.waitForEntries(4);
    await tamper(world, async (auditLog) => {
      // Entry 2 says something else; entries 2..4 get hashes that chain perfectly again.
      let previousHash = entries[0].entryHash;
      for (const entry of entries.slice(1)) {
        const forged = { ...entry, previousHash };
        if (entry.sequence === 2) forged.payload = { ...sample, reason: 'forged' };
        forged.entryHash = computeEntryHash(previousHash, forged);
        await world.db.query(
          `UPDATE ${auditLog} SET payload = $2, previous_hash = $3, entry_hash = $4 WHERE sequence = $1`,
          [entry.sequence, JSON.stringify(forged.payload), forged.previousHash, forged.entryHash],
        );
        previousHash = forged.entryHash;
      }
    });
    const rewritten = await world.waitForEntries(4);
    assert.equal((rewritten[1].payload as TrainingRequested).reason, 'forged');
    assert.equal(
      new AuditChainVerifier().verify(rewritten),
      undefined,
      'the chain alone looks intact',
    );

    // The first checkpoint at or after entry 2 no longer matches what is stored.
    const checkpoints = await world.checkpoints();
    const contradicted = Math.min(...checkpoints.map((c) => c.sequence).filter((s) => s >= 2));
    const verification = await world.getJson('/audit-log/verification');
    assert.equal(verification.status, 200);
    assert.equal(verification.body.intact, false);
    assert.equal(verification.body.firstBroken.reason, 'checkpoint-mismatch');
    assert.equal(verification.body.firstBroken.sequence, contradicted);
    assert.equal(verification.body.checkedEntries, contradicted);
    assert.equal(
      verification.body.checkedCheckpoints,
      checkpoints.filter((c) => c.sequence < 2).length,
    );

    const command = verifyWithCli(world);
    assert.equal(command.status, 1, command.stderr);
    assert.match(
      command.stderr,
      new RegExp(`BROKEN at entry ${contradicted} \\(checkpoint-mismatch\\)`),
    );
  });

  it('detects a tail deleted after a checkpoint', async () => {
    const world = await startWorld('ckpt-tail');
    await auditAndCheckpoint(world, 3);
    await tamper(world, (auditLog) => world.db.query(`DELETE FROM ${auditLog} WHERE sequence > 1`));
    assert.equal((await world.getJson('/audit-log')).body.entries.length, 1);

    const checkpoints = await world.checkpoints();
    const unreached = Math.min(...checkpoints.map((c) => c.sequence).filter((s) => s > 1));
    const verification = await world.getJson('/audit-log/verification');
    assert.deepEqual(
      [
        verification.body.intact,
        verification.body.checkedEntries,
        verification.body.firstBroken.reason,
      ],
      [false, 1, 'tail-missing'],
    );
    assert.equal(verification.body.firstBroken.sequence, unreached);
    assert.equal(verification.body.firstBroken.found, 1);

    const command = verifyWithCli(world);
    assert.equal(command.status, 1, command.stderr);
    assert.match(command.stderr, new RegExp(`BROKEN at entry ${unreached} \\(tail-missing\\)`));
    // The registry does not anchor the shortened chain: over several intervals, no new checkpoint.
    await delay(1_000);
    assert.deepEqual(await world.checkpoints(), checkpoints);
  });
});
