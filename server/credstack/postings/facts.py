"""Posting facts read from text: where (location), what kind of contract (employment type), what
pay (salary), and the byline under a title ("Acme Corp · Reno, NV"). Countries and US states
come from ``data/places.json`` (shared with skills), the posting-only place shapes from
``data/postings_places.json``."""

from __future__ import annotations

import json
import re
from importlib import resources

from credstack.places import load_places
from credstack.postings.employment import (  # noqa: F401 (the vocabulary, read through facts too)
    EMPLOYMENT,
    EMPLOYMENT_DATA,
    canonical_employment_type,
    find_employment_type,
    telling_employment_type,
    term_pattern,
)
from credstack.postings.model import JOB_KINDS, Section, SectionKind
from credstack.postings.sections import classify
from credstack.postings.text import Block
from credstack.postings.title_words import title_cues
from credstack.wordtrie import case_folded

_PLACES = json.loads((resources.files("credstack") / "data" / "postings_places.json").read_text("utf-8"))
US_STATES = load_places().us_state_codes
_STATES = "|".join(US_STATES)
_COUNTRY_NAMES = "|".join(re.escape(n) for n in sorted(load_places().countries, key=len, reverse=True))
_COUNTRIES = _COUNTRY_NAMES + "|" + "|".join(_PLACES["regions_after_city"])
_AU_STATES = "|".join(_PLACES["au_states"])
# a place-name word: "Louis", "St.", "Winston-Salem", "São", "Zürich"; not "States."
_PLACE_WORD = r"[A-ZÀ-ÖØ-Þ](?:[a-zà-öø-ÿ]{0,2}\.|(?:[^\W\d_]|['-])*+)"


_PLACE = rf"{_PLACE_WORD}(?:[ -](?:(?:de|la|del|du|do|da|upon|on|of|am|an|im|sur)\s)?{_PLACE_WORD}){{0,3}}"


# Its second form, a town before a US state's code, never takes two or three capitals for the town
# ("fluoroscopy, US, CT and mobile x-ray": an imaging department's modalities are no Connecticut town),
# nor a code that is also a word or a common abbreviation when a capitalised word follows it: "Outlook,
# MS Word", "Gale Metcalfe, MS Nurse Team Leader", "Customer Service, AR Management" ("Portland, OR
# United States" and a page's "Broken Arrow, OK Full-time" stay places); Ontario's "ON" likewise ("A HYBRID
# WORK MODEL, ON SITE 3 DAYS PER WEEK" is no Canadian town; "Toronto, ON M5V 2T6" is). Its third, a place
# before a country, never takes the country's possessive: "a subsidiary of DCC PLC, Ireland's 6th largest
# company".
_WORDLIKE_CODES = ("MS", "AR", "LA", "IN", "OR", "ME", "OK", "HI", "ID", "ON")
_PLACE_THEN = ("United", "USA", "US", "Canada", "Full", "Part", "Remote", "Hybrid", "On", "Onsite", "Contract",
               "Temporary", "Temp", "Permanent", "Seasonal", "Internship", "Salary", "Pay", "Posted", "Apply", "Job",
               "Hourly")
# the word after may be in capitals too, as a run of capitals writes it ("A HYBRID WORK MODEL, ON SITE 3 DAYS")
_NOT_A_STATE_AFTER = (rf"(?<=\b(?:{'|'.join(_WORDLIKE_CODES)}))[ \t]+(?!(?i:{'|'.join(_PLACE_THEN)})\b)"
                      r"[A-Z](?:[a-z]|[A-Z]+\b)")
LOCATION = re.compile(
    rf"\b(?:(?:Remote|Hybrid|On-?site)(?:\s*(?:[-–(,]|in)\s*{_PLACE}(?:,\s*{_PLACE})?\)?)?|"
    rf"(?![A-Z]{{2,3}},){_PLACE},\s*(?:{_STATES})(?:\s+\d{{5}}\b|\b(?!{_NOT_A_STATE_AFTER}))|"
    rf"{_PLACE}(?:\s\d{{1,2}})?(?:,\s*{_PLACE})?,\s*(?:{_COUNTRIES})\b(?!-|['’]s\b)(?!{_NOT_A_STATE_AFTER})|"
    rf"{_PLACE},?\s+(?:{_AU_STATES})\s+\d{{4}}\b)"
)


