"""scikit-learn's values of the model-quality metrics, for the cross-check of @loopline/model-metrics.

Test-only: libs/model-metrics/src/sklearn-cross-check.int-spec.ts generates the cases and runs
this script with the environment that infra/dev/python-test-env.sh creates in
.local/python-test-env from the pinned libs/contracts/tools/requirements-crosscheck.txt. Python
is never a runtime dependency of Loopline. By hand:

    bash infra/dev/python-test-env.sh
    .local/python-test-env/bin/python libs/model-metrics/tools/sklearn-metrics.py < cases.json

Reads one JSON document on stdin:
    {"binary": [{"name", "labels", "scores", "threshold"}],
     "multiclass": [{"name", "labels", "probabilities" (row-major), "classCount"}],
     "regression": [{"name", "targets", "predictions"}]}
and prints {"sklearnVersion", "cases": [{"name", "kind", "metrics", "confusionMatrix",
"perClass"}]}, where every value is scikit-learn's own, computed the way its documentation
describes (NaN and refused values are printed as null). Multiclass cases also carry the
per-class one-vs-rest values in "perClass" ({"roc_auc": [...], "pr_auc": [...]}), since the
library leaves classes absent from the labels out of its macro averages and scikit-learn does
not (roc_auc is NaN, average precision refuses the input): the spec builds its expectation for
those cases from the per-class values. Exit status 0, or 2 when the input cannot be read.
"""
import json
import math
import sys
import warnings

try:
    import numpy as np
    import sklearn
    from sklearn import metrics
except ImportError as error:
    print(f'scikit-learn is not installed ({error}); run: bash infra/dev/python-test-env.sh',
          file=sys.stderr)
    sys.exit(2)


def finite_or_none(value):
    """JSON has no NaN: undefined metrics travel as null."""
    value = float(value)
    return None if math.isnan(value) else value


def refused_or_value(compute):
    """scikit-learn's value, or None when it refuses the input (a ValueError)."""
    try:
        return finite_or_none(compute())
    except ValueError:
        return None


def binary_case(case):
    y = np.asarray(case['labels'], dtype=np.int64)
    scores = np.asarray(case['scores'], dtype=np.float64)
    # Predicted 1 only above the threshold, as scikit-learn's own classifiers predict.
    predicted = (scores > case['threshold']).astype(np.int64)
    return {
        'metrics': {
            'accuracy': metrics.accuracy_score(y, predicted),
            'precision': metrics.precision_score(y, predicted, zero_division=0),
            'recall': metrics.recall_score(y, predicted, zero_division=0),
            'f1': metrics.f1_score(y, predicted, zero_division=0),
            'roc_auc': metrics.roc_auc_score(y, scores),
            'pr_auc': metrics.average_precision_score(y, scores),
            'log_loss': metrics.log_loss(y, scores, labels=[0, 1]),
        },
        'confusionMatrix': metrics.confusion_matrix(y, predicted, labels=[0, 1]).tolist(),
    }


def multiclass_case(case):
    k = case['classCount']
    y = np.asarray(case['labels'], dtype=np.int64)
    probabilities = np.asarray(case['probabilities'], dtype=np.float64).reshape(-1, k)
    predicted = np.argmax(probabilities, axis=1)
    classes = list(range(k))
    return {
        'metrics': {
            'accuracy': metrics.accuracy_score(y, predicted),
            'precision': metrics.precision_score(y, predicted, average='macro', zero_division=0),
            'recall': metrics.recall_score(y, predicted, average='macro', zero_division=0),
            'f1': metrics.f1_score(y, predicted, average='macro', zero_division=0),
            'roc_auc': refused_or_value(lambda: metrics.roc_auc_score(
                y, probabilities, multi_class='ovr', average='macro', labels=classes)),
            'pr_auc': refused_or_value(lambda: metrics.average_precision_score(
                y, probabilities, average='macro')),
            'log_loss': metrics.log_loss(y, probabilities, labels=classes),
        },
        'confusionMatrix': metrics.confusion_matrix(y, predicted, labels=classes).tolist(),
        'perClass': {
            'roc_auc': [refused_or_value(lambda: metrics.roc_auc_score(y == c, probabilities[:, c]))
                        for c in classes],
            'pr_auc': [refused_or_value(
                lambda: metrics.average_precision_score(y == c, probabilities[:, c]))
                for c in classes],
        },
    }


def regression_case(case):
    targets = np.asarray(case['targets'], dtype=np.float64)
    predictions = np.asarray(case['predictions'], dtype=np.float64)
    return {'metrics': {
        'rmse': metrics.root_mean_squared_error(targets, predictions),
        'mae': metrics.mean_absolute_error(targets, predictions),
        'r2': metrics.r2_score(targets, predictions),
    }}


def main():
    try:
        cases = json.load(sys.stdin)
    except json.JSONDecodeError as error:
        print(f'stdin is not a JSON document of cases: {error}', file=sys.stderr)
        return 2
    # Undefined metrics (one class only, no positives, one row) warn; their values are reported.
    warnings.simplefilter('ignore')
    results = []
    for kind, compute in (('binary', binary_case), ('multiclass', multiclass_case),
                          ('regression', regression_case)):
        for case in cases.get(kind, []):
            result = compute(case)
            result['metrics'] = {name: finite_or_none(value) if value is not None else None
                                 for name, value in result['metrics'].items()}
            results.append({'name': case['name'], 'kind': kind, **result})
    json.dump({'sklearnVersion': sklearn.__version__, 'cases': results}, sys.stdout)
    return 0


if __name__ == '__main__':
    sys.exit(main())
