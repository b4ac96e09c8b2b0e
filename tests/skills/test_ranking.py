"""KeyBERT ranks the matched skills; unknown skill-like phrases come back as other_keywords."""

from __future__ import annotations

from pathlib import Path

import pytest
from keybert import KeyBERT

from credstack.analysis import skill_sections
from credstack.credentials.catalog import load_catalog
from credstack.postings import parse_posting
from credstack.resources import Resources
from credstack.skills import extract_skills
from credstack.skills.matcher import match_key, matcher_for
from credstack.skills.ranking import EmbedderBackend, phrase_vectorizer
from credstack.skills.vocabulary import load_vocabulary

DOC = "We need C++ and machine learning experience, plus .NET and CI/CD."
CANDIDATES = ["c++", "machine learning", ".net", "ci/cd"]


def test_default_keybert_drops_multiword_and_punctuated_candidates(fake_embedder):
    kb = KeyBERT(model=EmbedderBackend(fake_embedder))
    default = {k for k, _ in kb.extract_keywords(DOC, candidates=CANDIDATES, top_n=10)}
    assert not default & set(CANDIDATES)  # the silent loss the issue warns about


def test_phrase_vectorizer_keeps_them(fake_embedder):
    kb = KeyBERT(model=EmbedderBackend(fake_embedder))
    matcher = matcher_for(load_vocabulary())

    def analyzer(text):
        return [match_key(m.surface) for m in matcher.find(text)]

    found = {k for k, _ in kb.extract_keywords(DOC, candidates=CANDIDATES, top_n=10,
                                               vectorizer=phrase_vectorizer(CANDIDATES, analyzer))}
    assert found == set(CANDIDATES)



def test_ranker_scores_as_keybert_does(fake_embedder, tmp_path):
    """The Ranker computes KeyBERT's cosine ranking itself (no keybert/torch import in the
    server): same phrases, same scores, same order as KeyBERT given the same vectors."""
    matcher = matcher_for(load_vocabulary())

    def analyzer(text):
        return [match_key(m.surface) for m in matcher.find(text)]

    candidates = [*CANDIDATES, "kubernetes"]  # one the document never names: left out by both
    vectors = fake_embedder.encode(candidates)
    doc_vector = fake_embedder.encode([DOC])
    kb = KeyBERT(model=EmbedderBackend(fake_embedder))
    expected = kb.extract_keywords(DOC, candidates=candidates, vectorizer=phrase_vectorizer(candidates, analyzer),
                                   doc_embeddings=doc_vector, word_embeddings=vectors, top_n=len(candidates))
    ranker = Resources(load_vocabulary(), load_catalog(), str(tmp_path), fake_embedder).ranker
    mine = ranker.rank(DOC, doc_vector, candidates, analyzer, vectors)
    assert mine == pytest.approx(dict(expected), abs=1e-4)
    assert list(mine.values()) == sorted(mine.values(), reverse=True)  # best first (ties in either order)
    assert "kubernetes" not in mine and len(mine) == 4

POSTING = """Machine Learning Engineer

Requirements
- 3+ years of Python and PyTorch
- Experience deploying models with Kubernetes
- Familiarity with Weaviate-like vector stores such as Vespa and Qdrant is a plus
"""


def test_extraction_shape_with_a_fake_model(fake_embedder, tmp_path):
    ranker = Resources(load_vocabulary(), load_catalog(), str(tmp_path), fake_embedder).ranker
    result = extract_skills(skill_sections(parse_posting(POSTING)), load_vocabulary(), ranker)
    by_name = {s.name: s for s in result.skills}
    assert {"Python", "PyTorch", "Kubernetes"} <= set(by_name)
    for skill in result.skills:
        assert 0.0 <= skill.score <= 1.0
        assert all(m in POSTING for m in skill.mentions)
    phrases = {k.phrase for k in result.other_keywords}
    vocabulary = load_vocabulary()
    assert all(vocabulary.resolve(p) is None for p in phrases)  # only what the vocabulary lacks


def test_bad_input_is_an_empty_or_small_list(fake_embedder, tmp_path):
    ranker = Resources(load_vocabulary(), load_catalog(), str(tmp_path), fake_embedder).ranker
    for text in ("Nothing to see here at all, just words.", "Wir suchen eine freundliche Person für das Büro.",
                 "Requirements\n" + "lorem ipsum " * 20000):
        result = extract_skills(skill_sections(parse_posting(text)), load_vocabulary(), ranker)
        assert len(result.skills) <= 2


@pytest.mark.model
def test_real_model_ranks_and_caches(tmp_path):
    posting = skill_sections(parse_posting(POSTING))
    ranker = Resources.load(str(tmp_path)).ranker
    result = extract_skills(posting, load_vocabulary(), ranker)
    scores = {s.name: s.score for s in result.skills}
    assert scores["PyTorch"] > 0 and scores["Python"] > 0
    assert {"Vespa", "Qdrant"} <= {k.phrase for k in result.other_keywords}  # products the vocabulary lacks
    assert not list(Path(tmp_path).glob("*.npz"))  # the shipped vocabulary vectors served, nothing cached
    again = extract_skills(posting, load_vocabulary(), ranker)
    assert [s.name for s in again.skills] == [s.name for s in result.skills]


@pytest.mark.model
def test_real_model_similarity_finds_transferable_tools(tmp_path):
    vectors = Resources.load(str(tmp_path)).skill_vectors(["Tableau", "Looker", "Welding"])
    sims = vectors @ vectors.T
    assert sims[0, 1] > sims[0, 2]
