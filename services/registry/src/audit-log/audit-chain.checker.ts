import { DataSource, MoreThan } from 'typeorm';
import type { AuditCheckpointReader } from '../audit-checkpoint/audit-checkpoint.reader';
import { AuditEntryRow } from '../database/audit-entry.row';
import { AuditChainVerifier, type ChainBreak } from '../domain/audit-chain';
import { CheckpointMatcher } from '../domain/audit-checkpoint';

export interface AuditChainReport {
  intact: boolean;
  checkedEntries: number;
  /** Checkpoints read from Kafka that the stored chain matched. */
  checkedCheckpoints: number;
  /** The first entry that does not follow from the one before it, or contradicts a checkpoint. */
  firstBroken?: ChainBreak;
}

const PAGE_SIZE = 1_000;

/**
 * Re-computes the whole hash chain from the stored rows, a page at a time, and holds it against
 * every checkpoint of the chain in Kafka: each must match the stored entry hash at its sequence,
 * and the stored chain must reach the newest. The checkpoints are read first, so any entry they
 * name was committed before the scan starts.
 */
export class AuditChainChecker {
  constructor(
    private readonly dataSource: DataSource,
    private readonly checkpoints: AuditCheckpointReader,
  ) {}

  async check(): Promise<AuditChainReport> {
    const checkpoints = new CheckpointMatcher(await this.checkpoints.read());
    const chain = new AuditChainVerifier();
    const report = (firstBroken?: ChainBreak): AuditChainReport => ({
      intact: !firstBroken,
      checkedEntries: chain.checked,
      checkedCheckpoints: checkpoints.checked,
      ...(firstBroken ? { firstBroken } : {}),
    });
    const repository = this.dataSource.getRepository(AuditEntryRow);
    let head = 0;
    for (;;) {
      const page = await repository.find({
        where: { sequence: MoreThan(head) },
        order: { sequence: 'ASC' },
        take: PAGE_SIZE,
      });
      for (const entry of page) {
        const broken = chain.verify([entry]) ?? checkpoints.match(entry, chain.checked);
        if (broken) return report(broken);
        head = entry.sequence;
      }
      if (page.length < PAGE_SIZE) return report(checkpoints.finish(head));
    }
  }
}
