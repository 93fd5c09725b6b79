import type { ModelCard } from './model-card';
import { round } from './model-card-limitations';

/** Renders a model card as Markdown; pure, so the same card always gives the same text. */
export function renderModelCardMarkdown(card: ModelCard): string {
  return [
    `# Model card: ${card.modelName} version ${card.version}`,
    '',
    `Stage **${card.stage}**; aliases: ${card.aliases.length > 0 ? card.aliases.map(code).join(', ') : 'none'}. ` +
      `Task: ${card.task}. Generated ${card.generatedAt} from the registry's records.`,
    ...intendedUse(card),
    ...dataAndLineage(card),
    ...training(card),
    ...metrics(card),
    ...gateChecks(card),
    ...slices(card),
    ...limitations(card),
    ...decisions(card),
    ...aliasHistory(card),
  ].join('\n');
}

function intendedUse({ intendedUse }: ModelCard): string[] {
  return [
    '',
    '## Intended use',
    '',
    intendedUse.documented
      ? intendedUse.description
      : '_Not documented: no model policy file describes this model, so production needs an approval by default._',
    '',
    `- Owners: ${intendedUse.owners.length > 0 ? intendedUse.owners.join(', ') : 'not documented'}`,
    `- Approval required for: ${intendedUse.approvalRequiredFor.map(code).join(', ') || 'nothing'}`,
  ];
}

function dataAndLineage({ lineage, features }: ModelCard): string[] {
  const { datasetVersion: dataset, featureSet } = lineage;
  return [
    '',
    '## Data and lineage',
    '',
    `- Dataset: ${dataset.datasetName} version ${dataset.version ?? 'unknown'} (id ${code(dataset.id)}), content sha256 ${code(dataset.contentSha256)}`,
    `- Source batches: ${dataset.sourceBatchIds === null ? 'not seen by the registry yet' : dataset.sourceBatchIds.map(code).join(', ') || 'none'}`,
    `- Feature set: ${code(featureSet.id)} from feature view ${featureSet.featureViewName} v${featureSet.featureViewVersion}` +
      (featureSet.rowCount === null ? '' : `, ${featureSet.rowCount} rows`),
    `- Training run: ${code(lineage.trainingRun.id)}`,
    `- Features (${features.names.length}): ${features.names.map(code).join(', ')}`,
    `- Label: ${code(features.label)}`,
  ];
}

function training({ training: run }: ModelCard): string[] {
  return [
    '',
    '## Training',
    '',
    ...table(
      ['', ''],
      [
        ['Backend', `${run.backend} (TensorFlow.js ${run.frameworkVersion})`],
        ['Config hash', code(run.configHash)],
        ['Code commit', code(run.codeCommit)],
        ['Epochs', String(run.epochs)],
        ['Parameters', String(run.parameterCount)],
        ['Seed', String(run.seed)],
        ['Duration', `${(run.durationMs / 1000).toFixed(1)} s`],
        ['Completed', run.completedAt],
      ],
    ),
  ];
}

function metrics({ metrics: measured }: ModelCard): string[] {
  const rows: string[][] = [
    ...Object.entries(measured.test).map(([name, value]) => [name, round(value), 'training run']),
    ...Object.entries(measured.gate ?? {}).map(([name, value]) => [name, round(value), 'gate']),
  ];
  return [
    '',
    '## Metrics',
    '',
    ...(rows.length > 0 ? table(['Metric', 'Value', 'Source'], rows) : ['No metrics recorded.']),
  ];
}

function gateChecks({ gate }: ModelCard): string[] {
  const head =
    gate.status === 'pending'
      ? 'Gate: **pending**, no verdict yet.'
      : `Gate: **${gate.status}** (evaluation ${code(gate.evaluationId ?? '')}, policy ${gate.policy?.name} v${gate.policy?.version}, ${gate.evaluatedAt}).`;
  return [
    '',
    '### Gate checks',
    '',
    head,
    ...(gate.checks.length === 0
      ? []
      : [
          '',
          ...table(
            [
              'Check',
              'Metric',
              'Comparator',
              'Threshold',
              'Observed',
              'Baseline',
              'Result',
              'Message',
            ],
            gate.checks.map((check) => [
              check.checkName,
              check.metric,
              check.comparator,
              round(check.threshold),
              check.observed === null ? 'n/a' : round(check.observed),
              check.baseline === null ? 'n/a' : round(check.baseline),
              check.passed ? 'passed' : '**failed**',
              check.message,
            ]),
          ),
        ]),
  ];
}

function slices({ slices: sliced }: ModelCard): string[] {
  const lines = ['', '### Metrics per slice', ''];
  if (sliced.reports.length === 0) return [...lines, sliced.note ?? 'No slices were evaluated.'];
  for (const report of sliced.reports) {
    const names = [...new Set(report.slices.flatMap((slice) => Object.keys(slice.metrics)))].sort();
    lines.push(
      `By ${code(report.slicedBy)} (check ${report.checkName}):`,
      '',
      ...table(
        [report.slicedBy, 'Rows', ...names, 'Judged'],
        report.slices.map((slice) => [
          slice.value,
          String(slice.rows),
          ...names.map((name) => (name in slice.metrics ? round(slice.metrics[name]) : '')),
          slice.judged ? 'yes' : 'no (too few rows)',
        ]),
      ),
      '',
    );
  }
  return lines.slice(0, -1);
}

function limitations({ limitations: known }: ModelCard): string[] {
  return [
    '',
    '## Limitations',
    '',
    ...(known.documented.length > 0
      ? known.documented.map((item) => `- ${item}`)
      : ['- None documented by the owners.']),
    ...known.generated.map((item) => `- ${item}`),
  ];
}

function decisions({ decisions: decided }: ModelCard): string[] {
  return [
    '',
    '## Approvals and rejections',
    '',
    ...(decided.length === 0
      ? ['None yet.']
      : table(
          ['When', 'Decision', 'By', 'Alias', 'Strategy', 'Why', 'Overrides failed gate'],
          decided.map((decision) => [
            decision.decidedAt,
            decision.decision,
            decision.decidedBy,
            decision.targetAlias,
            // 'unknown': the approver left the strategy to the model's deployment policy.
            decision.strategy === 'unknown' ? 'deployment policy' : (decision.strategy ?? ''),
            decision.comment ?? '',
            decision.overriddenEvaluationId ?? '',
          ]),
        )),
  ];
}

function aliasHistory({ aliasHistory: moves, version }: ModelCard): string[] {
  return [
    '',
    '## Alias history',
    '',
    ...(moves.length === 0
      ? ['No alias has pointed at this version.']
      : table(
          ['When', 'Alias', 'Change', 'By', 'Reason'],
          moves.map((move) => [
            move.assignedAt,
            move.alias,
            move.modelVersion === version
              ? `to v${version}${move.previousModelVersion === null ? '' : ` (from v${move.previousModelVersion})`}`
              : `off v${version}${move.modelVersion === null ? '' : ` (to v${move.modelVersion})`}`,
            move.assignedBy,
            move.reason,
          ]),
        )),
    '',
  ];
}

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

/** A table cell: pipes escaped, line breaks flattened, so a message cannot break the table. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}
