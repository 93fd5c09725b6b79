import { Module } from '@nestjs/common';
import { TrackingReader } from './database/tracking.reader';
import { TrackingStore } from './database/tracking.store';
import { RunsController } from './http/runs.controller';

/**
 * Experiment tracking: the store the run orchestrator records runs in, and the read-only
 * `/runs` API over it.
 */
@Module({
  controllers: [RunsController],
  providers: [TrackingStore, TrackingReader],
  exports: [TrackingStore, TrackingReader],
})
export class TrackingModule {}
