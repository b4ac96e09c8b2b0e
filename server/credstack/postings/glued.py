"""Line breaks a scraped posting lost, put back: "QualificationsHigh school diploma or GEDForklift
certification" -> "Qualifications / High school diploma or GED / Forklift certification".

Text copied out of a page whose list items and headings were separate elements often comes with
the elements run together, one word glued to the next. Read as is, a heading is no heading
("QualificationsHigh ...") and list items are one run-on clause ("Current RN LicenseAbility to
..."). A break goes back where a word ends and a capitalised word starts with no space between,
when the shapes say it was two elements and not a name written in CamelCase (JavaScript,
PowerPoint, QuickBooks, LinkedIn, McDonald's, iPhone, PhD):

- strong signs, one of which is enough: a heading word glued to what follows
  ("QualificationsHigh", "Job ExpectationsAs", "CERTIFICATIONTo perform")
  or, with its colon, to what comes before ("areas of the companyRequirements:", "la
  empresaRequisitos:"); a heading that asks the reader a question, run into the line before it and
  glued by its colon ("... with experience What you will need to succeed at Acme:Bachelor's");
  a sentence's full stop or colon glued to the next word ("policy.Maintain",
  "Demands:The", "systems.Modifies", after a number too: "MEP 2040.Assist"); a numbered item glued
  to the previous one ("hydraulic systems2. Proficient"); two or more bullets glued to the item before them ("incident
  response.· 3+ years of security experience· Clear background check"); a word that says how much
  an item is asked for glued to it ("CompTIA A+Preferred", "BLS certificationRequired": joined with
  a space, so the level stays on its item's line and heads no section);
- weak signs, of which a posting needs two (one is as likely a name): a lower-case word of three
  letters or more glued to a capitalised one ("confidentialityManaging", "lbsKnowledge"); initials
  glued to a word ("GEDForklift", "GAAPData"), or a word to initials ending the token ("skillsASE",
  "Time-in-TypeATP"), or a word in capitals to a two-letter word ("SAFETYIn": not initials and
  their plural, "SCADAs"); a word glued to a dictionary word in capitals too long for initials
  ("regulationPRIMARY RESPONSIBILITIES:"; strong when that word heads sections); two dictionary
  words, the first of four letters or more, that are not a name the skills vocabulary knows
  ("LicenseAbility", "EnglishTime"). A token with two weak signs is an identifier ("XMLHttpRequest")
  and keeps them.

A posting with neither is left as it is: the same shapes in well-formed text are names.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from credstack.postings.fact_labels import names_a_fact

# Words that head a posting's sections, glued to their first line in scraped text.
HEADING_WORDS = frozenset("""
qualifications requirements responsibilities duties expectations description summary overview skills
benefits education experience functions abilities competencies certifications licenses licensure
essential desirable preferred required preferences details purpose role tasks accountabilities
specification criteria profile rewards perks impact candidate
about us you
""".split())  # "About Us", "About You", "Join Us": glued as "About UsAcme is..."; "About The CandidateIf you are"
# The same words in the other languages read (credstack.skills.languages): "empresaRequisitos:".
FOREIGN_HEADING_WORDS = frozenset("""
requisitos requisiti anforderungen exigences funciones responsabilidades tareas aufgaben mansioni responsabilità
competenze qualifikationen profil compétences missions atividades beneficios benefícios benefits
""".split())
_TOKEN = re.compile(r"\S+")
_ONE_DIGIT_STOP = re.compile(r"\d[.!?]")
_GLUE = re.compile(r"[a-z.:!?][A-Z]|\d{3}[A-Z][a-z]{3}|"
                   r"[A-Z]{3}[a-z]|\+[A-Z][a-z]|[A-Za-z]{2}\.\d+[-–+]\d*(?=\s)|(?:[a-z]|[A-Z]\.)\)[A-Z]")
_INNER = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])|(?<=[A-Z]{2})(?=[A-Z][a-z]{2,})|(?<=[a-z]{2}[.:!?])(?=[A-Z][a-z])"
                    r"|(?<=\d{2}[.!?])(?=[A-Z][a-z])"  # "MEP 2040.Assist"
                    r"|(?<=^\d[.!?])(?=[A-Z][a-z]{3,})"  # "client-facing on day 1.Bachelor’s degree required"
                    r"|(?<=[A-Z]{2}s[.!?])(?=[A-Z][a-z])"  # "exceed KPIs.High levels": initials' plural ending one
                    r"|(?<=[A-Z]{2}[!?])(?=[A-Z][a-z])"  # "grow with PDP!Duties/Responsibilities:"
                    r"|(?<=\.[A-Z]\.)(?=[A-Z][a-z]{2,})"  # "Ph.D. or Psy.D.Master's level clinicians"
                    r"|(?<=[A-Z]{4})(?=[A-Z][a-z](?![a-z]))"  # "CERTIFICATIONTo perform"
                    r"|(?<=[A-Z]{4})(?=[A-Z]\.[A-Z]\.)"  # "QUALIFICATIONSD.D.S. with Illinois license"
                    r"|(?<=\+)(?=[A-Z][a-z]{2,})|(?<=[a-z]{3})(?=[A-Z]{2,5}(?![A-Za-z]))"
                    r"|(?<=[a-z]{3}[.!?])(?=[A-Z]{3,})"  # "medical terminology.HIPAA compliance", "Pharmacy.EXPERIENCE"
                    r"|(?<=[A-Za-z]{2}[.!?])(?=\d+[-–+]\d*$)"  # "diploma or GED.1-2 years"
                    r"|(?<=[a-z]{3})(?=[A-Z]{6,}(?![a-z]))"  # "regulationPRIMARY RESPONSIBILITIES:"
                    r"|(?<=[a-z]{4})(?=[A-Z]\.[A-Z]\.?(?![a-z]))"  # "experienceC.P.I.M/C.P.M. certificate"
                    r"|(?<=[a-z]\))(?=[A-Z])|(?<=[A-Z]\.\))(?=[A-Z])"  # "(Word, Excel)Proven", "(M.D. / D.O.)Company"
                    r"|(?<=[a-z]{2}[.!?])(?=A$)|(?<=[a-z]{4})(?=A$)"  # "enforcement.A minimum", "industryA passion"
                    r"|(?<=\d{3})(?=[A-Z][a-z]{3,})")  # "Knowledge of ISO 9001Familiarity with ISO 27001Attention to"
# Initials that end a glued token after a word: "skillsASE certification", "Time-in-TypeATP Certificate".
_CAPITALS_WORD = re.compile(r"[A-Z]{6,}(?![A-Za-z])")
_INITIALS = re.compile(r"[A-Z]{2,5}(?![A-Za-z])")
_DOTTED_INITIALS = re.compile(r"[A-Z]\.[A-Z]\.?(?![a-z])")
# Words that say how much a list item is asked for, glued to the item they follow ("CompTIA
# A+Preferred", "BLS certificationRequired"): as strong a sign of two elements as a heading word.
LEVEL_WORDS = frozenset("preferred required desired desirable essential mandatory preferable optional".split())
_LEVEL_WORD = re.compile(rf"(?:{'|'.join(LEVEL_WORDS)})\b", re.IGNORECASE)
# ... unless it opens a heading: "stock.Required QualificationsHigh school diploma" ("Preferred Skills:")
_LEVEL_HEADING = re.compile(rf"(?:{'|'.join(LEVEL_WORDS)})[ \t]+(?:{'|'.join(sorted(HEADING_WORDS))})\b", re.IGNORECASE)
# What a numbered item starts with: a capital, or a number of years ("5. 1+ years of experience")
_ITEM_START = (r"(?:\s+(?:[A-Z]|[a-z][A-Z]|\d{1,2}\+?\s*(?:[-–]\s*\d{1,2}\s*)?(?:years?|yrs)\b)"  # "2. eLearning"
               r"|[A-Z][a-z]{2,})")  # "regulations.7.Maintain established ...": the number glued to the item too
# A number glued to the word before it, then a numbered item's start ("systems2. Proficient"), or to
# the full stop or question mark ending the item before ("rendered.2. The processing", "preference?3. Have
# you"); digit first, as _YEARS_GLUED below
_NUMBERED = re.compile(rf"(\d(?:(?<=[A-Za-z)]\d)|(?<=[a-z)][.?]\d))\d?)[.)](?={_ITEM_START})")
# A list item's number of years glued to the word ending the item before it ("Accounting, Economics,
# or Finance0 - 2 years' experience", "CloudFormation5+ years of AWS", "Finance or Economics.1 - 3 years"):
# three lower-case letters (and the full stop ending the item), then a number of years or a range of them.
# Written digit first: a pattern opening on a look-behind is tried at every character of every text
# (351 -> 149 µs a posting of the held split).
_YEARS_GLUED = re.compile(r"\d(?:(?<=[a-z]{3}\d)|(?<=[a-z]{3}[.]\d))\d?\+?[ \t]*"
                          r"(?:(?:-|–|to)[ \t]*\d{1,2}[ \t]*)?(?:years?|yrs)\b")
# "At least" opening an item glued to the word ending the one before ("clinical settings and MAT centersAt least one
# (1) to two (2) years of experience"); "At" alone is too short for the word checks of ``_cuts``
_AT_LEAST_GLUED = re.compile(r"(?<=[a-z]{3})At(?=[ \t]+least\b)")
# A heading word glued to a number that opens its first item, at a line's or a sentence's start
# ("Benefits401(k) plan with company match.", "Education4-year college degree"): the heading on a line
# of its own. (A number of years after it is ``_YEARS_GLUED``'s.)
_HEADING_GLUED_DIGIT = re.compile(r"(?:^|(?<=\n)|(?<=[.!?]))[ \t]*([A-Z][a-z]{3,})(?=\d)")
# Words that open a list item, never the end of a name written in CamelCase: glued to the item before
# ("Jenkins, Terraform, and AnsibleExperience with ...", "Kubernetes, PrometheusCompetent in ...").
ITEM_OPENERS = frozenset("""
experience exposure knowledge ability abilities strong excellent proficient proficiency familiarity familiar
competent competence extensive understanding demonstrated proven minimum must bachelor bachelors fluent
ideally previous solid knowledgeable
""".split())
_ITEM_NUMBER = re.compile(rf"(?:^|\s|(?<=[a-z]):)(\d{{1,2}})[.)](?={_ITEM_START})")  # "Must-Haves:1. High ..." too
# A bullet glued to the end of the item before it, a space after: "experience· Clear ..." (a
# bullet between two spaces is a separator inside one line, "Leeds · Full-time", and stays).
_GLUED_BULLET = re.compile(r"(?<=\S)[·•▪●](?=[ \t]+\S)")
# A word processor's "o" sub-bullets glued to the item before them ("GAAP reportingo Federal Grants
# Managemento Project Management", "characteristics:o Sophisticated Chart of Accounts", "preferred.o Experience:"):
# an "o" ending a word that is one only without it, or after a colon or a full stop, before a capitalised word
_GLUED_O_BULLET = re.compile(r"(?:(?<=[a-z]{3})|(?<=:)|(?<=[a-z)][.!?]))o(?=[ \t]+[A-Z])")
# A list written with hyphens for bullets, run into one line ("Requirements:-Self-motivated-Intuitive work
# ethic-Works well with others-Dependable and hard working-Energetic-Fast learner"): a hyphen after a colon, or
# between a lower-case word and a capitalised one, one of them a word of the dictionary ("Spanish-English",
# "Monday-Friday", "non-English" are not: a capital or a prefix before the hyphen), three times or more in a text
_GLUED_HYPHEN_ITEM = re.compile(r"(?:(?<=[a-z]{4})|(?<=:)|(?<=[a-z)][.!?]))-(?=[A-Z][a-z]{2,})")
_PREFIXES = frozenset("anti auto cross inter intra mega micro multi over post semi super trans ultra under".split())
MIN_HYPHEN_ITEMS = 3
_WORD_ENDING = re.compile(r"(?:ment|ments|tion|tions|sion|sions|ness|ity|ing|ings|able|ible|ics|ance|ence)$")
_HEADING_BEFORE = re.compile(r"[.!?][ \t]+((?:[A-Z][a-z]+[ \t]+(?:(?:&|and)[ \t]+)?){0,2}[A-Z][a-z]+):?$")
# A few capitalised words between a sentence's end and a colon glued to what follows: a heading run
# into the sentence before it ("... or reach booms. CMD Offers:Comprehensive Medical")
_COLON_HEADING_BEFORE = re.compile(r"[.!?][ \t]+((?:[A-Z][\w'’/-]*[ \t]+(?:(?:&|and)[ \t]+)?){0,3}[A-Z][\w'’/-]*):$")
# A heading that asks the reader a question, run into the text before it after a word and glued by
# its colon to what follows ("... commensurate with experience What you will need to succeed at Swagelok
# Pittsburgh:Bachelor's degree"): "What", "Who", "Why", "How" or "Where", "you" or "we" (or their forms),
# then a few more words up to the colon.
_QUESTION_HEADING_BEFORE = re.compile(
    r"(?<=[a-z0-9)])[ \t]+((?:What|Who|Why|How|Where)[ \t]+(?i:(?:you|we)(?:['’](?:ll|re|ve))?|your|our)\b"
    r"(?:[ \t]+[\w'’&/-]+){0,10}):$")
# A section's heading run into the list item before it, after a small word, with an aside in
# brackets or a colon, glued to what follows ("... to technology Preferred Qualifications (Not
# Required)Tracts Experience"): a heading only when a word that qualifies a section opens it and a
# heading word ends it (``_cue_heading_before``).
_CUE_BEFORE = re.compile(r"(?<=[a-z])[ \t]+((?:[A-Z][a-z]+[ \t]+){1,2}[A-Z][a-z]+)(?:[ \t]*\([^()\n]{1,30}\))?:?$")
_SECTION_QUALIFIERS = frozenset("""preferred required desired desirable essential additional minimum basic key core
main job role position your""".split())


def _cue_heading_before(text: str, at: int) -> int | None:
    """Where a heading of a few capitalised words ("Preferred Qualifications", "Job Expectations")
    starts, when it ends right before the glue at ``at`` after a lower-case word; None otherwise."""
    found = _CUE_BEFORE.search(text, max(0, at - 80), at)
    if found is None:
        return None
    words = found.group(1).split()
    if words[0].casefold() in _SECTION_QUALIFIERS and words[-1].casefold() in HEADING_WORDS:
        return found.start(1)
    return None


_ADDRESS = re.compile(r"@|://|www\.|\.(?:com|org|net|gov|edu|uk|io)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """Whole lower-case words of the bundled embedder's WordPiece vocabulary (about 22,000)."""
    data = json.loads((resources.files("credstack") / "data" / "embedder" / "tokenizer.json").read_text("utf-8"))
    return frozenset(w for w in data["model"]["vocab"] if w.isalpha() and w.islower() and len(w) > 1)


@lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    """Words of the skills vocabulary's names, lower-cased ("powerpoint", "javascript",
    "dynatrace"): written in any case, a run of letters that is one of them is a name."""
    names: set[str] = set()
    folder = resources.files("credstack") / "data" / "skills"
    for item in folder.iterdir():
        if item.name.endswith(".json"):
            for entry in json.loads(item.read_text("utf-8")):
                for form in (entry["name"], *entry.get("aliases", ())):
                    names.update(w.casefold() for w in re.findall(r"[A-Za-z]{4,}", form))
    return frozenset(names)


MIN_GLUED_LABEL_CHARS = 6  # "Company", "Location", "Salary"; not "Type", "Rate", "Date" (the end of a name)


def _fact_label(word: str) -> bool:
    """``word`` is a label of a posting's fact ("Company", "Location", "Employer"), long enough not to
    be the last part of a name written in CamelCase."""
    return len(word) >= MIN_GLUED_LABEL_CHARS and names_a_fact(word)


def _cuts(token: str, dictionary: frozenset[str], names: frozenset[str]) -> list[tuple[int, bool]]:
    """(offset, strong) of each place inside ``token`` where two elements were glued."""
    if _ADDRESS.search(token):
        return []
    cuts = []
    runs = _LetterRuns(token)
    joined = _JOINED_NAME.match(token)  # "andPowerPoint": a list's last word glued to a name in CamelCase
    named = (joined.start(1), joined.end(1)) if joined and joined.group(1).casefold() in names else None
    if named is not None:
        cuts.append((named[0], True))
    for m in _INNER.finditer(token):
        i = m.start()
        if named is not None and named[0] <= i < named[1]:
            continue  # inside the name, or the cut before it (above)
        start, end = runs.run_start[i], runs.run_end[i]
        whole = token[start:end] if end - start <= MAX_NAME_CHARS else ""  # no name is longer
        if token[i - 1].isalpha() and (whole.casefold() in names or whole.casefold().removesuffix("s") in names):
            continue  # "JavaScript/Node.js", "dynaTrace": a name the vocabulary knows
        if token[i - 1] in ".!?" and (token[i].isdigit() or token[i:i + 3].isupper()):
            capitals = re.match(r"[A-Z]+", token[i:])
            if capitals is None or "." + capitals.group().casefold() not in _DOTTED_NAMES:
                cuts.append((i, True))  # a sentence's full stop glued to initials or a number ("Microsoft.NET" stays)
            continue
        right = _WORD_AT.match(token, i).group()
        if token[i - 1].isdigit():
            # a standard's or model's number glued to the next item's first word ("ISO 9001Familiarity with"): the
            # word opens an item, or is a word of the dictionary (a weak sign: "Windows 10Professional" is a name)
            if _a_word(right.casefold(), dictionary):
                cuts.append((i, right.casefold() in ITEM_OPENERS or right.casefold() in HEADING_WORDS))
            continue
        if token[i:] == "A" and token[i - 1].islower():
            # the article opening the next sentence or item, glued to the word ending the one before
            # ("fitness industryA passion for ..."): a word of the dictionary before it
            left = token[runs.lower_start[i]:i]
            if len(left) >= 4 and _a_word(left.casefold(), dictionary):
                cuts.append((i, False))
            continue
        if token[i - 1] == ")":  # a bracket closing one item, the next item's word or initials glued to it
            if _INITIALS.match(token, i) or (len(right) >= 3 and _a_word(right.casefold(), dictionary)):
                cuts.append((i, False))
            continue
        if token[i - 1] == "+":  # a name ending in "+" glued to the next element: "CompTIA A+Preferred"
            if right.casefold() in LEVEL_WORDS or _a_word(right.casefold(), dictionary):
                cuts.append((i, right.casefold() in LEVEL_WORDS))
            continue
        if token[i - 1].isupper() and token[i + 1:i + 2] == ".":  # "QUALIFICATIONSD.D.S.": a heading, then initials
            caps = token[runs.run_start[i]:i].casefold()
            if caps in HEADING_WORDS or caps + "s" in HEADING_WORDS:
                cuts.append((i, True))
            continue
        if len(right) == 2 and token[i - 1].isupper():  # "CERTIFICATIONTo": a capitals word, then a short one
            caps = token[runs.run_start[i]:i].casefold()
            if len(caps) >= 4 and _a_word(caps, dictionary):
                cuts.append((i, caps in HEADING_WORDS or caps + "s" in HEADING_WORDS))
            continue  # not "SCADAs", "LIDARs": initials and their plural
        word = token[runs.lower_start[i]:i]
        after = i + len(right)
        if len(word) >= 4 and token[after:after + 1] == ":" and right.casefold() not in LEVEL_WORDS \
                and (right.casefold() in HEADING_WORDS | FOREIGN_HEADING_WORDS or _fact_label(right)):
            # a heading glued after the text before it: "la empresaRequisitos:"; or a fact's label, the
            # facts of a header run together: "Job Title: Certified ElectricianCompany: CMD Electric"
            cuts.append((i, True))
            continue
        caps = _CAPITALS_WORD.match(token, i)
        if token[i - 1].islower() and caps:
            # a heading in capitals glued to the sentence before it ("regulationPRIMARY RESPONSIBILITIES:"):
            # a word, then a word in capitals too long for initials
            left = token[max(runs.run_start[i], runs.last_upper[i]):i]
            if len(left) >= 4 and _a_word(left.casefold(), dictionary) and _a_word(caps.group().casefold(), dictionary):
                cuts.append((i, caps.group().casefold() in HEADING_WORDS))
            continue
        if token[i - 1].islower() and _DOTTED_INITIALS.match(token, i):
            left = token[max(runs.run_start[i], runs.last_upper[i]):i]
            if len(left) >= 4 and _a_word(left.casefold(), dictionary):
                cuts.append((i, False))  # a word, then initials with dots: "planning experienceC.P.I.M/C.P.M."
            continue
        if token[i - 1].islower() and _INITIALS.match(token, i):
            left = token[max(runs.run_start[i], runs.last_upper[i]):i]  # "Type" of "Time-in-TypeATP"
            if len(left) >= 4 and _a_word(left.casefold(), dictionary):
                cuts.append((i, False))  # a word, then initials: an item glued to the next ("skillsASE")
            continue
        if right.casefold() in LEVEL_WORDS and len(word) >= 4 and _a_word(word, dictionary):
            cuts.append((i, True))  # "BLS certificationRequired" (not an identifier's "isRequired")
            continue
        if token[i - 1] in ".:!?":
            before = token[runs.lower_start[i - 1]:i - 1] if token[i - 2:i - 1].islower() else ""
            if _a_word(right.casefold(), dictionary) \
                    or (token[i - 1] == ":" and len(before) >= 4 and _a_word(before, dictionary)):
                cuts.append((i, True))  # "which includes:Uncapped Income": a lead-in's colon, whatever word follows
            continue
        if token[i - 1].isupper():  # initials glued to a word: "GEDForklift"
            cuts.append((i, False))
            continue
        left = token[max(runs.run_start[i], runs.last_upper[i]):i]  # "Ability" of "RN LicenseAbility"
        if token[i - 1] == "s" and i - runs.run_start[i] >= 3 and token[runs.run_start[i]:i - 1].isupper() \
                and len(right) >= 3 and _a_word(right.casefold(), dictionary):
            cuts.append((i, False))  # initials in the plural, then the next item's word: "HOAsGrasp of"
            continue
        if left.casefold() in HEADING_WORDS:
            cuts.append((i, True))
        elif len(left) >= 4 and left.casefold() in names and len(right) >= 3 and right.casefold() in dictionary:
            cuts.append((i, False))  # "Facebook, and InstagramUpdate website": a known name, then the next item's word
        elif right.casefold() in ITEM_OPENERS and len(left) >= 3:
            cuts.append((i, False))  # "AnsibleExperience", "PrometheusCompetent": the next item's first word
        elif left[0].islower() and len(left) >= 3 and len(right) >= 3:
            cuts.append((i, False))
        elif left[0].islower() and len(left) >= 4 and right in _SHORT_OPENERS and _a_word(left, dictionary):
            cuts.append((i, False))  # "Flexible scheduleWe Offer:": a word, then the next line's short first word
        elif len(left) >= 4 and len(right) >= 3 and right.casefold() in dictionary \
                and (left.casefold() in dictionary or _plural_word(left.casefold(), dictionary)):
            cuts.append((i, False))  # "DiscountsJob duties": the last item, a plural, then the next heading
        elif len(left) >= 4 and left.casefold() in names and _listed_after_name(right, dictionary, names):
            cuts.append((i, False))  # "ReactNodeTypescriptComfortability with": names of a list, then its next item
    if sum(1 for _, strong in cuts if not strong) >= 2 and not _words_in_a_row(token, dictionary) \
            and not _names_in_a_row(token, [i for i, _ in cuts], dictionary, names):
        return [c for c in cuts if c[1]]  # "XMLHttpRequest", "getElementById": one name, not three elements
    return cuts


