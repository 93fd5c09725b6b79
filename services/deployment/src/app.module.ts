import { DynamicModule, Global, Module } from '@nestjs/common';
import { JobsModule } from '@loopline/jobs';
import { platformModules, ServiceIdentity } from '@loopline/service-runtime';
import { BatchScoringModule, MODEL_ARTIFACT_LOOKUP } from './batch-scoring';
import { DeploymentConfig, DEPLOYMENT_SERVICE_NAME } from './config/deployment.config';
import { DEPLOYMENT_SETTINGS, deploymentSettings } from './config/deployment.settings';
import { DEPLOYMENT_ENTITIES } from './database/entities';
import { DEPLOYMENT_MIGRATIONS } from './database/migrations';
import { PREDICTION_LOG_SIGNATURES } from './prediction-logs';
import { DeploymentProjections } from './projections/deployment-projections';
import { KnownModels } from './projections/known-models';
import { RolloutsModule } from './rollouts/rollouts.module';
import { ServedSignatures } from './serving/served-signatures';

const DEPLOYMENT_SERVICE: ServiceIdentity = {
  name: DEPLOYMENT_SERVICE_NAME,
  entities: DEPLOYMENT_ENTITIES,
  migrations: DEPLOYMENT_MIGRATIONS,
};

/** Settings and the few read models every slice of the service shares. */
@Global()
@Module({})
class DeploymentSharedModule {
  static forRoot(config: DeploymentConfig): DynamicModule {
    const providers = [
      { provide: DEPLOYMENT_SETTINGS, useValue: deploymentSettings(config) },
      ServedSignatures,
      { provide: PREDICTION_LOG_SIGNATURES, useExisting: ServedSignatures },
      { provide: MODEL_ARTIFACT_LOOKUP, useExisting: KnownModels },
      DeploymentProjections,
      KnownModels,
    ];
    return { module: DeploymentSharedModule, providers, exports: providers };
  }
}

/** Root module of the deployment service, which rolls models out and serves predictions. */
@Module({})
export class AppModule {
  static forRoot(config: DeploymentConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformModules(config, DEPLOYMENT_SERVICE),
        DeploymentSharedModule.forRoot(config),
        // One batch scoring job at a time per replica: it keeps a core busy beside serving.
        JobsModule.forRoot({ concurrency: 1, leaseMs: config.BATCH_SCORING_JOB_LEASE_MS }),
        RolloutsModule,
        BatchScoringModule,
      ],
    };
  }
}
