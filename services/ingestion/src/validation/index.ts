export {
  type BatchRejectionReason,
  type BatchValidation,
  validateBatch,
  type ValidateBatchInput,
} from './validate-batch';
export {
  SAMPLE_ROW_LIMIT,
  type Violation,
  type ViolationRule,
  type ViolationSeverity,
  wholeBatchError,
} from './violation';
