import { Injectable } from '@nestjs/common';
import { DataSource, MoreThan } from 'typeorm';
import { AuditEntryRow } from '../database/audit-entry.row';
import { AuditChainVerifier, type ChainBreak } from '../domain/audit-chain';

export interface AuditChainReport {
  intact: boolean;
  checkedEntries: number;
  /** The first entry that does not follow from the one before it. */
  firstBroken?: ChainBreak;
}

const PAGE_SIZE = 1_000;

/** Re-computes the whole hash chain from the stored rows, a page at a time. */
@Injectable()
export class AuditChainChecker {
  constructor(private readonly dataSource: DataSource) {}

  async check(): Promise<AuditChainReport> {
    const verifier = new AuditChainVerifier();
    const repository = this.dataSource.getRepository(AuditEntryRow);
    let after = 0;
    for (;;) {
      const page = await repository.find({
        where: { sequence: MoreThan(after) },
        order: { sequence: 'ASC' },
        take: PAGE_SIZE,
      });
      const broken = verifier.verify(page);
      if (broken) return { intact: false, checkedEntries: verifier.checked, firstBroken: broken };
      if (page.length < PAGE_SIZE) return { intact: true, checkedEntries: verifier.checked };
      after = page[page.length - 1].sequence;
    }
  }
}
