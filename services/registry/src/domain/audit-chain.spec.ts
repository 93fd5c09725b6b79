import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  AuditChainVerifier,
  type AuditFacts,
  canonicalJson,
  type ChainedAuditEntry,
  computeEntryHash,
  GENESIS_HASH,
} from './audit-chain';

function chain(count: number): ChainedAuditEntry[] {
  const entries: ChainedAuditEntry[] = [];
  let previousHash = GENESIS_HASH;
  for (let sequence = 1; sequence <= count; sequence++) {
    const facts: AuditFacts = {
      sequence,
      eventId: `00000000-0000-4000-8000-00000000000${sequence}`,
      eventType: 'ModelTrained',
      topic: 'loopline.model-trained',
      partition: 0,
      offset: String(sequence - 1),
      aggregateKey: 'flight-delay',
      correlationId: 'c-1',
      causationId: null,
      producer: 'training',
      occurredAt: '2026-01-01T00:00:00.000Z',
      payload: { modelName: 'flight-delay', metrics: { auc: 0.7 + sequence / 100 } },
    };
    const entryHash = computeEntryHash(previousHash, facts);
    entries.push({ ...facts, previousHash, entryHash });
    previousHash = entryHash;
  }
  return entries;
}

describe('canonicalJson', () => {
  it('orders keys so reordered objects hash the same', () => {
    assert.equal(
      canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } }),
      canonicalJson({ a: { c: null, d: [1, { e: 3, f: 2 }] }, b: 1 }),
    );
  });
});

describe('AuditChainVerifier', () => {
  it('accepts an intact chain, page by page', () => {
    const entries = chain(5);
    const verifier = new AuditChainVerifier();
    assert.equal(verifier.verify(entries.slice(0, 2)), undefined);
    assert.equal(verifier.verify(entries.slice(2)), undefined);
    assert.equal(verifier.checked, 5);
  });

  it('reports the first entry whose content was altered', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2], payload: { modelName: 'flight-delay', metrics: { auc: 0.99 } } };
    const found = new AuditChainVerifier().verify(entries);
    assert.deepEqual([found?.sequence, found?.reason], [3, 'entry-hash-mismatch']);
  });

  it('reports a removed entry as a sequence gap', () => {
    const entries = chain(5);
    entries.splice(1, 1);
    assert.equal(new AuditChainVerifier().verify(entries)?.reason, 'sequence-gap');
  });

  it('reports a rewritten entry whose own hash was recomputed as a broken link', () => {
    const entries = chain(4);
    const forged = { ...entries[1], producer: 'mallory' };
    entries[1] = { ...forged, entryHash: computeEntryHash(forged.previousHash, forged) };
    const found = new AuditChainVerifier().verify(entries);
    assert.deepEqual([found?.sequence, found?.reason], [3, 'previous-hash-mismatch']);
  });
});
