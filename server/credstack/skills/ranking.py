"""KeyBERT over the matched skills: how central each one is to the posting, and which
skill-like phrases of the requirement sections the vocabulary lacks.

The model is loaded once per process (``credstack.embedding``). With the default static model the
vocabulary's skill names are embedded at load, in milliseconds; with the transformer
(``CREDSTACK_EMBEDDER=minilm``) they are shipped with the package or cached on disk, in a file
keyed by the model's name and the vocabulary's digest, so each posting costs one short forward
pass for the document (plus one small batch for the unknown phrases).
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import threading
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from credstack.embedding import Embedder
from credstack.skills.vocabulary import Vocabulary

log = logging.getLogger(__name__)

# Characters of requirement text embedded as "the document"; MiniLM reads ~256 word pieces at
# most, and the first requirements say the most about the role.
DOC_CHARS = 700


@lru_cache(maxsize=1)
def _backend_class():
    from keybert.backend import BaseEmbedder

    class Backend(BaseEmbedder):
        def __init__(self, embedder: Embedder) -> None:
            super().__init__()
            self.embedder = embedder

        def embed(self, documents, verbose: bool = False) -> np.ndarray:
            return self.embedder.encode(list(documents))

    return Backend


def EmbedderBackend(embedder: Embedder):  # noqa: N802 - stands in for the class it builds
    """KeyBERT's backend interface over our ``Embedder``. KeyBERT (and the sentence-transformers and
    torch it imports, seconds of start-up) is imported on first use, so commands that never rank
    (``credstack token``, ``db upgrade``) start at once."""
    return _backend_class()(embedder)


def phrase_vectorizer(candidates: Sequence[str], analyzer: Callable[[str], list[str]]):
    """A CountVectorizer whose features are exactly the ``candidates`` the analyzer finds.

    KeyBERT's default CountVectorizer tokenizes with ``\\b\\w\\w+\\b`` and 1-grams, so candidates
    such as "C++", ".NET", "CI/CD" or "machine learning" silently vanish; an analyzer that
    returns whole phrases keeps them.
    """
    from sklearn.feature_extraction.text import CountVectorizer

    return CountVectorizer(analyzer=analyzer, vocabulary=list(candidates), lowercase=False)


# The vocabulary's vectors, built by scripts/build_skill_vectors.py and shipped with the package
# so a fresh install answers in seconds; a test checks they match the vocabulary's digest.
PACKAGED_VECTORS = "skill_vectors.npz"


def packaged_vectors(model_name: str, digest: str) -> tuple[list[str], np.ndarray] | None:
    """The shipped (names, float32 vectors) when they were built by ``model_name`` for this vocabulary."""
    from importlib import resources

    resource = resources.files("credstack") / "data" / PACKAGED_VECTORS
    try:
        with resource.open("rb") as fh, np.load(fh, allow_pickle=False) as data:
            if str(data["model"]) != model_name or str(data["digest"]) != digest:
                return None
            return [str(n) for n in data["names"]], data["vectors"].astype(np.float32)
    except (OSError, ValueError, KeyError):
        return None


class SkillEmbeddings:
    """Embeddings of skill names: the vocabulary's shipped with the package (or, when the vocabulary
    changed since they were built, computed once and kept in a disk cache), others on demand."""

    def __init__(self, embedder: Embedder, vocabulary: Vocabulary, cache_dir: str | os.PathLike | None) -> None:
        self.embedder = embedder
        self.vocabulary = vocabulary
        self.path = (Path(cache_dir) / f"skills-{_slug(embedder.name)}-{vocabulary.digest}.npz"
                     if cache_dir else None)
        self._lock = threading.Lock()
        self._index: dict[str, int] = {}
        self._matrix: np.ndarray | None = None
        self._columns: tuple[list[str], np.ndarray] | None = None

    def _load(self) -> None:
        if self._matrix is not None:
            return
        names = [s.name for s in self.vocabulary]
        if getattr(self.embedder, "static", False):  # a look-up table: all names in milliseconds
            self._index = {n: i for i, n in enumerate(names)}
            self._matrix = self.embedder.encode(names)
            return
        for found in (packaged_vectors(self.embedder.name, self.vocabulary.digest), self._cached()):
            if found is not None and found[0] == names:
                self._index = {n: i for i, n in enumerate(names)}
                self._matrix = found[1]
                return
        log.warning("embedding %d vocabulary skills: the shipped vectors do not match this vocabulary "
                    "(run scripts/build_skill_vectors.py); once, cached at %s", len(names), self.path)
        matrix = self.embedder.encode(names)
        self._index = {n: i for i, n in enumerate(names)}
        self._matrix = matrix
        if self.path is not None:
            self._save(names, matrix)

    def _cached(self) -> tuple[list[str], np.ndarray] | None:
        if self.path is None or not self.path.exists():
            return None
        try:
            with np.load(self.path, allow_pickle=False) as data:
                return [str(n) for n in data["names"]], data["vectors"]
        except (OSError, ValueError, KeyError):
            log.warning("ignoring an unreadable skill-embedding cache at %s", self.path)
            return None

    def _save(self, names: list[str], matrix: np.ndarray) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".npz")
            with os.fdopen(fd, "wb") as fh:
                np.savez(fh, names=np.array(names), vectors=matrix)
            os.replace(tmp, self.path)
            for old in self.path.parent.glob(f"skills-{_slug(self.embedder.name)}-*.npz"):
                if old != self.path:
                    old.unlink(missing_ok=True)  # caches of earlier vocabularies
        except OSError as exc:
            log.warning("could not write the skill-embedding cache %s: %s", self.path, exc)

    def vocabulary_matrix(self) -> tuple[list[str], np.ndarray]:
        """Every vocabulary skill's name and its row, in vocabulary order (for nearest-name look-ups)."""
        with self._lock:
            self._load()
        return list(self._index), self._matrix

    def vocabulary_columns(self) -> tuple[list[str], np.ndarray]:
        """``vocabulary_matrix`` with the matrix transposed into a contiguous array of its own, made
        once: ``vectors @ columns`` takes about half the time of ``vectors @ matrix.T`` (a strided
        view), 1.1 against 2.0 ms for a posting's twenty spans against 5,033 names."""
        with self._lock:
            self._load()
            if self._columns is None:
                self._columns = list(self._index), np.ascontiguousarray(self._matrix.T)
        return self._columns

    def vectors(self, names: Sequence[str]) -> np.ndarray:
        """One row per name: cached for vocabulary skills, computed for any other name."""
        with self._lock:
            self._load()
        rows = np.zeros((len(names), self._matrix.shape[1]), dtype=np.float32)
        missing = [i for i, n in enumerate(names) if n not in self._index]
        for i, name in enumerate(names):
            if name in self._index:
                rows[i] = self._matrix[self._index[name]]
        if missing:
            rows[missing] = self.embedder.encode([names[i] for i in missing])
        return rows


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-") or "model"


