import { Module } from '@nestjs/common';
import { OpenApiController } from '../openapi/openapi.controller';
import { PredictionLogModule } from '../prediction-logs';
import { EndpointRoutes } from './endpoint-routes';
import { EndpointSync } from './endpoint-sync';
import { EndpointsController } from './endpoints.controller';
import { ModelLoader } from './model-loader';
import { ModelWarmer } from './model-warmer';
import { OnlineFeatures } from './online-features';
import { PredictionController } from './prediction.controller';
import { PredictionService } from './prediction.service';
import { RecentRequests } from './recent-requests';
import { RolloutObservationRecorder } from './rollout-observation.recorder';
import { ServingFaults } from './serving-faults';
import { ServingMetrics } from './serving-metrics';

/**
 * The online prediction API: routes mirrored from the endpoints table, models loaded and warmed
 * before they take traffic, micro-batched scoring with online features joined in memory.
 */
@Module({
  imports: [PredictionLogModule],
  controllers: [PredictionController, EndpointsController, OpenApiController],
  providers: [
    EndpointRoutes,
    EndpointSync,
    ModelLoader,
    ModelWarmer,
    OnlineFeatures,
    PredictionService,
    RecentRequests,
    RolloutObservationRecorder,
    ServingFaults,
    ServingMetrics,
  ],
  exports: [RolloutObservationRecorder],
})
export class ServingModule {}