# A list's joining word glued to the name after it, written in CamelCase ("Outlook, Word, Excel, andPowerPoint"):
# the name is one the vocabulary knows whole.
_JOINING_WORDS = r"(?:and|or|with|using|including|plus)"
_CAMEL = r"[A-Z][a-z]+[A-Z][A-Za-z]+"
_JOINED_NAME = re.compile(rf"(?:^|(?<=[\s,(])){_JOINING_WORDS}({_CAMEL})(?=\W|$)")
_JOINING_WORD_BEFORE = re.compile(rf"(?:^|(?<=[\s,(])){_JOINING_WORDS}$")
_CAMEL_AT = re.compile(_CAMEL)


def _joined_name_at(text: str, at: int) -> bool:
    """A cut at ``at`` parts a list's joining word from the known name in CamelCase glued to it ("andPowerPoint")."""
    name = _CAMEL_AT.match(text, at)
    return name is not None and name.group().casefold() in _known_names() \
        and _JOINING_WORD_BEFORE.search(text, max(0, at - len(" including")), at) is not None


# Short words that open a sentence or a heading ("We Offer:", "If you ...", "As a ..."), glued to the word
# ending the item before them.
_SHORT_OPENERS = frozenset("We If As At In On To Our You".split())


# Names written with a leading full stop, which a word may be glued to ("Microsoft.NET", "VB.NET").
_DOTTED_NAMES = frozenset({".net"})


