import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArtifactStore } from '@loopline/artifacts';
import type { DatasetPart } from '../domain/dataset-manifest';

/**
 * A local copy of dataset parts, by sha256. Parts are immutable and content-addressed, so a
 * cached file is always the right one: a new version reads its parent's parts from disk instead
 * of downloading the whole snapshot again.
 */
export class PartCache {
  constructor(
    private readonly store: ArtifactStore,
    private readonly directory: string,
  ) {}

  pathOf(sha256: string): string {
    return join(this.directory, `${sha256}.parquet`);
  }

  /** The local path of each part, downloading (and verifying) the ones not cached yet. */
  async ensureLocal(parts: readonly DatasetPart[]): Promise<string[]> {
    await mkdir(this.directory, { recursive: true });
    const paths: string[] = [];
    for (const part of parts) {
      const path = this.pathOf(part.sha256);
      if (!existsSync(path))
        await this.store.download(part.uri, path, { expectedSha256: part.sha256 });
      paths.push(path);
    }
    return paths;
  }
}