# A postal address as job pages print an employer's. North America on one line after the name,
# often glued where the page broke its lines ("Acme Cafe - 2404 Main StreetVancouver, BCV5T 3E2");
# Europe with the postcode before the town on a line under the street ("Fynsvej 39" / "DK 5500
# Middelfart").
_STREET_END = r"(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Way|Lane|Ln|Highway|Hwy|Crescent|Court|" \
              r"Ct|Place|Pl|Parkway|Pkwy|Square|Sq|N|S|E|W|NE|NW|SE|SW)\.?"
_CA_PROVINCES = "AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT"
_NA_ADDRESS = re.compile(rf"^(?P<name>[^\d\s].{{0,78}}?)\s+-\s+\d[\w .#/-]{{0,40}}?{_STREET_END}\s*"
                         rf"(?P<city>[A-Z][a-zà-ÿ'’.]+(?:[ -][A-Z][a-zà-ÿ'’.]+){{0,3}}),\s*"
                         rf"(?P<region>{_CA_PROVINCES}|{_STATES})\s*(?:[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{{5}}(?:-\d{{4}})?)$")
_POSTAL_TOWN = re.compile(rf"^(?:[A-Z]{{1,2}}[- ])?\d{{4,5}}\s+(?P<town>{_PLACE})$")
_STREET_LINE = re.compile(r"^[^\W\d_][^\d\n]{1,40}\s\d{1,4}[a-zA-Z]?(?:[-/]\d{1,4})?$")
# the label a page sets over an employer's or a workplace's address
_ADDRESS_LABEL = re.compile(r"(?i)^(?:employer|company|address|work ?place|workplace|arbeitgeber|arbejdsgiver|"
                            r"arbetsgivare|arbeidsgiver|adresse|arbeitsort|arbejdssted|arbetsplats|firma|"
                            r"virksomhed|employer address)\s*:?$")
MAX_ADDRESS_LINES = 4  # label, name, street, postcode and town


# The job's own place said in a sentence of its description: "this position is located in Aalborg",
# "The place of work will be in Copenhagen", "The role is based in our Leeds office". The subject is the
# job (never the company, whose offices may be anywhere), the place a capitalised name.
_JOB_PLACED = re.compile(rf"\b(?i:position|job|role|post|vacancy|place of work|workplace|place of employment)\s+"
                         rf"(?i:is|will be)\s+(?i:(?:located|based|situated)\s+)?(?i:in|at)\s+(?i:our\s+)?"
                         rf"(?P<place>{_PLACE})(?:\s+(?i:office|offices|campus))?\s*[.,;]")
_SITE_WORD = re.compile(r"\s+(?:HQ|Headquarters|Office|Campus)$")


def stated_job_place(description: str) -> str | None:
    """The place a sentence of the description puts the job in ("The position is located in Aalborg.")."""
    m = _JOB_PLACED.search(description or "")
    return _SITE_WORD.sub("", m.group("place")) if m else None


MAX_OPENING_CHARS = 1200  # the description's first paragraphs, where an ad introduces its employer
# "Natural Essentials, Inc. DBA Bulk Apothecary is a growing company...": a paragraph that opens on a
# name, maybe the name it trades under, then "is a/an/the/one of", or says it is hiring ("American
# Specialty Health, Inc. is seeking a Phone Representative", "... is looking for", "... seeks")
_INTRODUCED = re.compile(r"^[*_\s]*(?P<name>[A-Z][^\n.!?]{0,60}?(?:\.|\b))[*_]*"
                         r"(?:,?\s+(?:\(\s*)?(?i:dba|d/b/a|doing business as|trading as|t/a)\s+[^\n.!?]{1,50}?\)?)?"
                         r"\s+(?:(?:is|are)\s+(?:a|an|the|one of)\b(?!\s+equal\b)"
                         r"|(?:is|are)\s+(?:(?:currently|now)\s+)?(?:seeking|looking for|hiring|recruiting)\b|seeks\b)")


