export { PERFORMANCE_ENTITIES, PERFORMANCE_MIGRATIONS } from './database';
export { PerformanceModule } from './performance.module';
export {
  type LoggedPredictions,
  PredictionOutcomes,
  type WindowPerformance,
} from './prediction-outcomes';
