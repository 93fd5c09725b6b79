import { Controller, Get, Param } from '@nestjs/common';
import { parseVersionParam } from '../model-versions/version-param';
import { type DatasetVersionModels, LineageReader, type ModelLineage } from './lineage.reader';

/** Lineage both ways, read-only. */
@Controller()
export class LineageController {
  constructor(private readonly reader: LineageReader) {}

  @Get('models/:name/versions/:version/lineage')
  ofModelVersion(
    @Param('name') name: string,
    @Param('version') version: string,
  ): Promise<ModelLineage> {
    return this.reader.ofModelVersion(name, parseVersionParam(version));
  }

  @Get('datasets/:name/versions/:datasetVersionId/models')
  modelsTrainedOn(
    @Param('name') name: string,
    @Param('datasetVersionId') datasetVersionId: string,
  ): Promise<DatasetVersionModels> {
    return this.reader.modelsTrainedOn(name, datasetVersionId);
  }
}
