"""Synthetic fixtures for what the twelfth batch of real postings (bench/nontech_real.py --split
held-occ6: psychologists, police officers and records staff, fundraisers, sport coaches,
audiologists, phlebotomists, fire safety advisers, facilities and estates officers) showed beyond
the kinds another branch took on: names a whole occupation uses that the vocabulary lacked (the
UK criminal-record check under its pre-2012 name, the Health Professions Council, HIPAA misspelt,
a G.E.D.; a psychologist's therapies, some named by ambiguous initials; the sports a coach coaches
and their governing bodies' awards; UK degree wording; fire safety and estates names), a slashed
group of therapies written after "e.g." read as one mention, and slashed qualifications ("HNC/HND")
read as one. The controls keep each word out where it names no skill."""

from __future__ import annotations

import pytest
from tests.skills.conftest import read

from credstack.skills.requirements import is_boilerplate_clause, is_descriptive_clause


def _mentions(text: str, resources) -> set[str]:
    """Every mention the posting's skills and context were read from, as the page wrote it."""
    from credstack.analysis import analyze
    from credstack.postings import parse_posting

    result = analyze(parse_posting(text), resources, recommend=False, rank=False)
    return {m for s in [*result.skills, *result.context] for m in (s.mentions or [s.name])}


def _posting(title: str, *lines: str) -> str:
    return f"{title}\n\nRequirements:\n" + "\n".join(f"- {line}" for line in lines) + "\n"


def _asked(resources, title: str, line: str) -> set[str]:
    skills, context = read(_posting(title, line), resources)
    return skills | context


# Old names and misspellings of names the vocabulary has.

@pytest.mark.parametrize(("title", "line", "skill"), [
    ("Sports Coach", "An Enhanced Criminal Record Bureau (CRB) Disclosure is required for this post",
     "Background Checks"),
    ("Trampoline Coach", "The post is conditional upon a satisfactory disclosure from the Criminal Records Bureau",
     "Background Checks"),
    ("Clinical Psychologist", "Approval and registration with the Health Professions Council (HPC)",
     "HCPC Registration"),
    ("Psychologist", "Use a HIPPA compliant platform to document notes", "HIPAA"),
    ("Police Officer", "Graduation from high school, or possession of a G.E.D.", "High School Diploma"),
])
def test_old_names_and_common_misspellings_are_read(resources, title, line, skill):
    assert skill in _asked(resources, title, line)


@pytest.mark.parametrize(("clause", "boilerplate"), [
    ("The post is conditional upon a satisfactory disclosure from the Criminal Records Bureau", False),
    ("Appointment is subject to a satisfactory enhanced DBS check", False),
    ("We will request a disclosure from the Criminal Records Bureau for all staff", True),
    ("Safer recruitment: all posts require a disclosure and barring check", True),
])
def test_a_criminal_record_check_the_candidate_must_pass_is_asked(clause, boilerplate):
    assert is_boilerplate_clause(clause) is boilerplate


# A psychologist's therapies.

@pytest.mark.parametrize(("line", "skill"), [
    ("Trained in EMDR and internal family systems", "Eye Movement Desensitization and Reprocessing"),
    ("Trained in EMDR and internal family systems", "Internal Family Systems"),
    ("Interest in somatic based psychotherapy", "Somatic Psychotherapy"),
    ("Use evidence based interventions to treat adults", "Evidence-Based Practice"),
    ("Deliver CBT and DBT to adults with anxiety", "Cognitive Behavioral Therapy"),
    ("Deliver CBT and DBT to adults with anxiety", "Dialectical Behavior Therapy"),
    ("Use evidence based interventions (e.g., CBT/DBT/ACT/MI/MBSR) to treat adults",
     "Acceptance and Commitment Therapy"),
    ("Use evidence based interventions (e.g., CBT/DBT/ACT/MI/MBSR) to treat adults", "Motivational Interviewing"),
    ("Use evidence based interventions (e.g., CBT/DBT/ACT/MI/MBSR) to treat adults",
     "Mindfulness-Based Stress Reduction"),
])
def test_a_psychologists_therapies_are_read(resources, line, skill):
    skills, _ = read(_posting("Counseling Psychologist", "Provide psychotherapy to clients", line), resources)
    assert skill in skills


