import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DeployableModel } from './deployable-model';
import { DeploymentProjections } from './deployment-projections';

/** Finds a registered model version's artifact for slices that only read (batch scoring). */
@Injectable()
export class KnownModels {
  constructor(
    private readonly dataSource: DataSource,
    private readonly projections: DeploymentProjections,
  ) {}

  find(modelName: string, modelVersion: number): Promise<DeployableModel | null> {
    return this.projections.byVersion(this.dataSource.manager, modelName, modelVersion);
  }
}
