import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import { Controller, Headers, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { mediaTypeOf, resolveFormat } from '@loopline/tabular';
import { INGESTION_SETTINGS, type IngestionSettings } from '../config/ingestion.settings';
import type { BatchView } from '../accept-batch/batch-view';
import { parseSubmitBatchOptions } from './submit-batch.query';
import { SubmitBatchHandler } from './submit-batch.handler';
import { receiveUpload, tooLarge } from './upload-receiver';

/** Status of an upload's answer by what became of the batch. */
const STATUS_BY_OUTCOME = { versioned: 201, rejected: 422, pending: 202 } as const;

/**
 * Upload of a batch (CSV, JSON lines, JSON, Parquet, Arrow IPC) as the raw request body. The
 * answer waits for the outcome (up to ?wait=<seconds>): 201 with the version, 422 with every
 * violation, or 202 with the batch id to look up later. A repeat of the same bytes under the
 * same contract answers 200 with the first outcome and creates nothing.
 */
@Controller('datasets')
export class SubmitBatchController {
  constructor(
    private readonly handler: SubmitBatchHandler,
    @Inject(INGESTION_SETTINGS) private readonly settings: IngestionSettings,
  ) {}

  @Post(':dataset/batches')
  async submit(
    @Param('dataset') dataset: string,
    @Query() query: Record<string, unknown>,
    @Req() request: IncomingMessage,
    @Res({ passthrough: true }) response: { status(code: number): unknown },
    @Headers('content-type') contentType?: string,
    @Headers('content-length') contentLength?: string,
    @Headers('x-correlation-id') correlationId?: string,
  ): Promise<BatchView> {
    const options = parseSubmitBatchOptions(dataset, query, contentType);
    if (Number(contentLength) > this.settings.maxUploadBytes) {
      throw tooLarge(this.settings.maxUploadBytes);
    }
    const upload = await receiveUpload(
      request,
      join(this.settings.workDir, 'uploads'),
      this.settings.maxUploadBytes,
    );
    try {
      const format = resolveFormat(options.declaredFormat, upload.head);
      const { view, repeated } = await this.handler.submit(
        {
          batchId: randomUUID(),
          dataset,
          raw: {
            uri: '',
            sha256: upload.sha256,
            sizeBytes: upload.sizeBytes,
            mediaType: mediaTypeOf(format),
          },
          format,
          intake: 'http',
          source: options.source,
          claimedRowCount: options.claimedRowCount,
          contractVersion: options.contractVersion,
          submittedAt: new Date(),
        },
        upload.path,
        options.waitMs ?? this.settings.uploadWaitMs,
        correlationId || undefined,
      );
      response.status(repeated && view.status !== 'pending' ? 200 : STATUS_BY_OUTCOME[view.status]);
      return view;
    } finally {
      await rm(upload.path, { force: true });
    }
  }
}
