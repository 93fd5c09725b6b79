import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureViewDefinition } from '../../definition/feature-view-definition';

/** The repository's own feature views, so tests exercise the definitions that ship. */
export function loadFeatureView(name: 'flights-delay' | 'seattle-weather'): FeatureViewDefinition {
  // Same depth under src/ and dist/: libs/features/{src,dist}/transform/test-support.
  const file = resolve(
    __dirname,
    '../../../../../services/feature-store/feature-views',
    `${name}.json`,
  );
  return JSON.parse(readFileSync(file, 'utf8')) as FeatureViewDefinition;
}
