"""The result of analysing one posting, and the pipeline that produces it.

page -> posting -> skills -> gaps -> credentials: each step is a pure function; this module only
strings them together and turns the result into JSON.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from credstack.credentials.alternatives import either_or
from credstack.credentials.catalog import Catalog
from credstack.credentials.expiry import ExpiryFlag, expiry_flags
from credstack.credentials.fit import RoleFit, infer_fit, skill_groups
from credstack.credentials.held import HeldCredentials, Standing, resolve_certification, resolve_held
from credstack.credentials.model import StackPlan
from credstack.credentials.named import SHORT as SHORT_NAME
from credstack.credentials.named import NamedCredential, named_credentials, written_ids
from credstack.credentials.recommend import Limits, plan_to_dict, recommend_stack, stand_ins
from credstack.gaps import LACKING, REQUIREMENT_WEIGHT, GapReport, GapStatus, compare
from credstack.places import load_places, unlikely_countries
from credstack.postings import parse_posting
from credstack.postings.labels import is_fact_label
from credstack.postings.model import Posting, SectionKind
from credstack.postings.sections import STRONG, classify_tier, label_follows
from credstack.postings.title_words import title_cues
from credstack.profile.model import Certification, Profile
from credstack.resources import Resources
from credstack.skills import extract_skills, skill_named
from credstack.skills.abbreviations import defined_abbreviations
from credstack.skills.employer import about_employer, asked_tail, employer_names
from credstack.skills.languages import language_note, language_of
from credstack.skills.model import Extraction, Keyword, SkillKind, SkillMention, TextKind, TextSection
from credstack.skills.requirements import QUALIFIED_IF, applying_condition, asks_strongly, asks_the_candidate

# Weight of a missing skill when choosing credentials, by how the posting asks for it: the score's
# own weights (defined once, in ``gaps``).
MISSING_WEIGHT = REQUIREMENT_WEIGHT
# Skills no credential is bought for: soft skills are shown apart and judged in interviews.
NOT_BOUGHT = frozenset({SkillKind.SOFT})
# Share of a skill's weight left to fill, by its gap status: a transferable skill is half there.
LACKING_SHARE = {GapStatus.MISSING: 1.0, GapStatus.TRANSFERABLE: 0.5, GapStatus.RENEW: 1.0, GapStatus.FINISH: 1.0}


# The posting sections that can ask for skills, as the skills reader's own kinds; every other kind
# (about the company, benefits, how to apply, legal text, forms) is left out.
SKILL_TEXT = {SectionKind.REQUIREMENTS: TextKind.REQUIREMENTS, SectionKind.PREFERRED: TextKind.PREFERRED,
              SectionKind.RESPONSIBILITIES: TextKind.RESPONSIBILITIES, SectionKind.OTHER: TextKind.OTHER}


def skill_sections(posting: Posting, employer: list[str] | None = None) -> list[TextSection]:
    """The parts of ``posting`` that can ask for skills; the whole description when it has no sections.

    With the ``employer``'s names (``employer_of``, possibly none), the paragraphs of unheaded text
    that introduce the employer ("Acme is a...", "Acme makes...", "Our client, a leading...") are left
    out too, as an about-us section is."""
    if not posting.sections:
        sections = [TextSection(TextKind.OTHER, posting.description)] if posting.description else []
    else:
        sections = [TextSection(SKILL_TEXT[s.kind], s.text, s.heading) for s in posting.sections
                    if s.kind in SKILL_TEXT]
        sections += [TextSection(TextKind.OTHER, noted, s.heading) for s in posting.sections
                     if s.kind in (SectionKind.HOW_TO_APPLY, SectionKind.BENEFITS)
                     and (noted := _essential_notes(s.text))]
        if not any(_plain_line(s.text) and _plain_line(s.text) != _plain_line(posting.title or "") for s in sections):
            # Nothing but an about-us or benefits part: a posting pasted as "About us: We are a small clinic. We
            # are looking for an RN with BLS..." is all under that label. Its text is read as unheaded
            # text, where the employer's own sentences and paragraphs are left out as usual.
            # A "Benefits: health insurance, 401k." label line heads what follows the same way:
            # its own paragraph is the offer, the paragraphs after it are the job.
            sections += [TextSection(TextKind.OTHER, s.text, s.heading) for s in posting.sections
                         if s.kind == SectionKind.ABOUT_COMPANY]
            sections += [TextSection(TextKind.OTHER, rest[1], s.heading) for s in posting.sections
                         if s.kind == SectionKind.BENEFITS
                         and len(rest := re.split(r"\n\s*\n", s.text.strip(), maxsplit=1)) == 2]
        else:
            sections += [TextSection(TextKind.OTHER, lead, s.heading) for s in posting.sections
                         if s.kind == SectionKind.BENEFITS and (lead := _role_before_offer(s.text))]
    if posting.title:
        sections = [without_title_lines(s, posting.title) for s in sections]
    if posting.location:
        sections = [without_place_lines(s, posting) for s in sections]
    if sections and not sections[0].heading and _opens_posting(sections[0].text, posting):
        sections[0] = TextSection(sections[0].kind, without_title_head(sections[0].text), sections[0].heading)
    sections = [TextSection(s.kind, without_field_labels(without_labelled_parts(s.text)), s.heading)
                for s in sections]
    sections = [s for s in sections if s.text.strip() or s.heading]
    return sections if employer is None else without_employer_paragraphs(sections, employer)


# A paragraph among the contact and application lines that states what the post requires ("Please note
# that full GMC registration and license to practice is an essential for this role.", "Applicants must
# hold a current NMC PIN.", "All applicants must be registered with the Health and Care Professions Council (HCPC),
# and the RCSLT.", "Applications are welcome from RGN qualified individuals."): read as a requirement, the rest of the
# section as before (not at all).
_ESSENTIAL_NOTE = re.compile(
    r"(?i)\b(?:is|are)[ \t]+(?:an?[ \t]+)?(?:essential|mandatory|required|a[ \t]+requirement|a[ \t]+must)[ \t]+"
    r"(?:for|of|in)[ \t]+(?:this|the)[ \t]+(?:role|post|position|job|vacancy)\b"
    r"|\b(?:applicants|candidates)[ \t]+(?:must|should|will[ \t]+need[ \t]+to)[ \t]+(?:have|hold|possess|"
    r"be[ \t]+(?:registered|fully[ \t]+registered|a[ \t]+member|qualified))\b"
    r"|\bapplications?[ \t]+(?:are|is)[ \t]+(?:also[ \t]+)?(?:welcomed?|invited|encouraged)[ \t]+from[ \t]+"
    r"(?:[\w-]+[ \t]+){0,2}?(?:registered|qualified|chartered|licensed)\b")


# What a benefits heading's first paragraphs may say instead of the offer: the post itself ("What can we offer
# you? / As a Registered Nurse (Mental Health) you'll be an integral part of the healthcare team ... / your role
# as the Mental Health Clinical Lead will be responsible for ..."), up to the first paragraph that names the offer.
_ROLE_PARAGRAPH = re.compile(r"(?i)\b(?:you['\u2019]ll|you[ \t]+will)[ \t]+be[ \t]+(?:an?[ \t]+|the[ \t]+)?"
                             r"(?:integral|key|responsible|accountable|expected|leading|working|part)\b"
                             r"|\byour[ \t]+role[ \t]+(?:as|will)\b|\bthe[ \t]+post[ \t]?holder[ \t]+will\b")
_OFFER_PARAGRAPH = re.compile(r"(?i)[£$€]|\b(?:salary|pay|paid|pension|leave|holidays?|benefits?|bonus|discounts?|"
                              r"insurance|allowances?|rewards?|schemes?|vouchers?|perks?|free|wellbeing|well-being|"
                              r"offer|receive|enjoy|package|support|training|development|career)\b")


def _role_before_offer(text: str) -> str:
    """The paragraphs a benefits section opens with that describe the post (the first says what the
    starter will be or do, ``_ROLE_PARAGRAPH``), up to the first that names anything offered: job text
    under a heading that promised the offer."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    lead = []
    for paragraph in paragraphs:
        if _OFFER_PARAGRAPH.search(paragraph) or (not lead and not _ROLE_PARAGRAPH.search(paragraph)):
            break
        lead.append(paragraph)
    return "\n\n".join(lead) if len(lead) < len(paragraphs) else ""


