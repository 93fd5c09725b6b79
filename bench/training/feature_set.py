"""Reads a Loopline feature-set split file (Arrow IPC, `loopline.feature-set-split/v1`) into the
dense row-major float32 matrix Loopline's trainer sees: dense columns as they are, each one-hot
block expanded to one column per label in label order (index -1: all zeros), in field order.
Only copies values and places ones, so the matrix is bit-identical to Node's and `checksum`
can compare the two."""

import hashlib
import json
from dataclasses import dataclass

import numpy as np
import pyarrow as pa

FORMAT = "loopline.feature-set-split/v1"


@dataclass
class SplitMatrix:
    features: np.ndarray  # float32, C order, rows × width
    labels: np.ndarray  # float32, rows
    names: list[str]


def _meta(field: pa.Field, key: str) -> str | None:
    value = (field.metadata or {}).get(key.encode())
    return value.decode() if value is not None else None


def read_split(path: str) -> SplitMatrix:
    with pa.memory_map(path) as source:
        table = pa.ipc.open_file(source).read_all()
    fmt = (table.schema.metadata or {}).get(b"loopline.format", b"").decode()
    if fmt != FORMAT:
        raise ValueError(f"{path} is {fmt or 'no split file'}, not {FORMAT}")
    rows = table.num_rows
    blocks: list[tuple[str, np.ndarray, list[str] | None]] = []
    labels = None
    for i, field in enumerate(table.schema):
        kind = _meta(field, "loopline.kind")
        column = table.column(i)
        if kind == "dense":
            blocks.append((field.name, column.to_numpy().astype(np.float32, copy=False), None))
        elif kind == "one_hot":
            names = json.loads(_meta(field, "loopline.labels"))
            blocks.append((field.name, column.to_numpy().astype(np.int32, copy=False), names))
        elif kind == "label":
            labels = column.to_numpy().astype(np.float32, copy=False)
    width = sum(1 if names is None else len(names) for _, _, names in blocks)
    features = np.zeros((rows, width), dtype=np.float32)
    names_out: list[str] = []
    offset = 0
    for name, values, names in blocks:
        if names is None:
            features[:, offset] = values
            names_out.append(name)
            offset += 1
            continue
        hot = values >= 0
        if np.any(values >= len(names)) or np.any(values < -1):
            raise ValueError(f"{path}: column {name} has an index outside -1..{len(names) - 1}")
        features[np.nonzero(hot)[0], offset + values[hot]] = 1.0
        names_out.extend(f"{name}={label}" for label in names)
        offset += len(names)
    if labels is None:
        raise ValueError(f"{path} has no __label column")
    return SplitMatrix(features, labels, names_out)


def checksum(matrix: SplitMatrix) -> str:
    """sha256 of the row-major float32 features then the float32 labels (little-endian)."""
    digest = hashlib.sha256()
    digest.update(np.ascontiguousarray(matrix.features, dtype="<f4").tobytes())
    digest.update(np.ascontiguousarray(matrix.labels, dtype="<f4").tobytes())
    return digest.hexdigest()