def test_a_slashed_group_of_therapies_after_eg_is_a_list_each_its_own_mention(resources):
    mentions = _mentions(_posting("Counseling Psychologist", "Provide psychotherapy to clients",
                                  "Use evidence based interventions (e.g., CBT/DBT/ACT/MI/MBSR) to treat adults"),
                         resources)
    assert {"CBT", "DBT", "ACT", "MI", "MBSR"} <= mentions
    assert "CBT/DBT/ACT/MI/MBSR" not in mentions


def test_a_slashed_pair_after_eg_stays_one_mention(resources):
    mentions = _mentions(_posting("Frontend Developer", "Build single-page apps (e.g. React/Redux)"), resources)
    assert "React/Redux" in mentions


@pytest.mark.parametrize(("title", "line", "absent"), [
    # ACT and MI are a test and a state, a heart attack: therapies only beside another therapy's words
    ("Admissions Counselor", "Review SAT and ACT scores of applicants", "Acceptance and Commitment Therapy"),
    ("Sales Representative", "Cover the territory of MI, OH and IN", "Motivational Interviewing"),
    ("Cardiac Nurse", "Care for patients after an MI in the coronary care unit", "Motivational Interviewing"),
    # dbt on a data team is the data build tool, and stays so
    ("Analytics Engineer", "Build data models in dbt and Snowflake with SQL", "Dialectical Behavior Therapy"),
    # CBT in training is computer-based training
    ("Software Engineer", "Build CBT modules for the e-learning platform in JavaScript",
     "Cognitive Behavioral Therapy"),
])
def test_ambiguous_initials_are_therapies_only_where_therapy_is_the_work(resources, title, line, absent):
    assert absent not in _asked(resources, title, line)


def test_dbt_on_a_data_team_is_still_the_data_build_tool(resources):
    skills, _ = read(_posting("Analytics Engineer", "Build data models in dbt and Snowflake with SQL"), resources)
    assert "dbt" in skills


# The sports a coach coaches, and their governing bodies' awards.

COACHES = ("Self Employed Sport Coaches\n\nWe are actively seeking individuals who can coach a wide range of "
           "sports including Gymnastics, Trampolining, Netball, Football and Climbing. The post holder must hold "
           "as a minimum Level 1 in Trampolining (British Gymnastics) and be able to instruct in line with the "
           "British Gymnastics syllabus.\n")


@pytest.mark.parametrize("sport", ["Gymnastics", "Trampolining", "Netball", "Football", "Climbing"])
def test_the_sports_a_coach_must_coach_are_read(resources, sport):
    skills, context = read(COACHES, resources)
    assert sport in skills | context


@pytest.mark.parametrize("text", [
    # a benefits blurb, a social club, a stadium: sports named where nobody is asked to coach them
    _posting("Accounts Assistant", "Reconcile supplier statements in Excel",
             "Join our staff football and netball teams, free gym and swimming pool"),
    "Cleaner\n\nDuties:\n- Clean the changing rooms of the football stadium and the tennis courts\n",
    _posting("Warehouse Operative", "Climbing ladders and lifting 25 kg"),
])
def test_sports_named_outside_coaching_are_no_skills(resources, text):
    skills, context = read(text, resources)
    assert not {"Football", "Netball", "Swimming", "Tennis", "Climbing"} & (skills | context)


@pytest.mark.parametrize(("title", "line", "skill"), [
    ("Sport Coach", "A valid Level 1 or Level 2 National Governing Body Qualification",
     "National Governing Body Coaching Award"),
    ("Sport Coach", "To apply you will need proof of your qualification and public liability insurance",
     "Public Liability Insurance"),
])
def test_a_coachs_award_and_cover_are_read(resources, title, line, skill):
    assert skill in _asked(resources, title, line)


@pytest.mark.parametrize(("clause", "descriptive"), [
    ("We are actively seeking individuals who can coach a wide range of sports", False),
    ("We are currently looking for a clinician who is knowledgeable about CBT", False),
    ("We are a leading leisure trust running twelve centres", True),
])
def test_a_search_with_an_adverb_is_no_description_of_the_employer(clause, descriptive):
    assert is_descriptive_clause(clause) is descriptive


def test_a_name_before_agent_names_a_role():
    from credstack.skills.requirements import names_a_role

    text = "seeking a licensed Personal Lines Insurance Sales Agent to join our team"
    start = text.index("Insurance Sales")
    assert names_a_role(text, start, start + len("Insurance Sales"))


