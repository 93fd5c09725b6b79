import { DynamicModule, Module } from '@nestjs/common';
import { platformModules, ServiceIdentity } from '@loopline/service-runtime';
import { RequestTrainingModule } from './request-training/request-training.module';
import { TrainingConfig, TRAINING_SERVICE_NAME } from './config/training.config';
import { TRAINING_ENTITIES } from './database/entities';
import { TRAINING_MIGRATIONS } from './database/migrations';

const TRAINING_SERVICE: ServiceIdentity = {
  name: TRAINING_SERVICE_NAME,
  entities: TRAINING_ENTITIES,
  migrations: TRAINING_MIGRATIONS,
};

/** Root module of the training service, which trains models on materialized features. */
@Module({})
export class AppModule {
  static forRoot(config: TrainingConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [...platformModules(config, TRAINING_SERVICE), RequestTrainingModule],
    };
  }
}
