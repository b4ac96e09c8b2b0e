"""Failure modes the fix set of batch 29 (held-occ21: psychological wellbeing practitioners, family
therapists, vascular scientists, clinical auditors, sleep physiologists, payroll officers, billing
clerks, bid writers) showed, each checked on made-up text with a control beside it."""

from __future__ import annotations

from tests.skills.conftest import at, names, read

from credstack.analysis import without_labelled_parts
from credstack.skills.requirements import names_colleagues, taught_on_the_job

EXCEL = names("Excel")


def test_a_pay_field_of_an_advert_flattened_onto_one_line_leaves_its_duties():
    ad = ("Job Title: Bid Writer Location: Leeds Salary: Circa 30k The Role You will be responsible for writing "
          "tenders in Excel and managing the bid library for the sales team. The Candidate You will have a proven "
          "track record of winning public sector contracts.")
    assert "writing tenders in Excel" in without_labelled_parts(ad)


def test_a_pay_field_on_its_own_line_still_ends_the_skill_text(resources):
    ad = "Bid Writer\n\nSalary: 30k plus pension\nFree Excel training and a gym\n"
    assert "Excel" not in without_labelled_parts(ad)
    skills, _ = read(ad, resources)
    assert EXCEL and not EXCEL & skills
    ad = ("Bid Writer\n\nSalary: Circa 30k The Role You will be responsible for writing tenders in Excel and "
          "managing the bid library for the sales team. The Candidate You will have a proven track record of "
          "winning public sector contracts.")
    skills, _ = read(ad, resources)
    assert EXCEL <= skills


PSYCHOLOGY = names("psychology")
OCCUPATIONAL_THERAPY = names("occupational therapy")


def test_the_professions_of_the_team_the_post_joins_are_not_asked(resources):
    ad = ("Family Therapist\n\nYou will be joining a therapies team comprising psychology, art psychotherapy and "
          "occupational therapy.\nYou must be registered with the UKCP.")
    skills, context = read(ad, resources)
    assert PSYCHOLOGY and not PSYCHOLOGY & (skills | context)
    assert OCCUPATIONAL_THERAPY and not OCCUPATIONAL_THERAPY & (skills | context)
    assert names_colleagues(*at("as part of a wider MDT including Clinical Psychology, Counselling, Physiotherapy, "
                                 "Nursing & Medical colleagues", "Physiotherapy"))


def test_a_profession_asked_beside_a_team_is_kept(resources):
    ad = ("Family Therapist\n\nRequirements\n- A degree in psychology or occupational therapy.\n"
          "- Experience of working in a team.")
    skills, context = read(ad, resources)
    assert PSYCHOLOGY <= skills | context
    assert not names_colleagues(*at("experience with therapies including psychology-led groups", "psychology"))
    assert not names_colleagues(*at("You will join the team, including weekend work, and must hold a degree in "
                                     "psychology", "psychology"))


NEUROSCIENCE = names("neuroscience")


def test_what_the_employer_is_recognised_internationally_for_describes_it(resources):
    ad = ("Vascular Scientist\n\nThe Trust is recognised internationally for its work in neuroscience, cardiac "
          "care and major trauma.\nYou must hold SVT accreditation.")
    skills, context = read(ad, resources)
    assert NEUROSCIENCE and not NEUROSCIENCE & (skills | context)
    ad = "Vascular Scientist\n\nYou will be recognised for your work.\nYou must have experience in neuroscience."
    skills, context = read(ad, resources)
    assert NEUROSCIENCE <= skills | context


AUTISM = names("autism")


def test_an_about_your_next_employer_heading_opens_the_employer_part(resources):
    ad = ("Family Therapist\n\nAs a Family Therapist, you will:\n- Complete all recording and reporting tasks.\n\n"
          "About your next employer:\nYou will be working for an established company delivering care in mental "
          "health, learning disabilities and autism.\n")
    skills, context = read(ad, resources)
    assert AUTISM and not AUTISM & (skills | context)
    ad = ("Family Therapist\n\nAbout your role:\nYou will support young people with autism and their families.\n")
    skills, context = read(ad, resources)
    assert AUTISM <= skills | context


def test_the_vocabulary_knows_these_occupations_names():
    assert "CPAP Therapy" in names("initiate and monitor treatments such as CPAP")
    assert "Polysomnography" in names("Sleep diagnostics and overnight oximetry")
    assert "Sleep-Disordered Breathing" in names("the diagnosis of sleep disordered breathing")
    assert "Systemic Family Therapy" in names("formulation and systemic intervention to young people")
    assert "Psychological Formulation" in names("implement psychological formulation and outcome measures")
    assert "Low Intensity CBT" in names("delivering evidence based low intensity interventions")
    assert "Vascular Ultrasound" in names("a graduate in vascular science")
    assert "Accredited Vascular Scientist" in names("hold Accreditation as a Vascular Scientist or equivalent")
    assert "Scientist Training Programme" in names("graduate of the STP scheme")
    assert "Psychological Wellbeing Practitioner" in names("Applicants should be qualified PWP practitioners")
    assert {"Grant Submission Portals"} == names("CyberGrants, Grants.gov, JustGrants")
    assert "Quality Improvement" in names("quality improvement of patient care")
    assert "National Clinical Audits" in names("administration of National Confidential Enquiries and National "
                                               "Audit Projects")
    assert "Sage Accounting" in names("Sage300 or similar ERP software")
    assert "RFP Responses" in names("production of PQQ's and tender documentation")


DIALYSIS = names("dialysis")


def test_what_a_role_can_offer_is_not_asked(resources):
    ad = ("Vascular Scientist\n\nIdeally you are an SVT accredited Clinical Vascular Scientist or a graduate of the "
          "STP scheme in vascular science with some supplementary experience. This role can offer:\n"
          "• Exposure to dialysis access fistulas and renal artery scanning\n• A supportive team\n\n"
          "The post will require candidates to contribute to clinics at other sites.\n")
    skills, context = read(ad, resources)
    assert DIALYSIS and not DIALYSIS & (skills | context)
    ad = ("Vascular Scientist\n\nThis role requires:\n• Experience of dialysis access fistulas\n• SVT accreditation\n")
    skills, context = read(ad, resources)
    assert DIALYSIS <= skills | context


LEADERSHIP = names("leadership")


def test_what_the_starter_will_be_supported_by_is_given_not_asked(resources):
    ad = ("Sleep Physiologist\n\nNewly qualified physiologists will be supported by a friendly team, strong "
          "leadership and the chance to gain experience.\nYou must hold RCCP registration.")
    skills, context = read(ad, resources)
    assert LEADERSHIP and not LEADERSHIP & (skills | context)
    assert taught_on_the_job(*at("you will be supported by a friendly team, strong leadership and",
                                 "leadership"))
    ad = ("Sleep Physiologist\n\nYou will be supported by the team.\nYou must show strong leadership skills.")
    skills, context = read(ad, resources)
    assert LEADERSHIP <= skills | context
    assert not taught_on_the_job(*at("You will have supported staff with strong leadership", "leadership"))
