export { ROLES, type Role, grants, isRole } from './roles';
export type { Principal } from './principal';
export { AccessControlErrorCode } from './access-control-error-code';
export {
  ACCESS_TOKENS_FORMAT,
  AccessTokens,
  type AccessTokensFile,
  tokenSha256,
} from './access-tokens';
export { CurrentPrincipal, OpenEndpoint, RequiresRole } from './access-decorators';
export { AccessGuard } from './access.guard';
export type { AccessControlOptions } from './access-control-options';
export { AccessControlModule, loadAccessTokens } from './access-control.module';
