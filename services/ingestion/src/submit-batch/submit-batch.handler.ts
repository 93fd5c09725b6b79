import { ArtifactStore } from '@loopline/artifacts';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BatchAcceptor } from '../accept-batch/batch-acceptor';
import { BatchOutcomeReader } from '../accept-batch/batch-outcome.reader';
import type { BatchView } from '../accept-batch/batch-view';
import { INGESTION_SETTINGS, type IngestionSettings } from '../config/ingestion.settings';
import type { BatchSubmission } from '../domain/batch';

/**
 * Stores an uploaded batch in the object store (content-addressed, so any replica's job can
 * read it and a repeat stores nothing), accepts it, and waits for the outcome.
 */
@Injectable()
export class SubmitBatchHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: ArtifactStore,
    private readonly acceptor: BatchAcceptor,
    private readonly outcomes: BatchOutcomeReader,
    @Inject(INGESTION_SETTINGS) private readonly settings: IngestionSettings,
  ) {}

  async submit(
    submission: BatchSubmission,
    path: string,
    waitMs: number,
    correlationId: string | undefined,
  ): Promise<{ view: BatchView; repeated: boolean }> {
    const stored = await this.store.putFile(
      this.settings.bucket,
      path,
      {
        contentType: submission.raw.mediaType,
        metadata: { dataset: submission.dataset, role: 'raw-batch' },
      },
      // Hashed while it was received: no second read of a large file.
      { sha256: submission.raw.sha256, sizeBytes: submission.raw.sizeBytes },
    );
    const accepted = await this.dataSource.transaction((manager) =>
      this.acceptor.accept(
        manager,
        { ...submission, raw: { ...submission.raw, uri: stored.uri } },
        { correlationId },
      ),
    );
    const view = await this.outcomes.awaitOutcome(accepted.batchId, waitMs);
    if (view === null) throw new Error(`batch ${accepted.batchId} vanished after it was accepted`);
    return { view, repeated: accepted.kind === 'duplicate' };
  }
}
