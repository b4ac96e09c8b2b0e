"""Run-together list items whose seam the glue reader missed (real LinkedIn and board dumps): the
next item's first word glued to a name ("Jenkins, Terraform, and AnsibleExperience with ...",
"PrometheusCompetent in"), a number of years glued to the word before it ("or Finance0 - 2 years'
experience"), and a numbered item opening on its years ("CloudFormation5. 1+ years ...")."""

from __future__ import annotations

from credstack.postings.glued import repair_glued


def test_an_item_opener_glued_to_a_name_starts_a_line():
    text = ("Tools such as Jenkins, Terraform, and AnsibleExperience with release planning. "
            "Monitoring with Grafana and PrometheusCompetent in Bash scripting.")
    fixed = repair_glued(text)
    assert "Ansible\nExperience with" in fixed and "Prometheus\nCompetent in" in fixed


def test_a_camel_case_name_stays():
    # the control: names that end in a capitalised word, in text that shows no glue
    text = "Experience with PowerPoint, QuickBooks and JavaScript is a plus."
    assert repair_glued(text) == text


def test_years_glued_to_the_word_before_start_a_line():
    text = "Bachelor's degree in Accounting, Economics, or Finance0 - 2 years' experience in accounting"
    assert "Finance\n0 - 2 years" in repair_glued(text)
    text = "AWS services and CloudFormation5+ years of Linux administration"
    assert "CloudFormation\n5+ years" in repair_glued(text)


def test_a_numbered_item_opening_on_its_years_is_cut_off_the_one_before():
    text = "1. 2+ years in HPC 2. 3+ years in Linux 3. Working knowledge of EC2, S3 and CloudFormation4. 1+ years of Slurm"
    assert "CloudFormation\n4. 1+ years" in repair_glued(text)


def test_a_version_number_is_no_glued_item():
    text = "Experience with Python3 and Windows10 laptops; log4j patched in 2021."
    assert repair_glued(text) == text


def test_an_article_opening_the_next_sentence_glued_to_the_word_before_starts_a_line():
    from credstack.postings.glued import repair_glued

    assert "law enforcement.\nA minimum" in repair_glued(
        "Associate's degree and prior security or law enforcement.A minimum of four years of experience.")
    assert "the fitness industry\nA passion" in repair_glued(
        "methodsUnderstanding of the fitness industryA passion for helping others")
    kept = "We visited MoMA and the Met. A visit to our PhA team"  # capitals a name ends in, no glue
    assert repair_glued(kept) == kept


def test_a_list_with_hyphens_for_bullets_run_into_one_line_is_split():
    from credstack.postings.glued import repair_glued

    text = ("Requirements:-Self-motivated-Intuitive work ethic-Works well with others-Motivated team player-Dependable "
            "and hard working-Energetic-Fast learner-Organized-Can follow instructions-Detail oriented")
    lines = repair_glued(text).splitlines()
    assert "- Works well with others" in lines and "- Detail oriented" in lines and "- Self-motivated" in lines
    kept = "Must be fluently bilingual (Spanish-English), work Monday-Friday, non-English speakers, Short-Term cover."
    assert repair_glued(kept) == kept  # a capital or a prefix before the hyphen: compounds


def test_a_camelcase_product_before_its_kind_is_one_name():
    from credstack.postings.glued import repair_glued

    text = "Draft proposals using BuilderTrend softwareMeet and build rapport with buyers.Create 3D designsManage leads"
    assert "BuilderTrend software\nMeet" in repair_glued(text)


def test_a_product_named_in_camelcase_in_a_list_stays_one_word_in_glued_text():
    """A product's CamelCase name of two dictionary words, named as a tool or one of several and
    followed by a comma, a bracket's end or its level, is one word even where the text around it is
    glued ("ConvertKit", not "Convert" and "Kit"); two items glued that go on as a phrase are still
    parted ("CaliforniaStatus and Classification")."""
    text = ("QualificationsStrong writing skillsProficient in email marketing (experience with ConvertKit "
            "preferred)Excellent organizational skills")
    assert "experience with ConvertKit preferred)\nExcellent" in repair_glued(text)
    text = "Tools: Word, Excel, PowerAgent, FileMaker required.Strong attention to detailAbility to travel"
    assert "Excel, PowerAgent, FileMaker required." in repair_glued(text)
    text = "Location: Stanton, CaliforniaStatus and Classification: Full-TimeReports to: Quality Assurance"
    assert "California\nStatus and Classification" in repair_glued(text)


def test_a_short_opening_word_and_a_bracket_after_initials_are_glue_points():
    """A LinkedIn physician posting ran its lists together: 'Part Time Flexible scheduleWe Offer:AutonomyFlexible
    schedule...EMR and dictation services available' and 'Doctorate of Medicine required (M.D. / D.O.)Company
    Culture:'. The offer's heading stayed glued, so its 'EMR and dictation services' read as asked."""
    from credstack.postings.glued import repair_glued

    text = ("Attending Physician\nPart Time Flexible scheduleWe Offer:AutonomyFlexible scheduleEMR and dictation services available\n"
            "Qualifications:Doctorate of Medicine required (M.D. / D.O.)Company Culture: caring\n")
    lines = repair_glued(text).split("\n")
    assert "We Offer:" in lines and "Doctorate of Medicine required (M.D. / D.O.)" in lines
    # names in camel case stay whole, and a bracket after a small word's full stop is no glue point here
    assert repair_glued("Use NetBackup, OneStream and WordPress daily") == "Use NetBackup, OneStream and WordPress daily"
    assert "(40 hrs./wk.)Benefits" in repair_glued("FLSA: Full-time (40 hrs./wk.)Benefits: Health plans")


