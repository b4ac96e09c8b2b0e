"""What batches 172 and 173's real postings (bench/nontech_real.py --split held-occ162 and held-occ163: NHS Jobs
adverts and LinkedIn US postings of 2023-24), and the earlier postings read beside them, showed. Synthetic
postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import analyzed, found, mentions, tagged_names

from credstack.postings import parse_posting
from credstack.postings.glued import repair_glued
from credstack.postings.model import SectionKind

# An advert scraped with its angle brackets stripped and its markup left in (as a 2013 job board's dump
# holds it): closing tags run together, opening tags glued to each other and to their style
STRIPPED = ("Storage Engineers\n\nA market leader in the Defence Market place is looking for Storage Engineers. "
            "/span/div divspan stylefontsize: ****ptYou will be required to work with a team on design and "
            "deployment projects. /span/div divspan stylefontsize: ****ptSuccessful candidates should possess "
            "knowledge of the following: /span/div ul typedisc lispan stylefontsize: ****ptBrocade SAN "
            "Infrastructures /span/li lispan stylefontsize: ****ptNetBackup and Storage Tex Tape./span/li /ul "
            "divspan stylefontsize: ****ptCandidates will be Security Cleared. /span/div\n")


def test_markup_left_by_a_scraper_is_no_skill():
    """A storage engineer's advert read 'span/div divspan stylefontsize' and 'divspan' as skills asked, and
    'Storage Tex Tape./span' as a tape system."""
    got = analyzed(STRIPPED)
    words = " ".join(got).lower()
    for residue in ("span", "div", "stylefontsize", "typedisc", "ptbrocade", "ptnetbackup"):
        assert residue not in words, (residue, got)
    assert "Security Clearance" in got, got


def test_markup_left_by_a_scraper_parts_the_list_it_held():
    text = parse_posting(STRIPPED).description
    assert "- Brocade SAN Infrastructures" in text
    assert "- NetBackup and Storage Tex Tape." in text
    assert "/span" not in text and "divspan" not in text


def test_words_like_tags_stay():
    """Controls: slashes and words that look like tags in ordinary text."""
    text = parse_posting("Office Manager\n\nWe work d/b/a Acme and run an a /b test. Span of control: 12 staff. "
                         "Divide the spandex orders and/or the p/h rates.\n").description
    for kept in ("d/b/a", "a /b test", "Span of control", "spandex", "and/or", "p/h rates"):
        assert kept in text, kept


PRACTITIONER = ("Psychological Wellbeing Practitioner\n\nThe Role\n\nWe are looking for a Psychological Wellbeing "
                "Practitioner to join our talking therapies service.\n\n- A qualification in low intensity CBT practice\n"
                "- Excellent communication skills\n\nTo achieve our aim of making people better we recognise the "
                "benefits of investing in our team. We provide:\n\n- Excellent clinical supervision in accordance "
                "with the service manual\n- Individual CPD and development plans\n- Flexible approach to working "
                "through remote and homeworking options\n")


def test_a_short_offer_lead_in_ending_a_paragraph_heads_the_benefits():
    """An NHS Jobs advert's 'The Role' ran on into '... investing in our team. We provide:' and its list of
    supervision, CPD and home working: all read as asked of a practitioner."""
    sections = parse_posting(PRACTITIONER).sections
    offer = next(s for s in sections if "Individual CPD" in s.text)
    assert offer.kind == SectionKind.BENEFITS and offer.heading == "We provide"
    asked = next(s for s in sections if "low intensity CBT" in s.text)
    assert asked.kind == SectionKind.RESPONSIBILITIES


def test_a_duty_lead_in_is_no_offer():
    """Control: what the candidate will provide is the job."""
    posting = PRACTITIONER.replace("We provide:", "You will provide:")
    section = next(s for s in parse_posting(posting).sections if "Individual CPD" in s.text)
    assert section.kind == SectionKind.RESPONSIBILITIES


def test_a_slashed_pair_is_one_word_of_a_glued_list():
    """A financial firm's glued list, 'Military serviceTeaching/educationCoachingSales', was held one identifier
    (as 'getElementById' is) because 'Teaching/education' was no word: its teaching, coaching and sales were
    never read."""
    text = "Preferred Qualities:Marketing and Networking skillsCollege athleteMilitary serviceTeaching/educationCoachingSales"
    fixed = repair_glued(text)
    assert "Military service\nTeaching/education\nCoaching\nSales" in fixed, fixed


def test_an_identifier_with_a_slash_stays():
    """Control: a code name glued to a path is no list ('getElementById/index')."""
    text = "Skills\n\nUse getElementById/index in the DOM.\n\nKnow XMLHttpRequest well.\n"
    assert repair_glued(text) == text


SOCIAL_WORKER = ("Produce reports and able to undertake process of assessment to judge risk and arrange appropriate "
                 "services for adults Possess CQSW, Dip SW or other HCPC recognised social work qualification")


def test_an_ask_verb_run_on_from_the_sentence_before_names_nothing():
    """A flattened social work advert's 'for adults Possess CQSW': the tagger read 'Possess' as knowledge, and a
    senior social worker was shown 'Possess' as a skill asked."""
    names = tagged_names(SOCIAL_WORKER, {"Possess": "knowledge", "CQSW": "knowledge"})
    assert "Possess" not in names and "Diploma in Social Work" in names


def test_a_word_after_an_ask_verb_stays():
    """Control: a name the tagger reads next to the verb is kept."""
    names = tagged_names("Possess strong Shapely experience", {"Possess": "knowledge", "Shapely": "knowledge"})
    assert names == {"Shapely"}


def test_an_ordinal_before_degree_is_no_field(resources):
    """An NHS therapy training advert's 'Psychology – 1st degree plus a post-graduate qualification' was shown as
    a bachelor's asked in 'st degree'."""
    got = mentions("Entry requirements\n\n- Psychology – 1st degree plus a post-graduate qualification\n"
                   "- A Biomedical Science degree\n", resources)
    degree = got["Bachelor's Degree"]
    assert "st degree" not in degree and "Biomedical Science degree" in degree, got


