"""What batches 98 to 100's real postings (bench/nontech_real.py --split held-occ88, held-occ89, held-occ90: NHS
adverts, USAJOBS announcement pages saved whole, UK Adzuna adverts) and the misses they led back to showed.
Synthetic postings, with controls."""

from __future__ import annotations

import pytest

from credstack.skills import extract_skills
from credstack.skills.model import TextKind, TextSection
from credstack.skills.vocabulary import load_vocabulary


def read(text: str, kind: TextKind = TextKind.REQUIREMENTS):
    extraction = extract_skills([TextSection(kind, text)], load_vocabulary())
    return {s.name for s in extraction.skills}, {s.name for s in extraction.context}


@pytest.mark.parametrize("text", [
    "Candidates must be capable of working well under pressure.",
    "Able to work well under pressure and to deadlines.",
    "Works well under pressure",
    "The ability to work effectively under pressure is essential.",
    "Must remain calm under pressure.",
])
def test_working_well_under_pressure_is_asked_in_its_many_words(text):
    skills, _ = read(text)
    assert "Stress Management" in skills
    assert "Stress Management" not in read("The team is under pressure to open the new ward.")[0]  # control


def test_a_field_whose_value_says_none_asks_nothing():
    """A job board's facts: "Security clearance: Not Required", "Driving licence: none"."""
    _, context = read("Security clearance: Not Required\nDrug test: No\nDriving licence: none")
    assert not {"Security Clearance", "Driver's License"} & context
    _, context = read("Security clearance: Secret\nA full driving licence is essential.")  # control: asked
    assert {"Security Clearance", "Driver's License"} <= context


def test_selective_service_registration_is_a_condition_of_employment_not_a_skill():
    skills, context = read("Conditions of Employment\n- You must be a U.S. Citizen\n"
                           "- Selective Service Registration is required for males born after 12/31/1959")
    assert "Selective Service Registration" in context and "Selective Service Registration" not in skills


def test_a_public_affairs_officers_knowledge():
    skills, _ = read("An excellent understanding of current affairs and the work of Parliament; experience of "
                     "stakeholder relations and briefings ahead of Select Committees appearances.")
    assert {"Current Affairs", "Parliamentary Process", "Stakeholder Management"} <= skills


def test_an_ophthalmologists_subspecialties():
    skills, _ = read("Substantive Consultant Ophthalmologist in Vitreo-Retinal surgery and Medical Retina, with "
                     "cataract one stop clinics.")
    assert {"Vitreoretinal Surgery", "Medical Retina", "Cataract Surgery"} <= skills


@pytest.fixture(scope="module")
def tagged():
    """The real vocabulary with the shipped span tagger: its spans are widened by the words it half marked."""
    from credstack.resources import Resources

    return Resources.load()


def test_a_word_left_of_a_vocabulary_name_is_not_widened_through_half_of_it(tagged):
    """"Full General Medical Council registration": the tagger marks the whole; the vocabulary names "General Medical
    Council registration"; the word left of it ("Full") was widened into "Full General Medical", a chip of half a
    name."""
    from credstack.analysis import analyze
    from credstack.postings import parse_posting

    result = analyze(parse_posting("Consultant Ophthalmologist\n\nPerson specification\nFull General Medical Council "
                                   "registration is essential for this post as is License to practice.\n"),
                     tagged, recommend=False)
    found = {s.name for s in [*result.skills, *result.context]}
    assert "GMC Registration" in found
    assert not any(name.startswith("Full General") for name in found)


def test_a_pages_inline_script_pasted_with_its_text_names_nothing():
    """A USAJOBS page saved as text keeps its tag manager's script: "})(window, document, 'script', 'dataLayer',
    'GTM-5746WC6');" asked for Google Tag Manager."""
    from credstack.postings import parse_posting
    from credstack.postings.text import _script_line

    script = ("(function (w, d, s, l, i) {\nw[l] = w[l] || []; w[l].push({\n}); var f = d.getElementsByTagName(s)[0],\n"
              "})(window, document, 'script', 'dataLayer', 'GTM-5746WC6');\n")
    posting = parse_posting("Supply Technician\n\nRequirements\n- Experience with Google Tag Manager\n\n" + script)
    text = "\n".join(s.text for s in posting.sections)
    assert "GTM-5746WC6" not in text and "Google Tag Manager" in text
    for line in ("Experience with JavaScript (ES6), React and Node.js", "Use Excel functions (VLOOKUP, SUM) to report",
                 "Salary: $40,000 - $50,000 (DOE); benefits = great"):
        assert not _script_line(line), line  # controls: a posting's own words about code and pay


