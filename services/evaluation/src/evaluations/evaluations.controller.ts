import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ArtifactStore } from '@loopline/artifacts';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { DataSource } from 'typeorm';
import { EvaluationRow } from './evaluation.row';

const NOT_FOUND = 'EVALUATION.NOT_FOUND';

/** Gate verdicts over HTTP: the list per model, one verdict, and its full report. */
@Controller('evaluations')
export class EvaluationsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly artifacts: ArtifactStore,
  ) {}

  /** Newest first; `?modelName=` narrows to one model, `?trainingRunId=` to one run. */
  @Get()
  async list(
    @Query('modelName') modelName?: string,
    @Query('trainingRunId') trainingRunId?: string,
  ): Promise<{ evaluations: EvaluationRow[] }> {
    const evaluations = await this.dataSource.manager.find(EvaluationRow, {
      where: {
        ...(modelName ? { modelName } : {}),
        ...(trainingRunId ? { trainingRunId } : {}),
      },
      order: { evaluatedAt: 'DESC' },
      take: 100,
    });
    return { evaluations };
  }

  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<EvaluationRow> {
    return this.find(id);
  }

  /** The report as stored: checks, metrics, slices, robustness, latency and plots as data. */
  @Get(':id/report')
  async report(@Param('id', new ParseUUIDPipe()) id: string): Promise<unknown> {
    const evaluation = await this.find(id);
    if (evaluation.report === null)
      throw new PlatformError(
        NOT_FOUND,
        `Evaluation ${id} failed before a report was written; its checks say why (GET /evaluations/${id}).`,
        { kind: ErrorKind.NotFound },
      );
    const bytes = await this.artifacts.get(evaluation.report.uri, {
      expectedSha256: evaluation.report.sha256,
    });
    return JSON.parse(bytes.toString('utf8')) as unknown;
  }

  private async find(id: string): Promise<EvaluationRow> {
    const evaluation = await this.dataSource.manager.findOneBy(EvaluationRow, { id });
    if (evaluation !== null) return evaluation;
    throw new PlatformError(
      NOT_FOUND,
      `No evaluation ${id}; list them at GET /evaluations?modelName=<model>.`,
      { kind: ErrorKind.NotFound },
    );
  }
}