def _essential_notes(text: str) -> str:
    """The paragraphs of a how-to-apply section that state what the post requires (``_ESSENTIAL_NOTE``), and
    the sentences that put it as the condition of applying ("If you are interested ..., are qualified to NVQ
    Level 3 and have some experience of ..., then please call ...": ``QUALIFIED_IF``)."""
    notes = []
    for paragraph in re.split(r"\n\s*\n", text):
        if _ESSENTIAL_NOTE.search(paragraph):
            notes.append(paragraph)
        elif QUALIFIED_IF.search(paragraph):
            notes += [s for s in re.split(r"(?<=[.!?])\s+", paragraph) if QUALIFIED_IF.search(s)]
    return "\n\n".join(notes)


def without_employer_paragraphs(sections: list[TextSection], employer: list[str]) -> list[TextSection]:
    """``sections`` (``skill_sections``) less the paragraphs of unheaded text that introduce the
    ``employer`` (``about_employer``), each less what it goes on to ask (``asked_tail``)."""
    out = []
    for section in sections:
        if section.kind == TextKind.OTHER:
            kept = [asked_tail(p) if about_employer(p, employer) else p for p in re.split(r"\n\s*\n", section.text)]
            kept = [p for p in kept if p]
            section = TextSection(section.kind, "\n\n".join(kept), section.heading)
        if section.text.strip() or section.heading:
            out.append(section)
    return out


