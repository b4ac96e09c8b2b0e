"""What batches 81 to 83's real postings (bench/nontech_real.py --split held-occ71 to held-occ73: a test
manager, bank night sitters, a paediatric ketogenic dietitian, a telemedicine clinical lead and 41 more) and
the misses they led back to showed. Synthetic postings, with controls."""

from __future__ import annotations

import pytest
from tests.skills.conftest import found

from credstack.postings import parse_posting
from credstack.postings.sections import SectionKind, break_run_in_headings, classify
from credstack.skills import _unasked, find_skills, judged_clause
from credstack.skills.vocabulary import load_vocabulary


def _names(text: str) -> set[str]:
    return {s.name for s in find_skills(text, load_vocabulary())}

_DUTIES = ("Joining a team of skilled testers you will coordinate testing on complex web applications for blue chip "
           "clients, plan testing strategies and recruit new testers when needed. You must have experience of "
           "leading a team of testers and a wide knowledge of testing methodologies and the full testing "
           "lifecycle. We are looking for someone who thrives in a fast paced environment and who can manage "
           "a team in direct contact with clients and the CTO. In return our client offers a competitive salary. If "
           "you are interested in this opportunity please apply with a copy of your most recent CV.")


def test_benefits_after_plus_go_on_with_the_pay_and_head_nothing():
    """"Newcastle £45,000 plus Benefits We are proud ...": the pay's benefits, not a heading that makes
    the whole flattened advert a benefits section (a test manager's advert came out with no skill)."""
    flat = f"Test Manager Newcastle 45,000 plus Benefits We are proud to be working with a client. {_DUTIES}"
    assert len(flat) >= 600 and "\nBenefits\n" not in break_run_in_headings(flat)
    posting = parse_posting("Test Manager\n\n" + flat)
    assert SectionKind.BENEFITS not in {s.kind for s in posting.sections}
    # control: a benefits heading after a sentence still heads its section
    listed = f"{_DUTIES} Benefits Pension, 25 days holiday and a bonus scheme for every member of staff."
    assert "\nBenefits\n" in break_run_in_headings(listed)


def test_a_cue_closed_by_a_colon_after_a_sentence_heads_its_section():
    """"... offer emotional support when required. Benefits: Uniforms are provided": the colon ends the
    heading, as a capitalised run before it already did ("Essential Support Worker Job Requirements:")."""
    flat = (f"{_DUTIES} Duties will involve personal care, bathing, oral hygiene and medication management when "
            "required. Benefits: Uniforms and PPE are provided free of charge. Paid holidays and a pension.")
    broken = break_run_in_headings(flat)
    assert "\nBenefits:\n" in broken and broken.index("medication management") < broken.index("\nBenefits:")
    # control: after "our" the cue is a name inside the sentence, colon or not
    assert "\nBenefits" not in break_run_in_headings(f"{_DUTIES} You will explain our Benefits: pension and tips.")


@pytest.mark.parametrize("heading", ["Bank Staff Night Sitters Job description", "Store Manager Job Description",
                                     "Job description"])
def test_a_heading_that_names_the_job_before_job_description_names_the_duties(heading):
    assert classify(heading) == SectionKind.RESPONSIBILITIES


def test_a_description_without_job_before_it_is_no_duties_heading():
    assert classify("Product Description") != SectionKind.RESPONSIBILITIES


def test_a_night_sitters_flattened_advert_asks_its_duties(resources):
    text = ("Bank Staff Night Sitters Devon\n\nBank Staff Night Sitters Devon Reports to: Staff Supervisor Hours of "
            "work: Bank hours offered, 10pm 7am block. Salary: Meets national minimum wage. Bank Staff Night Sitters "
            "Job description: We require Bank Staff to provide night sitting services throughout Devon. Our Bank "
            "Staff are an extensive pool of trained staff who cover temporary vacancies. Joining our team is a great "
            "way to gain additional skills and keep your skills up to date. Duties will involve personal care "
            "services including dressing, bathing, oral hygiene, medication management and meal preparation. It "
            "is advantageous if you have your own transport. Benefits: Uniforms and PPE are provided free of "
            "charge. Paid business mileage. Paid holidays. Q Care Limited are an equal opportunities employer.")
    posting = parse_posting(text)
    assert SectionKind.RESPONSIBILITIES in {s.kind for s in posting.sections}
    assert "Own Vehicle" in found(text, resources)


