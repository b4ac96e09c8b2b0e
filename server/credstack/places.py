"""Place names (countries, US states) from ``data/places.json``: never skills, read as locations."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import resources

from credstack.wordtrie import held_in, held_word


@dataclass(frozen=True)
class Places:
    countries: tuple[str, ...]
    us_states: tuple[str, ...]
    us_state_codes: tuple[str, ...]
    country_codes: tuple[tuple[str, str], ...] = ()  # (name as pages write it, ISO 3166 code)
    canadian_provinces: tuple[str, ...] = ()
    canadian_province_codes: tuple[str, ...] = ()
    # vocabulary certification -> the one country that issues it ("NMC Registration" -> GB)
    certification_countries: tuple[tuple[str, str], ...] = ()
    # a region, county or big city -> the one country it names ("West Sussex" -> GB, "Sydney" -> AU)
    region_countries: tuple[tuple[str, str], ...] = ()
    au_state_codes: tuple[str, ...] = ()
    # words only one country's postings write ("superannuation" -> AU, "enhanced DBS" -> GB)
    country_terms: tuple[tuple[str, str], ...] = ()
    # (country, state or province name, its code): ("US", "Texas", "TX"), ("CA", "Ontario", "ON")
    subdivisions: tuple[tuple[str, str, str], ...] = ()
    # a US state named like a country, and that country: ("Georgia", "GE")
    shared_names: tuple[tuple[str, str], ...] = ()
    # marks only one country's pages carry: (country, "script" | "currency" | "phone", values)
    country_signs: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    # words one country's postings write that another's may now and then ("GP", "RMN" -> GB): two
    # different ones of a country, and none of another's, name it when nothing surer does
    country_hints: tuple[tuple[str, str], ...] = ()
    # a national registration -> the licences whose holders are on its register where it is issued
    # ("NMC Registration" -> "Registered Nurse", ...)
    registered_by_licence: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # parts of the world a posting names as its markets or sites ("Latin America", "EMEA"): places, no skills
    world_regions: tuple[str, ...] = ()

    @property
    def country_pattern(self) -> re.Pattern:
        """Matches a country name (use ``fullmatch`` for 'the whole string is a country')."""
        return _alternation(self.countries)

    def is_place(self, phrase: str) -> bool:
        countries, folded_places = self._place_names
        return phrase in countries or phrase.casefold() in folded_places

    @cached_property
    def _place_names(self) -> tuple[frozenset[str], frozenset[str]]:
        """``is_place``'s look-ups, made once: the countries as written (what ``country_pattern``
        matches whole), and the US states, Canadian provinces, regions and world regions case-folded. The tagger's
        spans ask some fifty times a posting; hashing the name tuples to find their sets again and
        trying the countries' pattern cost 15 microseconds a question."""
        return frozenset(self.countries), (_folded(self.us_states) | _folded(self.canadian_provinces)
                                           | frozenset(_folded_codes(self.region_countries))
                                           | _folded(self.world_regions))

    def is_state_code(self, word: str) -> bool:
        """A US state's, Canadian province's or Australian state's code ("CA", "ON", "NSW")."""
        return word in self.us_state_codes or word in self.canadian_province_codes or word in self.au_state_codes

    def country_of(self, location: str | None, salary: str | None = None, text: str | None = None) -> str | None:
        """The ISO 3166 code of the country a posting's location names, or None when it does not say.

        Locations are read from the end, as pages write them: "Swindon, GB", "Austin, TX",
        "Toronto, ON, Canada", "Bengaluru, Karnataka, India", "Remote - United Kingdom". A two-letter
        part is a US state when it is one, except as the last of three parts or more (structured
        data's "locality, region, country": "Berlin, Berlin, DE"); any other two-letter part is a
        country code. Several places in different countries ("Austin, TX; London, UK") name none.
        Without a place, the salary's currency sign tells (GBP, INR), where only one country writes it.
        A US state named like a country ("Georgia") is the state unless the place or the page (``text``,
        with the salary) tells the country: "Tbilisi, Georgia", a page in Georgian, "1200 GEL", "+995"."""
        context = "\n".join(t for t in (salary, text) if t)
        found = {self._place_country(place, context) for place in (location or "").split(";")[:5]} - {None}
        if found:
            return found.pop() if len(found) == 1 else None
        for sign, country in _CURRENCY_COUNTRY:
            if salary and _currency_in(sign, salary):
                return country
        return None

    def states_of(self, location: str | None, text: str | None = None) -> frozenset[str]:
        """The US states and Canadian provinces a posting's location names, as ISO 3166-2 codes
        ("Houston, TX" -> US-TX, "Austin, Texas" -> US-TX, "Toronto, ON, Canada" -> CA-ON); empty when
        it names none. Read like the country (``country_of``), from the end of each place, once the
        place's country is known: "CA" is California after "San Jose", no state after "Toronto, ON"."""
        found = set()
        for place in (location or "").split(";")[:5]:
            state = self._place_state(place, text)
            if state:
                found.add(state)
        return frozenset(found)

    def _place_state(self, place: str, text: str | None = None) -> str | None:
        country = self._place_country(place, text)
        names = _subdivision_names(self.subdivisions, country)
        if not names:
            return None
        codes = set(names.values())
        for part in reversed([p for p in (p.strip(" .()") for p in _PARTS.split(place)[:12]) if p]):
            part = _ZIP.sub("", part)
            if part.casefold() in names:
                return f"{country}-{names[part.casefold()]}"
            town = _TOWN_CODE.match(part)
            code = part if re.fullmatch(r"[A-Z]{2}", part) else town.group(1) if town else None
            if code in codes:
                return f"{country}-{code}"
        return None

    def state_name(self, code: str) -> str:
        """The name of a state or province by its ISO 3166-2 code ("US-FL" -> "Florida"); the code
        itself when unknown."""
        return next((name for country, name, short in self.subdivisions if f"{country}-{short}" == code), code)

    def country_of_certifications(self, names) -> str | None:
        """The country the posting's national registrations and licences all belong to, if one."""
        issuers = dict(self.certification_countries)
        found = {issuers[n] for n in names if n in issuers}
        return found.pop() if len(found) == 1 else None

    def registrations_of(self, licences, job_countries, homes) -> dict[str, str]:
        """The national registrations a holder of ``licences`` is on, where the job is in the
        registration's country (``job_countries``) and the holder's country (``homes``: where they
        live, or the countries their national credentials count in; empty when nothing tells) is
        that one or unknown: registration -> the licence it comes with. A UK nurse is on the NMC's
        register; a US nurse applying to a UK job is not yet."""
        held = set(licences)
        issuers = dict(self.certification_countries)
        out: dict[str, str] = {}
        for registration, names in self.registered_by_licence:
            country = issuers.get(registration)
            if country in job_countries and (not homes or country in homes):
                licence = next((n for n in names if n in held), None)
                if licence is not None:
                    out[registration] = licence
        return out

    def country_in_text(self, text: str | None) -> str | None:
        """The country a posting's own words name when its location does not: words only one
        country's postings write ("superannuation", "an enhanced DBS check", "eligible to work in the
        UK") or a currency sign only one country uses. None when they name none or disagree."""
        if not text:
            return None
        text = text[:MAX_TEXT_SCAN]
        terms = _terms_in(self.country_terms, text)
        found = {_term_country(self.country_terms, m.group(1)) for m in terms.finditer(text)} if terms else set()
        found |= {country for sign, country in _CURRENCY_COUNTRY if _currency_in(sign, text)}
        found |= self.signs_in(text)
        if _CA_POSTCODE.search(text):
            found.add("CA")
        if not found:
            found = self.hinted_countries(text)
        return found.pop() if len(found) == 1 else None

    def hinted_countries(self, text: str | None) -> set[str]:
        """The countries of which a text writes at least ``MIN_HINTS`` different hints
        (``country_hints``): "review by the GP" and "referred to the RMN" are a UK surgery's words,
        while one "GP" alone may be Dynamics GP. Letters in capitals count only as written."""
        if not text or not self.country_hints:
            return set()
        text = text[:MAX_TEXT_SCAN]
        seen: dict[str, set[str]] = {}
        for word, country in self.country_hints:
            if word in text and _hint_pattern(word).search(text):  # the hint as written, then as a whole word
                seen.setdefault(country, set()).add(word.casefold())  # "Band 6" and "band 6" are one
        # a region or big city of one country ("Cambridgeshire", "Leeds") is one more, however many the
        # text names: Norfolk and Suffolk are Virginian cities too, Manchester and Bristol American towns
        for country in _regions_named(self.region_countries, text):
            seen.setdefault(country, set()).add("a place in the country")
        if _UK_PHONE.search(text):  # a British telephone number as the country writes it is one more
            seen.setdefault("GB", set()).add("a UK telephone number")
        if spelled_british(text):  # one more (Australia and Ireland spell so too: never enough alone)
            seen.setdefault("GB", set()).add("British spelling")
        return {country for country, words in seen.items() if len(words) >= MIN_HINTS}

    def signs_in(self, text: str | None) -> set[str]:
        """The countries whose own marks a page carries (``country_signs``): its script (a run of
        Georgian letters), its currency beside an amount ("1200 GEL", "₾"), its dialling code ("+995"),
        its internet domain ending an address ("careers@trust.nhs.uk", "www.cement.ge")."""
        if not text:
            return set()
        text = text[:MAX_TEXT_SCAN]
        found = set()
        for country, kind, values in self.country_signs:
            if kind == "script" and len(re.findall(f"[{values[0]}-{values[1]}]", text)) >= MIN_SCRIPT_LETTERS:
                found.add(country)
            elif kind == "currency" and any(_amount_in(code, text) for code in values):
                found.add(country)
            elif kind == "phone" and any(code in text and re.search(re.escape(code) + r"(?=[\s\d(-])", text)
                                         for code in values):
                found.add(country)
            elif kind == "domain" and any((not tld.isalnum() or f".{tld}" in text)  # its dot and letters first
                                          and re.search(rf"[A-Za-z0-9-]\.{tld}(?![A-Za-z0-9-]|\.[A-Za-z])", text)
                                          for tld in values):
                found.add(country)
        return found

    def _place_country(self, place: str, context: str | None = None) -> str | None:
        raw = [p for p in (p.strip(" .()") for p in _PARTS.split(place)[:12]) if p]
        parts = [_us_zip(self, p) for p in raw]
        names, shared = _folded_codes(self.country_codes), _folded_codes(self.shared_names)
        if len({names[p.casefold()] for p in parts if p.casefold() in names and p.casefold() not in shared}) > 1:
            return None  # "United States, Canada", "Brazil, Croatia, Italy": open in several countries
        for i in range(len(parts) - 1, -1, -1):
            # a state's code with its ZIP code is a state even last of many ("Blvd., Allentown, PA 18106")
            code = _country_code(self, parts[i],
                                 last_of_many=len(parts) >= 3 and i == len(parts) - 1 and parts[i] == raw[i])
            if code:
                shared = _folded_codes(self.shared_names).get(parts[i].casefold())
                if code == "US" and shared:
                    return self._shared_name_country(shared, parts[:i] + parts[i + 1:], context)
                return code
        return None

    def _shared_name_country(self, country: str, others: list[str], context: str | None) -> str:
        """The country a US state's name that is also ``country``'s names: the country when another
        part of the place is in it ("Tbilisi, Georgia") or the page carries its marks, else the state
        ("Atlanta, Georgia"; "Athens, Georgia" too: a town alone is no mark)."""
        nearby = {_country_code(self, part, last_of_many=False) for part in others} - {None}
        if country in nearby:
            return country
        if nearby:
            return "US" if "US" in nearby or len(nearby) > 1 else nearby.pop()
        return country if country in self.signs_in(context) else "US"


