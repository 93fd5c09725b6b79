import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import {
  type ContractRegistration,
  RegisterDataContractHandler,
} from './register-data-contract.handler';

/** Registers a data contract version over HTTP: 201 when new, 200 when already registered. */
@Controller('data-contracts')
export class RegisterDataContractController {
  constructor(private readonly handler: RegisterDataContractHandler) {}

  @Post()
  async register(
    @Body() body: unknown,
    @Res({ passthrough: true }) response: { status(code: number): unknown },
    @Headers('x-requested-by') requestedBy?: string,
    @Headers('x-correlation-id') correlationId?: string,
  ): Promise<ContractRegistration> {
    const registered = await this.handler.register(body, {
      source: 'http',
      registeredBy: requestedBy || 'anonymous',
      correlationId: correlationId || undefined,
    });
    response.status(registered.created ? 201 : 200);
    return registered;
  }
}
