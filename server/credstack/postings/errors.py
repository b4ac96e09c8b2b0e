"""Errors raised while finding a posting; the API answers NoPostingFound with a 422."""

from __future__ import annotations


class PostingError(Exception):
    """Root of the errors raised while finding a posting in a page."""


class NoPostingFound(PostingError):
    """The page holds no job posting; ``reason`` says why, for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"no job posting found in this page: {reason}")
        self.reason = reason
