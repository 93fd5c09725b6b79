import type { MigrationClass } from '@loopline/persistence';
import { CreatePerformanceTables1790000300000 } from './1790000300000-create-performance-tables';
import { LabelBatchRow } from './label-batch.row';
import { LoggedPredictionRow } from './logged-prediction.row';
import { PendingLabelRow } from './pending-label.row';
import { PerformanceWindowRow } from './performance-window.row';
import { WindowScoreBinRow } from './window-score-bin.row';

export const PERFORMANCE_ENTITIES = [
  PerformanceWindowRow,
  WindowScoreBinRow,
  LoggedPredictionRow,
  PendingLabelRow,
  LabelBatchRow,
];
export const PERFORMANCE_MIGRATIONS: MigrationClass[] = [CreatePerformanceTables1790000300000];
