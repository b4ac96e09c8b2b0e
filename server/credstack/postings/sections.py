"""Blocks -> typed sections (requirements, preferred, responsibilities, ...).

Cue phrases live in ``data/section_cues.json``. A heading is an <h*> element, a bold or all-caps
short paragraph, a short line ending in ':', a markdown heading, or a short line that is little
more than a cue ("Nice to have", "Who we are looking for"). A lead-in ("Nice to have: Kafka")
opens a section inside a paragraph.

Nesting matters because the skills extractor ignores benefits and company sections and reads
requirements as required: a weaker heading under a stronger one (a bold line under an <h2>, a
"You will:" lead-in under "The role") is a sub-heading and keeps its parent's kind unless it names
another kind; a heading as strong as the one that opened the section starts a new one.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from credstack.part_names import MIN_TYPO_WORD, misspelt_part_name
from credstack.postings.labels import is_fact_label
from credstack.postings.model import Section, SectionKind
from credstack.postings.text import Block, render

MAX_HEADING_CHARS = 90
MAX_HEADING_WORDS = 12
MAX_CUE_LINE_WORDS = 8
MAX_LEAD_IN_WORDS = 6
STRONG, WEAK, ANYWHERE = "strong", "weak", "anywhere"
_KEEP_PARENT = (SectionKind.BENEFITS, SectionKind.ABOUT_COMPANY, SectionKind.HOW_TO_APPLY, SectionKind.REQUIREMENTS,
                SectionKind.PREFERRED)
# Under a privacy notice, an application form or a list of other jobs, sub-headings ("1. About
# processing of personal data", "Documents") stay in it unless they name the job's own text.
_BOILERPLATE_PARENTS = (SectionKind.LEGAL, SectionKind.APPLICATION_FORM, SectionKind.NAVIGATION)
_JOB_TEXT = (SectionKind.REQUIREMENTS, SectionKind.RESPONSIBILITIES, SectionKind.PREFERRED)
_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with & our your you we".split())


@dataclass(frozen=True)
class SectionCues:
    tiers: tuple[tuple[str, tuple[tuple[SectionKind, re.Pattern], ...]], ...]


@lru_cache(maxsize=1)
def load_section_cues() -> SectionCues:
    data = json.loads((resources.files("credstack") / "data" / "section_cues.json").read_text("utf-8"))
    tiers = []
    for tier in (STRONG, WEAK, ANYWHERE):  # one pattern per kind: a heading is searched once per kind
        tiers.append((tier, tuple((SectionKind(kind), re.compile("|".join(f"(?:{p})" for p in data[tier][kind]),
                                                                 re.IGNORECASE))
                                  for kind in data["order"] if data[tier].get(kind))))
    return SectionCues(tuple(tiers))


_EDGES = re.compile(r"^[\W_]+|[\s:.\-–—!?…*]+$")
_NUMBERING = re.compile(r"^(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]\s+", re.IGNORECASE)  # "2. Requirements"


def _normalise(heading: str) -> str:
    text = heading.strip().replace("\u2019", "'").replace("\u2018", "'")
    return _NUMBERING.sub("", _EDGES.sub("", text))


# A heading that puts the job's name before a cue ("Dental Hygienist Job Responsibilities", "Store
# Manager Qualifications", "CDL-A Driver Requirements:"; job boards' templates write them): the cue
# at its end names it. Only cues that name the job's own text close such a heading ("Acme Overview",
# "Our Mission" are the company's), after capitalised words that are no small word ("About Our
# Requirements" is no job's name); "skills" alone closes none ("Excellent Communication Skills" is
# an item of a list, not its heading).
_NAMED_JOB_CUE = re.compile(
    r"\s((?:(?:job|key|main|core|primary|essential|minimum|basic|required|preferred|desired|additional)\s+)?"
    r"(?:(?:duties|responsibilities|requirements|qualifications)(?:\s*(?:and|&)\s*"
    r"(?:duties|responsibilities|requirements|qualifications|skills|experience))?|"
    r"(?<=job\s)description|"
    r"skills\s*(?:and|&)\s*(?:qualifications|requirements|experience)|"
    r"knowledge,?\s+skills,?\s*(?:and|&)\s*abilities))$", re.IGNORECASE)  # the US "KSAs"
_NAME_WORD = re.compile(r"[A-Z0-9][\w'’/&.+-]*")


# A slogan cried out ("WE ARE LOOKING FOR TALENTED PEOPLE LIKE YOU!!", "We're Looking For A Cloud
# Product Manager!"): the cue of asking goes on to whom it wants, and the lines under it sell the job.
# "What we are looking for!" and "We want to hear from you!" end on their cue and keep it.
MIN_SLOGAN_WORDS_AFTER_CUE = 2


@lru_cache(maxsize=4096)
def _match(heading: str, tiers=(STRONG, WEAK, ANYWHERE), named_job: bool = False):
    """(kind, tier, the cleaned heading, the match) of the first cue that names the heading; with
    ``named_job``, a heading that names the job before its cue (``_NAMED_JOB_CUE``) is named by that
    cue, and the cleaned heading is the cue's words. Kept for the latest few thousand headings: a
    posting's lines are tried as headings by more than one step (its rank, its kind), and labels
    recur from page to page ("Job type", "Industry")."""
    found = _match_cue(heading, tiers, named_job)
    if (found[0] is SectionKind.REQUIREMENTS and heading.rstrip().endswith("!")
            and len(found[2][found[3].end():].split()) >= MIN_SLOGAN_WORDS_AFTER_CUE):
        return None, None, found[2], None
    return found


def _match_cue(heading: str, tiers, named_job: bool):
    text = _normalise(heading)
    if text:
        found = _first_cue(text, tiers)
        if found is not None:
            return (*found[:2], text, found[2])
        mended = _mend_typos(text)
        if mended != text:
            found = _first_cue(mended, tiers)
            if found is not None:
                return (*found[:2], mended, found[2])
        named = _NAMED_JOB_CUE.search(text) if named_job and len(text.split()) <= MAX_CUE_LINE_WORDS else None
        if named is not None:
            name = text[:named.start()].split()
            # capitalised words, "and" only between two ("Job Specific And Unique Knowledge, Skills ...")
            if name and all((_NAME_WORD.fullmatch(w) and w.lower() not in _SMALL_WORDS)
                            or (w.lower() in ("and", "&") and 0 < k < len(name) - 1) for k, w in enumerate(name)):
                found = _first_cue(named.group(1), tiers)
                if found is not None:
                    return (*found[:2], named.group(1), found[2])
    return None, None, text, None


_LONG_WORD = re.compile(rf"[^\W\d_]{{{MIN_TYPO_WORD},}}")


def _mend_typos(text: str) -> str:
    """``text`` (a short heading) with each long word misspelt from a part's name (``part_names``)
    written right, in lower case; ``text`` itself when it holds none."""
    if len(text.split()) > MAX_CUE_LINE_WORDS:
        return text
    return _LONG_WORD.sub(lambda m: misspelt_part_name(m.group()) or m.group(), text)


def _first_cue(text: str, tiers) -> tuple[SectionKind, str, re.Match] | None:
    for tier, patterns in load_section_cues().tiers:
        if tier in tiers:
            for kind, pattern in patterns:
                m = pattern.search(text)
                if m:
                    return kind, tier, m
    return None


def classify_tier(heading: str, tiers=(STRONG, WEAK, ANYWHERE)) -> tuple[SectionKind | None, str | None]:
    """The section kind a heading names and the tier of the cue that named it."""
    kind, tier, _, _ = _match(heading, tiers, named_job=True)
    return kind, tier


MIN_FLAT_CHARS = 600
MAX_RUN_IN_EXTRA_WORDS = 3
_RUN_IN_CANDIDATE = re.compile(r"(?:^|(?<=[.!?:;)\]…])|(?<=-{3})|(?<=[^\W\d_]))\s+(?=[^\W\d_])")
_RUN_IN_KINDS = frozenset(SectionKind) - {SectionKind.OTHER, SectionKind.NAVIGATION, SectionKind.APPLICATION_FORM}
# "£30,000 plus Benefits We are ...": the cue goes on with the pay, it heads nothing
_PAY_JOINS = frozenset(("plus", "+"))
# A field label soon after a cue closed by a colon: the cue is one more field of a flattened header
# ("Benefits: Blue Chip Company Benefits Location: Swansea"), not the heading of what follows.
_NEXT_LABEL = re.compile(r"\b([A-Z][a-z]+(?:[ \t][A-Z]?[a-z]+)?):[ \t]")
NEXT_LABEL_REACH = 60


def label_follows(text: str, start: int) -> bool:
    """Whether another field label ("Location:") follows within ``NEXT_LABEL_REACH`` characters of ``start``."""
    return _NEXT_LABEL.search(text, start, start + NEXT_LABEL_REACH) is not None


def break_run_in_headings(text: str) -> str:
    """A description flattened to one line (structured data that kept no markup: "... travel is
    required. Responsibilities Define the strategy ... Minimum Qualifications 8 years ...") ->
    each heading on a line of its own, so it heads its section again.

    A heading is a strong cue ("Responsibilities", "Qualifications minimales", "Equal Employment
    Opportunity") that starts after a sentence or a word, not after "our" or "the" ("our Benefits
    Team"), and is followed by a capitalised word or a number, as the first line under a heading
    is. Text with line breaks, or short, is left as it is."""
    if len(text) < MIN_FLAT_CHARS or "\n" in text.strip():
        return text
    cuts: list[tuple[int, int]] = []
    for gap in _RUN_IN_CANDIDATE.finditer(text):
        start = gap.end()
        if not text[start].isupper() or (cuts and start < cuts[-1][1]):
            continue
        before = text[max(0, gap.start() - 40):gap.start()].rsplit(None, 1)
        last = before[-1] if before else ""
        # not after "our" ("our Benefits Team"), nor inside a run of capitalised words (a name),
        # unless the cue closes that run with a colon: the run is the heading ("Essential Support
        # Worker Job Requirements: At least ...")
        if last.lower() in _SMALL_WORDS or last.lower() in _PAY_JOINS:
            continue
        if last[:1].isupper() and last[-1:].isalnum():
            run = _colon_heading(text, gap.start(), start)
            if run and not (cuts and run[0] < cuts[-1][1]):
                cuts.append(run)
            continue
        end = _run_in_heading_end(text, start)
        if end and _HIRING_INTRO.match(text, end) and classify(text[start:end]) == SectionKind.BENEFITS:
            continue  # "... All meals on duty Company benefits Our client is looking for a chef ...": the ad begins
        if end and _PAY_CUE.fullmatch(text, start, end) and _PAY_VALUE.match(text, end):
            continue  # "... Hours Part Time Salary Band 6 ****k Company ...": the pay, one field of a flattened header
        if end:
            cuts.append((start, end))
    if not cuts:
        return text
    out, at = [], 0
    for start, end in cuts:
        out += [text[at:start].rstrip(), "\n", text[start:end], "\n"]
        at = end
    out.append(text[at:].lstrip())
    return "".join(out).strip()


# The sentence that opens a job ad ("Our client is looking for", "We are currently recruiting", "Diamond IT is
# working in partnership with ...", "Acme is a leading ..."):
# after a benefits cue in flattened text it shows the cue was one of the ad's header phrases
# ("Excellent tips All meals on duty Company benefits"), not the heading of what follows.
_HIRING_INTRO = re.compile(r"\s+(?:(?:Our|My)\s+client\b|[A-Z][\w'’]*\s+(?:[\w'’]+\s+){0,2}(?:is|are)\s+"
                           r"(?:currently\s+|now\s+)?(?:looking|seeking|recruiting|hiring|working\s+(?:in|with|on\s+behalf)"
                           r"|(?:a|an|one\s+of)\s+(?:leading|global|growing|well|award|successful|specialist|market)))\b")
# A pay field's label and its value in a flattened header ("Salary Band 6 ****k", "Salary £24,000", "Pay Competitive"):
# a header's field, not a heading over the rest of the advert.
_PAY_CUE = re.compile(r"(?i)(?:basic[ \t]+)?(?:salary|pay|remuneration|wages?|rates?[ \t]+of[ \t]+pay)(?:[ \t]+band)?")
_PAY_VALUE = re.compile(r"(?i)[ \t]*(?:band[ \t]+\d|[£$€]|\d|\*{2,}|circa\b|c\.|up[ \t]+to\b|from\b|competitive\b|"
                        r"negotiable\b|doe\b|dependent\b|depending\b|attractive\b|excellent\b)")
# up to a cue line's words of capitalised words, after a sentence's end or the text's start
_CAPITALISED_RUN = re.compile(rf"(?:^|(?<=[.!?:;)\]…])\s)((?:[A-Z][\w'’&/-]*\s+){{1,{MAX_CUE_LINE_WORDS - 1}}})$")


def _colon_heading(text: str, gap: int, start: int) -> tuple[int, int] | None:
    """(start, end) of a heading in flattened text made of capitalised words that a strong cue at
    ``start`` closes with a colon, the run starting after a sentence ("... elderly. Essential
    Residential Support Worker Job Requirements: At least ..."); None otherwise."""
    end = _cue_end(text, start)
    if not end or not text.startswith(":", end):
        return None
    run = _CAPITALISED_RUN.search(text, max(0, gap - MAX_HEADING_CHARS), start)
    if not run or end + 1 - run.start(1) > MAX_HEADING_CHARS:
        return None
    return run.start(1), end + 1


@lru_cache(maxsize=1)
def _any_strong_cue() -> re.Pattern:
    strong = dict(load_section_cues().tiers)[STRONG]
    return re.compile("|".join(f"(?:{p.pattern})" for _, p in strong), re.IGNORECASE)


def _cue_end(text: str, start: int) -> int | None:
    """The end of the last word of a strong cue of a section kind that starts at ``start``, or at the
    word after a "The" there when a colon closes the cue ("The principle responsibilities: To ensure ...";
    not "The Responsibilities Identify ...", a line the cue lines do not read as a heading)."""
    if text.startswith("The ", start):
        end = _strong_cue_end(text, start + 4)
        if end is not None and text.startswith(":", end):
            return end
    return _strong_cue_end(text, start)


def _strong_cue_end(text: str, start: int) -> int | None:
    """The end of the last word of a strong cue of a section kind that starts at ``start``."""
    # (a curly apostrophe read as the cues write it, one character for one: "What You’ll do")
    window = text[start:start + MAX_HEADING_CHARS].replace("\u2019", "'").replace("\u2018", "'")
    if not _any_strong_cue().match(window):  # one try first: most capitalised words start no cue
        return None
    kind, tier, cleaned, m = _match(window, (STRONG,))
    if kind not in _RUN_IN_KINDS or m is None or m.start() or not window.startswith(cleaned[:m.end()]):
        return None
    end = start + m.end()
    while end < len(text) and (text[end].isalnum() or text[end] in "'’-") \
            and not (text[end].isupper() and text[end - 1].islower()):
        end += 1  # the cue's last word, whole; not a word glued on ("RequirementsSpanish Speaker is a MUST")
    return end


# The job's name closing a run-in heading with a colon: "Key duties/responsibilities of the Manufacturing Engineer:"
_NAMED_TO_COLON = re.compile(r"[ \t]+(?:[A-Z][\w'’&-]*[ \t]+){0,3}[A-Z][\w'’&-]*:(?=[ \t])")


def _fact_label_precedes(text: str, start: int) -> bool:
    """Whether a fact's label stands within ``NEXT_LABEL_REACH`` characters before ``start`` ("Salary: circa 30k
    depending on experience. Benefits: Pension, ... Duration: Permanent"): the cue there is one more field of a
    header. A label's word may follow another capitalised word ("Engineer Salary:")."""
    return any(is_fact_label(m.group(1)) or is_fact_label(m.group(1).split()[-1])
               for m in _NEXT_LABEL.finditer(text, max(0, start - NEXT_LABEL_REACH), start))


# A word that joins a heading's words: the capitalised word after it goes on with the heading ("Duties and
# Responsibilities: Assessing ...", not a heading "Duties and" over "Responsibilities: ...")
_HEADING_JOINS = frozenset({"and", "&"})


# A list item's hyphen and the item's capital after a heading run into flattened text (a bullet there is parted
# later, with the items after it); not a title's dash or a line in capitals ("FULL JOB DESCRIPTION – PROGRAM
# DIRECTOR", a page's running header)
_DASHED_ITEM = re.compile(r"-[ \t]+(?:[A-Z](?![A-Z])|[0-9])")


def _run_in_heading_end(text: str, start: int) -> int | None:
    """Where the heading that starts at ``start`` ends, when a strong cue starts there."""
    end = _cue_end(text, start)
    if not end:
        return None
    for _ in range(MAX_RUN_IN_EXTRA_WORDS + 1):
        rest = text[end:]
        following = rest.lstrip()
        if rest[:1] == ":" and (rest[1:2] in (" ", "\t")
                                or (rest[1:2].isupper() and not text[:start].rstrip()[-1:].isupper())):
            # "... when required. Benefits: Uniforms are ...", "Essential functions include:Accounting Services"
            # (not a cue closing a heading in capitals glued to a word: "regulationPRIMARY RESPONSIBILITIES:Employee")
            if label_follows(text, end + 1) or _fact_label_precedes(text, start):
                return None  # "Salary: 30k Benefits: Blue Chip Company Benefits Location: Swansea": a header's fields
            return end + 1 if len(text[start:end].split()) <= MAX_CUE_LINE_WORDS else None
        if rest[:1] == "/" and rest[1:2].isalpha():  # "Key duties/responsibilities of the Manufacturing Engineer:"
            end += 1
            while end < len(text) and not text[end].isspace() and text[end] != ":":
                end += 1
            continue
        if rest[:2] == ", ":  # "In return, PULSE can offer: Excellent rates of pay ...": the cue goes on to its colon
            colon = text.find(":", end, end + MAX_HEADING_CHARS)
            if colon > 0 and text[colon + 1:colon + 2] in (" ", "\t") and not re.search(r"[.!?;]", text[end:colon]) \
                    and len(text[start:colon].split()) <= MAX_CUE_LINE_WORDS + 3 \
                    and classify(text[start:colon]) not in (None, SectionKind.OTHER):
                return colon + 1
            return None
        if not following or rest[:1] not in (" ", "\t"):
            return None
        joined = text[start:end].rsplit(None, 1)[-1].lower() in _HEADING_JOINS
        named = _NAMED_TO_COLON.match(text, end) if following[0].isupper() and not joined else None
        if named is not None and len(text[start:named.end()].split()) <= MAX_CUE_LINE_WORDS + 3:
            return named.end()  # "... of the Manufacturing Engineer:": the job's name, then the colon
        if (following[0].isupper() and not joined) or following[0].isdigit() \
                or (_DASHED_ITEM.match(following) and not joined and len(text[start:end].split()) >= 2):
            # (or its first item, a dash before it: "... Partner satisfaction. What You’ll do - Manage Partner ...";
            # a cue of one word before a dash is a term defined: "Impact - Being a versatile team player")
            words = len(text[start:end].split())
            return end if words <= MAX_CUE_LINE_WORDS else None
        if not following[0].isalpha():
            return None
        end += len(rest) - len(following)  # "Qualifications minimales": one more word of the heading
        while end < len(text) and not text[end].isspace() and text[end] != ":":
            end += 1  # up to a colon closing it ("In return you can expect: basic salary ...")
    return None


def classify(heading: str) -> SectionKind | None:
    """The section kind a heading names, or None when it names none."""
    return classify_tier(heading)[0]


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and len(text) <= 60


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _is_title_case(text: str) -> bool:
    words = [w for w in _WORD.findall(text) if w.lower() not in _SMALL_WORDS]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _cue_line(text: str) -> bool:
    """A short line that is little more than a cue names a section even without bold or ':'."""
    if len(text) > 60 or len(text.split()) > MAX_CUE_LINE_WORDS or text.rstrip().endswith((".", ",", ";")):
        return False
    if ":" in text.rstrip(":"):  # "Job Type: Full-time" states a fact; it heads nothing
        return False
    kind, tier, cleaned, m = _match(text, (STRONG, WEAK), named_job=True)
    if kind is None:
        return False
    if len(text.split()) <= 2 or (tier == STRONG and _is_title_case(text)):
        return True
    # a strong cue followed by at most two more words ("Skills & requirements", "Who you are"), an
    # aside in brackets left out ("Benefits of working with FTB (employed by BWC)")
    return tier == STRONG and len(_ASIDE.sub(" ", cleaned[m.end():]).split()) <= 2


_ASIDE = re.compile(r"\([^()]*\)")


def heading_rank(block: Block) -> int:
    """How strong a heading's presentation is: <h1> 9 ... <h6> 4; bold, caps or a cue line 3;
    a plain line ending in ':' or a row's label (<th>, <dt>) 2; 0 when the block is not a heading."""
    text = block.text.strip()
    if not text or len(text) > MAX_HEADING_CHARS or len(text.split()) > MAX_HEADING_WORDS:
        return 0
    if block.is_heading_tag:
        return 10 - min(max(block.level, 1), 6) if block.level else 7
    if block.tag == "li":
        # "業務内容<br>管理薬剤師、調剤…", "Requirements<br>3 years ...": an item headed by a cue on its own line
        return 2 if block.item_head and _cue_line(text) and _tier(text) == STRONG else 0
    if block.label and not text.endswith((".", ",", ";")):
        return 3 if block.bold else 2  # "業務内容 | ...", "Duties | ...": a table's row label heads its cell
    if text.endswith(":"):
        return 3 if block.bold or _is_caps(text) else 2
    if text.endswith(";") and block.tag != "li" and _cue_line(text[:-1].rstrip()) and _tier(text[:-1]) == STRONG:
        return 2  # "Essential Requirements;" over its list: a colon mistyped
    trailing = _TRAILING_ELLIPSIS.search(text)
    if trailing is not None and block.tag != "li" and _opens_on_cue(text[:trailing.start()], MAX_TRAILING_OFF_WORDS):
        return 3  # "What you'll be working on...", "Skills & experience…": a heading trailing off
    if text.endswith("?") and block.tag != "li" and _opens_on_cue(text[:-1].rstrip(), MAX_QUESTION_HEADING_WORDS):
        return 3  # "What will you be doing day to day?": a question opening on a cue heads its answer
    if text.endswith((".", ",", ";")):
        return 0
    if block.bold or _is_caps(text) or _cue_line(text):
        return 3
    return 0


# An ellipsis closing a line ("...", ".. .", "…", "….", "….."), as a heading trailing off into its list.
_TRAILING_ELLIPSIS = re.compile(r"\s*(?:\.\s?\.\s?\.|…)(?:\s?[.…])*\s*$")
MAX_TRAILING_OFF_WORDS = 7
MAX_QUESTION_HEADING_WORDS = 9


def _opens_on_cue(text: str, max_words: int) -> bool:
    """A line that trails off in an ellipsis, or asks a question, heads a section when it is a cue
    line, or opens on a strong cue and stays within ``max_words`` ("Skills & experiences exciting
    to us…", "What will you be doing day to day?", "What are we looking for in a candidate?"): the
    ellipsis leads into the list as a colon does, and the lines after a question answer it."""
    if _cue_line(text):
        return True
    if len(text.split()) > max_words or ":" in text:
        return False
    kind, _, _, m = _match(text, (STRONG,), named_job=False)
    return kind is not None and m.start() == 0  # a cue's match comes with its kind


# Words after a fact label ("Company:") that make a paragraph about the company, not its name.
MIN_ABOUT_WORDS = 12


def _lead_in(text: str) -> tuple[SectionKind, str, str] | None:
    """"Nice to have: Kafka, Flink" -> (preferred, "Nice to have", "Kafka, Flink")."""
    head, colon, rest = text.partition(":")
    if not colon or not rest.strip() or not head.strip() or len(head.split()) > MAX_LEAD_IN_WORDS:
        return None
    if rest.startswith("//"):  # a URL, not a lead-in
        return None
    if head[-1:].isdigit() and rest[:1].isdigit():  # "weekly 1:1 mentoring", "from 9:30": a ratio or a time
        return None
    if is_fact_label(head):  # "Company: Acme", "Salary: $90k" state facts; they open no section
        # unless the company's label opens a paragraph about it ("Company: Tracts is a cloud-based
        # software that helps automate ...")
        if len(rest.split()) >= MIN_ABOUT_WORDS and classify(head) == SectionKind.ABOUT_COMPANY:
            return SectionKind.ABOUT_COMPANY, head.strip(), rest.strip()
        return None
    kind, _ = classify_tier(head, (STRONG, WEAK))
    return (kind, head.strip(), rest.strip()) if kind is not None else None


def _is_list_lead_in(text: str) -> bool:
    """"You will find yourself surrounded by:" introduces a list; it is not a section heading."""
    return text.endswith(":") and len(text.split()) >= 4 and not _is_title_case(text)


_INLINE_BULLET = re.compile(r"\s+[•▪●◦‣]\s+")
MIN_FLATTENED_ITEMS = 3
MAX_INLINE_HEADING_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?:](?=\s)")


def _flattened_list(text: str) -> list[Block] | None:
    """A list and its headings run into one element ("... devoted to you! Minimum Qualifications
    • High School diploma. • Experience in retail preferred. Essential Duties • Provides ..."), as
    some boards save a description: its paragraph, headings and items, each a block again. A
    heading is the short tail after an item's last sentence that names a section."""
    pieces = _INLINE_BULLET.split(text)
    if len(pieces) <= MIN_FLATTENED_ITEMS:
        return None
    def split_tail(piece: str) -> tuple[str, str | None]:
        ends = list(_SENTENCE_END.finditer(piece))
        head, tail = (piece[:ends[-1].end()], piece[ends[-1].end():].strip()) if ends else ("", piece.strip())
        if tail and not tail.endswith((".", "!", "?", ";", ",")) and len(tail.split()) <= MAX_INLINE_HEADING_WORDS \
                and classify(tail) is not None:
            return head.strip(), tail
        return piece.strip(), None

    out: list[Block] = []
    for i, piece in enumerate(pieces):
        body, heading = split_tail(piece)
        if body:
            out.append(Block(body, "p" if i == 0 else "li"))
        if heading:
            out.append(Block(heading, "h", True, 3))
    return out if any(b.tag == "h" for b in out) else None


# A section under a heading that names no kind (a slogan) whose text opens with the employer
# describing itself: "At Acme, we ...", "We are a ...", "Acme is a leading provider of ...".
_ABOUT_OPENER = re.compile(
    r"^(?:(?:At|Founded in \d{4},?|Since \d{4},?)\s+[A-Z][^,\n]{1,80},\s+(?:we|our)\b"
    r"|(?:We are|We're)\s+(?:a|an|the|one of)\b"
    r"|[A-Z][\w&.'’ -]{1,60}\s+(?:is|are)\s+(?:a|an|the|one of the)\s+(?:[\w-]+\s+){0,4}"
    r"(?:company|leader|provider|manufacturer|organi[sz]ation|firm|group|employer|business|producer|retailer|"
    r"brand|agency|network|system|institution)\b)")


# An equal-treatment or non-discrimination notice, in the languages postings come in: under a heading
# that names no kind ("Additional Information") a section made of such sentences is the legal notice.
_NOTICE_SENTENCE = re.compile(
    r"equal (employment )?opportunit|without regard to|regardless of|discrimina[tzc]|diversit[éyàa]|inclusi[vo]n?|"
    r"égalité (de traitement|des chances)|situation de handicap|chancengleich|benachteilig|unabhängig von|"
    r"igualdad de oportunidades|diversidade|pari opportunità|affirmative action|"
    # the accommodation offer and the EEO reference such a notice carries beside its equal-opportunity sentence
    r"reasonable accommodations?\b|accommodations? (due to|for) (a |an )?disabilit|\beeo\b", re.IGNORECASE)
MIN_NOTICE_SHARE = 0.6
_SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


# What a job gives besides the pay, in the languages postings come in: under a heading that names
# no kind, a list most of whose items name such perks is the benefits.
_PERK = re.compile(
    r"\b(vacation|holidays?|paid time off|pto|annual leave|parental leave|bonus(es)?|pension|retirement|401\(?k\)?|"
    r"(health|dental|medical|vision) (insurance|coverage|cover|plan)|wellness programs?|gym|fitness|"
    r"flexible (hours|working)|remote work|home ?office|work[- ]life balance|stock options?|laptop|meals?|"
    r"meal vouchers?|snacks|team events?|"
    r"urlaub|urlaubstage|prämie|altersvorsorge|krankenversicherung|wellpass|gleitzeit|flexible arbeitszeiten|"
    r"mobiles arbeiten|dienstrad\w*|jobrad|weiterbildung|zuschuss|congés|mutuelle|tickets? restaurant|télétravail|"
    r"primes?( de| annuelle)|intéressement|ferie|buoni pasto|smart working|férias|plano de saúde|"
    r"vale[- ](refeição|alimentação)|"
    r"gympass|auxílio)\b", re.IGNORECASE)
MIN_PERK_SHARE = 0.5


def _is_perks(text: str) -> bool:
    """Most of the text's list items (three or more) name a perk."""
    items = [line for line in text.splitlines() if line.startswith("- ")]
    return len(items) >= MIN_LISTED_ITEMS and sum(1 for i in items if _PERK.search(i)) >= MIN_PERK_SHARE * len(items)


# A paragraph opening on the pay or the benefits, as postings end after their lists
_PAY_OPENER = re.compile(
    r"^(compensation (varies|for this|is|will)|(the )?(starting |base |annual )?(pay|salary) (range|rate|for this|"
    r"scale)|(the company|we) (also )?offers? (a |an )?(comprehensive|competitive|generous|full|wide)|"
    r"(our |the )?benefits (include|package|program))", re.IGNORECASE)

# A paragraph saying what the employer offers its staff: its benefits, whatever the heading over it
_BENEFITS_OPENER = re.compile(
    r"^[^.!?\n]{0,60}?\b(?:offers?|provides?)[ \t]+(?:(?:a|an|our|its|their|all)[ \t]+)?(?:employees[ \t]+)?"
    r"(?:[\w/-]+[ \t]+){0,4}?(?:benefits?|compensation|rewards?)[ \t]+(?:program(?:me)?|package|plan|offering)s?\b",
    re.IGNORECASE)

# What a ward, team or service gives its patients ("treatments and interventions", "services"), for ``_OFFER_LEAD_IN``
_SERVICES = r"(?:services|treatments|interventions|therapies|activities|facilities)(?:[ \t]+(?:and|&)[ \t]+[\w-]+)?"

# A paragraph whose last sentence leads the employer's offer into the list under it ("Currently we
# offer the following development opportunities for staff:", "In return we will offer:"): what the
# employer gives (its courses, its perks), no ask, under no heading of its own. A contact line or a
# link ("the service we provide ... please contact:") leads nowhere.
_OFFER_LEAD_IN = re.compile(
    r"(?i)(?:^|[.!?]\s+)((?:(?:currently|also|in return|in addition|in exchange)\b[^.!?:\n]{0,80}?,?\s+)?"
    r"(?:we\s+|we're\s+|we’re\s+)(?:(?:can|will|also|currently|are\s+able\s+to|would|"
    r"(?:are\s+)?(?:proud|pleased|happy|delighted|excited)\s+to)\s+)*(?:offer|provide)\b(?![^.!?:\n]*"
    r"\b(?:contact|link|visit|website|if\s+you)\b)[^.!?:\n]{0,100}"
    # the employer's benefits package, named in the third person: "Acme is committed to offering its advisors a
    # comprehensive compensation and benefits program which includes:"
    r"|[^.!?:\n]{0,160}?\b(?:benefits?|compensation|rewards?|perks)[ \t]+(?:package|program|programme|scheme)s?"
    r"[ \t]+(?:(?:which|that)[ \t]+)?(?:includes?|including|comprises?|offers?)"
    # the areas the post offers a chance to work in, then the ones it may include: "gives you the opportunity to
    # work across a variety of clinical areas, ... This may include:"
    r"|[^.!?:\n]{0,200}?\bopportunit(?:y|ies)[ \t]+(?:for[ \t]+you[ \t]+)?to[ \t]+(?:work|rotate|gain[ \t]+experience)"
    r"[ \t]+(?:in|across|within|through|around|between)\b[^.!?:\n]{0,200}[.!?][ \t]+(?:this|these|which|they)[ \t]+"
    r"(?:may|might|could|can)[ \t]+include"
    # the treatments or services the ward or team gives its patients: "The treatments and interventions offered
    # include:", "Our services include:" (what "you will undertake" is the post's work)
    r"|[^.!?:\n]{0,60}?\b(?:the[ \t]+(?:[\w-]+[ \t]+){0,3}?" + _SERVICES + r"[ \t]+(?:(?:we|it|the[ \t]+[\w-]+)[ \t]+)?"
    r"(?:offers?|offered|provides?|provided|available)|our[ \t]+(?:[\w-]+[ \t]+){0,3}?" + _SERVICES + r")"
    r"[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:include|includes|are)"
    # the training the starter will be given, then its list: "As a trained member of staff on the ward you will
    # receive training to become competent in:" (what the ward teaches, not what it asks)
    r"|[^.!?:\n]{0,120}?\b(?:you[ \t]+will|you'll|you[ \t]+would)[ \t]+(?:(?:also|then)[ \t]+)?"
    r"(?:receive|be[ \t]+given|be[ \t]+offered|be[ \t]+provided[ \t]+with|(?:be[ \t]+)?(?:fully[ \t]+)?trained)\b"
    r"[^.!?:\n]{0,70}?\b(?:in|on)"
    # the development the post gives: "The successful candidate will undertake the following development opportunities:"
    r"|[^.!?:\n]{0,120}?\bthe[ \t]+following[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:development|training|learning|educational|"
    r"career)[ \t]+(?:opportunities|programmes?)"
    # or what a pathway or programme of the post includes: "Our Band 5 pathway includes the following opportunities:"
    # (not "We have the following opportunities:", the posts on offer)
    r"|[^.!?:\n]{0,80}?\b(?:pathway|programme|program|scheme|rotation|package|preceptorship)[ \t]+(?:includes?|offers?|"
    r"provides?|gives?)[ \t]+(?:you[ \t]+)?the[ \t]+following[ \t]+(?:[\w-]+[ \t]+){0,2}?opportunities"
    # what the employer's centre or department is made of: "Kent Oncology Centre currently comprises:" (its machines,
    # services and staff)
    r"|[^.!?:\n]{0,80}?\b(?:centre|center|department|service|unit|hospital|trust|practice|team|site|clinic)[ \t]+"
    r"(?:currently[ \t]+|now[ \t]+)?(?:comprises|consists[ \t]+of|is[ \t]+made[ \t]+up[ \t]+of)"
    # what the service gives its patients: "Patients are offered a comprehensive menu of support and interventions:"
    r"|[^.!?:\n]{0,160}?\b(?:patients|clients|service[ \t]+users|residents|families|young[ \t]+people|children)[ \t]+"
    r"(?:are|will[ \t]+be|can[ \t]+be)[ \t]+(?:offered|provided[ \t]+with|given)\b[^.!?:\n]{0,100}"
    # what a team or service gives, then its list: "a ... team of staff ..., who provide a quality service to adults ...
    # who have a range of health conditions across spectrums including:"
    r"|[^.!?:\n]{0,200}?\b(?:team|teams|service|services|staff)\b[^.!?:\n]{0,60}?\b(?:who|which|that)[ \t]+"
    r"(?:provides?|delivers?|offers?)\b[^.!?:\n]{0,200}\b(?:including|include|includes|such[ \t]+as)"
    # the areas the employer is recruiting into, then their list: "We are currently recruiting across a large range of
    # specialties, these include:" (where the starter may work, not what they must know)
    r"|we[ \t]+are[ \t]+(?:currently[ \t]+|now[ \t]+|also[ \t]+)?recruiting[ \t]+(?:to|into|across|in|for|within)\b"
    r"[^.!?:\n]{0,80}?\b(?:specialties|specialities|areas|wards|services|teams|departments|units|settings|sites)\b"
    r"[^.!?:\n]{0,40}"
    # what the employer or its team specialises in: "The Consultancy Team specialise in 7 key areas:", "We
    # specialise in:"
    r"|(?:we|(?:the|our)[ \t]+(?:[\w&-]+[ \t]+){0,3}?(?:team|department|service|unit|practice|trust|company|firm|"
    r"organi[sz]ation|division|directorate|group))[ \t]+(?:also[ \t]+)?speciali[sz](?:e|es|ed|ing)[ \t]+in\b"
    r"[^.!?:\n]{0,60})"
    r":\s*$")
MIN_OFFER_LEAD_WORDS = 2  # "We provide:", "We offer:" closing a paragraph about the team

# A heading that is a whole notice, no title over one: "NO AGENCIES PLEASE", "No recruitment agencies, please."
_WHOLE_NOTICE = re.compile(r"(?i)no[ \t]+(?:third[- ]party[ \t]+)?(?:recruitment[ \t]+)?agencies"
                           r"(?:[ \t]*,?[ \t]*please)?[.!]?")

# The lead-in of the papers to bring to an interview or a start: a list of documents the employer checks
_DOCUMENTS_TO_BRING = re.compile(
    r"(?i)\b(?:bring|provide|present|produce)[ \t]+(?:along[ \t]+)?(?:the[ \t]+)?following[ \t]+"
    r"(?:original[ \t]+)?(?:documents|documentation|identification|id|paperwork)\b")

# A paragraph after a benefits list that asks the candidate for something: no more perks
_ASK_AFTER_PERKS = re.compile(
    r"(?i)\b(?:(?:is|are)\s+(?:also\s+)?(?:required|essential|desirable|preferred|mandatory)|must\s+(?:have|hold)|"
    r"you\s+(?:will|'ll)\s+need|(?:applicants?|candidates?)\s+(?:must|should|will\s+need)|"
    # "Right now, we're looking for Community Nurses to join our ...", "you'll be responsible for contributing to":
    # whom the post wants and what it does
    r"we(?:'re|’re|\s+are)\s+(?:currently\s+|now\s+)?(?:looking\s+for|seeking|recruiting)|"
    r"you(?:'ll|’ll|\s+will)\s+be\s+responsible\s+for|"
    # "Employment in this post requires an Enhanced Disclosure and Barring Service (DBS) check"
    r"(?:post|role|position|job|employment)\s+(?:(?:in|of)\s+)?(?:(?:this|the)\s+(?:post|role|position|job)\s+)?requires|"
    # "Experience in general labor, construction or moving helpful!"
    r"experience\s+(?:in|with|of)\b[^.!?\n]{0,200}?\b(?:helpful|a\s+plus|preferred|desirable|an\s+advantage|"
    r"beneficial|required|essential)"
    # "Are you an experienced Emergency Practitioner who is passionate about Primary Care?": the reader asked
    # whether they hold what the post needs
    r"|^are\s+you\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:experienced|qualified|registered|skilled|trained|certified|"
    r"licensed|accredited)\s+[^.!?\n]{0,120}\w(?=\?))\b")
# A paragraph's last sentence leading into what the candidate is to bring ("Does this sound good to
# you? If so, we ask that you bring the following:", "To succeed you will need the following:"): under
# the employer's blurb or its benefits, the list after it is the requirements.
_ASK_LEAD_IN = re.compile(
    r"(?i)(?:^|(?<=[.!?])\s+)([^.!?\n]*\b(?:ask(?:s)?\s+(?:that\s+)?you\s+(?:to\s+)?(?:bring|have)|"
    r"you(?:'ll|’ll|\s+will)?\s+(?:need|bring)|(?:you|candidates?|applicants?)\s+(?:must|should|will)\s+"
    r"(?:have|possess|bring|need))\b[^.!?:\n]{0,40}\bfollowing\b[^.!?:\n]{0,20}"
    # the duties the candidate's own skills go into: "Using your advanced clinical practice skills you will be:"
    r"|[^.!?\n]*\byour\s+(?:[\w-]+\s+){0,4}?(?:skills|experience|knowledge|expertise)\b[^.!?:\n]{0,40}?"
    r"\byou(?:'ll|’ll|\s+will)(?:\s+be)?):\s*$")
# A paragraph under the benefits or the employer's own words that names a credential the candidate must already
# hold ("You will have a recognised degree in Occupational Therapy, HCPC registration, a full UK driving licence",
# "The appointee will be on the Specialist register or within 6 months of achieving a CCT" after the Trust's values,
# "Applicants must be in possession of their CCTs" after the area and the Trust, "Successful applicants would hold a
# professional registration with the NMC or HCPC" after what the Trust offers, "We are looking for HCPC registered
# Occupational Therapists" after the service's story): the posting is back to what it
# asks, after perks written as sentences too. Not what the job gives ("you will have a full induction", "you will
# gain a recognised qualification"), nor the employer's policy ("Applicants must have the right to work").
_HOLDS_A_CREDENTIAL = re.compile(
    r"(?i)\b(?:you|applicants?|candidates?)\s+(?:will|must|should)\s+(?:already\s+)?(?:have|hold|possess)\s+"
    r"(?:an?\s+)?(?:recognised|recognized|relevant|appropriate|current|valid|full)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:degree|qualification|registration|licen[cs]e|diploma|certificat(?:e|ion))\b"
    r"|\b(?:the\s+)?(?:appointee|successful\s+(?:candidates?|applicants?)|post[\s-]?holder)\s+(?:will|must|should|would)\s+"
    r"(?:already\s+)?(?:be\s+(?:on|registered|eligible|qualified|fully)|have(?!\s+to\b)|hold|possess)\b"
    r"|\b(?:applicants|candidates)\s+(?:must|should|will\s+need\s+to)\s+(?:already\s+)?"
    r"(?:be\s+(?:in\s+possession\s+of|(?:fully\s+)?registered|on\s+the)|hold)\b"
    # "We are looking for HCPC registered Occupational Therapists, with previous experience of ..." after the service
    r"|\bwe\s+are\s+(?:currently\s+|now\s+)?(?:looking\s+for|seeking|recruiting)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:registered|qualified|chartered|licensed)\b")
# A perk written as a short line of its own ("Flexible Scheduling"), as scraped lists are
_PERK_LINE = 60
_PERK_LINES = 3


# The most words of a short line between a list of perks and what follows it ("Feel Proud")
_SLOGAN_WORDS = 3


def _after_perks(body: list) -> bool:
    """The benefits text so far is a list: the last block an item (or a short line of a few words right after one:
    a slogan between the perks and the job, "Feel Proud"), or at least three short lines."""
    last = len(body) - 1
    while last > 0 and body[last].tag != "li" and len(body[last].text.split()) <= _SLOGAN_WORDS \
            and not body[last].text.rstrip().endswith((".", ":", "?", "!")):
        last -= 1
    return body[last].tag == "li" or sum(
        1 for b in body if len(b.text) <= _PERK_LINE and not b.text.rstrip().endswith(".")) >= _PERK_LINES


def _is_notice(text: str) -> bool:
    """Most of the text's characters are in lines of an equal-treatment notice, and no line before
    the notice asks anything of the candidate: a notice closing a list of criteria or conditions ("Must
    have reliable transportation ... Bering Straits is an equal opportunity employer ...") leaves the
    list what it was; an opening line that asks nothing ("We cannot do it without diverse teams.", a
    requisition number) belongs to the notice. What comes before the notice is read by sentences in a
    flattened line (``MIN_FLAT_CHARS`` or longer): a flattened advert is one line, its notice the last two
    sentences of it ("... Cannulation and phlebotomy skills are essential. Eden Brown is ... an equal
    opportunity employer.")."""
    lines = [line for line in text.splitlines() if line.strip()]
    total = sum(len(line) for line in lines)
    notice = [bool(_NOTICE_SENTENCE.search(line)) for line in lines]
    parts = [part for line in lines for part in (_SENTENCE_GAP.split(line) if len(line) >= MIN_FLAT_CHARS else [line])]
    marked = [bool(_NOTICE_SENTENCE.search(part)) for part in parts]
    before = parts[:marked.index(True)] if True in marked else parts
    return bool(total) and not any(_ASK_AFTER_PERKS.search(part) for part in before) \
        and sum(len(line) for line, n in zip(lines, notice, strict=True) if n) >= MIN_NOTICE_SHARE * total


# "Pourquoi rejoindre ..." (a cue of the employer's own pitch) over a list of what the job gives
# (training, a laptop, meal vouchers) is its benefits; over prose (its clients, its reputation) it
# stays about the employer.
_WHY_JOIN = re.compile(r"^(why (join|work|choose|us)|pourquoi (nous )?(rejoindre|devenir|choisir)|warum (wir|zu uns)|"
                       r"por ?qu[eé] (unirte|trabajar)|perch[eé] (unirti|lavorare))", re.IGNORECASE)
MIN_LISTED_SHARE = 0.4
MIN_LISTED_ITEMS = 3


def _why_join_kind(heading: str, text: str, kind: SectionKind) -> SectionKind:
    if kind != SectionKind.ABOUT_COMPANY or not _WHY_JOIN.match(_normalise(heading)):
        return kind
    items = [line for line in text.splitlines() if line.startswith("- ")]
    listed = len(items) >= MIN_LISTED_ITEMS and sum(map(len, items)) >= MIN_LISTED_SHARE * len(text)
    return SectionKind.BENEFITS if listed else kind


# A heading's whole text a number alone ("98", "572,847", "1.2k+"): a site's counter widget.
_COUNT_ONLY = re.compile(r"[+~]?[0-9][0-9.,\u00a0 ]*[kKmM%+]?")


# A lead-in's colon typed with a dash after it, maybe then an aside in brackets ("Some of the duties include:-
# (Full training to be provided)"): the lead-in closed by its colon, and the aside the first line under it.
_COLON_DASHED = re.compile(r"^([^:\n]{3,120}:)[ \t]*[-\u2013\u2014](?:[ \t]*(\([^()\n]{1,80}\)))?[ \t]*$")


def _colon_dashed(block: Block) -> list[Block]:
    """``block`` split at a lead-in's dashed colon (``_COLON_DASHED``); ``[block]`` when it has none."""
    m = _COLON_DASHED.match(block.text.strip()) if block.tag != "li" else None
    if m is None:
        return [block]
    return [replace(block, text=m.group(1)), *([Block(m.group(2), "p")] if m.group(2) else [])]


def build_sections(blocks: list[Block]) -> list[Section]:
    """Group blocks under their headings and type each group.

    Text and HTML blocks follow the same rules: text marks its headings with the same signs
    (short cue lines, ':', capitals, markdown) that pages mark with tags and bold. A list run into
    one element with its headings is read as its paragraph, headings and items.
    """
    blocks = [part for block in blocks for part in (_flattened_list(block.text) or _colon_dashed(block))]
    sections: list[Section] = []
    kind, heading, body = SectionKind.OTHER, "", []
    opened_with_colon = False
    offered: str | None = None  # the lead-in heading an employer's offer list (``_OFFER_LEAD_IN``)
    # (rank, kind, own rank) of the headings we are under; a heading over its topics ranks above them
    open_headings: list[tuple[int, SectionKind, int]] = []

    def close() -> None:
        nonlocal body
        text = render(body)
        if text or heading:
            typed = kind
            if heading and _COUNT_ONLY.fullmatch(text):
                typed = SectionKind.OTHER  # "WORKED HOURS" over "1200": a site's counter, no part of the job
            elif kind == SectionKind.OTHER and heading and classify(heading) is None and _ABOUT_OPENER.match(text):
                typed = SectionKind.ABOUT_COMPANY  # "People • Customers • Trust": "At Acme, we think of ourselves..."
            elif kind == SectionKind.OTHER and heading and classify(heading) in (None, SectionKind.OTHER) \
                    and _is_notice(text):
                typed = SectionKind.LEGAL  # "Additional Information": "We are committed to equal treatment ..."
            elif kind == SectionKind.OTHER and heading and classify(heading) in (None, SectionKind.OTHER) \
                    and _is_perks(text):
                typed = SectionKind.BENEFITS  # "Additional Information": "- 30 days' holiday - Gym membership ..."
            elif heading:
                typed = _why_join_kind(heading, text, kind)
            sections.append(Section(typed, heading, text))
        body = []

    for block in blocks:
        text = block.text.strip()
        lead = _lead_in(text) if not block.is_heading_tag else None
        if lead is not None and lead[0] != SectionKind.OTHER:
            lead_kind, lead_heading, rest = lead
            if lead_kind == kind or (heading and _stays(kind, lead_kind, _tier(lead_heading))):
                body.append(block)
            elif block.tag == "li":
                # one list item of another kind: its own section, then back to the current one
                close()
                sections.append(Section(lead_kind, lead_heading, rest))
            else:
                close()
                kind, heading = lead_kind, lead_heading
                body.append(Block(rest, "p"))
            continue
        if offered is not None and kind == SectionKind.BENEFITS and heading == offered and block.tag != "li" \
                and any(b.tag == "li" for b in body):
            # the offer's list has ended: the paragraph after it is the posting again ("You will be
            # responsible for managing crisis cases" after the services a Trust provides)
            close()
            kind, heading, opened_with_colon, offered = SectionKind.OTHER, "", False, None
        rank = heading_rank(block)
        offer = _OFFER_LEAD_IN.search(text) if not rank and block.tag != "li" and kind != SectionKind.BENEFITS \
            and text.endswith(":") \
            else None
        if offer is not None and len(offer.group(1).split()) >= MIN_OFFER_LEAD_WORDS:
            # "Currently we offer the following development opportunities for staff:" over a list of
            # courses: the employer's offer (a lead-in read as a heading, "In return we can also offer
            # you:", is typed by the cues, and the perks after its list stay with it)
            close()
            kind, heading, opened_with_colon = SectionKind.BENEFITS, offer.group(1).strip(), True
            offered = heading
            open_headings = [h for h in open_headings if h[1] not in _JOB_TEXT]
            if text[:offer.start(1)].strip():
                body.append(Block(text[:offer.start(1)].strip(), "p"))
            continue
        if not rank and kind in _JOB_TEXT and block.tag != "li" and body and body[-1].tag == "li" \
                and _PAY_OPENER.match(text):
            # "Compensation varies based on location ..." after the skills list: the pay and benefits
            # paragraphs a posting ends on, under no heading of their own
            close()
            kind, heading, opened_with_colon = SectionKind.BENEFITS, "", False
            open_headings = [h for h in open_headings if h[1] not in _JOB_TEXT]
            body.append(block)
            continue
        if not rank and kind in _JOB_TEXT and heading and not body and block.tag != "li" \
                and _BENEFITS_OPENER.match(text):
            # "Requirements" over "Westat offers a well-rounded and comprehensive benefits program":
            # a heading of the posting's template over the benefits it holds
            kind = SectionKind.BENEFITS
            body.append(block)
            continue
        if not rank and block.tag != "li" and kind in (*_JOB_TEXT, SectionKind.OTHER) \
                and _DOCUMENTS_TO_BRING.search(text):
            # "If you are invited for interview you will need to bring along the following documents":
            # the papers an interview checks (a passport, a driving licence, a utility bill), no ask
            close()
            kind, heading, opened_with_colon = SectionKind.HOW_TO_APPLY, "", False
            body.append(block)
            continue
        ask = _ASK_LEAD_IN.search(text) if not rank and block.tag != "li" and text.endswith(":") \
            and kind in (SectionKind.ABOUT_COMPANY, SectionKind.BENEFITS) else None
        if ask is not None:
            if text[:ask.start(1)].strip():
                body.append(Block(text[:ask.start(1)].strip(), "p"))
            close()
            kind, heading, opened_with_colon, offered = SectionKind.REQUIREMENTS, ask.group(1).strip(), True, None
            open_headings = [h for h in open_headings if h[1] not in (SectionKind.ABOUT_COMPANY, SectionKind.BENEFITS)]
            continue
        if not rank and kind in (SectionKind.BENEFITS, SectionKind.ABOUT_COMPANY) and heading and block.tag != "li" \
                and body and ((kind == SectionKind.BENEFITS and (_after_perks(body) or is_fact_label(heading))
                               and _ASK_AFTER_PERKS.search(text))
                              or _HOLDS_A_CREDENTIAL.search(text)):
            # "To join us ... NVQ level 2 is desirable" after the benefits list, "The appointee will be on the
            # Specialist register" after the Trust's values: the posting goes back to what it asks, under no
            # heading of its own. So after a pay field's value under its label ("Salary:" / "£50,000 to £65,000" /
            # "... We are looking for a conscientious candidate who ... has a sound knowledge of finance")
            left = kind
            close()
            kind, heading, opened_with_colon = SectionKind.OTHER, "", False
            open_headings = [h for h in open_headings if h[1] != left]
            body.append(block)
            continue
        if not rank:
            body.append(block)
            continue
        opened_empty = bool(heading) and not body
        # "Key responsibilities:" with nothing under it yet; so "KEY DUTIES AND RESPONSIBILITES" in capitals over
        # "PORTFOLIO MANAGEMENT RESPONSIBILITY", which names no kind, in capitals too: its topic
        lead_in_over = opened_empty and (opened_with_colon
                                         or (kind in _JOB_TEXT and _is_caps(heading) and _is_caps(text)))
        close()
        offer_heading = False
        if _is_list_lead_in(text):
            rank = 1
        found, tier = classify_tier(text)
        if (found is None or tier == WEAK) and rank == 1 and _is_list_lead_in(text) \
                and _OFFER_LEAD_IN.search(text):
            # "We currently provide the following CAMHS services across Dorset:": the employer's own list (so is
            # "You will be fully trained in:", though its "You will" weakly names duties)
            found, tier, offer_heading = SectionKind.BENEFITS, STRONG, True
        if lead_in_over and found is None and open_headings and open_headings[-1][0] == open_headings[-1][2] == rank \
                and open_headings[-1][1] != SectionKind.OTHER:
            # "Key responsibilities:" straight over "Strategic Alliances" and its sibling topics, all
            # as bold: topics of the heading above, which holds until a heading that names a kind
            open_headings[-1] = (rank + 1, open_headings[-1][1], rank)
        while open_headings and (open_headings[-1][2] if found is not None else open_headings[-1][0]) <= rank:
            open_headings.pop()
        parent = open_headings[-1][1] if open_headings else None
        container = opened_empty and open_headings and open_headings[-1][1] == SectionKind.OTHER \
            and sections and sections[-1].heading == heading and not sections[-1].text \
            and classify(heading) == SectionKind.OTHER
        if found is not None:
            kind = parent if parent is not None and _stays(parent, found, tier) else found
        elif block.label:  # a row's label names its own cell ("最寄り駅", "Phone"), not a part of the heading above
            kind = SectionKind.OTHER
        else:
            kind = parent if parent is not None else SectionKind.OTHER
        if container and kind != SectionKind.OTHER:
            # "Additional Information" straight over its own "What we offer:": a container named by no
            # kind of its own reads as what it holds
            sections[-1] = Section(kind, sections[-1].heading, "")
            open_headings[-1] = (open_headings[-1][0], kind, open_headings[-1][2])
        heading, opened_with_colon = _unbracketed(text.rstrip(":;").strip()), text.endswith(":")
        offered = heading if offer_heading else None
        if kind == SectionKind.LEGAL and _WHOLE_NOTICE.fullmatch(heading):
            # "NO AGENCIES PLEASE" in capitals between the role and "About The Candidate As a key valued member of
            # our nursing team :": the notice is said whole; what follows is the posting again
            close()
            kind, heading, opened_with_colon = SectionKind.OTHER, "", False
            continue
        open_headings.append((rank, kind, rank))
    close()
    return _ideal_after_minimum([s for s in sections if s.text or s.heading])


# "Minimum requirements for this role:" then "An ideal candidate has:": the ideal set apart from the
# minimum is what the job would like, not more of what it needs
_MINIMUM_HEADING = re.compile(r"(?i)\b(minimum|basic|must[- ]haves?)\b")
_IDEAL_HEADING = re.compile(r"(?i)^(an? |the |our )?ideal\b")


def _ideal_after_minimum(sections: list[Section]) -> list[Section]:
    out: list[Section] = []
    for section in sections:
        before = next((s for s in reversed(out) if s.kind != SectionKind.OTHER or s.text), None)
        if section.kind == SectionKind.REQUIREMENTS and _IDEAL_HEADING.match(section.heading) and before is not None \
                and before.kind == SectionKind.REQUIREMENTS and _MINIMUM_HEADING.search(before.heading):
            section = Section(SectionKind.PREFERRED, section.heading, section.text)
        out.append(section)
    return out


# "【業務内容】", "［応募資格］", "〔Duties〕": brackets that mark a heading, not words of it
_OPENING, _CLOSING = "【［〔《〈≪", "】］〕》〉≫"


def _unbracketed(heading: str) -> str:
    """The words inside a heading wrapped whole in one pair of such brackets; the heading otherwise.
    (Read by hand: a pattern of a lazy run beside optional spaces took 26 s on "【" and 2,000 spaces.)"""
    if len(heading) < 3 or heading[0] not in _OPENING or heading[-1] not in _CLOSING:
        return heading
    words = heading[1:-1].strip()
    if not words or any(c in _OPENING or c in _CLOSING for c in words):
        return heading
    return words


def _tier(heading: str) -> str:
    return STRONG if classify_tier(heading, (STRONG,))[0] is not None else WEAK


def _stays(parent: SectionKind, found: SectionKind, tier: str | None) -> bool:
    """A sub-heading that only weakly names another kind stays in its parent's section when that
    parent is one the reader relies on: "Education assistance" under "Benefits", "You will:"
    under "What you'll bring". Under "The role" or no heading, a weak cue is the best guess."""
    if parent in _BOILERPLATE_PARENTS:
        return found not in _JOB_TEXT or tier != STRONG
    return tier == WEAK and parent in _KEEP_PARENT and found != parent
