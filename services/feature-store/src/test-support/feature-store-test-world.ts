import { join } from 'node:path';
import { ArtifactStore, createMinioClient } from '@loopline/artifacts';
import { ServiceWorld, uniqueName } from '@loopline/testing';

// HTTP bodies are arbitrary JSON; each test names the fields it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/**
 * Ingestion and the feature store on the real stack, sharing a topic prefix of their own (so
 * they meet on Kafka as in production) with a schema each, plus recorders of the feature-view
 * and online-feature topics. Data reaches the feature store only as ingestion's events.
 */
export class FeatureStoreTestWorld extends ServiceWorld {
  readonly store = new ArtifactStore(createMinioClient(this.stack.minio));

  static async start(): Promise<FeatureStoreTestWorld> {
    return new FeatureStoreTestWorld('features-it').start(
      [
        {
          name: 'ingestion',
          env: { INGESTION_WORK_DIR: join('/tmp', uniqueName('features-it-ingestion')) },
        },
        {
          name: 'feature-store',
          env: { FEATURE_STORE_WORK_DIR: join('/tmp', uniqueName('features-it')) },
        },
      ],
      ['FeatureSetMaterialized', 'OnlineFeaturesUpdated'],
    );
  }

  featureStoreApi(method: string, path: string, body?: Json) {
    return this.request('feature-store', method, path, body);
  }
}
