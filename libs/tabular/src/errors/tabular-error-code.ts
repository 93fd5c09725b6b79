/** Stable codes of the errors the tabular engine raises. */
export enum TabularErrorCode {
  /** The file could not be read as the format it was said to be. */
  Unreadable = 'TABULAR.UNREADABLE',
  /** The format is not one the engine reads (parquet, csv, ndjson, json, arrow). */
  UnknownFormat = 'TABULAR.UNKNOWN_FORMAT',
  /** A query failed for another reason, usually a bug in the query. */
  QueryFailed = 'TABULAR.QUERY_FAILED',
}
