"""The vocabulary vectors shipped with the package are current and came from the real model."""

from __future__ import annotations

import numpy as np
import pytest

from credstack.skills.ranking import SkillEmbeddings, packaged_vectors
from credstack.skills.vocabulary import load_vocabulary

MODEL = "all-MiniLM-L6-v2"


def test_shipped_vectors_match_the_vocabulary():
    vocabulary = load_vocabulary()
    found = packaged_vectors(MODEL, vocabulary.digest)
    assert found is not None, "data/skill_vectors.npz is stale: run scripts/build_skill_vectors.py"
    names, vectors = found
    assert names == [s.name for s in vocabulary]
    assert vectors.shape == (len(names), 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=0.01)


def test_other_models_or_vocabularies_do_not_use_them(tmp_path):
    assert packaged_vectors("another-model", load_vocabulary().digest) is None
    assert packaged_vectors(MODEL, "0" * 16) is None


class CountingEmbedder:
    name = MODEL

    def __init__(self):
        self.calls = 0

    def encode(self, texts):
        self.calls += 1
        return np.ones((len(texts), 384), dtype=np.float32) / np.sqrt(384)


def test_vocabulary_skills_need_no_model_call(tmp_path):
    embedder = CountingEmbedder()
    embeddings = SkillEmbeddings(embedder, load_vocabulary(), tmp_path)
    rows = embeddings.vectors(["Python", "SQL"])
    assert embedder.calls == 0 and rows.shape == (2, 384)
    assert not list(tmp_path.iterdir())  # nothing written: the shipped vectors served
    embeddings.vectors(["a phrase no vocabulary has"])
    assert embedder.calls == 1


@pytest.mark.model
def test_shipped_vectors_are_the_real_models():
    from credstack.embedding import SentenceTransformerEmbedder

    vocabulary = load_vocabulary()
    names, vectors = packaged_vectors(MODEL, vocabulary.digest)
    sample = names[::400]
    fresh = SentenceTransformerEmbedder().encode(sample)  # the transformer (the default is the static model)
    shipped = vectors[[names.index(n) for n in sample]]
    assert np.all(np.sum(fresh * shipped, axis=1) > 0.999)


def test_a_changed_vocabulary_is_embedded_once_and_cached(tmp_path):
    import dataclasses

    changed = dataclasses.replace(load_vocabulary(), digest="f" * 16)
    embedder = CountingEmbedder()
    SkillEmbeddings(embedder, changed, tmp_path).vectors(["Python"])
    assert embedder.calls == 1 and len(list(tmp_path.glob("skills-*.npz"))) == 1
    SkillEmbeddings(embedder, changed, tmp_path).vectors(["Python"])
    assert embedder.calls == 1  # the second process reads the cache


def test_the_vocabulary_columns_are_the_matrix_transposed_once(tmp_path):
    embeddings = SkillEmbeddings(CountingEmbedder(), load_vocabulary(), tmp_path)
    names, matrix = embeddings.vocabulary_matrix()
    column_names, columns = embeddings.vocabulary_columns()
    assert column_names == names and columns.flags["C_CONTIGUOUS"] and np.array_equal(columns, matrix.T)
    assert embeddings.vocabulary_columns()[1] is columns  # made once
