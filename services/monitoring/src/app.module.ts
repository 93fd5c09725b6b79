import { DynamicModule, Module } from '@nestjs/common';
import { platformModules, ServiceIdentity } from '@loopline/service-runtime';
import { MonitoringConfig, MONITORING_SERVICE_NAME } from './config/monitoring.config';
import { MONITORING_ENTITIES } from './database/entities';
import { MONITORING_MIGRATIONS } from './database/migrations';

const MONITORING_SERVICE: ServiceIdentity = {
  name: MONITORING_SERVICE_NAME,
  entities: MONITORING_ENTITIES,
  migrations: MONITORING_MIGRATIONS,
};

/** Root module of the monitoring service, which watches production for drift and performance drops. */
@Module({})
export class AppModule {
  static forRoot(config: MonitoringConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformModules(config, MONITORING_SERVICE),
        // Use-case slices follow here.
      ],
    };
  }
}
