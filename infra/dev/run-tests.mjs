// Runs every compiled spec (*.spec.js: pure, *.int-spec.js: against the local stack) with Node's
// test runner, then prints one summary line for CI: "N passed, N failed, N skipped".
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const SPEC = /\.(int-)?spec\.js$/;

function findSpecs(dir, inDist = false) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findSpecs(path, inDist || entry.name === 'dist'));
    else if (inDist && SPEC.test(entry.name)) found.push(path);
  }
  return found;
}

const filter = process.argv[2];
const specs = ['libs', 'services', 'bench']
  .flatMap((top) => {
    try {
      return findSpecs(join(root, top));
    } catch {
      return [];
    }
  })
  .filter((path) => !filter || path.includes(filter))
  .sort();
if (specs.length === 0) {
  console.error('no test files found: run the build first (npx tsc -b tsconfig.json)');
  process.exit(1);
}
console.log(`running ${specs.length} test files`);
// The spec reporter's closing summary ("ℹ pass N", ...) is read from its output as it streams
// by. No --test-force-exit: on Node 20 it can end a test file's process before the file's last
// reports reach the runner, and those tests then count nowhere (neither passed nor failed).
const child = spawn(
  process.execPath,
  [
    '--test',
    '--test-concurrency=4',
    '--test-reporter=spec',
    ...specs.map((path) => relative(root, path)),
  ],
  { cwd: root, stdio: ['inherit', 'pipe', 'inherit'] },
);
// A test that fails half-way can leave a client open and its file never end: the whole run has a
// deadline instead, after which it is stopped and counted as failed.
const deadlineMinutes = Number(process.env.TEST_RUN_DEADLINE_MINUTES ?? 60);
let overran = false;
const deadline = setTimeout(() => {
  overran = true;
  console.error(
    `the tests ran past ${deadlineMinutes} minutes (a test file that never ends, e.g. an open client); stopping them`,
  );
  child.kill('SIGKILL');
}, deadlineMinutes * 60_000);
// The summary lines are picked out as they stream by: a failure's report, printed after them,
// can be long enough to push them out of any fixed-size tail.
const summary = {};
let partial = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  const lines = (partial + chunk.toString()).split('\n');
  partial = lines.pop() ?? '';
  for (const line of lines) {
    const match = line.match(/^ℹ (pass|fail|cancelled|skipped|todo) (\d+)$/);
    if (match) summary[match[1]] = Number(match[2]);
  }
});
const [status] = await once(child, 'close');
clearTimeout(deadline);
const count = (name) => summary[name] ?? 0;
const passed = count('pass');
const failed = count('fail') + count('cancelled') + (overran ? 1 : 0);
const skipped = count('skipped') + count('todo');
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
if (passed + failed === 0) console.error('the test runner reported no result: treat as failed');
process.exit(status === 0 && failed === 0 && passed > 0 ? 0 : 1);
