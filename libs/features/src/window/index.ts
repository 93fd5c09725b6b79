export { computeWindowAggregates } from './compute-window-aggregates';
export { onlineValuesAsOf } from './online-values-as-of';
