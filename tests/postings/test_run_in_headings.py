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
