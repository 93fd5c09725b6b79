import { strict as assert } from 'node:assert';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  type INestApplication,
  Module,
  Post,
} from '@nestjs/common';
import {
  AccessControlModule,
  CurrentPrincipal,
  type Principal,
  RequiresRole,
} from '@loopline/access-control';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { ObservabilityModule } from '@loopline/observability';
import { TEST_PRINCIPALS, testAccessTokensFile } from '@loopline/testing';
import { createServiceApp } from './create-service-app';
import { HTTP_ADAPTER_NAMES, type HttpAdapterName } from './http-adapter-name';

@Controller('spec')
class SpecController {
  @Post('items')
  @HttpCode(200)
  create(@Body() body: { name: string }, @CurrentPrincipal() principal: Principal): object {
    return { created: body.name, by: principal.name };
  }

  @Get('items')
  list(@CurrentPrincipal() principal: Principal | undefined): object {
    return { principal: principal?.name ?? null };
  }

  @Post('approvals')
  @HttpCode(200)
  @RequiresRole('approver')
  approve(@CurrentPrincipal() principal: Principal): object {
    return { approvedBy: principal.name };
  }

  @Post('invalid')
  invalid(): never {
    throw new PlatformError('SPEC.INVALID_NAME', 'name must be kebab-case; rename it and retry.', {
      kind: ErrorKind.InvalidInput,
      details: { field: 'name' },
    });
  }
}

/** The platform's HTTP-facing modules (guard, probes, metrics) around one feature controller. */
@Module({
  imports: [
    AccessControlModule.forRoot({ tokensFile: testAccessTokensFile(), openReadsOnLoopback: true }),
    ObservabilityModule.forRoot({ serviceName: 'spec-service' }),
  ],
  controllers: [SpecController],
})
class SpecModule {}

const { operator, approver } = TEST_PRINCIPALS;
const json = (headers: Record<string, string> = {}) => ({
  'content-type': 'application/json',
  ...headers,
});

/** Responses per adapter, to check both render the same bodies. */
const seen = new Map<string, Map<HttpAdapterName, unknown>>();
function remember(key: string, adapter: HttpAdapterName, body: unknown): void {
  const byAdapter = seen.get(key) ?? new Map<HttpAdapterName, unknown>();
  byAdapter.set(adapter, body);
  seen.set(key, byAdapter);
}

