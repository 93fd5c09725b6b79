import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { readShippedDocuments } from '@loopline/versioned-documents';
import { TRAINING_SERVICE_NAME } from '../config/training.config';
import { TrainingConfigRegistry } from './training-config.registry';
import { TrainingConfigsErrorCode } from './training-configs.errors';
import { TRAINING_CONFIG_KIND } from './training-config.kind';

/** The folder of shipped configuration files (TRAINING_CONFIGS_DIR). */
export const TRAINING_CONFIGS_DIR = Symbol('TRAINING_CONFIGS_DIR');

/**
 * Registers the configuration files of TRAINING_CONFIGS_DIR (`<model name>.json`) at start-up:
 * an unchanged file is a no-op, an edited one becomes the model's next version. Every file is
 * checked before any is registered, and a bad one stops the start with each bad file and every
 * one of its problems named, rather than training on a stale or half-updated recipe.
 */
@Injectable()
export class ShippedTrainingConfigsLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger(ShippedTrainingConfigsLoader.name);

  constructor(
    @Inject(TRAINING_CONFIGS_DIR) private readonly dir: string,
    private readonly registry: TrainingConfigRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const files = await readShippedDocuments(
      this.dir,
      TRAINING_CONFIG_KIND,
      TrainingConfigsErrorCode.InvalidShippedConfig,
    );
    if (files === null) {
      this.logger.warn(`${this.dir} cannot be read; no training configurations are shipped`);
      return;
    }
    for (const file of files) {
      const registered = await this.registry.register(
        file.json,
        'file',
        TRAINING_SERVICE_NAME,
        file.name,
      );
      if (registered.created)
        this.logger.log(
          `registered ${registered.modelName} v${registered.version} from ${file.path}`,
        );
    }
  }
}
