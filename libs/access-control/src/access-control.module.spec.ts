import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { loadAccessTokens } from './access-control.module';
import { ACCESS_TOKENS_FORMAT, tokenSha256 } from './access-tokens';

const directory = mkdtempSync(join(tmpdir(), 'access-control-spec-'));

function fileWith(name: string, text: string): string {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
}

function refusal(path: string): PlatformError {
  try {
    loadAccessTokens(path);
  } catch (error) {
    assert.ok(error instanceof PlatformError);
    assert.equal(error.code, 'AUTH.INVALID_TOKEN_FILE');
    return error;
  }
  assert.fail(`expected ${path} to be refused`);
}

describe('loadAccessTokens', () => {
  it('configures nobody without a path', () => {
    assert.equal(loadAccessTokens(undefined).size, 0);
  });

  it('reads the principals of a valid file', () => {
    const path = fileWith(
      'valid.json',
      JSON.stringify({
        format: ACCESS_TOKENS_FORMAT,
        principals: [{ name: 'ops', roles: ['operator'], tokenSha256: [tokenSha256('t')] }],
      }),
    );
    assert.deepEqual(loadAccessTokens(path).principalFor('t'), {
      name: 'ops',
      roles: ['operator'],
    });
  });

  it('refuses a missing file, saying how to make one', () => {
    const error = refusal(join(directory, 'missing.json'));
    assert.match(error.message, /missing\.json/);
    assert.match(error.message, /AUTH_TOKENS_FILE/);
    assert.match(error.message, /infra\/auth\.sh/);
  });

  it('refuses a file that is not JSON, or not a token file', () => {
    assert.match(refusal(fileWith('broken.json', '{"format":')).message, /is not JSON/);
    assert.deepEqual(refusal(fileWith('empty.json', '{}')).details.problems, [
      `format: must be "${ACCESS_TOKENS_FORMAT}"`,
      'principals: must be an array',
    ]);
  });
});
