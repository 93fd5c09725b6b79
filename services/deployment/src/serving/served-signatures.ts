import { Injectable } from '@nestjs/common';
import type { LoggedSignature, PredictionLogSignatures } from '../prediction-logs';

/** Signatures of the versions this instance has loaded, by training run, for the prediction log. */
@Injectable()
export class ServedSignatures implements PredictionLogSignatures {
  private readonly byRun = new Map<string, LoggedSignature>();

  remember(trainingRunId: string, signature: LoggedSignature): void {
    this.byRun.set(trainingRunId, signature);
  }

  signatureOf(trainingRunId: string): LoggedSignature | undefined {
    return this.byRun.get(trainingRunId);
  }
}
