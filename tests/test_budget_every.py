"""``budget.every``: a long loop's items, all of them in order, with the budget checked before each stride."""

from __future__ import annotations

import pytest

from credstack import budget
from credstack.budget import ClientGone, every


def test_every_hands_on_each_item_once_in_order():
    assert list(every(iter(range(1000)), 64)) == list(range(1000))
    assert list(every([], 8)) == []
    assert list(every("abc", 256)) == ["a", "b", "c"]


def test_every_checks_the_budget_before_each_stride(monkeypatch):
    seen: list[int] = []
    checked: list[int] = []

    def checkpoint() -> None:
        checked.append(len(seen))
        if len(seen) >= 20:
            raise ClientGone("gone")

    monkeypatch.setattr(budget, "checkpoint", checkpoint)
    with pytest.raises(ClientGone):
        for item in budget.every(range(100), 8):
            seen.append(item)
    # checked before items 0, 8, 16 and 24; past its limit then, the loop stops after 24 items
    assert checked == [0, 8, 16, 24]
    assert seen == list(range(24))
