"""What batches 254 and 255's real postings (bench/nontech_real.py --split held-occ244, held-occ245: NHS Jobs
adverts) showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, mentions


def test_licence_holders_in_the_plural_are_asked_when_the_post_is_open_to_them(resources):
    """'We would welcome applications from ... experienced registered nurses, paramedics or pharmacists' (a clinical
    advisor's advert): the licences asked, named by their holders in the plural; the holders the post works with
    or the employer's own staff are no ask."""
    got = mentions("Clinical Advisor\n\nWe would welcome applications from capable and experienced registered nurses, "
                   "paramedics or pharmacists who have excellent communication skills.\n", resources)
    assert "registered nurses" in got.get("Registered Nurse", []), got
    assert "paramedics" in got.get("Paramedic License", []), got
    got = found("Staff Nurse\n\nThis is a band 6 post open to registered nurses.\n", resources)
    assert "Registered Nurse" in got, got
    got = found("Nursing Associate\n\nYou will work under the leadership of registered nurses. One of our "
                "Registered Nurses says the ward is friendly. The team includes pharmacists, doctors and "
                "paramedics.\n", resources)
    assert not {"Registered Nurse", "Paramedic License"} & got, got
    got = found("Accountant\n\nYou will be a member of the Association of Chartered Certified Accountants.\n",
                resources)
    assert "ACCA" in got, got  # a body's name in the plural names no holders


def test_from_the_holders_sought_helper():
    from credstack.skills.requirements import holders_sought

    for text in ("We are currently recruiting Registered Nurses", "An exciting opportunity has arisen for "
                 "motivated registered nurses", "An opportunity has become available for enthusiastic Registered Nurses", "Applicants should be HCPC registered dietitians",
                 "open to applications from Nurses, Social Workers and Occupational Therapists"):
        assert holders_sought(text, len(text) - len(text.split()[-1])), text
    for text in ("As a Trust we offer our Registered Nurses", "under the leadership of registered nurses",
                 "We are recruiting. Registered Nurses"):
        assert not holders_sought(text, len(text) - len(text.split()[-1])), text


def test_what_the_starter_will_be_offered_is_no_ask(resources):
    """'you will be offered mentorship and supervision from senior nursing colleagues': offered; an ask after the
    offer stays."""
    got = found("Community Practitioner\n\nThe team is a lively and friendly team where you will be offered "
                "mentorship and supervision from senior nursing colleagues.\n", resources)
    assert "Mentoring" not in got, got
    got = found("Staff Nurse\n\nRequirements\n\n- You must have sound decision making skills\n- Mentorship "
                "experience\n", resources)
    assert {"Decision Making", "Mentoring"} <= got, got


def test_the_treatments_a_ward_offers_are_no_ask(resources):
    """'The treatments and interventions offered include: ... trauma informed care' (an acute mental health ward's
    advert): the ward's services, listed under their lead-in; a list of what the post holder will do is asked."""
    got = found("Staff Nurses\n\nAn exciting opportunity has arisen for Band 5 Nurses.\n\nThe treatments and "
                "interventions offered include:\n\n- trauma informed care\n- discharge planning\n\nFor further "
                "details contact the ward manager.\n", resources)
    assert not {"Trauma-Informed Care", "Discharge Planning"} & got, got
    got = found("Staff Nurses\n\nThe activities you will undertake include:\n\n- trauma informed care\n- discharge "
                "planning\n", resources)
    assert {"Trauma-Informed Care", "Discharge Planning"} <= got, got


def test_a_benefits_list_led_in_by_you_will_have_access_to_is_no_ask(resources):
    """'You will also have access to the following staff benefits: ... Nursery on Site / Child Care Vouchers': the
    perks, no childcare skill asked ('You will ...' alone heads duties)."""
    got = found("Staff Nurse\n\nYou will also have access to the following staff benefits:\n- Car Lease Scheme\n"
                "- Nursery on Site / Child Care Vouchers\n", resources)
    assert "Childcare" not in got, got
    got = found("Nursery Nurse\n\nYou will:\n- provide child care for toddlers\n", resources)
    assert "Childcare" in got, got


def test_a_letter_of_initials_joined_by_an_ampersand_is_no_name():
    """'to the senior team and E & B pathway' (a psychologist's advert): the tagger read 'B pathway', a piece of
    the team's initials; a span after a word and "&" stays a name."""
    from credstack.skills import _initials_piece

    text = "the senior team and E & B pathway, R&D team and Health & Safety"
    assert _initials_piece(text, text.index("B pathway"))
    assert _initials_piece(text, text.index("D team"))
    assert not _initials_piece(text, text.index("Safety"))
    assert not _initials_piece(text, text.index("E & B"))


def test_a_lead_in_whose_colon_has_a_dash_heads_its_list(resources):
    """'Some of the duties include:- (Full training to be provided)' over a list of procedures (a community nurse's
    advert): the duties, as under 'Some of the duties include:'; the aside stays the first line under it."""
    from credstack.postings import parse_posting

    text = ("Community Nurse\n\nSome of the duties include:- (Full training to be provided)\n\n•\n\nDiabetes "
            "management\n\n•\n\nCatheterisation\n")
    sections = parse_posting(text).sections
    duties = [s for s in sections if s.heading == "Some of the duties include"]
    assert duties and duties[0].kind.value == "responsibilities", sections
    assert duties[0].text.startswith("(Full training to be provided)"), duties
    got = parse_posting("Nurse\n\nIn return we can offer you:-\n\n• Competitive relocation package\n").sections
    assert [s.text for s in got if s.kind.value == "benefits"] == ["- Competitive relocation package"], got


def test_whom_the_post_works_to_is_no_skill(resources):
    """'The post holder will work to the Assistant director, medicines optimisation' (a project officer's advert):
    the post's manager; 'work to the highest standards of infection control' asks, and so does what comes after
    the manager's title in a new clause ('accountable to the Deputy Chief Operating Officer, you must be highly
    organised')."""
    from credstack.skills.requirements import in_reporting_line

    text = "The post holder will work to the Assistant director, medicines optimisation and the Allied Professions Lead"
    start = text.index("medicines optimisation")
    assert in_reporting_line(text, start, start + len("medicines optimisation"))
    text = "You must work to the highest standards of infection control"
    start = text.index("infection control")
    assert not in_reporting_line(text, start, start + len("infection control"))
    got = found("Nurse\n\nRequirements\n\n- You must work to the highest standards of infection control\n", resources)
    assert "Infection Control" in got, got
    got = found("Manager\n\nAccountable to the Deputy Chief Operating Officer, you must be a highly organised "
                "person.\n", resources)
    assert "Organizational Skills" in got, got


def test_who_is_a_qualified_licence_holder_asks_the_licence(resources):
    """'We have an exciting opportunity to recruit for a second Senior Mental Health Practitioner who is a qualified
    RMN or RNLD, OT or Social Worker' (a CAMHS liaison advert): the employer's sentence, but it asks the licences."""
    got = found("Practitioner\n\nWe have an exciting opportunity to recruit for a second Senior Mental Health "
                "Practitioner who is a qualified RMN or RNLD. This post will provide liaison cover.\n", resources)
    assert "NMC Registration" in got, got
    got = found("Practitioner\n\nWe have a friendly team of RMN and RNLD staff. This post will provide liaison "
                "cover.\n", resources)
    assert "NMC Registration" not in got, got
