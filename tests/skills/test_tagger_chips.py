"""With the span tagger on, which of its new spans become skill chips: one synthetic posting per
trait a career coach would strike (a lone everyday word, a name's fragments, the modifiers of a
phrase cut short, a duty's verb, the employer's own, the job's title, text in another language),
each beside a real name the same rule must keep. The fake tagger marks given phrases, so the
rules are tested without the model."""

from __future__ import annotations

import numpy as np
import pytest
from tests.skills.test_tagger import FakeTagger

from credstack.credentials.catalog import load_catalog
from credstack.resources import Resources
from credstack.skills import TextKind, TextSection, extract_skills
from credstack.skills.linking import link_spans
from credstack.skills.model import SkillKind
from credstack.skills.plain_words import capital_explained, cut_short, plain_rank, rank, starts_a_duty
from credstack.skills.vocabulary import load_vocabulary


def chips(text: str, phrases: dict[str, str], kind: TextKind = TextKind.REQUIREMENTS, title: str = "",
          ranker=None) -> tuple[set[str], set[str], FakeTagger]:
    """(names of "other" chips, keyword phrases, the tagger) of one section read with a fake tagger."""
    tagger = FakeTagger(phrases)
    result = extract_skills([TextSection(kind, text, kind.value.title())], load_vocabulary(), ranker, tagger,
                            title=title)
    others = {s.name for s in result.skills if s.kind == SkillKind.OTHER}
    return others, {k.phrase for k in result.other_keywords}, tagger


@pytest.fixture
def ranker(fake_embedder, tmp_path, monkeypatch):
    monkeypatch.setattr("credstack.skills.linking.LINK_THRESHOLD", 1.01)  # bag-of-words vectors link loosely
    return Resources(load_vocabulary(), load_catalog(), str(tmp_path), fake_embedder).ranker


def test_word_ranks_follow_english_frequency_and_rare_names_have_none():
    assert rank("the") == 1
    assert rank("web") < rank("hospitality") < 30_000
    assert rank("laptops") == rank("laptop")  # a plural ranks as its singular
    for name in ("forklift", "phlebotomy", "Loggly", "Shapely", "meggers"):
        assert rank(name) is None


def test_a_capital_counts_only_where_the_sentence_does_not_explain_it():
    text = "- Tune detection rules\nExpert in Google Ads (Search, Shopping)"
    assert capital_explained(text, text.index("Tune"))
    assert not capital_explained(text, text.index("Shopping"))
    assert plain_rank("Shopping", text, text.index("Shopping"))[1] is True
    assert plain_rank("HEDIS", text, 0) is None and plain_rank("PineNet", text, 0) is None  # initials, CamelCase
    assert plain_rank("3G", text, 0) is None and plain_rank("web apps", text, 0) is None  # digits, two words


def test_a_lone_everyday_word_is_a_keyword_and_a_rare_tool_a_chip(ranker):
    # (where the candidate's experience is in them, "Experience in leisure or retail", such words are the field
    # asked: tests/skills/test_batch71_adverts.py)
    text = ("- Build features for web and mobile apps\n- Familiarity with Node.js on the server\n"
            "- Cover shifts in leisure or retail\n- Replace thermostats and controls\n"
            "- Log search with Loggly and geometry with Shapely\n- Inspect turbine blades with borescopes")
    phrases = {w: "knowledge" for w in ("web", "server", "leisure", "thermostats", "Loggly", "Shapely",
                                              "borescopes")}
    # ("hospitality" was the example until the vocabulary read it as the industry an ask names)
    others, keywords, _ = chips(text, phrases, ranker=ranker)
    assert {"thermostats", "Loggly", "Shapely", "borescopes"} <= others  # (a megger is a vocabulary tool now)
    assert not {"web", "server", "leisure"} & others
    assert {"server", "leisure"} <= keywords  # shown as also mentioned, outside the score
    assert "web" not in keywords  # among the 5,000 commonest words: not even a keyword


def test_a_common_capitalised_word_inside_a_sentence_is_no_chip_but_a_rarer_name_is():
    text = ("- Expert in Google Ads (Search, Shopping) and a SIEM (Splunk or Sentinel)\n"
            "- Bachelor's in Supply Chain, Business or Engineering\n- An ATS such as Greenhouse")
    phrases = {w: "knowledge" for w in ("Search", "Shopping", "Business", "Engineering", "Sentinel", "Greenhouse")}
    others, _, _ = chips(text, phrases)
    assert {"Sentinel", "Greenhouse"} <= others
    assert not {"Search", "Shopping", "Business", "Engineering"} & others


def test_a_name_the_tagger_split_in_two_is_one_chip():
    # ("arc flash" of "NFPA 70E arc flash training" was the example until it became a vocabulary name)
    text = "- Model reviews in Trimble Connect\n- Google Ads Performance Max campaigns"
    others, _, _ = chips(text, {"Trimble": "knowledge", "Connect": "knowledge", "Performance": "knowledge",
                                "Max": "knowledge"})
    assert {"Trimble Connect", "Performance Max"} <= others
    assert not {"Trimble", "Connect", "Performance", "Max"} & others


