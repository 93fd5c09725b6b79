// The evaluation and registry step of `npm run demo`: training's ModelTrained events have reached
// evaluation (which judges each model against its gate policy) and the registry (which numbers
// it as a version) over Kafka. This script watches over HTTP: it prints each newest model's gate
// report, then sends the first flights-delay version towards production the way an operator
// would, through an approval (which starts deployment's rollout; production moves when it
// completes, which the next step shows), and points at its model card.
// usage: node infra/dev/gates-demo.mjs   (training, evaluation and registry must be running)
import { call, get, poll } from './demo-http.mjs';

const TRAINING = process.env.TRAINING_URL ?? 'http://127.0.0.1:3003';
const EVALUATION = process.env.EVALUATION_URL ?? 'http://127.0.0.1:3004';
const REGISTRY = process.env.REGISTRY_URL ?? 'http://127.0.0.1:3005';
const MODELS = ['flights-delay', 'seattle-weather'];
const PROMOTED = 'flights-delay';

const shown = (value) =>
  value === null || value === undefined
    ? '—'
    : Math.abs(value) >= 1000
      ? Math.round(value).toLocaleString('en-US')
      : Number(value.toFixed(4)).toString();
const COMPARATORS = { gte: '≥', gt: '>', lte: '≤', lt: '<', max_regression: 'drop ≤' };

/** The model's newest succeeded run: the one training-demo just showed. */
async function newestRun(model) {
  const filter = encodeURIComponent(
    `attributes.model_name = '${model}' and attributes.status = 'succeeded'`,
  );
  const { runs } = await get(
    `${TRAINING}/runs?filter=${filter}&orderBy=attributes.created_at%20DESC&limit=1`,
  );
  if (!runs[0]) throw new Error(`${model} has no succeeded run: run the training step first`);
  return runs[0];
}

function printReport(model, evaluation) {
  console.log(
    `${model}: gate ${evaluation.passed ? 'PASSED' : 'FAILED'} (policy ${evaluation.policyName} v${evaluation.policyVersion}, ` +
      `${evaluation.baselineModelVersion === null ? 'no champion yet' : `champion v${evaluation.baselineModelVersion}`})`,
  );
  for (const check of evaluation.checks)
    console.log(
      `    ${check.passed ? 'pass' : 'FAIL'}  ${check.checkName.padEnd(28)} ${check.metric.padEnd(40)} ` +
        `${shown(check.observed).padStart(9)} ${COMPARATORS[check.comparator] ?? check.comparator} ${shown(check.threshold)}`,
    );
  console.log(`    report: ${EVALUATION}/evaluations/${evaluation.id}/report`);
}

const versions = {};
for (const model of MODELS) {
  const run = await newestRun(model);
  const evaluation = await poll(`the gate verdict on ${model} run ${run.id}`, async () => {
    const { evaluations } = await get(`${EVALUATION}/evaluations?trainingRunId=${run.id}`);
    return evaluations[0];
  });
  printReport(model, evaluation);
  versions[model] = await poll(`the registry's version of ${model} run ${run.id}`, async () => {
    const found = (await get(`${REGISTRY}/models/${model}/versions`)).versions.find(
      (version) => version.trainingRunId === run.id,
    );
    return found?.gate.status === 'pending' ? undefined : found;
  });
  const { version, stage, aliases } = versions[model];
  console.log(
    `    registry: ${model} v${version}, stage ${stage}, aliases ${aliases.join(', ') || 'none'}`,
  );
}

// Promotion: production follows deployment, so the operator's direct move is refused; this
// model's policy wants an approval, so an approver decides, and the PromotionApproved event starts
// the rollout. A version that failed its gate is approved only when the approver overrides the
// verdict and gives the reason, which the event keeps.
const candidate = versions[PROMOTED];
const { aliases } = await get(`${REGISTRY}/models/${PROMOTED}/aliases`);
const detail = await get(`${REGISTRY}/models/${PROMOTED}/versions/${candidate.version}`);
const earlier = detail.approvals.find((approval) => approval.targetAlias === 'production');
const approvals = `/models/${PROMOTED}/versions/${candidate.version}/approvals`;
const say = (who, what, { status, body }) =>
  console.log(
    `${PROMOTED}: ${who} ${what} -> ${status}${status >= 400 ? ` ${body.code}: ${body.message}` : ''}`,
  );
if (aliases.production !== undefined) {
  console.log(`${PROMOTED}: production already points at v${aliases.production}`);
} else if (earlier !== undefined) {
  console.log(
    `${PROMOTED}: v${candidate.version} was approved for production at ${earlier.decidedAt} (approval ${earlier.approvalId}); its rollout is deployment's`,
  );
} else {
  const target = `v${candidate.version} to production`;
  say(
    'local-operator moves',
    target,
    await call('PUT', `${REGISTRY}/models/${PROMOTED}/aliases/production`, {
      principal: 'local-operator',
      body: { version: candidate.version, reason: 'first flights model' },
    }),
  );
  const decision = { targetAlias: 'production' };
  let approved;
  if (candidate.gate.status === 'passed') {
    approved = await call('POST', `${REGISTRY}${approvals}`, {
      principal: 'local-approver',
      body: { ...decision, comment: 'first flights model; its gate passed' },
    });
    say('local-approver approves', target, approved);
  } else {
    say(
      'local-approver approves',
      target,
      await call('POST', `${REGISTRY}${approvals}`, {
        principal: 'local-approver',
        body: decision,
      }),
    );
    const reason =
      'first flights model, for the operations-planning pilot: no model serves today; the weak ' +
      'airports are listed in the model card and monitored';
    approved = await call('POST', `${REGISTRY}${approvals}`, {
      principal: 'local-approver',
      body: { ...decision, overrideFailedGate: true, comment: reason },
    });
    say('local-approver overrides the failed gate, with a reason, for', target, approved);
  }
  if (approved.status !== 201)
    throw new Error(`the approval answered ${approved.status}: ${JSON.stringify(approved.body)}`);
  const { decision: taken, rollout } = approved.body;
  console.log(
    `${PROMOTED}: approval ${taken.approvalId}, published as PromotionApproved, starts deployment's ${taken.strategy} rollout of v${candidate.version} ` +
      `(rollout: ${rollout}); production moves to v${candidate.version} when the rollout completes`,
  );
}
const promoted = await get(`${REGISTRY}/models/${PROMOTED}/versions/${candidate.version}`);
console.log(
  `${PROMOTED}: v${promoted.version} is ${promoted.stage} (aliases ${promoted.aliases.join(', ') || 'none'})`,
);
const lineage = await get(`${REGISTRY}/models/${PROMOTED}/versions/${candidate.version}/lineage`);
console.log(
  `    lineage: run ${lineage.trainingRun?.id} <- feature set ${lineage.featureSet?.id} (${lineage.featureSet?.featureViewName} v${lineage.featureSet?.featureViewVersion}) ` +
    `<- ${lineage.datasetVersion?.datasetName} version ${lineage.datasetVersion?.version} <- batches ${(lineage.datasetVersion?.sourceBatchIds ?? []).length}`,
);
console.log(
  `    model card: ${REGISTRY}/models/${PROMOTED}/versions/${candidate.version}/model-card.md`,
);
console.log(
  `browse: ${EVALUATION}/gate-policies, ${REGISTRY}/models, ${REGISTRY}/models/${PROMOTED}/aliases/production/history`,
);
