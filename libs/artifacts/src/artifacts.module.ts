import { DynamicModule, Global, Module } from '@nestjs/common';
import { ReadinessRegistry } from '@loopline/observability';
import type { ArtifactsOptions } from './artifacts-options.interface';
import { ObjectStoreIndicator } from './readiness/object-store.indicator';
import { ArtifactStore } from './store/artifact-store';
import { createMinioClient } from './store/create-minio-client';
import { ensureBuckets } from './store/ensure-buckets';

/** Token of the registered `ObjectStoreIndicator`; resolving it means the buckets are ready. */
export const OBJECT_STORE_READINESS_INDICATOR = Symbol('LOOPLINE_OBJECT_STORE_READINESS_INDICATOR');

/**
 * Provides `ArtifactStore` to the whole service. Start-up waits until the service's buckets
 * exist; the `object-store` readiness check is registered with `ObservabilityModule`.
 */
@Global()
@Module({})
export class ArtifactsModule {
  static forRoot(options: ArtifactsOptions): DynamicModule {
    return {
      module: ArtifactsModule,
      providers: [
        { provide: ArtifactStore, useFactory: () => new ArtifactStore(createMinioClient(options)) },
        {
          provide: OBJECT_STORE_READINESS_INDICATOR,
          useFactory: async (store: ArtifactStore, readiness: ReadinessRegistry) => {
            await ensureBuckets(store, options.buckets, {
              attempts: options.startupAttempts ?? 10,
              delayMs: options.startupRetryDelayMs ?? 1000,
            });
            const indicator = new ObjectStoreIndicator(store, options.buckets);
            readiness.register(indicator);
            return indicator;
          },
          inject: [ArtifactStore, ReadinessRegistry],
        },
      ],
      exports: [ArtifactStore],
    };
  }
}
