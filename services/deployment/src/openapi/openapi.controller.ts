import { OpenEndpoint } from '@loopline/access-control';
import { Controller, Get } from '@nestjs/common';
import { OPENAPI_DOCUMENT } from './openapi.document';

/** The API description, open like the probes: tools read it before they hold a token. */
@Controller()
export class OpenApiController {
  @Get('openapi.json')
  @OpenEndpoint()
  document() {
    return OPENAPI_DOCUMENT;
  }
}
