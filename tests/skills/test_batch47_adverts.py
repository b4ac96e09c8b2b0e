"""What batch 47's real postings (bench/nontech_real.py --split held-occ37: a hepatology staff nurse, a registered
nursing associate, a yoga teacher, a litigation support specialist and ten more) and a consultant psychiatrist's advert
of batch 44 showed: a person specification's "The ability to ... is essential" asks as a heading would in unheaded
text; "Benefits of working with FTB (employed by BWC)" heads the benefits; what the employer will provide the starter
("In return, we will provide you with robust local induction, one to one clinical supervision, teaching") is offered,
not asked; "the Royal Free care values" are the employer's; yoga styles and "carry insurance" are named.
Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, section_kinds
from tests.skills.test_tagger import FakeTagger
from tests.skills.test_tagger_chips import chips

from credstack.postings.model import SectionKind
from credstack.skills import TextKind, TextSection, extract_skills
from credstack.skills.vocabulary import load_vocabulary


def _unheaded(text: str) -> set[str]:
    """Skill and context names of unheaded text read with a tagger that marks none of its words (0.02 each)."""
    result = extract_skills([TextSection(TextKind.OTHER, text, "")], load_vocabulary(), None, FakeTagger({}))
    return {s.name for s in [*result.skills, *result.context]}


def test_an_ability_that_is_essential_asks_in_unheaded_text():
    text = ("The post holder will join our inpatient unit. The ability to commute within the county with access to "
            "the appropriate means of transport is essential.")
    assert "Own Vehicle" in _unheaded(text)
    offered = "The unit is near the station. Staff have access to the appropriate means of transport."
    assert "Own Vehicle" not in _unheaded(offered)  # control: no ask, the tagger's silence stands


def test_benefits_of_working_with_an_employer_head_the_benefits_an_aside_in_brackets_left_out(resources):
    text = ("Registered Nursing Associate\n\nYou will support the physical health needs of our service users.\n\n"
            "Benefits of working with FTB (employed by BWC)\n\n- 27 days holiday\n- Childcare Vouchers\n"
            "- NHS Discounts\n")
    assert section_kinds(text)["Benefits of working with FTB (employed by BWC)"] == SectionKind.BENEFITS
    assert "Childcare" not in found(text, resources)
    asked = ("Nanny\n\nRequirements\n- Experience in childcare (under fives)\n- Paediatric first aid\n")
    assert "Experience in childcare (under fives)" not in section_kinds(asked)  # control: an item, no heading
    assert "Childcare" in found(asked, resources)


def test_what_the_employer_will_provide_the_starter_is_offered_not_asked(resources):
    text = ("Staff Nurse\n\nYou will have excellent communication skills and work well as part of our team. In return, "
            "we will provide you with robust local induction, one to one clinical supervision, teaching and study "
            "with our Clinical Practice Educator.\n")
    got = found(text, resources)
    assert "Communication" in got
    assert "People Management" not in got
    duty = "Senior Nurse\n\nDuties\n- You will provide clinical supervision to junior staff\n"
    assert "People Management" in found(duty, resources)  # control: the post holder provides it


def test_an_organisations_named_values_are_no_skill():
    text = "You will provide a high quality patient experience in line with the Royal Free care values."
    others, _, _ = chips(text, {"Royal Free care": "knowledge"})
    assert "Royal Free care" not in others
    asked = "Experience of Royal Free care models is essential."
    assert "Royal Free care" in chips(asked, {"Royal Free care": "knowledge"})[0]  # control: no values after it


def test_yoga_styles_and_carrying_insurance_are_named(resources):
    text = ("Yoga Teacher\n\nWe are hiring for Vinyasa and Hatha classes.\nTeachers should have a 200-hr yoga "
            "certification, carry insurance, 2+ years teaching experience.\n")
    got = found(text, resources)
    assert {"Vinyasa Yoga", "Hatha Yoga", "Yoga Instruction", "Professional Indemnity Insurance"} <= got
    assert "Hatha Yoga" not in found("Office Manager\n\nRequirements\n- Manage the office budget\n", resources)


def test_litigation_support_radio_and_process_engineering_names(resources):
    text = ("Litigation Support Specialist\n\nRequirements\n- Assist in the production of electronically stored "
            "information during discovery\n- Proficiency in presentation software such as Trial Director\n"
            "- Installs and maintains electronic surveillance and security systems\n- Perform failure analysis and "
            "designs of experiments on wafers\n")
    got = found(text, resources)
    assert {"E-Discovery", "TrialDirector", "Security Systems Installation", "Failure Analysis",
            "Experimental Design"} <= got
    plain = "Office Manager\n\nRequirements\n- Direct the trial of a new filing system\n- Analyse the failure rate\n"
    assert not {"TrialDirector", "Failure Analysis"} & found(plain, resources)  # control: words apart name nothing


def test_a_vocabulary_name_before_values_names_the_employers_values_too(resources):
    text = "Receptionist\n\nRequirements\n- Deliver a welcoming front desk in line with our Customer Service values\n"
    assert "Customer Service" not in found(text, resources)
    asked = "Receptionist\n\nRequirements\n- Excellent customer service skills\n"
    assert "Customer Service" in found(asked, resources)  # control: asked, it stays
