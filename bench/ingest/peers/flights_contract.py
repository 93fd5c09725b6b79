"""The flights data contract as the peers apply it, read from the service's own file
(services/ingestion/data-contracts/flights/v1.json) so both sides check the same rules. A rule
kind the peers do not know stops the run rather than being skipped in silence."""

import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone

CONTRACT_PATH = os.environ.get(
    "BENCH_CONTRACT",
    os.path.join(
        os.path.dirname(__file__), "../../../services/ingestion/data-contracts/flights/v1.json"
    ),
)

# Contract column types -> the peers' logical types (timestamps are microseconds, no zone).
TYPES = {"timestamp": "timestamp", "integer": "int64", "string": "string"}

# Rules that compare a batch with the dataset's previous version. Each benchmark run ingests
# into a new dataset, so its batch is the first version and these have nothing to compare.
PREVIOUS_VERSION_RULES = {"distribution"}
KNOWN_RULES = {
    "row_count",
    "range",
    "max_missing_rate",
    "pattern",
    "event_time_window",
    "event_time_monotonic",
    "freshness",
}

# How many failing row numbers each violation reports, as Loopline does.
SAMPLE_ROWS = 10


@dataclass(frozen=True)
class Rule:
    kind: str
    column: str | None
    severity: str  # error | warning
    params: dict


def _utc_naive(text: str) -> datetime:
    """The file's timestamps carry no zone and are UTC; compare them as naive UTC values."""
    return (
        datetime.fromisoformat(text.replace("Z", "+00:00"))
        .astimezone(timezone.utc)
        .replace(tzinfo=None)
    )


def _load(path: str):
    with open(path) as f:
        doc = json.load(f)
    columns = {c["name"]: TYPES[c["type"]] for c in doc["columns"]}
    not_null = [c["name"] for c in doc["columns"] if c.get("nullable", True) is False]
    rules = []
    for raw in doc.get("rules", []):
        kind = raw["rule"]
        if kind in PREVIOUS_VERSION_RULES:
            continue
        if kind not in KNOWN_RULES:
            raise SystemExit(f"{path}: the peers do not implement rule '{kind}'")
        params = {k: v for k, v in raw.items() if k not in ("rule", "column", "severity")}
        if kind == "event_time_window":
            params = {"min": _utc_naive(raw["notBefore"]), "max": _utc_naive(raw["notAfter"])}
        severity = "warning" if raw.get("severity") == "warn" else "error"
        rules.append(Rule(kind, raw.get("column"), severity, params))
    return doc["dataset"], columns, not_null, rules, doc.get("additionalColumns") == "reject"


DATASET, COLUMNS, NOT_NULL, RULES, STRICT = _load(CONTRACT_PATH)
