import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ArtifactStore } from '@loopline/artifacts';
import { Injectable } from '@nestjs/common';
import type { DatasetVersionRef } from '../domain/dataset-version-ref';
import { readDatasetParts } from './dataset-manifest.reader';

/**
 * Brings a dataset version's Parquet parts to local disk, each verified against the sha256 its
 * manifest gives (and the manifest against the one the event gave), since DuckDB reads local
 * files only here.
 */
@Injectable()
export class DatasetPartsFetcher {
  constructor(private readonly artifacts: ArtifactStore) {}

  async fetch(version: DatasetVersionRef, directory: string): Promise<string[]> {
    const manifest: unknown = JSON.parse(
      (
        await this.artifacts.get(version.manifest.uri, { expectedSha256: version.manifest.sha256 })
      ).toString('utf8'),
    );
    await mkdir(directory, { recursive: true });
    const files: string[] = [];
    for (const [index, part] of readDatasetParts(manifest).entries()) {
      const path = join(directory, `part-${String(index).padStart(5, '0')}.parquet`);
      await this.artifacts.download(part.uri, path, { expectedSha256: part.sha256 });
      files.push(path);
    }
    return files;
  }
}
