"""Plain data for a job posting found in a page."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum


class SectionKind(StrEnum):
    """What a part of a posting is. The job's own text: requirements, preferred, responsibilities
    (and other). The rest is about the job but asks for nothing: about_company, benefits,
    how_to_apply; or not about the job at all: legal (equal opportunity, privacy, disclaimers),
    application_form (the fields to fill in), navigation (similar jobs, menus)."""

    REQUIREMENTS = "requirements"
    PREFERRED = "preferred"
    RESPONSIBILITIES = "responsibilities"
    ABOUT_COMPANY = "about_company"
    BENEFITS = "benefits"
    HOW_TO_APPLY = "how_to_apply"
    OTHER = "other"
    LEGAL = "legal"
    APPLICATION_FORM = "application_form"
    NAVIGATION = "navigation"


# Kinds that hold the job's own text; the others are boilerplate around it.
JOB_KINDS = frozenset({SectionKind.REQUIREMENTS, SectionKind.PREFERRED, SectionKind.RESPONSIBILITIES,
                       SectionKind.OTHER})
BOILERPLATE_KINDS = frozenset({SectionKind.LEGAL, SectionKind.APPLICATION_FORM, SectionKind.NAVIGATION})


@dataclass(frozen=True)
class Section:
    """One part of a posting: its kind, the heading the page used (may be empty) and its text."""

    kind: SectionKind
    heading: str
    text: str


@dataclass
class Posting:
    """A job posting as found in a page or a text file.

    ``description`` is clean text with paragraph breaks as blank lines and list items as lines
    starting with "- ". ``sections`` splits the same text into ordered, typed parts.
    """

    title: str | None = None
    company: str | None = None
    location: str | None = None
    employment_type: str | None = None
    salary: str | None = None
    date_posted: str | None = None
    work_mode: str | None = None  # "remote", "hybrid" or "on-site", when the page says
    site: str = "generic"
    url: str | None = None
    description: str = ""
    sections: list[Section] = field(default_factory=list)
    # "posting" (the job's own page) or "search_list" (a list of jobs with this one open beside it:
    # the page is not the job's own, and a person may have meant another job of the list)
    page_kind: str = "posting"

    def to_dict(self) -> dict:
        data = asdict(self)
        data["sections"] = [
            {"kind": str(s.kind), "heading": s.heading, "text": s.text} for s in self.sections
        ]
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Posting:
        sections = [
            Section(SectionKind(s["kind"]), s.get("heading", ""), s.get("text", ""))
            for s in data.get("sections", [])
        ]
        fields = {k: data.get(k) for k in cls.__dataclass_fields__ if k != "sections"}
        fields["site"] = fields.get("site") or "generic"
        fields["description"] = fields.get("description") or ""
        fields["page_kind"] = fields.get("page_kind") or "posting"
        return cls(**fields, sections=sections)
