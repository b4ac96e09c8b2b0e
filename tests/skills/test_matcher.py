"""Phrase matching on token boundaries, with context rules for ambiguous names."""

from __future__ import annotations

import pytest

from credstack.skills.languages import translations
from credstack.skills.matcher import load_context_rules, match_key, matcher_for
from credstack.skills.vocabulary import load_vocabulary


def names(text: str) -> list[str]:
    return [m.skill for m in matcher_for(load_vocabulary()).find(text)]


def surfaces(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for m in matcher_for(load_vocabulary()).find(text):
        found.setdefault(m.skill, m.surface)
    return found


@pytest.mark.parametrize("text, skill, surface", [
    ("Strong C++ and C# skills", "C++", "C++"),
    ("Strong C++ and C# skills", "C#", "C#"),
    ("Experience with .NET Core services", ".NET Core", ".NET Core"),
    ("We build with Node.js and React.js", "Node.js", "Node.js"),
    ("Own our CI/CD pipelines", "CI/CD", "CI/CD pipelines"),
    ("Run A/B testing programs", "A/B Testing", "A/B testing"),
    ("Kubernetes (k8s) clusters", "Kubernetes", "Kubernetes"),
    ("Data in Postgres", "PostgreSQL", "Postgres"),
    ("Proficient in MS Excel", "Microsoft Excel", "MS Excel"),
    ("Amazon Web Services experience", "AWS", "Amazon Web Services"),
    ("Design REST APIs", "REST APIs", "REST APIs"),
    ("Build data-pipelines", "Data Engineering", "data-pipelines"),
    ("Front end development", "Front-End Development", "Front end development"),
    ("Maintain relational databases", "Relational Databases", "relational databases"),
    ("Manage GA4 properties", "Google Analytics 4", "GA4"),
])
def test_tricky_names_are_found_with_their_exact_words(text, skill, surface):
    assert surfaces(text).get(skill) == surface


@pytest.mark.parametrize("text, absent", [
    ("C-level stakeholders and Grade C parts", "C"),
    ("Maths and English GCSE at grades A to C, and a PC", "C"),  # a grade range, not the language
    ("GCSEs (A*-C) in Maths; experience with Excel", "C"),
    ("To accept CPA responsibility for an allocated caseload of patients", "CPA"),  # the Care Programme Approach
    ("Service and repair Chevrolet and GMC trucks", "GMC Registration"),  # the car maker
    ("Our office in Palo Alto, CA 94301 is next to Caltrain", "Palo Alto Networks"),  # a town, as addresses write it
    ("Clinic in Palo Alto, California", "Palo Alto Networks"),
    ("You will excel at communication", "Microsoft Excel"),
    ("Get access to our gym; a word of advice", "Microsoft Access"),
    ("a word of advice", "Microsoft Word"),
    ("Ready to go above and beyond? Let's go!", "Go"),
    ("Spring 2025 internship", "Spring"),
    ("We value a swift response", "Swift"),
    ("R&D budget", "R"),
    ("Firmware and teaching: a C&G 730 teaching qualification for software trainers", "C"),  # City & Guilds
    ("He does what he says", "Design of Experiments"),
    ("Social security number required", "Cybersecurity"),
    ("Reporting to the CEO", "Reporting"),
    ("We are a German company", "German"),
    ("node.js in the js ecosystem", "JavaScript"),
    ("Join our Python team on an Epic journey. Epic wins every quarter!", "Epic Systems"),
])
def test_ordinary_words_are_not_skills(text, absent):
    assert absent not in names(text)


@pytest.mark.parametrize("text, present", [
    ("Backend services in Go, Python and PostgreSQL", "Go"),
    ("Statistical modeling in R and Python", "R"),
    ("iOS apps in Swift and Objective-C", "Swift"),
    ("Firmware in C and C++ for ARM microcontrollers", "C"),
    ("Firmware in C & C++ for ARM microcontrollers", "C"),  # a spaced "&" joins names, not initials
    ("Proficient in Excel and Word", "Microsoft Word"),
    ("Fluent in German and English", "German"),
    ("typescript javascript node.js react go", "Go"),  # a tag line needs no other context
    ("BS in Computer Science or a related degree", "Bachelor of Computer Science"),
    ("Document patient care in Epic and Cerner", "Epic Systems"),
    ("Administer medications and monitor vital signs", "Medication Administration"),
    ("Requirements:\n- CPA\n- Experience with NetSuite and month-end close", "CPA"),  # a finance skill beside it
    ("Licensed CPA with five years in public accounting", "CPA"),
    ("Manage Palo Alto, Fortinet and Cisco firewalls", "Palo Alto Networks"),
    ("Full GMC registration and MRCPsych; experience with patients in acute care", "GMC Registration"),
])
def test_ambiguous_names_in_context_are_skills(text, present):
    assert present in names(text)


def test_plurals_and_capital_stems():
    assert "APIs" in names("Design APIs and SDKs")
    assert "Databases" in names("tune databases")


def test_slash_and_hyphen_groups_are_one_mention():
    found = {m.skill: m.mention for m in matcher_for(load_vocabulary()).find("JavaScript/TypeScript and react-redux")}
    assert found["TypeScript"] == "JavaScript/TypeScript" and found["JavaScript"] == "JavaScript/TypeScript"
    assert found["React"] == "react-redux" and found["Redux"] == "react-redux"


@pytest.mark.parametrize(("text", "skill", "mention"), [
    ("Build services with JAX-WS.", "JAX", "JAX-WS"),
    ("Experience of angular-ngrx-data", "Angular", "angular-ngrx-data"),
    ("English-speaking customers", "English", "English-speaking"),
    ("cloud-based apps", "Cloud Computing", "cloud-based"),
    ("Python. Then Java-", "Python", "Python"),
])
def test_a_hyphenated_name_a_match_opens_is_its_mention(text, skill, mention):
    found = {m.skill: m.mention for m in matcher_for(load_vocabulary()).find(text)}
    assert found[skill] == mention


@pytest.mark.parametrize(("text", "skill", "mention"), [
    ("an excellent opportunity for a new CCT-holder to experience consultant practice", "CCT", "CCT"),
    ("We are EMDR-trained therapists.", "Eye Movement Desensitization and Reprocessing", "EMDR"),
    ("licence-holders and CCT-holders welcome", "CCT", "CCT"),
])
def test_a_persons_word_glued_after_a_name_is_no_part_of_its_mention(text, skill, mention):
    """'a new CCT-holder' (a consultant stroke physician advert): the certificate is the mention, the
    holder the person; 'EMDR-trained therapists' the same. 'English-speaking' and 'cloud-based' stay whole
    (above)."""
    found = {m.skill: m.mention for m in matcher_for(load_vocabulary()).find(text)}
    assert found[skill] == mention


def test_mentions_are_exact_substrings():
    text = "Skills: Python3, postgres; Amazon   Web-Services!"
    for match in matcher_for(load_vocabulary()).find(text):
        assert text[match.start:match.end] == match.surface
        assert match.mention in text


def test_every_context_rule_names_a_vocabulary_form():
    vocabulary = load_vocabulary()
    forms = {match_key(f) for s in vocabulary for f in (s.name, *s.aliases)}
    # or a name another language gives a skill ("permis", a driving licence in French)
    forms |= {match_key(f) for names in translations().values() for fs in names.values() for f in fs}
    missing = [form for form in load_context_rules().forms if form not in forms]
    assert not missing, missing


def test_huge_and_empty_text():
    assert names("") == []
    many = "Python and SQL. " * 50_000
    assert set(names(many)) == {"Python", "SQL"}


def test_unknown_tool_names_are_keyword_candidates_but_places_are_not():
    from credstack.skills.keywords import keyword_candidates

    text = "Current RN license in the State of Illinois; eligible to work in Canada; experience with Terragrunt and ClickHouse"
    found = keyword_candidates(text, [])
    assert "Terragrunt" in found and "ClickHouse" in found
    assert not {"Illinois", "Canada", "State"} & set(found)


def test_web_and_mail_addresses_name_no_skills():
    text = "Verify accreditation at https://www.ed.gov/accreditation or mail jobs@python-shop.io. HTTP and REST APIs"
    found = surfaces(text)
    assert found.get("HTTP") == "HTTP" and "REST APIs" in found  # the words outside the addresses count
    assert all(s not in ("https", "ed", "gov", "python") for s in found.values())


def test_accented_letters_are_part_of_a_word_but_scripts_without_spaces_border_names():
    matcher = matcher_for(load_vocabulary())
    found = {m.skill for m in matcher.find("- Réaliser des solutions; Résistance aux tensions; Études en Java")}
    assert "R" not in found and "Java" in found
    assert "Python" in {m.skill for m in matcher.find("Python経験3年以上、SQLの知識")}


def test_dotted_abbreviations_are_no_keywords():
    from credstack.skills.keywords import keyword_candidates

    # "i.e." and "e.g." have the inner dot of "Node.js" but are words: nothing a posting asks for
    found = keyword_candidates("Educated to degree level i.e. Diploma, e.g. BSc; 9 a.m. starts; Node.js, ASP.NET", [])
    assert "i.e" not in found and "e.g" not in found and "a.m" not in found
    assert {"BSc", "Node.js", "ASP.NET"} <= set(found)


def test_an_adjectives_plural_noun_has_no_singular_form():
    """"Vitals" are the vital signs; "vital" is an everyday adjective ("provide vital cover")."""
    from credstack.skills.matcher import singular_forms

    assert singular_forms("vitals") == []
    assert singular_forms("algorithms") == ["algorithm"]  # a noun's singular still matches
    names = {m.skill for m in matcher_for(load_vocabulary()).find("You will provide vital cover at weekends.")}
    assert "Vital Signs" not in names
    assert "Vital Signs" in {m.skill for m in matcher_for(load_vocabulary()).find("Record patients' vitals.")}


def test_british_spellings_of_the_vocabulary_match():
    """Postings from the UK, Australia, India and Canada write "sterilisation", "behavioural",
    "paediatric": the vocabulary's American forms match in those spellings too."""
    from credstack.skills.matcher import british_spellings

    assert british_spellings("Instrument Sterilization") == ["Instrument Sterilisation"]
    assert british_spellings("Size") == []  # too short a word to be an -ize verb
    found = {m.skill for m in matcher_for(load_vocabulary()).find(
        "Instrument sterilisation and behavioural health support.")}
    assert {"Sterile Processing", "Mental Health"} <= found


@pytest.mark.parametrize(("text", "found"), [
    ("Basic computer knowledge is required (word, excel, outlook etc.).",
     {"Microsoft Word", "Microsoft Excel", "Microsoft Outlook"}),
    ("proficient in excel and word", {"Microsoft Excel", "Microsoft Word"}),
    ("In a word, excel at customer service", set()),  # no computer's words near: plain words
    ("We word our outlook carefully", set()),
])
def test_office_programs_listed_in_lower_case_are_programs(text, found):
    office = {"Microsoft Word", "Microsoft Excel", "Microsoft Outlook"}
    assert set(names(text)) & office == found
