"""HTML or text -> Posting.

``parse_posting`` takes what the browser extension, the API or the CLI has: page HTML (as text
or bytes) or a text posting. Pages go to ``page`` (JSON-LD, site adapters, generic extractor),
text to ``plain_text``; both type their sections with ``sections``.
"""

from __future__ import annotations

from credstack.postings.decoding import MAX_INPUT_CHARS, decode, is_html, refuse_binary, repair_mojibake, unwrap_mhtml
from credstack.postings.errors import NoDescription, NoPostingFound, PostingError
from credstack.postings.model import Posting, Section, SectionKind
from credstack.postings.page import posting_from_page
from credstack.postings.plain_text import posting_from_text

__all__ = ["NoDescription", "NoPostingFound", "Posting", "PostingError", "Section", "SectionKind", "decode", "is_html",
           "parse_posting"]


def parse_posting(html_or_text: str | bytes, url: str | None = None) -> Posting:
    """Find the job posting in a page (HTML) or a text posting.

    Raises NoPostingFound (with a reason a person can act on) when there is none.
    """
    html_or_text = unwrap_mhtml(html_or_text)
    refuse_binary(html_or_text)
    text = decode(html_or_text) if isinstance(html_or_text, (bytes, bytearray)) else repair_mojibake(html_or_text)
    if text is None or not text.strip():
        raise NoPostingFound("the page is empty")
    if text[:4096].count("\x00") > 16:
        raise NoPostingFound("this is a binary file, not a web page or text")
    text = text[:MAX_INPUT_CHARS]
    if is_html(text):
        return posting_from_page(text, url)
    return posting_from_text(text, url)