# Endings of English words made from another ("skillfully" of "skill", "ensuring" of "ensure"):
# the dictionary holds common whole words only.
_ENDINGS = ("fully", "ly", "ing", "ed", "es", "s")


def _a_word(word: str, dictionary: frozenset[str]) -> bool:
    """``word`` is an English word: in the dictionary, or one of its words with a common ending."""
    if word in dictionary:
        return True
    if word.endswith("ies") and len(word) >= 6 and word[:-3] + "y" in dictionary:
        return True  # "modifies", "applies"
    for ending in _ENDINGS:
        stem = word.removesuffix(ending)
        if stem != word and len(stem) >= 4 and (stem in dictionary or stem + "e" in dictionary):
            return True
    return False


def _plural_word(word: str, dictionary: frozenset[str]) -> bool:
    """``word`` is the plural of a word of the dictionary ("discounts", "policies"), six letters at least
    ("Whats" of "WhatsApp" is none)."""
    if len(word) < 6:
        return False
    if word.endswith("ies"):
        return word[:-3] + "y" in dictionary
    return word.endswith("s") and not word.endswith("ss") and word[:-1] in dictionary


MAX_NAME_CHARS = 80  # longer than any name the vocabulary knows
_WORD_AT = re.compile(r"[A-Z][a-z]*")


