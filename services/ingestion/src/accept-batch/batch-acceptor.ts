import { ErrorKind, PlatformError } from '@loopline/errors';
import { JobQueue, type JobCause } from '@loopline/jobs';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BatchStore } from '../database/batch.store';
import { DataContractStore } from '../database/data-contract.store';
import type { BatchSubmission } from '../domain/batch';
import type { BatchRecord } from '../domain/batch';
import { INGEST_BATCH_JOB, type IngestBatchInput } from '../ingest-batch/ingest-batch.input';

/** What accepting a submission did. */
export type Acceptance =
  /** A new batch: its ingestion job is queued. */
  | { kind: 'queued'; batchId: string }
  /** Same bytes under the same contract version as an earlier batch, whose outcome answers. */
  | { kind: 'duplicate'; batchId: string; original: BatchRecord };

/**
 * Accepts a batch for ingestion inside the caller's transaction (the inbox's for events, the
 * request's for uploads): resolves the contract version, recognises a resubmission, and queues
 * the ingestion job. The same bytes under the same contract version never make a second version.
 */
@Injectable()
export class BatchAcceptor {
  constructor(
    private readonly batches: BatchStore,
    private readonly contracts: DataContractStore,
    private readonly jobs: JobQueue,
  ) {}

  async accept(
    manager: EntityManager,
    submission: BatchSubmission,
    cause: JobCause,
  ): Promise<Acceptance> {
    const contract = await this.contracts.find(
      manager,
      submission.dataset,
      submission.contractVersion,
    );
    if (contract === null) throw noContract(submission);
    const contractVersion = contract.contract.version;
    const known = await this.batches.find(manager, submission.batchId);
    if (known !== null) return this.resubmitted(manager, known, submission);
    const original = await this.batches.findOriginal(
      manager,
      submission.dataset,
      submission.raw.sha256,
      contractVersion,
    );
    // An upload gets no id of its own to remember, so a repeat is answered from the original;
    // a producer's event named its batch, which is kept, pointing at the original.
    if (original !== null && submission.intake === 'http') {
      return { kind: 'duplicate', batchId: original.batchId, original };
    }
    await this.batches.insertPending(
      manager,
      { ...submission, contractVersion },
      original?.batchId ?? null,
    );
    if (original !== null) return { kind: 'duplicate', batchId: submission.batchId, original };
    await this.jobs.enqueue<IngestBatchInput>(manager, {
      kind: INGEST_BATCH_JOB,
      key: submission.dataset,
      input: { batchId: submission.batchId },
      ...cause,
    });
    return { kind: 'queued', batchId: submission.batchId };
  }

  /** A batch id seen before: the same submission again is answered like the first time. */
  private async resubmitted(
    manager: EntityManager,
    known: BatchRecord,
    submission: BatchSubmission,
  ): Promise<Acceptance> {
    if (known.dataset !== submission.dataset || known.contentSha256 !== submission.raw.sha256) {
      throw new PlatformError(
        'INGESTION.BATCH_ID_REUSED',
        `Batch id ${submission.batchId} was already used for other content (dataset ${known.dataset}, ` +
          `sha256 ${known.contentSha256}); give every new batch a new id.`,
        { kind: ErrorKind.Conflict, details: { batchId: submission.batchId } },
      );
    }
    const original =
      known.duplicateOf === null ? known : await this.batches.find(manager, known.duplicateOf);
    return { kind: 'duplicate', batchId: known.batchId, original: original ?? known };
  }
}

function noContract(submission: BatchSubmission): PlatformError {
  const which =
    submission.contractVersion === null
      ? 'no data contract'
      : `no data contract v${submission.contractVersion}`;
  return new PlatformError(
    'INGESTION.DATA_CONTRACT_NOT_FOUND',
    `Dataset ${submission.dataset} has ${which}; register one (POST /data-contracts or a file in the ` +
      'data-contracts folder) before submitting batches.',
    { kind: ErrorKind.NotFound, details: { dataset: submission.dataset } },
  );
}
