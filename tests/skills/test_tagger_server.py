"""The span tagger under the real threaded server: concurrent first analyses (the models load inside
the first requests) and concurrent warm ones all finish, with the tagger's skills in the answers.

Before, the first requests of a server started without preloading spent the model load inside
their time budget and were all stopped (503) after 30-40 s on a loaded machine; and the tagger ran
without checking the budget at all."""

from __future__ import annotations

import threading

import pytest
from tests.reliability.server import Server, call

from credstack.skills.tagger import available

pytestmark = [pytest.mark.model, pytest.mark.slow]

POSTINGS = [
    "Data Engineer\n\nRequirements\n- 3+ years of Python and SQL\n- Experience with Pentaho and Loggly\n"
    "- Must hold SC clearance\n\nResponsibilities\n- Build reporting pipelines for finance teams",
    "Site Reliability Engineer\n\nWhat you will need\n- Terraform and Kubernetes in production\n"
    "- Experience with Shapely and PostGIS\n- A full driving licence",
    "Warehouse Supervisor\n\nRequirements\n- Counterbalance forklift licence\n- Stock control with SAP\n"
    "- Managing contracts with hauliers",
    "Staff Nurse\n\nEssential\n- NMC registration\n- Experience with wound care and IV therapy\n"
    "- Familiar with EMIS Web",
]


def _analyse_at_once(server: Server, token: str, texts: list[str]) -> list[tuple[int, object]]:
    answers: list[tuple[int, object] | None] = [None] * len(texts)

    def one(i: int) -> None:
        answers[i] = call(server.base, "POST", "/analyze", token, {"text": texts[i]}, timeout=240)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(texts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    assert not any(thread.is_alive() for thread in threads), "an analysis never finished"
    return answers


@pytest.mark.skipif(not available(), reason="no tagger model shipped in this checkout")
def test_concurrent_analyses_with_the_tagger_on_finish(tmp_path):
    # a budget shorter than loading the models cold: the load must not count against the page
    server = Server(tmp_path / "instance", preload=False, CREDSTACK_SKILL_TAGGER="true",
                    CREDSTACK_ANALYZE_SECONDS="10")
    server.start(timeout=120)
    try:
        token = server.token()
        for round_ in range(2):  # cold (models load in the first requests), then warm
            answers = _analyse_at_once(server, token, POSTINGS)
            for status, body in answers:
                assert status == 200, (round_, body)
                assert body["skills"], (round_, body)
            other = {s["name"] for _, body in answers for s in body["skills"] if s["kind"] == "other"}
            assert other, "no skill from the tagger: it did not run"
    finally:
        server.stop()
