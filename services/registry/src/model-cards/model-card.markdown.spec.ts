import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { type CardSliceReport, MODEL_CARD_FORMAT, type ModelCard } from './model-card';
import { generatedLimitations } from './model-card-limitations';
import { renderModelCardMarkdown } from './model-card.markdown';

const sliceReport: CardSliceReport = {
  checkName: 'origin_gap',
  slicedBy: 'origin',
  slices: [
    { value: 'ATL', rows: 900, metrics: { roc_auc: 0.61, log_loss: 0.5 }, judged: true },
    { value: 'ORD', rows: 800, metrics: { roc_auc: 0.6, log_loss: 0.5 }, judged: true },
    { value: 'DEN', rows: 700, metrics: { roc_auc: 0.59, log_loss: 0.5 }, judged: true },
    { value: 'SFO', rows: 400, metrics: { roc_auc: 0.51, log_loss: 0.4 }, judged: true },
    { value: 'BOI', rows: 12, metrics: { roc_auc: 0.2 }, judged: false },
  ],
};

const card: ModelCard = {
  format: MODEL_CARD_FORMAT,
  modelName: 'flights-delay',
  version: 2,
  stage: 'production',
  aliases: ['production'],
  generatedAt: '2025-01-02T00:00:00.000Z',
  intendedUse: {
    description: 'Operations planning.',
    owners: ['ops@example.com'],
    documented: true,
    approvalRequiredFor: ['production'],
  },
  task: 'binary_classification',
  lineage: {
    modelName: 'flights-delay',
    modelVersion: 2,
    trainingRun: { id: 'run-2', configHash: 'c'.repeat(64), codeCommit: 'abc123', backend: 'wasm' },
    featureSet: {
      id: 'fs-1',
      featureViewName: 'flights-delay',
      featureViewVersion: 3,
      rowCount: 1000,
      materializedAt: '2025-01-01T00:00:00.000Z',
    },
    datasetVersion: {
      id: 'dv-1',
      datasetName: 'flights',
      version: 4,
      contentSha256: 'd'.repeat(64),
      sourceBatchIds: ['batch-a', 'batch-b'],
      createdAt: '2025-01-01T00:00:00.000Z',
    },
  },
  features: { names: ['distance', 'hour'], label: 'delayed_15' },
  training: {
    trainingRunId: 'run-2',
    backend: 'wasm',
    frameworkVersion: '4.22.0',
    configHash: 'c'.repeat(64),
    codeCommit: 'abc123',
    epochs: 8,
    parameterCount: 6401,
    seed: 42,
    durationMs: 12_345,
    completedAt: '2025-01-01T01:00:00.000Z',
  },
  metrics: { test: { 'test.roc_auc': 0.5812 }, validation: {}, gate: { 'test.roc_auc': 0.58123 } },
  gate: {
    status: 'failed',
    evaluationId: 'eval-1',
    policy: { name: 'default-binary-classifier', version: 2 },
    evaluatedAt: '2025-01-01T02:00:00.000Z',
    checks: [
      {
        checkName: 'min_test_auc',
        metric: 'test.roc_auc',
        comparator: 'gte',
        threshold: 0.7,
        observed: 0.58123,
        baseline: null,
        passed: false,
        message: 'test.roc_auc 0.581 < 0.7 | too low',
      },
    ],
  },
  slices: { note: null, reports: [sliceReport] },
  limitations: { documented: ['Modest ranking quality.'], generated: [] },
  decisions: [
    {
      approvalId: 'a-1',
      decision: 'approved',
      targetAlias: 'production',
      strategy: 'canary',
      decidedBy: 'alice',
      comment: 'accepted for the pilot',
      overriddenEvaluationId: 'eval-1',
      decidedAt: '2025-01-01T03:00:00.000Z',
    },
  ],
  aliasHistory: [
    {
      alias: 'production',
      modelVersion: 2,
      previousModelVersion: 1,
      reason: 'promotion approved: accepted for the pilot',
      assignedBy: 'alice',
      assignedAt: '2025-01-01T03:00:00.000Z',
    },
  ],
};

