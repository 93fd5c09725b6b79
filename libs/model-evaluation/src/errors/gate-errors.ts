import { ErrorKind, PlatformError } from '@loopline/errors';
import { EvaluationErrorCode } from './evaluation-error-code';

/** `EVALUATION.INVALID_GATE_INPUTS`: the caller assembled inputs that contradict each other. */
export function invalidGateInputs(message: string, details: Record<string, unknown> = {}) {
  return new PlatformError(EvaluationErrorCode.InvalidGateInputs, message, {
    kind: ErrorKind.InvalidInput,
    details,
  });
}

/** `EVALUATION.INVALID_MODEL_OUTPUT`: the model's outputs do not have the shape its task needs. */
export function invalidModelOutput(message: string, details: Record<string, unknown> = {}) {
  return new PlatformError(EvaluationErrorCode.InvalidModelOutput, message, {
    kind: ErrorKind.Unprocessable,
    details,
  });
}
