"""A standard's initials and number are one name written apart or together: "BS7671" is the
wiring regulations as "BS 7671" is ("Carrying out basic testing as per BS7671", a UK
electrician's mate posting), "ISO9001" the quality standard. Synthetic fixtures, with controls."""

from __future__ import annotations

from tests.skills.conftest import names

from credstack.skills.matcher import code_variants


def test_initials_and_number_written_together_or_apart():
    assert "18th Edition Wiring Regulations" in names("Carrying out basic testing as per BS7671")
    assert "18th Edition Wiring Regulations" in names("Carrying out basic testing as per BS 7671")
    assert "ISO 9001" in names("Quality systems to ISO9001 and lean methods")


def test_only_capital_initials_and_a_number_of_two_digits_or_more():
    assert code_variants("BS 7671") == ["BS7671"]
    assert code_variants("ISO9001") == ["ISO 9001"]
    assert code_variants("SOC 2") == []  # one digit: "SOC2" is an alias of its own where it is one
    assert code_variants("Windows 10") == []  # a product's version, not a code


def test_a_lone_word_for_a_kind_of_credential_names_no_new_skill():
    # the tagger's span "Certificate" of "Certificate: required" or "Guidelines" of a heading run into
    # its items: a kind of thing asked, which names no skill of its own
    from credstack.skills import _GRADE_OR_META

    for word in ("Certificate", "Certification", "Guidelines", "Licence", "Licensed", "Enhanced", "qualifications"):
        assert _GRADE_OR_META.match(word), word
    for name in ("Food Hygiene Certificate", "Certificate IV in Training", "WHO guidelines", "Enhanced DBS"):
        assert not _GRADE_OR_META.match(name), name
