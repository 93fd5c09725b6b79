import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ErrorKind, PlatformError } from '@loopline/errors';
import type { Problem } from '@loopline/features';
import { parseTrainingConfig, TrainingConfigErrorCode } from '@loopline/model-training';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { TRAINING_SERVICE_NAME } from '../config/training.config';
import { TrainingConfigRegistry } from './training-config.registry';
import { TrainingConfigsErrorCode } from './training-configs.errors';

/** The folder of shipped configuration files (TRAINING_CONFIGS_DIR). */
export const TRAINING_CONFIGS_DIR = Symbol('TRAINING_CONFIGS_DIR');

interface ShippedFile {
  path: string;
  json: unknown;
  modelName: string;
}

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
    const files = await this.readFiles();
    for (const file of files) {
      const registered = await this.registry.register(
        file.json,
        'file',
        TRAINING_SERVICE_NAME,
        file.modelName,
      );
      if (registered.created)
        this.logger.log(
          `registered ${registered.modelName} v${registered.version} from ${file.path}`,
        );
    }
  }

  private async readFiles(): Promise<ShippedFile[]> {
    const names = await readdir(this.dir).catch(() => null);
    if (names === null) {
      this.logger.warn(`${this.dir} cannot be read; no training configurations are shipped`);
      return [];
    }
    const files: ShippedFile[] = [];
    const faults: string[] = [];
    for (const name of names.filter((each) => each.endsWith('.json')).sort()) {
      const path = join(this.dir, name);
      const modelName = name.slice(0, -'.json'.length);
      try {
        const json: unknown = JSON.parse(await readFile(path, 'utf8'));
        // Parsed here so that every bad file is reported before anything is registered.
        parseTrainingConfig(json, { expectedModelName: modelName });
        files.push({ path, json, modelName });
      } catch (error) {
        faults.push(`${path}: ${describeFault(error)}`);
      }
    }
    if (faults.length > 0)
      throw new PlatformError(
        TrainingConfigsErrorCode.InvalidShippedConfig,
        `Training configuration files cannot be registered, so the service does not start. ${faults.join(' ')} Fix the files (name each after its modelName) and start the service again.`,
        { kind: ErrorKind.InvalidInput, details: { dir: this.dir, faults } },
      );
    return files;
  }
}

/** Every problem of an invalid configuration (the error's message names only the first few). */
function describeFault(error: unknown): string {
  if (error instanceof PlatformError && error.code === TrainingConfigErrorCode.InvalidConfig) {
    const problems = error.details.problems as Problem[];
    return `${problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}.`;
  }
  return `${(error as Error).message}.`;
}
