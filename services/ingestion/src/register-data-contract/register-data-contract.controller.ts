import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { CurrentPrincipal, type Principal } from '@loopline/access-control';
import {
  type ContractRegistration,
  RegisterDataContractHandler,
} from './register-data-contract.handler';

/**
 * Registers a data contract version over HTTP (operator role): 201 when new, 200 when already
 * registered. The event records the caller's principal as registeredBy.
 */
@Controller('data-contracts')
export class RegisterDataContractController {
  constructor(private readonly handler: RegisterDataContractHandler) {}

  @Post()
  async register(
    @Body() body: unknown,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: { status(code: number): unknown },
    @Headers('x-correlation-id') correlationId?: string,
  ): Promise<ContractRegistration> {
    const registered = await this.handler.register(body, {
      source: 'http',
      registeredBy: principal.name,
      correlationId: correlationId || undefined,
    });
    response.status(registered.created ? 201 : 200);
    return registered;
  }
}
