"""Errors raised while finding a posting; the API answers NoPostingFound with a 422."""

from __future__ import annotations

from credstack.exceptions import CredstackError


class PostingError(CredstackError):
    """Root of the errors raised while finding a posting in a page."""

    status = 422
    error_type = "bad_posting"


class NoPostingFound(PostingError):
    """The page holds no job posting; ``reason`` says why, for the user."""

    error_type = "no_posting"

    def __init__(self, reason: str) -> None:
        super().__init__(f"no job posting found in this page: {reason}")
        self.reason = reason


class NoDescription(NoPostingFound):
    """The page is about one job but holds no description of it: only the application form, or
    a page whose description has not loaded."""

    error_type = "no_description"

    def __init__(self, reason: str) -> None:
        PostingError.__init__(self, f"no job description in this page: {reason}")
        self.reason = reason