class _LetterRuns:
    """For each offset ``i`` of a token: where the run of letters A-Z/a-z holding the character
    before ``i`` starts (``run_start``) and the run holding ``i`` ends (``run_end``), where the run of
    lower-case letters before ``i`` starts, and the last capital before ``i``. Read once per token,
    not by a search of the token up to each glue (quadratic on one long glued token)."""

    def __init__(self, token: str) -> None:
        n = len(token)
        letter = [("A" <= c <= "Z") or ("a" <= c <= "z") for c in token]
        self.run_start, self.lower_start, self.last_upper = [0] * (n + 1), [0] * (n + 1), [-1] * (n + 1)
        for k, c in enumerate(token):
            self.run_start[k + 1] = self.run_start[k] if letter[k] else k + 1
            self.lower_start[k + 1] = self.lower_start[k] if "a" <= c <= "z" else k + 1
            self.last_upper[k + 1] = k if "A" <= c <= "Z" else self.last_upper[k]
        self.run_end = [n] * (n + 1)
        for k in range(n - 1, -1, -1):
            self.run_end[k] = self.run_end[k + 1] if letter[k] else k


def _listed_after_name(word: str, dictionary: frozenset[str], names: frozenset[str]) -> bool:
    """A capitalised word glued after a known name that opens the list's next item: another known name
    ("Typescript" of "NodeTypescript"), or a word of four letters or more ("Comfortability" of
    "TypescriptComfortability", a noun by its ending)."""
    folded = word.casefold()
    return len(word) >= 4 and (folded in names or _a_word(folded, dictionary)
                               or (len(word) >= 8 and _WORD_ENDING.search(folded) is not None))


