"""Facts a page states with a label: "Location: Austin, TX", or "Job type" with "Full-time" on the
next line, as job boards lay out their header and sidebar."""

from __future__ import annotations

import re

from credstack.postings.employment import EMPLOYMENT_DATA, telling_employment_type
from credstack.postings.fact_labels import LABELS
from credstack.postings.text import Block

_LABEL_PATTERNS = {f: re.compile(rf"^(?:{p})\s*[:\-–]?\s*(?P<value>.*)$", re.IGNORECASE) for f, p in LABELS.items()}


_COLON_PATTERNS = {f: re.compile(rf"^(?:{p})\s*:\s*(?P<value>\S.*)$", re.IGNORECASE) for f, p in LABELS.items()}
# any label at all: most blocks start with none, and one search rules them out
_ANY_LABEL = re.compile("^(?:" + "|".join(f"(?:{p})" for p in LABELS.values()) + ")", re.IGNORECASE)


# A flattened ad's facts run together on one line, each after its label: "Role: Personal Tax Senior
# Location: Bristol Salary: Up to 40K depending on experience A top 10 firm ...". The place is what
# lies between "Location:" and the next label with its colon, near the start of the line.
_NEXT_LABEL = r"(?=(?=[A-Z])(?i:" + "|".join(f"(?:{p})" for p in LABELS.values()) + r")\s*:)"
_INLINE_LOCATION = re.compile(r"(?<![\w-])(?:(?:Job|Work|Office) )?(?i:location)\s*:\s*(?P<value>[A-Z][^:\n]{0,60}?)\s+"
                              + _NEXT_LABEL)
_AT_NEXT_LABEL = re.compile(r"\s+" + _NEXT_LABEL)
MAX_INLINE_AT = 600


def _before_next_label(value: str) -> str:
    """A labelled value up to the next fact's label ("Theatre Nurse Location: Cambridge Salary: ..."
    -> "Theatre Nurse"); the whole value where the label begins inside a word run into the one before
    ("Specialist (Level III)Work Schedule: Monday": "Work" is the label's, glued)."""
    head = _AT_NEXT_LABEL.split(value, maxsplit=1)[0].strip()
    return value.strip() if _GLUED_TAIL.search(head) else head


_GLUED_TAIL = re.compile(r"(?:[)\].,;:!?]|[a-z])[A-Z][a-z]+$")


def is_fact_label(text: str) -> bool:
    """"Company", "Job type", "Salary": a label of a posting fact."""
    text = text.strip().rstrip(":").strip()
    if not _ANY_LABEL.match(text):
        return False
    return any(p.match(text) and not p.match(text).group("value") for p in _LABEL_PATTERNS.values())


# Pictographs boards print as labels ("🌎 Remote, Lyon", "📍 Berlin", "💰 $90k–$110k"), often
# several on one line: each labels the text up to the next one.
_PICTOGRAPHS = {"location": "🌎🌍🌏📍🗺", "salary": "💰💵💶💷💸"}
_PICTOGRAPH = re.compile("([" + "".join(_PICTOGRAPHS.values()) + "])\ufe0f?")


def pictograph_fields(text: str) -> dict[str, str]:
    """The facts a line states after pictograph labels: "💰 $142k 🌎 USA - Remote" -> salary, location."""
    parts = _PICTOGRAPH.split(text)
    out: dict[str, str] = {}
    for mark, value in zip(parts[1::2], parts[2::2], strict=True):
        field = next(f for f, marks in _PICTOGRAPHS.items() if mark in marks)
        value = value.strip(" ,;|·•-–")
        if field not in out and _value_ok(value):
            out[field] = value
    return out


# The line that opens a contact's details ("For further details / informal visits contact:",
# "Contact details"): the "Name:", "Job title:" and "Email:" lines after it are the contact's, not
# the posting's (an NHS advert's contact, a "Medical Secretary Supervisor", became the job's title).
_CONTACT_LEAD = re.compile(r"(?i)(?:informal (?:visits?|enquiries|discussions?)|further (?:details|information)|"
                           r"more information)\b[^\n]{0,60}\bcontact\b"
                           r"|^\s*contact(?:\s+(?:details|person|information))?\s*:?\s*$")


