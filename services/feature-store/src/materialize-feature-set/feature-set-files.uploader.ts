import { ArtifactStore } from '@loopline/artifacts';
import type { MaterializeResult } from '@loopline/features';
import { Inject, Injectable } from '@nestjs/common';
import {
  FEATURE_STORE_SETTINGS,
  type FeatureStoreSettings,
} from '../config/feature-store.settings';
import type { ArtifactRef } from '../domain/artifact-ref';
import type { FeatureSetResult } from '../domain/feature-set';

const ARROW_FILE = 'application/vnd.apache.arrow.file';
const JSON_TYPE = 'application/json';

/**
 * Stores a materialization's files content-addressed. Nothing refers to them until the
 * FeatureSetMaterialized event commits, so a crash here leaves only unreferenced objects, which
 * the rerun finds already there.
 */
@Injectable()
export class FeatureSetFilesUploader {
  constructor(
    private readonly artifacts: ArtifactStore,
    @Inject(FEATURE_STORE_SETTINGS) private readonly settings: FeatureStoreSettings,
  ) {}

  async upload(featureSetId: string, result: MaterializeResult): Promise<FeatureSetResult> {
    const metadata = { 'feature-set': featureSetId };
    const splits = [];
    for (const split of result.splits) {
      const data = await this.put(split.path, ARROW_FILE, { ...metadata, split: split.name });
      splits.push({ name: split.name, data, rowCount: split.rowCount });
    }
    return {
      splits,
      transformSpec: await this.put(result.transformSpecPath, JSON_TYPE, metadata),
      referenceProfile: await this.put(result.referenceProfilePath, JSON_TYPE, metadata),
      driftReference: await this.put(result.driftReferencePath, JSON_TYPE, metadata),
      testInputs: await this.put(result.testInputsPath, ARROW_FILE, {
        ...metadata,
        split: 'test',
        contents: 'raw-inputs',
      }),
      featureNames: result.featureNames,
      rowCount: result.rowCount,
      droppedRows: result.droppedRows,
      asOf: result.asOf,
      onlineEntities: result.onlineValues.length,
      timingsMs: result.timings,
    };
  }

  private async put(
    path: string,
    mediaType: string,
    metadata: Record<string, string>,
  ): Promise<ArtifactRef> {
    const stored = await this.artifacts.putFile(this.settings.bucket, path, {
      contentType: mediaType,
      metadata,
    });
    return { ...stored, mediaType };
  }
}
