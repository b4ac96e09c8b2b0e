"""What batches 166 and 167's real postings (bench/nontech_real.py --split held-occ156 and held-occ157: NHS Jobs
adverts and LinkedIn US postings of 2023-24) and the misses they led back to showed. Synthetic postings, with
controls."""

from __future__ import annotations

from tests.skills.conftest import analyzed, found, levels, mentions, tagged_names

from credstack.postings import parse_posting
from credstack.postings.glued import repair_glued
from credstack.postings.model import SectionKind
from credstack.postings.sections import break_run_in_headings

TRAINEE = ("Trainee Care Support Worker\n\nWe are currently looking for candidates who are working in a care "
           "background.\n\nCriteria\n\n**Domiciliary Care\n\n**Phlebotomy experience;\n\nSupernumerary (Induction Week) "
           "Rates of Pay\n\nDays £8.21\n\nHourly Rates of Pay during the programme:\n\nDays £8.37\n\nWhen Applying please "
           "make sure you complete the following sections correctly:\n\nReferences – NHS Professionals do not accept "
           "personal email accounts i.e. Hotmail/yahoo/Gmail of referees.\n")


def test_a_criteria_heading_heads_the_requirements():
    """An NHS Professionals advert listed its backgrounds under a bare 'Criteria' line: no heading was read, so
    the whole advert was one untyped section."""
    kinds = {s.heading: s.kind for s in parse_posting(TRAINEE).sections}
    assert kinds["Criteria"] == SectionKind.REQUIREMENTS


def test_rates_of_pay_with_words_around_them_head_the_pay():
    kinds = {s.heading: s.kind for s in parse_posting(TRAINEE).sections}
    assert kinds["Supernumerary (Induction Week) Rates of Pay"] == SectionKind.BENEFITS
    assert kinds["Hourly Rates of Pay during the programme"] == SectionKind.BENEFITS


def test_when_applying_heads_the_application_notes(resources):
    """'When Applying please make sure ...' opened the notes on references, whose 'Hotmail/yahoo/Gmail' became a
    tool asked of a care support worker."""
    kinds = {s.heading: s.kind for s in parse_posting(TRAINEE).sections}
    assert kinds["When Applying please make sure you complete the following sections correctly"] \
        == SectionKind.HOW_TO_APPLY
    got = found(TRAINEE, resources)
    assert "Gmail" not in got
    assert "Phlebotomy" in got


def test_a_criterion_word_in_a_requirement_line_heads_nothing():
    posting = parse_posting("Analyst\n\nRequirements\n- Able to define acceptance criteria for user stories\n- SQL\n")
    assert [s.kind for s in posting.sections if s.heading] == [SectionKind.REQUIREMENTS]


def test_a_state_code_after_licensed_in_is_where_the_licence_is():
    """'Must hold a valid driver's license in NY': the state's code, marked by the tagger, was a skill of its own."""
    assert "NY" not in tagged_names("Must hold a valid drivers license in NY.", {"NY": "knowledge"})
    assert "NJ" not in tagged_names("Must be licensed in NJ, NY or PA.", {"NJ": "knowledge"})


def test_a_code_the_tagger_marks_elsewhere_stays():
    assert "NY" in tagged_names("Experience with NY required.", {"NY": "knowledge"})


def test_what_a_sentence_opening_on_as_puts_first_is_no_ask():
    """'As the call centre in Southall is open 24 hours, we have numerous shift patterns': the sentence says why
    the hours vary (as it says 'As a Trainee Community Nurse working in a community setting you will ...' of the
    job being filled); the centre was a skill asked of a clinical advisor."""
    text = ("Clinical Advisor\n\nPractice Plus Group are looking for Clinical Advisors to join our busy 111 contact "
            "centre in Southall.\n\nRequirements\n- Registered healthcare professional\n- Experience of triage\n\n"
            "As the call centre in Southall is open 24 hours, we have numerous shift patterns available, ranging from "
            "16 – 38.5 hours per week.\n")
    assert "Call Center Operations" not in analyzed(text)
    asked = text.replace("- Experience of triage", "- Experience of triage\n- Experience of working in a call centre")
    assert "Call Center Operations" in analyzed(asked)


