import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sqlString, TabularSession } from '@loopline/tabular';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { VEGA_DATA } from './ingestion-test-world';

/** The seattle-weather CSV rewritten in each text and Parquet flavour the intake reads. */
export async function seattleWeatherIn(directory: string): Promise<Record<string, Buffer>> {
  mkdirSync(directory, { recursive: true });
  const session = await TabularSession.open();
  try {
    await session.run(
      `CREATE TABLE weather AS SELECT * FROM read_csv(${sqlString(join(VEGA_DATA, 'seattle-weather.csv'))})`,
    );
    const variants: Record<string, string> = {
      'parquet-zstd': '(FORMAT parquet, COMPRESSION zstd)',
      'parquet-snappy': '(FORMAT parquet, COMPRESSION snappy)',
      ndjson: '(FORMAT json)',
      json: '(FORMAT json, ARRAY true)',
    };
    const files: Record<string, Buffer> = {
      csv: readFileSync(join(VEGA_DATA, 'seattle-weather.csv')),
    };
    for (const [name, options] of Object.entries(variants)) {
      const path = join(directory, `weather.${name}`);
      await session.run(`COPY weather TO ${sqlString(path)} ${options}`);
      files[name] = readFileSync(path);
    }
    return files;
  } finally {
    session.close();
  }
}

/** flights-200k as shipped (Arrow IPC file format) and re-encoded in the stream format. */
export function flights200kArrow(): { file: Buffer; stream: Buffer } {
  const file = readFileSync(join(VEGA_DATA, 'flights-200k.arrow'));
  return { file, stream: Buffer.from(tableToIPC(tableFromIPC(file), 'stream')) };
}

/** A contract for flights-200k's columns (delay, distance, time). */
export function flights200kContract(dataset: string) {
  return {
    dataset,
    version: 1,
    columns: [
      { name: 'delay', type: 'number', nullable: false },
      { name: 'distance', type: 'number', nullable: false },
      { name: 'time', type: 'number', nullable: false },
    ],
    rules: [{ rule: 'range', column: 'distance', min: 0, max: 6000 }],
  };
}
