"""How strongly a posting asks for each skill, and the years of experience it states.

Rules as data (``data/requirement_cues.json``): a section's kind gives the default level, cue
phrases in the same clause override it, and a lead-in line such as "Bonus points if you have:"
sets the level of the lines under it.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from credstack.skills.linking import name_token
from credstack.skills.model import Requirement, TextKind, TextSection
from credstack.wordtrie import case_folded, trie_alternation

# A full stop after a company's "Inc", "Ltd", "Corp", "LLC" or "Co" ends no clause: "Acme & Associates,
# Inc. provides consulting services" is one sentence about the employer. The stop is matched before
# the words behind it are looked at: a pattern opening with look-behinds tries them at every
# character, one opening with the stop skips to the next stop (a SkillSpan posting's texts: 2.7 ->
# 0.6 ms, the same clause ends).
# A label in capitals with a colon inside a flat paragraph ("... Be up on their CPD hours DESIRED:
# 2 years of experience", "MUST: Be registered with ...") opens a clause of its own: the level it
# names is its list's, not the whole paragraph's. Initials written with dots end no clause before a word in
# lower case ("C.P.I.M/C.P.M. certificate preferred": the certificates are preferred).
_CLAUSE_END = re.compile(r"(?:\.(?<!\bInc\.)(?<!\bLtd\.)(?<!\bCorp\.)(?<!\bLLC\.)(?<!\bCo\.)"
                         r"(?!(?<=[A-Z]\.[A-Z]\.)[ \t]+[a-z])|[;!?])(?=\s|$)|\n"
                         r"|[ \t](?=[A-Z]{3,}(?:[ \t]?[&/][ \t]?[A-Z]{3,}|[ \t][A-Z]{3,}){0,3}:\s)")
# A web address with no full stop after it, before a capitalised word, ends its sentence too ("... Consultant
# James jamesclearselection.co.uk We are honest ... and truly passionate about Recruitment": the agency's
# own line, whose "We" opens it). So does an employer's name opening its equal opportunities line with no full stop
# before it ("A full driving licence is essential for this role Saga Healthcare Group is an equal opportunities
# employer": the licence was read as part of the legal notice), its name maybe blanked out as the employer's.
# Each is found by a search that skips to what it needs (a domain's dot, "equal opportunit"): as branches of
# the pattern above, tried at every space, they doubled its cost on SkillSpan postings.
_DOMAIN_END = re.compile(r"\.(?:com|org|net|gov|edu|uk)([ \t])(?=[A-Z][a-z])")
# A run-on sentence whose next one opens with "You" and a verb of asking, with no full stop between them
# ("... and an excellent benefit package You must be fluent in English AND at least one of the following
# languages: German, French, ...": the languages were read as the benefits clause's words).
_YOU_OPENS = re.compile(r"(?<=[a-z,)])([ \t]+)(?=You[ \t]+(?:must|will|should|need|have|are|may|would|can|['’]ll)\b)")
# So does one opening "This is ...", "This list ...", "This role ..." ("... Blood testing and ultrasound scanning This
# is not an exhaustive list of duties.": the duties were read in the legal notice's clause).
_THIS_OPENS = re.compile(r"(?<=[a-z,)])([ \t]+)(?=This[ \t]+(?:is|list|role|post|position|job)\b)")
# So does one opening a call to apply ("... at least 18 months experience working within Anaesthetics and Recovery
# If you would like to apply for this post please send in your CV", "Must have an active NMC Pin Number Must be able
# to complete an enhanced CRB check Salary: ... If you think you are suitable please apply": the asks were read in
# the call's clause, and dropped as recruiting words).
_IF_APPLY_OPENS = re.compile(r"(?<=[A-Za-z,)])([ \t]+)(?=If[ \t]+you[ \t]+(?:would[ \t]+like|are[ \t]+interested|"
                             r"wish|want|think|feel|believe)\b)")
# A full stop glued to the next sentence's capital ("... must be worn at all times.Must be able to read ..."), after
# a word of three small letters or more: "e.g.Word", "Node.Js" and "ASP.Net" are no sentence's end.
_GLUED_STOP = re.compile(r"\.(?<=[a-z]{3}\.)(?=[A-Z][a-z]{2,})")
# A hyphen glued to a word and typed for a full stop before the next sentence's opening pronoun ("... by a skilled,
# caring and passionate team- There has been a drive to improve both patient care ...": the ward's story was read
# in one clause with "It has had a challenging year", which names no employer).
_DASH_STOP = re.compile(r"(?<=[a-z]{2})-(?=[ \t]+(?:There|This|It|We|Our|They|These|Those|You)[ \t])")
_EQUAL_OPPORTUNITY = re.compile(r"equal[ \t]+opportunit")
_BEFORE_EQUAL = re.compile(r"[ \t](?=(?:[A-Z][\w&'.-]*[ \t]+){0,5}[ \t]*(?:is|are)[ \t]+an?[ \t]+$)")
EQUAL_REACH = 120  # characters before "equal opportunit" its subject is looked for in


@dataclass(frozen=True)
class Cues:
    section_levels: dict[TextKind, Requirement]
    preferred: re.Pattern
    required_strong: re.Pattern
    required_soft: re.Pattern
    candidate_asks: re.Pattern
    years: re.Pattern
    numbers: dict[str, int]
    descriptive: re.Pattern
    legal: re.Pattern
    role_noun: re.Pattern
    org_prefix: re.Pattern


def _with_curly(words: list[str]) -> list[str]:
    """``words`` and, for each written with an apostrophe, the same with a typographic one ("you'll
    need", "you\u2019ll need"): pages write either."""
    return [*words, *(w.replace("'", "\u2019") for w in words if "'" in w)]


def _phrases(words: list[str]) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{trie_alternation(_with_curly(words), ignore_case=True)})(?![\w])",
                      re.IGNORECASE)


# Words that ask only when said of something ("Attention to detail is critical", "critical to the role"),
# not as the adjective of a name after them ("Critical Care", "critical thinking", "business critical
# systems"): a word after them other than a joining one or a verb ("to", "for", "that"; "What is critical is
# your ability to use IT") is the name they qualify.
def _said_of(words: list[str]) -> str:
    return (rf"(?<![\w-])(?:{trie_alternation(_with_curly(words), ignore_case=True)})"
            r"(?![ \t]+(?!(?:to|for|that|in|and|or|if|when|as|is|are|was|were|here|because|since)\b)[^\W\d_])(?![\w])")


