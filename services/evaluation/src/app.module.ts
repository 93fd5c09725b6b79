import { DynamicModule, Module } from '@nestjs/common';
import { platformModules, ServiceIdentity } from '@loopline/service-runtime';
import { EvaluationConfig, EVALUATION_SERVICE_NAME } from './config/evaluation.config';
import { EVALUATION_ENTITIES } from './database/entities';
import { EVALUATION_MIGRATIONS } from './database/migrations';

const EVALUATION_SERVICE: ServiceIdentity = {
  name: EVALUATION_SERVICE_NAME,
  entities: EVALUATION_ENTITIES,
  migrations: EVALUATION_MIGRATIONS,
};

/** Root module of the evaluation service, which gates trained models against policies. */
@Module({})
export class AppModule {
  static forRoot(config: EvaluationConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformModules(config, EVALUATION_SERVICE),
        // Use-case slices follow here.
      ],
    };
  }
}
