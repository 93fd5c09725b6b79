import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { DatasetVersionRow } from '../database/dataset-version.row';
import { FeatureSetRow } from '../database/feature-set.row';
import { ModelVersionRow } from '../database/model-version.row';
import { notFound, RegistryErrorCode } from '../domain/registry-error-code';
import { ModelVersionReader } from '../model-versions/model-version.reader';

/** Where a model version came from; what the registry has not seen (yet) is null. */
export interface ModelLineage {
  modelName: string;
  modelVersion: number;
  trainingRun: { id: string; configHash: string; codeCommit: string; backend: string };
  featureSet: {
    id: string;
    featureViewName: string;
    featureViewVersion: number;
    rowCount: number | null;
    materializedAt: string | null;
  };
  datasetVersion: {
    id: string;
    datasetName: string;
    version: number | null;
    contentSha256: string;
    sourceBatchIds: string[] | null;
    createdAt: string | null;
  };
}

/** What was trained on a dataset version, through the feature sets materialized from it. */
export interface DatasetVersionModels {
  datasetName: string;
  datasetVersionId: string;
  version: number | null;
  featureSets: { id: string; featureViewName: string; featureViewVersion: number }[];
  models: {
    modelName: string;
    version: number;
    stage: string;
    trainingRunId: string;
    featureSetId: string;
  }[];
}

/** Lineage both ways: model version → data, and dataset version → model versions. */
@Injectable()
export class LineageReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly versions: ModelVersionReader,
  ) {}

  async ofModelVersion(modelName: string, version: number): Promise<ModelLineage> {
    const row = await this.versions.require(modelName, version);
    const manager = this.dataSource.manager;
    const featureSet = await manager.findOneBy(FeatureSetRow, { featureSetId: row.featureSetId });
    const dataset = await manager.findOneBy(DatasetVersionRow, {
      datasetVersionId: row.datasetVersionId,
    });
    return {
      modelName,
      modelVersion: version,
      trainingRun: {
        id: row.trainingRunId,
        configHash: row.configHash,
        codeCommit: row.codeCommit,
        backend: row.backend,
      },
      featureSet: {
        id: row.featureSetId,
        featureViewName: row.featureViewName,
        featureViewVersion: row.featureViewVersion,
        rowCount: featureSet?.rowCount ?? null,
        materializedAt: featureSet?.materializedAt.toISOString() ?? null,
      },
      datasetVersion: {
        id: row.datasetVersionId,
        datasetName: row.datasetName,
        version: dataset?.version ?? null,
        contentSha256: row.datasetContentSha256,
        sourceBatchIds: dataset?.sourceBatchIds ?? null,
        createdAt: dataset?.createdAt.toISOString() ?? null,
      },
    };
  }

  async modelsTrainedOn(
    datasetName: string,
    datasetVersionId: string,
  ): Promise<DatasetVersionModels> {
    const manager = this.dataSource.manager;
    const dataset = await manager.findOneBy(DatasetVersionRow, { datasetVersionId });
    const featureSets = await manager.find(FeatureSetRow, {
      where: { datasetVersionId, datasetName },
      order: { materializedAt: 'ASC' },
    });
    // Through the feature sets; a model whose feature set the registry has not seen still
    // names the dataset version in its own lineage.
    const models = await manager.find(ModelVersionRow, {
      where: [
        { datasetVersionId, datasetName },
        ...(featureSets.length > 0
          ? [{ featureSetId: In(featureSets.map((set) => set.featureSetId)) }]
          : []),
      ],
      order: { modelName: 'ASC', version: 'ASC' },
    });
    if ((dataset && dataset.datasetName !== datasetName) || (!dataset && models.length === 0))
      throw notFound(
        RegistryErrorCode.DatasetVersionNotFound,
        `The registry has seen no version ${datasetVersionId} of dataset ${datasetName}, and no model trained on it; check the dataset name and version id (DatasetVersionCreated names both).`,
        { datasetName, datasetVersionId },
      );
    return {
      datasetName,
      datasetVersionId,
      version: dataset?.version ?? null,
      featureSets: featureSets.map((set) => ({
        id: set.featureSetId,
        featureViewName: set.featureViewName,
        featureViewVersion: set.featureViewVersion,
      })),
      models: models.map((model) => ({
        modelName: model.modelName,
        version: model.version,
        stage: model.stage,
        trainingRunId: model.trainingRunId,
        featureSetId: model.featureSetId,
      })),
    };
  }
}