def _names_in_a_row(token: str, cuts: list[int], dictionary: frozenset[str], names: frozenset[str]) -> bool:
    """A glued list of names ("ReactNodeTypescriptComfortability"): every piece between the cuts four letters or
    more, each a known name or a word ("getElementById" and "XMLHttpRequest" have shorter pieces)."""
    bounds = [0, *sorted(cuts), len(token)]
    pieces = [token[a:b].strip(".,;:") for a, b in zip(bounds, bounds[1:], strict=False)]
    return all(len(p) >= 4 and p.isalpha() and (p.casefold() in names or _listed_after_name(p, dictionary, names))
               for p in pieces)


def _words_in_a_row(token: str, dictionary: frozenset[str]) -> bool:
    """A glued list of words ("HonestyTransparencyIntegrity", "CollaborationOrganizationMulti-taskingIntegrity",
    "managementProblem-SolvingTaking", "serviceTeaching/educationCoachingSales"): three or more capitalised words,
    each of four letters or more in the dictionary (a hyphenated or slashed pair: one of its parts), maybe after
    the lower-case end of the item before, and nothing else."""
    body = token.strip(".,;:")
    lead = _LOWER_LEAD.match(body)
    rest = body[lead.end():] if lead else body
    humps = _HUMP.findall(rest)
    return len(humps) + (lead is not None) >= 3 and "".join(humps) == rest \
        and (lead is None or lead.group().casefold() in dictionary) \
        and all(any(len(part) >= 4 and part.casefold() in dictionary for part in re.split(r"[-/]", hump))
                for hump in humps)


_HUMP = re.compile(r"[A-Z][a-z]+(?:[-/][A-Za-z][a-z]+)*")  # "Teaching/education" is one item
_LOWER_LEAD = re.compile(r"[a-z]{4,}(?=[A-Z])")


def _heading_glued_digit(text: str) -> list[int]:
    """Where a heading word glued to the number after it ends (``_HEADING_GLUED_DIGIT``)."""
    return [m.end(1) for m in _HEADING_GLUED_DIGIT.finditer(text)
            if m.group(1).casefold() in HEADING_WORDS and m.group(1).casefold() != "about"]


# A heading run into the sentence before it, its first item after a spaced bullet ("... make the difference.
# Duties and Responsibilities Essential Responsibilities: · Co-develops the technical vision"): capitalised
# words, one of them a heading's word, then a colon and the bullet.
_SPACED_BULLET_HEADING = re.compile(r"(?<=[.!?)])[ \t]+((?:[A-Z][\w'’/-]*,?[ \t]+(?:(?:&|and)[ \t]+)?){0,7}"
                                    r"[A-Z][\w'’/-]*)[ \t]*:[ \t]*([·•▪●])[ \t]+(?=\S)")


