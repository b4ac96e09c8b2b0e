"""Sections from headings, cue lines and lead-ins, in HTML and in text; the cue data's schema."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from credstack.postings import parse_posting
from credstack.postings.model import SectionKind
from credstack.postings.sections import classify


def kinds_of(posting) -> dict[str, str]:
    out: dict[str, str] = {}
    for s in posting.sections:
        out[str(s.kind)] = out.get(str(s.kind), "") + f"{s.heading}\n{s.text}\n"
    return out


@pytest.mark.parametrize("heading, kind", [
    ("Requirements", "requirements"), ("What you'll bring", "requirements"), ("Must have", "requirements"),
    ("Qualifications", "requirements"), ("Minimum Qualifications", "requirements"),
    ("Who you are", "requirements"), ("What we're looking for", "requirements"),
    ("Who we are looking for", "requirements"), ("Technologies", "requirements"), ("Tech stack", "requirements"),
    ("Skills", "requirements"), ("About you", "requirements"), ("You'll be a great fit if you have", "requirements"),
    ("Nice to have", "preferred"), ("Bonus points", "preferred"), ("Preferred qualifications", "preferred"),
    ("Pluses", "preferred"), ("It's a plus if you have", "preferred"), ("Desired skills", "preferred"),
    ("What you'll do", "responsibilities"), ("Responsibilities", "responsibilities"),
    ("Job description", "responsibilities"), ("The role", "responsibilities"),
    ("About the job", "responsibilities"), ("About the role", "responsibilities"),
    ("About us", "about_company"), ("About Acme", "about_company"), ("Who we are", "about_company"),
    ("Benefits", "benefits"), ("Perks", "benefits"), ("What we offer", "benefits"), ("WHAT AWAITS YOU", "benefits"),
    ("How to apply", "how_to_apply"), ("Equal Opportunity Employer", "legal"),
    ("Job type", "other"),
    ("How You Will Be Evaluated", "how_to_apply"), ("Required Documents", "how_to_apply"),
    ("Why You'd Want This Job", "benefits"), ("Pay rates", "benefits"), ("Rates of pay", "benefits"),
    ("Special Instructions", "how_to_apply"), ("Additional Considerations", "preferred"),
    # a common misspelling of "principal", and "you might thrive ... if you have" asks for things
    ("Principle Accountabilities:", "responsibilities"),
    # UK adverts: the person specification is what is asked, the job spec and the role & responsibilities the duties
    ("Person Specification", "requirements"), ("Person specification:", "requirements"),
    ("Role & Responsibilities", "responsibilities"), ("Roles and Responsibilities", "responsibilities"),
    ("Job Spec", "responsibilities"), ("Job Specification", "responsibilities"),
    ("In return we can offer", "benefits"), ("In return, you will receive", "benefits"),
    ("You might thrive in this role if you have:", "requirements"),
    # public-sector postings: documents are how to apply, label rows facts
    ("Required Documentation for Eligibility and Preference", "how_to_apply"),
    ("Additional information", "other"), ("Telework eligible", "other"), ("Promotion potential", "other"),
    ("Appointment type", "other"), ("Open & closing dates", "other"),
])
def test_heading_kinds(heading, kind):
    assert str(classify(heading)) == kind


@pytest.mark.parametrize("heading, kind", [
    ("Обязанности", "responsibilities"), ("Требования", "requirements"), ("Мы предлагаем", "benefits"),
    ("Будет плюсом", "preferred"), ("О компании", "about_company"),
    ("საქმიანობა", "responsibilities"), ("მოთხოვნები", "requirements"), ("ჩვენ გთავაზობთ", "benefits"),
    ("ჩვენს შესახებ", "about_company"), ("როგორ მივიღოთ მონაწილეობა", "how_to_apply"),
    # a qualifier before the cue ("main requirements", "personal competencies", "conditions the company offers")
    ("ძირითადი მოთხოვნები", "requirements"), ("პიროვნული კომპეტენციები/უნარები", "requirements"),
    ("ფუნქცია-მოვალეობები", "responsibilities"), ("კომპანიის მიერ შეთავაზებული პირობები", "benefits"),
    ("დაინტერესების შემთხვევაში, გთხოვთ გამოაგზავნოთ CV", "how_to_apply"),
    ("Why Cygnet? We’ll offer you…", "benefits"), ("What we will offer", "benefits"),
])
def test_russian_and_georgian_heading_kinds(heading, kind):
    assert str(classify(heading)) == kind


# a cue word's longer relative names nothing: "desired commute time" on a resume is no "desirable"
@pytest.mark.parametrize("heading", ["Great people", "Our offices in Lisbon", "Python", "",
                                     "Желательное время в пути до работы", "Задачный подход"])
def test_headings_naming_no_kind(heading):
    assert classify(heading) is None


def test_plain_text_headings_from_short_cue_lines():
    text = ("Job description\nWe build forecasting tools for grocers .\nWho we are looking for\n"
            "You have 3+ years of Python .\nNice to have\nExperience with Rust .\nBenefits\nLearning budget\n")
    found = kinds_of(parse_posting(text))
    assert "3+ years of Python" in found["requirements"]
    assert "Rust" in found["preferred"] and "Rust" not in found["requirements"]
    assert "Learning budget" in found["benefits"]


def test_a_cue_line_ending_in_a_semicolon_is_a_heading():
    """"Essential Requirements;" over its list (an NHS advert): a colon mistyped. A list item or a
    line that is no cue ends in a semicolon as a sentence part and heads nothing."""
    text = ("Maternity Support Worker\nJoin our bank team on the ward.\n\nEssential Requirements;\n\n"
            "- Completed breastfeeding training.\n- Phlebotomy trained ( desirable not essential )\n")
    posting = parse_posting(text)
    found = kinds_of(posting)
    assert "Phlebotomy trained" in found["requirements"]
    assert "Essential Requirements" in [s.heading for s in posting.sections]
    items = parse_posting("Requirements\n- Team player;\n- Requirements;\n- Excel\n")
    assert [s.heading for s in items.sections if s.heading] == ["Requirements"]
    assert "Excel" in kinds_of(items)["requirements"]


def test_content_lines_that_begin_like_cues_are_not_headings():
    """"Knowledge of ..." and "Bonus scheme ..." start with cue words but are list lines."""
    text = ("Nice to have\nKnowledge of Kafka and Flink internals\nExperience in DevOps\nRequirements\n"
            "Skills in SQL and Python are essential .\n")
    found = kinds_of(parse_posting(text))
    assert "Kafka" in found["preferred"] and "DevOps" in found["preferred"]
    assert "Kafka" not in found.get("requirements", "")


def test_lead_in_phrases_open_a_span():
    found = kinds_of(parse_posting("Requirements\n- SQL\n- Excel\nNice to have: Python, dbt\n"))
    assert "Python, dbt" in found["preferred"] and "Python" not in found["requirements"]


def test_a_lead_in_list_item_is_its_own_section_then_back():
    page = ("<h2>Requirements</h2><ul><li>Go</li><li>Bonus: Rust</li><li>PostgreSQL</li></ul>")
    posting = parse_posting(f"<html><body><h1>Engineer</h1>{page}</body></html>")
    sections = [(str(s.kind), s.text) for s in posting.sections]
    assert ("preferred", "Rust") in sections
    assert any(k == "requirements" and "PostgreSQL" in t for k, t in sections)


def test_fact_lines_open_no_section():
    posting = parse_posting("Barista\nCompany: Bean There\nSalary: $17 an hour\nWe roast our own coffee every day.\n"
                            "Requirements\n- Latte art\n")
    assert posting.company == "Bean There" and "17" in (posting.salary or "")
    assert "roast our own coffee" not in kinds_of(posting).get("benefits", "")


@pytest.mark.parametrize("markup", [
    "<h2>Benefits</h2><p><b>Education assistance</b></p><ul><li>Tuition paid</li></ul>",
    "<h2>Benefits</h2><h4>Education</h4><ul><li>Tuition paid</li></ul>",
])
def test_weak_sub_headings_stay_in_their_parent(markup):
    posting = parse_posting(f"<html><body><h1>Nurse</h1><h2>Requirements</h2><ul><li>RN license</li></ul>"
                            f"{markup}</body></html>")
    found = kinds_of(posting)
    assert "Tuition paid" in found["benefits"] and "Tuition" not in found["requirements"]


def test_sub_headings_without_a_kind_keep_their_parents_kind():
    posting = parse_posting("<html><body><h1>Engineer</h1><h2>Requirements</h2><p><b>Backend</b></p>"
                            "<ul><li>Go</li></ul><p><b>Frontend</b></p><ul><li>React</li></ul>"
                            "<h2>Our offices</h2><p>Lisbon and Porto, with a rooftop terrace.</p></body></html>")
    found = kinds_of(posting)
    assert "Go" in found["requirements"] and "React" in found["requirements"]
    assert "Lisbon" in found["other"]  # a heading as strong as "Requirements" ends it


def test_list_lead_in_sentences_continue_the_section():
    posting = parse_posting("What you'll bring\n- SQL\nYou will find yourself comfortable with:\n- dbt\n")
    assert "dbt" in kinds_of(posting)["requirements"]


def test_markdown_headings_and_emphasis():
    posting = parse_posting("# Data Analyst\n**Requirements**\n- SQL\n## Nice to have\n- **Looker**\n")
    found = kinds_of(posting)
    assert posting.title == "Data Analyst"
    assert "SQL" in found["requirements"] and "Looker" in found["preferred"]
    assert "**" not in posting.description


def test_definition_list_terms_head_their_items():
    posting = parse_posting("<html><body><h1>Chemist</h1><dl><dt>Requirements</dt><dd>PhD in chemistry and HPLC "
                            "experience</dd><dd>GMP knowledge</dd><dt>Nice to have</dt><dd>LIMS</dd></dl></body></html>")
    found = kinds_of(posting)
    assert "GMP knowledge" in found["requirements"] and "LIMS" in found["preferred"]


def test_section_cue_data_schema():
    data = json.loads((resources.files("credstack") / "data" / "section_cues.json").read_text("utf-8"))
    kinds = {k.value for k in SectionKind}
    assert set(data["order"]) == kinds
    for tier in ("strong", "weak", "anywhere"):
        assert set(data[tier]) <= kinds, tier
        for kind, patterns in data[tier].items():
            for pattern in patterns:
                re.compile(pattern)
                assert not re.compile(pattern, re.IGNORECASE).search(""), (kind, pattern)  # no empty matches


HEADINGS = {
    "requirements": ["Requirements", "Qualifications", "What you'll bring", "Must have", "Who you are"],
    "preferred": ["Nice to have", "Bonus points", "Preferred qualifications", "Pluses"],
    "responsibilities": ["Responsibilities", "What you'll do", "Your role"],
    "benefits": ["Benefits", "Perks", "What we offer"],
}
HTML_STYLES = ["<h2>{}</h2>", "<h3>{}</h3>", "<p><strong>{}</strong></p>", "<p><b>{}:</b></p>", "<div>{}</div>"]
TEXT_STYLES = ["{}", "{}:", "## {}", "**{}**", "{}"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(sorted(HEADINGS)), st.integers(0, 4), st.integers(0, 4)),
                min_size=1, max_size=4, unique_by=lambda t: t[0]),
       st.booleans())
def test_items_land_under_their_heading_in_any_style(parts, as_html):
    """Whatever the heading style (h2, bold paragraph, caps, ':' line, markdown), each list item
    ends up in the section its heading names."""
    assume(any(kind != "benefits" for kind, _, _ in parts))  # a page of perks alone is no posting
    chunks, expected = [], {}
    for kind, heading_choice, style in parts:
        heading = HEADINGS[kind][heading_choice % len(HEADINGS[kind])]
        items = [f"Item {n} for {kind} number {heading_choice}{style}, with some words" for n in range(3)]
        expected.update(dict.fromkeys(items, kind))
        if as_html:
            chunks.append(HTML_STYLES[style].format(heading) + "<ul>" + "".join(f"<li>{i}</li>" for i in items)
                          + "</ul>")
        else:
            chunks.append(TEXT_STYLES[style].format(heading.upper() if style == 4 else heading) + "\n"
                          + "".join(f"- {i}\n" for i in items))
    if as_html:
        posting = parse_posting("<html><body><h1>Field Technician</h1>" + "".join(chunks) + "</body></html>")
    else:
        posting = parse_posting("Field Technician\n" + "".join(chunks))
    for item, kind in expected.items():
        holders = [str(s.kind) for s in posting.sections if item in s.text]
        assert holders == [kind], (item, holders, [(str(s.kind), s.heading) for s in posting.sections])


def test_a_list_run_into_one_element_with_its_headings():
    """A board saved the whole description inside one <h2>: its paragraph, then "Minimum
    Qualifications • item • item Essential Duties • item". Headings and items are read again; an
    item that merely starts like a cue ("Experience in retail sales preferred.") stays an item."""
    body = ("<h2>Store Assistant - Reno, NV</h2><h2>Harbour Stores is a great place to work! Here is why:<br>"
            "We know you can work anywhere. Our people make us who we are.<br>Minimum Qualifications • High School "
            "diploma or GED preferred. • Experience in retail sales preferred. • Ability to communicate in English. "
            "Essential Duties • Provides prompt, courteous customer service. • Performs shift supervision. • "
            "Completes daily banking.</h2>")
    posting = parse_posting(f"<html><body>{body}</body></html>")
    kinds = {s.heading: str(s.kind) for s in posting.sections}
    assert kinds.get("Minimum Qualifications") == "requirements"
    assert kinds.get("Essential Duties") == "responsibilities"
    assert "Experience in retail sales preferred." not in kinds
    requirements = next(s for s in posting.sections if s.heading == "Minimum Qualifications").text
    assert "retail sales" in requirements and "customer service" not in requirements


@pytest.mark.parametrize(("opening", "kind"), [
    ("At Harbour Packaging (HP), we think of ourselves as more than a box maker.", "about_company"),
    ("Harbour Foods is a leading regional food manufacturer with 12 plants.", "about_company"),
    ("We are a family-owned grocer serving three counties.", "about_company"),
    ("Set up the print and die cut sections of the machines.", "other"),
])
def test_a_slogan_heading_over_the_employer_describing_itself(opening, kind):
    """A heading that names no kind ("People • Customers • Trust") is typed by what follows it."""
    markup = (f"<h1>Die Cutter Assistant</h1><h3>People • Customers • Trust</h3><p>{opening}</p>"
              "<h3>Basic Qualifications</h3><ul><li>High school diploma</li><li>Forklift license</li></ul>")
    posting = parse_posting(markup)
    assert {s.heading: str(s.kind) for s in posting.sections}["People • Customers • Trust"] == kind


FLAT_CARE = (
    "Care Worker Job Leeds\nLeeds\n\n"
    "Care Worker Job Leeds Bright Homes urgently requires experienced care workers to support older people "
    "in their own homes across the Leeds area. You will be required to work flexible shifts to provide cover to "
    "the permanent team and help deliver a quality service to our clients. A flexible working pattern is "
    "available, with most hours at weekends and nights, and full time hours for workers who show commitment. "
    "Essential Care Worker Job Requirements: At least one year of recent experience in a similar role working "
    "with older people. First Aid. Medication Training. Moving and Handling. A commitment to the care and well "
    "being of the elderly. Please click apply today."
)


def test_a_flattened_pasted_description_gets_its_run_in_heading_back():
    """A description pasted as one long line (copied from a page that kept no line breaks) has its
    headings run into the text; a heading made of capitalised words that a cue closes with a colon
    ("Essential Care Worker Job Requirements: At least ...") heads the requirements again."""
    posting = parse_posting(FLAT_CARE)
    requirements = [s for s in posting.sections if s.kind == SectionKind.REQUIREMENTS]
    assert [s.heading for s in requirements] == ["Essential Care Worker Job Requirements"]
    assert requirements[0].text.startswith("At least one year") and "First Aid" in requirements[0].text
    # control: a capitalised name ending in a cue word without the colon is no heading
    plain = FLAT_CARE.replace("Essential Care Worker Job Requirements: At", "Our Visa Requirements Team at")
    assert not [s for s in parse_posting(plain).sections if s.kind == SectionKind.REQUIREMENTS]
    # control: one long paragraph of a posting that has its line breaks is not the description
    # flattened; it is read as it stands
    lined = "\n".join(["About the role"] + [f"Duty {i}: care for older people in their homes and help with daily tasks."
                                              for i in range(12)] + [FLAT_CARE.split("\n\n", 1)[1]])
    assert not [s for s in parse_posting(lined).sections if s.heading == "Essential Care Worker Job Requirements"]


@pytest.mark.parametrize("heading", ["Essential Knowledge, Skills, & Abilities", "Required Skills and Abilities"])
def test_a_qualified_knowledge_skills_and_abilities_heading_names_requirements(heading):
    assert classify(heading) == SectionKind.REQUIREMENTS


def _named_job_posting(heading: str) -> str:
    return ("Dental Hygienist - choose your shift\n\nPay Range: $40-$70/Hour\n\n"
            "Work when you want with our app.\n\nWHY CHOOSE US?\n\n"
            "Guaranteed pay for every shift\n\nCancellation protection up to 4 days before your shift\n\n"
            f"{heading}\n\n"
            "Completes dental prophylaxis by cleaning deposits and stains from teeth.\n\n"
            "Detects disease by completing oral cancer screening and using probes.\n")


@pytest.mark.parametrize("heading, kind", [
    ("Dental Hygienist Job Responsibilities", SectionKind.RESPONSIBILITIES),
    ("Dental Hygienist Duties:", SectionKind.RESPONSIBILITIES),
    ("CDL-A Driver Requirements", SectionKind.REQUIREMENTS),
    ("Store Manager Skills & Qualifications", SectionKind.REQUIREMENTS),
])
def test_a_heading_that_names_the_job_before_its_cue(heading, kind):
    """Job boards' templates put the job's name before the cue ("Dental Hygienist Job
    Responsibilities"): the duties under it are the job's, not the perks above it."""
    sections = parse_posting(_named_job_posting(heading)).sections
    duties = next(s for s in sections if "dental prophylaxis" in s.text)
    assert duties.kind == kind and duties.heading == heading.rstrip(":")
    assert "Guaranteed pay" not in duties.text


@pytest.mark.parametrize("line", ["Excellent Communication Skills", "About Our Requirements", "Acme Overview",
                                  "Meets the requirements"])
def test_a_line_ending_in_a_cue_word_that_names_no_job(line):
    """Controls: an item of a list ("... Skills"), a small word before the cue, a cue of the
    company's own ("Overview"), a sentence: no heading of the job's text; the perks stay perks."""
    sections = parse_posting(_named_job_posting(line)).sections
    holder = next(s for s in sections if "dental prophylaxis" in s.text)
    assert holder.kind not in (SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS)


def test_a_heading_trailing_off_in_an_ellipsis_and_full_stops_heads_its_section():
    """An NHS discharge team's advert wrote 'About the Department…', 'About the Role….' and 'What we’re looking
    for…..': only the first, a bare ellipsis, was a heading, so the department's story ran over the role and its
    requirements (Microsoft Outlook, Word and Excel 'are also essential') and none of them was read."""
    text = ("Complex Case Manager\n\nAbout the Department…\n\nThe hub manages complex discharges across our sites.\n\n"
            "About the Role….\n\nYou will plan complex discharges with the MDT.\n\nWhat we’re looking for…..\n\n"
            "Good IT skills, including Microsoft Outlook, Word and Excel, are essential.\n")
    kinds = {s.heading: s.kind for s in parse_posting(text).sections}
    assert kinds.get("About the Role….") == SectionKind.RESPONSIBILITIES
    assert kinds.get("What we’re looking for…..") == SectionKind.REQUIREMENTS
    assert kinds.get("About the Department…") == SectionKind.ABOUT_COMPANY


@pytest.mark.parametrize("ask", [
    "You will have a recognised degree in Physiotherapy, HCPC registration and a full UK driving licence.",
    "Applicants must hold a current registration with the NMC and a valid driving licence.",
])
def test_a_credential_asked_after_perks_written_as_sentences_leaves_the_benefits(ask):
    """Batch 161 (an NHS occupational therapist's advert): the requirements paragraph came after "What we offer
    in return:" and two perks written as sentences, and was read as perks, its degree, registration and licence
    lost. A paragraph naming a credential the candidate must already hold goes back to what the posting asks;
    what the job gives ("you will have a full induction") stays a perk."""
    text = ("Community Physiotherapist\n\nWhat we offer in return:\n\n"
            "On commencing the role you will have a full induction. We offer regular supervision.\n\n"
            "Flexible working environment and paid annual leave entitlement.\n\n" + ask)
    sections = parse_posting(text).sections
    benefits = [s for s in sections if s.kind == SectionKind.BENEFITS]
    assert benefits and "full induction" in benefits[0].text and "Flexible working" in benefits[0].text
    assert all(ask not in s.text for s in benefits)
    assert any(ask in s.text for s in sections)


def test_a_qualification_the_job_gives_stays_a_perk():
    text = ("Care Assistant\n\nWhat we offer:\n\nOn commencing the role you will have a full induction.\n\n"
            "You will gain a recognised qualification in Health and Social Care, fully funded.")
    benefits = [s for s in parse_posting(text).sections if s.kind == SectionKind.BENEFITS]
    assert benefits and "recognised qualification" in benefits[0].text


def test_a_flattened_advert_ending_on_its_notice_is_no_notice():
    """Batch 163 (a 2013 agency advert for an oncology home IV therapy nurse, one paragraph): its last two sentences
    were the agency's equal-opportunity notice, and the whole advert, the one line it is, was read as that notice,
    every requirement lost (NMC Register, ENB 998, cannulation, phlebotomy). A line is judged by its sentences."""
    text = ("HOME IV THERAPY NURSE\n\nAdditional Information\n\nMaintaining supplies (stock control) and ensuring equipment is maintained. "
            "Devising a plan of care suitable to the clients needs. Performing client training in self management "
            "of infusion therapies. Participating in quality assurance initiatives, including team clinical "
            "supervision. Assisting the referring Consultant and hospital in planning a smooth transition of patient "
            "care from the hospital to the home. Attending and contributing to appropriate conferences, tutorials, "
            "study and induction days. Experience: RGN part 1 of the NMC Register. Experience in an acute care setting. "
            "Cannulation and phlebotomy skills are essential. Acme Staffing is committed to equality in the "
            "workplace and is an equal opportunity employer.")
    sections = parse_posting(text).sections
    holder = next(s for s in sections if "phlebotomy" in s.text)
    assert holder.kind != SectionKind.LEGAL


@pytest.mark.parametrize("notice", [
    "Acme is an equal opportunity employer. We welcome applications from all. All qualified applicants will receive "
    "consideration without regard to race, religion or disability.",
    "La nostra organizzazione garantisce che nella selezione del personale non via sia alcuna forma di "
    "discriminazione. Acme S.r.l. è certificata secondo la norma UNI/PdR 125:2022. Promuoviamo un ambiente di "
    "lavoro inclusivo.",
    # one long line whose later sentences name no equality word (a US pay-transparency notice)
    "Acme will not discharge or in any other manner discriminate against employees or applicants because they have "
    "inquired about, discussed, or disclosed their own pay or the pay of another employee or applicant. However, "
    "employees who have access to the compensation information of other employees or applicants as a part of their "
    "essential job functions cannot disclose the pay of other employees or applicants to individuals who do not "
    "otherwise have access to compensation information, unless the disclosure is (a) in response to a formal "
    "complaint or charge, (b) in furtherance of an investigation, proceeding, hearing, or action, including an "
    "investigation conducted by the employer, or (c) consistent with the company's legal duty to furnish information.",
])
def test_a_notice_of_several_sentences_stays_a_notice(notice):
    text = "Warehouse Operative\n\nRequirements:\n\n- Forklift licence\n- Stock control\n\nAdditional Information\n\n" + notice
    sections = parse_posting(text).sections
    holder = next(s for s in sections if notice[:20] in s.text)
    assert holder.kind == SectionKind.LEGAL
