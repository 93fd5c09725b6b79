import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ErrorKind, PlatformError } from '@loopline/errors';
import type { DocumentKind } from './document-kind';

export interface ShippedDocument {
  path: string;
  json: unknown;
  /** The file's name without `.json`: the document must carry the same name. */
  name: string;
}

/**
 * Reads and validates every `<name>.json` of a folder shipped with a service. Every file is
 * checked before any is used, and bad files stop the start with each file and every one of its
 * problems named, rather than running on a stale or half-updated set. A missing folder ships
 * nothing (null).
 */
export async function readShippedDocuments<T>(
  dir: string,
  kind: DocumentKind<T>,
  invalidFileCode: string,
): Promise<ShippedDocument[] | null> {
  const names = await readdir(dir).catch(() => null);
  if (names === null) return null;
  const files: ShippedDocument[] = [];
  const faults: string[] = [];
  for (const file of names.filter((each) => each.endsWith('.json')).sort()) {
    const path = join(dir, file);
    const name = file.slice(0, -'.json'.length);
    try {
      const json: unknown = JSON.parse(await readFile(path, 'utf8'));
      kind.parse(json, name);
      files.push({ path, json, name });
    } catch (error) {
      faults.push(`${path}: ${describeFault(error)}`);
    }
  }
  if (faults.length > 0)
    throw new PlatformError(
      invalidFileCode,
      `The shipped ${kind.label} files cannot be registered, so the service does not start. ${faults.join(' ')} Fix the files (name each after the name it declares) and start the service again.`,
      { kind: ErrorKind.InvalidInput, details: { dir, faults } },
    );
  return files;
}

/** Every problem of an invalid document (an error's message may name only the first few). */
function describeFault(error: unknown): string {
  const problems = (error as PlatformError).details?.problems;
  if (Array.isArray(problems))
    return `${problems.map((problem: { path: string; message: string }) => `${problem.path}: ${problem.message}`).join('; ')}.`;
  return `${(error as Error).message}.`;
}