PARTNER = ("Partner Success Manager- Bilingual Spanish Speaker\n\nThe Role As a Partner Success Manager at Acme, you will "
           "have a significant impact on the growth of our business through Partner engagement & retention. You will work "
           "closely with the leadership team to drive growth and Partner satisfaction. What You’ll do - Manage Partner "
           "relationships and work proactively to deliver an outstanding Partner experience.- Track Partner health to "
           "identify churn risks- Create support tickets in Zendesk to resolve Partner issues. What we expect you’ll bring "
           "to the role: - Excellent communication skills- Must be able to make decisions with a high level of "
           "confidenceOther RequirementsSpanish Speaker is a MUSTRestaurant experience a plus A combination of the "
           "following would make your application stand out: You understand the restaurant space. Our Values Heart - A "
           "team that is passionate about what they do. Impact - Being a versatile team player with an innovative mind.\n")


def test_a_run_in_heading_with_a_curly_apostrophe_and_its_hyphen_items_heads_them():
    """A LinkedIn posting flattened to one line: 'What You’ll do - Manage Partner relationships ...' was read as
    no heading (its apostrophe was the curly one, and its first item came after a hyphen)."""
    kinds = {s.heading: s.kind for s in parse_posting(PARTNER).sections}
    assert kinds.get("What You’ll do") == SectionKind.RESPONSIBILITIES


def test_a_heading_glued_to_its_first_word_keeps_the_word_out():
    """'... confidenceOther RequirementsSpanish Speaker is a MUST': the heading took the glued word with it, and
    the line under it began 'Speaker is a MUST'."""
    sections = parse_posting(PARTNER).sections
    other = next(s for s in sections if s.heading == "Other Requirements")
    assert other.kind == SectionKind.REQUIREMENTS
    assert other.text.startswith("Spanish Speaker is a MUST")


def test_a_name_that_is_a_must_is_no_employer(resources):
    """'Spanish Speaker is a MUST' opened like 'Acme is a leading provider': the words were taken for the
    employer's name and masked, and the language a bilingual role asks for was lost."""
    assert "Spanish" in found(PARTNER, resources)


def test_a_term_defined_after_a_hyphen_heads_nothing():
    """'Impact - Being a versatile team player': one word of a values list, not the duties' heading."""
    headings = [s.heading for s in parse_posting(PARTNER).sections]
    assert "Impact" not in headings


def test_a_running_header_in_capitals_after_a_dash_heads_nothing():
    """A printed page's running header repeated through a flattened posting ('... Small BusinessFULL JOB DESCRIPTION
    – PROGRAM DIRECTOR Appalachian ...'): a title's dash and words in capitals, no list item under a heading."""
    line = ("The Center supports women entrepreneurs across the region with counselling and training. " * 4
            + "It partners with the Tennessee Small Business Development Center. FULL JOB DESCRIPTION – PROGRAM "
            "DIRECTOR Appalachian Center Kingsport, Tennessee. The director manages the programs. FULL JOB DESCRIPTION "
            "- PROGRAM DIRECTOR Appalachian Center Kingsport, Tennessee. Key Responsibilities - Manage the center's staff.")
    broken = break_run_in_headings(line)
    assert "\nJOB DESCRIPTION\n" not in broken and "\nFULL JOB DESCRIPTION\n" not in broken
    assert "\nKey Responsibilities\n- Manage" in broken


def test_a_heading_glued_after_initials_and_an_exclamation_mark_is_parted():
    """'... eager to learn and grow with PDP!Duties/Responsibilities:': the heading stayed in the intro's
    sentence, so the duties (AASHTO, GDOT and FHWA design resources) were read as the company's words."""
    assert repair_glued("who is eager to grow with PDP!Duties/Responsibilities:") \
        == "who is eager to grow with PDP!\nDuties/Responsibilities:"
    assert repair_glued("We love the USA!") == "We love the USA!"


def test_a_degree_level_sharing_the_next_ones_field_is_written_with_it(resources):
    """'Bachelor’s or Master’s degree in Computer Science': the bachelor's was the lone word 'Bachelor’s', as if
    the posting asked for a bachelor's in anything; it shares the master's field."""
    text = "Developer\n\nRequirements\n- Bachelor’s or Master’s degree in Computer Science\n- Java\n"
    assert mentions(text, resources)["Bachelor's Degree"] == ["Bachelor’s or Master’s degree in Computer Science"]
    text = "Nurse\n\nRequirements\n- Diploma or degree in professional nursing studies\n"
    assert all("nursing" in m for ms in mentions(text, resources).values() for m in ms if "iploma" in m)


def test_a_degree_level_alone_stays_alone(resources):
    text = "Developer\n\nRequirements\n- Bachelor’s required; Master’s preferred\n- Java\n"
    assert mentions(text, resources)["Bachelor's Degree"] == ["Bachelor’s"]


