"""What batch 50's real postings (bench/nontech_real.py --split held-occ40: a senior landman, a director of safety
surveillance, a Mental Health Act coordinator, a continuing healthcare nurse assessor, a medication safety
pharmacist, a school's Spanish and French teacher and ten more) and a data science posting of an earlier batch
showed: headings that ask of "you" in their own words ("Our Vision of You", "Key attributes for the role", "How you
will make an impact"); a "Company:" label opening a paragraph about the company; letters a posting defines as its
own business ("Tracts Land Solutions (TLS)"); a "Preferred Qualifications (Not Required)" heading glued into the list
before it; the reports, funding schemes and titles those occupations name. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, levels, section_kinds

from credstack.postings.model import SectionKind


def test_headings_that_ask_of_you_in_their_own_words_head_the_requirements():
    text = ("Data Science Manager\n\nAbout The Team\n\nData is at the core of our strategy and we use it everywhere."
            "\n\nOur Vision of You\n\nYou have 3+ years experience in Data Science\nYou have strong programming skills "
            "in Python\n\nKey attributes for the role\n\n- Excellent problem-solving skills\n- A good team player\n\n"
            "How you will make an impact:\n\nProvides support to clinicians in daily tasks.\n")
    kinds = section_kinds(text)
    assert kinds["Our Vision of You"] == SectionKind.REQUIREMENTS
    assert kinds["Key attributes for the role"] == SectionKind.REQUIREMENTS
    assert kinds["How you will make an impact"] == SectionKind.RESPONSIBILITIES
    perks = ("Staff Accountant\n\nHow we invest in YOU\n\n- $50k-$70k/year\n- Opportunity for a hybrid schedule\n\n"
             "What you’ll be doing\n\n- Reconcile accounts payable and receivable\n")
    assert section_kinds(perks).get("How we invest in YOU") != SectionKind.REQUIREMENTS  # control: what it offers


def test_a_company_label_opening_a_paragraph_heads_the_company_blurb(resources):
    text = ("Senior Landman\n\nCompany: Acme is a cloud-based software that helps automate title work for companies "
            "with projects in the Drilling Operations, Asset Management and Lead Generation spaces.\n\n"
            "Responsibilities:\n- Research county records\n- Prepare title reports\n")
    assert section_kinds(text)["Company"] == SectionKind.ABOUT_COMPANY
    got = found(text, resources)
    assert "Title Searches" in got
    assert not {"Asset Management", "Investment Management", "Demand Generation"} & got
    fact = "Senior Landman\n\nCompany: Acme Land Ltd\n\nResponsibilities:\n- Prepare title reports\n"
    assert "Company" not in section_kinds(fact)  # control: a short label states the employer's name


def test_letters_a_posting_defines_as_its_own_business_name_no_skill(resources):
    text = ("Senior Landman\n\nTracts Land Solutions (TLS) is seeking landmen. TLS is active in most major basins.\n\n"
            "Responsibilities:\n- Work with the TLS project team to prepare title reports\n")
    assert "Encryption" not in found(text, resources)
    tech = ("Network Engineer\n\nRequirements:\n- Configure Transport Layer Security (TLS) on load balancers\n"
            "- Renew TLS certificates\n")
    assert "Encryption" in found(tech, resources)  # control: the protocol spelt out


def test_a_preferred_heading_glued_into_the_list_before_it_heads_what_follows(resources):
    text = ("Senior Landman\n\nMandatory Requirements:Minimum 10 years of full mineral and leasehold title "
            "experienceAbility to deed plot, preferably using Sandy Knoll softwareAdaptable to technology Preferred "
            "Qualifications (Not Required)Project Management ExperienceJD and Local chapter membership\n")
    kinds = section_kinds(text)
    assert kinds.get("Preferred Qualifications (Not Required)") == SectionKind.PREFERRED
    got = levels(text, resources)
    assert got["Project Management"] == "preferred"
    assert got["Deed Plotting"] == "required"


def test_safety_reports_funding_schemes_and_land_titles_are_named(resources):
    text = ("Director Safety Surveillance\n\nResponsibilities\n- Prepare aggregate reports (DSUR, PSUR, PBRER)\n"
            "- Oversee signal detection for marketed products\n- Lead the medication safety agenda\n\n"
            "Requirements\n- Board certification is required\n- Knowledge of CHC and FNC eligibility\n"
            "- Experience with debt management and cash flow\n- Prepare title reports for mineral and leasehold "
            "estates\n- Teach through the immersion method\n- Workforce development and college readiness programs\n")
    got = found(text, resources)
    assert {"Aggregate Safety Reporting", "Signal Detection", "Medication Safety", "Board Certification",
            "NHS Continuing Healthcare", "Debt Management", "Cash Flow Management", "Title Searches", "Mineral Rights",
            "Language Immersion", "Workforce Development", "College Readiness"} <= got
    # controls: letters other trades use for other things stay theirs
    other = ("Recruiter\n\nRequirements\n- Experience with RPL assessments\n- Track CPL and CPA for campaigns\n")
    assert not {"Registered Professional Landman", "Certified Professional Landman"} & found(other, resources)


def test_facial_expressions_and_a_list_of_job_descriptions_name_no_skill(resources):
    text = ("Spanish Teacher\n\nRequirements\n- Proper use of intonation, appropriate facial expressions, and gestures"
            "\n- For a complete list of City job descriptions go to our website\n- Fluent Spanish\n")
    got = found(text, resources)
    assert "Spanish" in got
    assert not {"Skin Care", "Job Analysis"} & got
    spa = "Esthetician\n\nRequirements\n- Perform facials and waxing\n- Write job descriptions for new hires\n"
    got = found(spa, resources)
    assert {"Skin Care", "Job Analysis"} <= got  # controls: the treatment and the HR task


def test_a_check_the_post_requires_after_a_benefits_list_is_asked(resources):
    text = ("Crisis Practitioner\n\nYou will be responsible for managing crisis cases.\n\nIn return we can also offer "
            "you:\n\n- NHS pension scheme\n- Holiday pay of up to 33 days\n- NHS discount and salary sacrifice scheme"
            "\n\nEmployment in this post requires an Enhanced Disclosure and Barring Service (DBS) check. The DBS levies"
            " a charge of £40.\n")
    assert "Background Checks" in found(text, resources)
    perks = ("Crisis Practitioner\n\nYou will be responsible for managing crisis cases.\n\nIn return we can also offer "
             "you:\n\n- NHS pension scheme\n- Holiday pay of up to 33 days\n- NHS discount and salary sacrifice scheme"
             "\n\nOur staff also enjoy a cycle to work scheme and a staff restaurant.\n")
    from credstack.postings import parse_posting

    holding = [s.kind for s in parse_posting(perks).sections if "cycle to work" in s.text]
    assert holding == [SectionKind.BENEFITS]  # control: a perk after the list stays with them
