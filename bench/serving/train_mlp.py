"""The serving benchmark's MLflow peer model: a scikit-learn MLPClassifier of the flights model's
shape, saved as an MLflow model, plus a one-row request body for MLflow's scoring server.

The shape comes from the repository: the hidden layers from the flights-delay training config,
the encoded width from the flights-delay feature view (one column per numeric feature, one per
kept category plus `other`, one per hash bucket, two for a cyclical hour, seven weekdays, one
more per imputation indicator). The rows are synthetic but laid out like the encoded rows
(standardized numbers, one-hot and hashed blocks, sine/cosine hour): serving cost depends on the
shape and the body, not on what the weights learned.

    python train_mlp.py --feature-view FILE --training-config FILE --out DIR [--rows N]
"""

import argparse
import json
import shutil
import warnings
from pathlib import Path

import mlflow.sklearn
import numpy as np
import pandas as pd
from mlflow.models import infer_signature
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier


def encoded_blocks(view):
    """(feature name, width, kind) per feature, in the view's order."""
    blocks = []
    for feature in view["features"]:
        transforms = feature.get("transform", [])
        kinds = {t["kind"]: t for t in transforms}
        if "one_hot" in kinds:
            blocks.append((feature["name"], kinds["one_hot"]["maxCategories"] + 1, "one_hot"))
        elif "hash" in kinds:
            blocks.append((feature["name"], kinds["hash"]["buckets"], "one_hot"))
        elif "datetime_part" in kinds:
            part = kinds["datetime_part"]
            if part["encoding"] == "cyclical":
                blocks.append((feature["name"], 2, "cyclical"))
            else:
                blocks.append((feature["name"], 7 if part["part"] == "weekday" else 24, "one_hot"))
        else:
            blocks.append((feature["name"], 1, "number"))
            if kinds.get("impute", {}).get("indicator"):
                blocks.append((f"{feature['name']}_missing", 1, "flag"))
    return blocks


def synthetic_rows(blocks, rows, rng):
    columns, names = [], []
    for name, width, kind in blocks:
        if kind == "one_hot":
            block = np.zeros((rows, width), dtype=np.float32)
            block[np.arange(rows), rng.integers(0, width, rows)] = 1
            names += [f"{name}={i}" for i in range(width)]
        elif kind == "cyclical":
            angle = rng.uniform(0, 2 * np.pi, rows)
            block = np.stack([np.sin(angle), np.cos(angle)], axis=1)
            names += [f"{name}_sin", f"{name}_cos"]
        elif kind == "flag":
            block = (rng.uniform(size=(rows, 1)) < 0.02).astype(np.float32)
            names.append(name)
        else:
            block = rng.standard_normal((rows, 1))
            names.append(name)
        columns.append(block.astype(np.float32))
    return pd.DataFrame(np.concatenate(columns, axis=1), columns=names)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--feature-view", required=True)
    parser.add_argument("--training-config", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=20010101)
    args = parser.parse_args()

    view = json.loads(Path(args.feature_view).read_text())
    config = json.loads(Path(args.training_config).read_text())
    hidden = tuple(layer["units"] for layer in config["model"]["hiddenLayers"])
    rng = np.random.default_rng(args.seed)
    features = synthetic_rows(encoded_blocks(view), args.rows, rng)
    weights = rng.standard_normal(features.shape[1]) * 0.3
    labels = (features.to_numpy() @ weights + rng.standard_normal(args.rows) > 0.8).astype(int)

    model = MLPClassifier(
        hidden_layer_sizes=hidden,
        activation="relu",
        solver="adam",
        learning_rate_init=config["optimizer"]["learningRate"],
        batch_size=config["training"]["batchSize"],
        max_iter=config["training"]["epochs"],
        random_state=args.seed,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(features, labels)

    out = Path(args.out)
    shutil.rmtree(out, ignore_errors=True)
    sample = features.iloc[:1]
    # Probabilities, as Loopline's API answers, rather than the pyfunc default of class labels.
    mlflow.sklearn.save_model(
        model,
        str(out / "model"),
        signature=infer_signature(sample, model.predict_proba(sample)),
        pyfunc_predict_fn="predict_proba",
        # MLflow saves with skops, which asks which non-estimator types it may load back.
        skops_trusted_types=["sklearn.neural_network._stochastic_optimizers.AdamOptimizer"],
    )
    request = {"dataframe_split": {"columns": list(features.columns), "data": sample.values.tolist()}}
    (out / "request.json").write_text(json.dumps(request))
    print(
        json.dumps(
            {
                "model": str(out / "model"),
                "request": str(out / "request.json"),
                "width": features.shape[1],
                "hiddenLayers": list(hidden),
                "trainAccuracy": round(float(model.score(features, labels)), 4),
            }
        )
    )


if __name__ == "__main__":
    main()