def test_a_flight_operations_specialists_knowledge_and_a_guard_technicians_membership():
    skills, context = read("Knowledge of flying operations, aircraft emergencies and search and rescue operations; "
                           "provide preflight briefings; instrument flight rules (IFR) and visual flight rules (VFR).\n"
                           "National Guard Membership is required.")
    assert {"Flight Operations", "Search and Rescue", "Flight Planning", "Instrument Flight Rules",
            "Visual Flight Rules"} <= skills
    assert "National Guard Membership" in context and "National Guard Membership" not in skills
    assert "Search and Rescue" not in read("Urban Search and Rescue capabilities")[0]  # control: the longer name


def test_a_health_protection_practitioners_field():
    skills, _ = read("Experience of health protection and communicable disease control.")
    assert "Health Protection" in skills


def test_a_span_never_ends_on_a_possessive_or_a_demonstrative():
    from credstack.skills.linking import clean_bounds

    for text, kept in (("access to your", "access"), ("support for their", "support"),
                       ("Microsoft Office and its", "Microsoft Office"), ("IT skills", "IT skills")):
        start, end = clean_bounds(text, 0, len(text))
        assert text[start:end] == kept, text


def test_a_titles_words_before_the_role_noun_name_their_own_skill():
    """"Data Warehouse Manager" manages a data warehouse, not a warehouse: Data Warehousing, not Warehouse
    Management."""
    from credstack.skills.senses import title_disciplines

    vocabulary = load_vocabulary()
    assert [s.name for s, _ in title_disciplines("Data Warehouse Manager", vocabulary)] == ["Data Warehousing"]
    assert [s.name for s, _ in title_disciplines("Senior Warehouse Manager", vocabulary)] == ["Warehouse Management"]
    assert [s.name for s, _ in title_disciplines("Supply Chain Manager", vocabulary)] == ["Supply Chain Management"]


def _facts_page(clearance: str) -> bytes:
    """A job board's facts as a list of items, each an h3 label above a paragraph value (the shape of
    a federal announcement's summary), then the duties and requirements."""
    return (
        "<html><body><main><h1>Transportation Assistant</h1><ul>"
        "<li><h3>Drug test</h3><p>No</p></li>"
        f"<li><h3><span>Security clearance</span></h3><p><a href='/faq'>{clearance}</a></p></li>"
        "</ul><h2>Duties</h2><ul><li>Counsel members on the shipment of household goods.</li>"
        "<li>Prepare transportation documents and track shipments.</li></ul>"
        "<h2>Requirements</h2><ul><li>One year of specialized experience in transportation operations.</li>"
        "<li>Typing proficiency of 40 words per minute.</li></ul></main></body></html>"
    ).encode()


def test_a_facts_field_written_as_a_heading_whose_value_says_none_asks_nothing():
    """'Security clearance' heads its own little section, whose text is its value: 'Not Required' there
    (a list item's value) asks for no clearance; 'Secret' does (control)."""
    from credstack.analysis import analyze
    from credstack.postings import parse_posting
    from credstack.resources import Resources

    resources = Resources.load()
    resources.use_tagger = False

    def context(clearance: str) -> set[str]:
        result = analyze(parse_posting(_facts_page(clearance)), resources, recommend=False)
        return {s.name for s in [*result.skills, *result.context]}

    assert "Security Clearance" not in context("Not Required")
    assert "Security Clearance" in context("Secret")


def test_a_next_line_that_only_begins_like_a_none_value_says_nothing():
    """'N/A' and 'None' are values, not the first letters of the next line's word ('National',
    'Nonetheless'): a licence asked on a glued line stays asked."""
    from credstack.skills.requirements import marked_not_applicable

    for text in ("Oregon Registered Nurse License upon hire\nNational Provider BLS upon hire",
                 "Oregon Registered Nurse License upon hire\n\n- Nonetheless, BLS upon hire"):
        start = text.index("Registered")
        assert not marked_not_applicable(text, start, start + len("Registered Nurse License"))
    text = "Registered Nurse License: N/A\n"  # control: the field's value says none
    assert marked_not_applicable(text, 0, len("Registered Nurse License"))


