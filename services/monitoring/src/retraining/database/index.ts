import type { MigrationClass } from '@loopline/persistence';
import { CreateRetrainingTables1790000400000 } from './1790000400000-create-retraining-tables';
import { RetrainingDecisionRow } from './retraining-decision.row';
import { RetrainingModelRow } from './retraining-model.row';
import { RetrainingRequestRow } from './retraining-request.row';
import { RetrainingScheduleFireRow } from './retraining-schedule-fire.row';

export {
  RetrainingDecisionRow,
  RetrainingModelRow,
  RetrainingRequestRow,
  RetrainingScheduleFireRow,
};

export const RETRAINING_ENTITIES = [
  RetrainingModelRow,
  RetrainingDecisionRow,
  RetrainingRequestRow,
  RetrainingScheduleFireRow,
];

export const RETRAINING_MIGRATIONS: MigrationClass[] = [CreateRetrainingTables1790000400000];
