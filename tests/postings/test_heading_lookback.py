"""Headings read for a page in another language (``content.heading_kind``) cost the same however
many paragraphs share them: a long heading before thousands of paragraphs is read once, and a list
of thousands of sibling boxes looks back at a few of them each, never at all."""

from __future__ import annotations

from lxml import html

from credstack.postings import content

PARAGRAPH = "<p>Dziś pracujemy nad projektem numer {} w naszym zespole</p>"


def _page(paragraphs: int) -> str:
    return ("<html><body><h1>Programista Java</h1><h2>" + "Wymagania " * 2000 + "</h2><div>"
            + "".join(PARAGRAPH.format(i) for i in range(paragraphs)) + "</div></body></html>")


def _headings_read(markup: str, monkeypatch) -> int:
    calls = []
    read = content._heading_of
    monkeypatch.setattr(content, "_heading_of", lambda el: calls.append(el) or read(el))
    content.main_content(html.fromstring(markup))
    return len(calls)


def test_a_long_heading_over_many_paragraphs_is_read_once_for_them_all(monkeypatch):
    few, many = _headings_read(_page(20), monkeypatch), _headings_read(_page(400), monkeypatch)
    assert many <= few + 2, f"headings read: {few} for 20 paragraphs, {many} for 400"


class _Sibling:
    tag = "div"

    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())


class _Box:
    """An element with thousands of boxes before it, counting how many are looked at."""

    def __init__(self, before: int):
        self.before, self.pulled = before, 0

    def itersiblings(self, preceding=False):
        for _ in range(self.before):
            self.pulled += 1
            yield _Sibling()


def test_a_box_looks_back_at_a_few_siblings_not_all_of_them():
    box = _Box(5000)
    assert content._kind_of_heading_before(box) is None
    assert box.pulled <= content.MAX_HEADING_LOOKBACK + 1