def test_a_skill_named_before_agent_is_the_role_being_hired(resources):
    text = ("Insurance Sales Agent\n\nWe are currently seeking a licensed Personal Lines Insurance Sales Agent to "
            "join our team.\nRequirements:\n- Strong sales skills\n")
    skills, context = read(text, resources)
    assert "Insurance Sales" not in skills | context


# UK degree wording, and slashed qualifications.

@pytest.mark.parametrize(("title", "line", "skill"), [
    ("Clinical Psychologist", "Ideally an Honours degree in psychology", "Bachelor's Degree"),
    ("Estates Officer", "Working towards or has already achieved degree level", "Bachelor's Degree"),
    ("Clinical Psychologist", "Ideally an Honours degree or Postgraduate", "Master's Degree"),
])
def test_uk_degree_wording_is_read(resources, title, line, skill):
    assert skill in _asked(resources, title, line)


def test_postgraduate_without_a_degree_beside_it_is_no_degree(resources):
    assert "Master's Degree" not in _asked(resources, "Data Analyst",
                                           "Analyse the results of the postgraduate students survey")


@pytest.mark.parametrize(("line", "wanted", "unwanted"), [
    ("Achieved HNC/HND or equivalent in an engineering discipline", {"HNC", "HND"}, "HNC/HND"),
    ("High school diploma/GED with five (5) years of experience", {"High school diploma", "GED"},
     "High school diploma/GED"),
])
def test_slashed_qualifications_are_each_their_own_mention(resources, line, wanted, unwanted):
    mentions = _mentions(_posting("Estates Officer", line), resources)
    assert wanted <= mentions
    assert unwanted not in mentions


def test_a_slashed_degree_with_its_field_keeps_the_field(resources):
    mentions = _mentions(_posting("Accountant", "BA/BS in Accounting or Finance"), resources)
    assert "BA/BS in Accounting" in mentions


# Fire safety, estates, audiology and psychology names.

@pytest.mark.parametrize(("title", "line", "skill"), [
    ("Fire Safety Adviser", "Experience of fire risk assessments in complex settings is essential",
     "Fire Risk Assessment"),
    ("Fire Safety Adviser", "Knowledge of current fire safety legislation is essential", "Fire Safety"),
    ("Fire Safety Adviser", "Advise on fire safety precautions, legislation, HTM's and building regulations",
     "Building Regulations"),
    ("Fire Safety Adviser", "Advise on fire safety precautions, legislation, HTM\u2019s and building regulations",
     "Health Technical Memoranda"),
    ("Fire Safety Adviser", "A full UK driving licence and vehicle for business use is required", "Own Vehicle"),
    ("Audiologist", "Assessment of adults with hearing problems, including ENT support", "Otolaryngology"),
    ("Clinical Psychologist", "To undertake specialist psychological assessments and interventions",
     "Psychological Assessment"),
])
def test_names_these_occupations_ask_for_are_read(resources, title, line, skill):
    assert skill in _asked(resources, title, line)


@pytest.mark.parametrize(("title", "line", "absent"), [
    ("Fire Safety Adviser", "Our building is in the town centre", "Building Regulations"),
    ("Web Developer", "Write the HTML for our product pages", "Health Technical Memoranda"),
    ("Software Engineer", "Build entity extraction (ENT) features in Python", "Otolaryngology"),
])
def test_controls_these_names_stay_out(resources, title, line, absent):
    assert absent not in _asked(resources, title, line)


def test_nhs_engineering_guidance_named_by_initials_needs_no_tradesmans_posting(resources):
    # HTMs are the NHS's engineering guidance: an adviser's posting whose other skills are risk
    # assessment and checks still asks for them
    skills, context = read(_posting("Fire Safety Adviser", "Undertake risk assessments",
                                    "Advise managers on HTM\u2019s and associated guidance",
                                    "Hold a valid DBS check"), resources)
    assert "Health Technical Memoranda" in skills | context


@pytest.mark.parametrize("skill", ["ActBlue", "NGP VAN"])
def test_a_political_fundraisers_tools_are_read(resources, skill):
    assert skill in _asked(resources, "Fundraising Associate",
                           "Strong preference for familiarity with NGP/VAN, ActBlue and Numero")
