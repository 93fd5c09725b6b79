import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ErrorKind, PlatformError } from '@loopline/errors';
import type { PredictionLogLayout, PredictionLogRow } from '@loopline/prediction-logs';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';

interface Pending {
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
}

/**
 * Builds prediction log files on a worker thread of their own: building a 10,000-row Arrow file
 * takes tens of milliseconds, which on the serving thread would land on the p99 of every
 * request in flight. The worker starts on first use and is replaced if it dies.
 */
@Injectable()
export class PredictionLogEncoder implements OnApplicationShutdown {
  private worker?: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  encode(rows: readonly PredictionLogRow[], layout: PredictionLogLayout): Promise<Uint8Array> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, rows, layout });
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(join(__dirname, 'prediction-log-encoder.worker.js'));
    worker.unref();
    worker.on('message', (message: { id: number; bytes?: Uint8Array; error?: string }) => {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.bytes) pending?.resolve(message.bytes);
      else pending?.reject(invalidLog(message.error ?? 'unknown error'));
    });
    worker.on('error', (error) => this.lose(worker, error));
    worker.on('exit', (code) => this.lose(worker, new Error(`encoder worker exited (${code})`)));
    this.worker = worker;
    return worker;
  }

  private lose(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}

function invalidLog(message: string): PlatformError {
  return new PlatformError(
    'DEPLOYMENT.PREDICTION_LOG_UNENCODABLE',
    `A prediction log file could not be built: ${message}.`,
    { kind: ErrorKind.Unprocessable },
  );
}
