"""What batches 148 and 149's real postings (bench/nontech_real.py --split held-occ138, held-occ139: LinkedIn postings
of 2023-24 and a 2013 UK job board's adverts outside health and social care) and the misses they led back to showed.
Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, section_kinds


def test_a_long_list_of_languages_needs_no_cue_beside_it(resources):
    """A multilingual customer service advert: 'Customer Service (Gaming or IT) French, German, Danish, Dutch, Hebrew,
    Finnish, Swedish or Norwegian Our client based in Belfast ...', the ask a sentence later ('Candidates must speak
    at least one of the languages fluently'): out of reach of that cue, none of the eight was read."""
    listed = ("Customer Service Agent\n\nCustomer Service (Gaming) French, German, Danish, Dutch or Swedish Our client "
              "based in Belfast has many vacancies for candidates with an interest in gaming. Relocation is paid and "
              "the city is one of the cheapest places to live. Candidates must speak at least one fluently.\n")
    assert {"French", "German", "Danish", "Dutch", "Swedish"} <= found(listed, resources)
    markets = ("Account Manager\n\nRequirements\n- Experience selling to French, German and Dutch retailers\n"
               "- Excel\n")
    assert not {"French", "German", "Dutch"} & found(markets, resources)


def test_an_industry_experience_was_gained_in_is_asked(resources):
    """A pub assistant manager's advert: 'proven supervisory and/or management experience gained in a pub, retail or
    catering environment': 'gained' stood between the experience and its industry, so retail was not read."""
    gained = ("Assistant Manager\n\nThe Ideal Candidate\n\nYou will have management experience gained in a pub, "
              "retail or catering environment.\n")
    assert "Retail Industry" in found(gained, resources)
    employer = ("Assistant Manager\n\nAbout us\n\nWe are one of the UK's largest retail pub companies.\n\nThe Ideal "
                "Candidate\n\nYou will be a confident communicator.\n")
    assert "Retail Industry" not in found(employer, resources)


def test_what_the_firm_specialises_in_is_its_own():
    """A touring accountant's advert: 'This highly prestigious public practice specialises in musicians, film booking
    agents, record label staff and management companies': the firm's clients read as skills."""
    from credstack.skills.employer import describes_employer

    assert describes_employer("This highly prestigious public practice specialises in musicians and film agents.")
    assert describes_employer("Our client specializes in commercial property law.")
    assert not describes_employer("You will specialise in commercial property law.")


def test_a_licence_asked_beside_a_driving_background_check_the_candidate_passes_stays_asked(resources):
    """A solar sales consultant's posting: 'Must be 21 years of age, possess a valid driver's license, and maintain a
    clean driving record with the ability to pass a driving background check': the check read as the employer's
    legal notice, and the licence went with it. The employer's own check stays policy."""
    passes = ("Sales Consultant\n\nQualifications\n\nMinimum of 1 year of sales experience\n\nMust possess a valid "
              "driver\u2019s license, and maintain a clean driving record with the ability to pass a driving "
              "background check\n\nExcellent communication skills\n")
    assert "Driver's License" in found(passes, resources)
    from credstack.skills.requirements import is_boilerplate_clause

    assert is_boilerplate_clause("All offers are contingent upon a driving background check")


def test_the_employers_benefits_program_in_the_third_person_heads_its_perks():
    """A financial advisor's posting ran '... Northwestern Mutual is committed to offering its financial advisors a
    comprehensive compensation and benefits program which includes:Uncapped Income PotentialFlexibility of your
    scheduleLeadership OpportunitiesSponsorship of Licensing/Credentialing ...': the colon glued to a word the
    dictionary lacks was not cut, and the perks stayed in the desired skills as Leadership and Licensing."""
    from credstack.postings.glued import repair_glued

    assert repair_glued("a benefits program which includes:Uncapped Income PotentialFlexibility of your schedule") \
        == "a benefits program which includes:\nUncapped Income Potential\nFlexibility of your schedule"
    posting = ("Financial Advisor\n\nDesired Skills and Experience: Bachelor's degree preferred. Prior sales "
               "experience preferred.\n\nAcme is committed to offering its advisors a comprehensive compensation and "
               "benefits program which includes:\n\nUncapped Income Potential\n\nLeadership Opportunities\n\n"
               "Sponsorship of Licensing\n")
    kinds = section_kinds(posting)
    assert [str(k) for k in kinds.values()][-1] == "benefits"
    control = ("Financial Advisor\n\nDesired Skills and Experience: Bachelor's degree preferred. Prior sales "
               "experience preferred.\n\nThe role includes:\n\nClient meetings\n\nFinancial planning\n")
    assert "benefits" not in [str(k) for k in section_kinds(control).values()]


def test_a_standards_number_glued_to_the_next_items_first_word_parts_them():
    """A quality process analyst's posting ran 'Knowledge of ISO 9001Familiarity with ISO 27001Attention to Detail':
    the standards' numbers glued to the next items, which read as 'ISO 27001Attention to Detail'. A model's number
    glued to a word no item opens with stays as written."""
    from credstack.postings.glued import repair_glued

    assert repair_glued("Knowledge of ISO 9001Familiarity with ISO 27001Attention to Detail and problem-solving") \
        == "Knowledge of ISO 9001\nFamiliarity with ISO 27001\nAttention to Detail and problem-solving"
    assert repair_glued("Install Windows 2010Professional edition on the office laptops.") \
        == "Install Windows 2010Professional edition on the office laptops."


def test_commercial_property_databases_are_tools(resources):
    """A commercial real estate assistant's posting: 'utilizing the MLS, Loopnet, CoStar and other property marketing
    databases': the vocabulary knew neither database."""
    posting = ("Brokerage Assistant\n\nResponsibilities\n\n- Conducts research utilizing Loopnet, CoStar and other "
               "property marketing databases\n")
    assert {"LoopNet", "CoStar"} <= found(posting, resources)


def test_a_glued_list_of_strengths_with_hyphenated_words_is_parted():
    """A retail team lead's posting ran 'YOUR STRENGTHS :CollaborationOrganizationMulti-taskingIntegrityTime
    managementProblem-SolvingTaking initiative': its hyphenated words and the lower-case end of 'Time management'
    made each token look like one identifier, and nothing was parted. A programmer's identifier stays whole."""
    from credstack.postings.glued import repair_glued

    assert repair_glued("YOUR STRENGTHS :CollaborationOrganizationMulti-taskingIntegrityTime "
                        "managementProblem-SolvingTaking initiative") == (
        "YOUR STRENGTHS :Collaboration\nOrganization\nMulti-tasking\nIntegrity\nTime management\nProblem-Solving\n"
        "Taking initiative")
    assert repair_glued("Call XMLHttpRequest and getElementById in the browser.") \
        == "Call XMLHttpRequest and getElementById in the browser."
