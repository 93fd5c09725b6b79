import { join } from 'node:path';
import { TabularSession, sqlString } from '@loopline/tabular';
import { VEGA_DATA } from '@loopline/testing';

/** A flight as the replay sends it: the model's raw inputs, and its delay for the late label. */
export interface ReplayFlight {
  /** Scheduled departure, epoch ms UTC: the replay's clock. */
  at: number;
  origin: string;
  destination: string;
  distance: number;
  delay: number;
}

export interface FlightsMonth {
  /** 1-12 (flights-3m is January to June 2001). */
  month: number;
  /** The whole month as the data platform exports it once the month is over (Parquet). */
  exportFile: string;
  exportRows: number;
  /** Every `sampleEvery`-th flight of the month in time order: the live traffic. */
  replay: ReplayFlight[];
}

export interface FlightsData {
  january: { file: string; rows: number };
  /** February with the faults of a broken export, which ingestion must reject. */
  corruptedFebruary: string;
  later: FlightsMonth[];
}

export interface FlightsCut {
  /** Days of January to ingest (31 for all of it). */
  januaryDays: number;
  /** Months replayed as traffic after January, e.g. [2, 3, 4, 5, 6]. */
  months: number[];
  /** One flight in this many is replayed. */
  sampleEvery: number;
  /** One flight in this many is in a month's export (1: the whole month). */
  exportEvery: number;
}

const monthStart = (month: number) => `TIMESTAMP '2001-${String(month).padStart(2, '0')}-01'`;

/** Cuts flights-3m into what the data platform and the live traffic of the run bring. */
export async function prepareFlights(workDir: string, cut: FlightsCut): Promise<FlightsData> {
  const session = await TabularSession.open({ memoryLimitMb: 1024 });
  try {
    const source = sqlString(join(VEGA_DATA, 'flights-3m.parquet'));
    await session.run(`CREATE TABLE source AS SELECT * FROM read_parquet(${source})`);
    // n numbers the flights in time order (file order among equal times): samples and exports
    // are cut by it, so every run cuts the same rows.
    await session.run(
      'CREATE TABLE flights AS SELECT *, row_number() OVER (ORDER BY date, rowid) AS n FROM source',
    );
    await session.run('DROP TABLE source');
    const copy = async (select: string, file: string) => {
      await session.run(
        `COPY (${select}) TO ${sqlString(file)} (FORMAT parquet, COMPRESSION zstd)`,
      );
      return file;
    };
    const columns = 'date, delay, distance, origin, destination';
    const januaryEnd = `TIMESTAMP '2001-01-01' + INTERVAL ${cut.januaryDays} DAY`;
    const january = await copy(
      `SELECT ${columns} FROM flights WHERE date < ${januaryEnd} ORDER BY n`,
      join(workDir, 'flights-2001-01.parquet'),
    );
    const [{ rows: januaryRows }] = await session.rows<{ rows: number }>(
      `SELECT CAST(count(*) AS DOUBLE) AS rows FROM flights WHERE date < ${januaryEnd}`,
    );
    // Every 500th delay in seconds instead of minutes, every 1000th origin lower-cased and every
    // 2000th date lost: the kinds of damage a broken export does.
    const corruptedFebruary = await copy(
      `SELECT CASE WHEN n % 2000 = 0 THEN NULL ELSE date END AS date,
              CASE WHEN n % 500 = 0 THEN delay * 60 ELSE delay END AS delay, distance,
              CASE WHEN n % 1000 = 0 THEN lower(origin) ELSE origin END AS origin, destination
         FROM flights WHERE date >= ${monthStart(2)} AND date < ${monthStart(3)} ORDER BY n`,
      join(workDir, 'flights-2001-02-corrupted.parquet'),
    );
    const later: FlightsMonth[] = [];
    for (const month of cut.months) {
      const within = `date >= ${monthStart(month)} AND date < ${monthStart(month + 1)}`;
      const exported = `${within} AND n % ${cut.exportEvery} = 0`;
      const exportFile = await copy(
        `SELECT ${columns} FROM flights WHERE ${exported} ORDER BY n`,
        join(workDir, `flights-2001-${String(month).padStart(2, '0')}.parquet`),
      );
      const replay = (await session.rows(
        `SELECT CAST(epoch_ms(date) AS DOUBLE) AS at, origin, destination,
                CAST(distance AS DOUBLE) AS distance, CAST(delay AS DOUBLE) AS delay
           FROM flights WHERE ${within} AND n % ${cut.sampleEvery} = 0 ORDER BY n`,
      )) as unknown as ReplayFlight[];
      const [{ rows }] = await session.rows<{ rows: number }>(
        `SELECT CAST(count(*) AS DOUBLE) AS rows FROM flights WHERE ${exported}`,
      );
      later.push({ month, exportFile, exportRows: rows, replay });
    }
    return { january: { file: january, rows: januaryRows }, corruptedFebruary, later };
  } finally {
    session.close();
  }
}
