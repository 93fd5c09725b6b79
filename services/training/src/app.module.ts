import { DynamicModule, Module } from '@nestjs/common';
import { platformModules, ServiceIdentity } from '@loopline/service-runtime';
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
      imports: [
        ...platformModules(config, TRAINING_SERVICE),
        // Messaging: MessagingModule.forRoot({ serviceName: TRAINING_SERVICE_NAME, brokers: config.KAFKA_BROKERS, topicPrefix: config.KAFKA_TOPIC_PREFIX }),
        // Use-case slices follow here.
      ],
    };
  }
}
