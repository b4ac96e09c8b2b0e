"""Clauses about the employer rather than the candidate: its products, clients, industry and
standing, or the recruiting process. Words there ("renewable energy", "conducting interviews")
describe the company or the hiring, not a skill asked for.

The cue patterns live in ``data/requirement_cues.json`` under "employer" (the company, its products
and standing) and "hiring_process"; they complement the
descriptive-opener rule of ``requirements.is_descriptive_clause`` ("We build...", "Acme is...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from credstack.regex_needs import compile_with_needs, may_match
from credstack.skills.requirements import asks_the_candidate, cue_data

Cue = tuple[re.Pattern, frozenset[str] | None]


@lru_cache(maxsize=1)
def _employer_cues() -> tuple[tuple[Cue, ...], tuple[Cue, ...]]:
    """(cues of the company, its products and standing; cues of the hiring process), each with the
    strings it cannot match without (``regex_needs``): most clauses hold none of them."""
    data = cue_data()
    return (tuple(compile_with_needs(p) for p in data.get("employer", [])),
            tuple(compile_with_needs(p) for p in data.get("hiring_process", [])))


def _any_cue(cues: tuple[Cue, ...], clause: str) -> bool:
    lowered = clause.lower() if clause.isascii() else None
    return any(cue.search(clause) for cue, needs in cues if may_match(needs, lowered))


@lru_cache(maxsize=4096)
def is_employer_clause(clause: str) -> bool:
    """True when the clause tells about the company or the hiring process, not the candidate."""
    company, hiring = _employer_cues()
    return _any_cue(company, clause) or _any_cue(hiring, clause)


@lru_cache(maxsize=4096)
def describes_employer(clause: str) -> bool:
    """True when the clause tells about the company, its products or its standing ("our software
    monitors IoT devices", "is well-known for its research in analytics"). The hiring process is
    left out: "a numeracy screening assessment on the day of the interview" still tests numeracy."""
    return _any_cue(_employer_cues()[0], clause)


def employer_words(clause: str) -> list[tuple[int, int]]:
    """Where the employer cues of ``describes_employer`` stand in ``clause``."""
    return [m.span() for cue, _needs in _employer_cues()[0] for m in cue.finditer(clause)]


# A capitalised name of up to four words on one line ("Tallow Payroll", "Harbor Care Connect"). The
# capital is looked for first: the patterns that open with a name try it at every position, and
# the list of words no name starts with costs more there (a SkillSpan posting: 2.2 -> 1.8 ms).
_NAME = (r"(?=[A-Z])(?!(?:The|A|An|We|Our|You|Your|This|These|That|It|Its|They|Their|Job|Position|Role|Company|"
         r"Who|What|About|All|Apply|Join|Benefits|Perks|Summary|Requirements|Responsibilities|Description|Overview)\b)"
         r"[A-Z][\w'&+-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'&+-]*){0,3}")
# Names listed ("our Trailhead and Basecamp brands"); an ampersand joins one name ("Care & Custody, a Mitie
# company", "Marks & Spencer"), whose words alone are no names of the employer ("Primary Care" stays a field).
_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?)")


@lru_cache(maxsize=1)
def _product_patterns() -> tuple[tuple[re.Pattern, bool, bool, re.Pattern | None], ...]:
    """(pattern, names the vocabulary knows are taken too, its names' first words are brands, what
    any of its matches holds: a text without it is not searched)."""
    data = cue_data()
    return tuple((re.compile(p["pattern"].replace("NAME", _NAME)), bool(p["skills_too"]), bool(p.get("leads", True)),
                  re.compile(p["needs"]) if p.get("needs") else None)
                 for p in data["employer_products"]["patterns"])


_AGENCY_NOUN = re.compile(r"Recruitment|Recruiting|Staffing|Personnel|Resourcing|Recruiters")


def employer_names(company: str | None, texts: list[str], is_skill=lambda name: False) -> list[str]:
    """The employer's own names in a posting: the company, its products and brands ("Tallow Payroll",
    "Basecamp" of "our Trailhead and Basecamp brands"), and names that start with the company's own
    first word ("Tallow Cards"). None of them is ever a skill asked of the candidate.

    ``is_skill(name)`` tells names the vocabulary knows: where a pattern may as well name a tool the
    employer uses ("our SOAR platform", "Python is a plus"), those are left alone."""
    found: set[str] = set()
    whole: set[str] = set()  # names whose first word is a place or a person ("Leeds Teaching Hospitals")
    for text in texts:
        for pattern, skills_too, leads, needs in _product_patterns():
            if needs is not None and needs.search(text) is None:
                continue
            for match in pattern.finditer(text):
                if _a_regulator(text, match.start("names"), match.end("names")):
                    continue  # "registered with the General Dental Council": whom the candidate registers with
                for name in _SPLIT.split(match.group("names")):
                    name = name.strip(" .,&")
                    if len(name) >= 3 and (skills_too or not is_skill(name)):
                        if skills_too and " " not in name and is_skill(name) and _common_word(name, texts):
                            continue  # "Construction is a ... firm" of a posting that lost the name before it
                        (found if leads else whole).add(name)
    # a name the candidate registers with anywhere in the posting is the profession's regulator, wherever
    # else it stands ("as per General Dental Council (GDC) guidelines" beside "General Dental Council registration")
    found = {name for name in found if not _a_regulator_anywhere(name, texts)}
    whole = {name for name in whole if not _a_regulator_anywhere(name, texts)}
    names = found | whole
    # an agency's name read with the capitalised words before it ("Time Hours Available Eclypse Recruitment" of
    # "... Full & Part Time Hours Available Eclypse Recruitment is currently looking"): its last two words are
    # the name the advert writes again ("contact Becky at Eclypse Recruitment")
    names |= {" ".join(words[-2:]) for name in names
              if len(words := name.split()) > 2 and _AGENCY_NOUN.fullmatch(words[-1])}
    names |= _company_letters(texts)
    company = (company or "").strip()
    if company:
        names.add(company)
        short = _OF_PLACE.match(company)
        if short and len(short.group(1).split()) >= 2 and _names_a_place(short.group(2)):
            names.add(short.group(1))  # "Law Society" of "Law Society of NSW": its name without the place
        if sum(text.count(company) for text in texts) >= 2:
            found.add(company)  # written in the text, not only parsed from the page's header
    leads = set()
    for name in found:
        words = name.split()
        first = words[0]
        if len(words) > 1 and words[1] == "&":
            continue  # "Care & Custody": its first word leads no other name of the employer's ("Primary Care")
        if len(words) > 1 and len(first) >= 4 and not is_skill(first) and not _common_word(first, texts):
            leads.add(first)
    for lead in leads:
        names.add(lead)
        phrase = re.compile(rf"\b{re.escape(lead)}(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'&+-]*){{1,3}}")
        for text in texts:
            names.update(m.group(0) for m in phrase.finditer(text) if not is_skill(m.group(0)))
    return sorted(names, key=len, reverse=True)


# The last word of a business's name: letters the posting defines as such a name are the business
# ("Tracts Land Solutions (TLS)", "Packaging Corporation of America (PCA)"), not the skill a catalog
# gives them (TLS encryption, principal component analysis).
_BUSINESS_WORDS = frozenset("""solutions llc ltd limited inc incorporated corporation corp company group holdings
partners associates enterprises industries""".split())


def _company_letters(texts: list[str]) -> set[str]:
    """Letters the posting defines as a business's name, wherever they stand in it."""
    from credstack.skills.abbreviations import defined_abbreviations

    out = set()
    for text in texts:
        for letters, long in defined_abbreviations(text).items():
            if long.split()[-1].strip(".,").casefold() in _BUSINESS_WORDS:
                out.add(letters)
    return out


