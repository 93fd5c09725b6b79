import { DynamicModule, Module } from '@nestjs/common';
import { platformModules, ServiceIdentity } from '@loopline/service-runtime';
import { DeploymentConfig, DEPLOYMENT_SERVICE_NAME } from './config/deployment.config';
import { DEPLOYMENT_ENTITIES } from './database/entities';
import { DEPLOYMENT_MIGRATIONS } from './database/migrations';

const DEPLOYMENT_SERVICE: ServiceIdentity = {
  name: DEPLOYMENT_SERVICE_NAME,
  entities: DEPLOYMENT_ENTITIES,
  migrations: DEPLOYMENT_MIGRATIONS,
};

/** Root module of the deployment service, which rolls models out and serves predictions. */
@Module({})
export class AppModule {
  static forRoot(config: DeploymentConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformModules(config, DEPLOYMENT_SERVICE),
        // Use-case slices follow here.
      ],
    };
  }
}
