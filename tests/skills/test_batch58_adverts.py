"""What batch 58's real postings (bench/nontech_real.py --split held-occ48: a home health RN case manager, an
operations centre loggist, a seal product design engineer, a corporate controller, a private equity analyst, a
mental health transport assistant and ten more) showed: the interview's video tool read as a skill, a company
unit's capitals read as a web tool, the disciplines a nurse shares visits among read as her degrees, a master's
"degree" read as a bachelor's, ITAR named as another regulation, and words of home health, finance and manual
handling the vocabulary lacked. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, mentions

from credstack.skills.vocabulary import load_vocabulary


def test_the_tool_the_interview_takes_place_on_is_no_skill(resources):
    text = ("Regional Operations Loggist\n\nDuties\n- Keep the decision log of each incident call\n\n"
            "Interviews for this post will take place virtually on Microsoft Teams.\n")
    assert "Microsoft Teams" not in found(text, resources)
    kept = ("Regional Operations Loggist\n\nDuties\n- Keep the decision log of each incident call\n"
            "- Work remotely, using Microsoft Teams\n\nInterviews for this post will take place virtually.\n")
    assert mentions(kept, resources).get("Microsoft Teams") == ["Microsoft Teams"]


def test_capitals_of_a_company_unit_in_an_engineering_posting_are_no_web_tool(resources):
    text = ("Product Design Engineer\n\nResponsibilities\n- Perform FEA and design reviews of radial lip seals\n"
            "- Apply SKF SASS North America design standards to new designs\n")
    assert "Sass" not in found(text, resources)
    web = ("Front End Developer\n\nRequirements\n- Build responsive pages with HTML and CSS\n"
           "- Experience with SASS and Webpack\n")
    assert "Sass" in found(web, resources)


def test_itar_is_its_own_regulation(resources):
    got = found("Design Engineer\n\nRequirements\n- Working knowledge of ITAR\n", resources)
    assert "International Traffic in Arms Regulations" in got and "Export Administration Regulations" not in got
    assert "Import/Export Compliance" in load_vocabulary().implied("International Traffic in Arms Regulations")


def test_the_disciplines_a_post_shares_visits_among_are_colleagues(resources):
    text = ("RN Case Manager\n\nQualifications\n\nSupervises all aspects of patient care. Coordinates the "
            "distribution of visits among all disciplines (SN, PT, OT, ST, MSW, HHA) after the Start of Care is "
            "completed.\n")
    assert "Master of Social Work" not in found(text, resources)
    asked = "Medical Social Worker\n\nRequirements\n- MSW from an accredited school of social work\n"
    assert "Master of Social Work" in found(asked, resources)


def test_a_degree_named_before_the_word_degree_is_no_bachelors_too(resources):
    for text in ("Case Manager\n\nRequirements\n- MSW degree preferred\n",
                 "Case Manager\n\nRequirements\n- Master of Social Work degree required\n"):
        got = found(text, resources)
        assert "Master of Social Work" in got and "Bachelor's Degree" not in got, text
    # controls: a field before "degree" is a bachelor's in that field; a bachelor's named twice is one
    assert "Bachelor's Degree" in found("Case Manager\n\nRequirements\n- A Social Work degree\n", resources)
    assert "Bachelor's Degree" in found("Case Manager\n\nRequirements\n- BSc degree in Nursing\n", resources)


def test_words_of_home_health_finance_and_handling_the_vocabulary_lacked(resources):
    home = ("RN Case Manager\n\nDuties\n- Coordinates visits after the Start of Care or Resumption of Care "
            "is completed\n")
    assert mentions(home, resources).get("OASIS Documentation") == ["Start of Care", "Resumption of Care"]
    close = ("Corporate Controller\n\nResponsibilities\n- Managing the general ledger, overseeing monthly and "
             "quarterly close, preparing financial statements\n")
    assert "Month-End Close" in found(close, resources)
    memo = ("Private Equity Analyst\n\nResponsibilities\n- Prepare detailed investment memoranda, outlining the "
            "investment thesis and risks\n")
    assert "Investment Memos" in found(memo, resources)
    handling = ("Transport Assistant\n\nDuties\n- Ensure appropriate Lifting and Handling techniques are applied "
                "when moving patients\n")
    assert "Manual Handling" in found(handling, resources)


def test_words_of_nutrition_nursing_pathways_and_workforce_data_the_vocabulary_lacked(resources):
    nurse = ("Intestinal Failure Nurse Specialist\n\nWhat you'll do\n- Support patients with intestinal failure and "
             "home parenteral nutrition\n- Co-ordinate patient pathways and provide evidence based care\n")
    assert {"Gastroenterology", "Parenteral Nutrition", "Patient Pathway Management",
            "Evidence-Based Practice"} <= found(nurse, resources)
    esr = ("ESR System Administrator\n\nDuties\n- Provide an efficient workforce information service by "
           "monitoring the quality of data held on the ESR system\n")
    assert "People Analytics" in found(esr, resources)
    rights = "Home Health RN\n\nDuties\n- Follows the Patients' Bill of Rights and agency policy\n"
    assert "Patient Advocacy" in found(rights, resources)