def test_modifiers_of_a_phrase_cut_short_are_no_chip():
    text = "- 5+ years with a commercial general contractor\n- Experience with role-based access control"
    others, _, _ = chips(text, {"commercial general": "knowledge", "access control": "knowledge"})
    assert "access control" in others and "commercial general" not in others
    assert cut_short("credit card", "Reconcile credit card accounts", 10, 21, frozenset())
    assert not cut_short("access control", "access control and audit", 0, 14, frozenset({"and"}))


def test_the_verb_opening_a_duty_is_no_chip():
    text = "- Orchestrate workflows with Apache Airflow\n- Document care in the EMR\n- Write jobs with Sidekiq"
    others, _, _ = chips(text, {"Orchestrate": "knowledge", "Document care": "knowledge", "Sidekiq": "knowledge"},
                         kind=TextKind.RESPONSIBILITIES)
    assert "Sidekiq" in others and not {"Orchestrate", "Document care"} & others
    assert starts_a_duty(text, text.index("Document")) and not starts_a_duty(text, text.index("Sidekiq"))
    # in requirements a line's first words are no verb: "Vanta or Drata experience"
    others, _, _ = chips("- Vanta or Drata experience", {"Vanta": "knowledge"})
    assert "Vanta" in others


def test_a_slash_between_initials_and_a_capitalised_name_parts_them():
    """"MT-BC/Neurologic Music Therapy Certificate" names two; "CI/CD pipelines", "UI/UX design" share
    their last word and "ER/emergency clinical experience" spells its letters out: one each."""
    text = ("- NMT/Neurologic Music Therapy Certificate\n- Build CI/CD pipelines\n- UI/UX design tools\n"
            "- ER/emergency clinical experience")
    others, _, _ = chips(text, {"NMT/Neurologic Music Therapy Certificate": "knowledge", "CI/CD pipelines": "knowledge",
                                "UI/UX design tools": "knowledge", "ER/emergency clinical experience": "knowledge"})
    assert {"NMT", "Neurologic Music Therapy Certificate"} <= others
    assert not {"CD pipelines", "UX design tools", "emergency clinical experience"} & others


def test_a_bare_number_ordinal_or_grade_is_no_chip():
    """"16th/17th edition": the slash leaves "16th" alone, a number that names nothing; a grade or
    band ("Grade C/4 or above") is the level asked of a qualification, not a skill."""
    text = ("- City & Guilds 16th/17th edition\n- Lomar metal detectors\n- 6G radio research\n"
            "- GCSE Maths and English (Grade C/4 or above)\n- Band 5 experience")
    others, _, _ = chips(text, {"16th": "knowledge", "Lomar metal detectors": "knowledge", "6G": "knowledge",
                                "Grade C/4": "knowledge", "Band 5": "knowledge"})
    assert {"Lomar metal detectors", "6G"} <= others and not {"16th", "Grade C/4", "Band 5"} & others


def test_a_measure_is_no_chip():
    """"power and control circuits (24V, 120V, 480V)", "lift 50 lbs": what a duty works on or lifts,
    not a skill; a name with a measure in it ("Fluke 87V meters") stays."""
    text = "- Diagnose power and control circuits (24V, 120V, 480V)\n- Lift up to 50 lbs\n- Fluke 87V meters"
    others, _, _ = chips(text, {"24V": "knowledge", "480V": "knowledge", "50 lbs": "knowledge",
                                "Fluke 87V meters": "knowledge"})
    assert "Fluke 87V meters" in others and not {"24V", "480V", "50 lbs"} & others


def test_the_employers_own_product_and_the_jobs_title_are_no_chips():
    text = "- Some Go for our ledger service\n- Security Guard experience\n- Licensed in the U.S\n- Pentaho"
    others, _, _ = chips(text, {"ledger service": "knowledge", "Security Guard": "knowledge", "U.S": "knowledge",
                                "Pentaho": "knowledge"}, title="Security Guard")
    assert others == {"Pentaho"}


def test_text_in_another_language_or_script_is_not_read_by_the_tagger():
    german = "- Mehrjährige Erfahrung in Java und Spring\n- Sehr gute Deutschkenntnisse\n- Teamfähigkeit und Kenntnisse in der Entwicklung"
    others, _, tagger = chips(german, {"Deutschkenntnisse": "knowledge", "Teamfähigkeit": "knowledge"})
    assert not others and not tagger.seen
    japanese = "- 日本語能力試験N3以上の方\n- 大崎駅周辺オフィスビルでのお仕事です"
    others, _, tagger = chips(japanese, {"大崎駅": "knowledge"})
    assert not others and not tagger.seen
    others, _, _ = chips("- Experience with Pentaho and Java", {"Pentaho": "knowledge"})
    assert others == {"Pentaho"}


