import { Logger } from '@nestjs/common';
import { type PlatformError } from '@loopline/errors';
import { type Job, JobHandler } from '@loopline/jobs';
import { DataSource, type EntityManager } from 'typeorm';
import { BatchStore } from '../database/batch.store';
import { DataContractStore } from '../database/data-contract.store';
import { DatasetVersionStore } from '../database/dataset-version.store';
import type { BatchRecord, BatchSubmission } from '../domain/batch';
import { BatchIngestionPipeline } from './batch-ingestion.pipeline';
import { BatchOutcomeCommitter } from './batch-outcome.committer';
import { INGEST_BATCH_JOB, type IngestBatchInput } from './ingest-batch.input';
import type { IngestionOutcome } from './ingestion-outcome';
import { StageTimer } from './stage-timer';
import { wholeBatchError } from '../validation';

/**
 * Ingests one batch as a tracked job: `run` does the columnar work with no transaction open,
 * `complete` commits the version (or rejection) and its event at once. A crash in between
 * leaves stored parts and no version; the rerun makes the same parts and commits once.
 */
@JobHandler(INGEST_BATCH_JOB)
export class IngestBatchJob implements JobHandler<IngestBatchInput, IngestionOutcome> {
  private readonly logger = new Logger(IngestBatchJob.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly batches: BatchStore,
    private readonly contracts: DataContractStore,
    private readonly versions: DatasetVersionStore,
    private readonly pipeline: BatchIngestionPipeline,
    private readonly committer: BatchOutcomeCommitter,
  ) {}

  async run(job: Job<IngestBatchInput>): Promise<IngestionOutcome> {
    const manager = this.dataSource.manager;
    const batch = await this.batches.find(manager, job.input.batchId);
    if (batch === null) throw new Error(`batch ${job.input.batchId} has no row`);
    const registered = await this.contracts.find(manager, batch.dataset, batch.contractVersion);
    if (registered === null)
      throw new Error(`data contract ${batch.dataset} v${batch.contractVersion} is gone`);
    const head = await this.versions.head(manager, batch.dataset);
    const started = Date.now();
    const stages = new StageTimer();
    const outcome = await this.pipeline.ingest(
      toSubmission(batch),
      registered.contract,
      head === null ? null : { id: head.id, version: head.version, manifest: head.manifest },
      started,
      stages,
    );
    this.logger.log(
      `batch ${batch.batchId} of ${batch.dataset}: ${outcome.kind} in ${Date.now() - started} ms (${stages})`,
    );
    return outcome;
  }

  async complete(
    manager: EntityManager,
    job: Job<IngestBatchInput>,
    outcome: IngestionOutcome,
  ): Promise<void> {
    await this.committer.commit(manager, job, outcome);
  }

  async fail(
    manager: EntityManager,
    job: Job<IngestBatchInput>,
    error: PlatformError,
  ): Promise<void> {
    await this.committer.commit(manager, job, {
      kind: 'rejected',
      reason: 'unknown',
      violations: [
        wholeBatchError(
          'ingestion',
          null,
          `Ingestion failed (${error.code}): ${error.message}`,
          null,
          null,
        ),
      ],
      batchRowCount: null,
    });
  }
}

function toSubmission(batch: BatchRecord): BatchSubmission {
  return {
    batchId: batch.batchId,
    dataset: batch.dataset,
    raw: batch.raw,
    format: batch.format as BatchSubmission['format'],
    intake: batch.intake as BatchSubmission['intake'],
    source: batch.source,
    claimedRowCount: batch.claimedRowCount,
    contractVersion: batch.contractVersion,
    submittedAt: batch.submittedAt,
  };
}
