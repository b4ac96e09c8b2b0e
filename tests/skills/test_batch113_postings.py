"""What batch 113's real adverts (bench/nontech_real.py --split held-occ103: UK job-board adverts of 2013, their
line breaks lost) and the misses they led back to showed. Synthetic adverts, with controls."""

from __future__ import annotations

from tests.skills.conftest import analyzed, posting_skills

from credstack.skills.requirements import judged_clause

ADVERT = ("Recruitment Consultant\n\nYou will have at least 18 months recruitment experience and strong negotiation "
          "skills. {tail}")
SECTORS = ("Our agency handles over 400 live vacancies. Sectors covered include Professional Recruitment such as "
           "Finance, Legal & HR, Commercial markets such as Office Support, Industrial, Driving, Hospitality & Catering, "
           "the Public Sector including Medical, Care, Education, Technical markets such as Media, Construction, "
           "Engineering, Energy & Environment, Telecoms and Pharmaceutical, as well as diverse areas such as Search "
           "and Supply Chain")


def test_every_item_of_a_long_list_is_judged_with_its_head():
    """An IT recruitment consultant's advert closed on the agency's own 'Sectors covered include ...' list, 420
    characters of it in one clause: the items past the first 150 characters were judged on their own, and the
    agency's sectors (catering, telecoms, pharmaceutical, supply chain) read as asked."""
    skills = posting_skills(ADVERT.format(tail=SECTORS))
    assert "Negotiation" in skills
    assert not {"Supply Chain Management", "Telecommunications", "Catering"} & skills
    text = SECTORS
    start = text.index("Supply Chain")
    assert judged_clause(text, start, start + len("Supply Chain")).startswith("Sectors covered include")


def test_a_long_clause_whose_opening_opens_no_list_is_judged_near_each_mention():
    run_on = ("Our agency handles over 400 live vacancies across the whole of the United Kingdom and Ireland for "
              "clients in every sector of the economy and at every level, Finance, Legal & HR, Office Support, "
              "Industrial, Driving, Hospitality, Medical, Care, Education, Media, Construction, Engineering, "
              "Energy, and Supply Chain")
    start = run_on.index("Supply Chain")
    assert not judged_clause(run_on, start, start + len("Supply Chain")).startswith("Our agency")


def test_a_sentence_after_the_lists_head_keeps_its_own_judgement():
    """Pieces of prose (a pronoun, a modal, a word of asking) are no list's items: the head does not reach them."""
    text = ("Our clients include banks, insurers, asset managers, pension funds, hedge funds, brokers and exchanges "
            "across Europe, and you will need strong Excel skills, a working knowledge of VBA, experience of SQL "
            "and the drive to succeed in a fast paced team environment with demanding deadlines and supply chain")
    start = text.index("supply chain")
    assert not judged_clause(text, start, start + len("supply chain")).startswith("Our clients include")



def test_the_language_of_the_speaker_hired_is_asked():
    """A Swiss German frontline agent's advert hired 'a Swiss German Speaking Frontline Agent': a language named
    as the speaker hired is asked wherever the sentence stands, an intro paragraph beside the headed
    requirements included, whatever the tagger makes of it."""
    posting = ("Sales Representative\n\nWe are looking for a French-speaking sales representative to join our "
               "Brussels team.\n\nRequirements:\n- 2 years B2B sales experience\n- Excellent negotiation skills\n")
    assert "French" in analyzed(posting)
    wanted = posting.replace("We are looking for a French-speaking sales representative to join our Brussels team.",
                             "German Speaking Customer Service Advisor required for our client in Belfast.")
    assert "German" in analyzed(wanted)


def test_the_clienteles_language_is_not_asked():
    posting = ("Registered Nurse\n\nOur clinic serves a Spanish-speaking community in Miami, and our Spanish-speaking "
               "patients come first.\n\nRequirements:\n- Current RN licence\n- 2 years acute care experience\n")
    assert "Spanish" not in analyzed(posting)