for (const adapter of HTTP_ADAPTER_NAMES) {
  describe(`createServiceApp on ${adapter}`, () => {
    let app: INestApplication;
    let base: string;

    async function call(
      method: string,
      path: string,
      init: { headers?: Record<string, string>; body?: string } = {},
    ): Promise<{ status: number; body: unknown; contentType: string }> {
      const response = await fetch(`${base}${path}`, { method, ...init });
      const contentType = response.headers.get('content-type') ?? '';
      const text = await response.text();
      const body: unknown = contentType.startsWith('application/json') ? JSON.parse(text) : text;
      remember(
        `${method} ${path} ${init.headers?.authorization ?? ''} ${init.body ?? ''}`,
        adapter,
        body,
      );
      return { status: response.status, body, contentType };
    }

    before(async () => {
      app = await createServiceApp(SpecModule, { httpAdapter: adapter, logger: false });
      await app.listen(0, '127.0.0.1');
      base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    });

    after(async () => {
      await app.close();
    });

    it('answers 401 without a token on a mutating route, before the handler runs', async () => {
      const response = await call('POST', '/spec/items', {
        headers: json(),
        body: JSON.stringify({ name: 'a' }),
      });
      assert.equal(response.status, 401);
      assert.equal((response.body as { code: string }).code, 'AUTH.MISSING_TOKEN');
    });

    it('answers 403 without the role and 200 with it, on a body-less JSON POST', async () => {
      const refused = await call('POST', '/spec/approvals', { headers: json(operator.headers) });
      assert.equal(refused.status, 403);
      assert.equal((refused.body as { code: string }).code, 'AUTH.MISSING_ROLE');
      const approved = await call('POST', '/spec/approvals', { headers: json(approver.headers) });
      assert.equal(approved.status, 200);
      assert.deepEqual(approved.body, { approvedBy: approver.name });
    });

    it('parses the JSON body and hands the principal to the handler', async () => {
      const response = await call('POST', '/spec/items', {
        headers: json(operator.headers),
        body: JSON.stringify({ name: 'flights' }),
      });
      assert.equal(response.status, 200);
      assert.deepEqual(response.body, { created: 'flights', by: operator.name });
    });

    it('opens reads from loopback without a token', async () => {
      const response = await call('GET', '/spec/items');
      assert.equal(response.status, 200);
      assert.deepEqual(response.body, { principal: null });
    });

    it('renders a thrown InvalidInput PlatformError as 400 in the platform shape', async () => {
      const response = await call('POST', '/spec/invalid', { headers: json(operator.headers) });
      assert.equal(response.status, 400);
      assert.match(response.contentType, /^application\/json/);
      assert.deepEqual(response.body, {
        code: 'SPEC.INVALID_NAME',
        message: 'name must be kebab-case; rename it and retry.',
        retriable: false,
        details: { field: 'name' },
      });
    });

    it('renders unknown routes and malformed JSON through the same filter', async () => {
      const missing = await call('GET', '/spec/nothing-here');
      assert.equal(missing.status, 404);
      assert.equal((missing.body as { code: string }).code, 'HTTP.NOT_FOUND');
      const malformed = await call('POST', '/spec/items', {
        headers: json(operator.headers),
        body: '{"name":',
      });
      assert.equal(malformed.status, 400);
      assert.equal((malformed.body as { code: string }).code, 'HTTP.BAD_REQUEST');
    });

    it('serves /health, /ready and Prometheus text on /metrics', async () => {
      const health = await call('GET', '/health');
      assert.equal(health.status, 200);
      assert.equal((health.body as { service: string }).service, 'spec-service');
      const ready = await call('GET', '/ready');
      assert.equal(ready.status, 200);
      assert.deepEqual(ready.body, { ready: true, checks: [] });
      const metrics = await call('GET', '/metrics');
      assert.equal(metrics.status, 200);
      assert.match(metrics.contentType, /^text\/plain;/);
      assert.match(metrics.contentType, /version=0\.0\.4/);
      assert.match(String(metrics.body), /nodejs_heap_size_used_bytes\{service="spec-service"\}/);
    });
  });
}

describe('createServiceApp on both adapters', () => {
  it('renders the same bodies for the same calls (errors included)', () => {
    let compared = 0;
    for (const [key, byAdapter] of seen) {
      if (key.startsWith('GET /health') || key.startsWith('GET /metrics')) continue; // uptime, counters
      if (key.endsWith('{"name":')) continue; // the parsers word a syntax error differently
      assert.deepEqual(byAdapter.get('fastify'), byAdapter.get('express'), key);
      compared++;
    }
    assert.ok(compared >= 6, `only ${compared} calls were compared`);
  });

  it('refuses streamedBodyPaths under fastify, saying what to change', async () => {
    await assert.rejects(
      createServiceApp(SpecModule, {
        httpAdapter: 'fastify',
        streamedBodyPaths: /^\/uploads/,
        logger: false,
      }),
      (error: unknown) =>
        error instanceof PlatformError &&
        error.code === 'SERVICE_RUNTIME.UNSUPPORTED_OPTIONS' &&
        /express/.test(error.message),
    );
  });

  for (const adapter of HTTP_ADAPTER_NAMES) {
    it(
      `closes on ${adapter} while a client holds a half-sent request`,
      { timeout: 5000 },
      async () => {
        const app = await createServiceApp(SpecModule, { httpAdapter: adapter, logger: false });
        await app.listen(0, '127.0.0.1');
        const port = Number(new URL(await app.getUrl()).port);
        const socket = connect(port, '127.0.0.1');
        await new Promise<void>((resolve) => socket.once('connect', resolve));
        socket.write('POST /spec/items HTTP/1.1\r\nHost: spec\r\n');
        const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
        socket.on('error', () => undefined);
        const started = Date.now();
        await app.close();
        await closed;
        assert.ok(Date.now() - started < 2000, `close took ${Date.now() - started} ms`);
      },
    );
  }
});
