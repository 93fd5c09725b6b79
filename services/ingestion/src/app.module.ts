import { DynamicModule, Module } from '@nestjs/common';
import { platformModules, ServiceIdentity } from '@loopline/service-runtime';
import { IngestionConfig, INGESTION_SERVICE_NAME } from './config/ingestion.config';
import { INGESTION_ENTITIES } from './database/entities';
import { INGESTION_MIGRATIONS } from './database/migrations';

const INGESTION_SERVICE: ServiceIdentity = {
  name: INGESTION_SERVICE_NAME,
  entities: INGESTION_ENTITIES,
  migrations: INGESTION_MIGRATIONS,
};

/** Root module of the ingestion service, which validates and versions incoming data. */
@Module({})
export class AppModule {
  static forRoot(config: IngestionConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformModules(config, INGESTION_SERVICE),
        // Use-case slices follow here.
      ],
    };
  }
}