def test_a_run_on_clause_is_judged_on_whole_words():
    """The window around a skill in a run-on clause starts at a word: "your skills up to date" cut to
    "our skills up to date" read as the employer describing itself, so "medication management" was dropped."""
    text = ("Joining our bank is a great way to return to work after a break try a different speciality or area "
            "work for us without a permanent post gain additional skills and experience earn extra money keeping "
            "your skills up to date Duties will involve personal care services including dressing, bathing, "
            "toilet assistance, oral hygiene, medication management and meal preparations")
    start = text.index("medication management")
    for shift in range(0, 40):
        clause = judged_clause(text, start - shift, start - shift + 21)
        assert clause.split()[0] in text.split()  # a word of the text, never the tail of one
    clause = judged_clause(text, start, start + 21)
    assert not clause.startswith("our ") and not _unasked(clause)


@pytest.mark.parametrize(("before", "unasked"), [
    ("The paediatric team work alongside specialist teams caring for children with complex conditions.", True),
    ("We accept referrals from the wards and the Emergency Department.", True),
    ("Participate in campus patrols and other safety tasks as needed.", False),
    ("You will run clinics for children with complex conditions.", False),
])
def test_these_include_is_judged_with_the_clause_before_it(before, unasked):
    """"These include metabolic disease, oncology, ...": a list that goes on with the sentence before;
    a department's account when that one describes the department, duties when it is a duty."""
    text = f"{before} These include metabolic disease, intensive care, oncology and diabetes."
    start = text.index("oncology")
    assert _unasked(judged_clause(text, start, start + len("oncology"))) is unasked


def test_a_list_without_these_include_is_judged_on_its_own():
    text = ("The paediatric team work alongside specialist teams caring for children with complex conditions. "
            "You will need knowledge of metabolic disease, oncology and diabetes.")
    start = text.index("oncology")
    assert not _unasked(judged_clause(text, start, start + len("oncology")))


@pytest.mark.parametrize("clause", [
    "Their products comprise a selection of vital sign collection devices including weight scales and ECG",
    "Our product range includes thermometers and pulse oximeters",
    "Its solutions span payroll, HR and pensions software",
])
def test_what_the_employers_products_comprise_is_its_own(clause):
    assert _unasked(clause)


@pytest.mark.parametrize("clause", [
    "You will demonstrate their products to GP surgeries, including ECG and pulse oximeters",
    "Knowledge of products such as weight scales and ECG devices",
])
def test_products_the_candidate_works_with_are_asked(clause):
    assert not _unasked(clause)


def test_a_team_described_with_a_word_before_team_is_the_employers(resources):
    text = ("Paediatric Dietitian\n\nThe paediatric team work alongside specialist teams caring for children with "
            "complex conditions. These include metabolic disease, intensive care, gastroenterology and oncology.\n\n"
            "The right candidate will have good clinical paediatric experience and good communication skills.\n")
    skills = found(text, resources)
    assert not {"Oncology", "Gastroenterology", "Critical Care"} & skills and "Communication" in skills


@pytest.mark.parametrize("text", [
    "There is in-house training on all aspects of the service including psychological formulation, Family "
    "Interventions, CBT skills and assessment skills.",
    "We provide comprehensive training in CBT and assessment skills.",
    "Full training will be provided in CBT for the right candidate.",
])
def test_training_the_employer_runs_is_taught_not_asked(text):
    from credstack.skills.requirements import taught_on_the_job

    start = text.index("CBT")
    assert taught_on_the_job(text, start, start + 3)


@pytest.mark.parametrize("text", [
    "You will need experience of CBT and assessment skills.",
    "There is a need for CBT skills in the team.",
    "We provide CBT to adults with anxiety.",
])
def test_cbt_asked_or_done_is_no_training_offered(text):
    from credstack.skills.requirements import taught_on_the_job

    start = text.index("CBT")
    assert not taught_on_the_job(text, start, start + 3)


@pytest.mark.parametrize("languages", ["German/Hebrew/Norwegian/Dutch/Danish", "German, Hebrew, Norwegian, Dutch or Danish"])
def test_every_language_of_a_list_is_asked_when_the_cue_reaches_its_first(languages):
    """"Excellent written and verbal communication skills in one of the following German/Hebrew/...": the
    cue is within reach of German alone; the list asks each of them."""
    text = f"Excellent written and verbal communication skills in one of the following {languages}."
    assert {"German", "Hebrew", "Norwegian", "Dutch", "Danish"} <= _names(text)


def test_a_language_list_with_no_cue_asks_none():
    assert not {"German", "Dutch"} & _names("We sell to German/Dutch firms across Europe.")
    assert "Danish" not in _names("Excellent written skills in German. Our office sits near the Danish border.")


