import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { ESLint } from 'eslint';
import { REPO_ROOT } from '../service-process';

const RULE = '@nx/enforce-module-boundaries';

async function boundaryErrors(file: string, source: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: REPO_ROOT });
  const [result] = await eslint.lintText(source, { filePath: join(REPO_ROOT, file) });
  return result.messages
    .filter((message) => message.ruleId === RULE && message.severity === 2)
    .map((m) => m.message);
}

/** The layer rule is enforced by the linter as an error, not left to review. */
describe('Nx module boundaries', { timeout: 120_000 }, () => {
  before(() => {
    // The rule reads Nx's project graph; compute it without a daemon.
    const graph = spawnSync('npx', ['nx', 'show', 'projects'], {
      cwd: REPO_ROOT,
      env: { ...process.env, NX_DAEMON: 'false' },
      encoding: 'utf8',
    });
    assert.equal(graph.status, 0, graph.stderr);
  });

  it('fails a service that imports another service', async () => {
    const errors = await boundaryErrors(
      'services/training/src/boundary-probe.ts',
      "import { AppModule } from '@loopline/registry-service';\nexport const probe = AppModule;\n",
    );
    assert.equal(errors.length, 1);
    assert.match(errors[0], /type:service.*can only depend on libs tagged with "type:lib"/);
  });

  it('fails a library that imports a service', async () => {
    const errors = await boundaryErrors(
      'libs/messaging/src/boundary-probe.ts',
      "import { AppModule } from '@loopline/registry-service';\nexport const probe = AppModule;\n",
    );
    assert.equal(errors.length, 1);
  });

  it('lets a service import a library', async () => {
    const errors = await boundaryErrors(
      'services/training/src/boundary-probe.ts',
      "import { PlatformError } from '@loopline/errors';\nexport const probe = PlatformError;\n",
    );
    assert.deepEqual(errors, []);
  });
});
