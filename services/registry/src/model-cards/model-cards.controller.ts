import { Controller, Get, Header, Param } from '@nestjs/common';
import { parseVersionParam } from '../model-versions/version-param';
import type { ModelCard } from './model-card';
import { ModelCardBuilder } from './model-card.builder';
import { renderModelCardMarkdown } from './model-card.markdown';

/** A version's model card, generated on request: JSON, or Markdown for people. */
@Controller('models/:name/versions/:version')
export class ModelCardsController {
  constructor(private readonly builder: ModelCardBuilder) {}

  @Get('model-card.md')
  @Header('content-type', 'text/markdown; charset=utf-8')
  async markdown(@Param('name') name: string, @Param('version') version: string): Promise<string> {
    return renderModelCardMarkdown(await this.builder.build(name, parseVersionParam(version)));
  }

  @Get('model-card')
  json(@Param('name') name: string, @Param('version') version: string): Promise<ModelCard> {
    return this.builder.build(name, parseVersionParam(version));
  }
}
