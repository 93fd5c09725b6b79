import { createHash } from 'node:crypto';

/** Hash that stands before the first entry of a chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** The facts of one audited event that its hash covers. */
export interface AuditFacts {
  sequence: number;
  eventId: string;
  eventType: string;
  topic: string;
  partition: number;
  offset: string;
  aggregateKey: string;
  correlationId: string;
  causationId: string | null;
  producer: string;
  occurredAt: string;
  payload: unknown;
}

export interface ChainedAuditEntry extends AuditFacts {
  previousHash: string;
  entryHash: string;
}

/**
 * sha256 over the previous entry's hash and a canonical JSON of this entry's facts. Canonical
 * (sorted keys) because the payload comes back from a jsonb column with its keys reordered.
 */
export function computeEntryHash(previousHash: string, facts: AuditFacts): string {
  return createHash('sha256')
    .update(previousHash)
    .update('\n')
    .update(canonicalJson(pickFacts(facts)))
    .digest('hex');
}

/** Exactly the hashed fields, whatever else the object carries (a row has its hashes too). */
function pickFacts(facts: AuditFacts): AuditFacts {
  return {
    sequence: facts.sequence,
    eventId: facts.eventId,
    eventType: facts.eventType,
    topic: facts.topic,
    partition: facts.partition,
    offset: facts.offset,
    aggregateKey: facts.aggregateKey,
    correlationId: facts.correlationId,
    causationId: facts.causationId,
    producer: facts.producer,
    occurredAt: facts.occurredAt,
    payload: facts.payload,
  };
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/**
 * The first place the stored chain stops being what was recorded. The first three are found in
 * the database alone; the checkpoint reasons compare it with the checkpoints read from Kafka,
 * which a table owner who rewrites every later hash, or deletes the tail, cannot change.
 */
export type ChainBreak =
  | { sequence: number; reason: 'previous-hash-mismatch'; expected: string; found: string }
  | { sequence: number; reason: 'entry-hash-mismatch'; expected: string; found: string }
  | { sequence: number; reason: 'sequence-gap'; expected: number; found: number }
  | {
      sequence: number;
      reason: 'checkpoint-mismatch';
      /** What the checkpoint recorded: the entry hash, or `<n> entries`. */
      expected: string;
      /** What is stored now, in the same form (`none` when no entry has that sequence). */
      found: string;
      /** When the contradicted checkpoint was taken (ISO-8601). */
      checkpointRecordedAt: string;
      /** Sequence of the newest earlier checkpoint that still matches (0: none); the change is after it. */
      lastMatchingCheckpoint: number;
    }
  | {
      sequence: number;
      reason: 'tail-missing';
      /** The sequence a checkpoint covers, which the stored chain must reach. */
      expected: number;
      /** The sequence the stored chain ends at (0: empty). */
      found: number;
      checkpointRecordedAt: string;
    };

/** One line for operators: where the chain breaks, why, and what that means. */
export function describeChainBreak(broken: ChainBreak): string {
  const where = `entry ${broken.sequence} (${broken.reason})`;
  switch (broken.reason) {
    case 'checkpoint-mismatch':
      return (
        `${where}: the checkpoint taken at ${broken.checkpointRecordedAt} recorded ${broken.expected}, ` +
        `the stored chain has ${broken.found}; entries after ${broken.lastMatchingCheckpoint} and up to ` +
        `${broken.sequence} were changed after they were checkpointed`
      );
    case 'tail-missing':
      return (
        `${where}: the checkpoint taken at ${broken.checkpointRecordedAt} covers entries up to ` +
        `${broken.expected}, but the stored chain ends at entry ${broken.found}; entries after it were deleted`
      );
    default:
      return `${where}: expected ${broken.expected}, found ${broken.found}`;
  }
}

/**
 * Walks entries in sequence order, carrying the running state, so a chain of any length can be
 * verified page by page in bounded memory.
 */
export class AuditChainVerifier {
  private previousHash = GENESIS_HASH;
  private expectedSequence: number | undefined;
  private checkedCount = 0;

  get checked(): number {
    return this.checkedCount;
  }

  /** Returns the first break found in this page, or undefined if the page extends the chain. */
  verify(entries: readonly ChainedAuditEntry[]): ChainBreak | undefined {
    for (const entry of entries) {
      if (this.expectedSequence !== undefined && entry.sequence !== this.expectedSequence) {
        return {
          sequence: entry.sequence,
          reason: 'sequence-gap',
          expected: this.expectedSequence,
          found: entry.sequence,
        };
      }
      if (entry.previousHash !== this.previousHash) {
        return {
          sequence: entry.sequence,
          reason: 'previous-hash-mismatch',
          expected: this.previousHash,
          found: entry.previousHash,
        };
      }
      const recomputed = computeEntryHash(entry.previousHash, entry);
      if (recomputed !== entry.entryHash) {
        return {
          sequence: entry.sequence,
          reason: 'entry-hash-mismatch',
          expected: recomputed,
          found: entry.entryHash,
        };
      }
      this.previousHash = entry.entryHash;
      this.expectedSequence = entry.sequence + 1;
      this.checkedCount++;
    }
    return undefined;
  }
}