# A location's parts: "City, Region, Country", "Remote - UK", "Leeds | England", "London (UK)".
_PARTS = re.compile(r"\s*(?:[,|/(]|\s[-\u2013\u2014]\s)\s*")
_CURRENCY_COUNTRY = (("\u00a3", "GB"), ("GBP", "GB"), ("\u20b9", "IN"), ("INR", "IN"))


def _currency_in(sign: str, text: str) -> bool:
    """Whether ``text`` writes the currency ``sign``: a code in letters as a word of its own (the "INR"
    inside "FINRA Series 6" is no rupee), a symbol anywhere."""
    if sign not in text:
        return False
    return not sign.isalpha() or re.search(rf"(?<![A-Za-z]){re.escape(sign)}(?![A-Za-z])", text) is not None


# a town then a state's code, no comma between: "Hoxton Park NSW", "Perth WA 6000" (a 4-digit postcode)
_TOWN_CODE = re.compile(r"^[^\W\d_][\w' .-]*?\s([A-Z]{2,3})(?:\s+(\d{4}))?$")
MAX_TEXT_SCAN = 20_000
MIN_HINTS = 2  # different hints of one country that tell it (``Places.hinted_countries``)
MIN_SCRIPT_LETTERS = 20  # letters of a country's own script that make a page written in it (not a name)


