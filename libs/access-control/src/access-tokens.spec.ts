import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { ACCESS_TOKENS_FORMAT, AccessTokens, tokenSha256 } from './access-tokens';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

function validFile() {
  return {
    format: ACCESS_TOKENS_FORMAT,
    principals: [
      { name: 'ops@example.com', roles: ['operator'], tokenSha256: [hashOf('a'), hashOf('b')] },
      { name: 'reviewer', roles: ['approver', 'approver'], tokenSha256: [hashOf('c')] },
    ],
  };
}

/** The problems a refused file is reported with; fails when the file is accepted. */
function problemsOf(input: unknown): string[] {
  try {
    AccessTokens.parse(input, '/etc/loopline/tokens.json');
  } catch (error) {
    assert.ok(error instanceof PlatformError);
    assert.equal(error.code, 'AUTH.INVALID_TOKEN_FILE');
    assert.equal(error.details.source, '/etc/loopline/tokens.json');
    assert.match(error.message, /\/etc\/loopline\/tokens\.json/);
    return error.details.problems as string[];
  }
  assert.fail('expected the token file to be refused');
}

describe('tokenSha256', () => {
  it('is the lowercase hex sha256 of the token as UTF-8', () => {
    assert.equal(
      tokenSha256('abc'),
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    assert.equal(tokenSha256('é'), hashOf('é'));
  });
});

describe('AccessTokens.parse', () => {
  it('maps each token of a valid file to its principal, roles without repeats', () => {
    const tokens = AccessTokens.parse(validFile(), 'tokens.json');
    assert.deepEqual(tokens.principalFor('a'), { name: 'ops@example.com', roles: ['operator'] });
    assert.equal(tokens.principalFor('b'), tokens.principalFor('a'));
    assert.deepEqual(tokens.principalFor('c'), { name: 'reviewer', roles: ['approver'] });
    assert.equal(tokens.principalFor('d'), undefined);
    assert.equal(tokens.principalFor(hashOf('a')), undefined, 'the hash itself is no token');
    assert.equal(tokens.size, 2, 'principals, not tokens');
  });

  it('knows nobody when built empty', () => {
    assert.equal(AccessTokens.none().size, 0);
    assert.equal(AccessTokens.none().principalFor('a'), undefined);
  });

  it('refuses a file that is not an object', () => {
    assert.deepEqual(problemsOf(null), ['(root): must be an object']);
    assert.deepEqual(problemsOf([validFile()]), ['(root): must be an object']);
  });

  it('names a wrong format and a missing principals list', () => {
    assert.deepEqual(problemsOf({ format: 'loopline.access-tokens/v0' }), [
      `format: must be "${ACCESS_TOKENS_FORMAT}"`,
      'principals: must be an array',
    ]);
  });

  it('names missing and unknown roles by their path', () => {
    const file = validFile();
    file.principals[0].roles = [];
    file.principals[1].roles = ['approver', 'superuser'];
    assert.deepEqual(problemsOf(file), [
      'principals[0].roles: must be a non-empty list of viewer, operator, approver, admin',
      'principals[1].roles[1]: "superuser" is not one of viewer, operator, approver, admin',
    ]);
    const { roles: _, ...withoutRoles } = validFile().principals[0];
    assert.deepEqual(problemsOf({ ...validFile(), principals: [withoutRoles] }), [
      'principals[0].roles: must be a non-empty list of viewer, operator, approver, admin',
    ]);
  });

  it('names a bad hash by its path, including a token written where its hash belongs', () => {
    const file = validFile();
    file.principals[0].tokenSha256 = [hashOf('a'), 'not-a-token-hash', hashOf('b').toUpperCase()];
    file.principals[1].tokenSha256 = [];
    assert.deepEqual(problemsOf(file), [
      'principals[0].tokenSha256[1]: must be 64 lowercase hex digits',
      'principals[0].tokenSha256[2]: must be 64 lowercase hex digits',
      'principals[1].tokenSha256: must be a non-empty list of hex sha256 digests',
    ]);
  });

  it('refuses a hash held twice, naming who holds it first', () => {
    const file = validFile();
    file.principals[1].tokenSha256 = [hashOf('c'), hashOf('b')];
    assert.deepEqual(problemsOf(file), [
      'principals[1].tokenSha256[1]: already held by ops@example.com',
    ]);
  });

  it('refuses a duplicate or malformed name', () => {
    const file = validFile();
    file.principals[1].name = 'ops@example.com';
    assert.deepEqual(problemsOf(file), ['principals[1].name: "ops@example.com" appears twice']);
    file.principals[1].name = '-starts-with-a-dash';
    assert.deepEqual(problemsOf(file), [
      'principals[1].name: must be 1-128 letters, digits, . _ @ - (starting alphanumeric)',
    ]);
  });

  it('reports every problem of a file at once', () => {
    const problems = problemsOf({
      format: ACCESS_TOKENS_FORMAT,
      principals: [null, { name: 'x', roles: ['root'], tokenSha256: ['zz'] }],
    });
    assert.deepEqual(problems, [
      'principals[0].name: must be 1-128 letters, digits, . _ @ - (starting alphanumeric)',
      'principals[0].roles: must be a non-empty list of viewer, operator, approver, admin',
      'principals[0].tokenSha256: must be a non-empty list of hex sha256 digests',
      'principals[1].roles[0]: "root" is not one of viewer, operator, approver, admin',
      'principals[1].tokenSha256[0]: must be 64 lowercase hex digits',
    ]);
  });
});
