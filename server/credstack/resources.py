"""What the pipeline reads, built once per process and passed explicitly: vocabulary, catalog and
the embedding model (with the vocabulary's vectors).

``create_app`` builds one and keeps it in ``app.extensions``; the CLI builds one per command. The
model is loaded on first use, so commands that never rank (``credstack token``) start at once.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import numpy as np

from credstack.budget import excluded
from credstack.credentials.catalog import Catalog, load_catalog
from credstack.embedding import Embedder, LazyTransformerEmbedder, default_embedder
from credstack.skills.ranking import Ranker, SkillEmbeddings
from credstack.skills.vocabulary import Vocabulary, load_vocabulary


@dataclass
class Resources:
    vocabulary: Vocabulary
    catalog: Catalog
    cache_dir: str | None = None
    embedder_override: Embedder | None = None
    use_tagger: bool = True
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _tagger_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def load(cls, cache_dir: str | None = None, embedder: Embedder | None = None, *,
             tagger: bool = True) -> Resources:
        """The bundled vocabulary and catalog; ``embedder`` replaces the real model (tests);
        ``tagger=False`` reads skills with the vocabulary alone (faster, fewer skills found)."""
        single_blas_thread()
        return cls(load_vocabulary(), load_catalog(), cache_dir, embedder, tagger)

    @cached_property
    def embedder(self) -> Embedder:
        return self.embedder_override or default_embedder()

    @property
    def ranker(self) -> Ranker:
        """KeyBERT over the vocabulary's vectors; built on first use (outside any time budget)."""
        ranker = self.__dict__.get("_ranker")
        if ranker is not None:
            return ranker
        with excluded(), self._lock:  # waiting for another request's load is no work of this one
            ranker = self.__dict__.get("_ranker")
            if ranker is None:
                embeddings = SkillEmbeddings(self.embedder, self.vocabulary, self.cache_dir)
                embeddings.vectors([])  # the vocabulary's vectors, now
                ranker = self.__dict__["_ranker"] = Ranker(self.embedder, embeddings)
            return ranker

    @property
    def tagger(self):
        """The shipped span tagger (``credstack.skills.tagger``), loaded on first use (outside any
        time budget); None when this install ships no model or it is switched off."""
        if not self.use_tagger:
            return None
        if "_tagger" in self.__dict__:
            return self.__dict__["_tagger"]
        with excluded(), self._tagger_lock:
            if "_tagger" not in self.__dict__:
                from credstack.skills.tagger import default_tagger

                self.__dict__["_tagger"] = default_tagger()
            return self.__dict__["_tagger"]

    @property
    def skill_space(self) -> SkillEmbeddings:
        """Embeddings for comparing skills with each other (transferable gaps): MiniLM's.

        The static model ranks a posting's phrases well but places product names poorly (Tableau
        is no nearer Looker than Welding there), so skill-to-skill similarity stays MiniLM's: the
        vocabulary's vectors are shipped with the package, and the transformer is loaded only for
        a name outside the vocabulary (gaps compare vocabulary skills only)."""
        if not getattr(self.embedder, "static", False):
            return self.ranker.embeddings
        space = self.__dict__.get("_skill_space")
        if space is None:
            with self._lock:
                space = self.__dict__.get("_skill_space")
                if space is None:
                    space = self.__dict__["_skill_space"] = SkillEmbeddings(
                        LazyTransformerEmbedder(), self.vocabulary, self.cache_dir)
        return space

    def skill_vectors(self, names: Sequence[str]) -> np.ndarray:
        """One normalised vector per skill name, for skill-to-skill similarity (vocabulary names
        from the shipped vectors)."""
        return self.skill_space.vectors(list(names))


@lru_cache(maxsize=1)
def single_blas_thread() -> None:
    """Run numpy's matrix products on one BLAS thread, for the whole process.

    The products are small (a posting's few dozen phrases against the vocabulary's 3,331 name
    vectors) and one thread does them in well under a millisecond. OpenBLAS's own pool splits
    them and then spins waiting for work: on a 2-core machine, beside the span tagger's ONNX
    Runtime threads and the other requests' threads, linking a SkillSpan posting's tagger spans
    took 8-16 ms for a product one thread does in 0.5 ms, and the tagger itself ran slower.
    Requests run side by side on the server's own threads instead."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
