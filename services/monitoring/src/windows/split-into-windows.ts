import type { WindowPolicy } from '../policies/monitoring-policy';

/** The open window of a serving version, as far as splitting rows needs it. */
export interface OpenWindowCursor {
  rowCount: number;
  /** Epoch milliseconds of request time at which the window stops taking rows. */
  closesAt: number;
}

/**
 * Rows [from, to) of a log go to one window: the open one (`window: 'open'`) or a new one
 * (`'new'`, starting at the request time of row `from`). `close` says the window is full (rows)
 * or past its time once these rows are in; `close` with from === to closes the open window
 * before any row of this log joins it.
 */
export interface WindowSegment {
  window: 'open' | 'new';
  from: number;
  to: number;
  close: 'rows' | 'time' | null;
}

/**
 * Splits a log's rows (in file order) into tumbling windows: a window takes rows until it holds
 * `maxRows` or a row's request time reaches `maxSeconds` after the window's first. A row earlier
 * than its window's start (logs of replicas interleave) still joins the open window: windows
 * follow arrival, bounded by time, rather than reopen the past.
 */
export function splitIntoWindows(
  requestTimes: ArrayLike<number>,
  open: OpenWindowCursor | null,
  policy: Pick<WindowPolicy, 'maxRows' | 'maxSeconds'>,
): WindowSegment[] {
  const segments: WindowSegment[] = [];
  const spanMs = policy.maxSeconds * 1000;
  let cursor: (OpenWindowCursor & { window: 'open' | 'new' }) | null =
    open === null ? null : { ...open, window: 'open' };
  let row = 0;
  while (row < requestTimes.length) {
    if (cursor === null)
      cursor = { rowCount: 0, closesAt: requestTimes[row] + spanMs, window: 'new' };
    let end = row;
    while (
      end < requestTimes.length &&
      cursor.rowCount + (end - row) < policy.maxRows &&
      requestTimes[end] < cursor.closesAt
    )
      end++;
    const rowCount = cursor.rowCount + (end - row);
    const stoppedBy =
      rowCount >= policy.maxRows ? 'rows' : end < requestTimes.length ? 'time' : null;
    if (end > row || stoppedBy !== null)
      segments.push({ window: cursor.window, from: row, to: end, close: stoppedBy });
    row = end;
    cursor = stoppedBy === null ? { ...cursor, rowCount } : null;
  }
  return segments;
}
