"""A time budget for one piece of work (an analysis), checked at safe points in the pipeline.

The page a user analyses comes from the site they visit, so its size and shape are hostile input.
Every stage is linear in the input, and on top of that the API gives each analysis a deadline:
long loops call :func:`checkpoint`, which stops the work once the deadline has passed or the
client has gone away. Without an active budget (the CLI, tests, benchmarks) a checkpoint costs one
context-variable read.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from credstack.exceptions import CredstackError


class TooSlow(CredstackError):
    """The work passed its time budget and was stopped."""

    status = 503
    error_type = "too_slow"

    def __init__(self, message: str, *, seconds: float) -> None:
        super().__init__(message, details={"budget_seconds": seconds})
        self.headers = {"Retry-After": "30"}


class ClientGone(CredstackError):
    """The client closed the connection; nobody is waiting for the answer."""

    status = 499
    error_type = "client_closed"


@dataclass
class _Budget:
    deadline: float
    seconds: float
    client_gone: Callable[[], bool] | None
    calls: int = 0


_current: ContextVar[_Budget | None] = ContextVar("credstack_budget", default=None)
_running = 0  # budgeted pieces of work running now in this process (see ``in_flight``)
_running_lock = threading.Lock()


def in_flight() -> int:
    """How many budgeted pieces of work (API analyses) run now in this process, this one included.

    The span tagger reads it to choose its session: alone, one whose thread pool may spin between
    the model's steps; beside another analysis, one whose pool sleeps and leaves the CPU to it."""
    return _running


def _count(step: int) -> None:
    global _running
    with _running_lock:
        _running += step


@contextmanager
def time_budget(seconds: float | None, client_gone: Callable[[], bool] | None = None) -> Iterator[None]:
    """Run the body with a deadline ``seconds`` from now (none when ``seconds`` is falsy).

    ``client_gone`` is asked now and then whether the client has disconnected. The work counts as
    running (``in_flight``) while the body runs, deadline or not.
    """
    _count(1)
    try:
        if not seconds or seconds <= 0:
            yield
            return
        token = _current.set(_Budget(time.monotonic() + float(seconds), float(seconds), client_gone))
        try:
            yield
        finally:
            _current.reset(token)
    finally:
        _count(-1)


@contextmanager
def excluded() -> Iterator[None]:
    """Run the body outside the current budget: its time moves the deadline on.

    For one-time work an analysis happens to trigger (loading the models on the first request),
    which is no property of the page being analysed."""
    budget = _current.get()
    started = time.monotonic()
    try:
        yield
    finally:
        if budget is not None:
            budget.deadline += time.monotonic() - started


def checkpoint() -> None:
    """Stop the current work (TooSlow, ClientGone) when its budget is spent or its client gone."""
    budget = _current.get()
    if budget is None:
        return
    budget.calls += 1
    if time.monotonic() > budget.deadline:
        raise TooSlow(f"This page took more than {budget.seconds:g} s to analyse and was stopped. It is far "
                      "larger or stranger than a job listing; select the listing's text and analyse that.",
                      seconds=budget.seconds)
    if budget.client_gone is not None and budget.calls % 16 == 1:
        try:
            gone = budget.client_gone()
        except Exception:  # noqa: BLE001 - a server without the hook must not break analysis
            budget.client_gone = None
            return
        if gone:
            raise ClientGone("The client closed the connection before the analysis finished.")


def every(items, stride: int = 256) -> Iterator:
    """``items``, with a :func:`checkpoint` before each ``stride`` of them (for long loops). Handed on
    a stride at a time through ``itertools.chain``: a generator step per item cost more than most of
    the loops it guards (37,700 items a SkillSpan posting)."""
    def strides():
        rest = iter(items)
        while chunk := list(itertools.islice(rest, stride)):
            checkpoint()
            yield chunk

    return itertools.chain.from_iterable(strides())