def test_outlook_beside_a_diary_or_a_calendar_is_the_program():
    """A personal assistant's advert asked to 'organise diaries for the management team using Outlook': no word of
    an office suite stood near, and the program went unread."""
    asked = "Personal Assistant\n\nDuties:\n- Organise diaries for the management team using Outlook\n"
    assert "Microsoft Outlook" in posting_skills(asked)
    assert "Microsoft Outlook" in posting_skills(asked.replace("Organise diaries", "Keep the director's calendar"))
    assert "Microsoft Outlook" not in posting_skills("Carer\n\nAbout you:\n- A positive Outlook and a caring nature\n")


def test_the_events_trade_in_capitals_and_shorthand_written_as_two_words():
    """A MICE sales and marketing manager's advert named the trade only as 'MICE'; a personal assistant's asked
    'Take minutes in meetings, short hand experience would be advantageous'."""
    events = "Events Sales Manager\n\nRequirements:\n- Sales experience in the MICE sector\n"
    assert "MICE (Meetings, Incentives, Conferences and Exhibitions)" in analyzed(events)
    lab = "Animal Technician\n\nRequirements:\n- Experience handling laboratory mice and rats\n"
    assert "MICE (Meetings, Incentives, Conferences and Exhibitions)" not in analyzed(lab)
    minutes = "Personal Assistant\n\nDuties:\n- Take minutes in meetings, short hand experience would be advantageous\n"
    assert "Shorthand Writing" in posting_skills(minutes)


def test_brackets_that_ask_inside_the_offer_are_judged_alone():
    """An information assurance consultant's advert put its one licence inside the benefits: 'a car allowance
    (current driving license and access to a suitable car is a requirement)'."""
    offer = ("Information Assurance Consultant\n\nYou will have experience of ISO 27001 and PCI DSS audits. The "
             "benefits package includes a company pension, private healthcare and a car allowance ({aside}).\n")
    assert "Driver's License" in analyzed(offer.format(aside="a current driving licence is a requirement"))
    assert "Driver's License" not in analyzed(offer.format(aside="driving licence costs refunded"))


def test_brackets_inside_a_screening_clause_keep_its_judgement():
    """A nurse's page asked for a 'Full vaccination history (must include full course of Hepatitis B vaccinations,
    ...)': a check on the candidate's record, which the clause around says; its brackets ask nothing new."""
    posting = ("Staff Nurse\n\nRequirements:\n- Current NMC registration\n- Full vaccination history (must include "
               "full course of Hepatitis B vaccinations, 2 MMR vaccinations and a BCG vaccination)\n")
    assert "Immunisation" not in analyzed(posting)


def test_the_condition_of_a_call_to_apply_asks():
    """A residential childcare worker's advert (batch 115) asked only in its last sentences, after 'In return ... can
    offer': 'If you are interested ..., are qualified to NVQ Level 3 and have some experience of supporting / caring
    for children and young people, then please call Emma ... or email your CV to ...'. The benefits and the contact
    line around it had taken it out of what was read."""
    advert = ("Residential Childcare Workers\n\nWe are recruiting residential childcare workers for a home in Powys. "
              "You will be acting as a role model for the young people. In return our client can offer an excellent "
              "benefits package and ongoing training. If you are interested in these opportunities, are qualified to "
              "NVQ Level 3 and have some experience of caring for children, then please call Emma on 01234 567890 "
              "or email your CV to jobs@example.com.\n")
    assert any(name.startswith("NVQ") for name in analyzed(advert))
    sage = ("Accounts Assistant\n\nWe are recruiting an accounts assistant for a busy office in Leeds. If you have "
            "experience of Sage and a good knowledge of Excel, please send your CV to jobs@example.com.\n")
    assert "Microsoft Excel" in analyzed(sage)
    question = ("Accounts Assistant\n\nRequirements:\n- 2 years bookkeeping experience\n\nIf you have any questions "
                "about Excel or the role, please call Emma on 01234 567890.\n")
    assert "Microsoft Excel" not in analyzed(question)
