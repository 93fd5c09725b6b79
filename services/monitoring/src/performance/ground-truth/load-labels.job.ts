import { ArtifactStore } from '@loopline/artifacts';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { type Job, JobHandler } from '@loopline/jobs';
import { Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { lockJoins } from '../database/join-lock';
import { type PendingLabel, pruneExpired } from '../database/pending-labels';
import { LabelJoin } from '../label-join';
import { PerformanceErrorCode } from '../performance-error-code';
import type { LabelBatch, LabelLoadSummary } from './label-batch';
import { LabelBatchStore } from './label-batch.store';
import { LabelFile, type LabelFileRow } from './label-file';

export const LOAD_LABELS_JOB = 'load-ground-truth';

export interface LoadLabelsInput {
  batchId: string;
}

/** Rows joined per transaction: large enough to amortise it, small enough to hold locks briefly. */
const PAGE_ROWS = 5_000;
/** Rejected rows listed on the batch (all are counted). */
const LISTED_REJECTIONS = 20;

/**
 * Loads one labels file and joins it page by page, each page in its own transaction with the
 * degradations it reveals. Joining is idempotent (a label equal to the stored one changes
 * nothing), so a rerun after a crash ends with the same tallies; the summary is counted afresh
 * on every run and stored when the job completes.
 */
@JobHandler(LOAD_LABELS_JOB)
export class LoadLabelsJob implements JobHandler<LoadLabelsInput, LabelLoadSummary> {
  private readonly logger = new Logger(LoadLabelsJob.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: ArtifactStore,
    private readonly batches: LabelBatchStore,
    private readonly join: LabelJoin,
  ) {}

  async run(job: Job<LoadLabelsInput>, signal: AbortSignal): Promise<LabelLoadSummary> {
    const batch = await this.batches.find(this.dataSource.manager, job.input.batchId);
    if (batch === null) throw new Error(`label batch ${job.input.batchId} has no row`);
    const expired = await pruneExpired(this.dataSource.manager);
    if (expired.labels + expired.predictions > 0)
      this.logger.log(
        `dropped ${expired.labels} labels and ${expired.predictions} predictions past retention`,
      );
    const started = Date.now();
    const file = await LabelFile.open(this.store, batch);
    const summary: LabelLoadSummary = {
      rows: file.rowCount,
      joined: 0,
      duplicates: 0,
      pending: 0,
      rejected: 0,
      rejections: [],
      models: [],
      degradedWindows: [],
    };
    try {
      for await (const page of file.pages(PAGE_ROWS)) {
        if (signal.aborted) throw stopped(batch);
        await this.dataSource.transaction((manager) =>
          this.joinPage(manager, batch, page, job, summary),
        );
      }
    } finally {
      await file.close();
    }
    this.logger.log(
      `labels ${batch.batchId}: ${summary.rows} rows, ${summary.joined} joined, ${summary.pending} pending, ` +
        `${summary.rejected} rejected in ${Date.now() - started} ms`,
    );
    return summary;
  }

  async complete(
    manager: EntityManager,
    job: Job<LoadLabelsInput>,
    summary: LabelLoadSummary,
  ): Promise<void> {
    await this.batches.loaded(manager, job.input.batchId, summary);
  }

  async fail(
    manager: EntityManager,
    job: Job<LoadLabelsInput>,
    error: PlatformError,
  ): Promise<void> {
    await this.batches.failed(manager, job.input.batchId, `${error.code}: ${error.message}`);
  }

  private async joinPage(
    manager: EntityManager,
    batch: LabelBatch,
    page: LabelFileRow[],
    job: Job<LoadLabelsInput>,
    summary: LabelLoadSummary,
  ): Promise<void> {
    await lockJoins(manager, 'load');
    const labels: PendingLabel[] = [];
    const rows: number[] = [];
    for (const row of page) {
      const key = row.key?.trim() ?? '';
      if (key === '') reject(summary, row.row, `missing ${batch.joinKey}`);
      else if (row.label === null || row.label.trim() === '')
        reject(summary, row.row, 'missing label');
      else {
        labels.push({
          predictionId: key,
          batchId: batch.batchId,
          modelName: batch.modelName,
          labelColumn: batch.labelColumn,
          rawLabel: row.label,
        });
        rows.push(row.row);
      }
    }
    if (labels.length === 0) return;
    const outcome = await this.join.join(manager, labels, job.publishContext);
    summary.joined += outcome.joined;
    summary.duplicates += outcome.duplicates;
    summary.pending += outcome.pending;
    for (const { index, reason } of outcome.rejected) reject(summary, rows[index], reason);
    summary.models = [...new Set([...summary.models, ...outcome.models])].sort();
    summary.degradedWindows.push(...outcome.degradedWindows);
  }
}

function reject(summary: LabelLoadSummary, row: number, reason: string): void {
  summary.rejected++;
  if (summary.rejections.length < LISTED_REJECTIONS) summary.rejections.push({ row, reason });
}

function stopped(batch: LabelBatch): PlatformError {
  return new PlatformError(
    PerformanceErrorCode.LabelLoadStopped,
    `Loading labels ${batch.batchId} stopped (shutdown or lost lease); it resumes from the start.`,
    { kind: ErrorKind.Unavailable, retriable: true },
  );
}
