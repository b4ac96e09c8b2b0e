"""What batches 346 to 369's real postings (bench/nontech_real.py --split held-occ336 to held-occ359: NHS Jobs
adverts) showed of skills. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found

_REGISTERS = ("Registered Nurse\n\nIt is essential you hold current registration with the Nursing & Midwifery Council "
              "(NMC) either as:\n\n(a) Registered Nurse – Adult (RN)\n\n(b) Registered Nurse - Mental Health (RNMH)\n\n"
              "{letter} Registered Nurse – Learning Disabilities (RNLD)\n")


def _names(resources, text: str) -> set[str]:
    """The skills the vocabulary's matcher finds in ``text``."""
    return {m.skill for m in resources.vocabulary.matcher.find(text)}


def _read_only_in(resources, skill: str, refused: tuple[str, ...], kept: tuple[str, ...]) -> None:
    """``skill`` is found in each of ``kept`` and in none of ``refused``."""
    for text in refused:
        assert skill not in _names(resources, text), text
    for text in kept:
        assert skill in _names(resources, text), text


def test_a_list_items_letter_is_no_programming_language(resources):
    """'(c) Registered Nurse – Learning Disabilities (RNLD)' (a bank nurse advert): a line of names only reads as a
    list of skills, whose case does not count, and its '(c)' was the C language; a letter numbering a list's item,
    bracketed or opening the line, names nothing."""
    for letter in ("(c)", "c)", "c."):
        got = found(_REGISTERS.format(letter=letter), resources)
        assert "C" not in got, (letter, got)
        assert "NMC Registration" in got, (letter, got)


def test_the_letter_named_in_a_list_of_languages_is_still_read(resources):
    """Control: 'C, C++ and Java', a lower-case tag line ('python c java sql') and a scraped job board's 'ASP.NET (C#)'
    that lost its '#' (the capital in brackets after a name is no item's letter) name the language."""
    assert "C" in found("Software Engineer\n\nRequirements:\n\n- Experience with C, C++ and Java\n", resources)
    _read_only_in(resources, "C", (), ("python c java sql", "Skills: ASP.NET (C), TransactSQL, HTML"))


def test_the_verb_excel_after_an_adverb_is_no_spreadsheet(resources):
    """'looking for an individual with the same motivation and positive attitude we currently excel.' (a radiographer
    advert): 'we ... excel' with an adverb between them is the verb, as 'we excel' already was; 'use Excel' is the
    program, whatever stands before it."""
    _read_only_in(resources, "Microsoft Excel", ("a positive attitude we currently excel.", "a team where we all excel"),
                  ("we currently use Excel for the rota", "Proficient in excel."))


def test_a_currency_sign_is_no_programming_language(resources):
    """'Salário: A partir de R$ 4.000,00' (a Brazilian cook's advert): R glued to '$' is the real, Brazil's currency,
    as C$ and US$ are currencies; R in a list of languages still names R."""
    for text in ("Informações\n· Salário: A partir de R$ 4.000,00\n· VR R$ 800,00", "C$ 50,000 a year"):
        assert not _names(resources, text) & {"R", "C"}, text
    _read_only_in(resources, "R", (), ("Skills: R, Python, SQL",))


def test_a_unit_of_time_glued_to_a_masked_number_names_nothing():
    """'Current enhanced CRB (within last ****mths)' (UK social work adverts whose numbers a job board masked): the
    span tagger's 'mths' is a unit of time, never a new skill; 'Maths' stays a word."""
    from credstack.skills.linking import clean_bounds

    for text in ("within last ****mths", "**** yrs post qualifying experience", "37.5 hrs per week"):
        unit = next(w for w in ("mths", "yrs", "hrs") if w in text)
        start = text.index(unit)
        assert clean_bounds(text, start, start + len(unit)) == (start, start), text
    text = "GCSE Maths and English"
    assert clean_bounds(text, 5, 10) == (5, 10)


def test_swapping_shifts_is_no_derivatives_trading(resources):
    """'may be required to swap shifts at times of staff absences' (a receptionist advert) read as Derivatives, the
    finance desk's swaps; a rota's swaps are no skill, a desk's still are."""
    _read_only_in(resources, "Derivatives",
                  ("may be required to swap shifts at times of staff absences", "shift swaps are allowed"),
                  ("Experience pricing interest rate swaps and options", "Knowledge of swaps, futures and options"))


def test_a_councils_trading_standards_is_no_trading(resources):
    """'the work of our trading standards or environmental health teams' (a council's occupational therapist advert)
    read as Trading; Trading Standards is the council's consumer protection service."""
    _read_only_in(resources, "Trading", ("the work of our trading standards or environmental health teams",),
                  ("Experience in trading and risk management on a commodities desk",))
