import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ArtifactStore } from '@loopline/artifacts';
import type { ArtifactRef, FeatureSetMaterialized } from '@loopline/contracts';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { parseModelManifest } from '@loopline/model-training';
import { Injectable } from '@nestjs/common';
import type { LocalModelFiles } from './model-files';

export const EvaluationFilesErrorCode = {
  NoTestRows: 'EVALUATION.NO_TEST_ROWS',
} as const;

/** Brings a model's files and a feature set's test rows to local disk, verified by sha256. */
@Injectable()
export class EvaluationFilesFetcher {
  constructor(private readonly artifacts: ArtifactStore) {}

  async model(artifact: ArtifactRef, directory: string): Promise<LocalModelFiles> {
    await mkdir(directory, { recursive: true });
    const manifest = parseModelManifest(
      await this.artifacts.get(artifact.uri, { expectedSha256: artifact.sha256 }),
      artifact.uri,
    );
    const { files } = manifest;
    const local = {
      modelJson: join(directory, 'model.json'),
      weights: join(directory, 'weights.bin'),
      transformSpec: join(directory, 'transform-spec.json'),
    };
    await this.artifacts.download(files.model.uri, local.modelJson, {
      expectedSha256: files.model.sha256,
    });
    await this.artifacts.download(files.weights.uri, local.weights, {
      expectedSha256: files.weights.sha256,
    });
    await this.artifacts.download(files.transform.uri, local.transformSpec, {
      expectedSha256: files.transform.sha256,
    });
    const sizeBytes = Object.values(files).reduce((sum, file) => sum + file.sizeBytes, 0);
    return { ...local, signature: manifest.signature, sizeBytes };
  }

  /** The encoded test split (for its labels) and the same rows before the transform. */
  async testRows(
    featureSet: FeatureSetMaterialized,
    directory: string,
  ): Promise<{ testSplit: string; testInputs: string }> {
    await mkdir(directory, { recursive: true });
    const split = featureSet.splits.find((candidate) => candidate.name === 'test');
    if (split === undefined || split.rowCount === 0 || featureSet.testInputs === null)
      throw new PlatformError(
        EvaluationFilesErrorCode.NoTestRows,
        `Feature set ${featureSet.featureSetId} has ${featureSet.testInputs === null ? 'no raw test inputs (it was materialized before they were written)' : 'no test rows'}, so no model trained on it can be judged. Materialize the view again and retrain.`,
        { kind: ErrorKind.Unprocessable, details: { featureSetId: featureSet.featureSetId } },
      );
    const testSplit = join(directory, 'test.arrow');
    const testInputs = join(directory, 'test-inputs.arrow');
    await this.artifacts.download(split.data.uri, testSplit, { expectedSha256: split.data.sha256 });
    await this.artifacts.download(featureSet.testInputs.uri, testInputs, {
      expectedSha256: featureSet.testInputs.sha256,
    });
    return { testSplit, testInputs };
  }
}
