import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The roles of the access-control library, one test principal holding each. */
type TestRole = 'viewer' | 'operator' | 'approver' | 'admin';

export interface TestPrincipal {
  /** The name events record as requestedBy / approvedBy. */
  name: string;
  token: string;
  /** `{ authorization: 'Bearer …' }`, to spread into request headers. */
  headers: { authorization: string };
}

function principal(role: TestRole): TestPrincipal {
  const token = `loopline-test-${role}-token`;
  return { name: `test-${role}`, token, headers: { authorization: `Bearer ${token}` } };
}

/** One principal per role, known to every service a test starts (see testAccessTokensFile). */
export const TEST_PRINCIPALS: Readonly<Record<TestRole, TestPrincipal>> = {
  viewer: principal('viewer'),
  operator: principal('operator'),
  approver: principal('approver'),
  admin: principal('admin'),
};

let written: string | undefined;

/**
 * Path of a token file listing TEST_PRINCIPALS (written once per process), which test services
 * get as AUTH_TOKENS_FILE. Tests hold fixed tokens; only the hashes are in the file, as in
 * production.
 */
export function testAccessTokensFile(): string {
  if (written !== undefined) return written;
  const directory = join(tmpdir(), 'loopline-test-auth');
  mkdirSync(directory, { recursive: true });
  const file = join(directory, `access-tokens-${process.pid}.json`);
  const principals = Object.entries(TEST_PRINCIPALS).map(([role, { name, token }]) => ({
    name,
    roles: [role],
    tokenSha256: [createHash('sha256').update(token).digest('hex')],
  }));
  writeFileSync(file, JSON.stringify({ format: 'loopline.access-tokens/v1', principals }));
  written = file;
  return file;
}