def company_from_opening(description: str) -> str | None:
    """The employer the description's first paragraphs introduce by its registered name ("Acme
    Tools, Inc. is a family-owned manufacturer"): a name that ends on a legal form, so that "Our
    team is a ..." or "The role is a ..." names no one; never an equal-opportunity statement."""
    for paragraph in re.split(r"\n\s*\n", (description or "")[:MAX_OPENING_CHARS]):
        m = _INTRODUCED.match(paragraph.strip())
        if m and title_cues().legal_name.match(m.group("name").strip()):
            return m.group("name").strip()
    return None


# "At Novo Nordisk we use our competences ...", "At Acme, our people ...": a sentence that opens on
# the employer speaking as "we"; the name a run of capitalised words, never a phrase of time or
# manner ("At Present we", "At Times our", "At This stage we")
_SPEAKS_AS_WE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))At\s"
                           r"(?P<name>[A-Z][\w&'’.-]*(?:\s(?:[A-Z][\w&'’.-]*|&|of|and|the))*?),?\s(?:we|our)\b")
_TIME_OR_MANNER = frozenset(
    "This That These Those Our The Present Times First Least Last All Any Each Every Your My "
    "Its Home Work Night Heart Some Most One Such Which Both No A An Minimum Once Interview".split())
MIN_NAME_MENTIONS = 2  # the "At <Name> we" sentence and the name said once more elsewhere


def company_speaking_as_we(description: str) -> str | None:
    """The employer a description names as it speaks for itself ("At Novo Nordisk we ..."), when
    that name comes back elsewhere in the text: a last resort where no header, byline or label
    names one."""
    text = description or ""
    for m in _SPEAKS_AS_WE.finditer(text):
        name = m.group("name").rstrip(".")
        # the name as a word of its own ("Fell" is not said again in "Fellside")
        if name.split()[0] not in _TIME_OR_MANNER and \
                len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text)) >= MIN_NAME_MENTIONS:
            return name
    return None


# a heading that names no part ("Description", "Job Description", "Overview"): what it holds says what it is
_GENERIC_HEADING = re.compile(r"(?i)^(?:(?:job|position|role)\s)?(?:description|overview|summary|introduction)$")


def company_introductions(sections: list[Section], company: str | None) -> list[Section]:
    """A section under a heading that names no part, whose text only introduces the employer ("AKQA is a
    global interactive agency ..." under "Description") ahead of the job's own sections: about the
    company. Not when it lists anything, nor when no job section follows it (then it may be all the
    posting says of the job)."""
    if not company or not sections:
        return sections
    name = re.sub(r",?\s\S+$", "", company) if title_cues().legal_name.match(company) else company
    opens = re.compile(rf"^{re.escape(name)}(?:,?\s+[A-Z][\w.]*)?\s+"
                       r"(?:(?:is|are)\s+(?:a|an|the|one of)\b|was founded\b|has been\b)")
    out = list(sections)
    for i, section in enumerate(sections):
        if section.kind in (SectionKind.RESPONSIBILITIES, SectionKind.OTHER) and \
                _GENERIC_HEADING.match(section.heading.strip(" :")) and opens.match(section.text.strip()) and \
                "\n- " not in "\n" + section.text and \
                any(later.kind in JOB_KINDS - {SectionKind.OTHER} for later in sections[i + 1:]):
            out[i] = Section(SectionKind.ABOUT_COMPANY, section.heading, section.text)
    return out


def address_byline(text: str) -> dict[str, str]:
    """"Acme Cafe - 2404 Main StreetVancouver, BCV5T 3E2" -> its company and its town and region."""
    m = _NA_ADDRESS.match(text.strip())
    if not m:
        return {}
    return {"company": m.group("name").strip(" ,-–·|"), "location": f"{m.group('city')}, {m.group('region')}"}


def address_town(blocks: list[Block]) -> str | None:
    """The town of an address the page sets under an employer's or workplace's label: "Employer" /
    "Acme A/S" / "Fynsvej 39" / "DK 5500 Middelfart" -> "Middelfart"."""
    for i, block in enumerate(blocks):
        m = _POSTAL_TOWN.match(block.text.strip())
        if not m or i < 2 or not _STREET_LINE.match(blocks[i - 1].text.strip()):
            continue
        if any(_ADDRESS_LABEL.match(b.text.strip()) for b in blocks[max(0, i - MAX_ADDRESS_LINES):i - 1]):
            return m.group("town")
    return None


