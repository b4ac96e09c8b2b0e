"""The user's own .docx, with a "Professional Development & Certifications" section at the top.

Only the new section is written; everything else is the user's XML, left in place or moved
(an existing certifications section's entries move into the new one). The new heading is a
copy of the document's own first section heading, entries copy its body or list paragraphs,
so the section looks like the rest of the resume.
"""

from __future__ import annotations

import io
import re
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import date

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from credstack.analysis import Analysis
from credstack.profile.dates import Month, month_label
from credstack.profile.model import Certification, CertStatus, Profile
from credstack.resume.safety import check_docx
from credstack.resume.structure import Heading, Layout, layout, paragraph_text
from credstack.skills.model import Requirement, SkillKind

REQUIREMENT_WEIGHT = {Requirement.REQUIRED: 3, Requirement.UNSPECIFIED: 2, Requirement.PREFERRED: 1}
SEPARATOR = " · "
DASH = " — "
HYPERLINK_COLOR = "0563C1"


@dataclass
class TailorOptions:
    heading: str = "Professional Development & Certifications"
    include_unrelated: bool = False
    expired: str = "omit"  # "omit" or "mark"
    reorder_skills: bool = True


@dataclass
class RankedCertification:
    certification: Certification
    named: bool
    overlap: int
    covers: list[str] = field(default_factory=list)

    @property
    def relevant(self) -> bool:
        return self.named or self.overlap > 0


def rank_certifications(profile: Profile, analysis: Analysis, catalog=None,
                        vocabulary=None) -> list[RankedCertification]:
    """The profile's certifications, most relevant to the posting first.

    Relevance: the posting names it (outright, or as a certification skill), then the weighted
    overlap of its skills with the posting's (required 3, unspecified 2, preferred 1).
    """
    if vocabulary is None:
        from credstack.skills.vocabulary import load_vocabulary

        vocabulary = load_vocabulary()
    if catalog is None:
        from credstack.credentials.catalog import load_catalog

        catalog = load_catalog()
    asked = {s.name: s for s in analysis.skills}
    ranked = []
    for cert in profile.certifications:
        entry = (catalog.get(cert.catalog_id) if cert.catalog_id else None) or catalog.find(cert.name)
        skill = vocabulary.resolve(cert.name)
        cert_name = entry.grants if entry and entry.grants else (skill.name if skill and skill.kind ==
                                                                 SkillKind.CERTIFICATION else None)
        named = bool(cert_name and cert_name in asked)
        covered = set(entry.skills) if entry else set()
        if cert_name and vocabulary.get(cert_name) is not None:
            covered |= set(vocabulary.get(cert_name).implies)
        overlap_skills = sorted((asked[s] for s in covered if s in asked),
                                key=lambda s: (-REQUIREMENT_WEIGHT[s.requirement], s.name))
        overlap = sum(REQUIREMENT_WEIGHT[s.requirement] for s in overlap_skills)
        ranked.append(RankedCertification(cert, named, overlap, [s.name for s in overlap_skills]))
    ranked.sort(key=lambda r: (not r.named, -r.overlap, -_issued_year(r.certification)))
    return ranked


def _issued_year(cert: Certification) -> int:
    issued = Month.parse(cert.issued)
    return issued.year if issued else 0


def entry_text(cert: Certification, today: date) -> str:
    """LinkedIn-style: Name — Issuer · Issued Mon YYYY · Expires Mon YYYY · Credential ID X."""
    parts = [cert.name + (DASH + cert.issuer if cert.issuer else "")]
    if cert.status == CertStatus.IN_PROGRESS:
        suffix = f"(in progress, expected {month_label(cert.expected)})" if cert.expected else "(in progress)"
        return parts[0] + " " + suffix
    if cert.issued:
        parts.append(f"Issued {month_label(cert.issued)}")
    expired = cert.lapsed(today)
    if cert.expires and not expired:
        parts.append(f"Expires {month_label(cert.expires)}")
    if cert.credential_id:
        parts.append(f"Credential ID {cert.credential_id}")
    text = SEPARATOR.join(parts)
    if expired:
        text += f" (expired {month_label(cert.expires)})"
    return text


def _strip_for_copy(p):
    """A copy of paragraph ``p`` with its properties only: no runs, bookmarks or section break."""
    new = deepcopy(p)
    for child in list(new):
        if child.tag != qn("w:pPr"):
            new.remove(child)
    ppr = new.find(qn("w:pPr"))
    section_break = ppr.find(qn("w:sectPr")) if ppr is not None else None
    if section_break is not None:
        ppr.remove(section_break)  # a copied section break would split the document
    return new


