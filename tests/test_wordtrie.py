"""The trie-shaped alternation matches what a plain longest-first alternation matches."""

import random
import re

from credstack.wordtrie import trie_alternation


def plain(phrases, flags=0):
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(r"(?<![\w+/-])(?:" + body + r")(?![\w+])", flags)


def trie(phrases, flags=0):
    body = trie_alternation(phrases, ignore_case=bool(flags & re.I))
    return re.compile(r"(?<![\w+/-])(?:" + body + r")(?![\w+])", flags)


def spans(pattern, text):
    return [text[m.start():m.end()] for m in pattern.finditer(text)]


def test_the_longest_phrase_wins_and_a_shorter_one_is_tried_when_the_longer_cannot_end_there():
    phrases = ["CCNA", "CCNA Security", "CCNA Security Pro", "CCNP"]
    pattern = trie(phrases)
    assert spans(pattern, "CCNA Security and CCNP, CCNA Security Professional") == ["CCNA Security", "CCNP", "CCNA Security"]
    assert spans(pattern, "CCNA  Security\tPro.") == ["CCNA  Security\tPro"]  # any white space between words


def test_case_is_ignored_only_when_asked():
    assert spans(trie(["Certified Nursing Assistant"], re.I), "a certified NURSING assistant") == ["certified NURSING assistant"]
    assert spans(trie(["PMP"]), "pmp or PMP") == ["PMP"]


def test_no_phrases_match_nothing():
    assert spans(trie([]), "anything at all") == []


def test_random_texts_match_as_the_plain_alternation_does():
    rng = random.Random(7)
    phrases = ["AWS Certified", "AWS Certified Developer", "AWS", "A+", "Six Sigma Green Belt", "Six Sigma",
               "OSHA 10", "OSHA 30", "CompTIA Security+", "CompTIA", "RN", "BLS", "ACLS", "C++", "CPA", "CPA (US)"]
    for flags in (0, re.I):
        a, b = plain(phrases, flags), trie(phrases, flags)
        for _ in range(2000):
            parts = []
            for _ in range(5):
                p = rng.choice(phrases)
                p = rng.choice([p, p.lower(), p.upper(), p[:rng.randint(1, len(p))]])
                parts.append(p)
            text = rng.choice([" ", "  ", "-", "/", ", ", "\n", "("]).join(parts) + rng.choice(["", "s", "+", " x"])
            assert spans(a, text) == spans(b, text), text
