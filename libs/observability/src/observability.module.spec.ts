import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import {
  Controller,
  Get,
  INestApplication,
  Injectable,
  Module,
  OnModuleInit,
} from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { PlatformErrorFilter } from './errors/platform-error.filter';
import { ObservabilityModule } from './observability.module';
import { ReadinessRegistry } from './readiness/readiness.registry';

let storeUp = true;

@Injectable()
class FakeStoreIndicator implements OnModuleInit {
  constructor(private readonly readiness: ReadinessRegistry) {}
  onModuleInit(): void {
    this.readiness.register({
      name: 'object-store',
      check: async () => {
        if (!storeUp)
          throw new PlatformError('ARTIFACTS.UNAVAILABLE', 'down', { kind: ErrorKind.Unavailable });
      },
    });
  }
}

@Controller('boom')
class BoomController {
  @Get()
  boom(): never {
    throw new PlatformError('TEST.CONFLICT', 'already there', { kind: ErrorKind.Conflict });
  }
}

// A feature module that registers an indicator without importing ObservabilityModule: it is global.
@Module({ providers: [FakeStoreIndicator], controllers: [BoomController] })
class FeatureModule {}

@Module({ imports: [ObservabilityModule.forRoot({ serviceName: 'spec-service' }), FeatureModule] })
class AppModule {}

describe('ObservabilityModule over HTTP', () => {
  let app: INestApplication;
  let base: string;

  before(async () => {
    app = await NestFactory.create(AppModule, { logger: false });
    app.useGlobalFilters(new PlatformErrorFilter(app.get(HttpAdapterHost)));
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });

  after(async () => {
    await app.close();
  });

  it('GET /health answers liveness with the service name', async () => {
    const response = await fetch(`${base}/health`);
    assert.equal(response.status, 200);
    const body = (await response.json()) as Record<string, unknown>;
    assert.equal(body['status'], 'ok');
    assert.equal(body['service'], 'spec-service');
    assert.equal(typeof body['uptimeSeconds'], 'number');
  });

  it('GET /ready is 200 when checks pass and 503 with the report when one fails', async () => {
    storeUp = true;
    const up = await fetch(`${base}/ready`);
    assert.equal(up.status, 200);
    assert.deepEqual(await up.json(), {
      ready: true,
      checks: [{ name: 'object-store', ok: true }],
    });
    storeUp = false;
    const down = await fetch(`${base}/ready`);
    assert.equal(down.status, 503);
    assert.deepEqual(await down.json(), {
      ready: false,
      checks: [{ name: 'object-store', ok: false, error: 'ARTIFACTS.UNAVAILABLE: down' }],
    });
  });

  it('GET /metrics serves the Prometheus text format', async () => {
    const response = await fetch(`${base}/metrics`);
    assert.equal(response.status, 200);
    // Express may reorder media-type parameters; their order carries no meaning.
    const contentType = response.headers.get('content-type') ?? '';
    assert.match(contentType, /^text\/plain;/);
    assert.match(contentType, /version=0\.0\.4/);
    assert.match(await response.text(), /nodejs_heap_size_used_bytes\{service="spec-service"\}/);
  });

  it('renders PlatformErrors and unknown routes through the filter', async () => {
    const conflict = await fetch(`${base}/boom`);
    assert.equal(conflict.status, 409);
    assert.deepEqual(await conflict.json(), {
      code: 'TEST.CONFLICT',
      message: 'already there',
      retriable: false,
      details: {},
    });
    const missing = await fetch(`${base}/nope`);
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { code: string }).code, 'HTTP.NOT_FOUND');
  });
});