# A body the candidate registers with, is a member or a fellow of or licensed by: the profession's regulator or
# college, not the employer ("registered with the General Dental Council (GDC)", "Fellowship of the Royal College of
# Pathologists", "HCPC Council registration", "registered with the GSCC/Care Council for Wales"), named after the
# body it is ("registered with the relevant body (Health Professions Council, NMC, BABCP, ACAT)", "a professional
# body such as the").
_REGISTERED_WITH = re.compile(r"(?i:regist(?:ered|ration)|member(?:ship)?|fellow(?:ship)?|licen[cs]ed|accredited)"
                              r"\s+(?i:with|by|of|to)\s+(?:(?i:the|an?)\s+)?"
                              r"(?:(?:(?i:relevant|appropriate|professional|regulatory|statutory|governing|"
                              r"recogni[sz]ed)\s+){0,2}(?i:body|bodies|regulator)\s*"
                              r"(?:[(,:]\s*|(?i:such\s+as|e\.g\.?|i\.e\.?|like)\s+(?:(?i:the)\s+)?))?"
                              r"(?:[A-Z]{2,8}\s*/\s*)?$")
_REGULATOR_REACH = 80  # "registered with a recognised professional body such as the ": the words before the name
_REGISTRATION_AFTER = re.compile(r"\s*(?:\([A-Za-z]{2,8}\)\s*)?(?i:regist(?:ered|ration)|membership|licen[cs]e)\b")


