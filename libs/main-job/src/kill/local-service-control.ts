import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { REPO_ROOT } from '@loopline/testing';
import type { ServiceControl, ServiceName } from '../target';

/** The services infra/services.sh runs: killed by their pid file, started again by the script. */
export class LocalServiceControl implements ServiceControl {
  constructor(private readonly localDir: string) {}

  async kill(service: ServiceName): Promise<void> {
    const pidFile = join(this.localDir, 'services', `${service}.pid`);
    const pid = Number((await readFile(pidFile, 'utf8')).trim());
    if (!Number.isInteger(pid) || pid <= 0) throw new Error(`${pidFile} holds no pid`);
    process.kill(pid, 'SIGKILL');
    while (alive(pid)) await delay(20);
  }

  async start(service: ServiceName): Promise<void> {
    const script = spawn('bash', [join(REPO_ROOT, 'infra', 'services.sh'), 'up', service], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const [code] = await once(script, 'exit');
    if (code !== 0) throw new Error(`infra/services.sh up ${service} exited with ${code}`);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
