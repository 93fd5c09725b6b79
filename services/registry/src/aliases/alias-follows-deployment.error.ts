import type { PlatformError } from '@loopline/errors';
import { conflict, RegistryErrorCode } from '../domain/registry-error-code';

/**
 * The 409 for a PUT of an alias deployment owns: it says what serves, so it moves only when a
 * rollout completes, and the message names the way that does move it for this model.
 */
export function aliasFollowsDeployment(
  modelName: string,
  alias: string,
  version: number,
  approvalRequired: boolean,
): PlatformError {
  const start = approvalRequired
    ? `an approver approves version ${version} (POST /models/${modelName}/versions/${version}/approvals with {"targetAlias": "${alias}", "comment": "…"}) and deployment rolls it out`
    : `version ${version} rolls out when its gate passes (${modelName}'s policy needs no approval for '${alias}')`;
  return conflict(
    RegistryErrorCode.AliasFollowsDeployment,
    `'${alias}' of ${modelName} follows deployment: it moves when a rollout completes, not by a PUT. To put version ${version} there, ${start}; to go back to an earlier version, ask deployment for a rollback (RollbackRequested).`,
    { modelName, alias, version, approvalRequired },
  );
}
