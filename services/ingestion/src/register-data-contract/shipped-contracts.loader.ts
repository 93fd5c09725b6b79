import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { INGESTION_SETTINGS, type IngestionSettings } from '../config/ingestion.settings';
import { INGESTION_SERVICE_NAME } from '../config/ingestion.config';
import { RegisterDataContractHandler } from './register-data-contract.handler';

const CONTRACT_FILE = /^v(\d+)\.json$/;

/**
 * Registers the contract files of INGESTION_DATA_CONTRACTS_DIR (`<dataset>/v<N>.json`) at
 * start-up, oldest version first. Already registered files are no-ops; a file that is invalid,
 * misnamed or changes a registered version stops the start with the file named, because a
 * service validating against the wrong promise would do more harm than one that is down.
 */
@Injectable()
export class ShippedContractsLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger(ShippedContractsLoader.name);

  constructor(
    @Inject(INGESTION_SETTINGS) private readonly settings: IngestionSettings,
    private readonly handler: RegisterDataContractHandler,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const file of await this.contractFiles()) {
      const path = join(this.settings.dataContractsDir, file);
      try {
        const json: unknown = JSON.parse(await readFile(path, 'utf8'));
        this.checkPlacement(file, json);
        const registered = await this.handler.register(json, {
          source: `file:${file}`,
          registeredBy: INGESTION_SERVICE_NAME,
        });
        if (registered.created) this.logger.log(`registered data contract ${file}`);
      } catch (error) {
        throw new PlatformError(
          'INGESTION.INVALID_SHIPPED_DATA_CONTRACT',
          `Data contract file ${path} cannot be registered: ${(error as Error).message}`,
          { kind: ErrorKind.InvalidInput, cause: error },
        );
      }
    }
  }

  private async contractFiles(): Promise<string[]> {
    const root = this.settings.dataContractsDir;
    const datasets = await readdir(root, { withFileTypes: true }).catch(() => []);
    const files: { file: string; version: number }[] = [];
    for (const entry of datasets.filter((each) => each.isDirectory())) {
      for (const name of await readdir(join(root, entry.name))) {
        const match = CONTRACT_FILE.exec(name);
        if (match) files.push({ file: `${entry.name}/${name}`, version: Number(match[1]) });
      }
    }
    return files
      .sort(
        (a, b) => a.file.split('/')[0].localeCompare(b.file.split('/')[0]) || a.version - b.version,
      )
      .map((each) => each.file);
  }

  /** The path names the dataset and version; a copy-pasted file that disagrees is a mistake. */
  private checkPlacement(file: string, json: unknown): void {
    const [dataset, name] = file.split('/');
    const declared = json as { dataset?: unknown; version?: unknown };
    const version = Number(CONTRACT_FILE.exec(name)?.[1]);
    if (declared.dataset !== dataset || declared.version !== version) {
      throw new Error(
        `the file declares dataset ${JSON.stringify(declared.dataset)} v${String(declared.version)}, ` +
          `but its path says ${dataset} v${version}; move the file or fix its fields`,
      );
    }
  }
}
