import type { ModelStage } from './model-stage';

/** Aliases the registry gives a meaning; any other valid name is a custom pointer. */
export const CANDIDATE_ALIAS = 'candidate';
export const STAGING_ALIAS = 'staging';
export const PRODUCTION_ALIAS = 'production';

const ALIAS_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Lowercase letters, digits and '-', 1–63 characters, starting with a letter or digit. */
export function isValidAliasName(alias: string): boolean {
  return ALIAS_NAME.test(alias);
}

/**
 * True for the aliases deployment owns: they say what serves, so they move only when a rollout
 * completes (or is rolled back), never by a PUT or at approval time.
 */
export function followsDeployment(alias: string): boolean {
  return alias === PRODUCTION_ALIAS;
}

/** The stage a version takes when this alias moves to it; null when the alias moves no stage. */
export function stageOfAlias(alias: string): ModelStage | null {
  if (alias === STAGING_ALIAS) return 'staging';
  if (alias === PRODUCTION_ALIAS) return 'production';
  return null;
}
