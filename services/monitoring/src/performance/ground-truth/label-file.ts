import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArtifactStore } from '@loopline/artifacts';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { loadTable, quoteIdentifier, TabularSession } from '@loopline/tabular';
import { PerformanceErrorCode } from '../performance-error-code';
import type { LabelBatch } from './label-batch';

/** One row of a labels file: the join key and the observed label, both as text. */
export interface LabelFileRow {
  /** 1-based row number in the file. */
  row: number;
  key: string | null;
  label: string | null;
}

/** Bounds the engine while it reads a labels file beside the service's other work. */
const ENGINE_MEMORY_MB = 512;
const ENGINE_THREADS = 2;

/**
 * A labels file loaded into an embedded DuckDB table (any format the tabular library reads),
 * read back in pages of rows. The engine runs on its own threads and holds the file, so the
 * service's event loop and heap stay free however large the file is. Close it when done.
 */
export class LabelFile {
  private constructor(
    private readonly session: TabularSession,
    private readonly directory: string,
    readonly rowCount: number,
    private readonly keyText: string,
    private readonly labelText: string,
  ) {}

  /**
   * Downloads the object (verified against its sha256) and loads it. A file that cannot be read
   * as its declared format, or lacks the join key or label column, is `UNREADABLE_LABELS`.
   */
  static async open(store: ArtifactStore, batch: LabelBatch): Promise<LabelFile> {
    const directory = await mkdtemp(join(tmpdir(), 'loopline-labels-'));
    let session: TabularSession | undefined;
    try {
      const path = join(directory, `labels.${batch.format}`);
      await store.download(batch.labels.uri, path, { expectedSha256: batch.labels.sha256 });
      session = await TabularSession.open({
        memoryLimitMb: ENGINE_MEMORY_MB,
        threads: ENGINE_THREADS,
        tempDirectory: directory,
      });
      await loadTable(session, {
        table: 'labels',
        path,
        format: batch.format,
        workDirectory: directory,
      }).catch((error: unknown) => {
        throw unreadable(batch, error instanceof Error ? error.message : String(error));
      });
      const columns = await session.columns('labels');
      const names = columns.map((column) => column.name);
      const missing = [batch.joinKey, batch.labelColumn].filter((c) => !names.includes(c));
      if (missing.length > 0)
        throw unreadable(
          batch,
          `it has no column ${missing.map((c) => `'${c}'`).join(' or ')} (its columns: ${names.join(', ')})`,
        );
      const [{ rows }] = await session.rows<{ rows: number }>(
        'SELECT count(*) AS rows FROM labels',
      );
      const asText = (name: string) => {
        const quoted = quoteIdentifier(name);
        // JSON whose values mix types (true and "maybe") is read as JSON values: unquote them.
        const json = columns.find((column) => column.name === name)!.sqlType === 'JSON';
        return json ? `(${quoted} ->> '$')` : `CAST(${quoted} AS VARCHAR)`;
      };
      return new LabelFile(
        session,
        directory,
        rows,
        asText(batch.joinKey),
        asText(batch.labelColumn),
      );
    } catch (error) {
      session?.close();
      await rm(directory, { recursive: true, force: true });
      throw error;
    }
  }

  /** The file's rows in order, `size` at a time. */
  async *pages(size: number): AsyncGenerator<LabelFileRow[]> {
    for (let from = 0; from < this.rowCount; from += size) {
      const rows = await this.session.rows<{ n: number; k: string | null; v: string | null }>(
        `SELECT rowid + 1 AS n, ${this.keyText} AS k, ${this.labelText} AS v
         FROM labels WHERE rowid >= ? AND rowid < ? ORDER BY rowid`,
        [from, from + size],
      );
      yield rows.map((r) => ({ row: r.n, key: r.k, label: r.v }));
    }
  }

  async close(): Promise<void> {
    this.session.close();
    await rm(this.directory, { recursive: true, force: true });
  }
}

function unreadable(batch: LabelBatch, reason: string): PlatformError {
  return new PlatformError(
    PerformanceErrorCode.UnreadableLabels,
    `The labels file ${batch.labels.uri} of batch ${batch.batchId} cannot be joined: ${reason}. ` +
      'Publish a corrected file as a new GroundTruthObserved.',
    { kind: ErrorKind.Unprocessable, retriable: false, details: { batchId: batch.batchId } },
  );
}
