export { RETRAINING_ENTITIES, RETRAINING_MIGRATIONS } from './database';
export { RetrainingClock, SystemRetrainingClock } from './retraining-clock';
export { RetrainingModule } from './retraining.module';
export { RetrainingTriggers, type RetrainingTrigger } from './retraining-triggers';
