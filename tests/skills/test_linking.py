"""Nearest-name links of tagger spans: the cosine a link needs depends on the embedding model."""

from __future__ import annotations

import numpy as np

from credstack.skills.linking import LINK_THRESHOLD, STATIC_LINK_THRESHOLD, link_spans
from credstack.skills.vocabulary import load_vocabulary


class _Embedder:
    """Every text at cosine ``cos`` from the vocabulary's first skill, far from all others."""

    name = "fixed"

    def __init__(self, static: bool, cos: float) -> None:
        self.static, self.cos = static, cos

    def encode(self, texts):
        v = np.zeros((len(texts), 3), dtype=np.float32)
        v[:, 0], v[:, 1] = self.cos, np.sqrt(1 - self.cos ** 2)
        return v


class _Embeddings:
    def __init__(self, embedder, vocabulary) -> None:
        self.embedder, self.vocabulary = embedder, vocabulary

    def vocabulary_matrix(self):
        names = [s.name for s in self.vocabulary]
        matrix = np.zeros((len(names), 3), dtype=np.float32)
        matrix[0, 0] = 1.0
        matrix[1:, 2] = 1.0
        return names, matrix


def test_the_static_model_needs_a_closer_name_than_minilm():
    vocabulary = load_vocabulary()
    first = next(iter(vocabulary)).name
    cos = (LINK_THRESHOLD + STATIC_LINK_THRESHOLD) / 2  # enough for MiniLM, not for the static model
    surface = [f"{first} in depth"]  # the name's words and one of its own: no sibling (``_a_sibling``)
    minilm = link_spans(surface, vocabulary, _Embeddings(_Embedder(False, cos), vocabulary))[0]
    static = link_spans(surface, vocabulary, _Embeddings(_Embedder(True, cos), vocabulary))[0]
    assert (minilm.how, minilm.skill.name) == ("nearest", first)
    assert static.how == "new" and static.skill.name == surface[0]  # kept as an "other" skill, not dropped
    closer = link_spans(surface, vocabulary, _Embeddings(_Embedder(True, STATIC_LINK_THRESHOLD + 0.01),
                                                         vocabulary))[0]
    assert (closer.how, closer.skill.name) == ("nearest", first)


def test_a_place_qualified_licence_links_to_the_licence():
    # the user walk-through's nurse: "Current Georgia RN license" showed as a missing skill of its own
    from credstack.skills.linking import exact_link
    from credstack.skills.vocabulary import load_vocabulary

    vocabulary = load_vocabulary()
    assert exact_link("Georgia RN license", vocabulary).name == "Registered Nurse"
    assert exact_link("New York RN license", vocabulary).name == "Registered Nurse"
    # control: a place alone, or a place before what is no certification, links to nothing
    assert exact_link("Georgia", vocabulary) is None
    assert exact_link("Texas Board", vocabulary) is None
    assert exact_link("California wiring", vocabulary) is None


def test_a_machine_or_its_operator_after_a_skill_name_links_to_the_skill():
    vocabulary = load_vocabulary()
    spans = ["fork lift trucks", "forklift driver", "excavator operator"]
    links = link_spans(spans, vocabulary)
    assert [(link.how, link.skill.name) for link in links] == [
        ("exact", "Forklift Operation"), ("exact", "Forklift Operation"),
        ("exact", "Heavy Equipment Operation")]


def test_a_title_or_an_office_skill_before_such_a_word_does_not_link():
    vocabulary = load_vocabulary()
    # control: a job title's head ("developer") is not a machine word; a tool's or a data or sales
    # skill's "driver"/"operator" is code or a cause, not a machine worked
    spans = ["Python developer", "Python operator", "SQL driver", "sales driver", "trucks"]
    links = link_spans(spans, vocabulary)
    assert [link.how for link in links] == ["new"] * len(spans)