def _plain_line(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def without_title_lines(section: TextSection, title: str) -> TextSection:
    """The section less the lines that only restate the job's title (a description that opens with
    "Staff Accountant", or "Job title: Staff Accountant") and the "Job title:" field lines: a title
    names the role, not what the candidate must know. The title's discipline is read from the
    title itself (``extract_skills``' ``title``), once, and not as a mention the posting asks for."""
    plain_title = _plain_line(title)
    if not plain_title:
        return section
    lines = section.text.split("\n")
    kept = [line for line in lines
            if _plain_line(_TITLE_LABEL.sub("", line)) != plain_title
            and not (_JOB_TITLE_FIELD.match(line) and len(line.split()) <= MAX_TITLE_FIELD_WORDS)]
    if len(kept) == len(lines):
        return section
    return TextSection(section.kind, "\n".join(kept), section.heading)


def without_place_lines(section: TextSection, posting: Posting) -> TextSection:
    """The section less the header lines that only say who and where the job is ("Midhurst, West
    Sussex", "Harbour Freight - Spring Hill, Brisbane QLD", as a pasted posting's second line):
    a town's name is no skill ("Spring" of "Spring Hill" is not the Java framework)."""
    place = _plain_line(posting.location or "")
    if not place:
        return section
    company = _plain_line(posting.company or "")
    lines = section.text.split("\n")
    kept = [line for line in lines if not _names_the_place(line, place, company)]
    if len(kept) == len(lines):
        return section
    return TextSection(section.kind, "\n".join(kept), section.heading)


def _names_the_place(line: str, place: str, company: str) -> bool:
    plain = _plain_line(line)
    if plain in (place, f"{company} {place}".strip(), f"{place} {company}".strip()):
        return True
    head, dash, _tail = line.rpartition(" - ")  # "Employer name - the place"
    return bool(dash) and plain.endswith(place) and len(head.split()) <= 8 and not re.search(r"[.!?:;]", head)


def _opens_posting(text: str, posting: Posting) -> bool:
    """Whether ``text`` starts where the posting's own text starts (its first line is the posting's)."""
    first = text.lstrip().split("\n", 1)[0].strip()
    return bool(first) and posting.description.lstrip().startswith(first)


def without_title_head(text: str) -> str:
    """The text less the job title its first line opens with, with the title's own qualifiers:
    "Backend Engineer (Python) Acme Berlin Date posted: ...", "Frontend Engineer - JavaScript /
    React", where the line is too long to be taken as the posting's title (a header pasted as one
    line). The title names the post, not what the candidate must know.

    The title is a run of capitalised words (up to ``MAX_TITLE_WORDS``) ending on a job word
    ("Engineer", "Nurse": ``postings_titles.json``), that no lower-case word continues as a sentence
    ("Registered Nurse needed for..." is prose); its qualifiers are the brackets and the dash-led
    slash list right after it ("( m/f/d )", "- JavaScript / Typescript / React")."""
    lead = len(text) - len(text.lstrip())
    first = text[lead:].split("\n", 1)[0]
    end = _title_head_end(first)
    if end is None:
        return text
    return text[:lead] + first[end:].lstrip(" \t-–—|,:") + text[lead + len(first):]


# Words a title's run may hold besides capitalised ones: "Head of Sales", "Research & Development".
_TITLE_JOINERS = frozenset({"of", "and", "&", "for", "in", "/", "-", "the", "de", "und", "et", "y"})
MAX_TITLE_WORDS = 7
_TITLE_WORD = re.compile(r"[^\s()\[\]|,:;]+")
# After the title: brackets ("( m/f/d )", "(Python)") and a dash-led single name or slash list
# ("- Java", "- JavaScript / Typescript / React", "- Power BI / SQL - Leeds - £45,000").
_TITLE_ITEM = r"[^\s()\[\]/|]+(?:[ \t]+[A-Z0-9£$€][^\s()\[\]/|]*){0,2}"  # "Java", "Power BI", "£45,000"
_TITLE_QUALIFIER = re.compile(rf"[ \t]*(?:\([^()\n]{{0,80}}\)|\[[^\[\]\n]{{0,80}}\]|[-–—|][ \t]+{_TITLE_ITEM}"
                              rf"(?:[ \t]*/[ \t]*{_TITLE_ITEM})*(?=\s|$))")


def _title_head_end(line: str) -> int | None:
    """Where the job title a line opens with ends (with its qualifiers), or None."""
    job_words = title_cues().job_words
    head_end = None
    for count, m in enumerate(_TITLE_WORD.finditer(line), 1):
        word = m.group()
        if count > MAX_TITLE_WORDS or not (word[0].isupper() or word[0].isdigit() or word.lower() in _TITLE_JOINERS):
            break
        if job_words.fullmatch(word):
            head_end = m.end()
    if head_end is None:
        return None
    rest = line[head_end:]
    following = _TITLE_WORD.match(rest.lstrip())
    if following and rest[:1].isspace() and following.group()[:1].islower() and following.group() not in "-/":
        return None  # "Registered Nurse needed for...": a sentence; "Head of Sales": the title goes on
    end = head_end
    while m := _TITLE_QUALIFIER.match(line, end):
        if m.end() == end:
            break
        end = m.end()
    return end


def without_field_labels(text: str) -> str:
    """The text less its field lines and labels: a line of header facts ("Location: Leeds |
    Contract: Permanent | Salary: £40k", "Ref: MD-0445", "Closing date: 20 June") or of contact
    details goes, and a
    label that names a section or a posting fact ("Job description:", "Role:", "Job type:") loses
    its label but keeps its value; a label of several words that only weakly reads as a heading
    ("Experience with Python:") is kept, its words may be the skill. A label is the page's
    furniture, not something it asks for ("Job description:" is not job analysis); a value can be
    ("Role: DevOps")."""
    if ":" not in text and "@" not in text and not _PHONE.search(text):
        return text
    return "\n".join(_asked_of_contact_line(line) if _is_field_line(line)
                     else _LABEL_AT.sub(_blank_label, line) if ":" in line else line  # a label ends in ":"
                     for line in text.split("\n"))


def _asked_of_contact_line(line: str) -> str:
    """What a field or contact line (``_is_field_line``) still asks of the candidate: its sentences
    with no e-mail address or phone number that ask for something (``asks_the_candidate``, or a
    "must have"/"is required" cue: ``asks_strongly``). A paragraph run on as one line may end in the
    contact ("... EMDR is also a plus! Please send your CV to jobs@example.com"): the address goes,
    the ask before it stays ("Instructor must have their CPR certification. Interested parties,
    email your resume to ...")."""
    sentences = _SENTENCE_END.split(line)
    if len(sentences) < 2 or not _has_email(line) and not _PHONE.search(line):
        return ""
    kept = []
    for sentence in sentences:
        if _has_email(sentence) or _PHONE.search(sentence):
            kept.append(applying_condition(sentence))  # "If you have ..., please send your CV to ...": the condition
        elif asks_the_candidate(sentence) or asks_strongly(sentence):
            kept.append(sentence)
    return " ".join(s for s in kept if s)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


# Labels of the text that asks ("Your profile:", "Your responsibilities:") stay when a value follows:
# they cue what follows as asked.
_SKILL_LABELS = (SectionKind.REQUIREMENTS, SectionKind.PREFERRED, SectionKind.RESPONSIBILITIES)
# Up to four words before a colon that ends a label ("Job description:", "Date posted:").
_LABEL_AT = re.compile(r"(?<![\w:])((?:[^\W\d_][\w&/'’.-]*[ \t]+){0,3}[^\W\d_][\w&/'’.-]*)[ \t]*:(?=\s|$)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d[\d ()-]{7,}\d")


def _has_email(text: str) -> bool:
    """Whether ``text`` holds an e-mail address: its "@" first, a cheap test most lines fail, before
    the address's pattern tries every run of word characters."""
    return "@" in text and _EMAIL.search(text) is not None
# Words a header fact's value may have ("Location: Leeds, West Yorkshire", "Salary: 25,000 - 28,000 per
# annum plus benefits"); a line past it is prose that begins with a label, not a line of facts.
MAX_FIELD_VALUE_WORDS = 30
MIN_PHONE_DIGITS = 9  # and no spaced dash: "40000 - 45000" is a range
# The parts of a line of header facts: "Location: Leeds | Contract: Permanent".
_FIELD_PARTS = re.compile(r"\s+[|•·]\s+|\t+")
# Keys of a posting's administrative facts beyond the parser's own labels (``is_fact_label``).
_ADMIN_KEY = re.compile(r"(?i)^(?:(?:job |vacancy |position |requisition |req\.? )?"
                        r"(?:ref(?:erence)?\.?(?: no\.?| number)?|id|number|code)|req(?:uisition)?(?: id)?|"
                        r"closing(?: date)?|deadline|application deadline|interview(?: dates?)?|"
                        r"apply by|start(?:ing)? date|posted(?: on)?|expires?|expiry date|"
                        r"(?:job |work |working )?hours|shifts?|department|division|team|grade|band|category)$")


def _is_field_line(line: str) -> bool:
    """A line of header facts, or a contact line (an e-mail address or a phone number: the
    recruiter's "For more information contact Jane Smith on 0113 496 0000")."""
    if _has_email(line) or any(len(re.sub(r"\D", "", m.group())) >= MIN_PHONE_DIGITS and " - " not in m.group()
                                  for m in _PHONE.finditer(line)):
        return True
    parts = [p for p in _FIELD_PARTS.split(line.strip()) if p]
    if not parts:
        return False
    for part in parts:
        key, colon, value = part.partition(":")
        key = key.strip()
        if not colon or not value.strip() or len(key.split()) > 4 or len(value.split()) > MAX_FIELD_VALUE_WORDS:
            return False  # a long value is the ad's text run on after its first label ("Position: ... We are looking")
        if not (is_fact_label(key) or _ADMIN_KEY.match(key)):
            return False
    return True


def without_labelled_parts(text: str) -> str:
    """The text less what follows a label of a part that asks for nothing ("Company description:
    We are...", "Job benefits: 25 days leave", "How to apply: ..."), written inline where a page's
    text was pasted without its headings: up to the next label of the asking text ("Requirements:",
    "Your profile:"), the next line that states a requirement ("Python is required") or the end.
    """
    if ":" not in text:
        return text
    out, pos, skipping, fact = [], 0, False, False
    for m in _LABEL_OR_BREAK.finditer(text):
        kind, label = _label_kind(m.group(1)) if m.group(1) else (None, "")
        if kind in _NOT_ASKING and not skipping and not _field_in_flattened_ad(text, m, label):
            out.append(text[pos:m.end(1) - len(label)])
            skipping, fact = True, is_fact_label(label)
        elif skipping and (kind in _SKILL_LABELS or (not m.group(1) and (
                _asks(text, m.end()) or (fact and _states_duties(text, m.end()))))):
            pos, skipping = m.end(1) - len(label) if label else m.start(), False
    if not skipping and not out:
        return text
    if not skipping:
        out.append(text[pos:])
    return "".join(out)


_LABEL_OR_BREAK = re.compile(_LABEL_AT.pattern + r"|\n")


# What the starter will do, said to them ("As a Clinical Nurse Specialist, you will work ...", "The post holder
# will ...", "The role will provide an initial contact service ..."), not what they will get ("You will receive
# 25 days' holiday", "The role will attract a salary of ..."), or what they are asked ("Do you have experience in
# Biomedical Science?", "If you are an experienced Physiotherapist"), or whom the employer seeks.
_DUTIES = re.compile(r"(?im)\b(?:you[ \t]+will|you'll|the[ \t]+post[ \t]*holder[ \t]+will|"
                     r"the[ \t]+(?:successful|right|ideal|suitable)[ \t]+(?:candidate|applicant|person|individual)"
                     r"[ \t]+will|"
                     r"(?:the|this)[ \t]+(?:role|post|position)(?:[ \t]*holder)?[ \t]+will)\b"
                     r"(?![ \t]+(?:also[ \t]+)?(?:receive|get|have[ \t]+access|be[ \t]+entitled|enjoy|benefit|"
                     r"be[ \t]+offered|be[ \t]+rewarded|be[ \t]+paid|earn|qualify|offer|attract|pay|suit|close|"
                     r"be[ \t]+(?:based|advertised|subject|closed)))"
                     # or asks them: "Do you have experience in Biomedical Science?", "Are you a qualified chef?"
                     r"|(?:^|[.!?][ \t]+)(?:do[ \t]+you[ \t]+have|have[ \t]+you[ \t]+(?:got|worked|gained)|"
                     r"(?:are[ \t]+you|if[ \t]+you[ \t]+are)[ \t]+(?:an?[ \t]+)?"
                     r"(?:experienced|qualified|registered|skilled|trained|certified|licensed))\b"
                     # or says whom the employer seeks: "The Medicine Division is seeking a motivated ... individual"
                     r"|\b(?:is|are)[ \t]+(?:currently[ \t]+|now[ \t]+)?(?:seeking|looking[ \t]+for|recruiting)[ \t]+"
                     r"(?:an?|two|three|several)\b")


def _states_duties(text: str, start: int) -> bool:
    """Whether the line from ``start`` tells the starter what they will do: after a fact field's pay line
    ("Salary: £31,365 - £37,890 per annum", then "Interview date ...", then the advert's "you will ..."
    paragraphs) the job goes on; a perk line after it ("Free Excel training and a gym") does not."""
    end = text.find("\n", start)
    return _DUTIES.search(text, start, len(text) if end < 0 else end) is not None


def _field_in_flattened_ad(text: str, m: re.Match, label: str) -> bool:
    """Whether the label at ``m`` is a fact field ("Salary:", "Pay:") of a flattened ad: a line that
    runs on past a field's value after it (``MAX_FIELD_VALUE_WORDS``: "Salary: Circa 25k The Role
    Working closely with ... you will be responsible for ..."), as a dump that lost its line breaks
    writes the whole advert on one line. Its value is a field, not a benefits part running to the
    next label: the duties after it stay (the label itself is blanked by ``without_field_labels``)."""
    # a part's label, unless another field soon follows it ("Benefits: Blue Chip Company Benefits Location: ...")
    # or it ends on a fact's own label (the words before "Location:" are the value of the field before it)
    if not (is_fact_label(label) or is_fact_label(label.split()[-1] if label else "") or label_follows(text, m.end())):
        return False
    end = text.find("\n", m.end())
    return len(text[m.end():end if end >= 0 else len(text)].split()) > MAX_FIELD_VALUE_WORDS


def _asks(text: str, start: int) -> bool:
    """Whether the line from ``start`` states a requirement ("... is required", "you must", "at
    least"). Softer cues ("strong", "knowledge of") are left out: an employer's blurb has them too."""
    end = text.find("\n", start)
    return asks_strongly(text[start:end if end >= 0 else len(text)])


# The parts of a posting that ask for nothing (a label of one ends the skill text it sits in).
_NOT_ASKING = (SectionKind.ABOUT_COMPANY, SectionKind.BENEFITS, SectionKind.HOW_TO_APPLY, SectionKind.LEGAL)


def _heading_kind(label: str) -> SectionKind | None:
    """The section kind ``label`` names as a heading: any kind for one word, a strong one for more."""
    kind, tier = classify_tier(label)
    return kind if kind is not None and (tier == STRONG or " " not in label) else None


def _label_kind(words: str) -> tuple[SectionKind | None, str]:
    """The section kind a label names and the label, from its last words ("are hybrid. Company
    description")."""
    parts = words.split()
    for i in range(len(parts)):
        label = " ".join(parts[i:])
        if label[:1].isupper() and (kind := _heading_kind(label)) is not None:
            return kind, label
    return None, ""


def _is_label(words: str) -> bool:
    return is_fact_label(words) or _heading_kind(words) is not None


# "Reports to:", "Reporting to:": the label says whom its value names (the post's manager, not a skill asked:
# ``in_reporting_line`` reads it), so it stays.
_REPORTING_LABEL = re.compile(r"(?i)(?:^|\s)report(?:s|ing)?(?:[ \t]+directly)?[ \t]+to$")


_OWNER_WORD = re.compile(r"(?i)\b(?:employer|company|client|organi[sz]ation|business|firm|agency|trust)\b")


def _blank_label(m: re.Match) -> str:
    if _REPORTING_LABEL.search(m.group(1)):
        return m.group(0)
    words = m.group(1).split()
    rest = m.string[m.end():].lstrip()
    following = _LABEL_AT.match(rest)
    empty = not rest or (following is not None and _is_label(following.group(1)))  # "Job description: Job type:"
    for i in range(len(words)):  # the longest label among the words before the colon
        label = " ".join(words[i:])
        if not label[:1].isupper():
            continue
        kind = _heading_kind(label)
        if is_fact_label(label) or (kind is not None and (kind not in _SKILL_LABELS or empty)):
            if i and not m.string[:m.start()].strip(" \t-\u2022*") and all(w[:1].isupper() for w in words[:i]) \
                    and not _OWNER_WORD.search(" ".join(words[:i])):
                return ""  # "Event Type: Zoom" opening its line: the capitalised words are the label's own ("Event
                # Zoom" is no name); "Employer Industry: Marketing" keeps its owner, the employer's industry is no skill
            kept = m.group(0)[:len(m.group(0)) - len(m.group(0).lstrip())] + " ".join(words[:i])
            return kept + (" " if i else "")
    return m.group(0)


# A field line naming the post: "Job Title: Registered Nurse $56.41 per hour".
_JOB_TITLE_FIELD = re.compile(r"^\s*(?:job|position|post)\s+(?:title|position|name)\s*:", re.IGNORECASE)
# Words of a "Job title:" field line; a longer line is a flattened ad that opens with the field
# ("JOB TITLE: Reservations Consultant parttime HOURS: Various MAIN DUTIES ..."): its duties stay.
MAX_TITLE_FIELD_WORDS = 14
# "Job title:", "Position:", "Role -" before a restated title.
_TITLE_LABEL = re.compile(r"^\s*(?:job\s+(?:title|position)|position(?:\s+title)?|role|title)\s*[:\-\u2013]\s*",
                          re.IGNORECASE)


def employer_of(posting: Posting, resources: Resources) -> list[str]:
    """The employer's name and its products as the posting writes them: never skills."""
    texts = [s.text for s in posting.sections] or [posting.description]
    return employer_names(posting.company, texts, lambda name: resources.vocabulary.resolve(name) is not None)


@dataclass
class Analysis:
    posting: Posting
    skills: list[SkillMention] = field(default_factory=list)
    other_keywords: list[Keyword] = field(default_factory=list)
    gaps: GapReport | None = None  # when the user has a profile
    recommendations: StackPlan | None = None
    expiry: list[ExpiryFlag] = field(default_factory=list)
    held: HeldCredentials | None = None  # the profile's certifications, resolved once for every step
    fit: RoleFit | None = None  # the posting's occupation groups and seniority
    alternatives: list[frozenset[str]] = field(default_factory=list)  # "SHRM-CP or PHR": one slot each
    named: dict[str, NamedCredential] = field(default_factory=dict)  # catalog credentials the text names
    context: list[SkillMention] = field(default_factory=list)  # industries and domains: never gaps
    written: set[str] = field(default_factory=set)  # catalog ids whose own name the posting writes
    # skill_sections(posting), when already read (the analysis reads them once for every step)
    sections: list[TextSection] | None = field(default=None, repr=False)


def analyze(posting: Posting, resources: Resources, *, profile: Profile | None = None, limits: Limits | None = None,
            today: date | None = None, recommend: bool = True, rank: bool = True) -> Analysis:
    """Skills of ``posting``; with a profile, the gaps and the credentials that fill them.

    ``rank=False`` reads the skills without the model (tailoring needs only their names)."""
    employer = employer_of(posting, resources)
    sections = skill_sections(posting)
    extraction = extract_skills(without_employer_paragraphs(sections, employer), resources.vocabulary,
                                resources.ranker if rank else None, resources.tagger if rank else None,
                                employer=employer, title=posting.title or "", place=posting.location or "",
                                whole=posting.description or "")
    skills, context = settle_backgrounds(extraction, posting.title or "", resources)
    result = Analysis(posting=posting, skills=skills, other_keywords=extraction.other_keywords, context=context,
                      sections=sections)
    return judge(result, resources, profile=profile, limits=limits, today=today, recommend=recommend)


# Least share of a skill's occupation evidence in a group for the skill to be that group's field.
FIELD_SHARE = 0.25


def settle_backgrounds(extraction: Extraction, title: str, resources: Resources
                       ) -> tuple[list[SkillMention], list[SkillMention]]:
    """The skills and the context of an extraction once its backgrounds are settled by the job's
    occupation: "experience in higher education" is a sysadmin's employer's field (context), a
    professor's own (a skill); "logistics experience" is a product manager's background, a
    supply-chain planner's skill."""
    if not extraction.backgrounds:
        return extraction.skills, extraction.context
    pending = set(extraction.backgrounds)
    kept = [s for s in extraction.skills if s.name not in pending]
    fit = infer_fit(title, kept, resources.catalog, resources.vocabulary)
    skills, context = [], list(extraction.context)
    for skill in extraction.skills:
        if skill.name in pending:
            groups = skill_groups([skill], resources.catalog, resources.vocabulary)
            own = {g for g, share in groups.items() if share >= FIELD_SHARE}
            if not own & set(fit.groups):
                context.append(skill)
                continue
        skills.append(skill)
    return skills, context


def judge(result: Analysis, resources: Resources, *, profile: Profile | None = None, limits: Limits | None = None,
          today: date | None = None, recommend: bool = True) -> Analysis:
    """Fill in the gaps, expiry warnings and credentials of an analysis whose skills are known
    (a fresh one, or a saved listing read back against today's profile and catalog)."""
    read_role(result, resources, profile)
    if profile is not None:
        result.held = held_credentials(profile, resources, today=today)
        result.gaps = gap_report(result.skills, profile, resources, today=today, held=result.held,
                                 alternatives=result.alternatives, fit=result.fit)
        result.expiry = expiry_flags(profile.certifications, today or date.today(), resources.catalog)
    if recommend:
        result.recommendations = recommend_for(result, profile, resources.catalog, limits=limits)
    return result


def read_role(result: Analysis, resources: Resources, profile: Profile | None = None) -> Analysis:
    """The posting's occupation, seniority and either-or certifications (they decide which credentials fit)."""
    posting, places = result.posting, load_places()
    # the place first; then a national registration it asks for; then words only one country writes;
    # then, for a posting that says none of it, the country the user lives in (a job seeker's
    # listings are mostly where they live; an electrician in Leeds gets the 18th Edition, not OSHA's)
    country = places.country_of(posting.location, posting.salary, posting.description) \
        or places.country_of_certifications(s.name for s in result.skills if s.kind == SkillKind.CERTIFICATION) \
        or places.country_in_text(posting.description)
    unlikely = unlikely_countries(posting.salary, posting.description, language=language_of(posting.description or ""))
    where = (posting.location, posting.description)
    if country is None and profile is not None and profile.location:
        home = places.country_of(profile.location)
        country = home if home not in unlikely else None  # dollar pay is no job in Britain
        if country is not None:
            where = (profile.location, None)  # and the user's province: a Toronto user gets no BC first aid card
    # the states a US or Canadian location names, so long as they are in the country read above
    states = {s for s in places.states_of(*where) if s[:2] == country}
    result.fit = infer_fit(posting.title or "", result.skills, resources.catalog, resources.vocabulary, country,
                           states, unlikely)
    sections = result.sections if result.sections is not None else skill_sections(result.posting)
    asked = {s.name for s in result.skills if s.kind == SkillKind.CERTIFICATION}
    catalog = resources.catalog
    defined = defined_abbreviations(result.posting.description or "")
    found = named_credentials(sections, catalog, result.fit.groups, defined)
    # written out in full: a bare "CPA" on a UK mental-health posting is the Care Programme
    # Approach, no US accountancy licence, so short letters name no other country's licence
    result.written = {cid for cid, n in found.items() if any(len(f) > SHORT_NAME for f in n.forms)} | written_ids(
        [m for s in result.skills if s.kind == SkillKind.CERTIFICATION for m in s.mentions if len(m) > SHORT_NAME],
        catalog)
    result.named = {cid: n for cid, n in found.items()
                    if not (catalog.get(cid).grants and catalog.get(cid).grants in asked)}
    _named_as_skills(result, catalog)
    text = "\n".join(section.text for section in sections)
    labels = {n.label: n.forms for n in result.named.values()}
    result.alternatives = [slot for slot in either_or(text, result.skills, labels)
                           if substitutes(slot, catalog, {n.label: cid for cid, n in result.named.items()})]
    return result


def _named_as_skills(result: Analysis, catalog: Catalog) -> None:
    """What the catalog finds named is asked for like any certification: a chip, a gap, part of the
    score ("CCRN required within 12 months" counts against a nurse without it, like "BLS" does). A
    tagger phrase that only repeats it ("CCRN certification") is that chip, and words of a named
    certification or of its issuer are no keywords of their own ("American Heart" beside BLS)."""
    written = [f for found in result.named.values() for f in found.forms]
    result.skills = [s for s in result.skills
                     if s.kind != SkillKind.OTHER or not any(_has_words(s.name, f) for f in written)]
    present = {s.name for s in result.skills}
    for found in result.named.values():
        if found.label not in present:
            result.skills.append(SkillMention(found.label, SkillKind.CERTIFICATION, "certification",
                                              requirement=found.requirement, mentions=list(found.forms)))
            present.add(found.label)
    names = [n for cid, found in result.named.items() for n in (found.label, *found.forms, catalog.get(cid).provider)]
    for skill in result.skills:
        if skill.kind == SkillKind.CERTIFICATION:
            names += [*skill.mentions, *(c.provider for c in catalog.granting(skill.name))]
    result.other_keywords = [k for k in result.other_keywords if not any(_has_words(n, k.phrase) for n in names)]


def _has_words(text: str, words: str) -> bool:
    """Whether ``words`` stand whole in ``text`` (any case)."""
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text, re.IGNORECASE) is not None


