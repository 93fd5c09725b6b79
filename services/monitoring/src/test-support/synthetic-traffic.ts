import { randomUUID } from 'node:crypto';
import type { PredictionLogLayout, PredictionLogRow } from '@loopline/prediction-logs';
import { type ProfileInput, seededRandom } from '@loopline/stats';

/** Airports and their shares in the reference traffic. */
export const AIRPORTS = ['ATL', 'ORD', 'DFW', 'LAX', 'DEN', 'PHX', 'IAH', 'LAS', 'DTW', 'SFO'];
const SHARES = [0.2, 0.16, 0.13, 0.11, 0.1, 0.08, 0.07, 0.06, 0.05, 0.04];

/** How a window departs from the reference: distance scaled, one airport's share multiplied. */
export interface TrafficShift {
  distanceFactor?: number;
  airport?: { name: string; shareFactor: number };
}

export interface SyntheticRow {
  distance: number;
  origin: string;
  date: number;
  probability: number;
}

const DAY_MS = 86_400_000;
const START = Date.UTC(2001, 0, 1);

/**
 * Flights-like rows from one seeded distribution: log-normal distances, airports by fixed shares,
 * departures spread over four weeks and the day, and a score that rises with distance.
 */
export function syntheticRows(
  count: number,
  seed: number,
  shift: TrafficShift = {},
): SyntheticRow[] {
  const random = seededRandom(seed);
  const shares = SHARES.map((share, i) =>
    shift.airport?.name === AIRPORTS[i] ? share * shift.airport.shareFactor : share,
  );
  const total = shares.reduce((sum, share) => sum + share, 0);
  const rows: SyntheticRow[] = [];
  for (let i = 0; i < count; i++) {
    const gaussian = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const distance = Math.exp(6.5 + 0.6 * gaussian) * (shift.distanceFactor ?? 1);
    let pick = random() * total;
    let airport = 0;
    while (airport < AIRPORTS.length - 1 && (pick -= shares[airport]) >= 0) airport++;
    const date = START + Math.floor(random() * 28 * DAY_MS);
    const probability = Math.min(0.99, Math.max(0.01, 0.15 + gaussian * 0.05 + random() * 0.1));
    rows.push({ distance, origin: AIRPORTS[airport], date, probability });
  }
  return rows;
}

/** The rows as the training split's raw columns, for a drift reference. */
export function referenceColumns(rows: readonly SyntheticRow[]): ProfileInput[] {
  const labels = [...AIRPORTS];
  return [
    { name: 'distance', kind: 'numeric', values: Float64Array.from(rows, (row) => row.distance) },
    {
      name: 'origin',
      kind: 'categorical',
      codes: Int32Array.from(rows, (row) => labels.indexOf(row.origin)),
      labels,
    },
    { name: 'date', kind: 'timestamp', values: Float64Array.from(rows, (row) => row.date) },
  ];
}

export function logLayout(modelName: string, trainingRunId: string): PredictionLogLayout {
  return {
    modelName,
    trainingRunId,
    endpointName: modelName,
    inputs: [
      { name: 'distance', type: 'numeric' },
      { name: 'origin', type: 'categorical' },
      { name: 'date', type: 'timestamp' },
    ],
    outputs: ['probability'],
    predicted: 'label',
  };
}

/** The rows as served predictions, requested one millisecond apart from `requestTime`. */
export function predictionRows(
  rows: readonly SyntheticRow[],
  requestTime: number,
  modelVersion: number,
): PredictionLogRow[] {
  return rows.map((row, i) => ({
    predictionId: randomUUID(),
    requestId: randomUUID(),
    requestTime: requestTime + i,
    latencyMs: 1 + (i % 7) * 0.5,
    modelVersion,
    role: 'champion',
    rolloutId: null,
    inputs: { distance: row.distance, origin: row.origin, date: row.date },
    outputs: [row.probability],
    prediction: row.probability >= 0.5 ? 'true' : 'false',
  }));
}
