"""What batches 288 to 293's real postings (bench/nontech_real.py --split held-occ278 ... held-occ283: NHS Jobs
adverts) showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import mentions

from credstack.skills.employer import employer_names


def test_a_regulator_named_after_the_word_body_is_no_employer(resources):
    """'registered with the relevant body (Health Professions Council, NMC, BABCP, ACAT)' (a psychological
    therapist advert): the council the candidate registers with, named in brackets after 'the relevant body',
    is the profession's regulator, not the employer, and its registration is asked. A council named as the
    employer stays the employer's name."""
    text = ("Psychological Therapist\n\nWe are looking for a therapist who is suitably qualified and registered "
            "with the relevant body (Health Professions Council, NMC, BABCP, ACAT).\n")
    assert "Health Professions Council" not in employer_names(None, [text])
    assert mentions(text, resources).get("HCPC Registration") == ["Health Professions Council"]
    text = "Please note: you must be registered with a recognised professional body such as the Health Professions Council."
    assert "Health Professions Council" not in employer_names(None, [text])
    text = "Join the Health Professions Council as a registrar. The Health Professions Council is a great place."
    assert "Health Professions Council" in employer_names(None, [text])


def test_a_regulator_whose_name_is_two_names_joined_by_and_is_no_employer(resources):
    """'must be registered with the Health and Care Professions Council (HCPC)' (a clinical scientist advert):
    the name read from its middle ('Care Professions Council') is the regulator's name still, not the
    employer's; masked as the employer's, the registration the advert asks for was lost."""
    text = ("Clinical Scientist\n\nRequirements\n- Successful applicants must be registered with the Health and Care "
            "Professions Council (HCPC) as a clinical scientist.\n")
    assert not any("Council" in name for name in employer_names(None, [text]))
    assert "HCPC Registration" in mentions(text, resources)