# The capitalised words of a longer name before a name read from its middle: "Health and " before
# "Care Professions Council" of "registered with the Health and Care Professions Council (HCPC)".
_LONGER_NAME_HEAD = re.compile(r"(?:[A-Z][\w'\u2019.-]*[ \t]+(?:(?:and|&|of|for)[ \t]+)?){1,4}$")


def _a_regulator(text: str, start: int, end: int) -> bool:
    head = _LONGER_NAME_HEAD.search(text, max(0, start - _REGULATOR_REACH), start)
    if head is not None and _REGISTERED_WITH.search(text, max(0, head.start() - _REGULATOR_REACH), head.start()):
        return True
    return bool(_REGISTERED_WITH.search(text, max(0, start - _REGULATOR_REACH), start)
                or _REGISTRATION_AFTER.match(text, end))


def _a_regulator_anywhere(name: str, texts: list[str]) -> bool:
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    return any(_a_regulator(text, m.start(), m.end()) for text in texts for m in pattern.finditer(text))


_OF_PLACE = re.compile(r"^(.*\S)\s+of\s+(\S.*)$")


def _names_a_place(text: str) -> bool:
    from credstack.places import load_places

    places = load_places()
    return places.is_place(text) or places.country_of(text) is not None


def _common_word(word: str, texts: list[str]) -> bool:
    """A word the posting also writes in lower case ("content" of "Content Operations Platform"):
    an ordinary word, not a brand whose other names start with it."""
    if not word.istitle():
        return False
    lower = re.compile(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])")
    return any(lower.search(text) for text in texts)


def employer_mask(names: Sequence[str]):
    """A function blanking out every whole-word occurrence of ``names`` in a text (same length, so
    offsets still point at the page's words)."""
    if not names:
        return lambda text: text
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    return lambda text: pattern.sub(lambda m: " " * len(m.group(0)), text) if text else text


def mask_names(text: str, names: Sequence[str]) -> str:
    """``text`` with every whole-word occurrence of ``names`` blanked out."""
    return employer_mask(names)(text)


# ... and a hiring sentence that goes on to the hired person's work ("We are looking to recruit staff
# to help with data entry", "wishes to appoint a nurse to support patients")
_ASKS = re.compile(r"(?i)\b(you|your|must|required|requirements?|qualifications?|experience (in|with)|"
                   r"hiring|recruiting|seeking|looking for|join|apply|the role(?=\s*:)|responsibilities|duties|"
                   r"(?:looking|wish(?:es|ing)?|want(?:s|ing)?|aim(?:s|ing)?) to (?:recruit|appoint|hire|employ) "
                   r"(?:[\w/&-]+ ){1,6}to (?:help|assist|support|provide|carry out|undertake|deliver))\b")


