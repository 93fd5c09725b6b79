// Test support only (not exported): locates files of the package from compiled specs in dist/.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The libs/model-metrics folder, found by walking up from the compiled spec to its package.json. */
export function packageRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

/** The repository root. */
export const repoRoot = (): string => join(packageRoot(), '..', '..');
