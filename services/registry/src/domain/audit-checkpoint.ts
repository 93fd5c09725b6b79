import type { AuditCheckpointRecorded } from '@loopline/contracts';
import type { ChainBreak, ChainedAuditEntry } from './audit-chain';

/** The newest entry of a chain, or the entry a checkpoint anchored. */
export interface ChainHead {
  sequence: number;
  entryHash: string;
}

export type CheckpointDecision =
  | { action: 'record' }
  | { action: 'skip'; why: 'empty-chain' | 'unchanged' }
  /** The head moved in a way appends never move it: a sign of tampering, worth an alarm. */
  | { action: 'alarm'; why: 'head-went-back' | 'head-rewritten' };

/**
 * Whether to checkpoint the chain now: only when it grew since the last checkpoint. A head that
 * went back (tail deleted) or whose hash changed in place (rewritten) is never checkpointed: the
 * earlier checkpoint already contradicts it, and a new one would only add a consistent-looking
 * anchor for the forged chain.
 */
export function decideCheckpoint(
  head: ChainHead | undefined,
  last: ChainHead | undefined,
): CheckpointDecision {
  if (!head)
    return last
      ? { action: 'alarm', why: 'head-went-back' }
      : { action: 'skip', why: 'empty-chain' };
  if (!last || head.sequence > last.sequence) return { action: 'record' };
  if (head.sequence < last.sequence) return { action: 'alarm', why: 'head-went-back' };
  return head.entryHash === last.entryHash
    ? { action: 'skip', why: 'unchanged' }
    : { action: 'alarm', why: 'head-rewritten' };
}

/**
 * Checks stored entries against the checkpoints of their chain. Fed every entry in sequence
 * order after the chain itself verified it, so `count` (entries verified so far) is the entry
 * count the checkpoint recorded; `finish` then reports a checkpoint the stored chain never reached.
 */
export class CheckpointMatcher {
  private readonly pending: AuditCheckpointRecorded[];
  private next = 0;
  private lastMatching = 0;

  constructor(checkpoints: readonly AuditCheckpointRecorded[]) {
    this.pending = [...checkpoints].sort(
      (a, b) => a.sequence - b.sequence || a.recordedAt - b.recordedAt,
    );
  }

  /** How many checkpoints matched the stored chain so far. */
  get checked(): number {
    return this.next;
  }

  match(entry: ChainedAuditEntry, count: number): ChainBreak | undefined {
    for (; this.next < this.pending.length; this.next++) {
      const checkpoint = this.pending[this.next];
      if (checkpoint.sequence > entry.sequence) return undefined;
      const difference = differenceOf(checkpoint, entry, count);
      if (difference) return this.mismatch(checkpoint, ...difference);
      this.lastMatching = checkpoint.sequence;
    }
    return undefined;
  }

  /** After the last stored entry (`headSequence`, 0 for an empty chain). */
  finish(headSequence: number): ChainBreak | undefined {
    const unreached = this.pending[this.next];
    if (!unreached) return undefined;
    return {
      sequence: unreached.sequence,
      reason: 'tail-missing',
      expected: unreached.sequence,
      found: headSequence,
      checkpointRecordedAt: new Date(unreached.recordedAt).toISOString(),
    };
  }

  private mismatch(
    checkpoint: AuditCheckpointRecorded,
    expected: string,
    found: string,
  ): ChainBreak {
    return {
      sequence: checkpoint.sequence,
      reason: 'checkpoint-mismatch',
      expected,
      found,
      checkpointRecordedAt: new Date(checkpoint.recordedAt).toISOString(),
      lastMatchingCheckpoint: this.lastMatching,
    };
  }
}

/** [recorded, stored] where a checkpoint and the entry at (or, for a missing one, after) its sequence differ. */
function differenceOf(
  checkpoint: AuditCheckpointRecorded,
  entry: ChainedAuditEntry,
  count: number,
): [string, string] | undefined {
  if (checkpoint.sequence < entry.sequence) return [checkpoint.headHash, 'none'];
  if (checkpoint.headHash !== entry.entryHash) return [checkpoint.headHash, entry.entryHash];
  if (checkpoint.entryCount !== count)
    return [`${checkpoint.entryCount} entries`, `${count} entries`];
  return undefined;
}
