"""The shape of Loopline's data profile (libs/stats/src/profile/data-profile.ts,
`loopline.data-profile/v1`). Each peer computes the numbers with its own library; this only
assembles them, so both peers emit the same document the service does."""

DATA_PROFILE_FORMAT = "loopline.data-profile/v1"
QUANTILE_LEVELS = (0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99)
HISTOGRAM_BINS = 20
TOP_K = 20

# Contract type -> (profile kind, the engine type name Loopline reports).
KIND_AND_SQL_TYPE = {
    "timestamp": ("timestamp", "TIMESTAMP"),
    "int64": ("numeric", "BIGINT"),
    "string": ("categorical", "VARCHAR"),
}


def histogram_edges(lo: float, hi: float) -> list[float]:
    """Fixed-width edges over [lo, hi]; a constant column gets one bin with equal edges."""
    if lo == hi:
        return [lo, hi]
    width = (hi - lo) / HISTOGRAM_BINS
    return [lo + i * width for i in range(HISTOGRAM_BINS)] + [hi]


def numeric_summary(lo, hi, mean, std, quantiles, counts) -> dict:
    return {
        "min": float(lo),
        "max": float(hi),
        "mean": float(mean),
        "std": float(std),
        "quantiles": [{"q": q, "value": float(v)} for q, v in zip(QUANTILE_LEVELS, quantiles)],
        "histogram": {
            "edges": histogram_edges(float(lo), float(hi)),
            "counts": [int(c) for c in counts],
        },
    }


def categorical_summary(top: list[tuple[str, int]], present: int) -> dict:
    """`top` is already the TOP_K most frequent values, most frequent first, ties by value."""
    return {
        "topK": [{"value": v, "count": int(c)} for v, c in top],
        "otherCount": int(present - sum(c for _, c in top)),
    }


def column_profile(name, contract_type, rows, missing, distinct, numeric, categorical) -> dict:
    kind, sql_type = KIND_AND_SQL_TYPE[contract_type]
    return {
        "name": name,
        "kind": kind,
        "sqlType": sql_type,
        "count": int(rows - missing),
        "missing": int(missing),
        "distinct": int(distinct),
        "numeric": numeric,
        "categorical": categorical,
    }


def data_profile(rows: int, columns: list[dict]) -> dict:
    return {"format": DATA_PROFILE_FORMAT, "rowCount": int(rows), "columns": columns}
