// Small formatting helpers of the drift benchmark's report.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const int = (value) => Math.round(value).toLocaleString('en-US');

/** Four significant digits, exponent form below 1e-3 (p-values underflow to 0 at these sizes). */
export function num(value) {
  if (value === undefined || value === null) return '–';
  if (value === 0) return '0';
  if (Math.abs(value) < 1e-3 || Math.abs(value) >= 1e6) return value.toExponential(2);
  return Number(value.toPrecision(4)).toString();
}

export const seconds = (value) =>
  value < 0.1 ? `${(value * 1000).toFixed(1)} ms` : `${value.toFixed(3)} s`;

export function bytes(value) {
  return value < 10_240 ? `${int(value)} B` : `${(value / 1024).toFixed(1)} KiB`;
}

export const verdict = (drifted) => (drifted ? 'DRIFT' : 'no drift');

/** Rows of cells as a left-aligned text table with a rule under the header. */
export function table(header, rows) {
  const widths = header.map((_, i) =>
    Math.max(...[header, ...rows].map((row) => String(row[i]).length)),
  );
  const line = (row) =>
    row
      .map((cell, i) => String(cell).padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n');
}
