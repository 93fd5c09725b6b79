import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, testStackConfig } from '@loopline/testing';
import { localPlatformConfig } from './config/main-job.config';
import { LocalServiceControl } from './kill/local-service-control';
import { Progress } from './progress';
import { runMainJob } from './run-main-job';
import type { CallerRole } from './target';

const USAGE = `usage: node libs/main-job/dist/cli.js [--kill] [--sample-every N]
  --kill            SIGKILL each of the seven services in turn during the replay and prove
                    that nothing was lost or done twice
  --sample-every N  replay one flight in N (default 10)`;

function parseArgs(argv: string[]): { kill: boolean; sampleEvery: number } {
  const parsed = { kill: false, sampleEvery: 10 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--kill') parsed.kill = true;
    else if (argv[i] === '--sample-every' && /^[1-9]\d*$/.test(argv[i + 1] ?? ''))
      parsed.sampleEvery = Number(argv[++i]);
    else {
      console.error(`unknown or incomplete argument '${argv[i]}'\n${USAGE}`);
      process.exit(2);
    }
  }
  return parsed;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const local = localPlatformConfig();
  // Read once: every predict request carries one, and the replay sends hundreds a second.
  const principals: Record<CallerRole, string> = {
    viewer: 'local-viewer',
    operator: 'local-operator',
    approver: 'local-approver',
  };
  const authorization = Object.fromEntries(
    Object.entries(principals).map(([role, principal]) => [
      role,
      `Bearer ${readFileSync(join(local.localDir, 'auth', `${principal}.token`), 'utf8').trim()}`,
    ]),
  ) as Record<CallerRole, string>;
  const summary = await runMainJob(
    {
      urls: local.urls,
      authorization: (role) => authorization[role],
      stack: testStackConfig(),
      topicPrefix: local.topicPrefix,
      control: new LocalServiceControl(local.localDir),
    },
    {
      workDir: join(local.localDir, 'demo'),
      reportDir: join(REPO_ROOT, 'reports'),
      flights: {
        januaryDays: 31,
        months: [2, 3, 4, 5, 6],
        sampleEvery: args.sampleEvery,
        exportEvery: 1,
      },
      flightsTraffic: { rowsPerRequest: 4, requestsPerSecond: 500, concurrency: 16 },
      seattleTraffic: { rowsPerRequest: 1, requestsPerSecond: 20, concurrency: 2 },
      labelLagDays: 1,
      labelEveryDays: 2,
      kill: args.kill,
      loopTimeoutMs: 5 * 60_000,
      progress: new Progress(),
    },
  );
  const loop = summary.loop.closed
    ? `closed in ${summary.loop.loopSeconds.toFixed(1)} s (target ${summary.loop.targetSeconds} s: ${summary.loop.met ? 'met' : 'missed'})`
    : 'NOT closed';
  console.log(
    `\nloop: ${loop}; reliability: ${summary.reliability.passed ? 'nothing lost, nothing done twice' : 'FAILED'}`,
  );
  console.log(`summary: reports/demo-summary.json and reports/demo-summary.md`);
  if (!summary.loop.closed || !summary.reliability.passed) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
