"""Credentials a posting names in its own words, found with the catalog's names, aliases and exam
codes: "AIRS Certified Internet Recruiter (CIR)", "LinkedIn Certified Professional – Recruiter",
"NFPA 70E". The skills vocabulary knows the common certifications; the catalog knows more, and a
credential the posting names is one to recommend whatever its field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from credstack.skills import senses
from credstack.skills.abbreviations import means_something_else
from credstack.skills.employer import legal_form
from credstack.skills.model import Requirement, TextSection
from credstack.skills.requirements import (
    clause_bounds,
    clause_of,
    lead_in_levels,
    level_at,
    offered_not_asked,
    segments,
    taught_on_the_job,
)
from credstack.wordtrie import trie_alternation

SHORT = 5  # letters and codes this short only count written exactly as the catalog writes them
# A short name counts only in a clause that speaks of credentials, names its issuer, or lists it
# with other credentials: "EMT" beside "rigid, PVC" is conduit, not the medical technician.
_CUE = re.compile(r"certif|licen[cs]|credential|card\b|registered|designation|exam\b|accredit|qualified as", re.I)
_ABBREVIATION = re.compile(r"[A-Z0-9][A-Za-z0-9+/&.-]{1,14}")
_POSSESSIVE = re.compile(r"['’]s\b")
_STRONG = {Requirement.REQUIRED: 0, Requirement.UNSPECIFIED: 1, Requirement.PREFERRED: 2}


@dataclass
class NamedCredential:
    """A catalog credential the posting names: how it was written and how strongly it is asked."""

    id: str
    label: str  # the catalog name, the key it is weighed by in the stack
    requirement: Requirement
    forms: list[str] = field(default_factory=list)  # the surface forms found


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _finder(catalog) -> tuple[list[re.Pattern], dict[str, str]]:
    """The name finder, built once per catalog."""
    return catalog.derived("name_finder", _build_finder)


def _build_finder(catalog) -> tuple[list[re.Pattern], dict[str, str]]:
    """Two patterns (exact-case short names, any-case long ones) over every name, alias, letters and
    exam code of the live catalog, and each written form -> its credential id (shared forms left out)."""
    vocabulary = getattr(catalog, "vocabulary", None)
    owners: dict[str, set[str]] = {}
    written: dict[str, str] = {}
    for c in catalog:
        if c.retired:
            continue
        letters = [f for f in re.findall(r"\(([^)]{2,30})\)", c.name)
                   if _ABBREVIATION.fullmatch(f) and sum(ch.isupper() or ch.isdigit() for ch in f) >= 2]
        forms = {c.name, *c.aliases, *letters}
        if c.exam_code and not re.search(r"\s\+\s", c.exam_code):
            forms.add(c.exam_code)
        for form in forms:
            form = " ".join(form.split())
            if len(form) < 3:
                continue
            skill = vocabulary.resolve(form) if vocabulary is not None else None
            if skill is not None and skill.kind != "certification":
                continue  # "Salesforce", "Tableau": a product, not the credential
            owners.setdefault(_key(form), set()).add(c.id)
            written.setdefault(_key(form), form)
    ids = {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}
    short = sorted((written[k] for k in ids if len(k) <= SHORT), key=len, reverse=True)
    long = sorted((written[k] for k in ids if len(k) > SHORT), key=len, reverse=True)

    def alternation(forms: list[str], flags: int) -> re.Pattern:
        body = trie_alternation(forms, ignore_case=bool(flags & re.I))
        return re.compile(r"(?<![\w+/-])(?:" + body + r")(?![\w+])", flags)

    return [alternation(short, 0), alternation(long, re.I)], ids


def named_credentials(sections: list[TextSection], catalog, groups=frozenset(),
                      defined: dict[str, str] | None = None) -> dict[str, NamedCredential]:
    """Catalog credentials named in the posting's skill text, by id, with the strongest ask found.

    Where two names overlap the longer wins ("CCNA" inside "CCNA Security" is not a second name).
    ``groups`` are the posting's occupation groups: a short name of the posting's own field needs no
    cue ("CCRN required within 12 months" on a nursing posting). ``defined`` are the abbreviations the
    posting spells out itself (``abbreviations.defined_abbreviations``): letters it defines as something
    else ("Packaging Corporation of America (PCA)") name no credential."""
    groups = set(groups)
    defined = defined or {}
    found: dict[str, NamedCredential] = {}
    for segment in segments(sections):
        text = segment.text
        patterns, ids = _finder(catalog)
        hits = sorted(((m.start(), m.end(), ids[_key(m.group())], len(m.group()) <= SHORT)
                       for pattern in patterns for m in pattern.finditer(text) if _key(m.group()) in ids),
                      key=lambda h: (h[0], -(h[1] - h[0])))
        kept, reach = [], -1
        for hit in hits:
            if hit[0] >= reach:
                kept.append(hit)
                reach = hit[1]
        lead_ins = lead_in_levels(text) if kept else ()
        for start, end, credential_id, short in kept:
            other_field = not (groups & set(catalog.get(credential_id).occupations))
            if short and other_field and not _credential_clause(text, start, end, credential_id, kept, catalog):
                continue
            if short and other_field and groups and not _attached_cue(text, start, end) \
                    and not _issuer_near(text, start, end, credential_id, catalog):
                continue  # another field's letters among this field's credentials ("Nursing Assistant PCA")
            if short and _another_sense(text, start, end):
                continue  # "Driver CPC": the letters in another trade's sense
            if short and _inside_term(text, start, end, getattr(catalog, "vocabulary", None)):
                continue  # "a P&C Insurance leader": the letters begin a term of another kind (the industry)
            if short and legal_form(text, start, end):
                continue  # "DHU Health Care CIC is committed to ...": a company's legal form, no coder's credential
            if short and _POSSESSIVE.match(text, end):
                continue  # "PCA's business philosophy": the letters own something, they name an organisation
            if short and means_something_else(text[start:end], catalog.get(credential_id).name, defined):
                continue  # "PCA certified forklift license" at "Packaging Corporation of America (PCA)"
            if offered_not_asked(text, start, end) or taught_on_the_job(text, start, end):
                continue  # "the opportunity to develop into ... ILS", "you will be trained to ILS": offered
            level = level_at(text, start, end, segment.level, lead_ins)
            named = found.setdefault(credential_id, NamedCredential(credential_id, catalog.get(credential_id).name,
                                                                    level))
            if _STRONG[level] < _STRONG[named.requirement]:
                named.requirement = level
            if text[start:end] not in named.forms:
                named.forms.append(text[start:end])
    return found


def written_ids(mentions, catalog) -> set[str]:
    """Catalog ids whose own name, alias, letters or exam code is among ``mentions`` (the words a
    certification skill was found by): "NCLEX-RN" names the exam; "Registered Nurse" only what it
    leads to."""
    _patterns, ids = _finder(catalog)
    return {ids[_key(m)] for m in mentions if _key(m) in ids}


def _credential_clause(text: str, start: int, end: int, credential_id: str, hits: list, catalog) -> bool:
    """A short name's clause speaks of credentials, names the issuer, or lists other credentials."""
    clause = clause_of(text, start, end)
    if _CUE.search(clause):
        return True
    if _issuer_near(text, start, end, credential_id, catalog):
        return True
    lo = text.find(clause) if clause else -1
    return lo >= 0 and any(lo <= s < lo + len(clause) and (s, e) != (start, end) for s, e, _id, _short in hits)