def substitutes(slot: frozenset[str], catalog: Catalog, labels: dict[str, str]) -> bool:
    """Credentials one can take for another share a field: "SHRM-CP or PHR" is one slot, "PMP or
    OSHA 30" on a construction posting asks for two different things, each worth having."""
    fields = []
    for name in slot:
        entry = catalog.get(labels[name]) if name in labels else catalog.for_vocabulary_name(name)
        entries = [entry] if entry is not None else catalog.granting(name)
        if entries:
            fields.append(set().union(*(set(e.occupations) for e in entries)))
    return len(fields) < 2 or bool(set.intersection(*fields))

def held_credentials(profile: Profile, resources: Resources, *, today: date | None = None) -> HeldCredentials:
    """The profile's certifications recognised in the catalog and vocabulary (the one resolver)."""
    return resolve_held(profile.certifications, resources.catalog, resources.vocabulary, today)


def gap_report(skills: list[SkillMention], profile: Profile, resources: Resources, *,
               today: date | None = None, held: HeldCredentials | None = None,
               alternatives: list[frozenset[str]] = (), fit: RoleFit | None = None) -> GapReport:
    """The profile against ``skills``: the one gap analysis every route uses. With the posting's
    ``fit`` (its country), a certification the profile holds that stands in there for one the
    posting names (``stand_ins``) answers it."""
    held = held or held_credentials(profile, resources, today=today)
    entries = {id(r.certification): r.entry for r in held.items}
    named = dict.fromkeys((s.name for s in skills if s.kind == SkillKind.CERTIFICATION), 1.0)
    standing = stand_ins(named, resources.catalog, fit) if named and fit is not None else {}
    stands = {name.casefold(): r for r in held.items if r.entry is not None
              for name in standing.get(r.entry.id, ())}

    def taught(certification: Certification) -> tuple[str, ...]:
        entry = entries.get(id(certification))
        return entry.skills if entry is not None else ()

    return compare(skills, profile, resources.vocabulary, embed=resources.skill_vectors, today=today,
                   taught=taught, credentials=held, alternatives=alternatives, stands=stands,
                   registered=registrations_held(profile, resources, held, fit))


