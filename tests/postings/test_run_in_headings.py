"""Headings run into one flattened paragraph (a 2013 UK job board's adverts, a LinkedIn posting saved without
markup): where a heading of a few words ends at its colon, the text after it is the section's."""

from __future__ import annotations

from credstack.postings.sections import break_run_in_headings

_PAD = " The role is varied and busy, with plenty to learn from a supportive and friendly team." * 8


def test_a_heading_of_several_words_closed_by_a_colon_is_cut_out():
    """A business development executive's advert ran '... flexible full driving licence In return you can expect:
    basic salary of ... car allowance healthcare pension scheme': four words of heading past its cue, so the
    benefits stayed in the requirements and 'healthcare' read as asked."""
    text = ("We are looking for: experience in business development, full driving licence In return you can expect: "
            "basic salary, car allowance, healthcare, pension scheme." + _PAD)
    assert "\nIn return you can expect:\nbasic salary" in break_run_in_headings(text)


def test_a_colon_glued_to_the_next_word_still_closes_the_heading():
    """'... opportunities to work remotely. Essential functions include:Accounting Services–Manage department ...'"""
    text = "This position is based in Annapolis. Essential functions include:Accounting Services–Manage reports." + _PAD
    assert "\nEssential functions include:\nAccounting Services" in break_run_in_headings(text)


def test_a_cue_inside_a_heading_in_capitals_glued_to_a_word_is_left_for_the_glue_reader():
    """'... Health and Safety regulationPRIMARY RESPONSIBILITIES:Employee Relations ...': cut at the cue, 'PRIMARY'
    would stay behind, glued to the sentence before it."""
    text = "Knowledge of Health and Safety regulationPRIMARY RESPONSIBILITIES:Employee Relations Provide advice." + _PAD
    assert "PRIMARY\n" not in break_run_in_headings(text)


def test_about_the_job_title_heads_the_requirements_not_the_company():
    """A LinkedIn project manager posting headed its education, software and experience 'About the Project Manager:',
    read as the company's own story, so its Microsoft Office, AutoCAD and degree went unread."""
    from credstack.postings.sections import classify

    assert classify("About the Project Manager").value == "requirements"
    assert classify("About the Senior Software Engineer").value == "requirements"
    assert classify("About the Company").value == "about_company"
    assert classify("About the Sales Team").value == "about_company"


def test_a_heading_joined_by_and_runs_on_to_its_next_capitalised_word():
    """A plastics sales engineer's advert ran '... develop the business Overview of Account Manager s Duties and
    Responsibilities: Assessing opportunities ...': the heading stopped at 'Duties and', leaving 'Responsibilities:'
    to open the duties. A heading ending on 'for' is not joined on ('We are looking for Staff Nurses who ...')."""
    text = "We make plastics for many industries. Duties and Responsibilities: Assessing opportunities daily." + _PAD
    assert "\nDuties and Responsibilities:\nAssessing" in break_run_in_headings(text)
    text = "Our homes are in Kent. We are looking for Staff Nurses who have dementia experience." + _PAD
    assert "We are looking for Staff\n" not in break_run_in_headings(text)


def test_a_heading_opening_on_the_and_closed_by_a_colon_is_cut_out():
    """A team coordinator's advert ran '... in residential and non residential settings. The principle
    responsibilities: To ensure the senior team mentors ...': the duties stayed in the advert's opening, where the
    span tagger's reading is only checked against the vocabulary."""
    text = "The coordinator will work in residential settings. The principle responsibilities: To ensure rotas." + _PAD
    assert "\nThe principle responsibilities:\nTo ensure" in break_run_in_headings(text)
    text = "The coordinator will work in residential settings. The Responsibilities Identify and plan work." + _PAD
    assert "\nThe Responsibilities\n" not in break_run_in_headings(text)


def test_a_benefits_word_in_an_adverts_header_before_the_agencys_opening_heads_nothing():
    """A lead DBA's advert opened 'Lead Database Administrator Belfast Competitive salary bonus Benefits Diamond IT is
    working in partnership CME Technology ...': 'Benefits' was cut out as a heading and the whole advert, its Oracle,
    RAC and SQL, read as perks. A benefits heading before its perks is still cut out."""
    text = ("Lead Database Administrator Belfast Competitive salary bonus Benefits Diamond IT is working in partnership "
            "with Acme in the recruitment of engineers." + _PAD)
    assert "\nBenefits\n" not in break_run_in_headings(text)
    text = ("Lead Database Administrator Belfast Competitive salary bonus Benefits Acme is a leading exchange." + _PAD)
    assert "\nBenefits\n" not in break_run_in_headings(text)
    text = "You will need Oracle and SQL experience. Benefits: Pension scheme and a bonus are on offer." + _PAD
    assert "\nBenefits:\nPension scheme" in break_run_in_headings(text)


def test_a_benefits_label_among_a_headers_fields_heads_nothing():
    """A manufacturing engineer's advert opened 'Job Title: Manufacturing Engineer Salary: circa **** depending on
    experience. Benefits: Pension, Profit share scheme, ****4 days holiday, free parking Duration: Permanent ...':
    the next field's label came too far after 'Benefits:' to show it was a field, and the whole advert read as perks.
    A fact's label shortly before it shows it as well."""
    text = ("Job Title: Manufacturing Engineer Salary: circa 30k depending on experience. Benefits: Pension, Profit "
            "share scheme, 24 days holiday, free parking Duration: Permanent Location: Surrey." + _PAD)
    assert "\nBenefits:\n" not in break_run_in_headings(text)


def test_a_run_in_heading_goes_on_past_a_slash_and_to_the_jobs_name_before_its_colon():
    """The same advert ran '... production area. Key duties/responsibilities of the Manufacturing Engineer: Provide
    technical support ...': the slash, then the job's name in capitals, stopped the heading, and the duties stayed
    in the advert's opening."""
    text = ("This is a key role within a mechanical assembly production area. Key duties/responsibilities of the "
            "Manufacturing Engineer: Provide technical support for production." + _PAD)
    assert "\nKey duties/responsibilities of the Manufacturing Engineer:\nProvide" in break_run_in_headings(text)
