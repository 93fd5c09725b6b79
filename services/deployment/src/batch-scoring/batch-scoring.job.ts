import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ArtifactStore } from '@loopline/artifacts';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { type Job, JobHandler, runInWorkerThread } from '@loopline/jobs';
import { fetchModelFiles } from '@loopline/model-training';
import { Inject } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DEPLOYMENT_SETTINGS, type DeploymentSettings } from '../config/deployment.settings';
import { BATCH_SCORES_FORMAT, type BatchScoresManifest } from './batch-scores-manifest';
import {
  BATCH_SCORING_JOB,
  type BatchScoringJobInput,
  type BatchScoringOutcome,
} from './batch-scoring-job.input';
import { BatchScoringJobRow } from './batch-scoring-job.row';
import { BatchScoringPartRow } from './batch-scoring-part.row';
import { BatchScoringState } from './batch-scoring-state';
import type {
  BatchScoringWorkerRequest,
  BatchScoringWorkerResult,
  ScoredPartWritten,
} from './batch-scoring-worker.messages';
import { readDatasetParts } from './dataset-parts.reader';
import { SCORED_PART_FORMAT, SCORED_PART_MEDIA_TYPE } from './scored-part-file';
import { ScoringDatasetVersionRow } from './scoring-dataset-version.row';

/**
 * One batch scoring job: brings the dataset's parts and the model to this replica, scores in a
 * worker thread, and stores each part as soon as it is written, recording it in
 * `batch_scoring_parts`; a run resumed after a crash or a restart skips the recorded parts. The
 * manifest is written last; `complete` marks the job succeeded with it.
 */
