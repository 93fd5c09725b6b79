import type { EndpointRoute } from './endpoint-route';
import type { ServedModel } from './served-model';

function versionOf(model: ServedModel | null) {
  if (model === null) return null;
  const { descriptor } = model;
  return {
    modelVersion: descriptor.modelVersion,
    trainingRunId: descriptor.trainingRunId,
    featureView: `${descriptor.lineage.featureViewName}@${descriptor.lineage.featureViewVersion}`,
  };
}

/** What an endpoint serves on this instance, and what a caller must send it. */
export function endpointStatus(route: EndpointRoute) {
  const model = route.stable ?? route.candidate;
  return {
    endpointName: route.endpointName,
    modelName: route.modelName,
    revision: route.revision,
    stable: versionOf(route.stable),
    previous: versionOf(route.previous),
    candidate:
      route.candidate === null
        ? null
        : {
            ...versionOf(route.candidate),
            mode: route.candidateMode,
            trafficPercent: route.trafficPercent,
            rolloutId: route.rolloutId,
            stepIndex: route.stepIndex,
          },
    signature:
      model === null
        ? null
        : {
            task: model.task,
            inputs: model.requestInputs.map(({ name, type }) => ({ name, type })),
            onlineInputs: model.onlineInputs.map(({ name }) => name),
            outputs: model.model.signature.outputs,
            classLabels: model.model.signature.classLabels,
          },
  };
}