# A credential word right against the letters: "PCA certification", "certified PCA", "PCA-certified".
_CUE_BEFORE = re.compile(r"(?:certif\w*|licen[cs]\w*|credential\w*|exam)\W{0,3}$", re.I)
_CUE_AFTER = re.compile(r"\W{0,3}(?:certif\w*|licen[cs]\w*|credential\w*|exam\w*|holder)\b", re.I)


def _attached_cue(text: str, start: int, end: int) -> bool:
    return _CUE_BEFORE.search(text[max(0, start - 20):start]) is not None or _CUE_AFTER.match(text, end) is not None


def _issuer_near(text: str, start: int, end: int, credential_id: str, catalog) -> bool:
    entry = catalog.get(credential_id)
    clause = clause_of(text, start, end).casefold()
    issuers = {entry.provider, entry.platform, entry.provider.split(" (")[0]}
    return any(i and len(i) > 3 and i.casefold() in clause for i in issuers)


_NEXT_WORD = re.compile(r"[ -]+([A-Za-z][\w&'-]*)")


def _inside_term(text: str, start: int, end: int, vocabulary) -> bool:
    """Whether the letters begin a longer term the skills vocabulary knows as something else than a
    credential: "a P&C Insurance leader" names the line of business (an industry), not the P&C licence
    exam; "your P&C Insurance license" names the licence (a credential word follows the term)."""
    if vocabulary is None:
        return False
    stop = end
    for _ in range(2):
        word = _NEXT_WORD.match(text, stop)
        if word is None:
            return False
        stop = word.end()
        skill = vocabulary.resolve(text[start:stop])
        if skill is not None:
            return skill.kind != "certification" and _CUE_AFTER.match(text, stop) is None
    return False


def _another_sense(text: str, start: int, end: int) -> bool:
    """Letters the skills reader knows to be ambiguous (``senses``) whose neighbours make them no
    skill ("Driver CPC" beside no coding word): not the catalog's credential either."""
    form = senses.sense_form(text[start:end])
    if form is None:
        return False
    return senses.local_sense(form, text, start, end, clause_bounds(text, start, end)) == senses.NO_SENSE
