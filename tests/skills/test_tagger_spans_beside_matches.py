"""How the extractor reports a tagger span that the vocabulary covers only in part, or that ends
on a joining word: the page's own words beside the vocabulary's names stay candidates, trimmed
to their words. Synthetic postings, a fake tagger (``FakeTagger`` marks given phrases)."""

from __future__ import annotations

from tests.skills.test_tagger import FakeTagger

from credstack.skills import TextKind, TextSection, _beside_matches, extract_skills
from credstack.skills.linking import clean_bounds, clean_surface
from credstack.skills.matcher import Match
from credstack.skills.model import SkillKind
from credstack.skills.tagger import Span
from credstack.skills.vocabulary import load_vocabulary


def read(text: str, phrases: dict[str, str]) -> tuple[set[str], set[str]]:
    """(names of "other" skills, every mention reported) of one requirements section."""
    result = extract_skills([TextSection(TextKind.REQUIREMENTS, text, "Requirements")], load_vocabulary(),
                            tagger=FakeTagger(phrases))
    return ({s.name for s in result.skills if s.kind == SkillKind.OTHER},
            {m for s in result.skills for m in s.mentions})


def test_a_span_running_over_known_names_keeps_the_unknown_one_beside_them():
    text = "- Native apps in Swift Objective-C Pentaho\n- Knowledge of Loggly and Python"
    others, mentions = read(text, {"Swift Objective-C Pentaho": "knowledge", "Loggly and Python": "knowledge"})
    assert {"Pentaho", "Loggly"} <= others  # lost before: the span overlapped Swift's and Python's matches
    assert {"Swift", "Objective-C", "Python"} <= mentions
    assert not {"Swift Objective-C Pentaho", "Loggly and Python", "and"} & (others | mentions)


def test_a_span_the_vocabulary_covers_whole_is_left_to_it():
    text = "- Experience with Python"
    others, mentions = read(text, {"Python": "knowledge"})
    assert not others and "Python" in mentions
    spans = _beside_matches(Span(18, 24, "knowledge", 0.9), [Match("Python", 18, 24, "Python", "")], text)
    assert spans == []


def test_pieces_beside_matches_are_whole_words_without_their_joiners():
    text = "financial control and budget management, Swift Objective-C Cocoa"
    budget = Match("Budget Management", 22, 39, "budget management", "")
    (piece,) = _beside_matches(Span(0, 39, "knowledge", 0.9), [budget], text)
    assert text[piece.start:piece.end] == "financial control"
    # a match ending inside a word ("Java" of "JavaFX") leaves no fragment of it
    assert _beside_matches(Span(0, 6, "knowledge", 0.9), [Match("Java", 0, 4, "Java", "")], "JavaFX") == []


def test_a_span_ending_on_a_joining_word_is_its_words_alone():
    assert clean_surface("application data and ") == "application data"
    assert clean_surface("strong Python and") == "Python"
    assert clean_surface("Tools of the trade") == "Tools of the trade"
    text = "Expertise in application data and infrastructure architecture"
    start, end = clean_bounds(text, 13, 34)
    assert text[start:end] == "application data"
    # trimmed before the chip rules look past its end: no "cut short" phrase then
    others, _ = read("- Expertise in Pentaho data and infrastructure design", {"Pentaho data and": "knowledge"})
    assert "Pentaho data" in others



def test_a_run_on_clause_is_judged_near_the_span():
    """A page without full stops runs its lines into one clause: a recruiting cue hundreds of
    characters away neither blanks the line before the tagger reads it nor makes a span there the
    employer's (as for vocabulary matches); next to the cue it does."""
    filler = " and ".join(["acting as a lead in the design of test strategies"] * 8)
    text = f"Evidence of QA delivery with Pentaho {filler} Interview dates follow for Loggly"
    others, _ = read(text, {"Pentaho": "knowledge", "Loggly": "knowledge"})
    assert "Pentaho" in others and "Loggly" not in others


def test_the_lower_case_words_a_known_name_describes_are_no_chip():
    text = "- Lead ERP rollouts across sites\n- Native apps in Swift Objective-C Pentaho"
    others, mentions = read(text, {"ERP rollouts": "knowledge", "Swift Objective-C Pentaho": "knowledge"})
    assert "ERP" in mentions and "rollouts" not in others  # the head of "ERP rollouts" names nothing alone
    assert "Pentaho" in others  # a name after a name is its own
    # after a joining word the words are their own: "Python and/or Pentaho data"
    others, _ = read("- Python and/or Pentaho data", {"Python and/or Pentaho data": "knowledge"})
    assert "Pentaho data" in others


def test_a_place_and_an_everyday_word_left_beside_a_name_are_no_skill():
    # the licence is the vocabulary's (a condition of the job); "Full UK" names nothing
    text = "- Full UK driving licence and access to a car\n- Research with UK Biobank data"
    others, _mentions = read(text, {"Full UK driving licence": "knowledge", "UK Biobank": "knowledge"})
    assert "Full UK" not in others
    assert "UK Biobank" in others  # a place beside a name of its own stays


def test_a_span_inside_the_text_loses_its_leading_joining_word_too():
    # the leading filler was trimmed only at the very start of the text: '^' anchors at 0 whatever
    # the position a match starts from, so "and practices" became a skill of its own mid-sentence
    text = "Strong knowledge of school safety procedures, policies, and practices"
    start = text.index("and practices")
    assert text[slice(*clean_bounds(text, start, len(text)))] == "practices"
    start = text.index("Strong")
    assert text[slice(*clean_bounds(text, start, len(text)))].startswith("knowledge")
    others, _ = read("- Knowledge of safety procedures, policies, and Loggly", {"and Loggly": "knowledge"})
    assert "Loggly" in others and "and Loggly" not in others


def test_an_everyday_word_closing_a_capitalised_name_is_its_head_noun():
    """A span over "Terminal Air Traffic Control Procedures" whose vocabulary match is "Air Traffic
    Control": the capital of "Procedures" is the name's, and alone it names nothing (a US federal
    posting's chip). A rarer word after a name ("Compass" after "Excel") and a name after a name
    stay their own."""
    text = "- Knowledge of Terminal Air Traffic Control Procedures (ATC)\n- Excel Compass and Swift Pentaho"
    others, mentions = read(text, {"Terminal Air Traffic Control Procedures": "knowledge",
                                   "Excel Compass": "knowledge", "Swift Pentaho": "knowledge"})
    assert "Air Traffic Control" in mentions
    assert "Procedures" not in others
    assert {"Compass", "Pentaho"} <= others