def labelled_fields(blocks: list[Block], limit: int = 80) -> dict[str, str]:
    """Fields a page states as "Label: value" or as a label with its value on the next line
    ("Employment type" / "Full-time"), as job boards lay out their header facts, or after a
    pictograph ("🌎 Lyon, France")."""
    out: dict[str, str] = {}
    # every employment fact, not only the first: "Appointment type" / "Permanent" and "Work schedule"
    # / "Full-Time" are read together, the most telling type among them wins (``employment_of``)
    employment: list[str] = []
    blocks = _facts_apart(blocks[:limit])
    for i, block in enumerate(blocks):
        text = block.text.strip()
        if _CONTACT_LEAD.search(text):
            break  # "For further details / informal visits contact:" and then the contact's own "Job title:"
        if _PICTOGRAPH.search(text) and len(text) <= 160:
            for field, value in pictograph_fields(text).items():
                out.setdefault(field, value)
        if "location" not in out and "ocation" in (head := text[:MAX_INLINE_AT]).lower() \
                and (inline := _INLINE_LOCATION.search(head)) and _value_ok(inline.group("value")):
            out["location"] = inline.group("value").strip()
        if len(text) > 160 or not _ANY_LABEL.match(text):
            continue
        for field, colon in _COLON_PATTERNS.items():
            if field in out and field != "employment_type":
                continue
            value = None
            m = colon.match(text)
            if m and _SUB_LABEL.match(m.group("value")):  # "Location: City" / "New York": a label in two parts
                if i + 1 < len(blocks) and _value_ok(blocks[i + 1].text):
                    value = blocks[i + 1].text.strip()
                else:
                    continue
            elif m and _value_ok(cut := _before_next_label(m.group("value"))):
                value = cut
            else:
                bare = _LABEL_PATTERNS[field].match(text)
                if bare and not bare.group("value") and i + 1 < len(blocks) and _value_ok(blocks[i + 1].text):
                    value = blocks[i + 1].text.strip()
            if value is None:
                continue
            if field == "location" and _WORK_MODE_ONLY.match(value):
                continue  # "Work Location: In person" (Indeed): how the work is done, the place is elsewhere
            if field == "employment_type":
                employment.append((_EMPLOYMENT_TYPE_LABEL.match(text) is not None, value))
            out.setdefault(field, value)
            break
    if len(employment) > 1:
        out["employment_type"] = _employment_facts(employment)
    return out


# a label that names the employment type itself ("Job type", "雇用形態"), beside others that state
# a side of it ("Work schedule", "Appointment type", "Working hours")
_EMPLOYMENT_TYPE_LABEL = re.compile(r"(?i)^\s*((employment|job|contract|position) type|type of (employment|contract)|"
                                    r"type de contrat|tipo de contrato|vertragsart|anstellungsart|雇用形態|고용형태|"
                                    r"ansættelsesform|anställningsform)\b")


def _employment_facts(facts_stated: list[tuple[bool, str]]) -> str:
    """Several labelled employment facts -> the value of the one labelled as the employment type
    when it names a type, else all of them (the most telling type among them is then reported)."""
    named = next((value for explicit, value in facts_stated if explicit and telling_employment_type(value)), None)
    return named or " / ".join(dict.fromkeys(value for _, value in facts_stated))


def stacked_fact(text: str) -> tuple[str, str] | None:
    """A fact a table cell states without a colon: its label on a line of its own above its value
    ("Location" / "Wilkesboro, North Carolina", as the cell's markup lays them out), or the
    posting's number right after its label ("Job ID 117530")."""
    head, _, rest = text.strip().partition("\n")
    rest = " ".join(rest.split())
    if rest and is_fact_label(head) and _value_ok(rest):
        return head.strip(), rest
    m = _NUMBERED.match(" ".join(text.split()[:6]))
    if m and any(c.isdigit() for c in m.group("value")) and len(text.split()) <= 6:
        return m.group("label"), m.group("value")
    return None


_NUMBERED = re.compile(rf"^(?P<label>(?:{LABELS['reference']}))\s+(?P<value>#?[A-Za-z0-9][\w/-]{{0,29}})$",
                       re.IGNORECASE)


def _facts_apart(blocks: list[Block]) -> list[Block]:
    """Blocks with each stacked fact read as its label and its value, as if on two lines."""
    out: list[Block] = []
    for block in blocks:
        pair = stacked_fact(block.text) if "\n" in block.text or len(block.text) <= 40 else None
        out.extend((Block(pair[0], block.tag), Block(pair[1], block.tag)) if pair else (block,))
    return out


_SUB_LABEL = re.compile(r"(?i)^\s*(city|town|state|province|region|county|country|zip( code)?|postal code|address|"
                        r"name|ville|pays|stadt|land|ciudad|país)\s*:?\s*$")


# An on-site work mode alone (``work_modes`` of postings_employment.json), where a board's location label gives no
# place ("Work Location: In person", Indeed's): the place is written elsewhere ("Remote" stays: for a remote job it
# is where the work is)
_WORK_MODE_ONLY = re.compile(rf"(?i)^\s*(?:{'|'.join(EMPLOYMENT_DATA['work_modes']['on-site'])})\s*[.!]?\s*$")


def _value_ok(value: str) -> bool:
    value = value.strip()
    return 0 < len(value) <= 80 and len(value.split()) <= 12 and not value.endswith(":") \
        and not is_fact_label(value)  # "Company" followed by "Location": the value is missing



def title_label_at(blocks: list[Block], limit: int = 4) -> int | None:
    """Where a text opens with its title's label ("Ad title:" / "Line Cook", "Job title: Cook") after
    at most ``limit`` lines of something else (the links a page shows above an ad, when it is copied).
    A label whose value runs on into the rest of a flattened ad ("JOB TITLE: Reservations Consultant
    parttime HOURS: Various RESPONSIBLE TO: ...") states no title of its own: the lines above it may
    well be the title."""
    for i, block in enumerate(blocks[:limit + 1]):
        m = _LABEL_PATTERNS["title"].match(block.text.strip())
        value = m.group("value").strip(" :") if m else ""
        if m and (_value_ok(value) if value else (i + 1 < len(blocks) and _value_ok(blocks[i + 1].text))) \
                and (block.text.strip().endswith(":") or ":" in block.text):
            return i
    return None