@lru_cache(maxsize=1)
def cue_data() -> dict:
    """``data/requirement_cues.json`` as read, once per process (every cue reader takes its part)."""
    return json.loads((resources.files("credstack") / "data" / "requirement_cues.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    data = cue_data()
    numbers = {k.lower(): int(v) for k, v in data["numbers"].items()}
    number = r"\d{1,2}(?:\.\d)?|" + "|".join(numbers)
    years = re.compile(
        rf"(?<![\w.])(?P<n>{number})\s*(?:\+|plus)?\s*(?:(?:-|–|to|or)\s*(?:{number})\s*)?\+?\s*"
        r"(?:years?|yrs?)(?:[’']s?)?(?![\w])(?=(?P<tail>[^\n.;]{0,60}))",
        re.IGNORECASE,
    )
    return Cues(
        section_levels={TextKind(k): Requirement(v) for k, v in data["section_levels"].items()},
        preferred=_phrases(data["preferred"]),
        required_strong=re.compile(rf"{_phrases(data['required_strong']).pattern}|{_said_of(data['required_strong_said_of'])}",
                                   re.IGNORECASE),
        required_soft=_phrases(data["required_soft"]),
        candidate_asks=_phrases(data["candidate_asks"]),
        years=years,
        numbers=numbers,
        descriptive=re.compile("|".join(f"(?:{p})" for p in data["descriptive_openers"])),
        # plain phrases, lower-cased by the trie and searched in the lower-cased clause (``_cue_in``)
        legal=re.compile(trie_alternation(_with_curly(data["legal"]), ignore_case=True)),
        org_prefix=re.compile(data["org_prefix"], re.IGNORECASE),
        # "DevOps engineers", "DevOps-Engineer"; never across a spaced dash ("SQL - Expert" rates the skill)
        role_noun=re.compile(r"^(?:-|[ \t]+)?(?:" + "|".join(re.escape(n) for n in data["role_nouns"])
                             + r")(?:s|es)?\b", re.IGNORECASE),
    )


@dataclass
class Segment:
    """A stretch of text scanned for skills, with the level its section gives."""

    text: str
    level: Requirement
    kind: TextKind


def segments(sections: list[TextSection]) -> list[Segment]:
    """Each section as text to scan, its heading first, with the requirement level its kind gives."""
    levels = load_cues().section_levels
    return [
        Segment(f"{s.heading}\n{s.text}" if s.heading else s.text, levels.get(s.kind, Requirement.UNSPECIFIED),
                s.kind)
        for s in sections if s.text.strip() or s.heading.strip()
    ]


# A clause longer than a person writes (thousands of names on one line, a page without
# punctuation) is read in windows of this many characters, the mention's own and one either side;
# mentions in the same window share one look at the cues, so a page's cost stays linear.
CLAUSE_REACH = 400


@lru_cache(maxsize=256)
def _clause_ends(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of every clause end in ``text``, found once per text (strings cache their
    hash, so looking the same text up again is cheap). A posting's analysis reads some twenty texts
    (its segments, the tagger's lines, their clauses) in turns: 16 kept thrashed."""
    spans = [m.span() for m in _CLAUSE_END.finditer(text)]
    more = [m.span(1) for m in _DOMAIN_END.finditer(text)]
    if " You " in text:
        more += [m.span(1) for m in _YOU_OPENS.finditer(text)]
    if " This " in text:
        more += [m.span(1) for m in _THIS_OPENS.finditer(text)]
    if " If you " in text:
        more += [m.span(1) for m in _IF_APPLY_OPENS.finditer(text)]
    more += [m.span() for m in _GLUED_STOP.finditer(text)]
    if "- " in text:
        more += [m.span() for m in _DASH_STOP.finditer(text)]
    if "opportunit" in text:
        for equal in _EQUAL_OPPORTUNITY.finditer(text):
            lo = max(0, equal.start() - EQUAL_REACH)
            more += [m.span() for m in _BEFORE_EQUAL.finditer(text, lo, equal.start())]
    if more:
        spans = sorted(set(spans) | set(more))
    return [a for a, _ in spans], [b for _, b in spans]


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """[lo, hi) of the clause holding the mention at [start, end): from the last clause end before
    it to the next one after it, at most ``CLAUSE_REACH`` characters either side."""
    starts, ends = _clause_ends(text)
    i = bisect.bisect_right(ends, start)
    lo = ends[i - 1] if i else 0
    if start and text[start - 1] in ".;!?":
        lo = start  # punctuation right before the mention closes the clause before it
    j = bisect.bisect_left(starts, end)
    hi = starts[j] if j < len(starts) else len(text)
    if hi - lo <= 3 * CLAUSE_REACH:
        return lo, hi
    block = (start - lo) // CLAUSE_REACH
    return max(lo, lo + (block - 1) * CLAUSE_REACH), min(hi, max(end, lo + (block + 2) * CLAUSE_REACH))


# Cue patterns searched in the lower-cased clause: a case-insensitive pattern that starts with an
# alternation makes Python's re try every branch at every position, while a case-sensitive one
# skips to the positions holding a possible first letter ("legal": 2,860 characters of plain
# phrases, 1.7 -> 0.4 ms a SkillSpan posting, the same answer on each of its 2,079 clauses).
_LOWERED = frozenset({"legal"})


@lru_cache(maxsize=4096)
def _cue_in(cue: str, clause: str) -> bool:
    """Whether the cue pattern named ``cue`` occurs in ``clause`` (each clause is looked at once,
    however many skills it names)."""
    return getattr(load_cues(), cue).search(clause.lower() if cue in _LOWERED else clause) is not None


@lru_cache(maxsize=4096)
def _years_in(clause: str) -> tuple[tuple[int, int, float, str], ...]:
    """(start, end of the number, years, the words after) of each "N years" in ``clause``."""
    cues = load_cues()
    found = []
    for m in cues.years.finditer(clause):
        n = _number(m.group("n"), cues)
        if n is not None and 0 < n <= 40:
            found.append((m.start(), m.end("n"), n, m.group("tail").lstrip().lower()))
    return tuple(found)


@lru_cache(maxsize=64)
def lead_in_levels(text: str) -> tuple[tuple[int, int, Requirement], ...]:
    """Spans governed by a lead-in line ("Nice to have:", "You must have:") -> their level.

    A lead-in holds until a blank line or the next lead-in. Remembered: the vocabulary's matches,
    the tagger's spans and the catalog's credential names read the same segments.
    """
    cues = load_cues()
    spans = []
    lines = list(re.finditer(r"[^\n]*", text))
    current: tuple[int, Requirement] | None = None
    for m in lines:
        line = m.group().strip()
        if not line:
            if current and m.start() < len(text):
                spans.append((current[0], m.start(), current[1]))
                current = None
            continue
        if line.endswith(":") and len(line) < 120:
            level = None
            if cues.preferred.search(line):
                level = Requirement.PREFERRED
            elif cues.required_strong.search(line) or cues.required_soft.search(line):
                level = Requirement.REQUIRED
            if level is not None:
                if current:
                    spans.append((current[0], m.start(), current[1]))
                current = (m.end(), level)
    if current:
        spans.append((current[0], len(text), current[1]))
    return tuple(spans)


def level_at(text: str, start: int, end: int, base: Requirement, lead_ins) -> Requirement:
    """The requirement level of a mention at [start, end) of a segment's text."""
    i = bisect.bisect_right(lead_ins, (start, float("inf"))) - 1  # spans are sorted and disjoint
    if i >= 0 and lead_ins[i][0] <= start < lead_ins[i][1]:
        base = lead_ins[i][2]
    own = _item_level(text, end)
    if own is not None:
        return own
    c_lo, c_hi = clause_bounds(text, start, end)
    clause = _own_part(text[c_lo:c_hi], start - c_lo)
    if _cue_in("preferred", clause):
        return Requirement.PREFERRED
    if _cue_in("required_strong", clause):
        return Requirement.REQUIRED
    if base == Requirement.UNSPECIFIED and _cue_in("required_soft", clause):
        return Requirement.REQUIRED
    return base


# Where a clause turns to what would be nice besides what it asks: "It is essential that you hold a
# teaching qualification and ideally you will have 6 weeks recent experience".
_THEN_IDEALLY = re.compile(r"(?:,|\band\b|\bbut\b)[ \t]+(?:ideally|preferably|optionally)\b", re.IGNORECASE)


def _own_part(clause: str, at: int) -> str:
    """The part of ``clause`` a mention at offset ``at`` belongs to, when the clause goes on with
    what it would ideally have (``_THEN_IDEALLY``): a mention before the turn is judged on the words
    before it, one after on the rest."""
    folded = clause.lower()
    if "ideally" not in folded and "preferably" not in folded and "optionally" not in folded:
        return clause
    turn = _THEN_IDEALLY.search(clause)
    if turn is None:
        return clause
    return clause[:turn.start()] if at < turn.start() else clause[turn.start():]


_ITEM_END = re.compile(r"[,;\n]")
_BRACKETED = re.compile(r"\(([^()\n]{1,40})\)")
MAX_ITEM_TAIL = 60


def _item_level(text: str, end: int) -> Requirement | None:
    """The level an item of a list states for itself in brackets after the name: "SQL - Expert
    (Must have), Github (Nice to have)" asks for SQL and would like Github, whatever the other
    items of the line say."""
    tail = text[end:end + MAX_ITEM_TAIL]
    stop = _ITEM_END.search(tail)
    tail = tail[:stop.start()] if stop else tail
    for m in _BRACKETED.finditer(tail):
        inner = m.group(1)
        if _cue_in("preferred", inner):
            return Requirement.PREFERRED
        if _cue_in("required_strong", inner):
            return Requirement.REQUIRED
    stated = _LEVEL_AFTER.match(text, end)
    if stated is not None:  # "Bachelor’s degree required, Business related degree preferred"
        word = stated.group("word")
        if _cue_in("preferred", word):
            return Requirement.PREFERRED
        if _cue_in("required_strong", word):
            return Requirement.REQUIRED
    return None


# The level an item states right after its name, the item ending there: "Bachelor’s degree required, Business
# related degree preferred", "Python is a must; Go a plus".
_LEVEL_AFTER = re.compile(r"[ \t]*(?:(?:is|are)[ \t]+)?(?:(?:strongly|highly|very)[ \t]+)?"
                          r"(?P<word>required|mandatory|essential|a must|must[ -]have|preferred|desired|desirable|"
                          r"optional|a plus|an advantage|nice[ -]to[ -]have)[ \t]*(?=[,;.\n]|$)", re.IGNORECASE)


def years_at(text: str, start: int, end: int) -> float | None:
    """Years of experience a clause asks for this mention ("4+ years of SQL", "SQL (3 years)")."""
    c_lo, c_hi = clause_bounds(text, start, end)
    best = None
    for m_start, n_end, n, tail in _years_in(text[c_lo:c_hi]):
        p_start, p_end = c_lo + m_start, c_lo + n_end
        describes_experience = (tail.startswith(("of", "experience", "in ", "with", "using", "working",
                                                 "professional", "hands", "relevant", "industry", "+"))
                                or "experience" in tail[:30])
        if start >= p_end and describes_experience:
            best = n  # "5+ years of experience with Java, Spring": every skill after the phrase
        elif end <= p_start and p_start - end <= 25 and (
                re.match(r"^[\s:(\-–,]*$", text[end:p_start])
                or (_YEARS_JOINED.match(text[end:p_start]) and _GENERAL_EXPERIENCE.match(tail))):
            # "Java (5+ years)", "SQL - 3 years"; "Bachelor's degree plus 12+ years of related experience or
            # Master's degree plus 10+ years of related experience": each alternative's own years
            best = n
    return best


# a mention joined to the years of experience that are its own: "Master's degree plus 10+ years of
# related experience", "MS with 4+ years of relevant experience" (not "Java and 3 years of Python")
_YEARS_JOINED = re.compile(r"^\s*,?\s*(?:plus|with|\+)\s+(?:a\s+)?(?:minimum\s+of\s+|at\s+least\s+)?$", re.IGNORECASE)
_GENERAL_EXPERIENCE = re.compile(
    r"^(?:of\s+)?(?:\w+\s+){0,2}?(?:work\s+)?experience\b|^(?:of\s+)?(?:related|relevant)\b")


def _number(text: str, cues: Cues) -> float | None:
    text = text.lower()
    if text in cues.numbers:
        return float(cues.numbers[text])
    try:
        return float(text)
    except ValueError:
        return None


# A clause longer than this is run-on text (a page flattened without punctuation, a list whose items
# run together): its legal and how-to-apply cues are judged near each mention only, so
# "...Git, Java and Python ... Please submit your application..." still asks for Git.
RUN_ON_CLAUSE = 300
RUN_ON_REACH = 150


def clause_text(text: str, bounds: tuple[int, int]) -> str:
    """The words of the clause at ``bounds`` (``clause_bounds``), without list marks at its edges."""
    return text[bounds[0]:bounds[1]].strip(" \t-*•:")


# A clause that only goes on with what the one before it names ("... specialist teams caring for
# children with complex conditions. These include metabolic disease, oncology, ..."): it is judged
# with that clause, a description when that one describes, a duty when it is a duty.
_GOES_ON = re.compile(r"\W*(?:these|they|this)[ \t]+(?:include|includes|cover|covers|range[ \t]+from)\b", re.IGNORECASE)


def judged_clause(text: str, start: int, end: int) -> str:
    """The words a mention's boilerplate cues are read in: its clause, or for a run-on clause the
    ``RUN_ON_REACH`` characters either side."""
    lo, hi = clause_bounds(text, start, end)
    if lo > 1 and _GOES_ON.match(text, lo):  # "These include X": said of what the clause before names
        before = clause_bounds(text, lo - 2, lo - 1)[0]
        judged = _judged(text, before, min(lo - 1, before + RUN_ON_REACH)) + " " + _judged(text, start, end, (lo, hi))
    else:
        judged = _judged(text, start, end, (lo, hi))
    aside = _asking_aside(text, start, end, lo, hi)
    if aside and _offered(judged):
        return aside  # "The benefits package includes ... (a current driving licence is a requirement)"
    if not is_boilerplate_clause(judged):
        return judged
    condition = _condition_asked(text, start, end, lo, hi)
    if condition:
        return condition  # "If you have experience of Sage ..., please send your CV": the condition asks
    own = _joined_part(text, start, end, lo, hi)
    if own and asks_strongly(own) and not is_boilerplate_clause(own):
        return own  # "A full driving licence is essential and DVLA checks will be carried out"
    return judged


# Where one clause is joined to another ("A full driving licence is essential and DVLA checks will be carried out
# as will an enhanced DBS check", "DVLA checks will be carried out and a full driving licence is essential"):
# "and"/"but"/"whilst" between a verb's words and a new subject.
_JOIN = re.compile(r"[ \t]*,?[ \t]+(?:and|but|while|whilst)[ \t]+", re.IGNORECASE)


def _joined_part(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """The part of a mention's clause between the joins (``_JOIN``) around it, '' when the clause has
    none: a strong ask there is the mention's own, whatever the employer's part beside it says."""
    joins = [m for m in _JOIN.finditer(text, lo, hi) if m.end() <= start or m.start() >= end]
    if not joins:
        return ""
    part_lo = max((m.end() for m in joins if m.end() <= start), default=lo)
    part_hi = min((m.start() for m in joins if m.start() >= end), default=hi)
    return text[part_lo:part_hi]


# "If you have ..., please apply": the condition of a call to apply, and what follows it.
_IF_YOU = re.compile(r"(?i)\bif[ \t]+you(?:'re|'ve|\u2019re|\u2019ve|[ \t])")
_THEN_APPLY = re.compile(r"(?i)(?:,|[ \t])[ \t]*(?:then[ \t]+)?(?:please|apply|call|send|get[ \t]+in[ \t]+touch|"
                         r"contact|click|e-?mail|(?:do[ \t]+not|don'?t|don\u2019t)[ \t]+hesitate|"
                         r"we[ \t]+(?:want|would|'d)|"
                         r"this[ \t]+(?:could|may|might|is)|you[ \t]+(?:could|may|might)[ \t]+be)\b")
CONDITION_REACH = 400


def _condition_asked(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """The condition of a call to apply that a mention stands in, when it asks the candidate ("If you are
    interested ..., are qualified to NVQ Level 3 and have some experience of caring for children, then
    please call ..."): judged alone, the apply cue after it does not make it boilerplate. '' otherwise."""
    openings = _if_you_at(text)
    i = bisect.bisect_left(openings, start) - 1  # the last "if you" before the mention
    if i < 0 or openings[i] < max(lo, start - CONDITION_REACH):
        return ""
    then = _THEN_APPLY.search(text, end, min(hi, end + CONDITION_REACH))
    if then is None:
        return ""
    condition = text[openings[i]:then.start()]
    return condition if QUALIFIED_IF.search(condition) else ""


@lru_cache(maxsize=256)
def _if_you_at(text: str) -> tuple[int, ...]:
    """Where "if you" opens a condition in ``text``, found once per text: every mention's judged clause
    asks (``_condition_asked``), and most texts hold none."""
    return tuple(m.start() for m in _IF_YOU.finditer(text))


def applying_condition(sentence: str) -> str:
    """The condition that opens a call to apply and names what the candidate holds ("If you have experience
    of Sage and a good knowledge of Excel" of "..., please send your CV to jobs@acme.co.uk"), '' when none."""
    qualified = QUALIFIED_IF.search(sentence)
    if qualified is None:
        return ""
    then = _THEN_APPLY.search(sentence, qualified.end())
    return sentence[qualified.start():then.start() if then else len(sentence)]


# A condition that names what the candidate holds ("If you are qualified to NVQ Level 3 and have some
# experience of ...", "If you have a good knowledge of Sage"), not a question or an interest ("If you
# have any questions about Excel", "If you are interested in this role").
QUALIFIED_IF = re.compile(
    r"(?i)\bif[ \t]+you\b[^.!?\n]{0,200}?\b(?:(?:are|'re|\u2019re)[ \t]+(?:fully[ \t]+)?qualified|hold|possess|"
    r"have[ \t]+(?:(?:a|an|the|some|good|proven|previous|recent|strong|solid|relevant|extensive|excellent|sound|"
    r"plenty[ \t]+of)[ \t]+)*(?:experience|knowledge|qualifications?|background|licen[cs]e|degree|skills|"
    r"understanding|certificat\w+|NVQ)|"
    r"(?:are|'re|\u2019re)[ \t]+(?:an?[ \t]+)?(?:experienced|qualified|registered|certified|licensed))\b")


def _offered(clause: str) -> bool:
    """A clause of the employer's offer or story, whose brackets may still ask (not a screening or legal
    clause: "Full vaccination history (must include ...)" is a check on the candidate, no skill)."""
    from credstack.skills.employer import is_employer_clause

    return is_employer_clause(clause) or is_descriptive_clause(clause)


def _asking_aside(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """The brackets around a mention, inside its clause, when they ask on their own ("The benefits package
    includes ... a car allowance (current driving license and access to a suitable car is a
    requirement)"): in an offer (``_offered``) the aside is judged alone. '' otherwise. Not in a clause
    that asks already: "Full vaccination history (must include ... Hepatitis B vaccinations)" is the
    candidate's record, which the clause around says."""
    opening = text.rfind("(", lo, start)
    if opening < 0 or text.find(")", opening, start) >= 0:
        return ""
    closing = text.find(")", end, hi)
    if closing < 0:
        return ""
    aside = text[opening + 1:closing]
    return aside if len(aside) <= 200 and asks_strongly(aside) else ""


def _judged(text: str, start: int, end: int, bounds: tuple[int, int] | None = None) -> str:
    """``judged_clause`` without the clause before: the mention's clause (``bounds`` when known), or
    for a run-on one the ``RUN_ON_REACH`` characters either side, on whole words."""
    lo, hi = bounds or clause_bounds(text, start, end)
    if hi - lo > RUN_ON_CLAUSE:
        head = _list_head(text, lo, start)
        lo, hi = max(lo, start - RUN_ON_REACH), min(hi, end + RUN_ON_REACH)
        if head:
            return head + " " + _judged(text, start, end, (lo, hi))
        # whole words only: a word cut in two reads as another ("our" of "keeping your skills up to date")
        while 0 < lo < start and text[lo - 1].isalnum() and not text[lo].isspace():
            lo += 1
        while end < hi < len(text) and text[hi].isalnum() and not text[hi - 1].isspace():
            hi -= 1
    return clause_text(text, (lo, hi))


# The items of a long list run on after its head ("Sectors covered include Professional Recruitment such
# as Finance, Accountancy & Banking, Legal & HR, ... and Supply Chain"): a head that opens a list, then
# short pieces between commas, none of them a sentence of its own (no pronoun, modal or word of asking).
_OPENS_A_LIST = re.compile(r"(?i)\b(?:include[sd]?|including|such as|cover(?:s|ed|ing)?|rang(?:e|es|ing) from)\b|:")
_LIST_PIECE_WORDS = 10
LIST_REACH = 1500  # no list's head is looked for further back: a flattened page's clause can be its whole text
_NOT_AN_ITEM = re.compile(r"(?i)\b(?:you|your|we|our|will|must|should|shall|can|could|would|may|able|ability|"
                          r"experience[ds]?|knowledge|skills?|required?|essential|desirable|ideally|preferred|"
                          r"responsible|is|are|was|were|be|have|has)\b")


def _list_head(text: str, lo: int, start: int) -> str:
    """The opening of a run-on clause that is a list's head, when the words from it to ``start`` are
    only the list's items (``_LIST_PIECE_WORDS`` words at most each, none a sentence): the head's
    cues judge every item, however far down the list. '' otherwise, and when the mention is in reach
    of the opening anyway."""
    if not RUN_ON_REACH < start - lo <= LIST_REACH:
        return ""
    head_end = lo + RUN_ON_REACH // 2
    while head_end < start and text[head_end].isalnum():
        head_end += 1
    if not _OPENS_A_LIST.search(text, lo, head_end) or _NOT_AN_ITEM.search(text, head_end, start):
        return ""
    pieces = re.split(r"[,;]", text[head_end:start])
    if len(pieces) < 2 or any(len(piece.split()) > _LIST_PIECE_WORDS for piece in pieces[1:-1]):
        return ""
    return clause_text(text, (lo, head_end))


def clause_of(text: str, start: int, end: int) -> str:
    return clause_text(text, clause_bounds(text, start, end))


@lru_cache(maxsize=16)
def _around_cues(key: str) -> tuple[tuple[re.Pattern, ...], tuple[re.Pattern, ...]]:
    """The patterns of requirement_cues.json's ``key`` read before a mention and after it."""
    cues = cue_data()[key]
    return tuple(re.compile(p) for p in cues["before"]), tuple(re.compile(p) for p in cues["after"])


def in_domain_slot(text: str, start: int, end: int) -> bool:
    """True when the words around a mention make it the domain of the work, not a skill asked
    for: "selling HR or payroll software", "content for finance and accounting audiences",
    "recruiting for robotics roles", "experience in the biotech industry"."""
    if (_POST_AFTER.match(text, end) or _POST_END.search(text, start, end)) \
            and _PAST_ROLE_BEFORE.search(text, max(0, start - 80), start):
        return False  # "2 years experience in a customer service role": the field of a past post, asked
    lo, hi = clause_bounds(text, start, end)
    before_patterns, after_patterns = _around_cues("domain_slot")
    before, after = text[max(lo, start - 120):start], text[end:min(hi, end + 120)]
    return any(p.search(before) for p in before_patterns) or any(p.search(after) for p in after_patterns)


# "experience in an online customer service role", "years in a sales position": a past post named by its field
# (``_PAST_ROLE_BEFORE`` before it); an industry, sector or setting after it is the work's domain
_POST_AFTER = re.compile(r"(?i)[ \t]+(?:role|position|capacity|post|job)s?\b")
_POST_END = re.compile(r"(?i)[ \t](?:role|position|capacity|post|job)s?$")  # the name holds it: "scrub role"


# Words coordinated with a mention right before it: "marketplace or [logistics]", "FP&A, [...]".
_COORDINATED_BEFORE = re.compile(r"(?i)(?:[\w&/'’.+-]+,?\s+){1,6}(?:and/or|or|&|and)\s+$|(?:[\w&/'’.+-]+\s*,\s*){1,6}$")
_COORDINATED_AFTER = re.compile(r"(?i)^(?:\s*,\s*(?:(?:and/or|or|and|&)\s+)?|\s+(?:and/or|or|and|&)\s+)[^,.;:()]{1,40}")
_ALTERNATIVES = re.compile(r"(?i)\b(or|and/or)\b|/")


@dataclass(frozen=True)
class BackgroundSlot:
    """A mention named as a background or the employer's domain, with the list it belongs to."""

    items: str  # the coordinated words the mention is one of ("FP&A, corporate finance or investment banking")
    alternative: bool  # one of several either/or fields ("X, Y or Z experience")


def background_slot(text: str, start: int, end: int) -> BackgroundSlot | None:
    """The background slot a mention sits in, if any: "experience in higher education", "3+ years
    in FP&A, corporate finance or investment banking", "marketplace or logistics experience",
    "servers for teaching and research". Whether that makes it a background is for the caller to
    decide (a field the job itself is, such as Teaching for a teacher, stays a skill)."""
    lo, hi = clause_bounds(text, start, end)
    before_patterns, after_patterns = _around_cues("background_slot")
    before, after = text[max(lo, start - 120):start], text[end:min(hi, end + 120)]
    lead = next((m for p in before_patterns if (m := p.search(before))), None)
    tail = next((m for p in after_patterns if (m := p.search(after))), None)
    if lead is None and tail is None:
        return None
    if lead is not None:
        head = before[lead.start("items"):] if "items" in lead.re.groupindex else ""
    else:
        coordinated = _COORDINATED_BEFORE.search(before)
        head = coordinated.group(0) if coordinated else ""
    rest = after[:tail.start("noun")] if tail is not None and "noun" in tail.re.groupindex else ""
    if lead is not None and tail is None:
        following = _COORDINATED_AFTER.match(after)
        rest = following.group(0) if following else ""
    items = (head + text[start:end] + rest).strip(" ,")
    return BackgroundSlot(items, bool(_ALTERNATIVES.search(head + " " + rest)))


def degree_offered(text: str, start: int, end: int) -> bool:
    """True when a degree named at [start, end) is what the job leads to, not one it asks for: a
    doctoral post's own programme ("A 3-year PhD scholarship", "This PhD project focuses on",
    "enrolled in the PhD programme", "We offer a challenging Ph.D.")."""
    lo, _hi = clause_bounds(text, start, end)
    before_patterns, after_patterns = _around_cues("degree_offered")
    before, after = text[max(lo, start - 120):start], text[end:end + 40]
    return any(p.match(after) for p in after_patterns) or any(p.search(before) for p in before_patterns)


VALUES_REACH = 300  # how far back in its clause a mention's list of values may start


def in_values_list(text: str, start: int, end: int) -> bool:
    """True when the mention at [start, end) is an item of the employer's list of its values ("our
    key values of Caring, Teamwork, Professionalism and Innovation", "personal values that match
    those values of the Trust of respect, integrity, teamwork"): what the employer stands for, not a
    skill asked (requirement_cues.json ``values_list``); so is a name right before "values" ("in line with
    the Royal Free care values"): the name of the employer's values."""
    if _NAMES_VALUES.match(text, end) is not None:
        return True
    if "values" not in text[max(0, start - VALUES_REACH):start].lower():
        return False  # the clause is not even looked for (most mentions)
    lead = bullet_lead_in(text, start)
    if lead is not None and _VALUES_LEAD_IN.search(lead):
        return True  # "our company values:" over "- Leadership", "- Customer Focussed"
    lo, _hi = clause_bounds(text, start, end)
    before = text[max(lo, start - VALUES_REACH):start]
    return "values" in before.lower() and any(p.search(before) for p in _around_cues("values_list")[0])


_NAMES_VALUES = re.compile(r"[ \t]+values\b", re.IGNORECASE)  # after a mention: it names values
# A lead-in line that introduces the employer's values ("In order to achieve this, we strongly believe in
# our company values:") over a bulleted list of them
_VALUES_LEAD_IN = re.compile(r"(?i)\b(?:our|its|the)[ \t]+(?:\w+[ \t]+){0,2}values[ \t]*(?:are|include)?[ \t]*:$")


LEAD_IN_REACH = 3000  # how far above an item its list's lead-in may stand (a long list: no lead-in read)


def bullet_lead_in(text: str, start: int) -> str | None:
    """The line a bulleted item holding ``start`` hangs from: the nearest line above its list (past
    other items and blank lines, within ``LEAD_IN_REACH`` characters) when it ends in ":"; None for
    text that is no such item."""
    line = text.rfind("\n", 0, start) + 1
    if not text.startswith("- ", line):
        return None
    while line > max(0, start - LEAD_IN_REACH):
        above = text.rfind("\n", 0, line - 1) + 1
        words = text[above:line - 1]
        if words.startswith("- ") or not words.strip():
            line = above
            continue
        words = words.rstrip()
        return words if words.endswith(":") else None
    return None


NOT_ASKED_REACH = 120  # how far back in its clause a reporting line or a promise of training may start


def in_reporting_line(text: str, start: int, end: int) -> bool:
    """True when the mention at [start, end) names whom the post reports to ("Report to the
    supervisor and operations management", "reports directly to the Finance Director"): someone's
    post or team, not a skill asked (requirement_cues.json ``reporting_line``)."""
    return _before_matches("reporting_line", text, start, end, _REPORTING_LEADS)


# Words one of which the text before a mention holds for ``in_reporting_line`` to read its clause.
_REPORTING_LEADS = ("report", "work to ", "works to ", "working to ", "accountable to ", "responsible to ")


def taught_on_the_job(text: str, start: int, end: int) -> bool:
    """True when the mention at [start, end) is what the employer will train the starter in ("You
    will be fully trained in safe driving practices") or support them with ("Newly qualified
    physiologists will be supported by a friendly team, strong leadership and ...") or will provide
    them ("In return, we will provide you with robust local induction, one to one clinical
    supervision") or will award at the end of its course ("On completion of your apprenticeship you will
    receive ... Functional Skills English, Maths"): given, not asked of the candidate (requirement_cues.json
    ``taught_on_the_job``); so is what the text says is provided, right after it ("with appropriate training
    and PPE provided", "Uniforms are provided")."""
    provided = _PROVIDED_AFTER.match(text, end)
    if provided is not None and (provided.group(1) or _PROVIDED_WITH.search(text, max(0, start - 80), start)):
        return True
    if _PAID_FOR_AFTER.match(text, end):
        return True  # "50% NMC registration renewal paid by Cygnet": a benefit, the employer pays
    if _RUN_BY_OTHERS_AFTER.match(text, end):
        return True  # "the CPD program offered by the systemic discipline": the employer's, taken part in
    if text[start:end].lower().endswith(_RECEIVED) and _given_to_post_holder(text, start, end):
        return True  # "working under appropriate supervision": the supervision the post holder gets
    if _before_matches("taught_on_the_job", text, start, end, _TAUGHT_LEADS, TAUGHT_REACH):
        return True
    lead = bullet_lead_in(text, start) if "\n- " in text[max(0, start - LEAD_IN_REACH):start] else None
    return lead is not None and _GIVEN_LEAD_IN.search(lead) is not None and _ASKING_LEAD_IN.search(lead) is None


# A lead-in line whose subject, the employer, gives what its list holds: "We value our colleagues and provide a
# comprehensive range of wellbeing and professional development activities including:", "As an employer we provide
# staff with:", "In return, we will give you:". Not one that asks, though "we" and "offer" stand in it: "we are
# looking for a Deputy Charge Nurse that can offer us:", "we offer a full range of ultrasound examinations. The
# candidates should possess:"; nor one whose hire gives ("we have placement opportunities for a SQL Database
# Administrator to provide the following:").
_GIVEN_LEAD_IN = re.compile(r"(?i)\bwe\b[^:]*?(?<!\bto[ \t])\b(?:provide|give|offer)s?\b[^:]*:$")
_ASKING_LEAD_IN = re.compile(r"(?i)\b(?:looking|seeking|recruiting|need|needs|require|requires|want|candidates?|"
                             r"applicants?|you[ \t]+(?:must|should|will[ \t]+need|need))\b")


# What the employer says it provides, right after the mention: "Uniforms are provided", "training will be
# supplied", or the last of a list after "with" ("with appropriate training and PPE provided"); not "provided
# that ...", "issued by ...", work done for others ("customer service provided to patients"), what must be worn
# ("Protective clothing is provided and must be worn"), nor what the post holder uses or does ("comfortable using
# the ICT systems provided", "the quality of care provided"). Said provided by someone, it is given only with its
# verb ("uniforms are provided by Carewatch"; not "the care provided by the home", nor anything "issued by"); the
# first of two things said provided together is too ("protective clothing and uniforms are provided by Carewatch").
_PROVIDED_AFTER = re.compile(r"(?i)[ \t]+(?:(?:and|&)[ \t]+(?:[\w-]+[ \t]+){1,3}(?=(?:are|will|shall|can)[ \t]))?"
                             r"((?:is|are|will[ \t]+be|shall[ \t]+be|can[ \t]+be)[ \t]+)?(?:fully[ \t]+)?"
                             r"(?:provided|supplied|issued)\b(?![ \t]+(?:that|to|for|in|on)\b)"
                             r"(?!(?<=issued)[ \t]+by\b)(?(1)|(?![ \t]+by\b))"
                             r"(?![ \t]*,?[ \t]+and[ \t]+(?:must|should|has|have|needs?)\b)")
# What the employer pays for, right after the mention ("NMC registration renewal paid by Cygnet", "DBS check fees
# are paid for by the Trust", "CSCS card funded by the company", "Our DBS check is free").
_PAID_FOR_AFTER = re.compile(r"(?i)(?:[ \t]+(?:(?:renewals?|fees?|costs?|subscriptions?|checks?)[ \t]+)?"
                             r"(?:(?:is|are|will[ \t]+be|can[ \t]+be)[ \t]+)?"
                             r"(?:fully[ \t]+|partly[ \t]+|partially[ \t]+)?"
                             r"(?:paid|funded|covered|reimbursed)[ \t]+(?:for[ \t]+)?by\b"
                             # free to the starter: "Our DBS check is free, you have no fees to pay!" (not "free from")
                             r"|[ \t]+(?:is|are|will[ \t]+be)[ \t]+(?:completely[ \t]+|totally[ \t]+)?free"
                             r"(?:[ \t]+of[ \t]+charge)?\b(?![ \t]+(?:from|of|to)\b))")
# A programme, events or courses someone else offers or runs, right after the mention ("participate in the CPD
# program offered by the systemic discipline", "Schwartz rounds run by the Trust"): given, not asked.
_RUN_BY_OTHERS_AFTER = re.compile(r"(?i)[ \t]+(?:programmes?|programs?|events?|sessions?|courses?|rounds|training|"
                                  r"forums?|groups?)[ \t]+(?:(?:is|are|will[ \t]+be)[ \t]+)?"
                                  r"(?:offered|run|organi[sz]ed|hosted|facilitated)[ \t]+by\b")
_PROVIDED_WITH = re.compile(r"(?i)\bwith[ \t]+(?:[\w-]+[ \t]+){0,4}(?:and|&)[ \t]+$")

_RECEIVED = ("supervision", "mentoring", "mentorship", "coaching")  # what a post holder is given as much as gives

# The supervision (mentoring, coaching) the post holder works under or is given, not the supervision it gives: "working
# in teams under appropriate supervision", "work within a robust framework of regular professional supervision", "within
# a structured support system of mentorship", "under the indirect and direct guidance and supervision of the Nursing
# Manager", "you will receive regular safeguarding, clinical and restorative supervision", "the senior Clinical
# Neuropsychologist ... who will provide on-site support and supervision", "Clinical supervision will be provided by the
# Clinical Lead", "Monthly supervision with our Service Doctor". A provider named who gives it to others ("a nurse who
# will provide clinical supervision to students") is the post's own duty; so is working "under minimal supervision",
# which asks for working alone. (The matcher's form rule for "supervision" refuses it at match time after a listed word,
# "under close supervision"; this reads any words between, for the tagger's spans and for mentoring and coaching as
# well.)
_SUPERVISION_UNDER = re.compile(r"(?i)\b(?:under|receive[sd]?|receiving|be[ \t]+given|benefit[ \t]+from|"
                                r"(?:within|in)[ \t]+a[ \t]+(?:[\w-]+[ \t]+){0,2}"
                                r"(?:framework|structure|culture|system|programme|program|scheme)[ \t]+of|"
                                r"(?P<giver>(?:who|which|we|they)[ \t]+(?:will[ \t]+|can[ \t]+|also[ \t]+)*"
                                r"(?:provide|offer|give)s?))[ \t]+(?:the[ \t]+|you[ \t]+(?:with[ \t]+)?)?"
                                r"(?:(?!(?:minimal|minimum|little|limited|no|without|less)\b)[\w-]+,?[ \t]+){0,6}$")
_SUPERVISION_GIVEN_AFTER = re.compile(r"(?i)[ \t]+(?:(?:will[ \t]+be|is|are)[ \t]+"
                                      r"(?:provided|given|offered|available)\b|"
                                      r"(?:with|from)[ \t]+(?:our|your|the|a|an)\b)")
_SUPERVISION_TO_OTHERS = re.compile(r"(?i)[ \t]+(?:to|for|of)\b")


def _given_to_post_holder(text: str, start: int, end: int) -> bool:
    """The supervision, mentoring or coaching at [start, end) is what the post holder works under or is given."""
    if _SUPERVISION_GIVEN_AFTER.match(text, end):
        return True
    lo, _hi = clause_bounds(text, start, end)
    word = text.rfind(" ", start, end) + 1 or start  # a span's own words ("minimal supervision") are read as before it
    under = _SUPERVISION_UNDER.search(text, max(lo, start - 120), word)
    return under is not None and not (under.group("giver") and _SUPERVISION_TO_OTHERS.match(text, end))


# How far back in its clause a promise of training may start: the end of a course's award names a
# few long qualifications ("... you will receive the Level 2 Apprenticeship in Customer Service
# Practitioner and Level 1 or 2 Functional Skills English, Maths"), a course's modules a long list
# ("Modules include: Working in Urgent Care Medical Services (20 credits) / ... / Risk Management and
# Preparedness"); each cue bounds its words itself.
TAUGHT_REACH = 400


# Words one of whose presence before a mention lets ``taught_on_the_job`` read its clause (what the employer
# provides, gives or offers the starter too), in the six
# languages ("Einblick" of a German apprenticeship, "formé", "capacitado", "formato", "treinado", "geschult").
_TAUGHT_LEADS = ("train", "support", "provide", "equip", "give", "offer", "completion", "gain", "broaden", "develop",
                 "enhance", "up to date", "module", "curricul", "syllabus", "course", "secondment", "rotation",
                 "placement", "pay", "fund", "cover", "reimburse", "until", "will not", "einblick", "form", "capacitad",
                 "treinad", "geschult", "eingearbeitet")


# Words one of whose presence before a mention lets ``names_colleagues`` read its clause.
_COLLEAGUE_LEADS = (" working ", " who work ", " based ", " specialis", " specializ", " comprising ", " including ",
                    " made up of ", " consisting of ", " consist of ", " consists of ", " includes ", " include ",
                    " team of ", " teams of ", " stakeholders ", " trained in ", " we have ",
                    " intern",
                    " such as ", " like ", " e.g.",
                    "disciplines (", "professions (", " experts ", " consultants ", "breadth of ", "wealth of ",
                    " range of services", " variety of services", " number of services", " portfolio of services",
                    *(f"{amount} of {what}" for amount in ("range", "variety", "mix")
                      for what in ("experience", "expertise", "interest", "skills")))


# How far back in its clause the colleagues a mention names may be said: a list of the therapies they are trained in
# runs long ("we have Psychologists with further training and experience in a range of therapeutic models including
# ACT, CFT, family therapy, intensive short-term dynamic therapy, CAT and EMDR"); each cue bounds its words itself.
COLLEAGUE_REACH = 240


def names_colleagues(text: str, start: int, end: int) -> bool:
    """True when the mention at [start, end) is a field colleagues work in ("clinicians and others
    working in organ transplantation, blood donation and haematology", "contact with patients,
    medical, nursing and other staff") or a profession of the team the post joins ("a therapies team
    comprising psychology, art psychotherapy and occupational therapy"): the people the post works
    with, not a skill asked (requirement_cues.json ``colleague_field``)."""
    lead = text[max(0, start - COLLEAGUE_REACH):start].lower()
    after = text[end:end + NOT_ASKED_REACH].lower()
    if " other " not in after and "represented" not in after and " colleagues" not in after \
            and not any(w in lead for w in _COLLEAGUE_LEADS):
        return False  # the clause is not even looked for (most mentions)
    lo, hi = clause_bounds(text, start, end)
    before, after = text[max(lo, start - COLLEAGUE_REACH):start], text[end:min(hi, end + NOT_ASKED_REACH)]
    before_patterns, after_patterns = _around_cues("colleague_field")
    return any(p.search(before) for p in before_patterns) or any(p.match(after) for p in after_patterns)


# Words one of which the text before a mention holds for ``offered_not_asked`` to read its sentence.
_OFFER_WORDS = ("opportunit", "career", "look forward", "come with", "comes with", "advantage", "perk",
                "in return", "offer", "provide", "give", "afford", "support to", "support for", "funding",
                "sponsorship", "available", "supported to", "funded", "sponsored to", "free ", "paid ", "access to",
                "help you", "helps you", "helping you", "specialising in", "specializing in", "specialise in",
                "specialize in", "attractive", "appealing", "suited", "suitable", "ideal ", "tap into",
                *(f"{verb} your " for verb in (
                    "develop", "build", "grow", "enhance", "expand", "broaden", "further", "extend")))
OFFER_REACH = 300  # how far back in its sentence the opportunity a mention is offered in may start


def offered_not_asked(text: str, start: int, end: int) -> bool:
    """True when the mention at [start, end) is part of what the post offers a chance to do ("with
    opportunities to be a part of many ongoing projects, including ... HDR and LDR Brachytherapy",
    "the opportunity to work in an Agile software development environment", "looking to develop your
    career in primary care", "you can look forward to a lot of cross-functional projects", "The position will come
    with mentoring"): offered, not asked
    (requirement_cues.json ``offered_opportunity``). Read back to the sentence's start, not the
    clause's: the projects offered are a long list of commas and brackets."""
    if _OPPORTUNITIES_AFTER.match(text, end) and _OFFERED_BEFORE.search(text, max(0, start - OFFER_REACH), start):
        return True  # "We offer excellent CPD opportunities": the perk, not an ask
    lead = text[max(0, start - OFFER_REACH):start]
    low = lead.lower()
    if not any(word in low for word in _OFFER_WORDS):
        return False  # the sentence is not even looked for (most mentions)
    lead = _ABBREVIATION_DOTS.sub(" ", lead)  # "a specialist role ... i.e. ANP, BBV, phlebotomy": one sentence
    lead = _EXAMPLES_GO_ON.sub(" ", lead)  # "We offer opportunities to develop ... Examples include a NVQ level 3"
    return any(p.search(lead) for p in _around_cues("offered_opportunity")[0])


# A sentence that only lists examples of what the one before it names ("We offer opportunities to develop your
# specialist role. Examples include a NVQ level 3 in Social & Healthcare, Immunisations / Vaccination Training"):
# the full stop between them ends no offer.
_EXAMPLES_GO_ON = re.compile(r"[.!?][ \t]+(?=(?:Examples[ \t]+(?:include|of[ \t]+(?:these|which|this)[ \t]+"
                             r"(?:include|are))|These[ \t]+include|This[ \t]+includes)\b)")


# The dots of "i.e." and "e.g.", which end no sentence: the examples after them are the offer's own.
_ABBREVIATION_DOTS = re.compile(r"(?<=\b[ie])\.(?=[eg]\.)|(?<=\bi\.e)\.|(?<=\be\.g)\.", re.IGNORECASE)


# A field named as the opportunities the employer offers ("We offer excellent CPD opportunities",
# "Outstanding personal development and CPD opportunities"): after the mention "opportunities", and
# before it in its sentence an offer or praise of it; "identify new business opportunities" stays a duty.
_OPPORTUNITIES_AFTER = re.compile(r"[ \t]+opportunit(?:y|ies)\b", re.IGNORECASE)
_OFFERED_BEFORE = re.compile(r"(?i)\b(?:offers?|offering|provides?|providing|excellent|outstanding|great|"
                             r"fantastic|superb|plenty[ \t]+of|lots[ \t]+of|access[ \t]+to|(?:in|with)[ \t]+return)\b"
                             r"[^.;:!?\n]*$")


# The outcomes work serves, named as what it improves or ensures ("to improve patient care", "ensure
# customer satisfaction", "enhance the overall customer experience", "a real difference to patient care"):
# the goal, not a skill the candidate brings. Only names that are outcomes as much as skills are judged.
_OUTCOME_NAMES = re.compile(r"(?i)(?:patient|customer|client|guest)[ \t]+(?:care|experience|satisfaction)s?|"
                            r"service[ \t]+delivery")
# Words one of which the text before an outcome holds for ``outcome_served`` to read its clause.
_GOAL_WORDS = ("ensur", "improv", "enhanc", "driv", "maximi", "optimi", "augment", "promot", "underpin", "enabl",
               "difference", "contribution", "quality", "standard", "heart", "for better", "for maximum", "support")
GOAL_REACH = 80  # how far back in its clause the goal an outcome is named in may start


def outcome_served(text: str, start: int, end: int) -> bool:
    """True when the mention at [start, end) is an outcome the work serves ("to improve patient care",
    "ensure customer satisfaction", "a positive customer experience" the work ensures): the goal, not
    a skill asked (requirement_cues.json ``outcome_served``)."""
    return _OUTCOME_NAMES.fullmatch(text, start, end) is not None \
        and _before_matches("outcome_served", text, start, end, _GOAL_WORDS, GOAL_REACH)


OTHER_JOBS_REACH = 200  # how far back an agency's pointer to its other jobs may start


def other_jobs_named(text: str, start: int, end: int) -> bool:
    """True when the mention at [start, end) is in an agency's pointer to its other jobs, after the posting's asks
    and often run on from them in a one-line advert ("To discuss this role or any other Qualified Social Worker
    jobs in the ... area or in the Social Work field please contact"): the jobs and fields it recruits for, not a
    skill asked (requirement_cues.json ``other_jobs``)."""
    return _before_matches("other_jobs", text, start, end, ("discuss",), OTHER_JOBS_REACH)


SERVICES_REACH = 300  # how far back in its sentence a team providing the services may be named


# Services a team other than the candidate provides to them ("While RN Providers are supported by a
# strong operational team ... that provide a multitude of services ranging from marketing to billing
# and collections to patient financial planning"): the support the post gets, not a skill asked.
_OTHERS_PROVIDE = re.compile(
    r"(?i)\b(?:are|is|be|being|get|gets)[ \t]+(?:\w+[ \t]+)?supported[ \t]+by\b[^.;:!?\n]{0,150}?"
    r"\b(?:team|teams|staff|department|departments|office|colleagues|specialists)\b[^.;:!?\n]{0,80}?"
    r"\b(?:that|who|which)[ \t]+(?:provides?|offers?|handles?|delivers?|manages?|takes?[ \t]+care[ \t]+of)\b"
    r"[^.;:!?\n]*$")


def in_work_conditions(text: str, start: int, end: int) -> bool:
    """True when the mention at [start, end) is one of the conditions the work is done in ("an outdoor
    setting including such conditions as extreme temperatures, inclement weather, noise, dust, dim
    lighting"): the place the job puts up with, nothing to know or learn (requirement_cues.json
    ``work_conditions``)."""
    return _before_matches("work_conditions", text, start, end, ("condition", "environment", "exposure"))


def services_of_others(text: str, start: int, end: int) -> bool:
    """True when the mention at [start, end) is one of the services a team supporting the post
    provides ("supported by a strong operational team ... that provide services ranging from marketing
    to billing and collections"): what others do for the post, not a skill asked."""
    lead = text[max(0, start - SERVICES_REACH):start]
    if "support" not in lead.lower():
        return False  # the sentence is not even looked for (most mentions)
    return _OTHERS_PROVIDE.search(lead) is not None


# A field of a job's facts whose value says it is not needed: the mention, at most two more words,
# then a colon or a line break and "Not required", "Not applicable", "None", "N/A" or a lone "No"
# ("Financial Disclosure Report: Not required", "Security clearance\nNot Required", "Drug test\nNo"),
# the mention opening its line (a field's label: at most two words before it). A page's facts list may
# give the value as a list item under the field ("Security clearance\n\n- Not Required").
# A field's value after its label: past a colon or on a later line, maybe as a list item.
_FIELD_VALUE = r"[ \t]*(?::[ \t]*\n?|\n)\s*(?:[-*\u2022][ \t]*)?"
_FIELD_NOT_REQUIRED = re.compile(r"(?:[ \t]+[\w-]+){0,2}" + _FIELD_VALUE +
                                 r"(?:not[ \t]+(?:required|applicable|needed)|none\b|n/?a\b|no[ \t]*(?:\n|$))",
                                 re.IGNORECASE)
_FIELD_LABEL_BEFORE = re.compile(r"[ \t]*(?:[-*•][ \t]*)?(?:[\w-]+[ \t]+){0,2}")
# A clearance field answered "Other" (USAJOBS: no national-security clearance, the suitability
# check the announcement describes elsewhere: "Federal employment suitability as determined by a
# background investigation").
_CLEARANCE_OTHER = re.compile(_FIELD_VALUE + r"other[ \t]*(?:\n|$)", re.IGNORECASE)


def marked_not_applicable(text: str, start: int, end: int) -> bool:
    """True when the mention at [start, end) is in a label the posting answers "N/A" ("Leadership
    and Talent Management: N / A job at this level ..."; requirement_cues.json ``not_applicable``), or
    is a facts field whose value says it is not needed ("Financial Disclosure Report: Not required",
    "Security clearance\nNot Required", "Drug test\nNo", a clearance field's "Other"): asked for by nobody."""
    if (_FIELD_NOT_REQUIRED.match(text, end) or ("clearance" in text[start:end].lower() and _CLEARANCE_OTHER.match(
            text, end))) and _FIELD_LABEL_BEFORE.fullmatch(text, text.rfind("\n", 0, start) + 1, start):
        return True
    after = text[end:end + 80]
    if "/" not in after and "applicable" not in after.lower():
        return False
    return any(p.match(after) for p in _around_cues("not_applicable")[1])


def _before_matches(key: str, text: str, start: int, end: int, words: tuple[str, ...],
                    reach: int = NOT_ASKED_REACH) -> bool:
    """One of ``key``'s "before" cues ends right before the mention, within ``reach`` characters of
    its clause; the clause is read only when one of ``words`` (lower case) stands there."""
    window = text[max(0, start - reach):start].lower()
    if not any(word in window for word in words):
        return False  # the clause is not even looked for (most mentions)
    lo, _hi = clause_bounds(text, start, end)
    before = text[max(lo, start - reach):start]
    folded = before.lower()
    return any(word in folded for word in words) and any(p.search(before) for p in _around_cues(key)[0])


@lru_cache(maxsize=4096)
def is_boilerplate_clause(clause: str) -> bool:
    """Equal-opportunity and legal text: it names conditions, never asks for skills. A check the
    candidate must pass ("Must be able to pass a background check", "Clear criminal background
    check") is asked of them, as a licence is, also when the appointment is "subject to" it
    ("Appointment is subject to a satisfactory enhanced DBS check"); one the employer will run stays
    policy, and so does an appointment subject to anything else ("Appointment is subject to an AFP
    records check and UK security clearance")."""
    if _cue_in("legal", clause):
        if _KNOWLEDGE_ASKED.match(clause):
            return False  # "Good knowledge and understanding of ... the Equality Act 2010, ... Sexual Orientation
            # Monitoring Standard": the laws an equality manager must know, no equal-opportunity statement
        asked = _ASKED_EQUALITY.sub(" ", clause)
        if asked != clause and not _cue_in("legal", asked):
            return False  # "An understanding of, and commitment to Equal Opportunities": asked of the candidate
        passed = _NAMED_CHECK.sub(" ", _PASSES_A_CHECK.sub(" ", clause))
        if passed == clause:
            return True
        return _cue_in("legal", _SUBJECT_TO.sub(" ", passed))
    return False


# Equal opportunities as what the candidate understands or is committed to ("An understanding of, and commitment
# to Equal Opportunities", "knowledge of the principles of equal opportunities and diversity"), or as one of the
# fields a list names ("policies ... relating to children's services; safeguarding, disability, equal
# opportunities, health and safety"): a requirement of the post, not the employer's equal-opportunity statement
# (a run-on advert puts it in one clause with the rest).
_ASKED_EQUALITY = re.compile(r"(?i)\b(?:understanding|knowledge|awareness|commitment|committed|appreciation)[ \t]+"
                             r"(?:of|to)\b(?:[ \t]*,?[ \t]*(?:and|&)[ \t]+(?:an?[ \t]+)?(?:commitment|committed)[ \t]+"
                             r"to\b)?[ \t,]+(?:the[ \t]+)?(?:principles[ \t]+of[ \t]+)?equal(?:ity[ \t]+(?:and|&)[ \t]+"
                             r"diversity|[ \t]+opportunit\w*(?:[ \t]+(?:and|&)[ \t]+diversity)?)"
                             r"|(?<=,)[ \t]*equal[ \t]+opportunit(?:y|ies)(?=[ \t]*,|[ \t]+(?:and|&)[ \t])")


# A clause that opens on the knowledge it asks ("Good knowledge and understanding of the legal requirements under
# ...", "Awareness of"): what it names is asked, whatever law it names.
_KNOWLEDGE_ASKED = re.compile(r"(?i)[\W_]*(?:(?:a|an)[ \t]+)?(?:(?:good|sound|excellent|thorough|detailed|working|"
                              r"strong|up[ \t-]to[ \t-]date|in[ \t-]?depth)[ \t]+)?"
                              r"(?:knowledge|understanding|awareness)"
                              r"(?:[ \t]+(?:and|&)[ \t]+(?:knowledge|understanding|awareness|experience))?[ \t]+of\b")


# The condition an appointment is made on: legal text unless what follows is a check the candidate passes.
_SUBJECT_TO = re.compile(r"(?i)\b(?:appointments?|employment|offers?)(?:[ \t]+to[ \t]+(?:this|the)[ \t]+post)?"
                         r"(?:[ \t]+(?:is|are|will[ \t]+be))?[ \t]+subject[ \t]+to\b|"
                         r"\bappointment[ \t]+to[ \t]+(?:this|the)[ \t]+post\b|"
                         r"\bsubject[ \t]+to[ \t]+completion[ \t]+of\b")


# A heading line: only a label (the mention, at most two more words) and a colon.
_LABEL_LINE = re.compile(r"[ \t]*(?:[\w&/'’-]+[ \t]+){0,2}[\w&/'’-]*[ \t]*:?[ \t]*$")


def heads_boilerplate(text: str, start: int, end: int) -> bool:
    """True when the mention at [start, end) is a heading's label ("COMPLIANCE:" alone on its line)
    whose first item under it is legal or conduct text ("Act in compliance with legal rules and
    regulations applicable to the position"): the heading of the employer's code, no skill asked."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].strip(" \t-*•")
    if not line.endswith(":") or len(line) > 40 or not _LABEL_LINE.fullmatch(text, end, line_end):
        return False
    rest = text[line_end:line_end + 400].lstrip()
    first = rest.split("\n", 1)[0]
    return bool(first) and is_boilerplate_clause(first.strip(" \t-*•"))


# The UK check named in full as what the post requires ("requires an Enhanced Disclosure and Barring
# Service (DBS) check"): a condition of the job as "an enhanced DBS check" is, not legal text, which
# the service's name alone still marks ("a submission for Disclosure to the Disclosure and Barring
# Service").
_NAMED_CHECK = re.compile(r"(?i)\b(?:enhanced[ \t]+|standard[ \t]+|basic[ \t]+)?Disclosure[ \t]+(?:and|&)[ \t]+Barring"
                          r"(?:[ \t]+Service)?[ \t]+(?:\(DBS\)[ \t]+)?(?:check|disclosure|certificate|clearance)s?\b")


# A background check asked of the candidate: "(able to) pass a background check", "clear criminal
# background check", "the ability to pass a driving background check", "a clean background check",
# "willingness to undergo a background check", "to participate in a 10-year criminal background check", "a
# satisfactory disclosure from the Criminal Records Bureau" (the UK check's name before 2012), "a satisfactory
# enhanced DBS check".
_PASSES_A_CHECK = re.compile(r"(?i)\b(?:pass|passing|clear|clean|satisfactory|undergo|undergoing|submit[ \t]+to|"
                             r"participate[ \t]+in)[ \t]+(?:(?:a|an|the|our)[ \t]+)?"
                             r"(?:(?:criminal|federal|state|thorough|enhanced|standard|\d+-year|driving|driver|"
                             r"motor[ \t]+vehicle|pre-employment|employment|comprehensive)[ \t]+){0,2}"
                             r"(?:background[ \t]+(?:check|investigation)s?\b|(?:DBS|CRB)[ \t]+(?:check|disclosure)s?\b"
                             r"|disclosure[ \t]+from[ \t]+the[ \t]+(?:Criminal[ \t]+Records?[ \t]+Bureau|Disclosure"
                             r"[ \t]+and[ \t]+Barring[ \t]+Service)\b)")


def is_descriptive_clause(clause: str) -> bool:
    """A clause about the company ("We build SaaS for banks", "Acme is a leading fintech")."""
    return _cue_in("descriptive", clause)


# "experience in a related claims management role", "2 years in a payroll position": the field of a
# post the candidate has held, asked of them, not a role or team they will work with.
# ("experience working within theatres in a Scrub role": where, then the post).
# So is the team, department, unit or sector the candidate's experience was in ("experience in an HR function",
# "experience of working in a dementia unit", "experience in the care sector"), and the market or industry
# they must know ("knowledge of the insurance market").
_PAST_ROLE_BEFORE = re.compile(r"(?i)\b(?:experience|background|years?|worked|working|knowledge|understanding|"
                               r"awareness|familiarity)[ \t]+(?:(?:of|in)[ \t]+working[ \t]+)?"
                               r"(?:(?:working|work)[ \t]+(?:in|within|on)[ \t]+[\w-]+[ \t]+)?(?:in|within|of)[ \t]+"
                               r"(?:(?:a|an|the)[ \t]+)?(?:(?:similar|related|relevant|previous|prior|comparable|busy|"
                               r"senior|junior|large|small|fast-paced|specialist|online|frontline|front-line|"
                               r"customer-facing|client-facing|public-facing)[ \t]+)?$")
_PAST_ROLE_AFTER = re.compile(r"[ \t]+(?:role|position|capacity|team|department|function|unit|environment|setting|"
                              r"firm|sector|area|market|industry|practice|service|organi[sz]ation|company|ward)s?\b",
                              re.IGNORECASE)


# "You will be a registered nurse, midwife or mental health nurse": the candidate's own profession, whose
# field is asked, not a colleague's role (a hook's "Are you a social media enthusiast?" asks nothing).
_CANDIDATE_IS = re.compile(r"(?i)\b(?:you|candidates?|applicants?)[ \t]+(?:will|must|should|shall)[ \t]+"
                           r"(?:already[ \t]+)?be[ \t]+(?:an?|the)[ \t]+[^.;:!?\n]{0,60}$")


def _past_role_field(text: str, start: int, after: int) -> bool:
    """The mention at ``start`` names the field of a past post asked of the candidate: "experience in a
    (related) X role/position" (``after``: where the text after the mention goes on)."""
    return bool(_PAST_ROLE_AFTER.match(text, after) and _PAST_ROLE_BEFORE.search(text, max(0, start - 80), start))


# Further names coordinated with a mention, then a plural noun of groups: every name of the list is a
# team's ("working with marketing and tech teams", "vendor operations, support operations and support
# experience teams"), the colleagues, not a skill asked. Up to four more names of up to three words,
# none a function word or a verb's "-ing" form ("attention to detail, comfortable working and guiding
# teams", "Agile methodology and working on Agile teams" ask for the skill).
_BEFORE_A_NAME = "on|in|at|with|of|to|for|from|by|the|a|an|our|your|their|its"  # words no team's name holds
_TEAM_WORD = rf"(?!(?i:{_BEFORE_A_NAME}|[\w-]+ing)\b)[\w/-]+"
_COORDINATED_TEAMS = re.compile(
    rf"(?:(?:[ \t]*,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+)(?:{_TEAM_WORD}[ \t]+){{0,2}}{_TEAM_WORD}){{1,4}}"
    r"[ \t]+(?i:teams|departments)\b")
_TEAMS_REACH = 160
# A mention, then one or two more words of a team's name in lower case and the noun: "frontend analytics
# teams", "NHS information management team" (the colleagues, not a skill asked). Never a preposition or a
# word of praise ("communicate effectively across multi-disciplinary teams", "communication skills strong
# team"), a verb's "-ing" form ("leadership experience managing teams"; a field's "engineering" is a noun),
# a new capitalised phrase ("communication skills Project team") or a product ("including MS Teams").
_FIELD_ING = r"(?:engineering|marketing|accounting|nursing|training|manufacturing|planning|consulting|banking|" \
             r"testing|programming|computing|learning|publishing|housing|building|processing)\b"
_TEAM_NAME_WORD = (rf"(?!(?:{_BEFORE_A_NAME}|and|or|who|that|which|"
                   r"across|among|amongst|between|within|into|including|such|as|like|strong|excellent|good|great|"
                   r"effective|effectively|multi[\w-]*)\b)"
                   rf"(?:{_FIELD_ING}|(?![a-z-]+ing\b)[a-z][\w/-]*)")
_NAMED_TEAM = re.compile(rf"(?:[ \t]+{_TEAM_NAME_WORD}){{1,2}}[ \t]+(?:teams?|departments?)\b")
# What the candidate has in the list ("Experience in Mobile Development and Agile teams"): asked.
_ASKED_IN = re.compile(r"(?i)\b(?:experience|background|knowledge|expertise|skills?)[ \t]+(?:in|with|of)[ \t]+$")


# "a GP practice", "our dental practices": a practice is a workplace after a determiner; with none it is
# the way a field is done ("knowledge of HR practices", "safeguarding practice"), the field asked.
_PRACTICE = re.compile(r"(?:-|[ \t]+)?practices?\b", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:a|an|the|our|your|their|this|that|its|his|her|each|every|one|two|"
                                r"several|many|local|busy)[ \t]+(?:[\w'\u2019&-]+[ \t]+){0,2}$")


def _role_noun_after(text: str, start: int, after: int) -> bool:
    """Whether a role noun follows the mention at ``start`` from ``after`` on; "practice(s)" only after
    a determiner, as a place ("a GP practice"), not as a field's ways ("accounting practices")."""
    if not load_cues().role_noun.match(text[after:after + 30]):
        return False
    return not _PRACTICE.match(text, after) or _DETERMINER_BEFORE.search(text, max(0, start - 40), start) is not None


def names_a_role(text: str, start: int, end: int, *, licence: bool = False) -> bool:
    """True when the words around a mention make it a role, team or institution ("DevOps
    engineers", "PhD stipend", "Department of Chemistry"), the role the employer hires among them
    ("We are seeking a Data Engineer"). ``licence``: the mention names a licence; the profession
    hired by its name is then no role but the licence asked ("seeking a Registered Nurse"), and
    its initials in the plural name its holders ("supervised by RNs")."""
    cues = load_cues()
    grouped = _SLASH_GROUP.match(text, end).end()  # "QA/Test Developer": the role follows the group
    after = INITIALS_AFTER.match(text, grouped).end()  # "Site Reliability Engineering (SRE) team"
    if text[max(0, start - 3):start].rstrip(" \t").endswith("("):
        after = _CLOSING.match(text, after).end()  # "(SRE) team": the initials, then the team
    # "Certified Hazardous Materials Manager (CHMM) Institute of ...": a credential's name closed by its
    # initials, and the next item of a list run together on one line, no role noun of its own
    closed = after > grouped and _CREDENTIAL_AT.match(text, start) is not None \
        and _CAPITAL_NEXT.match(text, after) is not None
    if (not closed and _role_noun_after(text, start, after) and not _past_role_field(text, start, after)
            and not _CANDIDATE_IS.search(text, max(0, start - 80), start)
            and not _work_asked(text, start, after)) or _org_before(text, start):
        return True
    if _INSTITUTION_END.search(text, start, end) and _OF_A_NAME.match(text, end):
        return True  # "American Academy" of "American Academy of Pediatrics": the head of a body's name
    if (_COORDINATED_TEAMS.match(text, after, min(len(text), after + _TEAMS_REACH))
            or _NAMED_TEAM.match(text, after, min(len(text), after + 60))) \
            and not _ASKED_IN.search(text, max(0, start - 40), start):
        return True  # "marketing and tech teams", "Support Center, Networking and Infrastructure teams"
    if _TITLE_CASE.match(text, start, end):  # "iOS Mobile Development Agile team": a team's capitalised name
        named = _NAME_GOES_ON.match(text, after)
        if named.end() > after and cues.role_noun.match(text[named.end():named.end() + 30]):
            return True
        if _ONE_TEAM_NAMED.match(text, after):
            return True  # "the Trust's Urgent Care and Assessment Team (UCAT)": one team's name
    return (not licence and is_hired_role(text, start, end)) or is_colleague(text, start, end, licence=licence)


_CREDENTIAL_WORD = re.compile(
    r"(?i)\b(?:certified|certification|certificate|licen[cs]ed?|registered|chartered|accredited)\b")


_CREDENTIAL_BEFORE = re.compile(_CREDENTIAL_WORD.pattern + r"[\W_]*$")
# "Experience with general ledger functions", "knowledge of ... revenue cycle functions", "with a focus on
# accounting and HR functions": the functions asked are work the candidate has done, not departments; so
# are the programmes a duty runs ("maintains, operates and reviews Planned Preventive Maintenance (PPM)
# programmes", "the delivery of the Year-one school hearing screening programme"), not a course offered.
_WORK_NOUN = re.compile(r"[ \t]+(?:functions|programmes?|programs?)\b", re.IGNORECASE)
_ASKED_WORK_BEFORE = re.compile(r"(?i)\b(?:experience|experienced|knowledge|familiar(?:ity)?|understanding|focus|"
                                r"background|expertise|proficien(?:t|cy)|deliver(?:s|y|ing)?|maintains?|operates?|"
                                r"runs?|manages?|coordinates?|reviews?|implements?|oversees?|administers?)\b"
                                r"[^.;:\n]{0,80}$")


def _work_asked(text: str, start: int, after: int) -> bool:
    """The role noun after a mention is functions or programmes the clause asks for as work done or run."""
    return _WORK_NOUN.match(text, after) is not None \
        and _ASKED_WORK_BEFORE.search(text, max(0, start - 90), start) is not None


# A credential's name as it opens ("Certified Hazardous Materials Manager"), and the capital that opens
# the next item of a list run together after its initials.
_CREDENTIAL_AT = re.compile(r"(?:Certified|Chartered|Licensed|Registered|Accredited)\b")
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z]")

# "Qualified ACA/ACCA/CIMA Accountant", "a part-qualified CIMA accountant", "a qualified RMN//RNLD/RGN nurse",
# "a qualified RMN, RNLD or RGN nurse": "qualified" before the certification (and the others of its slash
# group or list) says the role holds it.
_QUALIFIED_BEFORE = re.compile(r"(?i)\b(?:(?:part|fully|newly)[ \t-]*)?qualified[ \t]+"
                               r"(?:[\w.+&-]+(?:[ \t]*/+[ \t]*|[ \t]*,[ \t]*(?:(?:or|and)[ \t]+)?"
                               r"|[ \t]+(?:or|and)[ \t]+))*$")


def certified_role(text: str, start: int, end: int, *, trade: bool = False) -> bool:
    """A certification named right before a role noun that names the role's holder of it: its own
    words say it certifies ("Red Seal certified electrician"), or it is a trade's standing
    (``trade``: holding it shows a finished apprenticeship, "Red Seal Electrician"). Asked of the
    candidate, not a team or a field (``names_a_role``), unless it is whom the job reports to or the
    employer hires by the certification's own name ("reports to the Charge Nurse"). A licence for
    what the role works on is the work's field ("HGV Mechanic", a mechanic of heavy goods vehicles).
    "Qualified" right before it says the same ("Qualified ACA/ACCA/CIMA Accountant")."""
    if not (trade or _CREDENTIAL_WORD.search(text, start, end)
            or _QUALIFIED_BEFORE.search(text, max(0, start - 60), start)):
        return False
    after = _SLASH_GROUP.match(text, end).end()
    return _role_noun_after(text, start, after) and not _org_before(text, start) \
        and not is_hired_role(text, start, end) and not is_colleague(text, start, end)


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    return frozenset(cue_data()["person_nouns"])


_NAME_GOES_ON_CAPITAL = re.compile(r"[ \t]+[A-Z]")


# A name used or worked in, right before a capitalised one ("Experience with Law Manager and Microsoft Office",
# "Using Law Manager and FileSite, creates ... case files", "entered in Law Manager"): a product, whoever its
# name sounds like; no article stands between (the "Site Manager" of "experience with the Site Manager" is someone).
_USED_BEFORE = re.compile(r"(?i)(?:\b(?:experience|familiarity|proficiency|proficient|expertise|skilled|knowledge)"
                          r"[ \t]+(?:with|in|of|using)|\busing|\bentered[ \t]+(?:in|into))[ \t]+$")


def names_people(surface: str, after: str = "", capitalised: bool = False, before: str = "") -> bool:
    """True when a phrase's last word, in lower case, names people ("brazing machine operators", "UX
    designers"): a role, not a skill asked; not when the phrase names a credential ("Certified
    Nursing Assistant", "Chartered Accountant") or a capitalised name goes on in ``after``, the text
    right after it ("Edge Developer Tools"). ``capitalised``: a capitalised last word counts too
    ("Store Manager", "Law Clerks"), for a phrase no vocabulary skill names, so no product's; not
    when ``before``, the text right before it, ends on a credential's word ("Registered" of
    "Registered General Nurse") or, for a capitalised one, on the use of a product (``_USED_BEFORE``)."""
    words = surface.split()
    if len(words) < 2 or _CREDENTIAL_WORD.search(surface) or _NAME_GOES_ON_CAPITAL.match(after) \
            or _CREDENTIAL_BEFORE.search(before) or (capitalised and _USED_BEFORE.search(before)):
        return False
    last = words[-1].strip(".,;:()/-")
    if not (last.islower() or (capitalised and last.istitle() and not any(name_token(w) for w in words[:-1]))):
        return False  # "Tag Manager", "NT User Manager": a capitalised name may be a product's
    return is_person_noun(last)


def is_person_noun(word: str) -> bool:
    """A word for people ("operator", "Nurses", "coaches"): the word, or its plural's stem, in lower case."""
    word = word.lower()
    return bool({word, word.removesuffix("s"), word.removesuffix("es")} & _person_nouns())


def is_colleague(text: str, start: int, end: int, *, licence: bool = False) -> bool:
    """A role the job works under or beside ("under the supervision of a registered nurse", "the
    plan of care assigned by the RN", "reports to the Charge Nurse"): someone else's title, not a
    credential asked of the candidate. ``licence``: a licence's initials in the plural name its
    holders too ("supervised by RNs"; "assist clients with IADLs" names tasks)."""
    return _role_after(_COLLEAGUE, text, start, end, reach=60, initials=True, plural=licence)


# Who the job answers to, helps or works beside, up to the role's name: "under the direct supervision of a", "under
# the supervision and direction of a", "assigned by the", "reports to the", "assists the" (not "assist with": the
# task, "Assist with I-9 process"), "alongside our".
_COLLEAGUE = re.compile(
    r"\b(?:under\s+(?:the\s+)?(?:direct\s+|general\s+|close\s+|clinical\s+)?(?:supervision|direction|guidance)"
    r"(?:\s+(?:and|&)\s+(?:supervision|direction|guidance))?\s+of|"
    r"supervised\s+by|directed\s+by|assigned\s+by|delegated\s+by|ordered\s+by|prescribed\s+by|"
    r"reports?(?:ing)?\s+(?:directly\s+)?to|assists?(?:ing)?(?!\s+with\b)|alongside)\s+(?:an?|the|our|licensed|other)?\s*"
    r"(?:[\w/&-]+\s+){0,2}$", re.IGNORECASE)


# Whom a post is open to, before a licence's holders named in the plural ("open to registered nurses,
# occupational therapists and social workers", "We would welcome applications from ... experienced registered
# nurses, paramedics or pharmacists", "We are currently recruiting Registered Nurses", "Applicants should be HCPC
# registered dietitians", "Applicants can be experienced or newly qualified Children’s Nurses", "We are also able to
# accommodate Registered Adult Nurses"), the rest of their list between: the licence asked. Elsewhere the holders are
# the staff ("one of our Registered Nurses", "under the leadership of registered nurses", "a team of ... nurses and
# paramedics").
_POOL_BEFORE = re.compile(
    r"(?i)\b(?:open[ \t]+to(?:[ \t]+applications[ \t]+from)?|applications?[ \t]+(?:are[ \t]+|is[ \t]+)?(?:also[ \t]+)?"
    r"(?:welcomed?[ \t]+|invited[ \t]+|encouraged[ \t]+)?from|welcomes?|seek(?:s|ing)?(?:[ \t]+to[ \t]+recruit)?|"
    r"recruit(?:s|ing)?(?:[ \t]+for)?|looking(?:[ \t]+(?:for|to[ \t]+recruit))?|searching[ \t]+for|calling[ \t]+on|"
    r"(?:opportunit(?:y|ies)|vacanc(?:y|ies)|positions?|posts?)"
    r"(?:[ \t]+(?:has|have)[ \t]+(?:arisen|become[ \t]+available))?[ \t]+for|"
    r"(?:should|must)[ \t]+be|(?:applicants?|candidates?|you)[ \t]+(?:can|could|may)[ \t]+be|"
    r"(?:able[ \t]+to[ \t]+)?accommodate|need|if[ \t]+you[ \t]+are)"
    r"(?:[ \t,]+(?!our\b|the\b|their\b|its\b)[\w'\u2019/&()-]+){0,10}[ \t,]*\Z")


POOL_REACH = 160  # how far back the cue of whom a post is open to may start


def holders_sought(text: str, start: int) -> bool:
    """Whether a licence's holders named in the plural at ``start`` are whom the post is open to
    (``_POOL_BEFORE`` in their sentence), not the employer's staff or the team's."""
    return _POOL_BEFORE.search(text, max(0, start - POOL_REACH), start) is not None  # its words cross no stop or line


def is_hired_role(text: str, start: int, end: int) -> bool:
    """A name that is itself a role ("Registered Nurse", "Journeyman Electrician": its last word a
    role noun) written as whom the employer is hiring ("We are seeking an ER Registered Nurse to
    join our team"): the job, not a credential asked of the candidate. "Seeking candidates with a
    Registered Nurse licence" still asks for it."""
    return _role_after(_HIRING, text, start, end, reach=80)


def _role_after(lead: re.Pattern, text: str, start: int, end: int, *, reach: int, initials: bool = False,
                plural: bool = False) -> bool:
    """Whether ``start:end`` names a role (its last word a role noun, or with ``initials`` letters
    such as "RN") right after what ``lead`` matches within ``reach`` characters before it."""
    words = text[start:end].split()
    letters = text[start:end].removesuffix("s") if plural else text[start:end]  # "RNs" of a licence: its holders
    if not words or not (load_cues().role_noun.match(words[-1]) or (initials and letters.isupper())):
        return False
    return lead.search(text[max(0, start - reach):start]) is not None


# Whom an employer is hiring, up to the role's name: "seeking an ER", "looking for a band 5".
# So is the job the sentence puts the reader in ("As a Trainee Community Nurse working in a community setting
# you will ..."). The hours may stand in brackets before the role ("recruit a full time (37.5 hours per
# week) Research Nurse").
_HIRING = re.compile(
    r"(?:\b(?:seeking|looking for|hiring|recruiting|(?:to )?recruit|searching for|in search of)|"
    r"(?:^|[.:;!?]\s+|\n)(?-i:As)|(?:^|[.:;!?]\s+|\n)(?:In|Within) (?:this|the|your) role (?:as|of))[ \t]+"
    r"(?:an?[ \t]+|the[ \t]+)?(?:\([^()\n]{1,40}\)[ \t]+)?"
    r"(?:(?!(?:with|who|that|having|holding|candidates?|applicants?|someone|individuals?|people|persons?)\b)"
    r"[\w/&-]+[ \t]+(?:\([^()\n]{1,40}\)[ \t]+)?){0,3}$", re.IGNORECASE)


# The rest of a slash group after a name ("/Test" of "QA/Test", "/UI" of "UX/UI").
_SLASH_GROUP = re.compile(r"(?:[ \t]*/[ \t]*[\w.+#-]+)*")
# A name's initials in brackets right after it ("Site Reliability Engineering (SRE) team"), and the
# bracket closing initials a mention is itself ("(SRE) team"): the role noun comes after them.
INITIALS_AFTER = re.compile(r"(?:[ \t]*\([ \t]*[A-Z][A-Za-z&/.-]{1,9}[ \t]*\))?")
_CLOSING = re.compile(r"(?:[ \t]*\))?")
# A mention written in capitals word by word ("Mobile Development"), and the capitalised words of a
# name going on after it, up to two ("Agile" of "Mobile Development Agile team"), one of them maybe
# joined by "&" ("& Clinical Engineering" of "Medical Physics & Clinical Engineering Department"; not
# "and": "Mobile Development and Agile teams" are two things).
_TITLE_CASE = re.compile(r"[A-Z][\w&+./-]*(?:[ \t]+[A-Z][\w&+./-]*)*$")
_NAME_GOES_ON = re.compile(r"(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&+-]*){0,2}")
# A capitalised name joined by "and" to the rest of one team's or unit's name, its noun capitalised and singular
# ("Urgent Care" of "Urgent Care and Assessment Team"; "Mobile Development and Agile teams" stay two things).
_ONE_TEAM_NAMED = re.compile(r"[ \t]+and[ \t]+[A-Z][\w&+-]*(?:[ \t]+[A-Z][\w&+-]*)?[ \t]+"
                             r"(?:Team|Department|Service|Unit|Hub|Centre|Center|Directorate|Division)\b")
# A name ending in a school's or an academic body's noun, written with its capital, and the "of"/"for"
# of the body's name going on after it: "American Academy" of "American Academy of Pediatrics",
# "Royal College" of "Royal College of Nursing" is the body, never a skill (its field after "of" is
# ``org_prefix``'s). Not a board, council, society or association: a regulator or a register asked
# ("compliance with ... State Board of Pharmacy, OSHA", "registration with the Board of Behavioral
# Sciences") is knowledge the labels hold.
_INSTITUTION_END = re.compile(r"\b(?:Academy|College|Institute|University|School|Department|Faculty)$")
_OF_A_NAME = re.compile(r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z]")
# How far before a mention an institution's name is looked for: "Faculty of Chemistry and " of
# "Faculty of Chemistry and Pharmacy" names each of its fields.
ORG_REACH = 80
# Every match of the ``org_prefix`` cue holds one of these words, a space either side ("Department
# of", "Head for", "partnering with", "Schule für", "Facultad de"). Keep them in step with the cue
# (tests/skills/test_speed_shortcuts.py).
_ORG_JOINERS = (" of ", " for ", " with ", " für ", " de ", " des ", " du ", " di ", " del ", " della ", " da ", " do ")


def _org_before(text: str, start: int) -> bool:
    """Whether the words right before ``start`` name an institution or a post whose field the mention
    is (``org_prefix``). Words without one of its joiners need no search: half the mentions of a
    SkillSpan posting, whose 80 characters the case-insensitive cue tried at every position
    (2.6 -> 1.7 ms a posting, the same answers)."""
    before = text[max(0, start - ORG_REACH):start]
    folded = case_folded(before)
    return any(joiner in folded for joiner in _ORG_JOINERS) and load_cues().org_prefix.search(before) is not None


def defines_acronym(text: str, start: int, end: int) -> bool:
    """True for "(ABC)" right after words whose initials spell ABC: an organisation's own acronym."""
    surface = text[start:end]
    if not (surface.isupper() and surface.isalpha() and 2 <= len(surface) <= 6):
        return False
    if not text[max(0, start - 200):start].rstrip().endswith("(") or not text[end:end + 1] == ")":
        return False
    words = re.findall(r"[A-Za-z][\w'-]*", text[max(0, start - 120):start])
    initials = "".join(w[0] for w in words if w[0].isupper())
    return initials.upper().endswith(surface)


def asks_softly(clause: str) -> bool:
    """A clause with a softer cue of asking: "experience with", "knowledge of", "a plus"."""
    return _cue_in("required_soft", clause) or _cue_in("preferred", clause)


def asks_the_candidate(clause: str) -> bool:
    """A clause that speaks of the candidate's qualifications ("You have...", "candidates with...",
    "experience with..."), wherever it stands in a posting."""
    return _cue_in("candidate_asks", clause)


def candidate_asks_in(clause: str) -> list[tuple[int, int]]:
    """Where ``asks_the_candidate``'s cues stand in ``clause``."""
    return [m.span() for m in load_cues().candidate_asks.finditer(clause)]


@lru_cache(maxsize=1)
def _duty_statements() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in cue_data()["duty_statements"]["cues"]))


@lru_cache(maxsize=4096)
def states_duties(clause: str) -> bool:
    """A clause that states the duties of the post's holder ("The Officer will also participate in
    safety planning"), wherever it stands in a posting."""
    return _duty_statements().search(clause.lower()) is not None


@lru_cache(maxsize=1)
def _addressed_duties() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in cue_data()["duty_statements"]["addressed"]), re.IGNORECASE)


def addresses_duties(clause: str) -> bool:
    """A clause that tells the reader the post's duties ("In this role you will maintain ...", "... will
    be responsible for"), not what the employer gives ("you will enjoy")."""
    return _addressed_duties().search(clause) is not None


def asks_strongly(clause: str) -> bool:
    """A clause with a "must"/"required"-style cue."""
    return _cue_in("required_strong", clause)


# The field a degree is in, after it: "BA/BS in Accounting", "Bachelor's degree or equivalent in
# Finance", "Associate degree or higher in Business", "degree in business administration". Up to four
# words, to the first comma, stop, "or".
_DEGREE_FIELD = re.compile(
    r"(?:[ \t]*\((?:Hons|Honours|Hon)\.?\))?"  # "BSc (Hons) in Paramedic Science"
    # a field shared with the degrees listed after this one: "FdSc or BSc (Hons) in Paramedic Science"
    r"(?:(?:[ \t]*,[ \t]*|[ \t]*/[ \t]*|[ \t]+(?:or|and)[ \t]+)(?-i:[A-Z][A-Za-z.]*[A-Z][A-Za-z.]*|[A-Z][a-z]+[ \t]+HE)"
    r"(?:[ \t]*\((?:Hons|Honours|Hon)\.?\))?){0,3}"
    r"(?:[ \t]+degree)?(?:[ \t]+or[ \t]+(?:an?[ \t]+)?(?:equivalent|higher|above)(?:[ \t]+degree)?)?"
    # where the degree is from, before its field: "Bachelor's degree from an accredited college or university in
    # business management", "from an ABET accredited university in Civil Engineering"
    r"(?:[ \t]+from[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:college|university|universities|institution|school)"
    r"(?:[ \t]+(?:or|and|and/or)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:college|university|institution|school))?)?"
    # the word a field follows in the five other languages the vocabulary reads: "Bac+5 en ingénierie
    # générale", "Bac+5 à dominante mécatronique", "abgeschlossene Ausbildung als Kosmetiker:in",
    # "Ausbildung in der Gebäudereinigung", "Licenciatura en Enfermería", "Laurea in Economia",
    # "Ensino Superior em Administração" (not German "im ... Bereich": a kind of training, no field)
    r"[ \t]+(?:in|en|em|als|zum|zur|in[ \t]+der|à[ \t]+dominante|"
    r"dans[ \t]+le[ \t]+domaine[ \t]+(?:du|de[ \t]+la|des|de))[ \t]+"
    # "in a science or health related subject", "in a numerate discipline": the field a subject is in
    r"(?:an?[ \t]+(?=(?:[\w&'\u2019-]+[ \t]+){1,4}(?:subject|discipline)s?\b))?"
    r"(?!(?:a|an|the|any|this|that|our|your|order|related|relevant|similar|addition|lieu|one|either|following)\b)"
    # a German field keeps its gender ending ("Kosmetiker:in", "Elektriker/in", "Erzieher*in"); "und",
    # "oder", "et", "ou", "y", "o", "ed", "oppure" end it as "and" and "or" do
    r"(?P<field>[A-Za-z][\w&'\u2019-]*(?:[:/*_]in(?:nen)?\b)?(?:[ \t]+(?!(?:or|and|with|from|is|are|required|"
    r"preferred|plus|desired|a|an|the|to|as|at|for|from|highly|strongly|is|will|would|from|which|that|who|where|"
    r"when|und|oder|et|ou|y|o|ed|oppure)\b)"
    r"[A-Za-z][\w&'\u2019-]*(?:[:/*_]in(?:nen)?\b)?){0,3})",
    re.IGNORECASE)


def degree_field_end(text: str, end: int) -> int:
    """Where a degree named at ``text[..end]`` ends with the field it is in ("BA/BS in Accounting"):
    the field is what SkillSpan labels with the degree, and what the degree asks for; ``end``
    when no field follows."""
    m = _DEGREE_FIELD.match(text, end)
    return m.end("field") if m else end


# A further field in the list a degree's field opens ("Bachelor's in Engineering, architecture or
# Business"): after a comma, "or" or "and", up to four words, ending where the list goes on or stops.
# Not "a related field", "equivalent", "etc." (the list's end), nor words that go on as a sentence.
_FIELD_WORD = r"[A-Za-z][\w&'\u2019-]*"
_NOT_A_FIELD = (r"(?:a|an|the|any|others?|another|related|relevant|similar|equivalents?|comparable|correlat\w*|allied|"
                r"etc|you|we|they|"
                r"this|that|which|who|with|from|is|are|was|be|will|would|must|should|can|may|have|has|"
                r"experience|years?|required|preferred|desired|plus|field|fields|discipline|area|subject|degree)\b")
_FIELD_ENDS = r"(?=[ \t]*(?:[,.;:)(\n]|$)|[ \t]+(?:or|and|and/or|preferred|required|desired|is|are|a[ \t]+plus)\b)"
_FURTHER_FIELD = re.compile(
    rf"(?:[ \t]*,[ \t]*(?:(?:or|and|and/or)[ \t]+)?|[ \t]+or[ \t]+)(?!{_NOT_A_FIELD})"
    rf"(?P<field>{_FIELD_WORD}(?:[ \t]+(?!{_NOT_A_FIELD}|or\b|and\b){_FIELD_WORD}){{0,3}}){_FIELD_ENDS}"
    # joined by a bare "and", two words at most: "in Finance and Accounting", not "in Nursing and current RN licence"
    rf"|[ \t]+and[ \t]+(?!{_NOT_A_FIELD})(?P<pair>{_FIELD_WORD}(?:[ \t]+(?!{_NOT_A_FIELD}|or\b|and\b){_FIELD_WORD})?)"
    rf"{_FIELD_ENDS}",
    re.IGNORECASE)
MAX_FURTHER_FIELDS = 8


def further_degree_fields(text: str, end: int) -> list[tuple[int, int]]:
    """The fields listed after a degree's first one, which ends at ``end`` ("BA/BS in Finance,
    Business" -> "Business"; "in engineering, architecture, construction, or related subject" ->
    "architecture", "construction"): each is a field the degree may be in, as SkillSpan labels them."""
    out: list[tuple[int, int]] = []
    words = len(text[_field_start(text, end):end].split())
    while len(out) < MAX_FURTHER_FIELDS:
        m = _FURTHER_FIELD.match(text, end)
        if m is None or (m.group("pair") and words > 2):
            break  # "Business Administration More information and send application": a run-on, no pair
        group = "field" if m.group("field") else "pair"
        out.append((m.start(group), m.end(group)))
        end = m.end(group)
        words = len(m.group(group).split())
    return out


def _field_start(text: str, end: int) -> int:
    """Where the field ending at ``end`` starts: after the "in" that opens it."""
    k = text.rfind(" in ", max(0, end - 120), end)
    return k + 4 if k >= 0 else end


# How far before a mention a negation is looked for (the clause's words, as for the other cues).
NEGATION_REACH = 200


@lru_cache(maxsize=1)
def _negation_cues() -> tuple[tuple[re.Pattern, ...], re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    cues = cue_data()["negated"]
    return (tuple(re.compile(p) for p in cues["lead"]), re.compile(cues["no"]), re.compile(cues["closing"]),
            re.compile(cues["contrast"]), re.compile(cues["reasserted"]))


_LEAD_WORDS = ("not", "n't", "n\u2019t", "need", "requirement")


def negated(text: str, start: int, end: int) -> bool:
    """Whether the mention at [start, end) is named as what the candidate must not have, or need
    not have (requirement_cues.json 'negated': "Must not have a Degree, Level 4 qualification or
    above", "no qualifications or experience required"): no skill asked, at any level."""
    lo, hi = clause_bounds(text, start, end)
    # "Cervical cytology reporting is not required" ("Ideally an Honours degree ... this is not essential": wished;
    # the wish may be a heading's word on the line before, "Ideally an" taken for a heading)
    if _not_required_after(text, end) and _WISHED.search(text, max(0, start - 80), start) is None:
        return True
    before = text[max(lo, start - NEGATION_REACH):start]
    leads, no, closing, contrast, reasserted = _negation_cues()
    if not before.strip():
        return False
    if ("rather" in before or "instead" in before or "xcept" in before) and _PUT_ASIDE.search(before):
        return True  # "focusing on the care side of the home rather than the business and marketing", "rotate
        # through all areas of the department with the exception of Ultrasound, MRI and Angiography"
    # every lead holds "not", "n't", "need" or "requirement": a text without them needs no search
    lowered = case_folded(before)
    if "no" in lowered and _NO_BEFORE.search(before) and _RECORD_NOUN.match(text, start):
        return True  # "a clean driving record with no DUI records": a record that disqualifies
    maybe = any(word in lowered for word in _LEAD_WORDS)
    last = max((m.end() for p in leads for m in p.finditer(before)), default=-1) if maybe else -1
    if last >= 0 and contrast.search(before, last) is None and reasserted.search(before, last) is None:
        return True
    said_no = None
    for m in no.finditer(before, max(0, len(before) - NO_REACH)):
        said_no = m
    if said_no is None or _NOT_A_LIST.search(before, said_no.end()) or contrast.search(before, said_no.end()):
        return False
    shut = closing.search(text[end:hi])
    return shut is not None and contrast.search(text, end, end + shut.start()) is None


# What the sentence sets aside, right after "rather than", "instead of", "with the exception of" or "except for" and
# up to five words on ("focusing on the care side of the home rather than the business and marketing", "all areas of
# the department with the exception of Ultrasound, MRI and Angiography"): not what the job asks.
_PUT_ASIDE = re.compile(r"(?i)\b(?:rather[ \t]+than|instead[ \t]+of|with[ \t]+the[ \t]+exception[ \t]+of|"
                        r"except[ \t]+for)[ \t]+(?:[\w'’-]+,?[ \t]+){0,5}$")


# "Cervical cytology reporting is not required.", "rosette experience is certainly not necessary", "... isn't
# needed": the mention's own sentence says it is not needed, with nothing that turns it into a wish on either side
# of the "not" ("... would be an advantage but is not essential", "not required, but a plus" stay preferred, by the
# 'preferred' cues).
_NOT_NEEDED_AFTER = re.compile(r"[^.;:!?\n]{0,60}?\b(?:(?:is|are)[ \t]+"
                               r"(?:(?:certainly|definitely|absolutely|really|strictly)[ \t]+)?"
                               r"not|isn[\'\u2019]t|aren[\'\u2019]t)[ \t]+(?:required|needed|necessary|essential|"
                               r"mandatory)\b[^.;!?\n]*", re.IGNORECASE)
_WISHED = re.compile(r"(?i)\b(?:but|however|although|though|whereas|yet|except|plus|advantage\w*|prefer\w*|desir\w*|"
                     r"benefici\w*|welcome\w*|helpful|asset|bonus|ideal\w*|appreciated|nice|great|useful|valued)\b")


# A field's name and its value past a colon or on the next line of the same text, as a job board's facts
# list them ("Security clearance: Not Required", "Drug test: No"): the field says the job asks for none. (A
# value on a line of its own under a field written as a heading is another section's text, not seen here.)
_FIELD_SAYS_NO = re.compile(r"[ \t]*(?::[ \t]*|[ \t]*\n\s*)(?:[-*\u2022][ \t]*)?"
                            r"(?:not[ \t]+required|none|no|n/a|not[ \t]+applicable)"
                            r"[ \t]*(?:\n|$|\u2022)", re.IGNORECASE)


def _not_required_after(text: str, end: int) -> bool:
    """Whether the words after a mention, in its sentence, say it is not needed ("X is not required"),
    or the mention names a field whose value says so ("Security clearance: Not Required")."""
    if _FIELD_SAYS_NO.match(text, end):
        return True
    after = text[end:end + 80]
    if "not" not in after and "n't" not in after and "n\u2019t" not in after:
        return False
    m = _NOT_NEEDED_AFTER.match(text, end)
    return m is not None and _WISHED.search(m.group()) is None


# A record the candidate must be free of: "no" within two words before the mention, which is (or runs on within
# three words into) the record's noun ("with no DUI records", "no moving violations", "no felony convictions").
_NO_BEFORE = re.compile(r"(?i)\bno[ \t]+(?:[\w/-]+[ \t]+){0,2}$")
_RECORD_NOUN = re.compile(r"(?i)(?:[\w/-]+[ \t]+){0,3}?(?:records?|convictions?|violations?|offen[cs]es|accidents?|"
                          r"infractions?|DUIs?|DWIs?)\b")


# "no" heads the list it negates ("no degree, licence or experience required"): within this many
# characters of the mention, with only the list's words between (no verb: "we have no dress code
# and Excel is required" negates no Excel).
NO_REACH = 60
_NOT_A_LIST = re.compile(r"(?i)\b(?:is|are|was|were|be|been|has|have|had|will|would|can|must|should|you|we|they)\b")
