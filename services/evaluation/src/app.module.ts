import { DynamicModule, Global, Module } from '@nestjs/common';
import { JobsModule } from '@loopline/jobs';
import { platformModules, ServiceIdentity } from '@loopline/service-runtime';
import { EvaluationConfig, EVALUATION_SERVICE_NAME } from './config/evaluation.config';
import { EVALUATION_SETTINGS, evaluationSettings } from './config/evaluation.settings';
import { EVALUATION_ENTITIES } from './database/entities';
import { EVALUATION_MIGRATIONS } from './database/migrations';
import { EvaluateModelModule } from './evaluate-model/evaluate-model.module';
import { EvaluationsModule } from './evaluations/evaluations.module';
import { GatePoliciesModule } from './gate-policies/gate-policies.module';
import { ProjectionsModule } from './projections/projections.module';

const EVALUATION_SERVICE: ServiceIdentity = {
  name: EVALUATION_SERVICE_NAME,
  entities: EVALUATION_ENTITIES,
  migrations: EVALUATION_MIGRATIONS,
};

@Global()
@Module({})
class EvaluationSettingsModule {
  static forRoot(config: EvaluationConfig): DynamicModule {
    const provider = { provide: EVALUATION_SETTINGS, useValue: evaluationSettings(config) };
    return { module: EvaluationSettingsModule, providers: [provider], exports: [provider] };
  }
}

/** Root module of the evaluation service, which gates trained models against policies. */
@Module({})
export class AppModule {
  static forRoot(config: EvaluationConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformModules(config, EVALUATION_SERVICE),
        EvaluationSettingsModule.forRoot(config),
        // One evaluation at a time per replica: scoring and timing keep a core busy, and a
        // latency measured beside another evaluation would be measured unfairly.
        JobsModule.forRoot({ concurrency: 1, leaseMs: config.EVALUATION_JOB_LEASE_MS }),
        GatePoliciesModule,
        ProjectionsModule,
        EvaluateModelModule,
        EvaluationsModule,
      ],
    };
  }
}