def registrations_held(profile: Profile, resources: Resources, held: HeldCredentials,
                       fit: RoleFit | None) -> dict[str, str]:
    """The national registrations the profile's current licences put its holder on where the job
    is (``places.registrations_of``): a UK nurse's "Registered Nurse" answers "NMC registration"."""
    if fit is None or not fit.countries:
        return {}
    places, vocabulary, current = load_places(), resources.vocabulary, held.current()
    names = {r.name for r in current if r.name}
    names |= {skill.name for s in profile.skills if (skill := skill_named(s.name, vocabulary)) is not None}
    home = places.country_of(profile.location) if profile.location else None
    # without a place, the countries of the profile's national credentials tell where it is from
    # (an NCLEX-RN holder is a US or Canadian nurse, not on the NMC's register)
    homes = {home} if home else {c for r in current if r.entry is not None for c in r.entry.countries}
    return places.registrations_of(names, fit.countries, homes)


def match_score(result: Analysis | list[SkillMention], profile: Profile | None, resources: Resources) -> int | None:
    """The 0-100 match of ``profile`` to a posting (an analysis, or just its skills); None without a
    profile. The same gap report as ``judge`` gives, so a listing's score is its analysis's."""
    if profile is None:
        return None
    if not isinstance(result, Analysis):
        return gap_report(list(result), profile, resources).score
    return judge(result, resources, profile=profile, recommend=False).gaps.score


