import { join } from 'node:path';
import { ArtifactStore } from '@loopline/artifacts';
import { Module } from '@nestjs/common';
import { INGESTION_SETTINGS, type IngestionSettings } from '../config/ingestion.settings';
import { IngestionStoresModule } from '../database/ingestion-stores.module';
import { BatchIngestionPipeline } from './batch-ingestion.pipeline';
import { BatchOutcomeCommitter } from './batch-outcome.committer';
import { BatchOutcomeNotifier } from './batch-outcome.notifier';
import { IngestBatchJob } from './ingest-batch.job';
import { PartCache } from './part-cache';

@Module({
  imports: [IngestionStoresModule],
  providers: [
    BatchOutcomeCommitter,
    BatchOutcomeNotifier,
    IngestBatchJob,
    {
      provide: PartCache,
      inject: [ArtifactStore, INGESTION_SETTINGS],
      useFactory: (store: ArtifactStore, settings: IngestionSettings) =>
        new PartCache(store, join(settings.workDir, 'parts')),
    },
    {
      provide: BatchIngestionPipeline,
      inject: [ArtifactStore, PartCache, INGESTION_SETTINGS],
      useFactory: (store: ArtifactStore, parts: PartCache, settings: IngestionSettings) =>
        new BatchIngestionPipeline(store, parts, {
          bucket: settings.bucket,
          workDir: settings.workDir,
          engineMemoryMb: settings.engineMemoryMb,
          engineThreads: settings.engineThreads,
          afterPartsStored: settings.crashAfterStoringParts
            ? () => process.kill(process.pid, 'SIGKILL')
            : undefined,
        }),
    },
  ],
  exports: [BatchOutcomeNotifier, PartCache, IngestionStoresModule],
})
export class IngestBatchModule {}
