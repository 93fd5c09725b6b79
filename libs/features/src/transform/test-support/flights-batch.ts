import type { RawBatch } from '../raw-batch';
import { seededRandom } from '@loopline/stats';

/** Generated flights-like data: the raw batch and the same rows as JSON request bodies. */
export interface FlightsData {
  batch: RawBatch;
  rows: Record<string, unknown>[];
}

// Rows after `trainRows` also see airports that never occur in training (`NEW*`).
const AIRPORTS = Array.from({ length: 40 }, (_, k) => `A${String(k).padStart(2, '0')}`);
const START = Date.UTC(2024, 0, 1);

/**
 * `n` rows over the columns flights-delay reads. About 5% of each value is missing; the origin
 * dictionary has an unused entry and a repeated value, as real dictionaries may.
 */
export function flightsData(n: number, trainRows: number, seed = 42): FlightsData {
  const random = seededRandom(seed);
  const maybe = (x: number) => (random() < 0.05 ? NaN : x);
  const dictionary = [...AIRPORTS, 'UNUSED', 'A00', 'NEW1', 'NEW2'];
  const destDictionary = Array.from({ length: 300 }, (_, k) => `D${k}é`);
  const origin = new Int32Array(n);
  const destination = new Int32Array(n);
  const cols = [
    'distance',
    'date',
    'origin_flights_7d',
    'origin_mean_delay_7d',
    'origin_delay_rate_7d',
  ];
  const numeric = Object.fromEntries(cols.map((c) => [c, new Float64Array(n)]));
  for (let i = 0; i < n; i++) {
    // Squaring skews the airport frequencies: a few busy airports, a long tail.
    const airport = Math.floor(random() ** 2 * AIRPORTS.length);
    origin[i] = random() < 0.05 ? -1 : i >= trainRows && random() < 0.1 ? 42 + (i % 2) : airport;
    if (origin[i] === 0 && random() < 0.3) origin[i] = 41; // the repeated 'A00'
    destination[i] = random() < 0.05 ? -1 : Math.floor(random() * destDictionary.length);
    numeric.distance[i] = maybe(Math.round(50 + random() * 2500));
    numeric.date[i] = maybe(START + Math.floor(random() * 400 * 86_400_000));
    numeric.origin_flights_7d[i] = Math.floor(random() * 900);
    numeric.origin_mean_delay_7d[i] = maybe(-90 + random() * 400);
    numeric.origin_delay_rate_7d[i] = maybe(random());
  }
  const batch: RawBatch = {
    rowCount: n,
    columns: {
      distance: { type: 'numeric', values: numeric.distance },
      origin: { type: 'categorical', codes: origin, dictionary },
      destination: { type: 'categorical', codes: destination, dictionary: destDictionary },
      date: { type: 'timestamp', values: numeric.date },
      origin_flights_7d: { type: 'numeric', values: numeric.origin_flights_7d },
      origin_mean_delay_7d: { type: 'numeric', values: numeric.origin_mean_delay_7d },
      origin_delay_rate_7d: { type: 'numeric', values: numeric.origin_delay_rate_7d },
    },
  };
  return { batch, rows: requestRows(batch, random) };
}

/** The batch as a client would send it: ISO or epoch times, numbers now and then as strings. */
function requestRows(batch: RawBatch, random: () => number): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < batch.rowCount; i++) {
    const row: Record<string, unknown> = { flight: `F${i}` };
    for (const [name, column] of Object.entries(batch.columns)) {
      if (column.type === 'categorical') {
        const code = column.codes[i];
        if (code >= 0) row[name] = column.dictionary[code];
        else if (random() < 0.5) row[name] = null; // else the key is left out
      } else {
        const v = column.values[i];
        if (Number.isNaN(v)) row[name] = null;
        else if (column.type === 'timestamp') {
          const iso = new Date(v).toISOString();
          const pick = random();
          row[name] = pick < 0.4 ? iso : pick < 0.7 ? iso.slice(0, -1) : v;
        } else row[name] = random() < 0.2 ? String(v) : v;
      }
    }
    rows.push(row);
  }
  // Through JSON, as a request body arrives.
  return JSON.parse(JSON.stringify(rows)) as Record<string, unknown>[];
}
