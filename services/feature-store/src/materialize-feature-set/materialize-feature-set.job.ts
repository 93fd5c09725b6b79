import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { PlatformError } from '@loopline/errors';
import type { MaterializationProgress } from '@loopline/features';
import { type Job, JobHandler } from '@loopline/jobs';
import { Inject, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  FEATURE_STORE_SETTINGS,
  type FeatureStoreSettings,
} from '../config/feature-store.settings';
import { DatasetVersionStore } from '../database/dataset-version.store';
import { FeatureSetStore } from '../database/feature-set.store';
import { FeatureViewStore } from '../database/feature-view.store';
import { DatasetPartsFetcher } from './dataset-parts.fetcher';
import { FeatureSetFilesUploader } from './feature-set-files.uploader';
import type { MaterializationOutcome } from './materialization-outcome';
import { MaterializationOutcomePublisher } from './materialization-outcome.publisher';
import { runMaterializationWorker } from './materialization-worker.runner';
import {
  MATERIALIZE_FEATURE_SET_JOB,
  type MaterializeFeatureSetInput,
} from './materialize-feature-set.input';

/** Progress reaches the database at most this often: enough for a watcher, cheap for the store. */
const PROGRESS_INTERVAL_MS = 500;

/**
 * Materializes one feature set as a tracked job: `run` fetches the dataset version's parts,
 * materializes in a worker thread and stores the files, with no transaction open; `complete`
 * commits the set and its events at once. A crash in between leaves only unreferenced objects;
 * the rerun makes the same files and commits once.
 */
@JobHandler(MATERIALIZE_FEATURE_SET_JOB)
export class MaterializeFeatureSetJob implements JobHandler<
  MaterializeFeatureSetInput,
  MaterializationOutcome
> {
  private readonly logger = new Logger(MaterializeFeatureSetJob.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly featureSets: FeatureSetStore,
    private readonly views: FeatureViewStore,
    private readonly datasets: DatasetVersionStore,
    private readonly fetcher: DatasetPartsFetcher,
    private readonly uploader: FeatureSetFilesUploader,
    private readonly publisher: MaterializationOutcomePublisher,
    @Inject(FEATURE_STORE_SETTINGS) private readonly settings: FeatureStoreSettings,
  ) {}

  async run(
    job: Job<MaterializeFeatureSetInput>,
    signal: AbortSignal,
  ): Promise<MaterializationOutcome> {
    const id = job.input.featureSetId;
    const featureSet = await this.dataSource.transaction((manager) =>
      this.featureSets.start(manager, id),
    );
    const manager = this.dataSource.manager;
    const view = await this.views.find(manager, featureSet.viewName, featureSet.viewVersion);
    const dataset = await this.datasets.find(manager, featureSet.datasetVersionId);
    if (view === null || dataset === null)
      throw new Error(`feature set ${id} names an unknown view or dataset version`);
    const workDir = join(this.settings.workDir, id);
    await rm(workDir, { recursive: true, force: true });
    const started = Date.now();
    try {
      const parquetFiles = await this.fetcher.fetch(dataset, join(workDir, 'parts'));
      const materialized = await runMaterializationWorker(
        {
          definition: view.definition,
          version: view.version,
          parquetFiles,
          outputDirectory: join(workDir, 'out'),
          memoryLimitMb: this.settings.engineMemoryMb,
          threads: this.settings.engineThreads,
        },
        this.progressReporter(id),
        signal,
      );
      const result = await this.uploader.upload(id, materialized);
      this.logger.log(
        `${view.name} v${view.version} over ${dataset.dataset} v${dataset.version}: ${result.rowCount} rows ` +
          `(${result.splits.map((split) => `${split.name} ${split.rowCount}`).join(', ')}) in ${Date.now() - started} ms`,
      );
      return { result, onlineValues: materialized.onlineValues };
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }

  async complete(
    manager: EntityManager,
    job: Job<MaterializeFeatureSetInput>,
    outcome: MaterializationOutcome,
  ): Promise<void> {
    await this.publisher.completed(manager, job, outcome);
  }

  async fail(
    manager: EntityManager,
    job: Job<MaterializeFeatureSetInput>,
    error: PlatformError,
  ): Promise<void> {
    await this.publisher.failed(manager, job, error);
  }

  private progressReporter(id: string): (progress: MaterializationProgress) => void {
    let last = 0;
    return ({ stage, rowsDone, rowsTotal }) => {
      const now = Date.now();
      if (now - last < PROGRESS_INTERVAL_MS && rowsDone < rowsTotal) return;
      last = now;
      this.featureSets
        .progress(this.dataSource.manager, id, { stage, rowsDone, rowsTotal })
        .catch((error: unknown) =>
          this.logger.warn(`progress of ${id} not recorded: ${String(error)}`),
        );
    };
  }
}