def _template_rpr(p):
    for run in p.xpath("./w:r | ./w:hyperlink/w:r"):
        if "".join(run.xpath("./w:t/text()")).strip():
            rpr = run.find(qn("w:rPr"))
            return deepcopy(rpr) if rpr is not None else None
    return None


def _run(text: str, rpr=None):
    run = OxmlElement("w:r")
    if rpr is not None:
        run.append(deepcopy(rpr))
    t = OxmlElement("w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    run.append(t)
    return run


def _hyperlink(part, url: str, text: str, rpr=None):
    rel_id = part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    link_rpr = deepcopy(rpr) if rpr is not None else OxmlElement("w:rPr")
    for tag in ("w:color", "w:u"):
        old = link_rpr.find(qn(tag))
        if old is not None:
            link_rpr.remove(old)
    color = OxmlElement("w:color")
    color.set(qn("w:val"), HYPERLINK_COLOR)
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    link_rpr.append(color)
    link_rpr.append(underline)
    link.append(_run(text, link_rpr))
    return link


def _written_in_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _heading_paragraph(template, text: str):
    new = _strip_for_copy(template)
    new.append(_run(text, _template_rpr(template)))
    return new


def _entry_paragraph(template, part, text: str, url: str | None):
    new = _strip_for_copy(template)
    rpr = _template_rpr(template)
    new.append(_run(text, rpr))
    if url:
        new.append(_run(SEPARATOR, rpr))
        new.append(_hyperlink(part, url, "Show credential", rpr))
    return new


def _insertion_heading(found: Layout) -> Heading | None:
    known = [h for h in found.headings if h.kind != "unknown"]
    if known:
        first_known = found.paragraphs.index(known[0].element)
        earlier = [h for h in found.headings if found.paragraphs.index(h.element) < first_known
                   and found.paragraphs.index(h.element) >= 2]
        return earlier[0] if earlier else known[0]
    late = [h for h in found.headings if found.paragraphs.index(h.element) >= 2]
    return late[0] if late else None


def _body_template(found: Layout, heading: Heading | None, fallback):
    sections = [heading] if heading else []
    sections += [h for h in found.headings if h is not heading]
    for h in sections:
        for p in found.section_body(h):
            if paragraph_text(p).strip():
                return p
    return fallback


def _matches(entry_line: str, cert: Certification, catalog) -> bool:
    line = entry_line.casefold()
    if cert.name.casefold() in line or (cert.credential_id and cert.credential_id.casefold() in line):
        return True
    found = catalog.find(entry_line.split(DASH)[0].split(" - ")[0].split(",")[0].strip()) if catalog else None
    mine = catalog.find(cert.name) if catalog else None
    return found is not None and mine is not None and found.id == mine.id


def tailor_resume(docx_bytes: bytes, analysis: Analysis, profile: Profile, options: TailorOptions | None = None,
                  *, catalog=None, today: date | None = None, vocabulary=None) -> bytes:
    """The resume with the relevant certifications at the top; nothing the profile lacks is added."""
    options = options or TailorOptions()
    today = today or date.today()
    if catalog is None:
        from credstack.credentials.catalog import load_catalog

        catalog = load_catalog()
    document = check_docx(docx_bytes)
    found = layout(document)
    anchor = _insertion_heading(found)
    paragraphs = found.paragraphs
    if not paragraphs:
        from credstack.resume.errors import NotADocx

        raise NotADocx("The document has no paragraphs to tailor.")

    ranked = rank_certifications(profile, analysis, catalog, vocabulary)
    chosen = [r for r in ranked if r.relevant]
    if options.include_unrelated:
        chosen += [r for r in ranked if not r.relevant]
    chosen = [r for r in chosen if not (r.certification.lapsed(today) and options.expired == "omit")]

    old_sections = [h for h in found.headings if h.kind == "certifications"]
    moved, removed = [], []
    for heading in old_sections:
        for p in found.section_body(heading):
            text = paragraph_text(p).strip()
            if not text:
                removed.append(p)
                continue
            if any(_matches(text, r.certification, catalog) for r in ranked):
                removed.append(p)  # a certification the profile holds: written afresh (or left out) below
            else:
                moved.append(p)  # the user's own line the profile does not know: kept as written

    if not chosen and not moved:
        return docx_bytes  # nothing relevant to show: the resume stays exactly as it was

    heading_template = anchor.element if anchor is not None else paragraphs[0]
    body_template = _body_template(found, anchor, paragraphs[min(1, len(paragraphs) - 1)])
    part = document.part
    heading_text = options.heading
    if anchor is not None and _written_in_capitals(paragraph_text(anchor.element)):
        heading_text = heading_text.upper()  # "WORK EXPERIENCE" resumes get "PROFESSIONAL DEVELOPMENT & ..."
    new_elements = [_heading_paragraph(heading_template, heading_text)]
    for r in chosen:
        new_elements.append(_entry_paragraph(body_template, part, entry_text(r.certification, today),
                                             r.certification.url))

    anchor_el = anchor.element if anchor is not None else None
    if anchor_el is not None:
        for el in new_elements:
            anchor_el.addprevious(el)
    else:  # no section headings at all: after the header (name, contact lines)
        header_end = _header_end(paragraphs)
        for el in reversed(new_elements):
            header_end.addnext(el)
    last = new_elements[-1]
    for p in moved:
        last.addnext(p)  # moving the element keeps its XML as the user made it
        last = p
    for p in removed:
        if p.getparent() is not None:
            p.getparent().remove(p)
    for heading in old_sections:
        if heading.element.getparent() is not None:
            heading.element.getparent().remove(heading.element)

    if options.reorder_skills:
        _reorder_skills(found, analysis, profile, vocabulary)
    return _save(document)


def _header_end(paragraphs):
    """The last paragraph of the header block: name, contact lines, headline."""
    contact = re.compile(r"@|\+?\d[\d ().-]{6,}|linkedin|github|https?://|\|")
    end = paragraphs[0]
    for p in paragraphs[:6]:
        text = paragraph_text(p)
        if contact.search(text) or p is paragraphs[0]:
            end = p
    return end


def _reorder_skills(found: Layout, analysis: Analysis, profile: Profile, vocabulary) -> None:
    """Move the skills the posting asks for and the user has to the front of the Skills section.

    Lines are moved as elements; inside a single comma-separated line the items are reordered
    only when every run has the same formatting (so no bold or italic can be lost).
    """
    from credstack.skills import find_skills

    held = {s.name.casefold() for s in profile.skills}
    if vocabulary is None:
        from credstack.skills.vocabulary import load_vocabulary

        vocabulary = load_vocabulary()
    held |= {v.name.casefold() for s in profile.skills if (v := vocabulary.resolve(s.name)) is not None}
    wanted = {s.name for s in analysis.skills if s.name.casefold() in held}
    if not wanted:
        return
    for heading in [h for h in found.headings if h.kind == "skills"]:
        lines = [p for p in found.section_body(heading) if paragraph_text(p).strip()]

        def asks(text: str) -> bool:
            return any(m.name in wanted for m in find_skills(text, vocabulary))

        if len(lines) > 1:
            first = lines[0]
            front = [p for p in lines if asks(paragraph_text(p))]
            if front and front[0] is not first:
                for p in front:
                    first.addprevious(p)
        elif len(lines) == 1:
            _reorder_items(lines[0], asks)


def _reorder_items(p, asks) -> None:
    runs = p.xpath("./w:r")
    if not runs or len(runs) != len(p.xpath(".//w:r")):
        return
    rprs = {(r.find(qn("w:rPr")) is not None and _xml(r.find(qn("w:rPr")))) or "" for r in runs}
    if len(rprs) != 1 or any(r.xpath("./*[not(self::w:rPr) and not(self::w:t)]") for r in runs):
        return
    text = "".join(t for r in runs for t in r.xpath("./w:t/text()"))
    label, sep, items_text = text.rpartition(":") if ":" in text[:40] else ("", "", text)
    delimiter = next((d for d in (", ", "; ", " · ", " | ", " • ") if d in items_text), None)
    if delimiter is None:
        return
    items = items_text.strip().split(delimiter.strip())
    items = [i.strip() for i in items if i.strip()]
    reordered = [i for i in items if asks(i)] + [i for i in items if not asks(i)]
    if reordered == items:
        return
    new_text = (label + sep + " " if sep else "") + delimiter.join(reordered)
    for extra in runs[1:]:
        p.remove(extra)
    ts = runs[0].xpath("./w:t")
    for extra in ts[1:]:
        runs[0].remove(extra)
    ts[0].text = new_text
    ts[0].set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _xml(el) -> str:
    from lxml import etree

    return etree.tostring(el).decode()


def _save(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
