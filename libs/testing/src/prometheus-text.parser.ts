/** One sample line of the Prometheus text exposition format (version 0.0.4). */
export interface PrometheusSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface PrometheusFamily {
  name: string;
  type: string;
  help?: string;
  samples: PrometheusSample[];
}

const METRIC_NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const LABEL = '[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\\\\n]|\\\\[\\\\"n])*"';
const SAMPLE = new RegExp(
  `^(${METRIC_NAME})(?:\\{((?:${LABEL})(?:,(?:${LABEL}))*,?)?\\})? (\\S+)(?: (-?\\d+))?$`,
);
const LABEL_PAIR = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"/g;
const VALUE = /^(?:[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|NaN|[+-]Inf)$/;
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);
const SUFFIXES: Record<string, string[]> = {
  histogram: ['_bucket', '_sum', '_count'],
  summary: ['', '_sum', '_count'],
};

/**
 * A strict reader of the text exposition format: every line must be a HELP/TYPE comment, a
 * comment, blank, or a well-formed sample of a declared family. Throws naming the first bad
 * line, so a test can prove `/metrics` is something Prometheus will scrape.
 */
export function parsePrometheusText(text: string): Map<string, PrometheusFamily> {
  const families = new Map<string, PrometheusFamily>();
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const fail = (why: string): never => {
      throw new Error(`line ${index + 1} is not valid Prometheus text (${why}): ${line}`);
    };
    if (line === '' || (line.startsWith('#') && !/^# (HELP|TYPE) /.test(line))) return;
    const comment = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(line);
    if (comment) {
      const [, kind, name, rest] = comment;
      if (!new RegExp(`^${METRIC_NAME}$`).test(name)) fail('bad metric name');
      const family = families.get(name) ?? { name, type: 'untyped', samples: [] };
      if (kind === 'TYPE') {
        if (!TYPES.has(rest)) fail(`unknown type '${rest}'`);
        if (family.samples.length > 0) fail('TYPE after samples');
        family.type = rest;
      } else {
        family.help = rest;
      }
      families.set(name, family);
      return;
    }
    const sample = SAMPLE.exec(line) ?? fail('malformed sample');
    const [, name, labelText, value] = sample;
    if (!VALUE.test(value)) fail(`bad value '${value}'`);
    const family = familyOf(families, name) ?? fail('sample of an undeclared family');
    const labels: Record<string, string> = {};
    for (const [, label, labelValue] of (labelText ?? '').matchAll(LABEL_PAIR)) {
      if (label in labels) fail(`label '${label}' repeated`);
      labels[label] = labelValue;
    }
    family.samples.push({ name, labels, value: Number(value.replace('Inf', 'Infinity')) });
  });
  return families;
}

function familyOf(
  families: Map<string, PrometheusFamily>,
  sampleName: string,
): PrometheusFamily | undefined {
  const exact = families.get(sampleName);
  if (exact && !SUFFIXES[exact.type]) return exact;
  for (const family of families.values()) {
    const suffixes = SUFFIXES[family.type];
    if (suffixes?.some((suffix) => family.name + suffix === sampleName)) return family;
  }
  return exact?.type === 'untyped' ? exact : undefined;
}
