"""What batches 276 and 277's real postings (bench/nontech_real.py --split held-occ266, held-occ267: NHS Jobs
adverts) showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, mentions


def test_a_capitalised_name_stays_apart_from_the_names_slashed_to_it(resources):
    """'a Theatre Practitioner / ODP/Registered Nurse', 'a Registered Nurse/Operating Department Practitioner'
    (a theatre recovery advert): two professions, each its own name; the slash takes in no initials before the
    name, nor the first word of another capitalised name after it. A lower-case word slashed on stays part of
    one name ('HV/LV switchgear', 'CBRN/HART operations')."""
    got = mentions("Theatre Practitioner\n\nRequirements\n- You will be an ODP/Registered Nurse with recovery "
                   "experience.\n- Ideally a Registered Nurse/Operating Department Practitioner.\n", resources)
    assert set(got.get("Registered Nurse", [])) == {"Registered Nurse"}, got
    got = mentions("Electrician\n\nRequirements\n- Experience of HV/LV switchgear.\n", resources)
    assert not any(m == "LV switchgear" for ms in got.values() for m in ms), got


def test_sas_the_grade_of_doctor_is_no_statistics_software(resources):
    """'The SAS doctor in this post will be involved in the care of all the patients on Aspen ward' (a
    psychiatry specialty doctor advert): SAS, the specialty and associate specialist grade, is no SAS
    software without a word of data or software near; with one, it is."""
    got = found("Specialty Doctor\n\nKey Responsibilities\nThe SAS doctor in this post will be involved in the "
                "care of all the patients on the ward, and will lead ward rounds.\n", resources)
    assert "SAS" not in got, got
    got = found("Data Analyst\n\nRequirements\n- Experience of SAS and SQL for data analysis.\n", resources)
    assert "SAS" in got, got