class Ranker:
    """KeyBERT's scoring of a document's candidate phrases, over precomputed embeddings.

    With the document's and the candidates' vectors given, KeyBERT's ``extract_keywords`` is: keep
    the candidates its vectorizer finds in the document, score each by its cosine with the document,
    round to 4 places. That is done here directly (``tests/skills/test_ranking.py`` checks it gives
    KeyBERT's own answer): importing ``keybert`` imports sentence-transformers and torch, seconds
    of start-up and hundreds of MiB for a server whose model is a static table."""

    def __init__(self, embedder: Embedder, embeddings: SkillEmbeddings) -> None:
        self.embedder = embedder
        self.embeddings = embeddings

    def rank(self, doc: str, doc_vector: np.ndarray, candidates: Sequence[str],
             analyzer: Callable[[str], list[str]], vectors: np.ndarray) -> dict[str, float]:
        """Cosine relevance of each candidate found in ``doc`` (KeyBERT's ranking)."""
        if not candidates:
            return {}
        present = set(analyzer(doc))
        rows = [i for i, phrase in enumerate(candidates) if phrase in present]
        if not rows:
            return {}
        chosen = np.asarray(vectors, dtype=np.float32)[rows]
        doc_row = np.asarray(doc_vector, dtype=np.float32).reshape(-1)
        norms = np.linalg.norm(chosen, axis=1) * (np.linalg.norm(doc_row) or 1.0)
        sims = chosen @ doc_row / np.where(norms == 0, 1.0, norms)
        order = np.argsort(-sims, kind="stable")
        return {candidates[rows[k]]: round(float(sims[k]), 4) for k in order}
