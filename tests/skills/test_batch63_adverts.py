"""What batches 63 and 64's real postings (bench/nontech_real.py --split held-occ53 and held-occ54: a hardware design
engineer, a paediatric registrar, a night unit coordinator, a matron, a field organizer, a radiotherapy physicist and
26 more) showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, mentions, section_kinds, with_tagger

from credstack.postings.model import SectionKind


def mentions_of(text: str, resources, name: str) -> set[str]:
    return set(mentions(text, resources).get(name, []))


def _names(text: str, phrases: dict[str, str]) -> set[str]:
    result = with_tagger(text, phrases)
    return {s.name for s in [*result.skills, *result.context]}


def test_top_skills_required_glued_to_its_text_after_the_benefits_heads_the_requirements():
    text = ("Hardware Design Engineer\n\nPay Range: $60/hr\nFeatured Benefits:Medical Insurance, 401(k) and sick leave.\n"
            "TOP SKILLS REQUIRED:Sr. Hardware Engineer designing printed circuit boards. Experience in PCB layout "
            "and FPGA coding.\n")
    kinds = section_kinds(text)
    assert kinds.get("TOP SKILLS REQUIRED") == SectionKind.REQUIREMENTS
    assert kinds.get("Featured Benefits") == SectionKind.BENEFITS  # control: the benefits before it stay benefits
    assert section_kinds("Top Skills\n\n- Python\n").get("Top Skills") == SectionKind.REQUIREMENTS  # control


def test_slashed_initials_before_the_word_naming_them_are_each_their_own():
    text = "Pass the IELTS/OET exam. BLS/ACLS certification. Knowledge of ISO/IEC 27001 and TCP/IP networking."
    got = _names(text, {"IELTS/OET exam": "knowledge", "BLS/ACLS certification": "knowledge",
                        "ISO/IEC 27001": "knowledge", "TCP/IP networking": "knowledge"})
    assert {"IELTS", "OET exam", "Basic Life Support", "Advanced Cardiovascular Life Support"} <= got
    assert not {"IELTS/OET exam", "BLS/ACLS certification"} & got
    assert "ISO/IEC 27001" in got or "ISO 27001" in got  # control: a number after them makes one standard
    assert "TCP/IP" in got or "TCP/IP networking" in got  # control: a two-letter half stays with the other


def test_selection_criteria_closed_by_an_equal_opportunity_notice_stay_the_requirements():
    text = ("Account Executive\n\nResponsibilities\n\nProspect for new clients across the region.\n\n"
            "Key Selection Criteria\n\nPrior experience selling IT services to public sector leaders.\n\n"
            "Must have a valid passport and a valid drivers license.\n\nAcme is an equal opportunity employer. All "
            "qualified applicants will receive consideration for employment without regard to race, color, "
            "religion, sex, national origin, disability or veteran status, or any other basis prohibited by law. "
            "Upon request, Acme will make reasonable accommodations available to applicants throughout the "
            "recruitment and hiring process.\n")
    assert section_kinds(text).get("Key Selection Criteria") == SectionKind.REQUIREMENTS
    # control: under a heading that names no kind, a section opening on the notice is the notice, a
    # requisition number before it notwithstanding
    notice = ("Account Executive\n\nResponsibilities\n\nProspect for new clients.\n\nRequisition ID\n\n294203\n\n"
              "It is our business imperative to remain a very inclusive workplace.\n\nAcme is an equal employment "
              "opportunity employer. All applicants will receive consideration without regard to race, color or "
              "disability.\n")
    assert section_kinds(notice).get("Requisition ID") == SectionKind.LEGAL
    # control: criteria after a notice-free heading that names no kind stay the posting's
    plain = ("Account Executive\n\nADDITIONAL FACTORS\n\nMust have reliable transportation to and from work.\n\n"
             "Acme is an equal opportunity employer and considers applicants without regard to race or disability.\n")
    assert section_kinds(plain).get("ADDITIONAL FACTORS") == SectionKind.OTHER
    # and under a heading that names them criteria ('qualifying factors'), the requirements
    qualifying = plain.replace("ADDITIONAL FACTORS", "ADDITIONAL QUALIFYING FACTORS")
    assert section_kinds(qualifying).get("ADDITIONAL QUALIFYING FACTORS") == SectionKind.REQUIREMENTS


def test_equality_and_diversity_statements_are_notices(resources):
    text = ("Advanced Nurse Practitioner\n\nYour skills\n\n- Good communication skills\n- Experience in minor illness\n\n"
            "Equality and Diversity Statement\n\nThe company supports the principle of Equality and Diversity.\n\n"
            "Rehabilitation of Offenders Act\n\nThis post is exempt from the Act.\n")
    kinds = section_kinds(text)
    assert kinds.get("Equality and Diversity Statement") == SectionKind.LEGAL
    assert kinds.get("Rehabilitation of Offenders Act") == SectionKind.LEGAL
    assert kinds.get("Your skills") == SectionKind.REQUIREMENTS  # control
    assert "Equality and Diversity" not in found(text, resources)
    for heading in ("Equal Opportunities Statement", "Diversity Statement", "Equality, Diversity and Inclusion"):
        assert section_kinds(f"Nurse\n\n{heading}\n\nWe welcome applications from everyone.\n").get(heading) \
            == SectionKind.LEGAL


def test_blood_cancers_and_transplants_beside_medical_words(resources):
    text = ("Clinical Nurse Specialist\n\nThe role\n- Provide nurse led clinic support to patients post bone marrow "
            "transplant\n- Run clinics for patients with stable MPN, CLL & MGUS\n")
    assert {"Haematological Malignancies", "Stem Cell Transplantation"} <= found(text, resources)
    assert mentions_of(text, resources, "Haematological Malignancies") >= {"MPN", "CLL", "MGUS"}
    # control: the same letters far from any medical word name nothing
    assert "Haematological Malignancies" not in found("Engineer\n\nRequirements\n- Build the CLL tooling\n", resources)


def test_organizers_voter_work_and_their_database(resources):
    text = ("Field Director\n\nResponsibilities\n- Drive statewide voter registration and get out the vote programs\n"
            "- Recruit volunteers for canvassing and phone banking\n\nQualifications\n- VAN or Blocks experience, "
            "cutting turf and creating lists\n- A commitment to civic engagement\n")
    assert {"Voter Outreach", "Community Organizing", "NGP VAN", "Civic Engagement"} <= found(text, resources)
    # controls: a van to drive, and canvassing opinions, are neither
    assert "NGP VAN" not in found("Driver\n\nRequirements\n- Load the VAN and deliver parcels to each address\n",
                                  resources)
    assert "Community Organizing" not in found("Manager\n\nDuties\n- Canvassing the views of staff on the rota\n",
                                               resources)


def test_a_lead_in_asking_the_candidate_to_bring_the_following_opens_the_requirements(resources):
    text = ("Licensed Health Insurance Agent\n\nCompany Overview\n\nAcme is a global experience company.\n\n"
            "Acme offers unique opportunities to our candidates\n\n- Competitive pay and bonuses\n"
            "- A robust benefit program including medical, dental and 401k plans\n\n"
            "Does this sound good to you? If so, we ask that you bring the following:\n\n"
            "- License to sell healthcare insurance in your current state\n- High school diploma or GED\n")
    kinds = section_kinds(text)
    assert kinds.get("If so, we ask that you bring the following") == SectionKind.REQUIREMENTS
    assert kinds.get("Company Overview") == SectionKind.ABOUT_COMPANY  # control: the blurb stays the blurb
    assert "High School Diploma" in found(text, resources)
    # control: a lead-in to what the employer gives stays the employer's
    offer = ("Agent\n\nCompany Overview\n\nAcme is a global experience company. You will enjoy the following:\n\n"
             "- A 401k plan\n")
    assert set(section_kinds(offer).values()) <= {SectionKind.OTHER, SectionKind.ABOUT_COMPANY, SectionKind.BENEFITS}


def test_a_consultants_training_certificates_and_surgical_specialties(resources):
    text = ("Consultant Surgeon\n\nRequirements\n- Be on the GMC Specialist Register or within six months of obtaining "
            "a CCT; CESR holders welcome\n- Experience of hip and knee arthroplasty and endovascular treatments for "
            "patients\n")
    assert {"CCT", "CESR", "Arthroplasty", "Vascular Surgery"} <= found(text, resources)
    # control: a lamp's CCT is no doctor's certificate
    assert "CCT" not in found("Lighting Designer\n\nRequirements\n- Specify LED fittings by lumen output and CCT\n",
                              resources)


def test_a_law_school_the_bar_association_accredits_is_no_behaviour_analysis(resources):
    text = ("Staff Attorney\n\nRequirements\n- Juris Doctorate degree from an ABA-accredited law school\n"
            "- Florida Bar membership\n")
    got = found(text, resources)
    assert "Bar Admission" in got and "Applied Behavior Analysis" not in got
    # control: the therapy is still itself
    assert "Applied Behavior Analysis" in found("Technician\n\nRequirements\n- Experience delivering ABA to children\n",
                                                resources)


def test_carers_assessments(resources):
    text = "Carers Lead\n\nThe role\n- Offer specialist Carers Assessments to parents and carers\n"
    assert "Carers Assessment" in found(text, resources)


def test_the_work_at_home_set_up_is_no_skill_and_the_licence_to_sell_insurance_is_one(resources):
    text = ("Licensed Health Insurance Agent\n\nRequirements\n\n- License to sell healthcare insurance in your state\n\n"
            "We would love if you had\n\n- 6 months of sales experience\n\nWork at Home Set-Up Requirements\n\n"
            "Hard-wired Broadband Internet Service via DSL, Cable, or Fiber Optic. A headset.\n")
    assert section_kinds(text).get("Work at Home Set-Up Requirements") == SectionKind.HOW_TO_APPLY
    got = found(text, resources)
    assert "Life and Health Insurance License" in got and not {"DSL", "Fiber Optic"} & got
    # control: a technical requirements heading is still the job's
    assert section_kinds("Engineer\n\nTechnical Requirements\n\n- Python\n").get("Technical Requirements") \
        == SectionKind.REQUIREMENTS
