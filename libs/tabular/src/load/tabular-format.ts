import { ErrorKind, PlatformError } from '@loopline/errors';
import { TabularErrorCode } from '../errors/tabular-error-code';

/** File formats the engine loads; the names match the `DataFormat` enum of the event contracts. */
export const TABULAR_FORMATS = ['parquet', 'csv', 'ndjson', 'json', 'arrow'] as const;
export type TabularFormat = (typeof TABULAR_FORMATS)[number];

const MEDIA_TYPES: Readonly<Record<TabularFormat, string>> = {
  parquet: 'application/vnd.apache.parquet',
  csv: 'text/csv',
  ndjson: 'application/x-ndjson',
  json: 'application/json',
  arrow: 'application/vnd.apache.arrow.file',
};

const FORMAT_BY_MEDIA_TYPE: Readonly<Record<string, TabularFormat>> = {
  ...Object.fromEntries(Object.entries(MEDIA_TYPES).map(([format, type]) => [type, format])),
  'application/x-parquet': 'parquet',
  'application/jsonl': 'ndjson',
  'application/x-jsonlines': 'ndjson',
  'application/vnd.apache.arrow.stream': 'arrow',
  'text/json': 'json',
};

export function mediaTypeOf(format: TabularFormat): string {
  return MEDIA_TYPES[format];
}

/** The format a media type names, or null (e.g. for application/octet-stream). */
export function formatOfMediaType(mediaType: string | undefined): TabularFormat | null {
  if (!mediaType) return null;
  return FORMAT_BY_MEDIA_TYPE[mediaType.split(';')[0].trim().toLowerCase()] ?? null;
}

export function isTabularFormat(value: string): value is TabularFormat {
  return (TABULAR_FORMATS as readonly string[]).includes(value);
}

const PARQUET_MAGIC = Buffer.from('PAR1');
const ARROW_FILE_MAGIC = Buffer.from('ARROW1');
const ARROW_STREAM_CONTINUATION = Buffer.from([0xff, 0xff, 0xff, 0xff]);

/** The binary format the first bytes of a file announce, or null for text and anything else. */
export function sniffBinaryFormat(head: Buffer): TabularFormat | null {
  if (head.subarray(0, 4).equals(PARQUET_MAGIC)) return 'parquet';
  if (head.subarray(0, 6).equals(ARROW_FILE_MAGIC)) return 'arrow';
  if (head.subarray(0, 4).equals(ARROW_STREAM_CONTINUATION)) return 'arrow';
  return null;
}

/**
 * Decides a file's format from what the sender declared and what its first bytes say. Binary
 * formats carry a magic number, so a declaration that contradicts it is an error rather than a
 * guess; text formats cannot be told apart reliably, so they must be declared.
 */
export function resolveFormat(declared: TabularFormat | null, head: Buffer): TabularFormat {
  const sniffed = sniffBinaryFormat(head);
  if (declared === null) {
    if (sniffed !== null) return sniffed;
    throw new PlatformError(
      TabularErrorCode.UnknownFormat,
      `Cannot tell the file's format: declare it as one of ${TABULAR_FORMATS.join(', ')} ` +
        '(e.g. ?format=csv or Content-Type: text/csv).',
      { kind: ErrorKind.InvalidInput },
    );
  }
  const declaredBinary = declared === 'parquet' || declared === 'arrow';
  if ((declaredBinary || sniffed !== null) && sniffed !== declared) {
    throw new PlatformError(
      TabularErrorCode.Unreadable,
      `The file was declared ${declared} but its first bytes ${
        sniffed === null ? `are not a ${declared} header` : `are a ${sniffed} header`
      }; send the file as it is or declare its real format.`,
      { kind: ErrorKind.Unprocessable, details: { declared, sniffed } },
    );
  }
  return declared;
}
