import { ErrorKind, PlatformError } from '@loopline/errors';

/** Stable codes of the model registry's errors; tests and clients match on these, never on text. */
export const RegistryErrorCode = {
  /** The registry has seen no ModelTrained for the model. */
  ModelNotFound: 'REGISTRY.MODEL_NOT_FOUND',
  /** The model has no such version. */
  ModelVersionNotFound: 'REGISTRY.MODEL_VERSION_NOT_FOUND',
  /** The alias does not point at anything (now, or at the time asked about). */
  AliasNotFound: 'REGISTRY.ALIAS_NOT_FOUND',
  /** The registry has seen nothing of the dataset version. */
  DatasetVersionNotFound: 'REGISTRY.DATASET_VERSION_NOT_FOUND',
  /** A request body, path or query parameter is malformed. */
  InvalidRequest: 'REGISTRY.INVALID_REQUEST',
  /** The move is not in the stage table. */
  IllegalStageTransition: 'REGISTRY.ILLEGAL_STAGE_TRANSITION',
  /** The alias moves only when deployment completes a rollout (production); no PUT moves it. */
  AliasFollowsDeployment: 'REGISTRY.ALIAS_FOLLOWS_DEPLOYMENT',
  /** The model's approval policy wants an approval for this alias. */
  ApprovalRequired: 'REGISTRY.APPROVAL_REQUIRED',
  /** The version failed its gate, and the approval does not override it. */
  GateFailed: 'REGISTRY.GATE_FAILED',
  /** The version has no gate verdict yet. */
  GatePending: 'REGISTRY.GATE_PENDING',
  /** The version was rejected; rejection is final. */
  VersionRejected: 'REGISTRY.VERSION_REJECTED',
  /** The alias already points at the version. */
  AliasUnchanged: 'REGISTRY.ALIAS_UNCHANGED',
  /** The registry holds no policy file version for the model (it runs on the default). */
  ModelPolicyNotFound: 'REGISTRY.MODEL_POLICY_NOT_FOUND',
  /** A shipped model policy file is malformed; the service does not start. */
  InvalidModelPolicy: 'REGISTRY.INVALID_MODEL_POLICY',
} as const;

export function notFound(code: string, message: string, details: Record<string, unknown> = {}) {
  return new PlatformError(code, message, { kind: ErrorKind.NotFound, details });
}

export function conflict(code: string, message: string, details: Record<string, unknown> = {}) {
  return new PlatformError(code, message, { kind: ErrorKind.Conflict, details });
}

/** A 400 naming every problem of the request at once. */
export function invalidRequest(what: string, problems: string[]): PlatformError {
  return new PlatformError(
    RegistryErrorCode.InvalidRequest,
    `Invalid ${what}: ${problems.join('; ')}.`,
    { kind: ErrorKind.InvalidInput, details: { problems } },
  );
}
