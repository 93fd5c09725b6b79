import type { AccessTokens } from './access-tokens';

export const ACCESS_CONTROL_OPTIONS = Symbol('ACCESS_CONTROL_OPTIONS');

export interface AccessControlOptions {
  /** Path of the token file; undefined configures nobody, so every guarded call gets 401. */
  tokensFile: string | undefined;
  /** Reads (GET, HEAD) from loopback need no token. */
  openReadsOnLoopback: boolean;
}

export interface ResolvedAccessControlOptions {
  tokens: AccessTokens;
  openReadsOnLoopback: boolean;
}
