import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { Logger } from '@nestjs/common';
import { RegistryErrorCode } from '../domain/registry-error-code';
import { defaultModelPolicy, type ModelPolicy, parseModelPolicy } from './model-policy';

/**
 * The model policies of REGISTRY_MODEL_POLICIES_DIR (`<model name>.json`), read once at start-up.
 * A model without a file gets the safe default (approval required for production). Every file is
 * checked before the service starts, and a bad one stops it with each problem of each file named,
 * rather than running with a promotion rule nobody meant.
 */
export class ModelPolicies {
  private constructor(private readonly byModel: ReadonlyMap<string, ModelPolicy>) {}

  static async load(dir: string): Promise<ModelPolicies> {
    const logger = new Logger(ModelPolicies.name);
    const names = await readdir(dir).catch(() => null);
    if (names === null) {
      logger.warn(`${dir} cannot be read; every model gets the default policy`);
      return new ModelPolicies(new Map());
    }
    const policies = new Map<string, ModelPolicy>();
    const faults: string[] = [];
    for (const name of names.filter((each) => each.endsWith('.json')).sort()) {
      const path = join(dir, name);
      let json: unknown;
      try {
        json = JSON.parse(await readFile(path, 'utf8'));
      } catch (error) {
        faults.push(`${path}: ${(error as Error).message}.`);
        continue;
      }
      const parsed = parseModelPolicy(json, name.slice(0, -'.json'.length));
      if (parsed.policy === null) faults.push(`${path}: ${parsed.problems.join('; ')}.`);
      else policies.set(parsed.policy.modelName, parsed.policy);
    }
    if (faults.length > 0)
      throw new PlatformError(
        RegistryErrorCode.InvalidModelPolicy,
        `Model policy files are malformed, so the registry does not start. ${faults.join(' ')} Fix the files (format loopline.model-policy/v1, each named after its modelName) and start the service again.`,
        { kind: ErrorKind.InvalidInput, details: { dir, faults } },
      );
    return new ModelPolicies(policies);
  }

  /** The model's policy, or the safe default when it has no file. */
  for(modelName: string): ModelPolicy {
    return this.byModel.get(modelName) ?? defaultModelPolicy(modelName);
  }

  /** Every policy read from a file, by model name. */
  documented(): ModelPolicy[] {
    return [...this.byModel.values()].sort((a, b) => a.modelName.localeCompare(b.modelName));
  }

  /** True when moving `alias` needs an approval (POST …/approvals) rather than a PUT. */
  requiresApproval(modelName: string, alias: string): boolean {
    return this.for(modelName).approval.requiredFor.includes(alias);
  }
}