def test_a_span_after_an_apostrophe_drops_the_possessive_s():
    """An intern advert's 'the further development of Budgetwise's mobile frontend' was shown as 's mobile
    frontend', the tagger's span taking the possessive's 's' as a word."""
    names = tagged_names("Contribute to the development of Budgetwise's mobile frontend",
                         {"s mobile frontend": "knowledge"})
    assert "Front-End Development" in names and not any(n.startswith("s ") for n in names), names


def test_the_bodies_a_job_works_with_are_no_skills():
    """An NHS Wales analyst advert's 'collaborative working with organisation such as DU, Improvement Cymru':
    the tagger read the bodies' names as knowledge asked."""
    text = "The candidate will gain experience through collaborative working with organisation such as DU, " \
           "Improvement Cymru and Public Health Wales. Experience of Shapely is essential."
    names = tagged_names(text, {"DU": "knowledge", "Improvement Cymru": "knowledge", "Shapely": "knowledge"})
    assert "DU" not in names and "Improvement Cymru" not in names and "Shapely" in names, names


def test_a_standard_from_a_national_body_stays():
    """Control: a body whose standards or data the job works to is read as the labels read it."""
    text = "You will oversee data submissions to bodies such as the UK Renal Registry."
    assert "UK Renal Registry" in tagged_names(text, {"UK Renal Registry": "knowledge"})


def test_a_requirements_heading_after_the_article_heads_the_requirements():
    """A prison nurse advert's 'The Job Requirements' line was no heading: its list stayed in 'About the
    environment', the company's, and the RMN asked was never read."""
    posting = ("Band 6 Nurse\n\nAbout the environment\n\nHMP Berwyn is a modern prison.\n\nThe Job Requirements\n\n"
               "- You will be a qualified RMN with a passion for developing your clinical skills.\n"
               "- Be able to work autonomously\n")
    kinds = {s.heading: s.kind for s in parse_posting(posting).sections}
    assert kinds["The Job Requirements"] == SectionKind.REQUIREMENTS