def _spaced_bullet_heading_cuts(text: str) -> list[tuple[int, bool]]:
    """Where a heading run into the sentence before it starts, and where its first item's bullet is
    (``_SPACED_BULLET_HEADING``)."""
    cuts = []
    for m in _SPACED_BULLET_HEADING.finditer(text):
        words = re.findall(r"[A-Za-z]+", m.group(1).casefold())
        if any(w in HEADING_WORDS for w in words):
            cuts += [(m.start(1), True), (m.start(2), True)]
    return cuts


# The longest first line read as a title: its weak cuts (a CamelCase word) are not made.
MAX_TITLE_LINE = 120


def repair_glued(text: str) -> str:
    """``text`` with a line break put back wherever it shows two elements glued (module doc);
    unchanged when it shows too few such places to be a scraped posting's run-together text."""
    hyphens = [m.start() for m in _GLUED_HYPHEN_ITEM.finditer(text) if _hyphen_item(text, m.start(), _dictionary())]
    if len(hyphens) >= MIN_HYPHEN_ITEMS:
        text = "".join(text[a:b] + ("\n- " if b < len(text) else "")
                       for a, b in zip([0, *(h + 1 for h in hyphens)], [*hyphens, len(text)], strict=True))
    o_bullets = [m.start() for m in _GLUED_O_BULLET.finditer(text) if _o_bullet(text, m.start(), _dictionary())]
    headings = _heading_glued_digit(text)
    if not _GLUE.search(text) and not _NUMBERED.search(text) and not _GLUED_BULLET.search(text) \
            and not _YEARS_GLUED.search(text) and not headings and len(o_bullets) < 2 \
            and not _SPACED_BULLET_HEADING.search(text):
        return text  # ("also The", "into Toronto": words of their own, no sub-bullets)
    dictionary, names = _dictionary(), _known_names()
    cuts: list[tuple[int, bool]] = []
    end = 0
    runs: dict[str, int] = {}  # letter runs of the text and how often each stands (``_recurs``), counted once
    for glue in _GLUE.finditer(text):  # a glue never spans a space: the tokens holding one, in order
        if glue.start() < end:
            continue
        m = _TOKEN.match(text, _token_start(text, glue.start()))
        end = m.end()
        token = m.group()
        if len(token) >= 4:
            found = _cuts(token, dictionary, names)
            if m.start() == 0 or text[m.start() - 1] == "\n":  # "1.To prepare ...": a numbered item, not a glued one
                found = [(i, strong) for i, strong in found if not _ONE_DIGIT_STOP.fullmatch(token[:i])]
            if found and not any(strong or token[i - 1] == ")" for i, strong in found) and _recurs(text, token, runs):
                continue  # "SonicWall ... SonicWall's": a name the text writes the same way each time
            if found and not any(strong for _, strong in found) and _KIND_NOUN_AFTER.match(text, m.end()):
                continue  # "using BuilderTrend software": a product's name before what it is
            name = _CAMEL_NAME.fullmatch(token.rstrip(",;.)"))
            if found and not any(strong for _, strong in found) and name \
                    and _LISTED_AFTER.match(text, m.start() + name.end()) \
                    and _LISTED_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                continue  # "(experience with ConvertKit preferred)", "DST, PowerAgent, etc.": a product in a list
            for i, strong in found:
                cuts.append((m.start() + i, strong))
                heading = _HEADING_BEFORE.search(text, max(0, m.start() + i - 60), m.start() + i) if strong else None
                if heading and heading.group(1).split()[-1].casefold() in HEADING_WORDS:
                    cuts.append((heading.start(1), True))  # "... effectiveness. Benefits & RewardsFlexible hours"
                elif strong and text[m.start() + i - 1] == ":":
                    heading = _COLON_HEADING_BEFORE.search(text, max(0, m.start() + i - 60), m.start() + i) \
                        or _QUESTION_HEADING_BEFORE.search(text, max(0, m.start() + i - 90), m.start() + i)
                    if heading:
                        cuts.append((heading.start(1), True))  # "... reach booms. CMD Offers:Comprehensive"
                elif (strong or text[m.start() + i - 1] == ")") \
                        and (cue := _cue_heading_before(text, m.start() + i)) is not None:
                    cuts.append((cue, True))  # "... to technology Preferred Qualifications (Not Required)Tracts"
    cuts += [(i, True) for i in _numbered_cuts(text)]
    cuts += [(m.start(), True) for m in _YEARS_GLUED.finditer(text)]
    cuts += [(m.start(), True) for m in _AT_LEAST_GLUED.finditer(text)]
    cuts += [(i, True) for i in headings]
    cuts += _spaced_bullet_heading_cuts(text)
    bullets = [m.start() for m in _GLUED_BULLET.finditer(text)]
    if len(bullets) >= 2:
        cuts += [(i, True) for i in bullets]
        for i in bullets:  # "... the team. Responsibilities· Post invoices": the heading on a line of its own
            heading = _HEADING_BEFORE.search(text, max(0, i - 60), i)
            if heading and heading.group(1).split()[-1].casefold() in HEADING_WORDS:
                cuts.append((heading.start(1), True))
    o_set = set(o_bullets) if len(o_bullets) >= 2 else set()
    cuts += [(i, True) for i in o_set]
    title_end = text.find("\n")
    if 0 < title_end <= MAX_TITLE_LINE:  # a title line's CamelCase word ("Large MultiOutlet Hotel") is one word
        cuts = [(i, s) for i, s in cuts if i > title_end or s]
    strong = sum(1 for _, s in cuts if s)
    if not cuts or (not strong and len(cuts) < 2):
        return text
    out, last = [], 0
    for i in sorted({i for i, _ in cuts}):
        out.append(text[last:i].rstrip(" "))
        # a level word stays on its item's line: "CompTIA A+ Preferred", never a "Preferred" heading
        # and a list's joining word stays before the name glued to it: "Excel, and PowerPoint"
        level = _LEVEL_WORD.match(text, i) and text[i - 1] not in ".!?" and not _LEVEL_HEADING.match(text, i)
        if i in o_set:  # the "o" itself becomes a bullet its line's reader knows
            out.append("\n•")
            last = i + 1
            continue
        out.append(" " if level or _joined_name_at(text, i) else "\n")
        last = i
    out.append(text[last:])
    return "".join(out)


