import { readFile } from 'node:fs/promises';
import type { PlatformError } from '@loopline/errors';
import { tableFromIPC, type Table } from 'apache-arrow';
import type { Problem } from '../errors/problem';

/** The IPC body aligns buffers to 8 bytes relative to its start; typed views need that. */
const ALIGNMENT = 8;

/**
 * Loads an Arrow IPC file from its bytes or its path. The table's typed arrays view the bytes
 * (no copy) unless they start at an offset that is not 8-byte aligned, which forces one copy of
 * the whole file. Bytes that are not Arrow IPC throw `invalid(what, problems)`, where `what`
 * names the source for the reader's own error.
 */
export async function readArrowFile(
  bytesOrPath: Uint8Array | string,
  invalid: (what: string, problems: Problem[]) => PlatformError,
): Promise<{ what: string; table: Table }> {
  const what = typeof bytesOrPath === 'string' ? `The file ${bytesOrPath}` : 'The bytes read';
  let bytes = typeof bytesOrPath === 'string' ? await readFile(bytesOrPath) : bytesOrPath;
  if (bytes.byteOffset % ALIGNMENT !== 0) bytes = bytes.slice();
  try {
    return { what, table: tableFromIPC(bytes) };
  } catch (error) {
    const message = `is not Arrow IPC: ${error instanceof Error ? error.message : String(error)}`;
    throw invalid(what, [{ path: '', message }]);
  }
}
