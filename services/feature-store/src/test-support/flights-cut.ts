import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { quoteIdentifier, sqlString, TabularSession } from '@loopline/tabular';
import { REPO_ROOT, uniqueName } from '@loopline/testing';

const FLIGHTS = join(REPO_ROOT, 'node_modules', 'vega-datasets', 'data', 'flights-3m.parquet');
const DAY_MS = 86_400_000;

interface Flight {
  time: number;
  delay: number | null;
  origin: string;
}

/**
 * The first `rows` flights of flights-3m as a Parquet batch, with the raw flights kept to
 * compute what a windowed aggregation must say, by brute force, independently of the library.
 */
export async function flightsCut(rows: number) {
  const path = join('/tmp', `${uniqueName('flights-cut')}.parquet`);
  const session = await TabularSession.open();
  try {
    const source = `read_parquet(${sqlString(FLIGHTS)}, file_row_number = true)`;
    const cut = `SELECT * EXCLUDE (file_row_number) FROM ${source} ORDER BY ${quoteIdentifier('date')}, file_row_number LIMIT ${rows}`;
    await session.run(`COPY (${cut}) TO ${sqlString(path)} (FORMAT parquet, COMPRESSION zstd)`);
    const flights = (await session.rows(
      `SELECT epoch_ms(date) AS time, delay, origin FROM read_parquet(${sqlString(path)})`,
    )) as unknown as Flight[];
    const parquet = await readFile(path);
    return {
      parquet,
      origins: new Set(flights.map((flight) => flight.origin)),
      windowAsOf(origin: string, asOf: number, days: number) {
        const inside = flights.filter(
          (flight) =>
            flight.origin === origin && flight.time < asOf && flight.time >= asOf - days * DAY_MS,
        );
        const delays = inside
          .map((flight) => flight.delay)
          .filter((delay): delay is number => delay !== null);
        return {
          count: inside.length,
          meanDelay: delays.reduce((sum, delay) => sum + delay, 0) / delays.length,
          delayRate: delays.filter((delay) => delay > 15).length / delays.length,
        };
      },
    };
  } finally {
    session.close();
    await rm(path, { force: true });
  }
}
