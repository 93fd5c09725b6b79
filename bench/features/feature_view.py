"""The feature view the peers reproduce, read from the feature store's own definition file
(services/feature-store/feature-views/flights-delay.json) so the parameters cannot drift apart.

The peers are hand-written pandas and polars code for this one view, not an interpreter of
definitions: `load()` checks that the file still has the shape they implement (the features, their
step kinds in order, the aggregations) and stops the run when it does not, then hands back the
numbers (window, thresholds, fractions, vocabulary size, buckets, clip range)."""

import json
import math
import os
from dataclasses import dataclass

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEFINITION = os.path.join(REPO_ROOT, "services/feature-store/feature-views/flights-delay.json")

# What the peers implement: feature name -> (source column, step kinds in order).
IMPLEMENTED = {
    "distance": ("distance", ["impute", "log1p", "standardize"]),
    "origin": ("origin", ["one_hot"]),
    "destination": ("destination", ["hash"]),
    "hour": ("date", ["datetime_part"]),
    "weekday": ("date", ["datetime_part"]),
    "origin_flights_7d": ("origin_flights_7d", ["log1p", "standardize"]),
    "origin_mean_delay_7d": ("origin_mean_delay_7d", ["impute", "clip", "standardize"]),
    "origin_delay_rate_7d": ("origin_delay_rate_7d", ["impute", "min_max"]),
}
AGGREGATIONS = {
    "origin_flights_7d": "count",
    "origin_mean_delay_7d": "mean",
    "origin_delay_rate_7d": "rate",
}


@dataclass(frozen=True)
class View:
    entity: str
    event_time: str
    label: str
    label_source: str
    label_threshold: float  # label = source > threshold
    window_days: int
    rate_threshold: float  # rate = share of rows with delay > threshold
    train_fraction: float
    validation_fraction: float
    distance_impute: str  # "median"
    top_k: int
    min_count: int
    buckets: int
    mean_delay_indicator: bool
    clip_min: float
    clip_max: float
    rate_impute: str  # "mean"


class DefinitionChanged(Exception):
    """The definition no longer matches what the peers implement."""


def _require(condition: bool, what: str) -> None:
    if not condition:
        raise DefinitionChanged(f"{DEFINITION}: {what}; update the peers to the new definition")


def load(path: str = DEFINITION) -> View:
    with open(path) as file:
        d = json.load(file)
    features = {f["name"]: f for f in d["features"]}
    _require(list(features) == list(IMPLEMENTED), f"features are {list(features)}")
    for name, (source, kinds) in IMPLEMENTED.items():
        got = (features[name]["source"], [s["kind"] for s in features[name]["transform"]])
        _require(got == (source, kinds), f"feature {name} is {got}, expected {(source, kinds)}")
    aggs = {a["name"]: a for a in d["aggregations"]}
    _require({n: a["function"] for n, a in aggs.items()} == AGGREGATIONS, "aggregations differ")
    windows = {a["windowDays"] for a in aggs.values()}
    _require(len(windows) == 1, "aggregations with different windows")
    _require(aggs["origin_mean_delay_7d"]["column"] == "delay", "mean is not over delay")
    rate = aggs["origin_delay_rate_7d"]
    _require(rate["column"] == "delay" and rate["when"]["op"] == ">", "rate is not delay > x")
    label = d["label"]
    _require(label["task"] == "binary" and label["positiveWhen"]["op"] == ">", "label not x > v")
    _require(d["split"]["strategy"] == "time", "split is not by time")

    step = {name: f["transform"] for name, f in features.items()}
    hour, weekday = step["hour"][0], step["weekday"][0]
    _require((hour["part"], hour["encoding"]) == ("hour", "cyclical"), "hour is not cyclical")
    _require((weekday["part"], weekday["encoding"]) == ("weekday", "one_hot"), "weekday changed")
    _require(step["distance"][0]["strategy"] == "median", "distance impute is not the median")
    _require(step["origin_delay_rate_7d"][0]["strategy"] == "mean", "rate impute is not the mean")
    mean_impute, clip = step["origin_mean_delay_7d"][0], step["origin_mean_delay_7d"][1]
    _require(mean_impute["strategy"] == "mean", "mean delay impute is not the mean")
    fractions = d["split"]["fractions"]
    return View(
        entity=d["entity"]["column"],
        event_time=d["eventTime"]["column"],
        label=label["name"],
        label_source=label["column"],
        label_threshold=label["positiveWhen"]["value"],
        window_days=windows.pop(),
        rate_threshold=rate["when"]["value"],
        train_fraction=fractions["train"],
        validation_fraction=fractions["validation"],
        distance_impute="median",
        top_k=step["origin"][0]["maxCategories"],
        min_count=step["origin"][0].get("minCount", 1),
        buckets=step["destination"][0]["buckets"],
        mean_delay_indicator=bool(mean_impute.get("indicator", False)),
        clip_min=clip.get("min", float("-inf")),
        clip_max=clip.get("max", float("inf")),
        rate_impute="mean",
    )


def fnv1a_32(value: str) -> int:
    """FNV-1a, 32-bit, of the UTF-8 bytes. The peers call it once per distinct value (a few
    hundred airports), never per row."""
    h = 0x811C9DC5
    for byte in value.encode("utf-8"):
        h = ((h ^ byte) * 0x01000193) & 0xFFFFFFFF
    return h


def split_bounds(n: int, view: View, end_of_tie_group) -> tuple[int, int]:
    """End rows (exclusive) of train and validation over n rows in event-time order, as Loopline
    cuts them: round(n·train) train rows, then round(n·validation) more (rounded half up), each
    boundary moved forward past the rows sharing the previous row's timestamp, so a tie group
    never straddles two splits. `end_of_tie_group(i)` is the end of the group holding row i."""

    def boundary(target: int) -> int:
        return end_of_tie_group(target - 1) if target > 0 else 0

    train_target = min(n, math.floor(n * view.train_fraction + 0.5))
    validation_target = min(n, train_target + math.floor(n * view.validation_fraction + 0.5))
    train_end = boundary(train_target)
    return train_end, boundary(max(train_end, validation_target))


WEEKDAYS = [str(d) for d in range(7)]  # one-hot labels, Monday = 0
# The columns besides the features in every split file, named as in Loopline's split files
# (libs/features/src/io/feature-set-split.ts): label float32, event time float64 epoch
# milliseconds, entity dictionary-encoded.
LABEL, EVENT_TIME, ENTITY = "__label", "__event_time", "__entity"
