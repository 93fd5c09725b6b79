import { createHash } from 'node:crypto';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { AccessControlErrorCode } from './access-control-error-code';
import type { Principal } from './principal';
import { isRole, ROLES, type Role } from './roles';

/** The value of `format` in a token file. */
export const ACCESS_TOKENS_FORMAT = 'loopline.access-tokens/v1';

/**
 * A token file: who may call, with which roles, recognised by the sha256 of their bearer tokens.
 * The file holds no token itself, so it can be read by anyone who deploys the service. A
 * principal may hold several tokens (rotation: add the new hash, hand out the token, remove
 * the old hash).
 */
export interface AccessTokensFile {
  format: typeof ACCESS_TOKENS_FORMAT;
  principals: { name: string; roles: Role[]; tokenSha256: string[] }[];
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
const PRINCIPAL_NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$/;

/** Hex sha256 of a bearer token, as a token file lists it. */
export function tokenSha256(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The principals of a token file, looked up by the hash of a presented token. */
export class AccessTokens {
  private constructor(private readonly byHash: ReadonlyMap<string, Principal>) {}

  /** No principal at all: every guarded request is refused. */
  static none(): AccessTokens {
    return new AccessTokens(new Map());
  }

  /**
   * Reads a parsed token file; a malformed one is refused with every problem and its path,
   * so a typo never quietly locks someone out or lets someone in.
   */
  static parse(input: unknown, source: string): AccessTokens {
    const problems: string[] = [];
    const byHash = new Map<string, Principal>();
    const file = input as Partial<AccessTokensFile> | null;
    if (typeof file !== 'object' || file === null || Array.isArray(file))
      problems.push('(root): must be an object');
    else {
      if (file.format !== ACCESS_TOKENS_FORMAT)
        problems.push(`format: must be "${ACCESS_TOKENS_FORMAT}"`);
      if (!Array.isArray(file.principals)) problems.push('principals: must be an array');
      else readPrincipals(file.principals, byHash, problems);
    }
    if (problems.length > 0)
      throw new PlatformError(
        AccessControlErrorCode.InvalidTokenFile,
        `The access token file ${source} is invalid: ${problems.join('; ')}. ` +
          'Fix it (infra/auth.sh writes a valid one for the local stack) and start again.',
        { kind: ErrorKind.InvalidInput, details: { source, problems } },
      );
    return new AccessTokens(byHash);
  }

  get size(): number {
    return new Set(this.byHash.values()).size;
  }

  principalFor(token: string): Principal | undefined {
    return this.byHash.get(tokenSha256(token));
  }
}

function readPrincipals(
  principals: unknown[],
  byHash: Map<string, Principal>,
  problems: string[],
): void {
  const names = new Set<string>();
  principals.forEach((entry, index) => {
    const at = `principals[${index}]`;
    const { name, roles, tokenSha256: hashes } = (entry ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || !PRINCIPAL_NAME.test(name))
      problems.push(`${at}.name: must be 1-128 letters, digits, . _ @ - (starting alphanumeric)`);
    else if (names.has(name)) problems.push(`${at}.name: "${name}" appears twice`);
    else names.add(name);
    const validRoles = Array.isArray(roles) && roles.length > 0 && roles.every(isRole);
    if (!Array.isArray(roles) || roles.length === 0)
      problems.push(`${at}.roles: must be a non-empty list of ${ROLES.join(', ')}`);
    else
      roles.forEach((role, r) => {
        if (!isRole(role))
          problems.push(
            `${at}.roles[${r}]: ${JSON.stringify(role)} is not one of ${ROLES.join(', ')}`,
          );
      });
    // One object per principal, however many tokens it holds, so `size` counts principals.
    const principal: Principal | undefined =
      typeof name === 'string' && validRoles
        ? { name, roles: [...new Set(roles as Role[])] }
        : undefined;
    if (!Array.isArray(hashes) || hashes.length === 0)
      problems.push(`${at}.tokenSha256: must be a non-empty list of hex sha256 digests`);
    else
      hashes.forEach((hash, h) => {
        if (typeof hash !== 'string' || !SHA256_HEX.test(hash))
          problems.push(`${at}.tokenSha256[${h}]: must be 64 lowercase hex digits`);
        else if (byHash.has(hash))
          problems.push(`${at}.tokenSha256[${h}]: already held by ${byHash.get(hash)!.name}`);
        else if (principal !== undefined) byHash.set(hash, principal);
      });
  });
}