def test_a_clearance_field_answered_other_asks_for_no_clearance():
    """USAJOBS writes 'Security clearance: Other' where the post needs no national-security clearance,
    only the suitability check it describes elsewhere; 'Secret' asks for one (control)."""
    _, context = read("Supervisory status\n\nNo\n\n\u2022\n\nSecurity clearance\n\nOther\n\n\u2022\n\nDrug test\n\nNo")
    assert "Security Clearance" not in context
    _, context = read("Supervisory status\n\nNo\n\n\u2022\n\nSecurity clearance\n\nSecret\n\n\u2022\n\nDrug test\n\nNo")
    assert "Security Clearance" in context
    _, context = read("Other duties as assigned.\nSecurity clearance required.")  # 'Other' elsewhere: still asked
    assert "Security Clearance" in context


def test_a_background_security_investigation_is_no_cybersecurity():
    """'Subject to background/security investigation': the check the candidate passes, not the IT field;
    'security investigations' and 'security vetting' likewise (the matcher's own reading, as a resume's
    text gets it). 'information security' stays the field."""
    from credstack.skills import find_skills

    vocabulary = load_vocabulary()
    for text in ("Subject to background/security investigation", "Must pass security vetting.",
                 "You will be subject to a background/security investigation."):
        assert "Cybersecurity" not in {m.name for m in find_skills(text, vocabulary)}, text
    assert "Cybersecurity" in {m.name for m in find_skills("Led IT security and cyber security audits.", vocabulary)}


@pytest.mark.parametrize("text", [
    "The post holder will be expected to take an active role within the team and contribute to service improvement.",
    "Leading and co-ordinating the service improvement objectives of the service.",
    "Experience of service redesign in an NHS setting is essential.",
])
def test_service_improvement_is_a_skill_an_nhs_post_asks(text):
    """NHS adverts ask for service improvement in those words (13 real postings of the bench had it labelled
    and unread); the vocabulary had only 'quality improvement'."""
    skills, _ = read(text, TextKind.RESPONSIBILITIES)
    assert "Service Improvement" in skills
    assert "Service Improvement" not in read("Our customer service improved last year.")[0]  # control


def test_audit_on_a_ward_is_clinical_audit_and_on_claims_the_auditors():
    """'Audit' alone names the field's own audit: a nurse's, a pharmacist's or a clinical manager's is
    clinical audit (the vocabulary's Clinical Governance); a claims handler's or an accountant's is auditing."""
    vocabulary = load_vocabulary()
    ward = ("Staff Nurse\n\nResponsibilities\n- Deliver patient care on a busy surgical ward\n"
            "- Maintain professional standards through audit and clinical supervision\n")
    claims = ("Collections Specialist\n\nResponsibilities\n- Recover medical claims with identified overpayments "
              "through various audits\n- Work with the billing team\n")

    def names(text, title):
        extraction = extract_skills([TextSection(TextKind.RESPONSIBILITIES, text)], vocabulary, title=title)
        return {s.name for s in [*extraction.skills, *extraction.context]}

    assert "Clinical Governance" in names(ward, "Staff Nurse")
    got = names(claims, "Collections Specialist")
    assert "Auditing" in got and "Clinical Governance" not in got


def test_what_the_department_is_going_through_is_its_own_story():
    """'The department is going through an exciting time of Modernisation and Service Improvement' (an NHS
    carpenter's advert): the employer's change, not a skill asked of a carpenter."""
    skills, _ = read("The department is going through an exciting time of Modernisation and Service Improvement "
                     "to enhance the patient experience.", TextKind.OTHER)
    assert "Service Improvement" not in skills
    skills, _ = read("You will contribute to service improvement across the estates department.",
                     TextKind.RESPONSIBILITIES)  # control: the duty
    assert "Service Improvement" in skills


@pytest.mark.parametrize("text", [
    "Able to undertake basic health observations.",
    "Experience of taking basic observations and recording them accurately.",
    "Carry out routine observations of patients on the ward.",
])
def test_observations_a_support_worker_takes_are_vital_signs(text):
    """NHS adverts for support workers ask for 'basic health observations' (temperature, pulse, blood pressure)."""
    assert "Vital Signs" in read(text)[0]
    assert "Vital Signs" not in read("Share your observations about the new design with the team.")[0]  # control


@pytest.mark.parametrize("text", [
    "Secondary (high) school graduation certificate",  # Canada's Job Bank writes every such requirement so
    "Education: Secondary (high) school graduation certificate or equivalent experience",
])
def test_job_banks_secondary_high_school_is_a_high_school_diploma(text):
    """The brackets left 'school graduation' a chip of kind other on two real Job Bank pages."""
    skills, _ = read(text)
    assert "High School Diploma" in skills
