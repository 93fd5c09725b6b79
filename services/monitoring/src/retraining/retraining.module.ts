import { Global, Module } from '@nestjs/common';
import { PolicyRetrainingTriggers } from './policy-retraining-triggers';
import { RetrainingClock, SystemRetrainingClock } from './retraining-clock';
import { RetrainingController } from './retraining.controller';
import { RetrainingDecider } from './retraining.decider';
import { RetrainingEndings } from './retraining.endings';
import { RetrainingLifecycleConsumer } from './retraining-lifecycle.consumer';
import { RetrainingScheduleTicker } from './retraining-schedule.ticker';
import { RetrainingStateReader } from './retraining-state.reader';
import { RetrainingTriggers } from './retraining-triggers';
import { TrainingDataResolver } from './training-data.resolver';

/**
 * Retraining: drift and performance findings, schedules and operators become TrainingRequested
 * under each model's policy, every decision recorded. Global, so the drift and performance
 * slices and the catalog's RolloutCompleted consumer reach `RetrainingTriggers`. Needs
 * `MonitoringPolicies`, `MonitoringCatalog` and `MONITORING_SETTINGS` from the service.
 */
@Global()
@Module({
  controllers: [RetrainingController, RetrainingLifecycleConsumer],
  providers: [
    { provide: RetrainingClock, useClass: SystemRetrainingClock },
    { provide: RetrainingTriggers, useClass: PolicyRetrainingTriggers },
    RetrainingDecider,
    RetrainingEndings,
    RetrainingScheduleTicker,
    RetrainingStateReader,
    TrainingDataResolver,
  ],
  exports: [RetrainingTriggers],
})
export class RetrainingModule {}