# What a product named in CamelCase is, written right after its name ("BuilderTrend software",
# "ServiceTitan app"): the name is one word, not two elements glued.
_KIND_NOUN_AFTER = re.compile(r"[ \t]+(?i:software|app|apps|application|platform|system|tool|suite|crm|erp|portal)"
                              r"(?![a-z])")  # "BuilderTrend softwareMeet": the next item glued after it
# A product's name in CamelCase named in a list or beside its level ("experience with ConvertKit
# preferred", "(TA2000, DST, PowerAgent, etc.)"): one word of capitalised parts, after a word that
# names what comes next as one of several or as a tool, and before a comma, a bracket's end or a
# level word. Two elements glued go on as a phrase, often with "and" ("Stanton, CaliforniaStatus and
# Classification", "Owner, CreativeDirector or Client", "Word and OutlookProof of previous ...").
_CAMEL_NAME = re.compile(r"(?=[A-Za-z]{6,15}$)(?:[A-Z][a-z]+){2,3}")  # "MinnesotaMinneapolis": two places
_LISTED_BEFORE = re.compile(r"(?:\b(?:with|using|in|of|and|or|including|like|as|e\.g\.)|[,(/])[ \t]*$")
_LISTED_AFTER = re.compile(r"[ \t]*[,;)]|[ \t]+(?i:preferred|required|desired|desirable|a plus|is a plus)\b")
_LETTER_RUN = re.compile(r"[A-Za-z]+")


def _hyphen_item(text: str, at: int, dictionary: frozenset[str]) -> bool:
    """Whether the hyphen at ``at`` is a bullet run into the line: after a colon or the full stop ending the item
    before, before a word of the dictionary ("Requirements:-Self-motivated", "requirements.-Utilize"); or between a
    lower-case word that is no prefix and a capitalised word, one of them a word of the dictionary
    ("instructions-Detail oriented", "learner-Organized")."""
    right = _LETTER_RUN.match(text, at + 1).group().casefold()
    if text[at - 1] in ":.!?":  # "... sub-system requirements.-Utilize a set of ...": after the item before
        return _a_word(right, dictionary)
    start = at
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    left = text[start:at]
    return left.islower() and left not in _PREFIXES and (_a_word(left, dictionary) or _a_word(right, dictionary))


def _o_bullet(text: str, at: int, dictionary: frozenset[str]) -> bool:
    """Whether the "o" at ``at`` is a sub-bullet glued to the word before it: after a colon, or
    ending a word that is no word with it ("Managemento", "organizationso") and one without it."""
    if text[at - 1] in ":.!?":
        return True  # "preferred.o Experience: 5+ years": after the full stop ending the item before
    start = at
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    word = text[start:at].lower()
    if word + "o" in dictionary:
        return False  # "bingo", "Portfolio": a word of its own
    return word in dictionary or (word.endswith("s") and word[:-1] in dictionary) or bool(_WORD_ENDING.search(word))


def _recurs(text: str, token: str, runs: dict[str, int]) -> bool:
    """The glued word of ``token`` ("SonicWall" of "SonicWall’s") stands more than once in the text.
    ``runs`` (the text's letter runs counted, filled on first use) is read, not the text searched
    again for each token: a text of many glued names took a search of the whole text each."""
    core = _LETTER_RUN.match(token.lstrip("(\"'“‘"))
    if not core:
        return False
    if not runs:
        for run in _LETTER_RUN.findall(text):
            runs[run] = runs.get(run, 0) + 1
    return runs.get(core.group(), 0) >= 2


def _token_start(text: str, at: int) -> int:
    """Where the space-separated token holding ``text[at]`` starts."""
    while at > 0 and not text[at - 1].isspace():
        at -= 1
    return at


def _numbered_cuts(text: str) -> list[int]:
    """Where a numbered item ("2. Proficient ...") is glued to the item before it ("...systems2.",
    "...claims.2."), when the item before is numbered one less."""
    cuts = []
    seen = {int(m.group(1)) for m in _ITEM_NUMBER.finditer(text)}
    for m in _NUMBERED.finditer(text):
        n = int(m.group(1))
        if n - 1 in seen:
            cuts.append(m.start(1))
            seen.add(n)
    return cuts
