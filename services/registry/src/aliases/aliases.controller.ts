import { CurrentPrincipal, type Principal } from '@loopline/access-control';
import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { invalidRequest } from '../domain/registry-error-code';
import { ModelVersionReader } from '../model-versions/model-version.reader';
import { type AliasMoveView, AliasReader } from './alias.reader';
import { parseAssignAlias } from './assign-alias.dto';
import { type AliasAssigned, AssignAliasHandler } from './assign-alias.handler';

/**
 * A model's aliases: where they point now or pointed at a given time, their full history, and
 * moving one (operator; production follows deployment's rollouts, and other aliases the approval
 * policy reserves go through approvals).
 */
@Controller('models/:name/aliases')
export class AliasesController {
  constructor(
    private readonly reader: AliasReader,
    private readonly versions: ModelVersionReader,
    private readonly assign: AssignAliasHandler,
  ) {}

  @Get()
  async list(
    @Param('name') name: string,
  ): Promise<{ modelName: string; aliases: Record<string, number> }> {
    await this.versions.requireModel(name);
    return { modelName: name, aliases: await this.reader.current(name) };
  }

  /** Every move of the alias, oldest first. */
  @Get(':alias/history')
  async history(
    @Param('name') name: string,
    @Param('alias') alias: string,
  ): Promise<{ modelName: string; alias: string; moves: AliasMoveView[] }> {
    await this.versions.requireModel(name);
    return { modelName: name, alias, moves: await this.reader.history(name, alias) };
  }

  /** The version the alias points at now, or pointed at `?at=<ISO time>`. */
  @Get(':alias')
  async get(
    @Param('name') name: string,
    @Param('alias') alias: string,
    @Query('at') atText?: string,
  ): Promise<AliasMoveView & { modelName: string; at: string }> {
    await this.versions.requireModel(name);
    const at = parseAt(atText);
    return { modelName: name, at: at.toISOString(), ...(await this.reader.at(name, alias, at)) };
  }

  @Put(':alias')
  async put(
    @Param('name') name: string,
    @Param('alias') alias: string,
    @Body() body: unknown,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AliasAssigned> {
    return this.assign.execute(name, alias, parseAssignAlias(alias, body), principal);
  }
}

function parseAt(text: string | undefined): Date {
  if (text === undefined || text === '') return new Date();
  const at = new Date(text);
  if (typeof text !== 'string' || Number.isNaN(at.getTime()))
    throw invalidRequest('alias query', [
      `at must be an ISO-8601 time such as 2025-01-31T12:00:00Z (got '${String(text)}')`,
    ]);
  return at;
}
