import {
  parseTrainingConfig,
  type TrainingConfig,
  trainingConfigSha256,
} from '@loopline/model-training';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  StoredTrainingConfig,
  TrainingConfigRegistration,
  TrainingConfigSource,
} from './stored-training-config';
import { TrainingConfigVersionRow } from './training-config-version.row';

/**
 * The versioned training configurations of every model; the only code that sees their rows. A
 * configuration that differs from its model's newest version becomes the next version; one
 * equal to it (whatever its formatting or key order) is not stored again. Versions are never
 * edited, so a run's configuration version always says exactly what it trained with.
 */
@Injectable()
export class TrainingConfigRegistry {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Validates and registers a configuration; throws TRAINING.INVALID_CONFIG naming every
   * problem. `expectedModelName` (the URL path, the file name) must equal its `modelName`.
   */
  async register(
    json: unknown,
    source: TrainingConfigSource,
    registeredBy: string,
    expectedModelName?: string,
  ): Promise<TrainingConfigRegistration> {
    const config = parseTrainingConfig(json, { expectedModelName });
    const sha256 = trainingConfigSha256(config);
    const { modelName } = config;
    return this.dataSource.transaction(async (manager) => {
      // Serialises registrations of one model for the rest of the transaction, so two
      // concurrent registrations cannot both take the same next version number.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
        `training-config:${modelName}`,
      ]);
      const newest = await this.newest(modelName, manager);
      if (newest?.sha256 === sha256)
        return { modelName, version: newest.version, created: false, config, sha256 };
      const version = (newest?.version ?? 0) + 1;
      await manager.insert(TrainingConfigVersionRow, {
        modelName,
        version,
        sha256,
        config,
        source,
        registeredBy,
        registeredAt: new Date(),
      });
      return { modelName, version, created: true, config, sha256 };
    });
  }

  /** The model's newest configuration, or null when none is registered. */
  async newest(
    modelName: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StoredTrainingConfig | null> {
    const row = await manager.findOne(TrainingConfigVersionRow, {
      where: { modelName },
      order: { version: 'DESC' },
    });
    return row === null ? null : toStored(row);
  }

  async version(
    modelName: string,
    version: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StoredTrainingConfig | null> {
    const row = await manager.findOneBy(TrainingConfigVersionRow, { modelName, version });
    return row === null ? null : toStored(row);
  }

  /** Every version of one model, newest first; empty when the model has none. */
  async versions(
    modelName: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StoredTrainingConfig[]> {
    const rows = await manager.find(TrainingConfigVersionRow, {
      where: { modelName },
      order: { version: 'DESC' },
    });
    return rows.map(toStored);
  }

  /** The newest version of every model, by model name. */
  async list(manager: EntityManager = this.dataSource.manager): Promise<StoredTrainingConfig[]> {
    const rows = await manager
      .createQueryBuilder(TrainingConfigVersionRow, 'v')
      .distinctOn(['v.modelName'])
      .orderBy('v.modelName')
      .addOrderBy('v.version', 'DESC')
      .getMany();
    return rows.map(toStored);
  }

  /**
   * The newest configurations with auto-train on that train on `featureViewName`: the models a
   * new feature set of that view retrains. A model whose newest version turned auto-train off
   * is not retrained, whatever its older versions said.
   */
  async autoTrainModelsFor(
    featureViewName: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StoredTrainingConfig[]> {
    const newest = await this.list(manager);
    return newest.filter(
      ({ config }) => config.autoTrain && config.featureView.name === featureViewName,
    );
  }
}

function toStored(row: TrainingConfigVersionRow): StoredTrainingConfig {
  return {
    modelName: row.modelName,
    version: row.version,
    sha256: row.sha256,
    config: row.config as TrainingConfig,
    source: row.source as TrainingConfigSource,
    registeredBy: row.registeredBy,
    registeredAt: row.registeredAt,
  };
}
