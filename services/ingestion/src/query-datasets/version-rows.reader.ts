import { Injectable } from '@nestjs/common';
import { sqlString, TabularSession } from '@loopline/tabular';
import type { DatasetVersion } from '../domain/dataset-version';
import { PartCache } from '../ingest-batch/part-cache';
import type { Page } from '../database/batch.store';

/** Rows of a dataset version, read from its parts (cached locally, verified on download). */
@Injectable()
export class VersionRowsReader {
  constructor(private readonly parts: PartCache) {}

  async read(version: DatasetVersion, page: Page): Promise<Record<string, unknown>[]> {
    const paths = await this.parts.ensureLocal(version.manifest.parts);
    const session = await TabularSession.open({ memoryLimitMb: 256, threads: 1 });
    try {
      const rows = await session.rows(
        `SELECT * FROM read_parquet([${paths.map(sqlString).join(', ')}]) LIMIT ${page.limit} OFFSET ${page.offset}`,
      );
      const instants = version.manifest.columns
        .filter((column) => column.type === 'timestamp' || column.type === 'date')
        .map((column) => column.name);
      // The engine hands instants out as epoch ms; people and other tools read ISO 8601.
      return rows.map((row) => {
        const shown: Record<string, unknown> = { ...row };
        for (const name of instants) {
          const value = row[name];
          if (typeof value === 'number') {
            const iso = new Date(value).toISOString();
            shown[name] = this.isDate(version, name) ? iso.slice(0, 10) : iso;
          }
        }
        return shown;
      });
    } finally {
      session.close();
    }
  }

  private isDate(version: DatasetVersion, name: string): boolean {
    return version.manifest.columns.some(
      (column) => column.name === name && column.type === 'date',
    );
  }
}
