import { type DynamicModule, Module } from '@nestjs/common';
import type { TrainingConfig as TrainingServiceConfig } from '../config/training.config';
import {
  ShippedTrainingConfigsLoader,
  TRAINING_CONFIGS_DIR,
} from './shipped-training-configs.loader';
import { TrainingConfigRegistry } from './training-config.registry';
import { TrainingConfigsController } from './training-configs.controller';

/**
 * The versioned training configurations. Slices that read them import this module for the
 * registry; the root module imports `forRoot`, which adds the HTTP API and the start-up loader
 * of the shipped files.
 */
@Module({ providers: [TrainingConfigRegistry], exports: [TrainingConfigRegistry] })
export class TrainingConfigsModule {
  static forRoot(config: TrainingServiceConfig): DynamicModule {
    return {
      module: TrainingConfigsModule,
      controllers: [TrainingConfigsController],
      providers: [
        { provide: TRAINING_CONFIGS_DIR, useValue: config.TRAINING_CONFIGS_DIR },
        ShippedTrainingConfigsLoader,
      ],
    };
  }
}
