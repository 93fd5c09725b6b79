import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { EVENT_CATALOG, EVENT_NAMES, RELEASED_SCHEMAS } from '../generated';
import { checkCompatibility } from './check-compatibility';

const newestRelease = (name: string) =>
  RELEASED_SCHEMAS.filter((released) => released.name === name).at(-1);

describe('released schemas', () => {
  for (const name of EVENT_NAMES) {
    it(`${name} stays backward and forward compatible with its newest release`, () => {
      const released = newestRelease(name);
      assert.ok(
        released,
        `${name} has no released version; copy it to schemas/released/<next>/ when releasing`,
      );
      const report = checkCompatibility(released.schema, EVENT_CATALOG[name].schema);
      assert.deepEqual(report, { backward: true, forward: true, problems: [] });
    });
  }

  it('are only ever released events', () => {
    for (const released of RELEASED_SCHEMAS)
      assert.ok(EVENT_NAMES.includes(released.name as never), released.name);
  });
});
