"""What batches 390 to 393's real postings (bench/nontech_real.py --split held-occ380 to held-occ383: NHS Jobs
adverts) showed of sections. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import section_kind_of

from credstack.postings import SectionKind


def test_what_a_pathway_offers_is_the_offer():
    """'Our Band 5 pathway includes the following opportunities:' then 'foundation to critical care programme',
    'simulation training' (an intensive care nurse advert): what the employer's pathway gives the starter."""
    for lead in ("Our Band 5 pathway includes the following opportunities:",
                 "The preceptorship programme offers you the following development opportunities:"):
        text = ("Staff Nurse - Intensive Care\n\nYou will care for critically ill patients.\n\n" + lead +
                "\n\n• foundation to critical care programme\n\n• simulation training\n")
        assert section_kind_of(text, "simulation training") == SectionKind.BENEFITS, lead


def test_the_posts_on_offer_are_the_job():
    """Control: 'We have the following opportunities:' then the posts and the services they work in (an applied
    psychologist advert) are the job, not a perk."""
    text = ("Senior Psychologist\n\nWe have the following opportunities:\n\nSenior Psychologist\n\n"
            "Working between two Mental Health Liaison Services\n\nYou will have experience in mental health.\n")
    assert section_kind_of(text, "Liaison Services") != SectionKind.BENEFITS


def test_what_the_employer_s_centre_comprises_is_no_ask():
    """'Kent Oncology Centre currently comprises:' then '9 Linear Accelerators', 'Radiographer led services including
    on treatment reviews and informed consent' (a therapeutic radiographer advert): the centre's machines and
    services, not what the candidate must know."""
    text = ("Therapeutic Radiographer\n\nYou will treat patients.\n\nKent Oncology Centre currently comprises:\n\n"
            "• 9 Linear Accelerators\n\n• Radiographer led services including treatment reviews\n")
    assert section_kind_of(text, "Linear Accelerators") not in (SectionKind.REQUIREMENTS, SectionKind.RESPONSIBILITIES,
                                                          SectionKind.OTHER)


def test_what_the_role_comprises_is_the_job():
    """Control: 'The role comprises:' then its duties is the job."""
    text = "Therapeutic Radiographer\n\nThe role comprises:\n\n• Treatment reviews\n\n• Informed consent\n"
    assert section_kind_of(text, "Treatment reviews") in (SectionKind.RESPONSIBILITIES, SectionKind.OTHER)


def test_the_job_after_a_pay_heading_s_value_is_the_job():
    """'Salary:' on a line of its own, its value, then 'An exciting opportunity has arisen ... We are looking for a
    conscientious candidate who ... has a sound knowledge of strategic business management, finance, planning and HR'
    (a practice business manager advert): the pay heading holds its value; what the post wants is the job again."""
    text = ("Practice Business Manager\n\nSalary:\n\n£50,000 to £65,000 pro rata\n\nClosing Date: Friday 13th November\n\n"
            "We are looking for a candidate who has a sound knowledge of finance and HR.\n")
    assert section_kind_of(text, "sound knowledge of finance") != SectionKind.BENEFITS


def test_the_perks_after_a_pay_heading_stay_the_offer():
    """Control: 'Salary:' then its value and 'Plus a pension and 27 days' leave' is all the offer."""
    text = ("Practice Business Manager\n\nYou will run the practice.\n\nSalary:\n\n£50,000 to £65,000 pro rata\n\n"
            "Plus a pension and 27 days' leave.\n")
    assert section_kind_of(text, "pension") == SectionKind.BENEFITS
