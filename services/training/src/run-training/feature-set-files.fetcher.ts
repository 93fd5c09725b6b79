import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ArtifactStore } from '@loopline/artifacts';
import type { FeatureSetMaterialized } from '@loopline/contracts';
import { ErrorKind, PlatformError } from '@loopline/errors';
import type { FeatureSetFiles } from '@loopline/model-training';
import { Injectable } from '@nestjs/common';

const SPLITS = ['train', 'validation', 'test'] as const;

/** Brings a feature set's splits and transform spec to local disk, each verified by sha256. */
@Injectable()
export class FeatureSetFilesFetcher {
  constructor(private readonly artifacts: ArtifactStore) {}

  async fetch(featureSet: FeatureSetMaterialized, directory: string): Promise<FeatureSetFiles> {
    await mkdir(directory, { recursive: true });
    const files: Partial<Record<(typeof SPLITS)[number], string>> = {};
    for (const name of SPLITS) {
      const split = featureSet.splits.find((candidate) => candidate.name === name);
      if (split === undefined || split.rowCount === 0)
        throw new PlatformError(
          'TRAINING.EMPTY_SPLIT',
          `Feature set ${featureSet.featureSetId} has no ${name} rows, so a model can neither be fitted nor scored on it. Materialize it over more data (or change the view's split), then train again.`,
          { kind: ErrorKind.Unprocessable, details: { featureSetId: featureSet.featureSetId } },
        );
      files[name] = join(directory, `${name}.arrow`);
      await this.artifacts.download(split.data.uri, files[name], {
        expectedSha256: split.data.sha256,
      });
    }
    const transformSpec = join(directory, 'transform-spec.json');
    const spec = featureSet.transformStatistics;
    await this.artifacts.download(spec.uri, transformSpec, { expectedSha256: spec.sha256 });
    return { train: files.train!, validation: files.validation!, test: files.test!, transformSpec };
  }
}