# The employer's name before its people, the job's holders ("Shared Lives carers support individuals
# living with dementia"): the paragraph states the job's work, not the employer's business.
# (Not its staff or employees: "Acme employees enjoy ..." is the employer's offer.)
_ITS_PEOPLE = re.compile(r"\s+(?:carers?|care\s+workers?|support\s+workers?|nurses?)['\u2019]?(?:\s|$)",
                         re.IGNORECASE)


# "We are looking to appoint three Principal Data Analysts to ...": the role's introduction, not the
# employer's; what follows is the job.
_SEEKING = re.compile(r"(?i)(?:we are|we're)\s+(?:currently\s+|now\s+|actively\s+)?(?:(?:looking|seeking)\s+to\s+"
                      r"(?:appoint|recruit|hire|employ)|recruiting|appointing|hiring)\b")


def about_employer(paragraph: str, names: list[str]) -> bool:
    """A paragraph that introduces the employer ("Northgrid Energy is a renewable energy retailer...",
    "Orbitly makes Orbitly Track..."), with nothing asked of the candidate: it names the company's
    products and industry, not skills."""
    text = paragraph.strip()
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    opens = any(text.startswith(name) and re.match(r"\s+(?:(?:is|are|was|has|have)\b|[a-z]+s\b)", text[len(name):])
                and not _ITS_PEOPLE.match(text, len(name)) for name in names)
    opens = opens or (re.match(r"(?i)(we are|we're|founded|since \d{4}|family-owned|our client\b)\b", text) is not None
                      and not _SEEKING.match(text))
    return opens and not _asks(first)


def asked_tail(paragraph: str) -> str:
    """What an employer's introduction (``about_employer``) goes on to ask, from its first sentence
    that asks anything ("Acme builds logistics software. The role: build pipelines with Python...
    Experience with dbt is a plus."); empty when no sentence does. A posting pasted as one
    paragraph opens with the company and asks in the same breath."""
    sentences = re.split(r"(?<=[.!?])\s+", paragraph.strip())
    for i, sentence in enumerate(sentences[1:], start=1):
        if _asks(sentence):
            return " ".join(sentences[i:])
    return ""


def _asks(sentence: str) -> bool:
    """A sentence that asks the candidate for something: said to them, about the hiring, or naming
    what they should have ("knowledge of EMDR", "a background in finance": ``asks_the_candidate``),
    however the paragraph it ends opened."""
    return _ASKS.search(sentence) is not None or asks_the_candidate(sentence)


# A company's legal form, written after its name ("DHU Health Care CIC", "Acme Widgets Ltd"); "CIC" after no
# name may be a credential (the Certified Insurance Counselor's, the Certified Inpatient Coder's)
_LEGAL_FORMS = frozenset({"CIC", "LTD", "LTD.", "LLC", "LLP", "PLC", "INC", "INC.", "GMBH", "CIO"})
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w&'’-]*|\))[ \t]+$")


def legal_form(text: str, start: int, end: int) -> bool:
    """The words at ``start:end`` are a company's legal form written after its name ("DHU 111 (East
    Midlands) CIC is looking for ...")."""
    return text[start:end].upper() in _LEGAL_FORMS and _NAME_BEFORE.search(text, max(0, start - 40), start) is not None


# A person named with a middle initial ("Mayor Michael R. Bloomberg and SBS are committed to ..."): the
# initial is no R and the surname no Bloomberg Terminal. First name, initial and surname each capitalised,
# one blank between them (a list's "Python, R. Experience" has its comma).
_PERSONS_NAME = re.compile(r"\b[A-Z][a-z]+[ \t][A-Z]\.[ \t][A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?\b")


def in_a_persons_name(text: str, start: int, end: int) -> bool:
    """The words at ``start:end`` are part of a person's name written with a middle initial."""
    if not text[start:start + 1].isupper() or "." not in text[max(0, start - 20):end + 2]:
        return False
    return any(found.start() < end and start < found.end()
               for found in _PERSONS_NAME.finditer(text, max(0, start - 20), min(len(text), end + 20)))