# a byline part that is just a country or city-state ("Singapore", "Germany")
COUNTRY_ONLY = re.compile(rf"(?:{_COUNTRY_NAMES})")


_S = r"[ \t\u00a0]"  # a pay figure stays on its line


_CURRENCY = rf"(?:[$£€₹¥₩]|USD{_S}?|EUR{_S}?|GBP{_S}?|AUD{_S}?|CAD{_S}?|INR{_S}?|CHF{_S}?|SEK{_S}?|NOK{_S}?|DKK{_S}?|" \
            rf"PLN{_S}?|JPY{_S}?|KRW{_S}?|A\$|C\$|NZ\$|R\$)"


_AMOUNT = rf"{_S}?\d[\d,]*(?:\.\d+)?{_S}?[kK]?"


_PER = rf"(?:{_S}*(?:per|/|an?|each){_S}*(?:hour|hr|year|yr|annum|month|mo|week|wk|day)\b)"


SALARY = re.compile(rf"{_CURRENCY}{_AMOUNT}{_PER}?(?:{_S}*(?:-|–|—|to){_S}*{_CURRENCY}?{_AMOUNT}{_PER}?)?")
# Pay written with its currency after the figure, as much of Europe and Asia writes it: "85'000 CHF",
# "60.000 € brutto pro Jahr", "時給1,350円", "월급 218만원 ~ 218만원".
_FIGURE = r"(?:\d{1,3}(?:[.,'’\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
_AFTER_CURRENCIES = ("CHF", "EUR", "€", "SEK", "NOK", "DKK", "PLN", "Fr.", "円", "万円", "원", "만원", "zł", "Kč")
_AFTER = "(?:" + "|".join(re.escape(c) for c in _AFTER_CURRENCIES) + ")"
_PERIOD_BEFORE = r"(?:時給|日給|月給|年収|年俸|시급|일급|월급|연봉)"
_PERIOD_AFTER = rf"(?:{_S}*(?:brutto|gross|brut)?{_S}*(?:pro|par|por|per|/|an?|p\.?){_S}*(?:jahr|an|année|año|" \
                rf"annum|a\.?|monat|mois|mes|month|stunde|heure|hora|hour)\b\.?)"
_RANGE_TO = r"(?:-|–|—|~|〜|to|bis|à|a)"
_PAY = rf"{_FIGURE}(?:{_S}*{_AFTER})?{_S}*{_RANGE_TO}{_S}*{_FIGURE}{_S}*{_AFTER}|{_FIGURE}{_S}*{_AFTER}"
SALARY_AFTER = re.compile(rf"(?:(?P<period>{_PERIOD_BEFORE}){_S}*)?(?P<figures>{_PAY})(?P<per>{_PERIOD_AFTER})?",
                          re.IGNORECASE)


ADDRESS = re.compile("|".join(_PLACES["address_patterns"]))


def find_location(text: str, in_prose: bool = False) -> str | None:
    """The first place ``text`` names as a job's location. ``in_prose``: the text is the description,
    where a sentence also names places that are not the job's ("The study is in partnership with the
    MD Anderson Cancer Centre and Stellenbosch University Cape Town, South Africa."): a place deep in a
    sentence counts only after a word that says where ("based in", "at", "Location:")."""
    for m in LOCATION.finditer(text):
        if not (in_prose and _deep_in_a_sentence(text, m.start())):
            return m.group().strip(" ,")
    m = ADDRESS.search(text)
    return m.group().strip(" ,") if m else None


# Words shortly before a place that say it is where something is ("based in", "at our", "in the heart
# of", "Location:", "a direct hire position"), or a mark that opens a new item or sentence.
_WHERE_WORD = re.compile(r"(?i)\b(?:in|at|near|from|within|across|based|located|situated|location|offices?|sites?|"
                         r"campus|our|position|role|opening)\b|[:|(~\u2013\u2014-]|[.!?]\s*$")
PROSE_WORDS = 8  # words before a place on its line, past which it is deep in a sentence
WHERE_REACH = 6  # the words before a place that may say it is where