@JobHandler(BATCH_SCORING_JOB)
export class BatchScoringJob implements JobHandler<BatchScoringJobInput, BatchScoringOutcome> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly artifacts: ArtifactStore,
    @Inject(DEPLOYMENT_SETTINGS) private readonly settings: DeploymentSettings,
  ) {}

  async run(job: Job<BatchScoringJobInput>, signal: AbortSignal): Promise<BatchScoringOutcome> {
    const manager = this.dataSource.manager;
    const row = await manager.findOneByOrFail(BatchScoringJobRow, {
      id: job.input.batchScoringJobId,
    });
    const dataset = await manager.findOneByOrFail(ScoringDatasetVersionRow, {
      datasetVersionId: row.datasetVersionId,
    });
    await manager.update(BatchScoringJobRow, { id: row.id }, { state: BatchScoringState.Running });
    const done = await manager.findBy(BatchScoringPartRow, { jobId: row.id });
    const workDir = join(this.settings.workDir, 'batch-scoring', row.id);
    await rm(workDir, { recursive: true, force: true });
    try {
      const parquetFiles = await this.fetchParts(dataset, join(workDir, 'input'));
      const model = await fetchModelFiles(this.artifacts, row.modelArtifact);
      const result = await this.score(row, signal, {
        backend: this.settings.backend,
        model: {
          modelJson: model.modelJson,
          weights: model.weights,
          transformSpec: model.transformSpec,
          signature: model.signature,
        },
        parquetFiles,
        outputDirectory: join(workDir, 'output'),
        chunkRows: row.chunkRows,
        skipParts: done.map((part) => part.partIndex),
      });
      const output = await this.writeManifest(row, dataset, model.signature.outputs);
      return { output, rowsScored: result.rowCount, partsWritten: result.partsWritten };
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }

  async complete(
    manager: EntityManager,
    job: Job<BatchScoringJobInput>,
    outcome: BatchScoringOutcome,
  ): Promise<void> {
    await manager.update(
      BatchScoringJobRow,
      { id: job.input.batchScoringJobId },
      { state: BatchScoringState.Succeeded, output: outcome.output, finishedAt: new Date() },
    );
  }

  async fail(
    manager: EntityManager,
    job: Job<BatchScoringJobInput>,
    error: PlatformError,
  ): Promise<void> {
    await manager.update(
      BatchScoringJobRow,
      { id: job.input.batchScoringJobId },
      {
        state: BatchScoringState.Failed,
        error: { code: error.code, message: error.message },
        finishedAt: new Date(),
      },
    );
  }

  /** Runs the worker, storing each part as it arrives, one at a time, in order. */
  private async score(
    row: BatchScoringJobRow,
    signal: AbortSignal,
    request: BatchScoringWorkerRequest,
  ): Promise<BatchScoringWorkerResult> {
    let stored: Promise<void> = Promise.resolve();
    const aborter = new AbortController();
    const stop = () => aborter.abort();
    signal.addEventListener('abort', stop, { once: true });
    try {
      const result = await runInWorkerThread<
        BatchScoringWorkerRequest,
        ScoredPartWritten,
        BatchScoringWorkerResult
      >({
        script: join(__dirname, 'batch-scoring.worker.js'),
        request,
        onProgress: (part) => {
          stored = stored.then(() => this.storePart(row.id, part));
          // A part that cannot be stored stops the run; the job retries and resumes.
          stored.catch(stop);
        },
        signal: aborter.signal,
        abortedError: {
          code: 'DEPLOYMENT.BATCH_SCORING_ABORTED',
          message:
            'The batch scoring run stopped (shutdown, lost lease or a part that could not be stored); it resumes from its stored parts.',
        },
      }).catch(async (error: unknown) => {
        await stored; // the storage failure, when it is what stopped the run
        throw error;
      });
      await stored;
      return result;
    } finally {
      signal.removeEventListener('abort', stop);
    }
  }

  private async storePart(jobId: string, part: ScoredPartWritten): Promise<void> {
    const stored = await this.artifacts.putFile(this.settings.bucket, part.path, {
      contentType: SCORED_PART_MEDIA_TYPE,
    });
    await this.dataSource.manager
      .createQueryBuilder()
      .insert()
      .into(BatchScoringPartRow)
      .values({
        jobId,
        partIndex: part.partIndex,
        rowStart: part.rowStart,
        rowCount: part.rowCount,
        uri: stored.uri,
        sha256: stored.sha256,
        sizeBytes: stored.sizeBytes,
        writtenAt: new Date(),
      })
      .orIgnore()
      .execute();
    await rm(part.path, { force: true });
  }

  private async fetchParts(
    dataset: ScoringDatasetVersionRow,
    directory: string,
  ): Promise<string[]> {
    const manifest: unknown = JSON.parse(
      (
        await this.artifacts.get(dataset.manifest.uri, { expectedSha256: dataset.manifest.sha256 })
      ).toString('utf8'),
    );
    await mkdir(directory, { recursive: true });
    const files: string[] = [];
    for (const [index, part] of readDatasetParts(manifest).entries()) {
      const path = join(directory, `part-${String(index).padStart(5, '0')}.parquet`);
      await this.artifacts.download(part.uri, path, { expectedSha256: part.sha256 });
      files.push(path);
    }
    return files;
  }

  private async writeManifest(
    row: BatchScoringJobRow,
    dataset: ScoringDatasetVersionRow,
    outputs: string[],
  ) {
    const parts = await this.dataSource.manager.find(BatchScoringPartRow, {
      where: { jobId: row.id },
      order: { partIndex: 'ASC' },
    });
    if (parts.length !== row.partsTotal)
      throw new PlatformError(
        'DEPLOYMENT.BATCH_SCORING_INCOMPLETE',
        `Batch scoring job ${row.id} has ${parts.length} of ${row.partsTotal} parts stored; the job is retried to write the rest.`,
        { kind: ErrorKind.Unavailable, retriable: true },
      );
    const manifest: BatchScoresManifest = {
      format: BATCH_SCORES_FORMAT,
      model: {
        name: row.modelName,
        version: row.modelVersion,
        trainingRunId: row.trainingRunId,
        artifact: row.modelArtifact,
      },
      datasetVersion: {
        id: dataset.datasetVersionId,
        name: dataset.datasetName,
        version: dataset.version,
        manifest: dataset.manifest,
      },
      rowCount: parts.reduce((sum, part) => sum + part.rowCount, 0),
      partFormat: SCORED_PART_FORMAT,
      outputs,
      parts: parts.map((part) => ({
        index: part.partIndex,
        rowStart: part.rowStart,
        rowCount: part.rowCount,
        uri: part.uri,
        sha256: part.sha256,
        sizeBytes: part.sizeBytes,
      })),
    };
    const stored = await this.artifacts.putContentAddressed(
      this.settings.bucket,
      Buffer.from(JSON.stringify(manifest), 'utf8'),
      { contentType: 'application/json' },
    );
    return { ...stored, mediaType: 'application/json' };
  }
}
