import { join } from 'node:path';
import { TabularSession, sqlString } from '@loopline/tabular';
import { VEGA_DATA } from '@loopline/testing';

export const SEATTLE_CSV = join(VEGA_DATA, 'seattle-weather.csv');

/** A day as the replay sends it, with the weather that turned out (the late label). */
export interface ReplayDay {
  at: number;
  precipitation: number;
  temp_max: number;
  temp_min: number;
  wind: number;
  weather: string;
}

/** Every day of seattle-weather, in date order. */
export async function seattleDays(): Promise<ReplayDay[]> {
  const session = await TabularSession.open({ memoryLimitMb: 256 });
  try {
    return (await session.rows(
      `SELECT CAST(epoch_ms(CAST(date AS TIMESTAMP)) AS DOUBLE) AS at,
              CAST(precipitation AS DOUBLE) AS precipitation, CAST(temp_max AS DOUBLE) AS temp_max,
              CAST(temp_min AS DOUBLE) AS temp_min, CAST(wind AS DOUBLE) AS wind, weather
         FROM read_csv_auto(${sqlString(SEATTLE_CSV)}) ORDER BY date`,
    )) as unknown as ReplayDay[];
  } finally {
    session.close();
  }
}
