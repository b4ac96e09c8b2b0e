"""What batches 61 and 62's real postings (bench/nontech_real.py --split held-occ51 and held-occ52: a child and
family wellbeing nurse, a consultant histopathologist, a managed-services engineer, a mechanical design engineer,
an early-education director, an NHS commissioning manager, a media sales publisher and 25 more) showed: a skill
said not to be needed read as preferred, a run-in "Role of Publishers:" heading missed, the candidate's own
profession read as a colleague's, slash-joined certifications and glued sentences kept as one name, a state read
as a skill, and NHS commissioning the vocabulary lacked. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, levels, section_kinds, with_tagger

from credstack.places import place_shaped
from credstack.postings.model import SectionKind


def _names(text: str, phrases: dict[str, str]) -> set[str]:
    result = with_tagger(text, phrases)
    return {s.name for s in [*result.skills, *result.context]}


def test_a_skill_its_sentence_says_is_not_required_is_not_asked(resources):
    text = ("Consultant\n\nRequirements\n- Experience in histopathology reporting\n"
            "- Cervical cytology reporting is not required.\n- Knowledge of Epic is not necessary, as training is given.\n")
    got = found(text, resources)
    assert "Histopathology" in got  # control: the ask before it
    assert not {"Cytology", "Epic Systems"} & got
    # controls: "not required" turned into a wish stays, preferred
    wished = ("Driver\n\nRequirements\n- Experience in histopathology reporting\n"
              "- A driving licence is not essential but would be an advantage.\n"
              "- Ideally an Honours degree, though this is not essential.\n")
    got = levels(wished, resources)
    assert got.get("Driver's License") == "preferred" and got.get("Bachelor's Degree") == "preferred"


def test_role_of_the_post_holder_run_into_its_items_is_a_duties_heading():
    text = ("Media Sales Executive\n\nAbout Acme Media:- Acme distributes community magazines.- We offer an advertising "
            "platform.\nRole of Publishers:- Offer clients a print and digital branding program.- Use digital "
            "advertising on Google and Facebook.\n")
    kinds = section_kinds(text)
    assert kinds.get("Role of Publishers") == SectionKind.RESPONSIBILITIES
    assert kinds.get("About Acme Media") == SectionKind.ABOUT_COMPANY  # control: the blurb stays the blurb


def test_the_candidates_own_profession_names_its_field(resources):
    text = ("Wellbeing Nurse\n\nRequirements\n- You will be a registered nurse, midwife or mental health nurse with "
            "6 months post-graduate experience.\n")
    assert "Mental Health" in found(text, resources)
    # control: the nurses the post works beside are colleagues, not a field asked
    beside = "Wellbeing Nurse\n\nRequirements\n- You will work closely with mental health nurses and GPs.\n"
    assert "Mental Health" not in found(beside, resources)


def test_slash_joined_certifications_are_each_their_own():
    text = "Cisco CCDA/CCVP certifications are a plus. Knowledge of TCP/IP routing."
    got = _names(text, {"CCDA/CCVP": "knowledge", "TCP/IP": "knowledge"})
    assert {"CCDA", "CCVP"} <= got and "CCDA/CCVP" not in got
    assert "TCP/IP" in got  # control: a two-letter half is one name with the other


def test_a_name_ends_where_a_glued_sentence_starts():
    text = "Experience with Solidworks PDM.Be able to interpret machine designs. Certification in B-2.At least 3 years."
    got = _names(text, {"PDM.Be": "knowledge", "B-2.At": "knowledge"})
    assert {"PDM", "B-2"} <= got and not {"PDM.Be", "B-2.At"} & got
    # control: a name whose dotted part is no sentence's first word stays whole
    assert _names("Experience with ASP.Net is needed.", {"ASP.Net": "knowledge"}) == {"ASP.NET"}


def test_a_state_with_the_word_state_is_a_place():
    assert place_shaped("New York State") and place_shaped("State of Ohio") and place_shaped("Washington State")
    assert not place_shaped("Steady State") and not place_shaped("Solid State")  # controls: no state named


def test_nhs_commissioning(resources):
    text = ("Commissioning Manager\n\nRequirements\n- Enable, promote and support the effective commissioning of high "
            "quality services for Children and Young People\n- Experience of joint commissioning with the ICB\n")
    assert "Healthcare Commissioning" in found(text, resources)
    # control: an engineer's commissioning of plant is no health service bought
    plant = "Engineer\n\nRequirements\n- Responsible for the installation and commissioning of HVAC plant\n"
    assert "Healthcare Commissioning" not in found(plant, resources)


def test_what_you_get_to_do_heads_the_duties():
    text = ("Logistics Engineer\n\nWhat You Get To Do\n\n- Determine the root cause of P1 issues\n\n"
            "What You Will Get\n\n- A 401k plan\n")
    kinds = section_kinds(text)
    assert kinds.get("What You Get To Do") == SectionKind.RESPONSIBILITIES
    assert kinds.get("What You Will Get") == SectionKind.BENEFITS  # control: what the employee gets


def test_a_uk_consultants_college_exams_and_register(resources):
    text = ("Consultant Histopathologist\n\nRequirements\n- You should hold the FRC Path or equivalent and be on the "
            "Specialist register\n- MRCP (UK) is essential\n")
    assert {"FRCPath", "MRCP", "GMC Registration"} <= found(text, resources)
    # controls: a register of anything else is no doctor's
    for other in ("Buyer\n\nRequirements\n- Keep the specialist register of approved suppliers up to date\n",
                  "Buyer\n\nRequirements\n- Keep the Specialist Register of approved suppliers up to date\n"):
        assert "GMC Registration" not in found(other, resources)


def test_cancer_services_and_home_health_records(resources):
    text = ("Associate Nurse Specialist\n\nThe role\n- Support the Acute Oncology (AO) and Cancer of Unknown Primary "
            "(CUP) service and raise the profile of CUP with patients and clinicians\n\nRequirements\n"
            "- Experience with Kinnser/WellSky\n- Review each patient's plan of care\n")
    assert {"Acute Oncology", "Cancer of Unknown Primary", "WellSky", "Care Planning"} <= found(text, resources)
