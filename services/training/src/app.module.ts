import { DynamicModule, Global, Module } from '@nestjs/common';
import { JobsModule } from '@loopline/jobs';
import { platformModules, ServiceIdentity } from '@loopline/service-runtime';
import { TrainingConfig, TRAINING_SERVICE_NAME } from './config/training.config';
import { TRAINING_SETTINGS, trainingSettings } from './config/training.settings';
import { TRAINING_ENTITIES } from './database/entities';
import { TRAINING_MIGRATIONS } from './database/migrations';
import { RequestTrainingModule } from './request-training/request-training.module';
import { RunTrainingModule } from './run-training/run-training.module';
import { TrackingModule } from './tracking/tracking.module';
import { TrainingConfigsModule } from './training-configs/training-configs.module';

const TRAINING_SERVICE: ServiceIdentity = {
  name: TRAINING_SERVICE_NAME,
  entities: TRAINING_ENTITIES,
  migrations: TRAINING_MIGRATIONS,
};

@Global()
@Module({})
class TrainingSettingsModule {
  static forRoot(config: TrainingConfig): DynamicModule {
    const provider = { provide: TRAINING_SETTINGS, useValue: trainingSettings(config) };
    return { module: TrainingSettingsModule, providers: [provider], exports: [provider] };
  }
}

/** Root module of the training service, which trains models on materialized features. */
@Module({})
export class AppModule {
  static forRoot(config: TrainingConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformModules(config, TRAINING_SERVICE),
        TrainingSettingsModule.forRoot(config),
        // One run at a time per replica: training keeps a core busy, and runs of one model are
        // serialized by the scheduler anyway.
        JobsModule.forRoot({ concurrency: 1, leaseMs: config.TRAINING_JOB_LEASE_MS }),
        RequestTrainingModule,
        TrackingModule,
        TrainingConfigsModule.forRoot(config),
        RunTrainingModule,
      ],
    };
  }
}
