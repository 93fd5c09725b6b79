import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BatchStore } from '../database/batch.store';
import { DatasetVersionStore } from '../database/dataset-version.store';
import { BatchOutcomeNotifier } from '../ingest-batch/batch-outcome.notifier';
import { type BatchView, toBatchView } from './batch-view';

/** Reads what became of a batch, and waits for it when asked to. */
@Injectable()
export class BatchOutcomeReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly batches: BatchStore,
    private readonly versions: DatasetVersionStore,
    private readonly notifier: BatchOutcomeNotifier,
  ) {}

  async read(batchId: string): Promise<BatchView | null> {
    const manager = this.dataSource.manager;
    const submitted = await this.batches.find(manager, batchId);
    if (submitted === null) return null;
    const original =
      submitted.duplicateOf === null
        ? submitted
        : ((await this.batches.find(manager, submitted.duplicateOf)) ?? submitted);
    const version =
      original.datasetVersionId === null
        ? null
        : await this.versions.findById(manager, original.datasetVersionId);
    return toBatchView(submitted, original, version?.version ?? null);
  }

  /** The batch once it is versioned or rejected; its pending view if `timeoutMs` passes first. */
  async awaitOutcome(batchId: string, timeoutMs: number): Promise<BatchView | null> {
    const done = await this.notifier.waitFor(async () => {
      const view = await this.read(batchId);
      return view === null || view.status === 'pending' ? null : view;
    }, timeoutMs);
    return done ?? this.read(batchId);
  }
}