class Near:
    """Embeddings under which every text sits right on one vocabulary skill (cosine 1)."""

    def __init__(self, name: str):
        self.name = name
        self.embedder = self

    def vocabulary_matrix(self):
        return [self.name], np.array([[1.0, 0.0]], dtype=np.float32)

    def encode(self, texts):
        return np.tile(np.array([1.0, 0.0], dtype=np.float32), (len(texts), 1))


def test_an_everyday_word_or_a_span_naming_another_thing_gets_no_nearest_link():
    vocabulary = load_vocabulary()
    (license_,) = link_spans(["license"], vocabulary, Near("A&P License"))
    assert license_.how == "new"  # "CPA required (active license)" is no aircraft licence
    (cpma,) = link_spans(["CPMA certification"], vocabulary, Near("CPR Certification"))
    assert cpma.how == "new"  # its own initials are not the skill's
    (charting,) = link_spans(["charting dashboards"], vocabulary, Near("Data Visualization"))
    assert (charting.how, charting.skill.name) == ("nearest", "Data Visualization")


def test_the_tagger_does_not_overrule_the_matcher_on_a_vocabulary_name():
    text = "- Differentiate instruction for English learners\n- Work across teams with Desmos"
    others, _, _ = chips(text, {"English": "knowledge", "teams": "knowledge", "Desmos": "knowledge"})
    result = extract_skills([TextSection(TextKind.REQUIREMENTS, text, "Requirements")], load_vocabulary(),
                            tagger=FakeTagger({"English": "knowledge", "teams": "knowledge"}))
    assert not {"English", "Microsoft Teams"} & {s.name for s in result.skills}
    assert others == {"Desmos"}


def test_a_span_naming_people_or_a_team_is_no_chip():
    """As for vocabulary matches: a field right before a role noun describes colleagues."""
    text = "- Work with Pentaho\n- Partner with Loggly engineers and the Kafka team"
    others, _, _ = chips(text, {"Pentaho": "knowledge", "Loggly": "knowledge"})
    assert others == {"Pentaho"}


def test_a_span_naming_alternatives_is_one_chip_per_alternative():
    text = "- Experience with an applicant tracking system (Ashby, Greenhouse or Lever)"
    others, _, _ = chips(text, {"Greenhouse or Lever": "knowledge", "Ashby": "knowledge"})
    assert {"Greenhouse", "Lever", "Ashby"} <= others
    assert "Greenhouse or Lever" not in others


def test_a_slash_between_phrases_of_several_words_parts_them_and_a_slashed_name_stays_whole():
    text = ("- Working knowledge of patient record systems/data bases\n"
            "- Experience with Gritware/Loggly\n- Knowledge of Zorblax Suite/Pro")
    others, _, _ = chips(text, {"patient record systems/data bases": "knowledge", "Gritware/Loggly": "knowledge",
                                "Zorblax Suite/Pro": "knowledge"})
    assert {"patient record systems", "data bases"} <= others
    assert "patient record systems/data bases" not in others
    assert {"Gritware/Loggly", "Zorblax Suite/Pro"} <= others  # one side a single word: as written


def test_a_lone_common_word_or_a_duty_s_lone_word_is_not_even_a_keyword(ranker):
    text = ("- Work safely in accordance with the Health and Safety at Work Act\n"
            "- Ensure adhering to policies at all times\n- Maintain boilers and calorifiers")
    phrases = {"Health": "knowledge", "Act": "knowledge", "of": "knowledge", "adhering": "skill",
               "boilers": "knowledge", "calorifiers": "knowledge", "Work safely": "skill"}
    others, keywords, _ = chips(text, phrases, ranker=ranker)
    assert not {"Health", "Act", "adhering"} & (keywords | others)
    assert "Work safely" in keywords  # a duty phrase stays an also-mentioned keyword
    assert {"calorifiers"} <= others | keywords


def test_conditions_of_employment_are_read_by_the_vocabulary_and_the_tagger_reads_only_qualifications_there():
    """The tagger reads an eligibility section's lines that ask for a qualification held (a certification,
    a rating, experience), not its rules of who may be hired."""
    from credstack.skills import extract_skills as extract

    tagger = FakeTagger({"Public Trust determination": "knowledge", "Pentaho": "knowledge",
                         "FAA/ATC specialist certification": "knowledge"})
    sections = [TextSection(TextKind.REQUIREMENTS, "- Experience with Pentaho", "Qualifications"),
                TextSection(TextKind.REQUIREMENTS, "- Selective Service Registration is required\n"
                            "- A favorable Public Trust determination\n"
                            "- Must possess current and valid FAA/ATC specialist certification\n"
                            "- A valid driver's license", "Conditions of Employment")]
    result = extract(sections, load_vocabulary(), None, tagger)
    names = {s.name for s in result.skills + result.context}
    assert "Pentaho" in names and "Public Trust determination" not in names
    assert any("ATC specialist certification" in s.name for s in result.skills)
    # the vocabulary still reads the section: its conditions are context, never skills
    assert {"Driver's License", "Selective Service Registration"} <= {s.name for s in result.context}
    assert "Selective Service Registration" not in {s.name for s in result.skills}
    assert not any("Public Trust" in t or "Selective Service" in t for t in tagger.seen)
