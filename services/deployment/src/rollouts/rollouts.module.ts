import { Module } from '@nestjs/common';
import { DEPLOYMENT_SETTINGS, type DeploymentSettings } from '../config/deployment.settings';
import { ServingModule } from '../serving/serving.module';
import { DeploymentPolicies, loadShippedDeploymentPolicies } from './domain';
import { RollbackRequestHandler } from './rollback-request.handler';
import { RolloutStepJudge } from './rollout.judge-step';
import { RolloutTicker } from './rollout.ticker';
import { RolloutTriggersConsumer } from './rollout-triggers.consumer';
import { RolloutWriter } from './rollout.writer';
import { RolloutsController } from './rollouts.controller';

/**
 * Rollouts: started by passed gates or approvals under the model's deployment policy, judged
 * step by step on every instance's observations, rolled back by guardrails or on request.
 */
@Module({
  imports: [ServingModule],
  controllers: [RolloutTriggersConsumer, RolloutsController],
  providers: [
    {
      provide: DeploymentPolicies,
      useFactory: (settings: DeploymentSettings) =>
        loadShippedDeploymentPolicies(settings.policiesDir),
      inject: [DEPLOYMENT_SETTINGS],
    },
    RollbackRequestHandler,
    RolloutStepJudge,
    RolloutTicker,
    RolloutWriter,
  ],
})
export class RolloutsModule {}
