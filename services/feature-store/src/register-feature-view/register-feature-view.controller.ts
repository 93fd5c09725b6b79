import { CurrentPrincipal, type Principal } from '@loopline/access-control';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import {
  type FeatureViewRegistration,
  RegisterFeatureViewHandler,
} from './register-feature-view.handler';

/** Registers a feature view definition over HTTP: 201 with a new version, 200 when unchanged. */
@Controller('feature-views')
export class RegisterFeatureViewController {
  constructor(private readonly handler: RegisterFeatureViewHandler) {}

  @Post()
  async register(
    @Body() body: unknown,
    @Res({ passthrough: true }) response: { status(code: number): unknown },
    @CurrentPrincipal() principal: Principal,
    @Headers('x-correlation-id') correlationId?: string,
  ): Promise<FeatureViewRegistration> {
    const registered = await this.handler.register(body, {
      source: 'http',
      registeredBy: principal.name,
      correlationId: correlationId || undefined,
    });
    response.status(registered.created ? 201 : 200);
    return registered;
  }
}