def _reading(text: str, knowledge_share: float):
    from credstack.skills.tagger import Tagged, words_of

    words = words_of(text)
    return Tagged([], words, [0.9] * len(words), [knowledge_share] * len(words))


@pytest.mark.parametrize("phrase", ["probing techniques", "water flushing", "QC of radiopharmaceuticals"])
def test_a_short_skill_span_the_tagger_half_read_as_knowledge_names_a_thing(phrase):
    from credstack.skills import _knowledge_shaped

    text = f"You will need {phrase} for this role."
    start = text.index(phrase)
    assert _knowledge_shaped(_reading(text, 0.6), text, start, start + len(phrase))
    assert not _knowledge_shaped(_reading(text, 0.3), text, start, start + len(phrase))  # control: read as a doing


@pytest.mark.parametrize("phrase", ["Perform continuous improvement", "using monitors", "undertaking independent prescribing",
                                    "mop floors", "resolving payroll tax notices"])
def test_a_span_opening_on_a_duty_verb_stays_a_doing(phrase):
    from credstack.skills import _knowledge_shaped

    text = f"Daily: {phrase}."
    start = text.index(phrase)
    assert not _knowledge_shaped(_reading(text, 0.9), text, start, start + len(phrase))


def test_a_long_skill_span_stays_a_doing_whatever_its_words():
    from credstack.skills import _knowledge_shaped

    phrase = "clinical audit and service evaluation projects"
    text = f"Lead {phrase}."
    start = text.index(phrase)
    assert not _knowledge_shaped(_reading(text, 0.9), text, start, start + len(phrase))


@pytest.mark.parametrize("paragraph", [
    "We are looking to appoint three Principal Data Analysts to collaborate with clinical leads and translate "
    "coding algorithms into a standard format.",
    "We are currently recruiting a ward clerk to manage patient records on the PAS system.",
    "We're hiring a dental nurse to assist with decontamination and chairside support.",
])
def test_an_opening_that_introduces_the_role_is_no_introduction_of_the_employer(paragraph):
    from credstack.skills.employer import about_employer

    assert not about_employer(paragraph, ["Model Hospital"])


@pytest.mark.parametrize("paragraph", [
    "We are a leading provider of renewable energy across the North of England.",
    "We're a family business that has served the town since 1920.",
])
def test_an_opening_that_introduces_the_employer_still_does(paragraph):
    from credstack.skills.employer import about_employer

    assert about_employer(paragraph, [])



def test_the_fields_colleagues_are_in_are_theirs():
    from credstack.skills.requirements import names_colleagues

    text = ("There are close working links with Colleagues in Primary Care, Working Age Psychiatry, Neurology and "
            "the Local Authority.")
    for word in ("Primary Care", "Neurology"):
        start = text.index(word)
        assert names_colleagues(text, start, start + len(word))


def test_a_field_the_candidate_needs_beside_colleagues_is_asked():
    from credstack.skills.requirements import names_colleagues

    text = "You will need experience in Primary Care and work well with colleagues."
    start = text.index("Primary Care")
    assert not names_colleagues(text, start, start + len("Primary Care"))


_BANKING = ("Business Banking Associate Swansea\n\nBusiness Banking Associate Salary: 24,000 per annum base OTE bonus "
            "Benefits: Blue Chip Company Benefits Location: Swansea As a key member of our client's direct team, based "
            "within their contact centre, you will be responsible for providing a world class level of service over the "
            "telephone to commercial customers. You will be taking calls and resolving customer queries. To apply you "
            "need to be able to communicate professionally in English and have customer service experience gained in a "
            "call centre or a sales environment, ideally within the financial services industry. You will look for "
            "cross-selling opportunities and be willing to work flexibly, as the role will involve shifts.\n")


def test_a_benefits_field_among_a_flattened_headers_fields_heads_nothing(resources):
    """"Salary: ... Benefits: Blue Chip Company Benefits Location: Swansea As a key member ...": the fields of
    a header run onto one line with the advert; the benefits field did not end the skill text at its label
    (a business banking advert came out with no skill)."""
    assert "\nBenefits:\n" not in break_run_in_headings(_BANKING.split("\n\n", 1)[1])
    skills = found(_BANKING, resources)
    assert {"Customer Service", "English", "Call Center Operations"} <= skills


def test_a_benefits_label_with_its_perks_after_it_still_asks_nothing(resources):
    text = ("Business Banking Associate\n\nYou will need customer service experience gained in a call centre. "
            "Benefits: Excel training courses, a pension scheme and free gym membership for every member of staff.\n")
    assert "Microsoft Excel" not in found(text, resources)
