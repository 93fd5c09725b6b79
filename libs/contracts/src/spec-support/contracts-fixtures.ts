// Test support only (not exported): locates files of the package from compiled specs in dist/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The libs/contracts folder, found by walking up from the compiled spec to its package.json. */
export function packageRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

/** The repository root (where schemas/ lives). */
export const repoRoot = (): string => join(packageRoot(), '..', '..');

/** Reads a JSON file relative to the package root. */
export const readPackageJson = <T = unknown>(...parts: string[]): T =>
  JSON.parse(readFileSync(join(packageRoot(), ...parts), 'utf8')) as T;

/** The sample payload of an event, from fixtures/samples/. */
export const readSample = (name: string): Record<string, unknown> =>
  readPackageJson<Record<string, unknown>>('fixtures', 'samples', `${name}.json`);

/** The golden single-object bytes of an event, from fixtures/golden/. */
export const readGolden = (name: string): Buffer =>
  Buffer.from(
    readFileSync(join(packageRoot(), 'fixtures', 'golden', `${name}.hex`), 'utf8').replace(
      /\s+/g,
      '',
    ),
    'hex',
  );

/** Every schemas/*.avsc file: event name → parsed JSON. */
export function readSchemaFiles(
  dir: string = join(repoRoot(), 'schemas'),
): Map<string, Record<string, unknown>> {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.avsc'))
    .sort();
  return new Map(
    files.map((file) => [
      file.replace(/\.avsc$/, ''),
      JSON.parse(readFileSync(join(dir, file), 'utf8')),
    ]),
  );
}

/** Decoded avsc records have their own prototypes; compare data only. */
export const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
