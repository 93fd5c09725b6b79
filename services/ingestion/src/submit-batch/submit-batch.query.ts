import { isDatasetName } from '../domain/identifiers';
import { ErrorKind, PlatformError } from '@loopline/errors';
import {
  formatOfMediaType,
  isTabularFormat,
  type TabularFormat,
  TABULAR_FORMATS,
} from '@loopline/tabular';

/** Options of an upload, from its query string and headers. */
export interface SubmitBatchOptions {
  dataset: string;
  /** What the sender declared (query `format`, else Content-Type); null: recognise it. */
  declaredFormat: TabularFormat | null;
  contractVersion: number | null;
  source: string;
  claimedRowCount: number | null;
  /** How long to wait for the outcome before answering 202; null: the service default. */
  waitMs: number | null;
}

const KNOWN = new Set(['format', 'contractVersion', 'source', 'rowCount', 'wait']);

/** Validates an upload's parameters, naming every problem at once. */
export function parseSubmitBatchOptions(
  dataset: string,
  query: Record<string, unknown>,
  contentType: string | undefined,
): SubmitBatchOptions {
  const problems = Object.keys(query)
    .filter((name) => !KNOWN.has(name))
    .map((name) => `unknown query parameter '${name}'`);
  if (!isDatasetName(dataset))
    problems.push(`dataset must be kebab-case, 1-63 characters (got '${dataset}')`);
  const text = (name: string): string | null => {
    const value = query[name];
    if (value === undefined) return null;
    if (typeof value !== 'string' || value === '') {
      problems.push(`${name} must be given once, with a value`);
      return null;
    }
    return value;
  };
  const whole = (name: string, min: number, max = Number.MAX_SAFE_INTEGER): number | null => {
    const value = text(name);
    if (value === null) return null;
    const number = Number(value);
    if (!/^\d+$/.test(value) || number < min || number > max) {
      problems.push(`${name} must be a whole number in [${min}, ${max}] (got '${value}')`);
      return null;
    }
    return number;
  };
  const format = text('format');
  if (format !== null && !isTabularFormat(format)) {
    problems.push(`format must be one of ${TABULAR_FORMATS.join(', ')} (got '${format}')`);
  }
  const options: SubmitBatchOptions = {
    dataset,
    declaredFormat:
      format !== null && isTabularFormat(format) ? format : formatOfMediaType(contentType),
    contractVersion: whole('contractVersion', 1),
    source: text('source') ?? 'http-upload',
    claimedRowCount: whole('rowCount', 0),
    waitMs: ((seconds) => (seconds === null ? null : seconds * 1000))(whole('wait', 0, 600)),
  };
  if (problems.length > 0) {
    throw new PlatformError('INGESTION.INVALID_UPLOAD', `Invalid upload: ${problems.join('; ')}.`, {
      kind: ErrorKind.InvalidInput,
      details: { problems },
    });
  }
  return options;
}
