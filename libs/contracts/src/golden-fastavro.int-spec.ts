import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { allContracts } from './catalog/event-contracts';
import { toAvroType } from './catalog/avro-type.factory';
import { parsingCanonicalForm } from './fingerprint/parsing-canonical-form';
import { schemaFingerprint } from './fingerprint/schema-fingerprint';
import { packageRoot, readSchemaFiles, repoRoot } from './spec-support/contracts-fixtures';

/** What tools/cross-check-fastavro.py --json prints. */
interface CrossCheckReport {
  events: {
    name: string;
    fingerprint: string;
    canonicalForm: string;
    status: 'match' | 'differ' | 'missing';
    expected?: string;
    actual?: string;
    problem?: string;
  }[];
  primitives: { schema: unknown; fingerprint: string }[];
  checked: number;
  matching: number;
}

const SCRIPT = join(packageRoot(), 'tools', 'cross-check-fastavro.py');

/** The interpreter of the test-only environment that infra/dev/python-test-env.sh creates. */
function testPython(): string {
  const localDir = process.env['LOOPLINE_LOCAL_DIR'] ?? join(repoRoot(), '.local');
  const python = join(localDir, 'python-test-env', 'bin', 'python');
  if (!existsSync(python)) {
    assert.fail(
      `The Python test environment is missing (${python}). Create it with ` +
        '`bash infra/dev/python-test-env.sh` (infra/dev/test.sh does this before the tests).',
    );
  }
  return python;
}

function crossCheck(...args: string[]): { status: number | null; report: CrossCheckReport } {
  const run = spawnSync(testPython(), [SCRIPT, '--json', ...args], {
    cwd: repoRoot(),
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(run.error, undefined, `could not run ${SCRIPT}: ${String(run.error)}`);
  assert.notEqual(run.status, 2, `the cross-check could not run: ${run.stderr}`);
  return { status: run.status, report: JSON.parse(run.stdout) as CrossCheckReport };
}

describe('fastavro cross-check of fingerprints and golden bytes', { timeout: 120_000 }, () => {
  it('agrees with fastavro on every event', () => {
    const { status, report } = crossCheck();
    const differing = report.events.filter((event) => event.status !== 'match');
    assert.deepEqual(
      differing.map(({ name, status, problem }) => ({ name, status, problem })),
      [],
      'every event matches fastavro',
    );
    assert.equal(status, 0);

    // Every contract is checked, and fastavro's canonical form and fingerprint are ours.
    const names = allContracts()
      .map((contract) => contract.name)
      .sort();
    assert.deepEqual(
      report.events.map((event) => event.name),
      names,
    );
    assert.deepEqual(names, [...readSchemaFiles().keys()]);
    for (const contract of allContracts()) {
      const event = report.events.find((candidate) => candidate.name === contract.name)!;
      assert.equal(event.canonicalForm, parsingCanonicalForm(contract.type), contract.name);
      assert.equal(event.fingerprint, contract.fingerprintHex, contract.name);
    }
    for (const { schema, fingerprint } of report.primitives) {
      assert.equal(
        schemaFingerprint(toAvroType(schema as object)).toString('hex'),
        fingerprint,
        JSON.stringify(schema),
      );
    }
    assert.equal(report.matching, report.checked);
  });

  it('fails, naming the event, when golden bytes differ or a fixture is missing', () => {
    const fixtures = mkdtempSync(join(tmpdir(), 'loopline-fixtures-'));
    try {
      cpSync(join(packageRoot(), 'fixtures'), fixtures, { recursive: true });
      const [changed, removed] = allContracts().map((contract) => contract.name);
      const golden = join(fixtures, 'golden', `${changed}.hex`);
      const bytes = readFileSync(golden, 'utf8').replace(/\s+/g, '');
      // Flip the last byte of the body: the fingerprint still matches, the bytes do not.
      const last = (parseInt(bytes.slice(-2), 16) ^ 0xff).toString(16).padStart(2, '0');
      writeFileSync(golden, bytes.slice(0, -2) + last);
      rmSync(join(fixtures, 'samples', `${removed}.json`));

      const { status, report } = crossCheck('--fixtures', fixtures);
      assert.equal(status, 1);
      const byName = new Map(report.events.map((event) => [event.name, event]));
      assert.equal(byName.get(changed!)?.status, 'differ');
      assert.equal(byName.get(changed!)?.actual?.slice(0, -2), bytes.slice(0, -2));
      assert.equal(byName.get(removed!)?.status, 'missing');
      assert.equal(report.matching, report.checked - 2);
    } finally {
      rmSync(fixtures, { recursive: true, force: true });
    }
  });
});