def _deep_in_a_sentence(text: str, start: int) -> bool:
    words = text[text.rfind("\n", 0, start) + 1:start].split()
    return len(words) >= PROSE_WORDS and _WHERE_WORD.search(" ".join(words[-WHERE_REACH:]) + " ") is None


_PAY_WORDS = re.compile(r"\b(salary|pay|paid|compensation|base|wage|earn|earnings|ote|rate|range|remuneration|"
                        r"package)\b", re.IGNORECASE)


_AFTER_FOLDED = tuple({c.lower(): None for c in _AFTER_CURRENCIES})


def _currency_after_in(text: str) -> bool:
    """Whether ``text`` holds, in any case, a currency written after its figure (``_AFTER``), which
    every pay of ``SALARY_AFTER`` holds: a text without one is not tried at every digit."""
    folded = case_folded(text)
    return any(currency in folded for currency in _AFTER_FOLDED)


def find_salary(text: str, in_prose: bool = False) -> str | None:
    """A stated pay: a range, an hourly rate, or a yearly figure (not a $500 stipend).

    ``in_prose``: the text is the description, where money also names quotas, budgets and
    revenue; a single figure counts there only with a unit, or with a pay word just before it.
    """
    for m in SALARY.finditer(text):
        value = m.group().strip()
        digits = re.sub(r"\D", "", re.split(r"\s*(?:-|–|—|to)\s*", value)[0])
        is_range = bool(re.search(r"\d\s*[kK]?\s*(-|–|—|to)\s*\D{0,5}\d", value))
        with_unit = bool(re.search(_PER, value))
        hourly = bool(re.search(r"(hour|hr)\b", value))
        if in_prose and not (with_unit or is_range) and not _PAY_WORDS.search(text[max(0, m.start() - 50):m.start()]):
            continue
        if is_range or hourly or re.search(r"\d[kK]\b", value) or (digits and int(digits[:9]) >= 10_000):
            return value
    for m in SALARY_AFTER.finditer(text) if _currency_after_in(text) else ():
        first = re.match(_FIGURE, m.group("figures")).group()
        is_range = len(re.findall(_FIGURE, m.group("figures"))) > 1
        stated = bool(m.group("period") or m.group("per") or is_range)
        if in_prose and not stated and not _PAY_WORDS.search(text[max(0, m.start() - 50):m.start()]):
            continue
        digits = re.sub(r"\D", "", re.sub(r"[.,]\d{1,2}$", "", first))
        if stated or (digits and int(digits[:9]) >= 1_000):
            return m.group().strip()
    return None


_NOT_A_NAME = re.compile(r"\b(ago|posted|reposted|today|yesterday|applicants?|apply|applied|save|saved|share|hiring|"
                         r"help|jobs?|careers?|new|urgent(ly)?|remote|hybrid|on-?site|view|see|more|less|show|promoted|"
                         r"easy|actively|reviewing|salary|benefits|employees|followers|reviews?|author|written)\b|"
                         r"^(?:posted |written )?by\s", re.IGNORECASE)  # a blog's author is never the company


_COUNT = re.compile(r"\s\d[\d,.]*$")  # a counter's number ("Views 0", "Applicants 12")
_NAME_SMALL_WORDS = frozenset(("of", "and", "&", "the", "for", "de", "la", "und", "des", "du", "le", "les", "et"))


# a place after the number of its area, ending a byline: "GROUPE PARTNAIRE - 56 - LORIENT"
_NUMBERED_PLACE_TAIL = re.compile(r"\s[-–]\s(?P<place>(?:" + "|".join(_PLACES["numbered_places"]) + r"))$")


# a work mode in brackets after a place, as job boards write it: "Brisbane QLD(Hybrid)", "Leeds (Remote)"
_MODE_AFTER = re.compile(r"\s*\((Remote|Hybrid|On-?site)\)\s*$", re.IGNORECASE)


def registered_name_read_as_place(place: str | None, text: str) -> str | None:
    """A byline's "place" that is a registered name alone, its legal form also a region's code
    ("Centric Care AB": a Swedish aktiebolag, or a town in Alberta), when the text goes on naming
    it without the form ("Centric Care har bemannat ...", "Centric Care är ..."): the employer. A town
    with its region keeps its comma ("Calgary, AB"), and one the text does not name again ("Hove SA")
    stays a place."""
    if not place or "," in place or not title_cues().legal_name.match(place):
        return None
    name = place.rsplit(None, 1)[0]
    return place if len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text)) >= 3 else None


