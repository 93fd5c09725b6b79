#!/usr/bin/env node
// Which HTTP adapter the latency-bound services boot with, by measurement: one Nest app built by
// the platform's own createServiceApp (the real access guard and error filter, the probes and
// /metrics), with one guarded POST JSON route scoring a flights row, under Express and under
// Fastify; and the bare node:http ceiling. Each target runs in its own process, one after the
// other, driven by autocannon from this one. Needs `npx tsc -b libs/service-runtime` first.
//
// `fastify alone` (the same route on Fastify without Nest) shows what the Nest layer costs.
//
//   node bench/serving/adapters.mjs [--duration S] [--warmup S] [--connections N]
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fixed, measure, progress, REPO_ROOT, startServer, table } from './load.mjs';

const { values: args } = parseArgs({
  options: {
    serve: { type: 'string' },
    port: { type: 'string' },
    tokens: { type: 'string' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '64' },
  },
});

const ROW = { date: '2001-01-15T08:05:00Z', distance: 733, origin: 'ORD', destination: 'LGA' };

if (args.serve === 'fastify-alone') await serveFastifyAlone(Number(args.port));
else if (args.serve) await serve(args.serve, Number(args.port), args.tokens);
else await compare();

/** Child mode: the Nest app on one adapter, listening until SIGTERM. */
async function serve(adapter, port, tokensFile) {
  const require = createRequire(join(REPO_ROOT, 'libs/service-runtime/package.json'));
  require('reflect-metadata');
  const { Body, Controller, HttpCode, Module, Post } = require('@nestjs/common');
  const { AccessControlModule } = require('@loopline/access-control');
  const { ObservabilityModule } = require('@loopline/observability');
  const { createServiceApp } = require(join(REPO_ROOT, 'libs/service-runtime/dist/index.js'));

  // A decorated controller, written out by hand because this file is plain JavaScript.
  class ScoreController {
    score(body) {
      return { predictions: body.instances.map(scoreRow) };
    }
  }
  Controller('v1/models/bench')(ScoreController);
  const method = Object.getOwnPropertyDescriptor(ScoreController.prototype, 'score');
  Post('predict')(ScoreController.prototype, 'score', method);
  HttpCode(200)(ScoreController.prototype, 'score', method);
  Body()(ScoreController.prototype, 'score', 0);
  class BenchModule {}
  Module({
    imports: [
      AccessControlModule.forRoot({ tokensFile, openReadsOnLoopback: false }),
      ObservabilityModule.forRoot({ serviceName: 'adapter-bench' }),
    ],
    controllers: [ScoreController],
  })(BenchModule);

  const app = await createServiceApp(BenchModule, { httpAdapter: adapter, logger: false });
  app.enableShutdownHooks(['SIGTERM']);
  await app.listen(port, '127.0.0.1');
}

/** Fastify with the same route and no Nest, guard or filter: what the framework layer costs. */
async function serveFastifyAlone(port) {
  const require = createRequire(join(REPO_ROOT, 'libs/service-runtime/package.json'));
  const fastify = require('fastify')({ bodyLimit: 4 * 1024 * 1024 });
  fastify.post('/v1/models/bench/predict', async (request) => ({
    predictions: request.body.instances.map(scoreRow),
  }));
  await fastify.listen({ port, host: '127.0.0.1' });
  process.once('SIGTERM', () => void fastify.close());
}

/** A few arithmetic steps per row, so the route does work without measuring a model. */
function scoreRow(row) {
  const hour = new Date(row.date).getUTCHours();
  const z = 0.0004 * row.distance + 0.08 * Math.sin((2 * Math.PI * hour) / 24) - 1.3;
  const probability = 1 / (1 + Math.exp(-z));
  return { probability, label: probability > 0.5 };
}

async function compare() {
  const durationSeconds = Number(args.duration);
  const warmupSeconds = Number(args.warmup);
  const connections = Number(args.connections);
  const directory = mkdtempSync(join(tmpdir(), 'adapter-bench-'));
  const token = randomBytes(24).toString('hex');
  const tokensFile = join(directory, 'tokens.json');
  const require = createRequire(join(REPO_ROOT, 'libs/access-control/package.json'));
  const { ACCESS_TOKENS_FORMAT, tokenSha256 } = require('@loopline/access-control');
  writeFileSync(
    tokensFile,
    JSON.stringify({
      format: ACCESS_TOKENS_FORMAT,
      principals: [{ name: 'bench', roles: ['operator'], tokenSha256: [tokenSha256(token)] }],
    }),
  );
  const self = fileURLToPath(import.meta.url);
  const targets = [
    {
      name: 'bare node:http',
      port: 3091,
      args: [join(REPO_ROOT, 'bench/serving/bare-server.mjs')],
    },
    { name: 'nest + express', port: 3092, args: [self, '--serve', 'express'] },
    { name: 'nest + fastify', port: 3093, args: [self, '--serve', 'fastify'] },
    { name: 'fastify alone', port: 3094, args: [self, '--serve', 'fastify-alone'] },
  ];
  const body = JSON.stringify({ instances: [ROW] });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const results = [];
  try {
    for (const target of targets) {
      const url = `http://127.0.0.1:${target.port}/v1/models/bench/predict`;
      const childArgs = [...target.args, '--port', String(target.port), '--tokens', tokensFile];
      const server = await startServer(target.name, process.execPath, childArgs, url);
      try {
        const check = await fetch(url, { method: 'POST', headers, body });
        const answer = await check.text();
        if (check.status !== 200)
          throw new Error(`${target.name} answered ${check.status}: ${answer}`);
        progress(
          `${target.name}: ${warmupSeconds} s warm-up, ${durationSeconds} s at ${connections} connections`,
        );
        results.push({
          name: target.name,
          ...(await measure({ url, headers, body, connections, warmupSeconds, durationSeconds })),
        });
      } finally {
        await server.stop();
      }
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  const bare = results[0].requestsPerSecond;
  console.log(
    table(
      ['target', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'vs bare'],
      results.map((r) => [
        r.name,
        r.requestsPerSecond.toFixed(0),
        fixed(r.p50Ms, 2),
        fixed(r.p99Ms, 2),
        r.errors,
        r.non2xx,
        (r.requestsPerSecond / bare).toFixed(2),
      ]),
    ),
  );
}