# Countries whose own currency is not written with a dollar sign ("£", "€"): pay in dollars rules them out.
_NOT_DOLLAR = frozenset({"GB", "IE", "DE", "FR", "ES", "IT", "NL", "BE", "AT", "PT", "FI", "CH", "SE", "NO", "DK",
                         "PL", "IN", "GE", "JP", "CN", "KR", "ZA", "AE", "SA"})
_DOLLAR_AMOUNT = re.compile(r"\$\s?\d")


# English-speaking countries, and the other language each writes postings in ("es": the US, "fr": Canada).
_ENGLISH_SPEAKING = {"GB": (), "IE": (), "US": ("es",), "CA": ("fr",), "AU": (), "NZ": ()}


# Spellings of British English (Britain, Ireland, Australia, New Zealand, India, and mostly Canada)
# that US postings do not write: two different ones rule the US out ("organise", "labour", "licence").
_BRITISH_WORDS = (  # one pattern a spelling
    r"organis(?:e|es|ed|ing|ation|ations|ational)", r"colours?", r"labour", r"behaviours?", r"centres?", r"licence",
    r"licences", r"programmes?", r"favour(?:able|ite)?", r"honours?", r"neighbour(?:s|hood)?", r"analys(?:e|ed|ing)",
    r"catalogues?", r"cheques?", r"travell(?:ed|ing|er|ers)", r"modell(?:ed|ing)", r"fulfil", r"enrolment",
    r"defence", r"practise", r"recognis(?:e|es|ed|ing)", r"prioritis(?:e|es|ed|ing)",
    r"specialis(?:e|es|ed|ing|ation)", r"utilis(?:e|es|ed|ing|ation)", r"optimis(?:e|es|ed|ing|ation)",
    r"minimis(?:e|es|ed|ing)", r"maximis(?:e|es|ed|ing)", r"summaris(?:e|es|ed|ing)", r"emphasis(?:e|es|ed|ing)",
    r"serialised", r"authoris(?:e|es|ed|ation)", r"realis(?:e|es|ed|ing)",
    # and medicine's: a ward's "paediatric", "orthopaedic" and "anaesthetic" are American "pediatric" ...
    r"paediatric(?:s|ian|ians)?", r"orthopaedic(?:s)?", r"gynaecolog(?:y|ist|ists|ical)", r"haematolog(?:y|ist|ists)",
    r"anaesthe(?:tic|tics|tist|tists|sia)", r"oedema", r"oesophag(?:eal|us)", r"haemoglobin", r"foetal")