def test_the_article_before_a_company_word_heads_no_requirements():
    """Control: 'The Company' is the employer's."""
    kinds = {s.heading: s.kind for s in parse_posting("Nurse\n\nThe Company\n\nWe run prisons.\n").sections}
    assert kinds.get("The Company") != SectionKind.REQUIREMENTS


WARD = ("Requirements\n\n- Registered Nursing Associate on the NMC register\n\nA 20 bed female acute ward. It has had a "
        "challenging year for the team but full of improvement, driven by a skilled, caring and passionate team- There "
        "has been a drive to improve both patient care and staff welfare.\n")


def test_a_hyphen_typed_for_a_full_stop_ends_the_clause(resources):
    """An NHS nursing associate advert's ward story, '... passionate team- There has been a drive to improve both
    patient care and staff welfare': one clause with 'It has had a challenging year', so the ward's patient care
    was read as asked."""
    assert "Patient Care" not in found(WARD, resources)


def test_a_hyphenated_word_is_no_clause_end(resources):
    """Control: 'hands- on' and a dash inside a sentence end nothing."""
    text = "Requirements\n\n- You will provide patient care in a multi- disciplinary team\n"
    assert "Patient Care" in found(text, resources)


def test_known_names_glued_in_a_row_are_parted():
    """A full stack advert's 'JavaScript.ReactNodeTypescriptComfortability with GraphQL': Node and Typescript
    were read as one new skill, 'NodeTypescriptComfortability'."""
    text = "Technologies: Strong proficiency with JavaScript.ReactNodeTypescriptComfortability with GraphQL. More here."
    fixed = repair_glued(text)
    assert "\nNode\nTypescript\nComfortability with GraphQL" in fixed, fixed


def test_an_identifier_of_short_pieces_stays_whole():
    """Control: a code name with a short piece is one name, not a list."""
    text = "Familiarity with XMLHttpRequest and the fetch API is a plus. More here."
    assert repair_glued(text) == text


def test_a_qualifier_alone_names_nothing():
    """A 2013 care advert's 'a relevant nursing qualification and indepth awareness of the quality and governance
    agenda' (the board had dropped its hyphen): the tagger read 'indepth' as knowledge asked."""
    text = "You will have a relevant nursing qualification and indepth awareness of the governance agenda and Shapely"
    names = tagged_names(text, {"indepth": "knowledge", "Shapely": "knowledge"})
    assert "indepth" not in names and "Shapely" in names, names


def test_a_name_after_the_qualifier_stays():
    """Control: the qualifier is cut from the name it opens."""
    names = tagged_names("You will have in-depth Shapely knowledge", {"in-depth Shapely": "knowledge"})
    assert "Shapely" in names, names


EQUALITY = ("Good knowledge and understanding of the legal requirements under the Equality Act 2010, Workforce Race "
            "Equality Standard, Sexual Orientation Monitoring Standard, Gender Pay Gap.")


def test_the_equality_laws_an_equality_manager_must_know_are_asked():
    """An NHS equality, diversity and inclusion manager's advert: its line of laws and standards to know was read
    as an equal-opportunity statement ('sexual orientation'), and nothing in it was asked."""
    names = tagged_names(EQUALITY, {"Equality Act 2010": "knowledge", "Workforce Race Equality Standard": "knowledge"})
    assert {"Equality Act 2010", "Workforce Race Equality Standard"} <= names, names


def test_an_equal_opportunity_statement_stays_unasked():
    """Control: the employer's statement names no skill."""
    text = "We welcome applications regardless of sexual orientation, and Shapely users are equally welcome."
    assert "Shapely" not in tagged_names(text, {"Shapely": "knowledge"})


