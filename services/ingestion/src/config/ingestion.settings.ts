import type { IngestionConfig } from './ingestion.config';

/** What the ingestion slices need from the service's config, as one injectable value. */
export interface IngestionSettings {
  bucket: string;
  /** Postgres schema; names the service's notification channel. */
  databaseSchema: string;
  dataContractsDir: string;
  workDir: string;
  maxUploadBytes: number;
  uploadWaitMs: number;
  engineMemoryMb: number;
  engineThreads: number;
  crashAfterStoringParts: boolean;
}

export const INGESTION_SETTINGS = Symbol('INGESTION_SETTINGS');

export function ingestionSettings(config: IngestionConfig): IngestionSettings {
  return {
    bucket: config.ARTIFACTS_BUCKET,
    databaseSchema: config.DATABASE_SCHEMA,
    dataContractsDir: config.INGESTION_DATA_CONTRACTS_DIR,
    workDir: config.INGESTION_WORK_DIR,
    maxUploadBytes: config.INGESTION_MAX_UPLOAD_BYTES,
    uploadWaitMs: config.INGESTION_UPLOAD_WAIT_MS,
    engineMemoryMb: config.INGESTION_ENGINE_MEMORY_MB,
    engineThreads: config.INGESTION_ENGINE_THREADS,
    crashAfterStoringParts: config.INGESTION_CRASH_AFTER_STORING_PARTS,
  };
}
