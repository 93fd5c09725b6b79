import { DynamicModule, Module } from '@nestjs/common';
import { platformModules, ServiceIdentity } from '@loopline/service-runtime';
import { AuditLogModule } from './audit-log/audit-log.module';
import { RegistryConfig, REGISTRY_SERVICE_NAME } from './config/registry.config';
import { REGISTRY_ENTITIES } from './database/entities';
import { REGISTRY_MIGRATIONS } from './database/migrations';
import { ModelRegistryModule } from './model-registry.module';

const REGISTRY_SERVICE: ServiceIdentity = {
  name: REGISTRY_SERVICE_NAME,
  entities: REGISTRY_ENTITIES,
  migrations: REGISTRY_MIGRATIONS,
};

/** Root module of the registry service, which is the system of record of model versions and their lineage. */
@Module({})
export class AppModule {
  static forRoot(config: RegistryConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformModules(config, REGISTRY_SERVICE),
        ModelRegistryModule.forRoot(config),
        AuditLogModule.forRoot({
          chainId: config.DATABASE_SCHEMA,
          intervalMs: config.AUDIT_CHECKPOINT_INTERVAL_MS,
        }),
      ],
    };
  }
}