def skills_taught_by(certification: Certification, catalog: Catalog) -> tuple[str, ...]:
    """The skills the catalog says a profile certification teaches (none when it is not in the catalog)."""
    found = resolve_certification(certification, catalog, catalog.vocabulary)[0]
    return found.skills if found is not None else ()


def missing_weights(result: Analysis) -> dict[str, float]:
    """Skills to fill and how much each matters: all of them without a profile, else the gaps."""
    weights: dict[str, float] = {}
    if result.gaps is not None:
        for gap in result.gaps.items:
            if gap.status in LACKING and gap.skill.kind not in NOT_BOUGHT:
                weights[gap.skill.name] = MISSING_WEIGHT[gap.skill.requirement] * LACKING_SHARE[gap.status]
    else:
        for skill in result.skills:
            if skill.kind not in NOT_BOUGHT:  # judged in interviews: no credential fills it
                weights[skill.name] = MISSING_WEIGHT[skill.requirement]
    return weights


def recommend_for(result: Analysis, profile: Profile | None, catalog: Catalog, *,
                  limits: Limits | None = None) -> StackPlan:
    named = {s.name for s in result.skills if s.kind == SkillKind.CERTIFICATION}
    held = result.held
    if held is None and profile is not None:
        held = resolve_held(profile.certifications, catalog, catalog.vocabulary)
    weights = missing_weights(result)
    asked = asked_ids(catalog, named, result.named)
    # a national credential standing in for a certification the posting names is asked for too: a
    # lapsed UK first aid certificate is renewed for a London posting asking "CPR certified"
    asked |= set(stand_ins(dict.fromkeys(named, 1.0), catalog, result.fit))
    if held:
        asked |= _lapsed_in_demand(held, weights, catalog, result.fit)
    blocked = held.blocked_ids(asked) if held else set()
    held_ids = {r.entry.id for r in held.items if r.entry is not None} if held else set()
    named_ids = {}
    for cid, line in result.named.items():  # named by the catalog's words, unknown to the vocabulary
        if cid in blocked or (profile is not None and line.label not in weights and result.gaps is not None):
            continue  # held, or the gaps found it held or otherwise answered
        weights.setdefault(line.label, MISSING_WEIGHT[line.requirement])
        named_ids[cid] = line.label
    if held_ids & set(result.named):
        _answered_slots(result, held, weights)
    if not weights:
        return StackPlan()
    return recommend_stack(weights, catalog, limits, named=named, have_credentials=blocked,
                           steps=held.actions(asked) if held else None, fit=result.fit, slots=result.alternatives,
                           named_ids=named_ids, written=result.written)


