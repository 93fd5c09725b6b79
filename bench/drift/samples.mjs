// The drift benchmark's two samples: a reference of January–March flights and a window of June
// flights, drawn once per size and seed from flights-3m.parquet into Parquet files every tool
// reads. The draw is a hash of the file row number and the seed, so it is the same on every
// machine and run, whatever the engine's thread count.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';

export const COLUMNS = [
  { name: 'date', type: 'timestamp' },
  { name: 'delay', type: 'numeric' },
  { name: 'distance', type: 'numeric' },
  { name: 'origin', type: 'categorical' },
  { name: 'destination', type: 'categorical' },
];

const PERIODS = {
  reference: { from: '2001-01-01', to: '2001-04-01', label: 'January–March 2001' },
  window: { from: '2001-06-01', to: '2001-07-01', label: 'June 2001' },
};

/**
 * Writes `<directory>/<which>-<rows>-s<seed>.parquet` unless it is there already; returns its
 * path and the period it was drawn from.
 */
export async function exportSample(library, { source, directory, which, rows, seed }) {
  const { TabularSession, sqlString } = library;
  const period = PERIODS[which];
  const path = join(directory, `${which}-${rows}-s${seed}.parquet`);
  if (existsSync(path)) return { path, period: period.label, exported: false };
  mkdirSync(directory, { recursive: true });
  const session = await TabularSession.open();
  try {
    const names = COLUMNS.map((column) => column.name).join(', ');
    const drawn =
      `SELECT ${names}, file_row_number FROM read_parquet(${sqlString(source)}, file_row_number = true) ` +
      `WHERE date >= TIMESTAMP '${period.from}' AND date < TIMESTAMP '${period.to}' ` +
      `ORDER BY hash(file_row_number, ${Number(seed)}) LIMIT ${Number(rows)}`;
    const partial = `${path}.partial`;
    await session.run(
      `COPY (SELECT ${names} FROM (${drawn}) ORDER BY file_row_number) ` +
        `TO ${sqlString(partial)} (FORMAT parquet)`,
    );
    const [{ count }] = await session.rows(
      `SELECT count(*) AS count FROM read_parquet(${sqlString(partial)})`,
    );
    if (count !== rows) {
      throw new Error(`${period.label} holds ${count} flights, fewer than the ${rows} asked for`);
    }
    renameSync(partial, path);
    return { path, period: period.label, exported: true };
  } finally {
    session.close();
  }
}

/** A sample's columns as typed arrays (readRawBatch), and the seconds the read took. */
export async function loadSample(library, path) {
  const { TabularSession, sqlString, readRawBatch } = library;
  const started = performance.now();
  const session = await TabularSession.open();
  try {
    const batch = await readRawBatch(session, `read_parquet(${sqlString(path)})`, COLUMNS);
    return { batch, seconds: (performance.now() - started) / 1000 };
  } finally {
    session.close();
  }
}

/** A raw batch as the statistics library's column inputs; the date stays a timestamp. */
export function profileInputs(batch) {
  return Object.entries(batch.columns).map(([name, column]) =>
    column.type === 'categorical'
      ? { name, kind: 'categorical', codes: column.codes, labels: column.dictionary }
      : { name, kind: column.type, values: column.values },
  );
}
