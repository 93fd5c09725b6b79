/** A partition's offsets as kafkajs's admin.fetchTopicOffsets reports them. */
export interface PartitionOffsets {
  readonly partition: number;
  readonly low: string;
  /** The end offset: one past the last message. */
  readonly high: string;
}

/**
 * Tells when a reader has consumed every partition up to the end offsets seen at its start:
 * from then on its state is at least as new as the topic was when it began. Messages published
 * later do not move the target, or a busy topic would keep the reader from ever being ready.
 */
export class CatchUpTracker {
  /** Last offset still to consume, by partition; empty partitions are not waited for. */
  private readonly pending = new Map<number, bigint>();

  constructor(endOffsets: readonly PartitionOffsets[]) {
    for (const { partition, low, high } of endOffsets)
      if (BigInt(high) > BigInt(low)) this.pending.set(partition, BigInt(high) - 1n);
  }

  get caughtUp(): boolean {
    return this.pending.size === 0;
  }

  /**
   * Records that `partition` was consumed through `lastOffset` (inclusive), e.g. the last offset
   * of a batch, which also covers offsets compaction removed; returns whether all are caught up.
   */
  consumedThrough(partition: number, lastOffset: string): boolean {
    const target = this.pending.get(partition);
    if (target !== undefined && BigInt(lastOffset) >= target) this.pending.delete(partition);
    return this.caughtUp;
  }
}
