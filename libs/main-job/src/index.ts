export { runMainJob, type MainJobOptions } from './run-main-job';
export { type DemoSummary, DEMO_SUMMARY_FORMAT, LOOP_TARGET_SECONDS } from './summary/demo-summary';
export { SERVICE_NAMES, type MainJobTarget, type ServiceControl, type ServiceName } from './target';
