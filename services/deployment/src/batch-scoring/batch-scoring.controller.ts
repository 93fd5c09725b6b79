import { CurrentPrincipal, type Principal } from '@loopline/access-control';
import { ErrorKind, PlatformError } from '@loopline/errors';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { parseRequestBatchScoringDto } from './batch-scoring.dto';
import { BatchScoringRequester } from './batch-scoring.requester';
import { BatchScoringJobRow } from './batch-scoring-job.row';
import { BatchScoringPartRow } from './batch-scoring-part.row';
import { type BatchScoringJobView, toJobView } from './batch-scoring-job.view';

/** Batch scoring over HTTP: start a job (operator), follow its progress (viewer). */
@Controller('batch-scoring-jobs')
export class BatchScoringController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requester: BatchScoringRequester,
  ) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  async start(
    @Body() body: unknown,
    @CurrentPrincipal() principal: Principal,
  ): Promise<BatchScoringJobView> {
    const dto = parseRequestBatchScoringDto(body);
    const row = await this.dataSource.transaction((manager) =>
      this.requester.request(manager, dto, principal.name),
    );
    return toJobView(row, { partsDone: 0, rowsScored: 0 });
  }

  /** Newest first, at most 100; `?modelName=` narrows to one model. */
  @Get()
  async list(@Query('modelName') modelName?: string): Promise<{ jobs: BatchScoringJobView[] }> {
    const rows = await this.dataSource.manager.find(BatchScoringJobRow, {
      where: modelName ? { modelName } : {},
      order: { createdAt: 'DESC' },
      take: 100,
    });
    const progress = await this.progressOf(rows.map((row) => row.id));
    return { jobs: rows.map((row) => toJobView(row, progress.get(row.id) ?? NO_PROGRESS)) };
  }

  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<BatchScoringJobView> {
    const row = await this.dataSource.manager.findOneBy(BatchScoringJobRow, { id });
    if (row === null)
      throw new PlatformError(
        'DEPLOYMENT.BATCH_SCORING_JOB_NOT_FOUND',
        `No batch scoring job ${id}; list them at GET /batch-scoring-jobs?modelName=<model>.`,
        { kind: ErrorKind.NotFound },
      );
    return toJobView(row, (await this.progressOf([id])).get(id) ?? NO_PROGRESS);
  }

  private async progressOf(
    ids: string[],
  ): Promise<Map<string, { partsDone: number; rowsScored: number }>> {
    if (ids.length === 0) return new Map();
    const rows: { jobId: string; parts: string; rows: string }[] = await this.dataSource
      .getRepository(BatchScoringPartRow)
      .createQueryBuilder('part')
      .select('part.jobId', 'jobId')
      .addSelect('count(*)', 'parts')
      .addSelect('sum(part.rowCount)', 'rows')
      .where('part.jobId IN (:...ids)', { ids })
      .groupBy('part.jobId')
      .getRawMany();
    return new Map(
      rows.map((row) => [
        row.jobId,
        { partsDone: Number(row.parts), rowsScored: Number(row.rows) },
      ]),
    );
  }
}

const NO_PROGRESS = { partsDone: 0, rowsScored: 0 };
