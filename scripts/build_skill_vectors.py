"""Build the vocabulary's skill-name vectors shipped as package data (``data/skill_vectors.npz``).

Run after any change to ``server/credstack/data/skills/``: the test suite fails while the shipped
vectors do not match the vocabulary's digest. Vectors are stored as float16 (half the size; cosine
scores move by < 0.002).

    python scripts/build_skill_vectors.py
"""

from __future__ import annotations

import sys
import time
from importlib import resources
from pathlib import Path

import numpy as np

from credstack.embedding import SentenceTransformerEmbedder
from credstack.skills.ranking import PACKAGED_VECTORS
from credstack.skills.vocabulary import load_vocabulary


def main() -> int:
    vocabulary = load_vocabulary()
    embedder = SentenceTransformerEmbedder()  # MiniLM itself, whatever CREDSTACK_EMBEDDER says: the
    # shipped vectors are the transformer's (skill-to-skill similarity uses them with either embedder)
    names = [s.name for s in vocabulary]
    started = time.perf_counter()
    vectors = embedder.encode(names)
    target = Path(str(resources.files("credstack") / "data" / PACKAGED_VECTORS))
    with target.open("wb") as fh:
        np.savez_compressed(fh, names=np.array(names), vectors=vectors.astype(np.float16),
                            model=np.array(embedder.name), digest=np.array(vocabulary.digest))
    print(f"{len(names)} skills embedded in {time.perf_counter() - started:.1f} s -> {target} "
          f"({target.stat().st_size / 1e6:.1f} MB, vocabulary {vocabulary.digest})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
