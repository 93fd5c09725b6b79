import type { DatasetRejected, DatasetVersionCreated } from '@loopline/contracts';
import { ErrorKind, PlatformError } from '@loopline/errors';
import type { Job } from '@loopline/jobs';
import { OutboxWriter } from '@loopline/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BatchStore } from '../database/batch.store';
import { DatasetVersionStore } from '../database/dataset-version.store';
import type { BatchRecord } from '../domain/batch';
import type { Violation } from '../validation';
import type { IngestBatchInput } from './ingest-batch.input';
import type { IngestionOutcome, RejectedOutcome, VersionedOutcome } from './ingestion-outcome';
import { BatchOutcomeNotifier } from './batch-outcome.notifier';

/**
 * Commits a batch's outcome in the job's transaction: the version row or the rejection, the
 * batch's status and the event, together or not at all.
 */
@Injectable()
export class BatchOutcomeCommitter {
  constructor(
    private readonly batches: BatchStore,
    private readonly versions: DatasetVersionStore,
    private readonly outbox: OutboxWriter,
    private readonly notifier: BatchOutcomeNotifier,
  ) {}

  async commit(
    manager: EntityManager,
    job: Job<IngestBatchInput>,
    outcome: IngestionOutcome,
  ): Promise<void> {
    const batch = await this.batches.find(manager, job.input.batchId);
    if (batch === null) throw new Error(`batch ${job.input.batchId} has no row`);
    if (outcome.kind === 'versioned') await this.commitVersion(manager, job, batch, outcome);
    else await this.commitRejection(manager, job, batch, outcome);
    await this.notifier.notifyAfterCommit(manager, batch.batchId);
  }

  private async commitVersion(
    manager: EntityManager,
    job: Job<IngestBatchInput>,
    batch: BatchRecord,
    outcome: VersionedOutcome,
  ): Promise<void> {
    const { manifest } = outcome;
    // The version was built on the head seen when the job started; another batch that
    // committed since makes this one's parent stale, so the job runs again on the new head.
    const head = await this.versions.head(manager, batch.dataset);
    if ((head?.id ?? null) !== manifest.parentVersionId) {
      throw new PlatformError(
        'INGESTION.DATASET_HEAD_MOVED',
        `Dataset ${batch.dataset} gained version ${head?.version} while batch ${batch.batchId} was being ingested; ingesting it again on top.`,
        { kind: ErrorKind.Conflict, retriable: true },
      );
    }
    await this.versions.insert(manager, {
      id: manifest.datasetVersionId,
      dataset: batch.dataset,
      version: manifest.version,
      parentId: manifest.parentVersionId,
      batchId: batch.batchId,
      contractVersion: manifest.dataContractVersion,
      rowCount: manifest.rowCount,
      contentSha256: manifest.contentSha256,
      manifest,
      manifestUri: outcome.manifestRef.uri,
      profile: outcome.profile,
      profileUri: outcome.profileRef.uri,
      warnings: outcome.warnings,
      createdAt: new Date(manifest.createdAt),
    });
    await this.batches.markVersioned(manager, batch.batchId, {
      datasetVersionId: manifest.datasetVersionId,
      rowCount: outcome.batchRowCount,
      profile: outcome.batchProfile,
      warnings: outcome.warnings,
    });
    const event: DatasetVersionCreated = {
      datasetName: batch.dataset,
      datasetVersionId: manifest.datasetVersionId,
      version: manifest.version,
      contentSha256: manifest.contentSha256,
      snapshot: outcome.manifestRef,
      format: 'parquet',
      manifest: outcome.manifestRef,
      profile: outcome.profileRef,
      rowCount: manifest.rowCount,
      columnCount: manifest.columns.length,
      columnSchemaSha256: manifest.columnSchemaSha256,
      dataContractVersion: String(manifest.dataContractVersion),
      sourceBatchIds: manifest.sourceBatchIds,
      parentVersionId: manifest.parentVersionId,
      eventTimeStart: manifest.eventTime?.start ?? null,
      eventTimeEnd: manifest.eventTime?.end ?? null,
      warnings: outcome.warnings.map(toValidationIssue),
      createdAt: manifest.createdAt,
    };
    await this.outbox.enqueue(manager, 'DatasetVersionCreated', event, job.publishContext);
  }

  private async commitRejection(
    manager: EntityManager,
    job: Job<IngestBatchInput>,
    batch: BatchRecord,
    outcome: RejectedOutcome,
  ): Promise<void> {
    await this.batches.markRejected(manager, batch.batchId, {
      reason: outcome.reason,
      violations: outcome.violations,
      rowCount: outcome.batchRowCount,
    });
    const event: DatasetRejected = {
      datasetName: batch.dataset,
      batchId: batch.batchId,
      batch: batch.raw,
      reason: outcome.reason,
      dataContractVersion: String(batch.contractVersion),
      violations: outcome.violations.map(toValidationIssue),
      rejectedAt: Date.now(),
    };
    await this.outbox.enqueue(manager, 'DatasetRejected', event, job.publishContext);
  }
}

function toValidationIssue(violation: Violation): DatasetRejected['violations'][number] {
  return {
    rule: violation.rule,
    column: violation.column,
    severity: violation.severity,
    message: violation.message,
    observedValue: violation.observed,
    expected: violation.expected,
    failingRowCount: violation.failingRowCount,
    sampleRows: violation.sampleRows,
  };
}