def test_a_known_name_glued_to_the_next_items_word_is_cut():
    """A real estate office assistant's duties ran 'such as TikTok, Facebook, and InstagramUpdate websiteMarketing
    tasks: email blasts': Instagram, a name the vocabulary knows, glued to the next item's first word."""
    from credstack.postings.glued import repair_glued

    text = ("Real Estate Office Assistant\nsuch as TikTok, Facebook, and InstagramUpdate websiteMarketing tasks: "
            "email blasts\n")
    assert "Instagram\nUpdate website\nMarketing tasks:" in repair_glued(text)
    assert "JavaScript and SharePoint" in repair_glued("Developer\nUse JavaScript and SharePoint daily.Experience in it")


def test_dotted_initials_glued_to_the_next_sentence_are_cut():
    """A therapist's posting: 'graduated ... with your Ph.D. or Psy.D.Master's level clinicians are welcome'."""
    from credstack.postings.glued import repair_glued

    text = "Therapist\nwith your Ph.D. or Psy.D.Master's level clinicians are welcome.Experience required\n"
    assert "with your Ph.D. or Psy.D.\nMaster's level clinicians" in repair_glued(text)


def test_numbered_items_glued_with_no_space_after_the_number():
    """A clinic intern's posting ran its duties together: '... Follow all HIPAA and OSHA guidelines and
    regulations.7.Maintain established ... infection control.8.Implement job responsibilities ...'."""
    text = ("INTERN RESPONSIBILITIES: 1.Plan events.2.Design social media posts.3.Assist with archiving.4.Follow all "
            "HIPAA and OSHA guidelines and regulations.5.Maintain infection control.6.Perform other related work.")
    repaired = repair_glued(text)
    assert "regulations.\n5.Maintain" in repaired and "control.\n6.Perform" in repaired
    assert repair_glued("We use Windows 10.Net and v2.Beta builds.") == "We use Windows 10.Net and v2.Beta builds."


def test_a_joining_word_glued_to_a_known_name_is_parted_by_a_space():
    """'Proficiency with Microsoft Office applications such as Outlook, Word, Excel, andPowerPoint.'"""
    text = ("KEY QUALIFICATIONS: 1.Fluency in English.2.Organizational skills.3.Proficiency with Microsoft Office "
            "applications such as Outlook, Word, Excel, andPowerPoint.4.Effective communication skills.")
    assert "Excel, and PowerPoint." in repair_glued(text)
    assert repair_glued("Experience with andMyFoo tools.") == "Experience with andMyFoo tools."


def test_knowledgeable_opens_the_next_item():
    """'Applicants should be proficient in: Microsoft WordOutlookSmart PhoneAdobe AcrobatKnowledgeable in Microsoft
    Excel': the last name glued to the next item's first word."""
    text = ("Applicants should be proficient in:Microsoft WordOutlookSmart PhoneAdobe AcrobatKnowledgeable in Microsoft "
            "Excel and other computer skills.Duties include:Monitoring tenant relations.")
    assert "Adobe Acrobat\nKnowledgeable in" in repair_glued(text)


def test_o_sub_bullets_glued_after_a_full_stop_become_bullets():
    """A restaurant group's general manager: 'Qualificationso Education: bachelor's ... preferred.o Experience: 5+
    years ...o Preferable Bilingual (Spanish).o Computer Skill ...': the sub-bullets after a full stop stayed glued,
    and 'Spanish.o Licenses' and 'analytical skills.o' read as skills."""
    text = ("Qualificationso Education: bachelor's degree preferred.o Experience: 5+ years managing operations.o "
            "Preferable Bilingual (Spanish).o Licenses or Certifications: ServSafe Manager required.")
    repaired = repair_glued(text)
    assert "preferred.\n• Experience: 5+ years" in repaired and "(Spanish).\n• Licenses or" in repaired
    assert "o Licenses" not in repaired


def test_initials_plural_ending_a_sentence_glued_to_the_next_is_cut():
    """Batch 160 (a LinkedIn recruitment VP's posting): "exceed KPIs.High levels of organization" was read as one
    chip 'KPIs.High'; an FP&A posting's 'KPIs.Develop' and a sales representative's 'OEMs.International' were
    chips too. The plural of initials ending a sentence, glued to the next one's capitalised word, is a full
    stop glued as "policy.Maintain" is; dotted names stay ("ASP.NET", "VB.NET", "Node.js")."""
    text = ("Responsibilities:deliver results and exceed KPIs.High levels of organization.\n"
            "Build tools in ASP.NET, VB.NET and Node.js for the PCs.")
    repaired = repair_glued(text)
    assert "KPIs.\nHigh levels" in repaired or "KPIs. High levels" in repaired
    assert "ASP.NET" in repaired and "VB.NET" in repaired and "Node.js" in repaired


def test_hyphen_bullets_glued_after_the_full_stop_ending_each_item():
    """Batch 164 (a robotics firm's senior mechanical engineer on LinkedIn): 'generate sub-system
    requirements.-Utilize a set of requirements ...-Design and release components ...-Perform test and
    verification': each item's full stop glued to the next one's hyphen bullet, read as 'requirements.-Utilize',
    'systems.-Perform' chips. After a full stop, as after a colon, a hyphen before a word of the dictionary is a
    bullet, three times or more in a text; numbers and versions stay ('3.-5', '2.-Beta' alone)."""
    text = ("Responsibilities: generate sub-system requirements.-Utilize a set of requirements to design.-Design and "
            "release components and assemblies.-Perform test and verification of mechanisms.")
    lines = repair_glued(text).splitlines()
    assert "- Utilize a set of requirements to design." in lines and "- Perform test and verification of mechanisms." in lines
    kept = "Salary bands 3.-5. apply. Version 2.-Beta ships."
    assert repair_glued(kept) == kept
