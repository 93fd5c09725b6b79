import { conflict, RegistryErrorCode } from './registry-error-code';

/** Lifecycle of a model version. */
export const MODEL_STAGES = [
  'pending_evaluation',
  'passed',
  'failed',
  'staging',
  'production',
  'archived',
  'rejected',
] as const;
export type ModelStage = (typeof MODEL_STAGES)[number];

/**
 * Every allowed move. `failed → production` is listed, but only an approval that overrides the
 * failed gate may take it (OVERRIDE_ONLY); `rejected` is terminal.
 */
export const ALLOWED_STAGE_TRANSITIONS: Readonly<Record<ModelStage, readonly ModelStage[]>> = {
  pending_evaluation: ['passed', 'failed'],
  passed: ['staging', 'production', 'rejected', 'archived'],
  failed: ['production', 'rejected', 'archived'],
  staging: ['production', 'rejected', 'archived'],
  production: ['archived'],
  archived: ['staging', 'production'],
  rejected: [],
};

/** Moves allowed only to an approval that overrides a failed gate, with its reason. */
const OVERRIDE_ONLY: ReadonlySet<string> = new Set(['failed->production']);

export interface StageMoveContext {
  /** True for an approval with overrideFailedGate and a reason. */
  overridesFailedGate?: boolean;
}

/** The stages `from` may move to in this context. */
export function allowedStagesFrom(from: ModelStage, context: StageMoveContext = {}): ModelStage[] {
  return ALLOWED_STAGE_TRANSITIONS[from].filter(
    (to) => context.overridesFailedGate || !OVERRIDE_ONLY.has(`${from}->${to}`),
  );
}

export function canMoveStage(
  from: ModelStage,
  to: ModelStage,
  context: StageMoveContext = {},
): boolean {
  return allowedStagesFrom(from, context).includes(to);
}

/** Throws 409 REGISTRY.ILLEGAL_STAGE_TRANSITION naming from, to and what is allowed. */
export function assertStageMove(
  from: ModelStage,
  to: ModelStage,
  context: StageMoveContext & { modelName: string; version: number },
): void {
  if (canMoveStage(from, to, context)) return;
  const allowed = allowedStagesFrom(from, context);
  const hint = OVERRIDE_ONLY.has(`${from}->${to}`)
    ? ' A version that failed its gate reaches production only through an approval with overrideFailedGate: true and a comment giving the reason (POST /models/:name/versions/:version/approvals).'
    : '';
  throw conflict(
    RegistryErrorCode.IllegalStageTransition,
    `${context.modelName} version ${context.version} cannot move from ${from} to ${to}; from ${from} it may move to ${allowed.length > 0 ? allowed.join(', ') : 'nothing (it is final)'}.${hint}`,
    { modelName: context.modelName, version: context.version, from, to, allowed },
  );
}

export function isModelStage(value: unknown): value is ModelStage {
  return typeof value === 'string' && (MODEL_STAGES as readonly string[]).includes(value);
}