def test_whom_the_employer_can_consider_is_asked(resources):
    """An agency advert for a night manager: 'We can look at RMN or RGN Senior Nurses who are seeking more
    responsibilities' was read as the employer describing itself ('We ...'), and the registrations it accepts
    were lost."""
    text = ("Night Manager\n\nA large nursing home seeks a Night Manager. We can look at RMN or RGN Senior Nurses who "
            "are seeking more responsibilities. You must have supervisory experience.\n")
    assert "NMC Registration" in found(text, resources)
    described = text.replace("We can look at RMN or RGN Senior Nurses who are seeking more responsibilities",
                             "We have a team of RMN and RGN Senior Nurses across our homes")
    assert "NMC Registration" not in found(described, resources)


def test_an_agencys_name_read_with_the_words_before_it_is_masked_where_written_again(resources):
    """'Full & Part Time Hours Available Eclypse Recruitment is currently looking to recruit Staff Nurses':
    the agency's name was read with the capitalised words before it, so 'contact Becky at Eclypse Recruitment'
    left Recruiting a skill asked of a staff nurse."""
    text = ("Staff Nurses Leicester\n\nStaff Nurses Required for Nursing Home in Leicester Full & Part Time Hours "
            "Available Eclypse Recruitment is currently looking to recruit Staff Nurses for a nursing home. You must be "
            "a qualified nurse with elderly care experience. If you are a qualified staff nurse then please contact "
            "Becky at Eclypse Recruitment today for more information.\n")
    assert "Recruiting" not in found(text, resources)


def test_the_level_an_item_states_after_its_name_is_its_own(resources):
    """'Bachelor’s degree required, Business related degree preferred.': the clause's 'preferred' made the
    required bachelor's a nice-to-have."""
    text = "Client Manager\n\nRequirements\n- Bachelor’s degree required, Business related degree preferred.\n- Excel\n"
    assert levels(text, resources)["Bachelor's Degree"] == "required"
    text = "Developer\n\nRequirements\n- Python is a must; Go a plus\n"
    got = levels(text, resources)
    assert (got["Python"], got["Go"]) == ("required", "preferred")


def test_a_sentence_glued_after_one_digit_and_a_full_stop_is_parted(resources):
    """'You will be client-facing on day 1.Bachelor’s degree required': the degree glued to the number was not
    read; a numbered item opening its line ('1.To prepare the rota') stays as it is."""
    text = ("Client Manager\n\nRequirements\n- You will be client-facing on day 1.Bachelor’s degree required, "
            "Business related degree preferred.Series 7 license required\n")
    assert "Bachelor’s degree" in mentions(text, resources)["Bachelor's Degree"]
    assert repair_glued("Duties\n1.To prepare the rota.\n2.To book rooms.") == "Duties\n1.To prepare the rota.\n2.To book rooms."


def test_to_apply_you_will_be_leads_into_the_requirements(resources):
    """'Requirements: / To apply for this post, you will be: / ... GPhC registered': the lead-in was read as the
    application notes' heading, and the registration it asks was lost."""
    text = ("Band 5 Medicines Management Technician\n\nRequirements:\n\nTo apply for this post, you will be:\n\n"
            "- Registered with the GPhC\n- Qualified to NVQ 3 in Pharmaceutical Sciences\n\nTo apply, please send your "
            "CV to the bank office.\n")
    kinds = {s.heading: s.kind for s in parse_posting(text).sections}
    assert kinds.get("To apply for this post, you will be") != SectionKind.HOW_TO_APPLY
    assert "GPhC Registration" in found(text, resources)


def test_a_clause_on_the_employer_whose_name_is_masked_describes_it(resources):
    """'PHE is a Category 1 responder as defined by the Civil Contingencies Act, 2004 and Emergency Preparedness,
    Resilience and Response (EPRR) is an important element of its activity': the employer's name, masked, left a
    clause opening on 'is a ... responder', no longer read as the employer describing itself."""
    text = ("Emergency Preparedness Officer\n\nPublic Health England (PHE) is an executive agency of the Department of "
            "Health.\n\nJOB SUMMARY\n\nPHE is a Category 1 responder as defined by the Civil Contingencies Act, 2004 "
            "and Emergency Preparedness, Resilience and Response (EPRR) is an important element of its activity. The "
            "officer will support planning, training and exercises.\n")
    assert "Emergency Preparedness" not in found(text, resources)