def _lapsed_in_demand(held: HeldCredentials, weights: dict[str, float], catalog: Catalog,
                      fit: RoleFit | None) -> set[str]:
    """Catalog ids of the lapsed certifications the posting asks for by what they teach, not by name
    (their focus is a missing skill), and that would be advice for it (they fit the role and count
    where the job is): renewing one is
    the advice, not a different credential for the same skills (a lapsed IOSH Working Safely for an
    electrician's posting asking workplace safety, rather than the NEBOSH General Certificate)."""
    if fit is None:
        return set()
    out = set()
    for r in held.items:
        if r.standing != Standing.LAPSED or r.entry is None or r.entry.retired:
            continue
        # its focus (first skill) still missing: the profile shows nothing else for what it is about
        # (an SEO specialist with five years of SEO is not sent back to a lapsed HubSpot SEO badge)
        if not r.entry.skills or r.entry.skills[0] not in weights:
            continue
        cover = {s: via for s, via in catalog.coverage(r.entry).items() if s in weights}
        if fit.local(r.entry) and fit.reason(r.entry, cover, catalog.vocabulary) is not None:
            out.add(r.entry.id)
    return out


def asked_ids(catalog: Catalog, named: set[str], found: dict) -> set[str]:
    """Catalog ids a posting asks for: those awarding a certification it names, and those the
    catalog found named in its text."""
    return {c.id for name in named for c in catalog.granting(name)} | set(found)