def byline(block: Block) -> dict[str, str]:
    """The line under a posting's title: "Acme Corp, Reno, NV", "Acme Corp - Remote" or just
    "Acme Corp" -> its company and location."""
    text = re.sub(r"\s+,", ",", block.text.strip())  # "Leeds\n , West Yorkshire": a place in two elements
    blank_name = _BLANK_NAME.match(text)
    if blank_name:  # ", Durban": a board's "name, place" with no name written before the comma
        place = blank_name.group("place")
        return {"location": place} if _reads_as_name(place, block, place_found=False) else {}
    address = address_byline(text)
    if address:
        return address
    numbered = _NUMBERED_PLACE_TAIL.search(text)
    if numbered and len(text) <= 120:
        # "Acme - 56 - LORIENT", "Présence 30 - 30 - LA CALMETTE": a name, then the place after its
        # area's number; the name may end on a number of its own (a branch's, the area's). A job's
        # name before it ("Nurse - 13 - Weeks") is no byline of this shape.
        name = text[:numbered.start()].strip(" ,-–—|·@")
        if _reads_as_name(name, block, place_found=True) or _reads_as_name(_COUNT.sub("", name), block, True):
            return {"company": name, "location": numbered.group("place").strip()}
    employer = _AT_EMPLOYER.match(" ".join(text.split()))
    if employer:  # "at Acme": the employer a job board prints under the title, its place on the next line
        name = employer.group("name").strip(" ,-–·|")
        return {"company": name} if _reads_as_name(name, block, place_found=False) else {}
    posted = _POSTED_BY.match(" ".join(text.split()))
    if posted:  # "Posted Today by Acme": the advertiser a board names beside the job's age
        name = posted.group("name").strip(" ,-–·|")
        return {"company": name} if _reads_as_name(name, block, place_found=False) else {}
    if block.tag == "li" or len(text) > 80 or len(text.split()) > 10 or text.endswith((".", ":")) or ":" in text \
            or classify(text) is not None:
        head, dash, tail = text.rpartition(" - ")
        if dash and block.tag != "li" and len(text) <= 120 and len(tail.split()) <= MAX_PLACE_WORDS \
                and _names_a_place(tail.strip()):
            # "The Pharmacy Guild of Australia (Qld) - Spring Hill, Brisbane QLD", "The Works Uk Ltd -
            # Cheshire, England": too long or too wordy for a byline, yet a name, a dash and a place
            out = {"location": tail.strip()}
            name = head.strip(" ,-–—|·@")
            # a section's heading over its place ("Requirements - London, England", "About Us - Leeds")
            # names no employer, unless it is a registered name ("The Works Uk Ltd": "works" heads duties)
            heading = classify(name) is not None and not title_cues().legal_name.match(name)
            if ":" not in name and not name.endswith(".") and not heading \
                    and _reads_as_name(name, block, place_found=True):
                out["company"] = name
            return out
        return {}
    place = LOCATION.search(text)
    before = re.split(r"\s+[·•|]\s+|\s*\n\s*", (text[:place.start()] if place else text))[0].strip(" ,-–—|·@")
    out = {"location": place.group().strip()} if place else {}
    mode = _MODE_AFTER.search(text)
    if not place or (mode and place.start() >= mode.start()):
        # "Acme Pty Ltd - Hoxton Park NSW", "Midhurst, West Sussex", "Cheshire", "Acme - Brisbane
        # QLD(Hybrid)": a place the location shapes above miss, known by the country it names
        core = text[:mode.start()] if mode else text
        head, dash, tail = core.rpartition(" - ")
        where = tail.strip() if dash else core.strip()
        if _names_a_place(where, after_dash=bool(dash)) and not EMPLOYMENT.search(where):
            out["location"] = where + (f" ({mode.group(1)})" if mode else "")
            before = head.strip(" ,-–—|·@") if dash else ""
    if not place and "location" not in out:
        parts = [p.strip() for p in re.split(r"\s+[·•|]\s+", text)[1:]]
        country = next((p for p in parts if COUNTRY_ONLY.fullmatch(p)), None)
        if country:
            out["location"] = country
    if _reads_as_name(before, block, place_found=bool(place)):
        out["company"] = before
    return out


