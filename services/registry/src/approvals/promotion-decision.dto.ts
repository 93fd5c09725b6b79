import { isValidAliasName, PRODUCTION_ALIAS } from '../domain/alias-name';
import { invalidRequest } from '../domain/registry-error-code';

export const ROLLOUT_STRATEGIES = ['canary', 'shadow', 'blue_green'] as const;
/** A strategy, or `unknown`: the model's deployment policy decides (the default). */
export type RolloutStrategyChoice = (typeof ROLLOUT_STRATEGIES)[number] | 'unknown';

/** Body of POST /models/:name/versions/:version/approvals. */
export interface ApprovePromotionDto {
  targetAlias: string;
  strategy: RolloutStrategyChoice;
  comment: string | null;
  overrideFailedGate: boolean;
}

/** Body of POST /models/:name/versions/:version/rejections. */
export interface RejectPromotionDto {
  targetAlias: string;
  reason: string;
}

export function parseApprovePromotion(body: unknown): ApprovePromotionDto {
  const { raw, problems } = objectBody(body, [
    'targetAlias',
    'strategy',
    'comment',
    'overrideFailedGate',
  ]);
  const targetAlias = aliasField(raw.targetAlias, problems);
  const strategy = raw.strategy ?? 'unknown';
  if (strategy !== 'unknown' && !(ROLLOUT_STRATEGIES as readonly unknown[]).includes(strategy))
    problems.push(
      `strategy must be one of ${ROLLOUT_STRATEGIES.join(', ')}, or left out for the model's deployment policy to choose`,
    );
  const comment = optionalText(raw.comment, 'comment', problems);
  const override = raw.overrideFailedGate ?? false;
  if (typeof override !== 'boolean') problems.push('overrideFailedGate must be true or false');
  if (override === true && comment === null)
    problems.push(
      'overriding a failed gate needs a comment giving the reason; it is recorded with the approval',
    );
  if (problems.length > 0) throw invalidRequest('approval', problems);
  return {
    targetAlias,
    strategy: strategy as RolloutStrategyChoice,
    comment,
    overrideFailedGate: override === true,
  };
}

export function parseRejectPromotion(body: unknown): RejectPromotionDto {
  const { raw, problems } = objectBody(body, ['targetAlias', 'reason']);
  const targetAlias = aliasField(raw.targetAlias, problems);
  const reason = optionalText(raw.reason, 'reason', problems);
  if (reason === null && raw.reason === undefined)
    problems.push('reason is required: say why the version is rejected');
  if (problems.length > 0) throw invalidRequest('rejection', problems);
  return { targetAlias, reason: reason ?? '' };
}

function objectBody(body: unknown, known: string[]) {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw invalidRequest('decision', ['the body must be a JSON object']);
  const raw = body as Record<string, unknown>;
  const problems = Object.keys(raw)
    .filter((key) => !known.includes(key))
    .map((key) => `unknown field '${key}' (known: ${known.join(', ')})`);
  return { raw, problems };
}

function aliasField(value: unknown, problems: string[]): string {
  if (value === undefined) return PRODUCTION_ALIAS;
  if (typeof value === 'string' && isValidAliasName(value)) return value;
  problems.push("targetAlias must be an alias name (lowercase letters, digits, '-')");
  return PRODUCTION_ALIAS;
}

function optionalText(value: unknown, field: string, problems: string[]): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  problems.push(`${field} must be a non-empty string`);
  return null;
}
