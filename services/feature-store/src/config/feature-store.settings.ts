import type { FeatureStoreConfig } from './feature-store.config';

/** What the feature-store slices need from the service's config, as one injectable value. */
export interface FeatureStoreSettings {
  bucket: string;
  viewsDir: string;
  workDir: string;
  engineMemoryMb: number;
  engineThreads: number;
}

export const FEATURE_STORE_SETTINGS = Symbol('FEATURE_STORE_SETTINGS');

export function featureStoreSettings(config: FeatureStoreConfig): FeatureStoreSettings {
  return {
    bucket: config.ARTIFACTS_BUCKET,
    viewsDir: config.FEATURE_STORE_VIEWS_DIR,
    workDir: config.FEATURE_STORE_WORK_DIR,
    engineMemoryMb: config.FEATURE_STORE_ENGINE_MEMORY_MB,
    engineThreads: config.FEATURE_STORE_ENGINE_THREADS,
  };
}
