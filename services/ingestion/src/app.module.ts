import { DynamicModule, Global, Module } from '@nestjs/common';
import { JobsModule } from '@loopline/jobs';
import { platformModules, ServiceIdentity } from '@loopline/service-runtime';
import { BatchSubmittedModule } from './batch-submitted/batch-submitted.module';
import { IngestionConfig, INGESTION_SERVICE_NAME } from './config/ingestion.config';
import { INGESTION_SETTINGS, ingestionSettings } from './config/ingestion.settings';
import { INGESTION_ENTITIES } from './database/entities';
import { INGESTION_MIGRATIONS } from './database/migrations';
import { QueryDatasetsModule } from './query-datasets/query-datasets.module';
import { RegisterDataContractModule } from './register-data-contract/register-data-contract.module';
import { SubmitBatchModule } from './submit-batch/submit-batch.module';

const INGESTION_SERVICE: ServiceIdentity = {
  name: INGESTION_SERVICE_NAME,
  entities: INGESTION_ENTITIES,
  migrations: INGESTION_MIGRATIONS,
};

@Global()
@Module({})
class IngestionSettingsModule {
  static forRoot(config: IngestionConfig): DynamicModule {
    const provider = { provide: INGESTION_SETTINGS, useValue: ingestionSettings(config) };
    return { module: IngestionSettingsModule, providers: [provider], exports: [provider] };
  }
}

/** Root module of the ingestion service, which validates and versions incoming data. */
@Module({})
export class AppModule {
  static forRoot(config: IngestionConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformModules(config, INGESTION_SERVICE),
        IngestionSettingsModule.forRoot(config),
        // One batch at a time per replica: each already uses the engine's threads.
        JobsModule.forRoot({ concurrency: 1, leaseMs: config.INGESTION_JOB_LEASE_MS }),
        RegisterDataContractModule,
        SubmitBatchModule,
        BatchSubmittedModule,
        QueryDatasetsModule,
      ],
    };
  }
}
