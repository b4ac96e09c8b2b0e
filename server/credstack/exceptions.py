"""The root of every exception credstack raises on purpose, with the HTTP answer it deserves.

Domain packages never import Flask; they raise subclasses of :class:`CredstackError` whose class
attributes say how the API answers them: ``status`` (a 4xx/5xx code) and ``error_type``, a stable
machine-readable name the extension and other clients branch on (never on message text).
"""

from __future__ import annotations


class CredstackError(Exception):
    """Root of credstack's expected errors; the message is written for the person who sees it."""

    status: int = 422
    error_type: str = "invalid_input"

    def __init__(self, message: str, *, details: object = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details
