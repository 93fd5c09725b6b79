#!/usr/bin/env node
/**
 * Golden wire bytes: fixtures/golden/<Event>.hex is the single-object encoding of
 * fixtures/samples/<Event>.json with the current schema. The spec fails when encoding drifts, so
 * a change of wire bytes is always a deliberate, reviewed commit.
 *
 * Usage (after `npx tsc -b libs/contracts`):
 *   node libs/contracts/tools/golden-fixtures.mjs                  report drift, exit 1 if any
 *   node libs/contracts/tools/golden-fixtures.mjs --update-golden  rewrite the .hex files
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES_DIR = join(PACKAGE_ROOT, 'fixtures', 'samples');
const GOLDEN_DIR = join(PACKAGE_ROOT, 'fixtures', 'golden');
const DIST = join(PACKAGE_ROOT, 'dist', 'index.js');

if (!existsSync(DIST)) {
  console.error(
    'golden-fixtures: libs/contracts is not built; run `npx tsc -b libs/contracts` first.',
  );
  process.exit(1);
}
const contracts = createRequire(import.meta.url)(DIST);
const codec = new contracts.AvroSingleObjectCodec();
const update = process.argv.includes('--update-golden');

/** Hex in lines of 64 characters, so a drift shows up as a readable diff. */
const toHexLines = (bytes) => (bytes.toString('hex').match(/.{1,64}/g) ?? []).join('\n') + '\n';

const drifted = [];
const broken = []; // samples missing or invalid: --update-golden cannot fix these
mkdirSync(GOLDEN_DIR, { recursive: true });
for (const name of contracts.EVENT_NAMES) {
  const samplePath = join(SAMPLES_DIR, `${name}.json`);
  if (!existsSync(samplePath)) {
    broken.push(`${name}: no sample at fixtures/samples/${name}.json`);
    continue;
  }
  let expected;
  try {
    expected = toHexLines(codec.encode(name, JSON.parse(readFileSync(samplePath, 'utf8'))));
  } catch (error) {
    // A schema change that invalidates the sample must be fixed in the sample, never skipped.
    broken.push(
      `${name}: sample no longer matches the schema (${error.code ?? 'error'}: ${error.message})`,
    );
    continue;
  }
  const goldenPath = join(GOLDEN_DIR, `${name}.hex`);
  const actual = existsSync(goldenPath) ? readFileSync(goldenPath, 'utf8') : undefined;
  if (actual === expected) continue;
  if (update) writeFileSync(goldenPath, expected);
  drifted.push(
    `${name}: ${actual === undefined ? 'missing' : 'differs'}${update ? ' (rewritten)' : ''}`,
  );
}
for (const line of [...broken, ...drifted]) console.log(line);
if (broken.length) {
  console.error('Fix the samples in libs/contracts/fixtures/samples/ to match the schemas.');
  process.exit(1);
}
if (!update && drifted.length) {
  console.error(
    'Golden bytes drifted; if the change is intended, rerun with --update-golden and commit.',
  );
  process.exit(1);
}
console.log(
  `${contracts.EVENT_NAMES.length} events checked, ${drifted.length} ${update ? 'updated' : 'drifted'}.`,
);
