// Generated from schemas/ModelGateFailed.avsc, schemas/ModelGatePassed.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.

/** How a gate check compares the observed metric with its threshold. max_regression compares the drop from the baseline (champion) value with the threshold. Readers map symbols they do not know to 'unknown'. */
export type GateComparator = 'gte' | 'gt' | 'lte' | 'lt' | 'max_regression' | 'unknown';
