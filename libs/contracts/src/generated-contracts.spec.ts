import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from './spec-support/contracts-fixtures';

describe('generated contracts', () => {
  it('are up to date with schemas/ (generate-contracts --check)', () => {
    const result = spawnSync(
      process.execPath,
      [join(packageRoot(), 'tools', 'generate-contracts.mjs'), '--check'],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(result.status, 0, result.stderr);
  });
});
