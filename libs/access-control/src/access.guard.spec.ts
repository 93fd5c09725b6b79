import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { PlatformError } from '@loopline/errors';
import { OpenEndpoint, PRINCIPAL_PROPERTY, RequiresRole } from './access-decorators';
import { AccessGuard } from './access.guard';
import { ACCESS_TOKENS_FORMAT, AccessTokens, tokenSha256 } from './access-tokens';
import { ROLES } from './roles';

const tokenOf = (role: string) => `${role}-secret`;
const TOKENS = AccessTokens.parse(
  {
    format: ACCESS_TOKENS_FORMAT,
    principals: ROLES.map((role) => ({
      name: `the-${role}`,
      roles: [role],
      tokenSha256: [tokenSha256(tokenOf(role))],
    })),
  },
  'spec',
);

/** Routes as a service declares them; the guard reads only their metadata. */
class RoutesController {
  plain(): void {}
  @RequiresRole('approver')
  approve(): void {}
  @OpenEndpoint()
  health(): void {}
}

@OpenEndpoint()
class OpenController {
  anything(): void {}
}

interface Call {
  method?: string;
  role?: string;
  authorization?: string;
  from?: string;
  route?: keyof RoutesController;
  controller?: typeof RoutesController | typeof OpenController;
  type?: 'http' | 'rpc';
}

function guard(tokens = TOKENS, openReadsOnLoopback = true): AccessGuard {
  return new AccessGuard(new Reflector(), { tokens, openReadsOnLoopback });
}

/** Runs the guard on a hand-built request; returns the request so tests see what it left. */
function decide(call: Call, subject = guard()): Record<string, unknown> {
  const authorization =
    call.authorization ?? (call.role === undefined ? undefined : `Bearer ${tokenOf(call.role)}`);
  const request: Record<string, unknown> = {
    method: call.method ?? 'POST',
    headers: authorization === undefined ? {} : { authorization },
    socket: { remoteAddress: call.from ?? '127.0.0.1' },
  };
  const controller = call.controller ?? RoutesController;
  const handler =
    controller === OpenController
      ? OpenController.prototype.anything
      : RoutesController.prototype[call.route ?? 'plain'];
  const context = new ExecutionContextHost([request, {}, () => undefined], controller, handler);
  context.setType(call.type ?? 'http');
  assert.equal(subject.canActivate(context), true);
  return request;
}

function refusal(call: Call, subject = guard()): PlatformError {
  try {
    decide(call, subject);
  } catch (error) {
    assert.ok(error instanceof PlatformError);
    return error;
  }
  assert.fail(`expected ${JSON.stringify(call)} to be refused`);
}

describe('AccessGuard', () => {
  it('answers 401 without a token, saying how to send one', () => {
    const error = refusal({ method: 'POST' });
    assert.equal(error.code, 'AUTH.MISSING_TOKEN');
    assert.equal(error.httpStatus, 401);
    assert.match(error.message, /Authorization: Bearer <token>/);
    assert.match(error.message, /operator/);
    assert.doesNotMatch(error.message, /AUTH_TOKENS_FILE/);
    assert.deepEqual(error.details, { required: 'operator' });
  });

  it('says how to configure principals when the service has none', () => {
    const error = refusal({ method: 'PUT' }, guard(AccessTokens.none()));
    assert.equal(error.code, 'AUTH.MISSING_TOKEN');
    assert.match(error.message, /AUTH_TOKENS_FILE/);
    assert.match(error.message, /infra\/auth\.sh/);
  });

  it('treats a header that is not a bearer token as no token', () => {
    const error = refusal({ authorization: `Basic ${tokenOf('admin')}` });
    assert.equal(error.code, 'AUTH.MISSING_TOKEN');
  });

  it('answers 401 to a token nobody holds, without echoing it', () => {
    const error = refusal({ authorization: 'Bearer not-a-known-token' });
    assert.equal(error.code, 'AUTH.UNKNOWN_TOKEN');
    assert.equal(error.httpStatus, 401);
    assert.doesNotMatch(JSON.stringify(error.toJSON()), /not-a-known-token/);
  });

  it('answers 403 when the principal lacks the role, naming principal, roles and role needed', () => {
    const error = refusal({ method: 'DELETE', role: 'viewer' });
    assert.equal(error.code, 'AUTH.MISSING_ROLE');
    assert.equal(error.httpStatus, 403);
    assert.deepEqual(error.details, {
      principal: 'the-viewer',
      roles: ['viewer'],
      required: 'operator',
    });
  });

  it('lets a principal with the role act, and leaves it on the request', () => {
    for (const role of ['operator', 'admin']) {
      const request = decide({ method: 'PATCH', role });
      assert.deepEqual(request[PRINCIPAL_PROPERTY], { name: `the-${role}`, roles: [role] });
    }
    assert.ok(decide({ role: 'operator', authorization: `bearer  ${tokenOf('operator')} ` }));
  });

  it('opens reads from loopback without a token', () => {
    for (const from of ['127.0.0.1', '::1', '::ffff:127.0.0.1'])
      for (const method of ['GET', 'HEAD', 'get'])
        assert.equal(decide({ method, from })[PRINCIPAL_PROPERTY], undefined);
  });

  it('still checks a token sent with an open read', () => {
    assert.equal(
      refusal({ method: 'GET', authorization: 'Bearer nobody' }).code,
      'AUTH.UNKNOWN_TOKEN',
    );
    const request = decide({ method: 'GET', role: 'viewer' });
    assert.equal((request[PRINCIPAL_PROPERTY] as { name: string }).name, 'the-viewer');
  });

  it('needs viewer for a read from another address, or with open reads off', () => {
    const remote = refusal({ method: 'GET', from: '10.1.2.3' });
    assert.equal(remote.code, 'AUTH.MISSING_TOKEN');
    assert.deepEqual(remote.details, { required: 'viewer' });
    assert.equal(refusal({ method: 'GET' }, guard(TOKENS, false)).code, 'AUTH.MISSING_TOKEN');
    assert.ok(decide({ method: 'GET', from: '10.1.2.3', role: 'viewer' }));
  });

  it('never opens a write from loopback', () => {
    assert.equal(refusal({ method: 'POST', from: '127.0.0.1' }).code, 'AUTH.MISSING_TOKEN');
  });

  it('honours @RequiresRole: approver, and whoever includes it, may; operator may not', () => {
    const error = refusal({ route: 'approve', role: 'operator' });
    assert.equal(error.code, 'AUTH.MISSING_ROLE');
    assert.equal(error.details.required, 'approver');
    assert.ok(decide({ route: 'approve', role: 'approver' }));
    assert.ok(decide({ route: 'approve', role: 'admin' }));
  });

  it('does not open a read of a route that declares its role', () => {
    const error = refusal({ route: 'approve', method: 'GET' });
    assert.equal(error.code, 'AUTH.MISSING_TOKEN');
    assert.deepEqual(error.details, { required: 'approver' });
  });

  it('honours @OpenEndpoint on a route or a controller, from anywhere, with no principals', () => {
    const none = guard(AccessTokens.none(), false);
    assert.ok(decide({ route: 'health', method: 'POST', from: '10.1.2.3' }, none));
    assert.ok(decide({ controller: OpenController, method: 'GET', from: '10.1.2.3' }, none));
  });

  it('lets calls that are not HTTP pass', () => {
    assert.ok(decide({ type: 'rpc', method: 'POST' }, guard(AccessTokens.none(), false)));
  });
});
