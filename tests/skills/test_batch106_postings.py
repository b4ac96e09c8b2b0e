"""What batch 106's real adverts (bench/nontech_real.py --split held-occ96: UK Adzuna adverts of 2013, each
one paragraph with its line breaks lost: a bilingual customer service operator, IT telesales, an HR advisor
and nine more) and the misses they led back to showed. Synthetic postings, with controls."""

from __future__ import annotations

import pytest

from credstack.skills import extract_skills
from credstack.skills.model import TextKind, TextSection
from credstack.skills.vocabulary import load_vocabulary


def names(text: str, kind: TextKind = TextKind.OTHER) -> set[str]:
    return {s.name for s in extract_skills([TextSection(kind, text)], load_vocabulary()).skills}


LANGUAGES = {"German", "French", "Spanish", "Italian", "Dutch"}


def test_a_sentence_opening_you_must_after_a_missing_full_stop_is_asked():
    """'The company offer ... an excellent benefit package You must be fluent in English AND at least one of
    the following languages: German, French, ...': with no full stop between them, the languages were read in
    the benefits clause, and only the last two after 'or' were kept."""
    text = ("The company offer a welcoming working environment and an excellent benefit package You must be "
            "fluent in English AND at least one of the following languages: German, French, Spanish, Italian, "
            "Dutch, Swedish or Russian.")
    assert LANGUAGES <= names(text)


def test_the_same_words_with_a_full_stop_are_read_alike():
    text = ("The company offer a welcoming working environment and an excellent benefit package. You must be "
            "fluent in English AND at least one of the following languages: German, French, Spanish, Italian, "
            "Dutch, Swedish or Russian.")
    assert LANGUAGES <= names(text)


def test_a_capital_you_inside_a_quoted_name_does_not_split():
    # "Thank You" is no new sentence: the cue needs a verb of asking after "You"
    assert "Customer Service" in names("Write Thank You cards as part of excellent customer service.",
                                       TextKind.RESPONSIBILITIES)


@pytest.mark.parametrize("text, skill", [
    ("Sectors covered include Accountancy & Banking, Catering and Pharmaceutical.", "Accounting"),
    ("Acme Recruitment handle nearly 500 LIVE VACANCIES, for all sectors of the Recruitment industry.", "Recruiting"),
])
def test_an_agency_s_own_sectors_and_vacancies_are_no_skills(text, skill):
    """IT telesales advert ended on its recruiter's blurb: 'Code Blue Recruitment handle nearly **** LIVE
    VACANCIES ... Sectors covered include Professional Recruitment such as Finance, Accountancy & Banking ...'."""
    assert skill not in names(text)


def test_a_sector_the_candidate_is_asked_for_stays():
    assert "Accounting" in names("Knowledge of accountancy and banking is essential.")


@pytest.mark.parametrize("text", ["Redundancy Disciplinary & Grievances TUPE",
                                  "Handle disciplinary and grievances cases."])
def test_disciplinary_and_grievances_is_employee_relations(text):
    assert "Employee Relations" in names(text, TextKind.REQUIREMENTS)


@pytest.mark.parametrize("measure", ["3mtr", "12hr", "16GB", "2.5m", "10 mm", "5 hours", "50kg"])
def test_a_measure_is_no_name(measure):
    """A gun drilling operative's advert: 'drilling up to a depth of 3mtr' gave the chip '3mtr'."""
    from credstack.skills import _NUMBER_OR_GRADE
    assert _NUMBER_OR_GRADE.fullmatch(measure)


@pytest.mark.parametrize("name", ["5G", "4G", "3D", "S3", "B2B"])
def test_a_name_with_a_digit_is_no_measure(name):
    from credstack.skills import _NUMBER_OR_GRADE
    assert not _NUMBER_OR_GRADE.fullmatch(name)


def test_what_would_be_useful_after_what_is_not_needed_is_wished():
    """A service desk coordinator's advert (batch 107): 'Although you don't need to be a highly skilled Cisco
    engineer for example it would be useful if you have an understanding of routing and switching ...': the
    negation reached over the wish, and no networking skill was kept."""
    text = ("Although you don't need to be a highly skilled Cisco engineer for example it would be useful if you "
            "have an understanding of routing and switching and MPLS.")
    assert {"Routing and Switching", "MPLS"} <= names(text)


def test_what_is_not_needed_stays_unasked():
    assert not names("You do not need experience with Excel or SAP.") & {"Microsoft Excel", "SAP"}


@pytest.mark.parametrize("text", ["SC clearance is essential.", "Candidates must be Security Cleared to DV Level.",
                                  "Must hold DV clearance."])
def test_uk_security_clearance_is_a_condition_not_a_skill(text):
    """UK vetting levels read as skills of kind other ('SC clearance'), gaps nobody closes with a course; the US
    clearances were already the condition Security Clearance, shown as context."""
    result = extract_skills([TextSection(TextKind.REQUIREMENTS, text)], load_vocabulary())
    assert "Security Clearance" in {s.name for s in result.context}
    assert not any("clear" in s.name.lower() for s in result.skills)


def test_a_full_stop_glued_to_the_next_sentence_ends_its_clause():
    """A machine operator's LinkedIn posting: '... side shields must be worn at all times.Must be able to read,
    write, understand technical documentation': one clause, so the dress rule and the ask were judged together."""
    from credstack.skills.requirements import clause_of
    text = ("Steel toed shoes and ANSI approved safety glasses with side shields must be worn at all times.Must be "
            "able to read technical documentation.")
    at = text.index("technical")
    assert clause_of(text, at, at + 9) == "Must be able to read technical documentation"


@pytest.mark.parametrize("text", ["Use Node.Js and ASP.Net daily.", "Tools, e.g.Word and Excel, are used daily."])
def test_names_with_a_dot_do_not_end_a_clause(text):
    from credstack.skills.requirements import clause_of
    at = text.index("daily")
    assert clause_of(text, at, at + 5).startswith(text.split()[0])


def test_what_must_be_worn_is_a_workplace_rule():
    from credstack.skills.employer import is_employer_clause
    assert is_employer_clause("Steel toed shoes and ANSI approved safety glasses with side shields must be worn at all times")
    assert not is_employer_clause("Must be able to read technical documentation")


@pytest.mark.parametrize("text", ["Make adjustments (turning dials, switches, and offsets) to correct machine performance.",
                                  "Replace light switches and sockets."])
def test_switches_of_a_machine_or_a_wall_are_no_network_switches(text):
    assert "Routing and Switching" not in names(text, TextKind.RESPONSIBILITIES)


@pytest.mark.parametrize("text", ["Configure Cisco switches and routers.", "Install network switches and firewalls."])
def test_network_switches_stay(text):
    assert "Routing and Switching" in names(text, TextKind.RESPONSIBILITIES)
