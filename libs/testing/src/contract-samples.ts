import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EventName, EventPayloads } from '@loopline/contracts';

/**
 * The sample payload of an event that @loopline/contracts ships (fixtures/samples/, the same
 * samples the golden bytes are made from): a valid payload for tests to vary.
 */
export function contractSample<N extends EventName>(name: N): EventPayloads[N] {
  const samples = join(
    dirname(require.resolve('@loopline/contracts/package.json')),
    'fixtures',
    'samples',
  );
  return JSON.parse(readFileSync(join(samples, `${name}.json`), 'utf8')) as EventPayloads[N];
}
