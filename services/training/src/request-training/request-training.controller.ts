import { Body, Controller, Headers, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { CurrentPrincipal, type Principal } from '@loopline/access-control';
import {
  type HeaderWritable,
  IdempotencyKey,
  type IdempotentRequest,
  markReplayedResponse,
} from '@loopline/messaging';
import { parseRequestTrainingDto } from './request-training.dto';
import { type TrainingRequestAccepted, RequestTrainingHandler } from './request-training.handler';

/**
 * Ops action (operator role): ask for a (re)training. Accepted means the request event is
 * committed, recording the caller as requestedBy. A client that may retry sends an
 * Idempotency-Key, scoped to the caller: a repeat gets the first response, marked replayed.
 */
@Controller('training-requests')
export class RequestTrainingController {
  constructor(private readonly handler: RequestTrainingHandler) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  async request(
    @Body() body: unknown,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKey() idempotent: IdempotentRequest | undefined,
    @Res({ passthrough: true }) response: HeaderWritable,
    @Headers('x-correlation-id') correlationId?: string,
  ): Promise<TrainingRequestAccepted> {
    const dto = parseRequestTrainingDto(body);
    const outcome = await this.handler.execute(
      dto,
      principal.name,
      correlationId || undefined,
      idempotent && { ...idempotent, principal: principal.name },
    );
    return markReplayedResponse(response, outcome);
  }
}
