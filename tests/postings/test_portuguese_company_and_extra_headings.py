"""Portuguese headings the section vocabulary missed (batch h23g-check: a Brazilian affirmative-action
vacancy, looked at while going over sections after batch p14): "A nossa jornada" (our journey) is
about the company, "Será um extra se você tiver:" (a plus if you have) is preferred. "A nossa
jornada de trabalho" (our working hours) says more and stays no company heading. Synthetic fixture."""

from __future__ import annotations

from credstack.postings import parse_posting

TEXT = """Analista de Suporte

**{heading}**

Somos uma plataforma de gestão de documentos fiscais com 300 pessoas e 10 mil clientes.

**Responsabilidades**

- Atender clientes por telefone e chat
- Registrar chamados no sistema

**Requisitos**

- Experiência com atendimento ao cliente

**Será um extra se você tiver:**

- Conhecimento de notas fiscais
"""


def _kinds(heading: str) -> dict[str, str]:
    return {s.heading: str(s.kind) for s in parse_posting(TEXT.format(heading=heading)).sections}


def test_our_journey_is_the_company_and_an_extra_is_preferred():
    kinds = _kinds("A nossa jornada")
    assert kinds.get("A nossa jornada") == "about_company"
    assert kinds.get("Será um extra se você tiver") == "preferred"


def test_our_working_hours_are_no_company_heading():
    assert _kinds("A nossa jornada de trabalho")["A nossa jornada de trabalho"] != "about_company"
