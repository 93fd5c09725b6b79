"""The Python peers of the training benchmark, one per process so their thread pools do not
meet: reads the split files Loopline materialized (feature_set.py), trains, scores the test
split, and prints one JSON line on stdout (progress on stderr).

  peers.py --tool sklearn-mlp|keras --splits DIR --epochs N [--batch 512] [--predict-batch 4096]
  peers.py --tool hgb --splits DIR           (quality: HistGradientBoostingClassifier, defaults)
  peers.py --tool checksums --splits DIR     (the matrices' checksums, to compare with Node's)
  peers.py --tool score --splits DIR --predictions FILE   (ROC AUC of float32 test predictions)

Throughput runs train a 64-64-1 relu MLP with adam (lr 0.001), no weight penalty, for exactly N
epochs; samples/s is train rows × epochs / wall seconds of the fit call."""

import argparse
import json
import os
import resource
import sys
import time
import warnings
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from feature_set import checksum, read_split  # noqa: E402

SEED = 20010101
LEARNING_RATE = 0.001
HIDDEN = (64, 64)


def progress(message: str) -> None:
    print(f"[{ARGS.tool}] {message}", file=sys.stderr, flush=True)


def load(names: tuple[str, ...]) -> dict:
    summary = json.loads((Path(ARGS.splits) / "materialized.json").read_text())
    return {n: read_split(str(Path(ARGS.splits) / summary["splits"][n]["file"])) for n in names}


def roc_auc(labels, scores) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(labels, scores))


def timed_predict(predict, features: np.ndarray) -> tuple[np.ndarray, float]:
    t0 = time.perf_counter()
    scores = predict(features)
    return scores, time.perf_counter() - t0


def sklearn_mlp(train, test) -> dict:
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    model = MLPClassifier(
        hidden_layer_sizes=HIDDEN,
        activation="relu",
        solver="adam",
        alpha=0.0,
        learning_rate_init=LEARNING_RATE,
        batch_size=ARGS.batch,
        max_iter=ARGS.epochs,
        tol=0.0,
        n_iter_no_change=10**9,
        early_stopping=False,
        shuffle=True,
        random_state=SEED,
    )
    with warnings.catch_warnings():
        # Stopping at max_iter is the point here, not a fault.
        warnings.simplefilter("ignore", ConvergenceWarning)
        t0 = time.perf_counter()
        model.fit(train.features, train.labels.astype(np.int32))
        seconds = time.perf_counter() - t0
    # predict_proba takes the whole matrix at once: scikit-learn has no batch size to choose.
    scores, infer = timed_predict(lambda x: model.predict_proba(x)[:, 1], test.features)
    return {
        "epochs": model.n_iter_,
        "seconds": seconds,
        "inferSeconds": infer,
        "predictBatch": len(test.labels),
        "testRocAuc": roc_auc(test.labels, scores),
        "finalLoss": float(model.loss_),
    }


def keras_mlp(train, test) -> dict:
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    import keras
    import tensorflow as tf

    keras.utils.set_random_seed(SEED)
    model = keras.Sequential(
        [keras.Input(shape=(train.features.shape[1],))]
        + [keras.layers.Dense(units, activation="relu") for units in HIDDEN]
        + [keras.layers.Dense(1, activation="sigmoid")]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE), loss="binary_crossentropy"
    )
    epoch_seconds: list[float] = []

    class EpochClock(keras.callbacks.Callback):
        def on_epoch_begin(self, epoch, logs=None):
            self.t0 = time.perf_counter()

        def on_epoch_end(self, epoch, logs=None):
            epoch_seconds.append(time.perf_counter() - self.t0)

    t0 = time.perf_counter()
    history = model.fit(
        train.features,
        train.labels,
        batch_size=ARGS.batch,
        epochs=ARGS.epochs,
        shuffle=True,
        verbose=0,
        callbacks=[EpochClock()],
    )
    seconds = time.perf_counter() - t0
    scores, infer = timed_predict(
        lambda x: model.predict(x, batch_size=ARGS.predict_batch, verbose=0)[:, 0], test.features
    )
    return {
        "epochs": len(history.history["loss"]),
        "seconds": seconds,
        "epochSeconds": [round(s, 3) for s in epoch_seconds],
        "inferSeconds": infer,
        "predictBatch": ARGS.predict_batch,
        "testRocAuc": roc_auc(test.labels, scores),
        "finalLoss": float(history.history["loss"][-1]),
        "frameworkVersion": f"tensorflow {tf.__version__}, keras {keras.__version__}",
    }


def hgb(train, test) -> dict:
    from sklearn.ensemble import HistGradientBoostingClassifier

    model = HistGradientBoostingClassifier(random_state=SEED)
    t0 = time.perf_counter()
    model.fit(train.features, train.labels.astype(np.int32))
    seconds = time.perf_counter() - t0
    scores, infer = timed_predict(lambda x: model.predict_proba(x)[:, 1], test.features)
    return {
        "iterations": int(model.n_iter_),
        "seconds": seconds,
        "inferSeconds": infer,
        "testRocAuc": roc_auc(test.labels, scores),
    }


def main() -> None:
    if ARGS.tool == "checksums":
        splits = load(("train", "validation", "test"))
        line = {n: {"checksum": checksum(m), "rows": len(m.labels)} for n, m in splits.items()}
        print(json.dumps({"tool": "python-reader", "status": "read", "splits": line}))
        return
    if ARGS.tool == "score":
        test = load(("test",))["test"]
        scores = np.fromfile(ARGS.predictions, dtype="<f4")
        if len(scores) != len(test.labels):
            raise SystemExit(f"{len(scores)} predictions for {len(test.labels)} test rows")
        print(json.dumps({"tool": "sklearn-score", "testRocAuc": roc_auc(test.labels, scores)}))
        return
    load_average = os.getloadavg()[0]
    splits = load(("train", "test"))
    train, test = splits["train"], splits["test"]
    progress(f"train {train.features.shape}, test {test.features.shape}")
    run = {"sklearn-mlp": sklearn_mlp, "keras": keras_mlp, "hgb": hgb}[ARGS.tool]
    result = run(train, test)
    rows, test_rows = len(train.labels), len(test.labels)
    line = {
        "tool": ARGS.tool,
        "status": "trained",
        "trainRows": rows,
        "testRows": test_rows,
        "loadAverage": round(load_average, 2),
        **result,
        "samplesPerSecond": rows * result.get("epochs", 1) / result["seconds"],
        "inferRowsPerSecond": test_rows / result["inferSeconds"],
        "peakRssBytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
    }
    progress(json.dumps(line))
    print(json.dumps(line))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--tool", required=True,
                        choices=["sklearn-mlp", "keras", "hgb", "checksums", "score"])
    parser.add_argument("--splits", required=True)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--batch", type=int, default=512)
    parser.add_argument("--predict-batch", type=int, default=4096)
    parser.add_argument("--predictions")
    ARGS = parser.parse_args()
    main()