def test_the_reception_school_year_is_no_front_desk(resources):
    """An NHS school screener's 'provide the NCMP screening to school aged children at year reception and year 6':
    read as front-desk reception duties asked."""
    text = "Requirements\n\nProvide the screening to school aged children at year reception and year 6. Support reception class teachers.\n"
    assert "Reception Duties" not in found(text, resources)


def test_front_desk_reception_stays(resources):
    """Control: covering reception is the front desk."""
    assert "Reception Duties" in found("Requirements\n\nYou will cover reception and the switchboard.\n", resources)


def test_pci_in_cardiology_is_no_card_payment_standard(resources):
    """An NHS consultant cardiologist advert ('primary PCI, pacing and echocardiography') was asked PCI DSS, the
    card payment security standard."""
    text = "Consultant Cardiologist\n\nRequirements\n\n- Experience of PCI and echocardiography\n- GMC registration\n"
    assert "PCI DSS" not in found(text, resources)


def test_pci_in_payments_is_the_standard(resources):
    """Controls: a payments engineer's and a store manager's PCI is the card payment standard."""
    assert "PCI DSS" in found("Payments Engineer\n\nRequirements\n\n- PCI compliance experience\n- Java\n", resources)
    assert "PCI DSS" in found("Store Manager\n\nRequirements\n\n- Knowledge of PCI\n- Retail management\n"
                              "- Inventory control\n", resources)


def test_what_a_department_delivers_is_the_employers(resources):
    """An NHS cardiology advert: 'The Cardiology Department at Dorset County Hospital currently delivers the services
    of echocardiography, ... exercise tolerance testing' was read as asked of the consultant."""
    text = ("Requirements\n\nThe Cardiology Department at Dorset County Hospital currently delivers the services of "
            "exercise tolerance testing and ambulatory monitoring. Full GMC registration is essential.\n")
    got = found(text, resources)
    assert "Exercise Stress Testing" not in got and "GMC Registration" in got, got


def test_what_a_team_needs_of_the_candidate_stays_asked(resources):
    """Control: the same opening with the candidate's part in the sentence asks."""
    text = ("Requirements\n\nThe team performs treatments across the region, and you will therefore need to hold a "
            "full driving license.\n")
    assert "Driver's License" in found(text, resources)


DIETITIAN = ("Pediatric Dietitian\n\nDesired pay?\n\nHow did you hear about this position? College/University Event "
             "Direct Mail Employee Referral Job Board Social Media (FB, Twitter, LinkedIn) Other\n\nRequired\n\n"
             "Registered dietitian\n\nPhysical Requirements & Occupational Exposure/Risk Potential\n\n"
             "Physical Requirement - Lift up to 35 pounds without assistance - Occasionally Occupational Exposure/Risk "
             "Potential - Airborne communicable diseases - Applicable Occupational Exposure/Risk Potential - Hazardous "
             "materials exposure - Applicable\n")


def test_an_application_forms_questions_ask_nothing():
    """A US children's hospital posting: its form's 'Desired pay?' was read as a preferred heading, so 'How did you
    hear about this position? ... Direct Mail ... Social Media (FB, Twitter, LinkedIn)' gave a dietitian marketing
    skills to learn."""
    kinds = {s.heading: s.kind for s in parse_posting(DIETITIAN).sections}
    assert kinds["Desired pay?"] == SectionKind.APPLICATION_FORM
    names = analyzed(DIETITIAN)
    assert not {"Direct Mail", "Social Media", "LinkedIn"} & names, names


def test_the_hazards_a_hospital_lists_are_no_skills():
    """The same posting's 'Occupational Exposure/Risk Potential - Airborne communicable diseases - Applicable'."""
    words = " ".join(analyzed(DIETITIAN)).lower()
    assert "communicable" not in words and "hazardous" not in words, words


def test_desired_skills_stay_preferred():
    """Control: 'Desired Qualifications' is the preferred list."""
    kinds = {s.heading: s.kind for s in parse_posting("Nurse\n\nDesired Qualifications\n\n- BLS\n").sections}
    assert kinds["Desired Qualifications"] == SectionKind.PREFERRED
