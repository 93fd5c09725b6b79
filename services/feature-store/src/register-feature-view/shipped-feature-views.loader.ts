import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { FEATURE_STORE_SERVICE_NAME } from '../config/feature-store.config';
import {
  FEATURE_STORE_SETTINGS,
  type FeatureStoreSettings,
} from '../config/feature-store.settings';
import { RegisterFeatureViewHandler } from './register-feature-view.handler';

/**
 * Registers the definition files of FEATURE_STORE_VIEWS_DIR (`<name>.json`) at start-up: an
 * unchanged file is a no-op, an edited one becomes the view's next version. An invalid or
 * misnamed file stops the start with the file named, rather than serving stale transforms.
 */
@Injectable()
export class ShippedFeatureViewsLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger(ShippedFeatureViewsLoader.name);

  constructor(
    @Inject(FEATURE_STORE_SETTINGS) private readonly settings: FeatureStoreSettings,
    private readonly handler: RegisterFeatureViewHandler,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const files = await readdir(this.settings.viewsDir).catch(() => [] as string[]);
    for (const file of files.filter((name) => name.endsWith('.json')).sort()) {
      const path = join(this.settings.viewsDir, file);
      try {
        const json = JSON.parse(await readFile(path, 'utf8')) as { name?: unknown };
        if (json.name !== file.slice(0, -'.json'.length)) {
          throw new Error(
            `the file declares name ${JSON.stringify(json.name)}; name the file after the view`,
          );
        }
        const registered = await this.handler.register(json, {
          source: `file:${file}`,
          registeredBy: FEATURE_STORE_SERVICE_NAME,
        });
        if (registered.created)
          this.logger.log(`registered ${registered.name} v${registered.version}`);
      } catch (error) {
        throw new PlatformError(
          'FEATURE_STORE.INVALID_SHIPPED_FEATURE_VIEW',
          `Feature view file ${path} cannot be registered: ${(error as Error).message}`,
          { kind: ErrorKind.InvalidInput, cause: error },
        );
      }
    }
  }
}
