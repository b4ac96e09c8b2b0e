"""What the pipeline reads, built once per process and passed explicitly: vocabulary, catalog and
the embedding model (with the vocabulary's vectors).

``create_app`` builds one and keeps it in ``app.extensions``; the CLI builds one per command. The
model is loaded on first use, so commands that never rank (``credstack token``) start at once.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from credstack.credentials.catalog import Catalog, load_catalog
from credstack.embedding import Embedder, default_embedder
from credstack.skills.ranking import Ranker, SkillEmbeddings
from credstack.skills.vocabulary import Vocabulary, load_vocabulary


@dataclass
class Resources:
    vocabulary: Vocabulary
    catalog: Catalog
    cache_dir: str | None = None
    embedder_override: Embedder | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def load(cls, cache_dir: str | None = None, embedder: Embedder | None = None) -> Resources:
        """The bundled vocabulary and catalog; ``embedder`` replaces the real model (tests)."""
        return cls(load_vocabulary(), load_catalog(), cache_dir, embedder)

    @cached_property
    def embedder(self) -> Embedder:
        return self.embedder_override or default_embedder()

    @property
    def ranker(self) -> Ranker:
        """KeyBERT over the vocabulary's vectors; built on first use."""
        with self._lock:
            ranker = self.__dict__.get("_ranker")
            if ranker is None:
                embeddings = SkillEmbeddings(self.embedder, self.vocabulary, self.cache_dir)
                ranker = self.__dict__["_ranker"] = Ranker(self.embedder, embeddings)
            return ranker

    def skill_vectors(self, names: Sequence[str]) -> np.ndarray:
        """One normalised vector per skill name (vocabulary names from the shipped vectors)."""
        return self.ranker.embeddings.vectors(list(names))