describe('model card', () => {
  it('generates limitations from failed checks, overrides, weak slices and the backend', () => {
    const generated = generatedLimitations({
      backend: 'wasm',
      frameworkVersion: '4.22.0',
      gateStatus: 'failed',
      checks: card.gate.checks,
      decisions: card.decisions,
      sliceReports: [sliceReport],
    });
    assert.deepEqual(generated, [
      'Failed gate check min_test_auc (test.roc_auc): test.roc_auc 0.581 < 0.7 | too low.',
      'Promoted to production over the failed gate evaluation eval-1 by alice on 2025-01-01T03:00:00.000Z: accepted for the pilot.',
      'Weaker on some origin slices: roc_auc SFO 0.51 (400 rows), against a median of 0.595 over 4 slices.',
      'Trained and evaluated on the TensorFlow.js wasm backend (4.22.0); scores from another backend may differ in the last digits.',
    ]);
  });

  it('says a version without a verdict is not evaluated, and names no slice among too few', () => {
    const generated = generatedLimitations({
      backend: 'cpu',
      frameworkVersion: '4.22.0',
      gateStatus: 'pending',
      checks: [],
      decisions: [],
      sliceReports: [{ ...sliceReport, slices: sliceReport.slices.slice(2) }],
    });
    assert.equal(generated.length, 2);
    assert.match(generated[0], /Not evaluated yet/);
  });

  it('renders every section, with lineage, approvals and escaped table cells', () => {
    const markdown = renderModelCardMarkdown(card);
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
    assert.deepEqual(headings, [
      '# Model card: flights-delay version 2',
      '## Intended use',
      '## Data and lineage',
      '## Training',
      '## Metrics',
      '### Gate checks',
      '### Metrics per slice',
      '## Limitations',
      '## Approvals and rejections',
      '## Alias history',
    ]);
    assert.ok(markdown.includes('- Dataset: flights version 4 (id `dv-1`)'));
    assert.ok(markdown.includes('- Source batches: `batch-a`, `batch-b`'));
    assert.ok(markdown.includes('| test.roc_auc | 0.5812 | gate |'), 'gate metric rounded');
    assert.ok(markdown.includes('test.roc_auc 0.581 < 0.7 \\| too low'), 'pipe escaped');
    assert.ok(
      markdown.includes(
        '| 2025-01-01T03:00:00.000Z | approved | alice | production | canary | accepted for the pilot | eval-1 |',
      ),
    );
    assert.ok(markdown.includes('| BOI | 12 |  | 0.2 | no (too few rows) |'));
    assert.ok(markdown.includes('| production | to v2 (from v1) | alice |'));
    assert.equal(renderModelCardMarkdown(card), markdown, 'pure: the same card, the same text');
  });

  it('says what is missing instead of leaving sections empty', () => {
    const markdown = renderModelCardMarkdown({
      ...card,
      intendedUse: { ...card.intendedUse, documented: false, owners: [] },
      lineage: {
        ...card.lineage,
        datasetVersion: { ...card.lineage.datasetVersion, version: null, sourceBatchIds: null },
      },
      slices: { note: 'The evaluation report could not be read.', reports: [] },
      decisions: [],
      aliasHistory: [],
    });
    assert.match(markdown, /_Not documented: no model policy file/);
    assert.match(markdown, /- Owners: not documented/);
    assert.match(markdown, /flights version unknown/);
    assert.match(markdown, /Source batches: not seen by the registry yet/);
    assert.match(markdown, /### Metrics per slice\n\nThe evaluation report could not be read\./);
    assert.match(markdown, /## Approvals and rejections\n\nNone yet\./);
    assert.match(markdown, /No alias has pointed at this version\./);
  });
});
