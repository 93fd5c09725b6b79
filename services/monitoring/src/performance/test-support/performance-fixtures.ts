import { TRANSFORM_SPEC_FORMAT } from '@loopline/features';

/** Deterministic uniform numbers in [0, 1) (mulberry32). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/**
 * A fitted transform spec like the one saved with a flights model: its label is `delayed`,
 * positive when the raw `delay` column is over 15 minutes.
 */
export function flightsTransformSpec(): Buffer {
  return Buffer.from(
    JSON.stringify({
      format: TRANSFORM_SPEC_FORMAT,
      featureView: { name: 'flights-delay', version: 1 },
      definition: {
        name: 'flights-delay',
        description: 'Will a departure be delayed by more than 15 minutes?',
        owner: 'flight-ops-data',
        source: { dataset: 'flights' },
        entity: { column: 'origin' },
        eventTime: { column: 'date' },
        label: {
          name: 'delayed',
          column: 'delay',
          task: 'binary',
          positiveWhen: { op: '>', value: 15 },
        },
        aggregations: [],
        features: [{ name: 'distance', source: 'distance', description: 'Miles.', transform: [] }],
        split: {
          strategy: 'time',
          fractions: { train: 0.7, validation: 0.15, test: 0.15 },
          seed: 7,
        },
      },
      statistics: { fittedRows: 100, features: { distance: [] }, labelClasses: null },
    }),
  );
}
