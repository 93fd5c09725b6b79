import { DynamicModule, Global, Module } from '@nestjs/common';
import { JobsModule } from '@loopline/jobs';
import { platformModules, ServiceIdentity } from '@loopline/service-runtime';
import { CatalogModule } from './catalog';
import { MonitoringConfig, MONITORING_SERVICE_NAME } from './config/monitoring.config';
import { MONITORING_SETTINGS, monitoringSettings } from './config/monitoring.settings';
import { MONITORING_ENTITIES } from './database/entities';
import { MONITORING_MIGRATIONS } from './database/migrations';
import { PerformanceModule } from './performance';
import { MonitoringPolicies } from './policies/monitoring-policies';
import { cronExpressionFault } from './policies/cron-expression-fault';
import { loadShippedMonitoringPolicies } from './policies/shipped-monitoring-policies';
import { RetrainingModule } from './retraining';
import { WindowsModule } from './windows';

const MONITORING_SERVICE: ServiceIdentity = {
  name: MONITORING_SERVICE_NAME,
  entities: MONITORING_ENTITIES,
  migrations: MONITORING_MIGRATIONS,
};

/** Settings and policies every slice of the service shares. */
@Global()
@Module({})
class MonitoringSharedModule {
  static forRoot(config: MonitoringConfig): DynamicModule {
    const providers = [
      { provide: MONITORING_SETTINGS, useValue: monitoringSettings(config) },
      {
        provide: MonitoringPolicies,
        useFactory: () =>
          loadShippedMonitoringPolicies(config.MONITORING_POLICIES_DIR, cronExpressionFault),
      },
    ];
    return { module: MonitoringSharedModule, providers, exports: providers };
  }
}

/**
 * Root module of the monitoring service, which watches every serving version for drift and
 * performance drops and turns them into retraining requests.
 */
@Module({})
export class AppModule {
  static forRoot(config: MonitoringConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformModules(config, MONITORING_SERVICE),
        MonitoringSharedModule.forRoot(config),
        JobsModule.forRoot({ concurrency: 1, leaseMs: config.MONITORING_JOB_LEASE_MS }),
        CatalogModule,
        PerformanceModule,
        RetrainingModule,
        WindowsModule,
      ],
    };
  }
}
