import type { DemoSummary } from './demo-summary';

const n = (value: number) => Math.round(value).toLocaleString('en-US');
const f = (value: number | null | undefined, digits = 3) =>
  value === null || value === undefined ? '—' : Number(value.toFixed(digits)).toString();
const table = (header: string[], rows: (string | number)[][]) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

/** The summary for a person: the same facts as the JSON, as tables. */
export function summaryMarkdown(s: DemoSummary): string {
  const loop = s.loop.closed
    ? `**closed in ${f(s.loop.loopSeconds, 1)} s** (target under ${s.loop.targetSeconds} s: ${s.loop.met ? 'met' : 'missed'}): ` +
      `${s.loop.detection.type} on v${s.loop.detection.modelVersion} at ${new Date(s.loop.detection.at).toISOString()} → ` +
      `retraining request ${s.loop.trainingRequestId.slice(0, 8)} → run ${s.loop.trainingRunId.slice(0, 8)} → ` +
      `v${s.loop.modelVersion} on 100% by ${s.loop.strategy} at ${new Date(s.loop.servingAllAt).toISOString()}`
    : '**not closed**: no retrained version reached 100% of the traffic';
  const r = s.reliability;
  return [
    `# Loopline main job — ${s.generatedAt}`,
    '',
    `Mode: ${s.mode}. Replay: months ${s.replay.months.join(', ')} of 2001, one flight in ${s.replay.sampleEvery}, ` +
      `${s.replay.replayedDays} days in ${f(s.replay.wallSeconds, 1)} s (${n(s.replay.acceleration)}x real time).`,
    '',
    `## The loop`,
    '',
    `${loop}.`,
    '',
    '## Datasets',
    '',
    table(
      ['dataset', 'version', 'rows', 'from', 'to'],
      s.datasets.flatMap((d) =>
        d.versions.map((v) => [
          d.name,
          v.version,
          n(v.rows),
          v.from.slice(0, 10),
          v.to.slice(0, 10),
        ]),
      ),
    ),
    '',
    ...s.datasets.flatMap((d) =>
      d.rejectedBatches.map(
        (b) => `- ${d.name}: a batch rejected (${b.reason}): ${b.errors.join('; ')}`,
      ),
    ),
    '',
    '## Models',
    '',
    table(
      ['model', 'version', 'trigger', 'gate', 'against champion', 'failed checks', 'test metrics'],
      s.models.flatMap((m) =>
        m.versions.map((v) => [
          m.name,
          v.version ?? '—',
          v.trigger,
          v.gate === null ? 'pending' : v.gate.passed ? 'passed' : 'failed',
          v.gate?.againstChampion === null || v.gate === null ? '—' : `v${v.gate.againstChampion}`,
          v.gate?.failedChecks.join(', ') || '—',
          Object.entries(v.metrics)
            .filter(([k]) => /roc_auc|accuracy|f1/.test(k))
            .map(([k, x]) => `${k.replace('test_', '')} ${f(x)}`)
            .join(', '),
        ]),
      ),
    ),
    '',
    '## Rollouts',
    '',
    table(
      ['model', 'version', 'strategy', 'started by', 'steps', 'outcome', 'seconds'],
      s.rollouts.map((ro) => [
        ro.model,
        ro.version ?? '—',
        ro.strategy,
        ro.trigger,
        ro.steps
          .map((st) => `${st.trafficPercent}% ${st.healthy ? 'ok' : 'breached'}`)
          .join(' → ') || '—',
        ro.outcome + (ro.detail ? ` (${ro.detail})` : ''),
        f(ro.seconds, 1),
      ]),
    ),
    '',
    '## Monitoring',
    '',
    `Windows: ${
      Object.entries(s.monitoring.windows)
        .map(([m, c]) => `${m} ${c}`)
        .join(', ') || 'none'
    }. ` +
      `Labels reported: ${Object.entries(s.monitoring.labels)
        .map(([m, l]) => `${m} ${n(l.rows)} in ${l.batches} batches`)
        .join(', ')}.`,
    '',
    table(
      ['model', 'version', 'window', 'detected', 'predictions', 'drifted share', 'drifted inputs'],
      s.monitoring.drift.map((d) => [
        d.model,
        d.version ?? '—',
        d.windowId.slice(0, 8),
        d.detectedAt,
        n(d.sampleSize),
        f(d.driftedShare, 2),
        d.drifted
          .map((x) => `${x.feature} ${x.test} ${f(x.statistic)} > ${f(x.threshold)}`)
          .join('; '),
      ]),
    ),
    '',
    ...s.monitoring.performance.map(
      (p) =>
        `- ${p.model} v${p.version} window ${p.windowId.slice(0, 8)}: ${p.metric} ${f(p.observed)} under ${f(p.threshold)} (baseline ${f(p.baseline)}, ${n(p.labels)} labels)`,
    ),
    '',
    '## Retraining decisions',
    '',
    table(
      ['model', 'decided', 'trigger', 'outcome', 'reason'],
      s.retraining.map((d) => [
        d.model,
        d.decidedAt,
        d.trigger,
        d.outcome,
        d.reason.replaceAll('|', '/').slice(0, 200),
      ]),
    ),
    '',
    '## Predictions',
    '',
    table(
      ['model', 'served', 'failed', 'requests', 'failed requests', 'answered by'],
      Object.entries(s.predictions).map(([m, p]) => [
        m,
        n(p.served),
        n(p.failed),
        n(p.requests),
        n(p.failedRequests),
        Object.entries(p.servedBy)
          .map(([k, c]) => `${k}: ${n(c)}`)
          .join(', '),
      ]),
    ),
    '',
    '## Audit and reliability',
    '',
    `- Audit chain: ${s.audit.chainIntact ? 'intact' : 'BROKEN'}, ${n(s.audit.checkedEntries)} entries verified; ` +
      `${n(s.audit.lifecycleEvents)} lifecycle events on the topics, ${s.audit.missing} not audited, ${s.audit.duplicated} audited twice.`,
    `- Prediction log: ${n(r.predictionLog.accepted)} predictions answered, ${n(r.predictionLog.logged)} logged in ${n(r.predictionLog.logFiles)} files; ` +
      `${r.predictionLog.missing} missing, ${r.predictionLog.duplicated} logged twice, ${r.predictionLog.loggedWithoutAnswer} logged whose answer the caller lost.`,
    `- Effects done twice: ${r.effectsDoneTwice.length === 0 ? 'none' : r.effectsDoneTwice.join('; ')}.`,
    ...(r.kills.length > 0
      ? [
          `- Services killed with SIGKILL during the replay: ${r.kills.map((k) => `${k.service} (back in ${f(k.downSeconds, 1)} s)`).join(', ')}.`,
        ]
      : []),
    `- Verdict: **${r.passed ? 'nothing lost, nothing done twice, chain intact, loop closed' : 'FAILED'}**.`,
    '',
  ].join('\n');
}
