import { Module } from '@nestjs/common';
import { DriftCalibrations } from './drift-calibrations';
import { PredictionsLoggedConsumer } from './predictions-logged.consumer';
import { VersionReferences } from './version-references';
import { WindowAccumulator } from './window-accumulator';
import { WindowCloser } from './window-closer';
import { WindowTicker } from './window.ticker';
import { WindowsController } from './windows.controller';

/** Windows of served predictions, their drift against the version's reference, and their API. */
@Module({
  controllers: [PredictionsLoggedConsumer, WindowsController],
  providers: [VersionReferences, DriftCalibrations, WindowCloser, WindowAccumulator, WindowTicker],
})
export class WindowsModule {}
