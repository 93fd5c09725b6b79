import { Body, Controller, Headers, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { parseRequestTrainingDto } from './request-training.dto';
import { type TrainingRequestAccepted, RequestTrainingHandler } from './request-training.handler';

/** Ops action: ask for a (re)training. Accepted means the request event is committed. */
@Controller('training-requests')
export class RequestTrainingController {
  constructor(private readonly handler: RequestTrainingHandler) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  request(
    @Body() body: unknown,
    @Headers('x-correlation-id') correlationId?: string,
  ): Promise<TrainingRequestAccepted> {
    return this.handler.execute(parseRequestTrainingDto(body), correlationId || undefined);
  }
}