# ", Durban", ", Lanseria / Brits": a line that opens on the comma of "name, place" holds the place alone
_BLANK_NAME = re.compile(r"^,\s*(?P<place>[^\W\d_][^,:.!?]{0,60})$")


# a board's line naming the advertiser beside the job's age: "Posted Today by Acme", "Posted 19 April
# by Acme", "Posted 3 days ago by Acme" (a blog's "Posted on 3 March by admin" names its author)
_POSTED_BY = re.compile(r"(?i)^posted\s+(?:today|yesterday|\d{1,2}\s+[a-z]{3,9}|\d{1,3}\s+(?:hours?|days?|weeks?)"
                        r"\s+ago)\s+by\s+(?P<name>\S.{0,60})$")

# a board's line under the title naming the employer alone: "at Acme", "@ Acme Labs"
_AT_EMPLOYER = re.compile(r"^(?:at|@)\s+(?P<name>[^\W\d_].{0,60})$")


def employer_line(block: Block) -> bool:
    """The block is a byline naming the employer alone, as "at Acme" ("Title / at Acme / Dublin")."""
    return bool(_AT_EMPLOYER.match(" ".join(block.text.split()))) and "company" in byline(block)


MAX_PLACE_WORDS = 8  # "Leeds, West Yorkshire, England, West Yorkshire": a board's place, its parts repeated


# after "Name - ": a town with its state's code ("Greenbushes WA", "Bellevue WA"), or a phrase that
# stands for places ("Various locations")
_STATE_TAIL = re.compile(rf"{_PLACE}\s+(?:{_STATES}|{_AU_STATES})")
_PLACES_PHRASE = re.compile("|".join(_PLACES["places_phrases"]), re.IGNORECASE)


def _names_a_place(text: str, after_dash: bool = True) -> bool:
    if load_places().country_of(text) is not None:
        return True
    return after_dash and bool(_STATE_TAIL.fullmatch(text) or _PLACES_PHRASE.fullmatch(text))


def _reads_as_name(before: str, block: Block, place_found: bool) -> bool:
    """A byline's part before the place reads as an employer's name: a few capitalised words, no
    job, team, count or employment words ("Cloud Team", "Views 0", "Full-time")."""
    words = re.findall(r"[^\W\d_][\w&'.-]*", before)
    cues = title_cues()
    # a name alone on a heading line may be a lower-case brand ("### ília", "<h3>trivago</h3>")
    brand = block.is_heading_tag and len(words) == 1 and before == words[0] and not place_found
    return bool(words) and len(words) <= 6 \
        and (brand or all(not w[0].islower() or w.lower() in _NAME_SMALL_WORDS for w in words)) \
        and not EMPLOYMENT.search(before) and not _NOT_A_NAME.search(before) \
        and (not cues.job_words.search(before) or bool(cues.organisation_words.search(before))) \
        and not cues.team_words.search(before) and not _COUNT.search(before)


WORK_MODES = {mode: re.compile("|".join(term_pattern(p) for p in patterns), re.IGNORECASE)
              for mode, patterns in EMPLOYMENT_DATA["work_modes"].items()}
_NOT_REMOTE = re.compile(r"(?i)\b(not|no|non)[- ](a )?remote\b|\bremote (work )?(is )?not\b")
# "Télétravail (2j max/semaine): Non", "Homeoffice: nein": a labelled work mode answered no
_ANSWERED_NO = re.compile(r"(?i)^[^:]{0,40}:\s*(non|no|nein|nee|nej|ei|none|keine?|aucun)\b")


def find_work_mode(text: str | None) -> str | None:
    """Remote, hybrid or on-site, as a header, a location or a title states it ("Zürich, Hybrid",
    "Remote (UK)", "Télétravail : Oui"); hybrid wins over the other two when both are named."""
    if not text or _NOT_REMOTE.search(text):
        return None
    for mode, pattern in WORK_MODES.items():
        m = pattern.search(text)
        if m and not _ANSWERED_NO.match(text[m.start():m.start() + 60]):
            return mode
    return None