_BRITISH_SPELLING = re.compile(r"\b(?:" + "|".join(_BRITISH_WORDS) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _british_held() -> tuple[tuple[str, str | None], ...]:
    return tuple((w, held_word(w, re.IGNORECASE)) for w in _BRITISH_WORDS)


@lru_cache(maxsize=256)
def _british_pattern(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


def _british_spellings(text: str) -> list[str]:
    """``_BRITISH_SPELLING.findall(text)``, searched for the spellings whose letters the text holds
    alone (a spelling it cannot hold matches nowhere, and leaves the others' matches as they are)."""
    kept = held_in(_british_held(), text)
    return _british_pattern(kept).findall(text) if kept else []
MIN_BRITISH_SPELLINGS = 2


def spelled_british(text: str) -> bool:
    """Whether ``text`` writes at least ``MIN_BRITISH_SPELLINGS`` different British spellings."""
    return len({m.casefold() for m in _british_spellings(text)}) >= MIN_BRITISH_SPELLINGS


# A British telephone number written nationally: an area code 01xxx, 01xx or 02x, or a mobile's 07xxx,
# then the number ("01872 255997", "0113 392 3000", "020 7946 0000"). Ireland's "01 234 5678" and
# Australia's "02 9876 5432" are none; a country hint, never a country on its own.
_UK_PHONE = re.compile(r"(?<![\d+])0(?:1\d{3} ?\d{6}|1\d{2} \d{3} ?\d{4}|2\d \d{4} ?\d{4}|7\d{3} ?\d{6})(?!\d)")
# A Canadian postal code after its province's code, even glued to it as scraped records write it
# ("Calgary, ABT2Z 4A2", "Vancouver, BC V5T 3E2"): a place in Canada.
_CA_POSTCODE = re.compile(r"(?<![A-Za-z])(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)[ \t]?"
                          r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \t]?\d[ABCEGHJ-NPRSTV-Z]\d(?![A-Za-z0-9])")


def unlikely_countries(*texts: str | None, language: str = "en") -> frozenset[str]:
    """The countries a posting whose country is not known cannot be in: by the currency of its pay
    (an amount in dollars, "$42.00 - $50.00/hour", is not paid in Britain, Ireland or the euro
    area), by its language (an industrial electrician's posting in Italian is not for Britain) and
    by its spelling (a posting that organises, labours and holds a licence is not American)."""
    text = "\n".join(t[:MAX_TEXT_SCAN] for t in texts if t)
    out = set(_NOT_DOLLAR) if _DOLLAR_AMOUNT.search(text) else set()
    if language != "en":
        out |= {country for country, others in _ENGLISH_SPEAKING.items() if language not in others}
    elif spelled_british(text):
        out.add("US")
    return frozenset(out)


def _amount_in(code: str, text: str) -> bool:
    """A currency written beside an amount: "1200 GEL", "GEL 1,200", "1200₾" (never "gel nails")."""
    if not code.isalpha() or code not in text:
        return code in text
    return bool(re.search(rf"\d\s?{code}(?![A-Za-z])|(?<![A-Za-z]){code}\s?\d", text))
# a US ZIP code after a state ("TX 77002", "Illinois 60601-1234")
_ZIP = re.compile(r"\s+\d{5}(?:-\d{4})?$")


def _us_zip(places: Places, part: str) -> str:
    """``part`` without a ZIP code after a US state's code or name ("TX 77002" -> "TX"); a town and
    a state's code before a ZIP code give the code ("Houston TX 77002" -> "TX")."""
    bare = _ZIP.sub("", part)
    if bare != part and (bare in places.us_state_codes or bare.casefold() in _folded(places.us_states)):
        return bare
    if bare != part and _town_us_code(places, bare):
        return _TOWN_CODE.match(bare).group(1)
    return part


def _town_us_code(places: Places, part: str) -> bool:
    """A town then a US state's code, no comma ("Houston TX"), where the code is no other country's
    or Australian state's or Canadian province's ("Berlin DE" is Germany, "Seattle WA" may be Perth's).
    Without a ZIP code after it this tells no country: an Italian town writes its province the same
    way ("Milano MI", "Oristano OR")."""
    town = _TOWN_CODE.match(part)
    code = town.group(1) if town and not town.group(2) else None
    return bool(code) and code in places.us_state_codes and code not in _ISO_CODES \
        and code not in places.au_state_codes and code not in places.canadian_province_codes


@cache
def _subdivision_names(subdivisions: tuple[tuple[str, str, str], ...], country: str | None) -> dict[str, str]:
    return {name.casefold(): code for c, name, code in subdivisions if c == country}


@cache
def _term_words(terms: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """The terms, longest first, each with the longest run of its ASCII characters in lower case."""
    words = sorted({t for t, _ in terms}, key=len, reverse=True)
    return tuple((w, max(re.split(r"[^\x00-\x7f]+", w), key=len).lower()) for w in words)


@lru_cache(maxsize=256)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<![\w])(" + "|".join(re.escape(w) for w in words) + r")(?![\w])", re.IGNORECASE)


def _terms_in(terms: tuple[tuple[str, str], ...], text: str) -> re.Pattern | None:
    """The terms' pattern, of those whose ASCII words ``text`` holds in any case (None: none): a
    term the text cannot hold matches nowhere, so the others match as they would among all of them,
    and the text is not tried against every term at every word."""
    kept = held_in(_term_words(terms), text)
    return _words_pattern(kept) if kept else None


def _regions_named(regions: tuple[tuple[str, str], ...], text: str) -> set[str]:
    """The countries of the regions and big cities of ``regions`` that ``text`` names as written
    (capitalised, whole words)."""
    kept = held_in(_region_words(regions), text)
    if not kept:
        return set()
    by_name = dict(kept)
    return {by_name[m.group(1)] for m in _region_pattern(tuple(by_name)).finditer(text)}


@lru_cache(maxsize=4)
def _region_words(regions: tuple[tuple[str, str], ...]) -> tuple[tuple[tuple[str, str], str | None], ...]:
    return tuple(((name, country), held_word(re.escape(name), 0)) for name, country in regions)


@lru_cache(maxsize=256)
def _region_pattern(names: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<![\w&-])(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                      + r")(?![\w&-])")


@cache
def _hint_pattern(word: str) -> re.Pattern:
    """A hint as a whole word, as written ("GP" or "GPs", never "gp" or "GPS"), once per hint."""
    return re.compile(r"(?<![\w&])" + re.escape(word) + r"s?(?![\w&])")


def _term_country(terms: tuple[tuple[str, str], ...], term: str) -> str:
    return _folded_codes(terms)[term.casefold()]


def _country_code(places: Places, part: str, *, last_of_many: bool) -> str | None:
    names = _folded_codes(places.country_codes)
    folded = part.casefold()
    if folded in names:
        return names[folded]
    if folded in _folded(places.us_states):
        return "US"
    if folded in _folded(places.canadian_provinces):
        return "CA"
    regions = _folded_codes(places.region_countries)
    if folded in regions:
        return regions[folded]
    if part in places.au_state_codes and part not in _ISO_CODES and part not in places.us_state_codes:
        return "AU"  # "Sydney CBD, NSW"
    words = folded.split()
    for n in range(min(len(words) - 1, 4), 1, -1):  # "Derby Derbyshire East Midlands": a region of 2+ words ends it
        if " ".join(words[-n:]) in regions:
            return regions[" ".join(words[-n:])]
    town = _TOWN_CODE.match(part)
    code, postcode = (town.group(1), town.group(2)) if town else (None, None)
    shared = code in places.au_state_codes and code in places.canadian_province_codes  # NT: both
    if code in places.au_state_codes and (postcode or code not in places.us_state_codes) and not (
            shared and not postcode):
        return "AU"  # "Hoxton Park NSW", "Perth WA 6000"
    if code in places.canadian_province_codes and not postcode and not shared:
        return "CA"  # "Winnipeg MB", "The Pas MB"
    if re.fullmatch(r"[A-Z]{2}", part):
        if part in places.us_state_codes and not last_of_many:
            return "US"
        if part in places.canadian_province_codes and not last_of_many:
            return "CA"
        if part in _ISO_CODES:
            return "GB" if part == "UK" else part
    return None


# The ISO 3166 codes a location may end with ("UK" is how many pages write GB).
_ISO_CODES = frozenset(
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA "
    "CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA "
    "GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP "
    "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS "
    "MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS "
    "RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW "
    "TZ UA UG UK UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW".split())


@cache
def _folded_codes(pairs: tuple[tuple[str, str], ...]) -> dict[str, str]:
    return {name.casefold(): code for name, code in pairs}


@cache
def _alternation(names: tuple[str, ...]) -> re.Pattern:
    return re.compile("(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")")


@cache
def _folded(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(n.casefold() for n in names)


# A place named with the noun that makes it one: "Collier County", "Marco Island", "County Durham",
# "City of Dallas", "Cranberry Township".
_PLACE_SHAPED = re.compile(r"(?:[A-Z][a-z]+[ \t]+){1,3}(?:County|Island|Islands|Parish|Township|Borough)"
                           r"|(?:County|City|Borough)[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}"
                           r"|County[ \t]+[A-Z][a-z]+")
_NOT_A_PLACE = frozenset({"Council", "Councils", "Court", "Courts", "Hall", "Hopping", "Line", "Lines"})


def place_shaped(phrase: str) -> bool:
    """A phrase that names a place by its own noun ("Lee County", "Marco Island", "City of
    Dallas"), whether or not the place list knows it; "County Council" is an institution. A known
    state with the word "State" ("New York State", "State of Ohio") is a place too, and so is a UK
    postcode of an address line ("Margam, SA13 2NR")."""
    if _UK_POSTCODE.fullmatch(phrase):
        return True
    if (state := _STATE_NAMED.fullmatch(phrase)) is not None:
        return load_places().is_place(state.group(1) or state.group(2))
    return _PLACE_SHAPED.fullmatch(phrase) is not None and phrase.split()[-1] not in _NOT_A_PLACE


_UK_POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}")  # "SA13 2NR", "M1 1AE", "EC1A 1BB"
_STATE_NAMED = re.compile(r"(?:[Tt]he[ \t]+)?State[ \t]+of[ \t]+([A-Z][\w .]+)|([A-Z][\w .]+?)[ \t]+[Ss]tate")


@lru_cache(maxsize=1)
def load_places() -> Places:
    data = json.loads((resources.files("credstack") / "data" / "places.json").read_text("utf-8"))
    return Places(tuple(data["countries"]), tuple(data["us_states"]), tuple(data["us_state_codes"]),
                  tuple(data["country_codes"].items()), tuple(data["canadian_provinces"]),
                  tuple(data["canadian_province_codes"]), tuple(data["certification_countries"].items()),
                  tuple((name, code) for code, names in data["region_countries"].items() for name in names),
                  tuple(data["au_state_codes"]),
                  tuple((term, code) for code, terms in data["country_terms"].items() for term in terms),
                  tuple((country, name, code) for country, states in data["subdivisions"].items()
                        for name, code in states.items()),
                  tuple(data.get("shared_names", {}).items()),
                  tuple((country, kind, tuple(values)) for country, signs in data.get("country_signs", {}).items()
                        for kind, values in signs.items()),
                  tuple((word, code) for code, words in data.get("country_hints", {}).items() for word in words),
                  tuple((k, tuple(v)) for k, v in data.get("registered_by_licence", {}).items()),
                  tuple(data.get("world_regions", ())))
