"""Application forms: a page that is only the form to apply (the job's description is on
another page) holds many fields and little prose of its own."""

from __future__ import annotations

import re

from credstack.postings.model import JOB_KINDS, Section, SectionKind
from credstack.postings.text import clean_inline

NOT_FIELDS = frozenset({"hidden", "submit", "button", "reset", "image", "search", "checkbox", "radio"})
MIN_FORM_FIELDS = 4
# A posting's own text is sentences; a form's is labels ("First name*", "Resume/CV") and the odd
# instruction ("Please fill in the short form below").
MIN_SENTENCE_CHARS = 40
MIN_JOB_PROSE_CHARS = 600
MIN_JOB_SECTION_CHARS = 150
_REQUIRED_MARK = re.compile(r"(\*|✱|\((required|erforderlich|requis|obligatoire|obligatorio|optional)\)|required|"
                            r"requis|erforderlich|pflichtfeld)\s*$", re.IGNORECASE)
_FORM_WORDS = re.compile(r"\b(upload|attach|drag and drop|select (a )?file|\.pdf|\.docx?|max\.? \d+ ?mb|autofill|"
                         r"datei hinzufügen|fichier|lebenslauf hochladen)\b", re.IGNORECASE)


_SEARCH = re.compile(r"search|query|keyword|filter|sort|recherche|suche|buscar|検索|검색|بحث|\bq\b|\bkw\b|"
                     r"location|where", re.IGNORECASE)
_NAMING = ("name", "id", "placeholder", "aria-label", "class", "title")
# the site's own forms beside a page's content: signing in, resetting a password, job alerts and
# newsletters, a captcha's hidden answer box
_SITE_FORM = re.compile(r"log_?in|sign_?in|sign_?up|session|password|passwort|mot_de_passe|contrase|has[lł]o|"
                        r"subscri|newsletter|job_?alert|remember|captcha", re.IGNORECASE)
_CHROME_TAGS = frozenset({"header", "nav", "footer", "aside"})


def field_count(root) -> int:
    """Fields a person fills in (text boxes, lists, file uploads), not buttons, search boxes,
    result filters or the site's own header forms (sign-in, newsletter)."""
    count = 0
    site_forms: dict = {}  # each form judged once, not once per field (a form of many fields)
    for el in root.iter("input", "select", "textarea"):
        if el.tag == "input" and (el.get("type") or "text").lower() in NOT_FIELDS:
            continue
        names = " ".join(filter(None, (el.get(a) for a in _NAMING)))
        if _SEARCH.search(names) or _SITE_FORM.search(names) or _in_search_or_chrome(el) \
                or _in_site_form(el, site_forms):
            continue
        count += 1
    return count


def _in_site_form(el, judged: dict) -> bool:
    """A field of a sign-in, sign-up or alert form (one holding a password box, or named so);
    ``judged`` keeps each form's answer, so a form's inputs are read once for all its fields."""
    form = next((a for a in el.iterancestors("form")), None)
    if form is None:
        return False
    if form not in judged:
        named = " ".join(filter(None, (form.get("action"), form.get("id"), form.get("class"), form.get("name"))))
        judged[form] = bool(_SITE_FORM.search(named)) or any((i.get("type") or "").lower() == "password"
                                                             for i in form.iter("input"))
    return judged[form]


def _in_search_or_chrome(el) -> bool:
    for ancestor in el.iterancestors():
        tag = ancestor.tag if isinstance(ancestor.tag, str) else ""
        if tag in _CHROME_TAGS or (ancestor.get("role") or "").lower() in ("search", "navigation", "banner"):
            return True
        if tag == "form":
            return bool(_SEARCH.search(" ".join(filter(None, (ancestor.get("action"), ancestor.get("id"),
                                                                ancestor.get("class"), ancestor.get("name"))))))
    return False


def label_texts(root) -> set[str]:
    """The page's field labels, folded, to tell a form's lines from a posting's."""
    found = set()
    for el in root.iter("label", "legend"):
        text = clean_inline(el.text_content()).casefold()
        if 0 < len(text) <= 200:
            found.add(text)
            found.add(_REQUIRED_MARK.sub("", text).strip())
    return found


def job_prose_chars(sections: list[Section], labels: set[str]) -> int:
    """Characters of the job's own sentences: not in legal, form or navigation sections, not
    field labels, not upload instructions."""
    total = 0
    for section in sections:
        if section.kind not in JOB_KINDS and section.kind != SectionKind.ABOUT_COMPANY:
            continue
        for line in section.text.splitlines():
            text = line.strip().removeprefix("- ").strip()
            folded = text.casefold()
            if weighted_length(text) < MIN_SENTENCE_CHARS or folded in labels or _REQUIRED_MARK.search(text) \
                    or _FORM_WORDS.search(text):
                continue
            total += weighted_length(text)
    return total


_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def weighted_length(text: str) -> int:
    """Characters, a Chinese, Japanese or Korean one counting as three: the same sentence takes
    about a third as many characters in those scripts as in English."""
    return len(text) + 2 * len(_WIDE.findall(text))


def is_only_a_form(root, sections: list[Section]) -> bool:
    """Fields to fill in and, besides them, too little of a job's own text to be its posting."""
    if field_count(root) < MIN_FORM_FIELDS:
        return False
    if any(s.kind in (SectionKind.REQUIREMENTS, SectionKind.RESPONSIBILITIES) and len(s.text) >= MIN_JOB_SECTION_CHARS
           for s in sections):
        return False
    return job_prose_chars(sections, label_texts(root)) < MIN_JOB_PROSE_CHARS
