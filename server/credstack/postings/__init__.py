"""HTML or text -> Posting. Stub until the postings issue lands: text only, one section."""

from credstack.postings.model import Posting, Section, SectionKind


class PostingError(Exception):
    """Root of the errors raised while finding a posting in a page."""


class NoPostingFound(PostingError):
    """The page holds no job posting; ``reason`` says why, for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"no job posting found in this page: {reason}")
        self.reason = reason


def parse_posting(html_or_text: str | bytes, url: str | None = None) -> Posting:
    text = html_or_text.decode("utf-8", "replace") if isinstance(html_or_text, bytes) else html_or_text
    if not text.strip():
        raise NoPostingFound("the page is empty")
    return Posting(url=url, description=text, sections=[Section(SectionKind.OTHER, "", text)])


__all__ = ["NoPostingFound", "Posting", "PostingError", "Section", "SectionKind", "parse_posting"]
