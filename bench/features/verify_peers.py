"""Checks the peers before their timings are trusted (run.sh runs it on every --smoke run):
1. hand-made rows for the window edges (same instant, exactly 7 days earlier, empty window) and
   for a split boundary inside a tie group, against the expected values;
2. on a real file, the window columns of both peers against a brute-force computation for a
   sample of rows, and every written column of the pandas peer against the polars peer.
Exits 1 on the first difference.

usage: verify_peers.py <flights parquet> [--sample N]"""

import argparse
import os
import tempfile
from datetime import datetime, timedelta

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.feather as feather
import pyarrow.parquet as pq

import feature_view as fv
import pandas_peer
import polars_peer
from peer_run import materialize

WINDOWS = ["origin_flights_7d", "origin_mean_delay_7d", "origin_delay_rate_7d"]
PEERS = {"pandas": pandas_peer, "polars": polars_peer}


def fail(message: str) -> None:
    raise SystemExit(f"[verify] MISMATCH: {message}")


def windows_of(peer, path: str, view: fv.View) -> pd.DataFrame:
    frame, _ = peer.load(path, view)
    frame = peer.aggregate(frame, view)
    if peer is polars_peer:
        frame = frame.to_pandas()
    return frame[["date", "origin", "delay", *WINDOWS]].astype({"origin": str})


def brute_force(rows: pd.DataFrame, at: pd.DataFrame, view: fv.View) -> np.ndarray:
    """The definition read literally: for each row of `at`, the rows of the same origin with
    date in [t - window, t)."""
    window = np.timedelta64(view.window_days, "D")
    out = []
    for origin, t in zip(at["origin"], at["date"]):
        mine = rows[rows["origin"].to_numpy() == origin]
        inside = (mine["date"] >= t - window) & (mine["date"] < t)
        delays = mine.loc[inside, "delay"].to_numpy()
        n = len(delays)
        mean = delays.mean() if n else np.nan
        rate = (delays > view.rate_threshold).mean() if n else np.nan
        out.append((n, mean, rate))
    return np.array(out, dtype=float)


def same(a: np.ndarray, b: np.ndarray, what: str, rtol: float = 1e-9) -> None:
    if not np.allclose(a, b, rtol=rtol, atol=rtol, equal_nan=True):
        bad = np.flatnonzero(~np.isclose(a, b, rtol=rtol, atol=rtol, equal_nan=True))[:5]
        fail(f"{what} at rows {bad.tolist()}: {a[bad].tolist()} vs {b[bad].tolist()}")


def check_edges(view: fv.View, directory: str) -> None:
    t0 = datetime(2001, 1, 1, 8, 0)
    week = timedelta(days=view.window_days)
    # (date, origin, delay); rows listed in file order, deliberately not sorted.
    rows = [
        (t0 + week, "A", 0),  # row 0: exactly 7 days after rows 1-2: both inside
        (t0, "A", 20),  # row 1
        (t0, "A", 10),  # row 2: same instant as row 1: neither sees the other
        (t0 + week, "A", 30),  # row 3: same instant as row 0: not in its window
        (t0 + week + timedelta(microseconds=1), "A", 5),  # row 4: rows 1-2 now out
        (t0, "B", 99),  # row 5: other origin, never in A's windows
    ]
    expected = {  # per row: count, mean, rate (delay > 15)
        0: (2, 15.0, 0.5),
        1: (0, np.nan, np.nan),
        2: (0, np.nan, np.nan),
        3: (2, 15.0, 0.5),
        4: (2, 15.0, 0.5),
        5: (0, np.nan, np.nan),
    }
    path = os.path.join(directory, "edges.parquet")
    table = pa.table(
        {
            "date": pa.array([r[0] for r in rows], pa.timestamp("us")),
            "delay": [r[2] for r in rows],
            "distance": [100] * len(rows),
            "origin": [r[1] for r in rows],
            "destination": ["X"] * len(rows),
        }
    )
    pq.write_table(table, path)
    for name, peer in PEERS.items():
        got = windows_of(peer, path, view)
        # The peers order by date (stably): map back to the rows above by (date, origin, delay).
        for i, (date, origin, delay) in enumerate(rows):
            match = got[(got["date"] == date) & (got["origin"] == origin) & (got["delay"] == delay)]
            same(match[WINDOWS].to_numpy()[0], np.array(expected[i]), f"{name} edge row {i}")

    # 10 rows, times 1,1,1,2,2,2,2,3,3,4: round(7) = 7 ends inside the group of 2s, which runs
    # to row 7; validation's target 7 + round(1.5) = 9 ends the group of 3s exactly.
    dates = np.array([1, 1, 1, 2, 2, 2, 2, 3, 3, 4])
    bounds = fv.split_bounds(
        len(dates), view, lambda i: int(np.searchsorted(dates, dates[i], side="right"))
    )
    if bounds != (7, 9):
        fail(f"tie-group split gives {bounds}, expected (7, 9)")
    print("[verify] window edges and tie-group split: as defined")


def check_file(path: str, view: fv.View, sample: int, directory: str) -> None:
    frames = {name: windows_of(peer, path, view) for name, peer in PEERS.items()}
    reference = frames["pandas"]
    picks = np.random.default_rng(7).choice(len(reference), min(sample, len(reference)), False)
    at = reference.iloc[np.sort(picks)]
    expected = brute_force(reference, at, view)
    for name, frame in frames.items():
        same(frame[WINDOWS].to_numpy()[at.index], expected, f"{name} windows vs brute force")
    print(f"[verify] window columns of both peers = brute force on {len(at)} sampled rows")

    outputs = {}
    for name, peer in PEERS.items():
        os.makedirs(os.path.join(directory, name))
        result = materialize(peer, path, os.path.join(directory, name), False, view)
        outputs[name] = result
    if outputs["pandas"]["splits"] != outputs["polars"]["splits"]:
        fail(f"split sizes {outputs['pandas']['splits']} vs {outputs['polars']['splits']}")
    for split in ("train", "validation", "test"):
        a, b = (feather.read_table(os.path.join(directory, n, f"{split}.arrow")) for n in PEERS)
        if a.column_names != b.column_names:
            fail(f"{split} columns {a.column_names} vs {b.column_names}")
        for column in a.column_names:
            x, y = a[column].to_pandas(), b[column].to_pandas()
            if column == fv.ENTITY:
                if not (x.astype(str) == y.astype(str)).all():
                    fail(f"{split}.{column} differs")
                continue
            # float32 outputs from float64 arithmetic done in a different order: 1 ulp or so.
            same(x.to_numpy(float), y.to_numpy(float), f"{split}.{column}", rtol=1e-5)
    print(f"[verify] pandas and polars write the same split files ({outputs['polars']['splits']})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--sample", type=int, default=300)
    args = parser.parse_args()
    view = fv.load()
    with tempfile.TemporaryDirectory(prefix="bench-features-verify-") as directory:
        check_edges(view, directory)
        check_file(args.file, view, args.sample, directory)


if __name__ == "__main__":
    main()
