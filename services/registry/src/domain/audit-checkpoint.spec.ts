import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { AuditCheckpointRecorded } from '@loopline/contracts';
import {
  AuditChainVerifier,
  type ChainBreak,
  type ChainedAuditEntry,
  computeEntryHash,
  describeChainBreak,
  GENESIS_HASH,
} from './audit-chain';
import { CheckpointMatcher, decideCheckpoint } from './audit-checkpoint';

function chain(count: number, auc = 0.7): ChainedAuditEntry[] {
  const entries: ChainedAuditEntry[] = [];
  let previousHash = GENESIS_HASH;
  for (let sequence = 1; sequence <= count; sequence++) {
    const facts = {
      sequence,
      eventId: `00000000-0000-4000-8000-00000000000${sequence}`,
      eventType: 'ModelTrained',
      topic: 'loopline.training-runs',
      partition: 0,
      offset: String(sequence - 1),
      aggregateKey: 'flight-delay',
      correlationId: 'c-1',
      causationId: null,
      producer: 'training',
      occurredAt: '2026-01-01T00:00:00.000Z',
      payload: { auc: auc + sequence / 100 },
    };
    const entryHash = computeEntryHash(previousHash, facts);
    entries.push({ ...facts, previousHash, entryHash });
    previousHash = entryHash;
  }
  return entries;
}

const checkpointOf = (
  entry: ChainedAuditEntry,
  entryCount = entry.sequence,
): AuditCheckpointRecorded => ({
  chainId: 'registry',
  sequence: entry.sequence,
  headHash: entry.entryHash,
  entryCount,
  recordedAt: Date.UTC(2026, 0, 1) + entry.sequence,
});

/** What AuditChainChecker does, over entries in memory. */
function verify(entries: ChainedAuditEntry[], checkpoints: AuditCheckpointRecorded[]) {
  const verifier = new AuditChainVerifier();
  const matcher = new CheckpointMatcher(checkpoints);
  for (const entry of entries) {
    const broken = verifier.verify([entry]) ?? matcher.match(entry, verifier.checked);
    if (broken) return { broken, checkpoints: matcher.checked };
  }
  return { broken: matcher.finish(entries.at(-1)?.sequence ?? 0), checkpoints: matcher.checked };
}

describe('decideCheckpoint', () => {
  const head = (sequence: number, entryHash = `h${sequence}`) => ({ sequence, entryHash });

  it('records only when the chain grew since the last checkpoint', () => {
    assert.deepEqual(decideCheckpoint(head(1), undefined), { action: 'record' });
    assert.deepEqual(decideCheckpoint(head(5), head(3)), { action: 'record' });
    assert.deepEqual(decideCheckpoint(head(3), head(3)), { action: 'skip', why: 'unchanged' });
    assert.deepEqual(decideCheckpoint(undefined, undefined), {
      action: 'skip',
      why: 'empty-chain',
    });
  });

  it('never anchors a head that went back or was rewritten in place, and raises the alarm', () => {
    assert.deepEqual(decideCheckpoint(head(2), head(3)), {
      action: 'alarm',
      why: 'head-went-back',
    });
    assert.deepEqual(decideCheckpoint(undefined, head(3)), {
      action: 'alarm',
      why: 'head-went-back',
    });
    assert.deepEqual(decideCheckpoint(head(3, 'forged'), head(3)), {
      action: 'alarm',
      why: 'head-rewritten',
    });
  });
});

describe('CheckpointMatcher', () => {
  it('accepts a chain that matches every checkpoint and has grown since', () => {
    const entries = chain(6);
    const result = verify(entries, [checkpointOf(entries[3]), checkpointOf(entries[1])]);
    assert.deepEqual(result, { broken: undefined, checkpoints: 2 });
  });

  it('catches a rewrite whose later hashes were all recomputed, which the chain alone cannot', () => {
    const original = chain(6);
    const forged = chain(6, 0.9);
    assert.equal(verify(forged, []).broken, undefined, 'internally consistent');
    const result = verify(forged, [checkpointOf(original[4])]);
    assert.deepEqual(result.broken, {
      sequence: 5,
      reason: 'checkpoint-mismatch',
      expected: original[4].entryHash,
      found: forged[4].entryHash,
      checkpointRecordedAt: '2026-01-01T00:00:00.005Z',
      lastMatchingCheckpoint: 0,
    } satisfies ChainBreak);
  });

  it('names the newest checkpoint that still matches, bounding where the change is', () => {
    const original = chain(6);
    const forged = [...original.slice(0, 3), ...chain(6, 0.9).slice(3)];
    forged[3] = { ...forged[3], previousHash: original[2].entryHash };
    forged[3].entryHash = computeEntryHash(forged[3].previousHash, forged[3]);
    for (let i = 4; i < 6; i++) {
      forged[i] = { ...forged[i], previousHash: forged[i - 1].entryHash };
      forged[i].entryHash = computeEntryHash(forged[i].previousHash, forged[i]);
    }
    const result = verify(forged, [checkpointOf(original[1]), checkpointOf(original[5])]);
    assert.equal(result.broken?.reason, 'checkpoint-mismatch');
    assert.equal(result.broken?.sequence, 6);
    assert.equal(
      result.broken?.reason === 'checkpoint-mismatch' && result.broken.lastMatchingCheckpoint,
      2,
    );
    assert.equal(result.checkpoints, 1);
  });

  it('reports a deleted tail as the first checkpoint the stored chain no longer reaches', () => {
    const entries = chain(6);
    const result = verify(entries.slice(0, 3), [
      checkpointOf(entries[2]),
      checkpointOf(entries[4]),
      checkpointOf(entries[5]),
    ]);
    assert.deepEqual(result, {
      broken: {
        sequence: 5,
        reason: 'tail-missing',
        expected: 5,
        found: 3,
        checkpointRecordedAt: '2026-01-01T00:00:00.005Z',
      },
      checkpoints: 1,
    });
    assert.equal(verify([], [checkpointOf(entries[0])]).broken?.reason, 'tail-missing');
  });

  it('catches a checkpoint whose entry count disagrees, and one before the first stored entry', () => {
    const entries = chain(4);
    const counted = verify(entries, [checkpointOf(entries[2], 2)]).broken;
    assert.deepEqual(
      [counted?.reason, counted?.expected, counted?.found],
      ['checkpoint-mismatch', '2 entries', '3 entries'],
    );
    const early = verify(entries, [{ ...checkpointOf(entries[0]), sequence: 0 }]).broken;
    assert.deepEqual([early?.sequence, early?.found], [0, 'none']);
  });

  it('says what each break means in one line', () => {
    const entries = chain(3);
    const tail = verify(entries.slice(0, 1), [checkpointOf(entries[2])]).broken!;
    assert.match(
      describeChainBreak(tail),
      /^entry 3 \(tail-missing\): .* covers entries up to 3, but the stored chain ends at entry 1/,
    );
    const rewritten = verify(chain(3, 0.9), [checkpointOf(entries[2])]).broken!;
    assert.match(
      describeChainBreak(rewritten),
      /^entry 3 \(checkpoint-mismatch\): .*entries after 0 and up to 3 were changed/,
    );
  });
});
