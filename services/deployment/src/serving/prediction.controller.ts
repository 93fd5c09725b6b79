import { RequiresRole } from '@loopline/access-control';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import type { PredictionResponse } from './prediction-response';
import { PredictionService } from './prediction.service';

/** The online prediction API: `POST /v1/models/:model/predict` with `{"instances": [...]}`. */
@Controller('v1/models')
export class PredictionController {
  constructor(private readonly predictions: PredictionService) {}

  /** A prediction reads; it changes nothing, so a viewer's token is enough. */
  @Post(':name/predict')
  @HttpCode(200)
  @RequiresRole('viewer')
  predict(@Param('name') name: string, @Body() body: unknown): Promise<PredictionResponse> {
    return this.predictions.predict(name, body, performance.now());
  }
}
