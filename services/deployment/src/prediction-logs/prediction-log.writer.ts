import { randomUUID } from 'node:crypto';
import { ArtifactStore } from '@loopline/artifacts';
import type { PredictionsLogged } from '@loopline/contracts';
import { OutboxWriter } from '@loopline/messaging';
import { PREDICTION_LOG_MEDIA_TYPE } from '@loopline/prediction-logs';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEPLOYMENT_SETTINGS, type DeploymentSettings } from '../config/deployment.settings';
import { summarizeBatch } from './prediction-batch-summary';
import type { PredictionGroup } from './prediction-log-buffer';
import { PredictionLogEncoder } from './prediction-log.encoder';
import { layoutOf } from './prediction-log-layout';
import {
  PREDICTION_LOG_SIGNATURES,
  type PredictionLogSignatures,
} from './prediction-log-signatures';

/**
 * Writes one group as one log file, content-addressed in the service's bucket, then announces it
 * with PredictionsLogged through the outbox in its own transaction. A retry after a failed commit
 * re-puts the same bytes (a no-op for the store) and announces them once more at most.
 */
@Injectable()
export class PredictionLogWriter {
  constructor(
    private readonly artifacts: ArtifactStore,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly encoder: PredictionLogEncoder,
    @Inject(DEPLOYMENT_SETTINGS) private readonly settings: DeploymentSettings,
    @Optional()
    @Inject(PREDICTION_LOG_SIGNATURES)
    private readonly signatures: PredictionLogSignatures | null = null,
  ) {}

  /** Encodes the file on the encoder's thread; rejects before any I/O if it cannot. */
  async encode(group: PredictionGroup): Promise<{ bytes: Uint8Array; outputs: readonly string[] }> {
    const layout = layoutOf(group, this.signatures?.signatureOf(group.trainingRunId));
    return { bytes: await this.encoder.encode(group.rows, layout), outputs: layout.outputs };
  }

  async write(
    group: PredictionGroup,
    encoded: { bytes: Uint8Array; outputs: readonly string[] },
  ): Promise<PredictionsLogged> {
    const bytes = Buffer.from(encoded.bytes.buffer, encoded.bytes.byteOffset, encoded.bytes.length);
    const stored = await this.artifacts.putContentAddressed(this.settings.bucket, bytes, {
      contentType: PREDICTION_LOG_MEDIA_TYPE,
      metadata: { model: group.modelName, endpoint: group.endpointName },
    });
    const summary = summarizeBatch(group.rows, encoded.outputs);
    const event: PredictionsLogged = {
      modelName: group.modelName,
      logBatchId: randomUUID(),
      modelVersion: group.modelVersion,
      trainingRunId: group.trainingRunId,
      endpointName: group.endpointName,
      role: group.role,
      rolloutId: group.rolloutId,
      predictions: { ...stored, mediaType: PREDICTION_LOG_MEDIA_TYPE },
      format: 'arrow',
      rowCount: group.rows.length,
      ...summary,
      loggedAt: Date.now(),
    };
    await this.dataSource.transaction((manager) =>
      this.outbox.enqueue(manager, 'PredictionsLogged', event),
    );
    return event;
  }
}