def _answered_slots(result: Analysis, held: HeldCredentials, weights: dict[str, float]) -> None:
    """A current credential the profile holds answers its either-or slot: the others leave the list."""
    current = {result.named[r.entry.id].label for r in held.current()
               if r.entry is not None and r.entry.id in result.named}
    for slot in result.alternatives:
        if slot & current:
            for name in slot:
                weights.pop(name, None)


def analysis_to_dict(result: Analysis) -> dict:
    data = {
        "posting": result.posting.to_dict(),
        "skills": [s.to_dict() for s in result.skills],
        "other_keywords": [k.to_dict() for k in result.other_keywords],
        "context": [s.to_dict() for s in result.context],
        "gaps": result.gaps.to_dict() if result.gaps is not None else None,
        "recommendations": None,
        "expiry": [flag.to_dict() for flag in result.expiry],
        "role": result.fit.to_dict() if result.fit is not None else None,
        "alternatives": [sorted(group) for group in result.alternatives],
        "notes": analysis_notes(result.posting),
    }
    if result.recommendations is not None:
        data["recommendations"] = plan_to_dict(result.recommendations)
    return data


def analysis_notes(posting: Posting) -> list[str]:
    """What a person should know before trusting the answer: a listing in a language the vocabulary
    does not read yields a few loanwords and a match made of them."""
    note = language_note("\n".join(filter(None, (posting.title, posting.description))))
    return [note] if note else []


def warm_up(resources: Resources) -> None:
    """Load the model and the vocabulary vectors before the first request."""
    analyze(parse_posting("Requirements\n- 3+ years of Python and SQL\n- Nice to have: AWS"), resources,
            profile=Profile(skills=[]))
