"""Programme managers: AXELOS's MSP for a UK programme, PMI's PgMP elsewhere, and the letters 'MSP' read
as the programme method beside PRINCE2 or programmes, as Microsoft Project beside MS Project or Gantt."""

from __future__ import annotations

import pytest

from credstack.analysis import analyze
from credstack.postings import parse_posting
from credstack.skills import TextKind, TextSection, extract_skills
from credstack.skills.vocabulary import load_vocabulary

PROGRAMME = """Senior Programme Manager
Location: {where}

Requirements:
- 8+ years of programme management experience leading cross-functional programmes
- Report programme progress to the board
"""


def _picks(text, res):
    result = analyze(parse_posting(text), res, rank=False)
    return [r.credential.id for r in result.recommendations.recommendations], result


@pytest.mark.parametrize("where, country, picked, not_picked", [
    ("Leeds, UK", "GB", "peoplecert-msp-foundation", "pmi-pgmp"),
    ("Chicago, IL", "US", "pmi-pgmp", "peoplecert-msp-foundation"),
])
def test_a_programme_manager_gets_the_programme_credential_of_the_jobs_country(res, where, country, picked,
                                                                                not_picked):
    picks, result = _picks(PROGRAMME.format(where=where), res)
    assert result.fit.countries == {country}
    assert picked in picks and not_picked not in picks, picks


@pytest.mark.parametrize("line, sense", [
    ("- PRINCE2 or MSP qualification", "MSP Foundation"),
    ("- Experience of programmes run to MSP", "MSP Foundation"),
    ("- Plans projects in MS Project (MSP) and keeps the Gantt charts current", "Microsoft Project"),
])
def test_the_letters_msp_take_the_sense_their_neighbours_give(line, sense):
    result = extract_skills([TextSection(TextKind.REQUIREMENTS, line)], load_vocabulary())
    named_by_msp = {s.name for s in result.skills if any("MSP" in m for m in s.mentions)}
    assert named_by_msp == {sense}, [(s.name, s.mentions) for s in result.skills]


def test_a_renewal_note_that_opens_with_the_validity_does_not_say_it_twice(res):
    """MSP's renewal note reads 'Valid 3 years; renew through CPD points ...' (as 75 entries' do): the
    reasons say 'valid 3 years; renew through CPD points ...', not 'valid 3 years; Valid 3 years; ...'."""
    picks, result = _picks(PROGRAMME.format(where="Leeds, UK"), res)
    msp = next(r for r in result.recommendations.recommendations if r.credential.id == "peoplecert-msp-foundation")
    assert msp.credential.renewal.startswith("Valid 3 years;")
    assert "valid 3 years; renew through CPD points or by retaking the exam." in msp.reasons
    assert not any("Valid 3 years" in reason for reason in msp.reasons)
    # against PgMP, which covers no more: the reason is its lower cost and time, not the rest of a one-pick stack
    over = [reason for reason in msp.reasons if reason.startswith("chosen over Program Management Professional")]
    assert over and all(reason.endswith("this one covers as much for less cost and time") for reason in over), over


@pytest.mark.parametrize("renewal, years, rest", [
    ("Valid 3 years; recertify by passing the current exam.", 3, "recertify by passing the current exam."),
    ("Valid 12 months; renew by passing the current exam", 1, "renew by passing the current exam"),
    ("Valid for 2 years.", 2, ""),
    ("Valid 2 years; a maintenance exam keeps it", 3, "Valid 2 years; a maintenance exam keeps it"),  # disagrees: kept
    ("Earn 60 PDUs every 3 years.", 3, "Earn 60 PDUs every 3 years."),
])
def test_only_a_validity_clause_that_agrees_is_left_out(renewal, years, rest):
    from credstack.credentials.recommend import _after_validity

    assert _after_validity(renewal, years) == rest
