#!/usr/bin/env node
/**
 * Checks every schema in schemas/ against its newest released version under schemas/released/:
 * both backward and forward compatibility are required, because producers and consumers upgrade
 * independently. Prints one line per event and every problem; exits 1 when any event breaks.
 *
 * Usage (after `npx tsc -b libs/contracts`): node libs/contracts/tools/check-compatibility.mjs
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'index.js');
if (!existsSync(DIST)) {
  console.error(
    'check-compatibility: libs/contracts is not built; run `npx tsc -b libs/contracts` first.',
  );
  process.exit(1);
}
const { EVENT_NAMES, EVENT_CATALOG, RELEASED_SCHEMAS, checkCompatibility } = createRequire(
  import.meta.url,
)(DIST);

// RELEASED_SCHEMAS is ordered oldest release first, so the last match is the newest.
const newestRelease = (name) =>
  RELEASED_SCHEMAS.filter((released) => released.name === name).at(-1);

let broken = 0;
for (const name of EVENT_NAMES) {
  const released = newestRelease(name);
  if (!released) {
    console.log(`${name}: new, no released version yet (release it under schemas/released/)`);
    continue;
  }
  const report = checkCompatibility(released.schema, EVENT_CATALOG[name].schema);
  const ok = report.backward && report.forward;
  if (!ok) broken += 1;
  console.log(`${name}: ${ok ? 'compatible' : 'INCOMPATIBLE'} with ${released.release}`);
  for (const problem of report.problems) console.log(`  - ${problem}`);
}
if (broken) {
  console.error(`${broken} schema(s) break compatibility with their released version.`);
  process.exit(1);
}
