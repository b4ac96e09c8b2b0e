"""The user's own .docx, with a "Professional Development & Certifications" section at the top.

Only the new section is written; everything else is the user's XML, left in place or moved
(an existing certifications section moves, whole, to the top and takes the new entries). No line
of the user's is deleted or rewritten. Where the section goes follows the layout: after the header
block and before the first section; in a two-column table, at the top of the main column's cell;
in a table whose rows hold the sections, as new rows copied from the first section's. A layout
that cannot take a section safely (content in fixed text boxes, a form grid) is left untouched
and the section is offered as a separate one-page .docx (``LayoutUnsupported``).

The new heading copies the document's own first section heading (borders, shading, spacing,
capitals), entries copy that section's body paragraphs, so the section looks like the rest of
the resume. Every tailoring returns a ``ChangeSummary`` saying what changed and why.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from copy import deepcopy
from dataclasses import asdict, dataclass, field
from datetime import date

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from credstack.analysis import Analysis
from credstack.credentials.catalog import Catalog
from credstack.credentials.held import resolve_certification
from credstack.gaps import REQUIREMENT_WEIGHT
from credstack.profile.dates import Month, month_label
from credstack.profile.model import Certification, CertStatus, Profile
from credstack.resume.errors import LayoutUnsupported, NotADocx
from credstack.resume.safety import check_docx
from credstack.resume.structure import (
    CONTACT,
    W_P,
    W_SDT,
    W_SDT_CONTENT,
    W_TBL,
    W_TC,
    W_TR,
    Heading,
    Layout,
    boxed_band_start,
    names_certificates,
    paragraph_text,
    read_layout,
    reading_order,
)
from credstack.skills import skill_named
from credstack.skills.model import Requirement, SkillKind
from credstack.skills.vocabulary import Vocabulary

SEPARATOR = " · "
DASH = " — "
HYPERLINK_COLOR = "0563C1"
MAX_TEXTBOX_SHARE = 0.35
# no heading in the text and a fifth of it in text boxes: the section titles are drawn (pictures,
# shapes) beside boxed details, and the body's order says nothing about where a section could go
MIN_TEXTBOX_SHARE_WITHOUT_HEADINGS = 0.2
MIN_FORM_FIELDS = 3
NARROW_COLUMN = 0.5  # of the widest column
TR_PROPS_AFTER_HEIGHT = ("w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del", "w:trPrChange")
LIST_DELIMITERS = (", ", "; ", " · ", " | ", " • ", "，", "、")


@dataclass
class TailorOptions:
    heading: str = "Professional Development & Certifications"
    include_unrelated: bool = False
    expired: str = "omit"  # "omit" or "mark"
    reorder_skills: bool = False  # opt-in: moves the user's own lines, so off by default
    append_skills: bool = False  # opt-in: appends unmentioned skills the profile holds to the skills section


@dataclass
class RankedCertification:
    certification: Certification
    named: bool
    overlap: int
    covers: list[str] = field(default_factory=list)

    @property
    def relevant(self) -> bool:
        return self.named or self.overlap > 0


@dataclass
class ChangeItem:
    name: str
    reason: str


@dataclass
class ChangeSummary:
    """What tailoring did to the resume, said plainly (the API's X-Credstack-Changes header)."""

    changed: bool = False
    section: str = "none"  # added, merged, none
    heading: str | None = None
    included: list[ChangeItem] = field(default_factory=list)
    left_out: list[ChangeItem] = field(default_factory=list)
    unchanged_reason: str | None = None
    page_count_before: int | None = None
    page_count_after: int | None = None
    page_warning: str | None = None
    unmentioned_skills: list[str] = field(default_factory=list)
    layout_warning: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    def note_pages(self, before: int | None, after: int | None) -> None:
        self.page_count_before, self.page_count_after = before, after
        if before is not None and after is not None and after > before:
            self.page_warning = (f"The tailored resume runs to {after} pages, {after - before} more than yours "
                                 f"({before}): shorten a line or leave a certification out to keep it to {before}.")


@dataclass
class TailoredResume:
    data: bytes
    changes: ChangeSummary


def rank_certifications(profile: Profile, analysis: Analysis, catalog: Catalog,
                        vocabulary: Vocabulary) -> list[RankedCertification]:
    """The profile's certifications, most relevant to the posting first.

    Relevance: the posting names it (outright, or as a certification skill), then the weighted
    overlap of its skills with the posting's (required 3, unspecified 2, preferred 1).
    """
    asked = {s.name: s for s in analysis.skills}
    ranked = []
    for cert in profile.certifications:
        entry, cert_name = resolve_certification(cert, catalog, vocabulary)
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


# ---- building paragraphs from the document's own ------------------------------------------------

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


def _template_rpr(p, prefer_plain: bool = False):
    """The run properties to copy: the first run's for a heading; for an entry, those of the
    plain (not bold) run holding most of the text."""
    runs = [r for r in p.xpath("./w:r | ./w:hyperlink/w:r | ./w:smartTag/w:r")
            if "".join(r.xpath("./w:t/text()")).strip()]
    if not runs:
        return None
    run = runs[0]
    if prefer_plain:
        def on(r, tag):
            return bool(r.xpath(f"./w:rPr/w:{tag}[not(@w:val='0') and not(@w:val='false')]"))

        unbold = [r for r in runs if not on(r, "b")]
        upright = [r for r in unbold if not on(r, "i")]  # an italic date or title is no running text
        run = max(upright or unbold or runs, key=lambda r: len("".join(r.xpath("./w:t/text()"))))
    rpr = run.find(qn("w:rPr"))
    if rpr is None:
        return None
    rpr = deepcopy(rpr)
    style = rpr.find(qn("w:rStyle"))
    if style is not None and run.getparent().tag == qn("w:hyperlink"):
        rpr.remove(style)
    return _as_shown_for_latin(rpr)


def _as_shown_for_latin(rpr):
    """Run properties of right-to-left or complex-script text (Hebrew, Arabic) made to show our
    Latin-script text the way the reader sees theirs: what Word draws for such a run is its
    complex-script bold, italic and size (bCs, iCs, szCs), not b, i and sz."""
    flag = rpr.find(qn("w:rtl"))
    cs = rpr.find(qn("w:cs"))
    if not ((flag is not None and flag.get(qn("w:val")) not in ("0", "false")) or
            (cs is not None and cs.get(qn("w:val")) not in ("0", "false"))):
        return rpr
    for tag in ("w:rtl", "w:cs"):
        el = rpr.find(qn(tag))
        if el is not None:
            rpr.remove(el)
    for latin, complex_script in (("w:b", "w:bCs"), ("w:i", "w:iCs"), ("w:sz", "w:szCs")):
        old, shown = rpr.find(qn(latin)), rpr.find(qn(complex_script))
        if shown is None:
            if old is not None and latin != "w:sz":
                rpr.remove(old)
            continue
        if old is None:
            old = OxmlElement(latin)
            shown.addprevious(old)
        for key, value in shown.attrib.items():
            old.set(key, value)
    return rpr


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


def heading_text_like(template_text: str, heading: str) -> str:
    """The new heading written the way the document writes its headings: capitals, a leading
    marker ("■"), a trailing colon."""
    text = heading.upper() if _written_in_capitals(template_text) else heading
    stripped = template_text.strip()
    marker = re.match(r"^([■□●○▪◆◇★☆►▶]+\s*)", stripped)
    if marker:
        text = marker.group(1) + text
    if stripped.endswith((":", "：")):
        text += stripped[-1]
    return text


def _heading_paragraph(template, text: str):
    new = _strip_for_copy(template)
    # a justified heading line looks ranged left (a one-line paragraph is never stretched); the new
    # heading, longer, may wrap, and its first line would be stretched across the page
    for jc in new.xpath("./w:pPr/w:jc[@w:val='both' or @w:val='distribute']"):
        jc.getparent().remove(jc)
    before, after = _rule_runs(template)
    for run in [*_leading_space(template), *before, _run(text, _template_rpr(template)), *after]:
        new.append(run)
    return new


RULE_MAX_THICKNESS = 38100  # EMU (3 pt): a line or a thin bar
RULE_MIN_LENGTH = 914400  # EMU (1 inch): across the page, not an icon
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
WP14 = "{http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing}"


def _rule_runs(p, min_length: int = RULE_MIN_LENGTH) -> tuple[list, list]:
    """Copies of the runs that draw a heading's rule as a shape (a long thin line or bar, with no
    text or picture in it), those before its text and those after, with fresh drawing ids: the
    new heading is ruled like the user's."""
    before, after, seen_text = [], [], False
    for run in p.xpath("./w:r"):
        if "".join(run.xpath("./w:t/text()")).strip():
            seen_text = True
            continue
        extents = run.xpath(".//wp:extent")
        if not extents or run.xpath(".//w:txbxContent | .//a:blip | .//pic:pic"):
            continue
        sizes = [(int(e.get("cx", "0") or 0), int(e.get("cy", "0") or 0)) for e in extents]
        if all(cy <= RULE_MAX_THICKNESS and cx >= min_length and cx > cy for cx, cy in sizes):
            (after if seen_text else before).append(run)
    if not before and not after:
        return [], []
    ids = [int(v) for v in p.getroottree().getroot().xpath("//wp:docPr/@id") if v.isdigit()]
    next_id = max(ids, default=0) + 1
    copies = []
    for group in (before, after):
        out = []
        for run in group:
            new = deepcopy(run)
            for fallback in new.iter(MC + "Fallback"):  # the VML copy: its ids would repeat the user's
                fallback.getparent().remove(fallback)
            for frame in new.xpath(".//wp:anchor | .//wp:inline"):
                for attr in (WP14 + "anchorId", WP14 + "editId"):
                    frame.attrib.pop(attr, None)
            for doc_pr in new.xpath(".//wp:docPr"):
                doc_pr.set("id", str(next_id))
                next_id += 1
            out.append(new)
        copies.append(out)
    return copies[0], copies[1]


def _leave_the_count(p, part) -> None:
    """Take ``p`` (a copy of a heading) out of a numbered list ("1. Pendidikan", "2. Pengalaman
    Kerja"): placed first, it would take number 1 and renumber every heading of the user's after it.
    A bulleted heading keeps its bullet (a bullet counts nothing). The indent stays: the text lines
    up with the numbered headings' text."""
    numbering = p.find(qn("w:pPr") + "/" + qn("w:numPr"))
    num_id = numbering.find(qn("w:numId")) if numbering is not None else None
    if num_id is None:
        return
    level = numbering.find(qn("w:ilvl"))
    ilvl = level.get(qn("w:val"), "0") if level is not None else "0"
    try:
        defined = part.numbering_part.element
    except (KeyError, NotImplementedError):
        return
    nid = num_id.get(qn("w:val"))
    abstract = defined.xpath(f"./w:num[@w:numId='{nid}']/w:abstractNumId/@w:val")
    lvl = defined.xpath(f"./w:abstractNum[@w:abstractNumId='{abstract[0]}']/w:lvl[@w:ilvl='{ilvl}']") if abstract \
        else []
    fmt = lvl[0].find(qn("w:numFmt")) if lvl else None
    if fmt is not None and fmt.get(qn("w:val")) not in ("bullet", "none"):
        ppr = numbering.getparent()
        indent = ppr.find(qn("w:ind"))
        lvl_ind = lvl[0].findall(qn("w:pPr") + "/" + qn("w:ind"))
        ppr.remove(numbering)
        if indent is None and lvl_ind:  # the level's indent, without its hanging number
            left = lvl_ind[0].get(qn("w:left")) or lvl_ind[0].get(qn("w:start"))
            if left is not None:
                indent = OxmlElement("w:ind")
                indent.set(qn("w:left"), left)
                _insert_in_ppr(ppr, indent)


def _insert_in_ppr(ppr, el) -> None:
    """Put ``el`` (w:ind) in ``ppr`` where the schema's order wants it: before jc, rPr and the rest."""
    later = {qn(f"w:{t}") for t in ("contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
                                     "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
                                     "sectPr", "pPrChange")}
    following = next((c for c in ppr if c.tag in later), None)
    if following is not None:
        following.addprevious(el)
    else:
        ppr.append(el)


def _rule_paragraph(p):
    """A copy of the paragraph under a heading that only draws its rule (a line shape anchored in
    an empty paragraph after the heading's text), for the new heading; None if there is none."""
    if not _is_drawing_only(p):
        return None
    drawn = p.xpath("./w:r[.//w:drawing or .//w:pict]")
    # alone in its paragraph under the heading, a thin line is the heading's rule however short
    # (an accent under the word, as templates draw it); beside a heading's text only a long one is
    rule, _ = _rule_runs(p, min_length=1)
    if not rule or len(rule) != len(drawn):
        return None  # a picture, or more than a rule
    new = _strip_for_copy(p)
    for run in rule:
        new.append(run)
    return new


def _leading_space(p) -> list:
    """Copies of the runs of spaces or tabs a heading is typed after (how some resumes indent
    their headings), so the new heading starts where theirs do."""
    out = []
    for run in p.xpath("./w:r"):
        pieces = [el for el in run if el.tag in (qn("w:t"), qn("w:tab"))]
        if not pieces:
            continue
        text = "".join(el.text or "" for el in pieces if el.tag == qn("w:t"))
        if not text.strip():
            out.append(deepcopy(run))
            continue
        lead = text[:len(text) - len(text.lstrip())]
        if lead and pieces[0].tag == qn("w:t"):
            rpr = run.find(qn("w:rPr"))
            out.append(_run(lead, rpr))
        break
    return out


def _unhang_columns(new, template) -> None:
    """An entry copied from a line laid out in columns ("2015 – heden<tab>:MBO ICT ...", a hanging
    indent as deep as its tab stop, the value column) starts where that line starts and wraps there
    too: the entry has no tab, and under the hanging indent its second line would jump to the value
    column. A hanging indent with no tab stop where it wraps is how the user's entries wrap: kept."""
    ind = new.find(qn("w:pPr") + "/" + qn("w:ind"))
    if ind is None or not template.xpath("./w:r/w:tab"):
        return
    try:
        hanging = int(ind.get(qn("w:hanging")) or 0)
        left = int(ind.get(qn("w:left")) or ind.get(qn("w:start")) or 0)
    except ValueError:
        return
    stops = {t.get(qn("w:pos")) for t in template.xpath("./w:pPr/w:tabs/w:tab")}
    if hanging <= 0 or str(left) not in stops:
        return  # a wrap indent of the user's own entries (no tab stop where it wraps): theirs too
    del ind.attrib[qn("w:hanging")]
    key = qn("w:left") if ind.get(qn("w:left")) is not None or ind.get(qn("w:start")) is None else qn("w:start")
    ind.set(key, str(max(0, left - hanging)))


def _entry_paragraph(template, part, text: str, url: str | None):
    new = _strip_for_copy(template)
    _align_to_start(new)
    _unhang_columns(new, template)
    rpr = _template_rpr(template, prefer_plain=True)
    new.append(_run(text, rpr))
    if url:
        new.append(_run(SEPARATOR, rpr))
        new.append(_hyperlink(part, url, "Show credential", rpr))
    return new


def _is_empty_paragraph(el) -> bool:
    return el is not None and el.tag == W_P and not paragraph_text(el).strip() and not el.xpath(
        ".//w:drawing | .//w:pict | .//w:object")


def _is_drawing_only(el) -> bool:
    """A paragraph holding only a drawing (a rule or a picture), no text."""
    return el is not None and el.tag == W_P and not paragraph_text(el).strip() and bool(
        el.xpath(".//w:drawing | .//w:pict"))


def _centred(p) -> bool:
    return bool(p.xpath("./w:pPr/w:jc[@w:val='center']"))


def _off_start(p) -> bool:
    """Centred, or aligned to the far margin (a dated line pushed right), unlike running text;
    a right-to-left paragraph's own alignment is left alone."""
    if p.xpath("./w:pPr/w:bidi[not(@w:val='0') and not(@w:val='false')]"):
        return _centred(p)
    return bool(p.xpath("./w:pPr/w:jc[@w:val='center' or @w:val='right' or @w:val='end']"))


def _align_to_start(p) -> None:
    """An entry copied from an off-start line starts at the margin like running text."""
    if _off_start(p):
        for jc in p.xpath("./w:pPr/w:jc"):
            jc.getparent().remove(jc)


def _all_bold(p) -> bool:
    runs = [r for r in p.xpath("./w:r") if "".join(r.xpath("./w:t/text()")).strip()]
    return bool(runs) and all(r.xpath("./w:rPr/w:b[not(@w:val='0') and not(@w:val='false')]") for r in runs)


def _body_template(found: Layout, heading: Heading | None, within=None):
    """A body paragraph to copy for entries: the first plain line of the section (no heading look,
    not centred, not a contact line, not a bold label), else of a later section; failing that the
    first line that is at least not centred and not bold, then any line."""
    headings = [h for h in found.headings if heading is None or h.index >= heading.index]
    heading_elements = {h.element for h in found.headings}
    candidates = []
    for h in headings:
        for b in found.section_blocks(h):
            if not b.text or b.element in heading_elements or b.box is not None:
                continue
            if within is not None and not _has_ancestor(b.element, within):
                continue
            if CONTACT.search(b.text) and len(b.text) < 80:
                continue
            candidates.append(b.element)
            if not _off_start(b.element) and not _all_bold(b.element) and found.plain(b.element):
                return b.element
            if len(candidates) > 60:
                break
        if within is not None:
            break
    fair = [p for p in candidates if not _off_start(p) and not _all_bold(p)]
    return (fair or candidates or [None])[0]


def _has_ancestor(el, ancestor) -> bool:
    anc = el.getparent()
    while anc is not None:
        if anc is ancestor:
            return True
        anc = anc.getparent()
    return False


# ---- page layout rows ----------------------------------------------------------------------------

def _row_text_length(tr) -> int:
    return sum(len(paragraph_text(p)) for p in tr.iter(W_P))


def _page_layout_rows(found: Layout) -> list[tuple]:
    """(row, its text length) for each table row holding two or more sections' headings: a row
    that lays out the page (a sidebar beside a main column), not one record of a section."""
    sections = [h for h in found.headings if h.kind not in ("title", "personal")]
    rows = {}
    for h in sections:
        anc = h.element.getparent()
        while anc is not None:
            if anc.tag == W_TR:
                rows.setdefault(anc, []).append(h)
            anc = anc.getparent()
    return [(tr, _row_text_length(tr)) for tr, hs in rows.items() if len(hs) >= 2]


def _keeps_with_next(document, p) -> bool:
    """Whether paragraph ``p`` keeps with the next: its own ``w:keepNext``, else its style's
    (through the styles it is based on), else the document's default paragraph style's."""
    def flag(ppr):
        el = ppr.find(qn("w:keepNext")) if ppr is not None else None
        return None if el is None else el.get(qn("w:val"), "true") not in ("0", "false", "off")

    own = flag(p.find(qn("w:pPr")))
    if own is not None:
        return own
    styles = document.styles.element
    by_id = {s.get(qn("w:styleId")): s for s in styles.findall(qn("w:style"))
             if s.get(qn("w:type")) == "paragraph"}
    style_id = p.find(qn("w:pPr") + "/" + qn("w:pStyle"))
    style = by_id.get(style_id.get(qn("w:val"))) if style_id is not None else None
    if style is None:
        style = next((s for s in by_id.values() if s.get(qn("w:default")) in ("1", "true", "on")), None)
    seen = set()
    while style is not None and id(style) not in seen:
        seen.add(id(style))
        value = flag(style.find(qn("w:pPr")))
        if value is not None:
            return value
        based = style.find(qn("w:basedOn"))
        style = by_id.get(based.get(qn("w:val"))) if based is not None else None
    return bool(flag(styles.find(qn("w:docDefaults") + "/" + qn("w:pPrDefault") + "/" + qn("w:pPr"))))


def _first_paragraph(tc):
    """The cell's first paragraph (inside a content control when the cell opens with one), or
    None when it opens with a nested table."""
    el = next((c for c in tc if c.tag != qn("w:tcPr")), None)
    while el is not None and el.tag in (W_SDT, W_SDT_CONTENT):
        el = next((c for c in el if c.tag in (W_P, W_TBL, W_SDT, W_SDT_CONTENT)), None)
    return el if el is not None and el.tag == W_P else None


def _let_row_break(document, tr) -> None:
    """Let a page-layout row that tailoring made longer break across pages, rather than move
    whole to the next page and leave the page above it holding only what precedes the row (a
    one-page sidebar resume's page 1 holding only the name). A row keeps whole when it is marked
    ``w:cantSplit`` or, in LibreOffice, when its cell opens with a paragraph kept with the next
    (a heading style's "keep with next"); both are lifted for this row only. A heading at a cell's
    top has nothing above it in the cell to be kept apart from, so nothing else changes."""
    trpr = tr.find(qn("w:trPr"))
    if trpr is not None:
        for el in trpr.findall(qn("w:cantSplit")):
            trpr.remove(el)
    for tc in tr.findall(W_TC):
        p = _first_paragraph(tc)
        if p is None or not _keeps_with_next(document, p):
            continue
        ppr = p.find(qn("w:pPr"))
        if ppr is None:
            ppr = OxmlElement("w:pPr")
            p.insert(0, ppr)
        for el in ppr.findall(qn("w:keepNext")):
            ppr.remove(el)
        off = OxmlElement("w:keepNext")
        off.set(qn("w:val"), "0")
        style = ppr.find(qn("w:pStyle"))  # the schema's order: pStyle, then keepNext
        if style is not None:
            style.addnext(off)
        else:
            ppr.insert(0, off)


# ---- placement ---------------------------------------------------------------------------------

def _cell_width(tc) -> int:
    w = tc.find(qn("w:tcPr") + "/" + qn("w:tcW"))
    try:
        return int(w.get(qn("w:w"))) if w is not None else 0
    except (TypeError, ValueError):
        return 0


def _main_column_anchor(found: Layout, anchor: Heading) -> Heading:
    """In a two-column table, the first heading of the main column (the wider cell not holding
    the name) instead of a sidebar heading. A sidebar built of tables of its own (a photo table, a
    contact table) sits in a cell of the outer table: the first row with two cells or more, going
    out from the heading, is the one that splits the page into columns."""
    block = found.block(anchor.element)
    if block is None or block.cell is None:
        return anchor
    name = found.name.element if found.name is not None else None
    cell = block.cell
    while cell is not None:
        cells = [tc for tc in cell.getparent() if tc.tag == W_TC]
        if len(cells) >= 2:
            break
        cell = next((a for a in cell.iterancestors(W_TC)), None)
    if cell is None:
        return anchor
    mine = _cell_width(cell)
    name_here = name is not None and (name is cell or _has_ancestor(name, cell))
    for tc in cells:
        if tc is cell:
            continue
        inside = [h for h in found.headings if h.index > (found.name.index if found.name else -1)
                  and h.kind not in ("title", "personal") and _has_ancestor(h.element, tc)]
        if not inside:
            continue
        if _cell_width(tc) > mine or name_here:
            if name is not None and _has_ancestor(name, tc):
                continue
            return inside[0]
    return anchor


def _cell_texts(tc) -> list[str]:
    return [t for p in tc.iter(W_P) if (t := paragraph_text(p).strip())]


def _clear_cell(tc):
    for child in list(tc):
        if child.tag != qn("w:tcPr"):
            tc.remove(child)


def _place_new_section(found: Layout, anchor: Heading, heading_el, entries: list) -> None:
    """Put the heading and entries before the first section, the way its layout allows."""
    block = found.block(anchor.element)
    el = anchor.element
    spacer = el.getprevious()
    trailing = [deepcopy(spacer)] if _is_empty_paragraph(spacer) and spacer.find(qn("w:pPr") + "/" + qn(
        "w:sectPr")) is None else []
    if block.cell is None or _section_continues_in(el):
        rule = _rule_paragraph(anchor.element.getnext())
        while el.getparent().tag == W_SDT_CONTENT and el.getprevious() is None:
            el = el.getparent().getparent()  # a heading that is a content control's first line: before the control
        for new in [heading_el, *([rule] if rule is not None else []), *entries, *trailing]:
            el.addprevious(new)
        return
    tc = block.cell
    tr = tc.getparent()
    tbl = tr.getparent()
    cells = [c for c in tr if c.tag == W_TC]
    others = [c for c in cells if c is not tc and _cell_texts(c)]
    column = cells.index(tc)
    if not others:  # the heading is the only text of its row: a heading row
        nxt = tr.getnext()
        while nxt is not None and nxt.tag != W_TR:
            nxt = nxt.getnext()
        if nxt is not None and len(_cell_texts_row(nxt)) > 0:
            head_row = deepcopy(tr)
            head_cell = [c for c in head_row if c.tag == W_TC][column]
            _clear_cell(head_cell)
            head_cell.append(heading_el)
            originals = [c for c in nxt if c.tag == W_TC]
            main = max(range(len(originals)), key=lambda i: sum(len(t) for t in _cell_texts(originals[i])))
            widths = [_cell_width(c) for c in originals]
            if sum(widths) and widths[main] * 2 >= sum(widths):  # a wide content column: entries go there
                body_row = deepcopy(nxt)
                template = _cell_template(found, originals[main])
                for i, c in enumerate(c for c in body_row if c.tag == W_TC):
                    _clear_cell(c)
                    if i == main:
                        for p in _rebuild(entries, template):
                            c.append(p)
                    else:
                        c.append(OxmlElement("w:p"))
            else:  # narrow columns (place | employer | dates): entries span the heading row's width
                body_row = deepcopy(tr)
                body_cell = _merge_row(body_row)
                _clear_cell(body_cell)
                _plain_cell(body_cell)
                for p in entries:
                    body_cell.append(p)
            for row in (head_row, body_row):
                _fit_rows(row, heading_el)
            tr.addprevious(head_row)
            tr.addprevious(body_row)
            return
        # a heading in a table of its own (a shaded or ruled heading bar): copy the table
        new_tbl = deepcopy(tbl)
        rows = [r for r in new_tbl if r.tag == W_TR]
        first_row = rows[list(tbl).index(tr) - list(tbl).index(next(r for r in tbl if r.tag == W_TR))] \
            if tr in list(tbl) else rows[0]
        for row in rows:
            if row is not first_row:
                new_tbl.remove(row)
        head_cell = [c for c in first_row if c.tag == W_TC][column]
        _clear_cell(head_cell)
        head_cell.append(heading_el)
        _fit_rows(first_row, heading_el)
        tbl.addprevious(new_tbl)
        after = tbl.getnext()
        template = None
        while after is not None and template is None:
            if after.tag == W_P and paragraph_text(after).strip():
                template = after
            elif after.tag == W_TBL:
                template = next((p for p in after.iter(W_P) if paragraph_text(p).strip() and not _all_bold(p)), None)
            after = after.getnext()
        for p in _rebuild(entries, template):
            tbl.addprevious(p)
        return
    # a label | content row: a new row with the heading in the label cell and entries beside it
    new_row = deepcopy(tr)
    new_cells = [c for c in new_row if c.tag == W_TC]
    content = max((i for i in range(len(cells)) if i != column), key=lambda i: sum(len(t) for t in
                                                                                   _cell_texts(cells[i])))
    template = _cell_template(found, cells[content])
    for i, c in enumerate(new_cells):
        _clear_cell(c)
        if i == column:
            c.append(heading_el)
        elif i == content:
            for p in _rebuild(entries, template):
                c.append(p)
        else:
            c.append(OxmlElement("w:p"))
    _fit_rows(new_row, heading_el)
    tr.addprevious(new_row)
    spacer = _spacer_row_before(new_row)
    if spacer is not None:  # sections apart by an empty row: the new one too, from the first section
        tr.addprevious(deepcopy(spacer))


def _spacer_row_before(tr):
    """The empty row right above ``tr`` (no text in any cell), if any: how a label table sets its
    sections apart."""
    prev = tr.getprevious()
    while prev is not None and prev.tag != W_TR:
        if prev.tag in (W_TBL, W_P):
            return None
        prev = prev.getprevious()
    if prev is None or any(_cell_texts(c) for c in prev if c.tag == W_TC):
        return None
    return prev


def _longest_line(text: str, lines: int) -> int:
    """The characters of the longest line when ``text`` is wrapped at spaces onto ``lines`` lines
    as evenly as it goes."""
    words = text.split()
    for width in range(max((len(w) for w in words), default=0), len(text) + 1):
        count, current = 1, 0
        for w in words:
            add = len(w) if current == 0 else current + 1 + len(w)
            if add > width:
                count, current = count + 1, len(w)
            else:
                current = add
        if count <= lines:
            return width
    return len(text)


def _fit_rows(row, heading_el) -> None:
    """A copied row grows with what it now holds: an exact height (sized for the user's short
    heading) becomes a minimum, and a cell that turns its text sideways is made tall enough for
    the new heading to run in it on no more lines than fit across the cell."""
    trpr = row.find(qn("w:trPr"))
    height = trpr.find(qn("w:trHeight")) if trpr is not None else None
    if height is not None and height.get(qn("w:hRule")) == "exact":
        height.set(qn("w:hRule"), "atLeast")
    for tc in row.iter(W_TC):
        direction = tc.find(qn("w:tcPr") + "/" + qn("w:textDirection"))
        if direction is None or direction.get(qn("w:val")) not in ("btLr", "tbRl", "tbRlV", "tbLrV", "btLrV"):
            continue
        if not any(p is heading_el for p in tc.iter(W_P)):
            continue
        text = paragraph_text(heading_el)
        sizes = [int(v) for v in heading_el.xpath(".//w:rPr/w:sz/@w:val") if v.isdigit()]
        points = (max(sizes) / 2) if sizes else 11.0
        across = max(1, int((_cell_width(tc) - 216) / (points * 1.2 * 20)))  # lines side by side in the cell
        needed = int(_longest_line(text, across) * points * 0.62 * 20) + 400  # twips along the turned text
        if trpr is None:
            trpr = OxmlElement("w:trPr")
            row.insert(1 if row.find(qn("w:tblPrEx")) is not None else 0, trpr)
        if height is None:  # in its place in the schema's order, before header/spacing/justification
            height = OxmlElement("w:trHeight")
            later = next((el for el in trpr if el.tag in {qn(t) for t in TR_PROPS_AFTER_HEIGHT}), None)
            if later is not None:
                later.addprevious(height)
            else:
                trpr.append(height)
        current = int(height.get(qn("w:val"), "0") or 0)
        height.set(qn("w:val"), str(max(current, needed)))
        height.set(qn("w:hRule"), "atLeast")


def _merge_row(tr):
    """Make the (copied) row one cell spanning all its grid columns; return that cell."""
    cells = [c for c in tr if c.tag == W_TC]
    return _merge_cells(tr, cells)


def _merge_cells(tr, cells: list):
    """Merge ``cells`` (neighbours in row ``tr``) into the first: it spans their grid columns and
    takes their width; the others leave the row. Returns the first."""
    span = sum(_span(c) for c in cells)
    width = sum(_cell_width(c) for c in cells)
    first = cells[0]
    for c in cells[1:]:
        tr.remove(c)
    tcpr = first.find(qn("w:tcPr"))
    if tcpr is None:
        tcpr = OxmlElement("w:tcPr")
        first.insert(0, tcpr)
    tcw = tcpr.find(qn("w:tcW"))
    if tcw is not None and width:
        tcw.set(qn("w:w"), str(width))
    if span > 1:
        gs = tcpr.find(qn("w:gridSpan"))
        if gs is None:
            gs = OxmlElement("w:gridSpan")
            tcpr.insert(1 if tcw is not None else 0, gs)
        gs.set(qn("w:val"), str(span))
    return first


def _plain_cell(tc) -> None:
    """Drop a copied heading cell's borders and shading so entries do not look like a heading."""
    tcpr = tc.find(qn("w:tcPr"))
    if tcpr is not None:
        for tag in ("w:tcBorders", "w:shd"):
            el = tcpr.find(qn(tag))
            if el is not None:
                tcpr.remove(el)


def _cell_template(found: Layout, tc):
    """The cell's first plain paragraph (else its first non-empty one) for entries to copy."""
    filled = [p for p in tc.iter(W_P) if paragraph_text(p).strip()]
    plain = [p for p in filled if not _all_bold(p) and found.plain(p)]
    return (plain or filled or [None])[0]


def _cell_texts_row(tr) -> list[str]:
    return [t for p in tr.iter(W_P) if (t := paragraph_text(p).strip())]


def _rebuild(entries: list, template) -> list:
    """Entry paragraphs restyled on ``template`` (keeping their runs and hyperlinks)."""
    if template is None:
        return entries
    out = []
    for entry in entries:
        new = _strip_for_copy(template)
        _align_to_start(new)
        rpr = _template_rpr(template, prefer_plain=True)
        for child in entry:
            if child.tag == qn("w:pPr"):
                continue
            for run in ([child] if child.tag == qn("w:r") else child.iter(qn("w:r"))):
                old = run.find(qn("w:rPr"))
                keep = [deepcopy(x) for x in (old if old is not None else []) if x.tag in (qn("w:color"), qn("w:u"))]
                if old is not None:
                    run.remove(old)
                if rpr is not None or keep:
                    new_rpr = deepcopy(rpr) if rpr is not None else OxmlElement("w:rPr")
                    for x in keep:
                        prev = new_rpr.find(x.tag)
                        if prev is not None:
                            new_rpr.remove(prev)
                        new_rpr.append(x)
                    run.insert(0, new_rpr)
            new.append(child)
        out.append(new)
    return out


def _section_continues_in(el) -> bool:
    """The heading's section goes on in its own container (a main-column cell, the body), in
    paragraphs, tables or content controls (a template's entries are often typed in those; its
    heading may be a content control of its own, whose section goes on after it)."""
    nxt = el.getnext()
    while True:
        while nxt is None and el.getparent() is not None and el.getparent().tag == W_SDT_CONTENT:
            el = el.getparent().getparent()
            nxt = el.getnext()
        if nxt is None:
            return False
        if nxt.tag == W_P and paragraph_text(nxt).strip():
            return True
        if nxt.tag == W_TBL:
            return True
        if nxt.tag == W_SDT and any(paragraph_text(p).strip() for p in nxt.iter(W_P)):
            return True
        nxt = nxt.getnext()


def _movable(found: Layout, heading: Heading) -> list | None:
    """The heading and its section's elements when they are plain sibling paragraphs that can
    move together (token-safe), else None."""
    block = found.block(heading.element)
    if block is None or block.box is not None:
        return None
    section = [b for b in found.section_blocks(heading)]
    parent = heading.element.getparent()
    nxt = heading.element.getnext()
    if not section and nxt is not None and nxt.tag == W_TBL:
        return None  # its entries are the table under it (whose header row reads as a heading): not alone
    elements = [heading.element]
    el = heading.element.getnext()
    last = section[-1].element if section else heading.element
    if any(b.element.getparent() is not parent for b in section):
        return None
    while el is not None and section:
        if el.tag != W_P or (el.find(qn("w:pPr") + "/" + qn("w:sectPr")) is not None):
            return None
        elements.append(el)
        if el is last:
            break
        el = el.getnext()
    return elements


def _content_cell(found: Layout, heading: Heading):
    """The cell that holds the section of a heading labelling a table row (the heading ends its
    own cell and one later cell of the row holds text), or of a heading bar (the heading alone in
    its row, its section in the one cell of the next row under it), else None."""
    block = found.block(heading.element)
    if block is None or block.cell is None or _section_continues_in(heading.element):
        return None
    row = block.cell.getparent()
    cells = [c for c in row if c.tag == W_TC]
    later = [c for c in cells[cells.index(block.cell) + 1:] if _cell_texts(c)]
    if later:
        return later[0] if len(later) == 1 else None
    if any(_cell_texts(c) for c in cells if c is not block.cell):
        return None
    below = row.getnext()
    if below is None or below.tag != W_TR:
        return None
    filled = [c for c in below if c.tag == W_TC and _cell_texts(c)]
    if len(filled) != 1 or not _grid_range(filled[0]) & _grid_range(block.cell):
        return None
    first = next((b for b in found.blocks if b.cell is filled[0] and b.text), None)
    if first is None or any(h.element is first.element for h in found.headings):
        return None  # the next row opens a section of its own
    return filled[0]


def _labels_a_row_of_columns(found: Layout, heading: Heading) -> bool:
    """The heading is its row's label (its first text, alone in its cell) and the row's later cells
    are columns of its entries (dates | issuers | names, one line each): a table that can take one
    more row, not a form whose labels and values share rows."""
    block = found.block(heading.element)
    if block is None or block.cell is None:
        return False
    cells = [c for c in block.cell.getparent() if c.tag == W_TC]
    texts = [i for i, c in enumerate(cells) if _cell_texts(c)]
    column = cells.index(block.cell)
    return texts[0] == column and _cell_texts(block.cell) == [heading.text] and \
        all(len(_cell_texts(cells[i])) >= 2 for i in texts[1:])


def _add_row_under_columns(found: Layout, heading: Heading, entries: list) -> None:
    """A row after the heading's row: the label's column left empty, the columns after it merged
    into one cell holding the entries in the look of the row's longest column."""
    tc = found.block(heading.element).cell
    tr = tc.getparent()
    cells = [c for c in tr if c.tag == W_TC]
    column = cells.index(tc)
    filled = [i for i, c in enumerate(cells) if i > column and _cell_texts(c)]
    first, last = filled[0], filled[-1]
    widest = max(filled, key=lambda i: sum(len(t) for t in _cell_texts(cells[i])))
    template = _cell_template(found, cells[widest])
    row = deepcopy(tr)
    new_cells = [c for c in row if c.tag == W_TC]
    for c in new_cells:
        _clear_cell(c)
        for merge in c.xpath("./w:tcPr/w:vMerge"):
            merge.getparent().remove(merge)
        c.append(OxmlElement("w:p"))
    keep = _merge_cells(row, new_cells[first:last + 1])
    _clear_cell(keep)
    for p in _rebuild(entries, template):
        keep.append(p)
    _fit_rows(row, heading.element)
    tr.addnext(row)


def _text_child(tc, last: bool = False):
    """The child of ``tc`` holding its first (or ``last``) line of text (a paragraph or a nested table)."""
    lines = [p for p in tc.iter(W_P) if paragraph_text(p).strip()]
    child = lines[-1] if last else lines[0]
    while child.getparent() is not tc:
        child = child.getparent()
    return child


def _last_of_stacked_labels(found: Layout, heading: Heading) -> bool:
    """The heading is the last of several labels stacked in one cell ('ESTUDIOS SECUNDARIOS',
    'ESTUDIOS ACTUALES', 'CURSOS' beside their lines in the next cell): the lines beside it are the
    last of the content cell, and new entries go after them, not beside the first label. A glyph
    line above it (an icon) is no label."""
    block = found.block(heading.element)
    for p in block.cell.iter(W_P):
        if p is heading.element:
            return False
        if sum(c.isalpha() for c in paragraph_text(p)) >= 2:
            return True
    return False


def _form_label(found: Layout, heading: Heading) -> bool:
    """A heading that is one label among others in a form row (a rirekisho, a grid)."""
    block = found.block(heading.element)
    if block is None or block.cell is None or _section_continues_in(heading.element):
        return False
    tr = block.cell.getparent()
    others = [c for c in tr if c.tag == W_TC and c is not block.cell and _cell_texts(c)]
    return len(others) >= 2


def _heads_blank_records(found: Layout, heading: Heading) -> bool:
    """A heading alone in its row over a grid of record rows (three or more cells each) with rows
    left blank to fill in, their cells empty or holding a unit ("年", "月"): a rirekisho's licences
    grid, a form whose entries belong in its rows, not under its heading."""
    block = found.block(heading.element)
    if block is None or block.cell is None:
        return False
    tr = block.cell.getparent()
    if len(_cell_texts(block.cell)) != 1 or any(_cell_texts(tc) for tc in tr
                                                if tc.tag == W_TC and tc is not block.cell):
        return False  # the heading alone in its cell and row (not one line of a page-tall layout cell)
    below = [r for r in tr.itersiblings() if r.tag == W_TR]
    if not below or len(below[0].findall(W_TC)) < 3:
        return False
    return any(len(cells) >= 3 and all(len("".join(_cell_texts(tc))) <= 1 for tc in cells)
               for cells in (r.findall(W_TC) for r in below))


PICTURE_OVERLAP = ("A picture on your resume floats over the top of the section it sits beside, where the new "
                   "section now is: open the tailored resume and move the picture so it covers no text.")


def _picture_reaches_above(found: Layout, anchor: Heading) -> bool:
    """A floating picture (not wrapped by text) anchored at the top of the first section (its
    heading's line or row, or the next few) and set to reach up above its anchor, as a photo beside
    the first heading is: the section now above that heading lies under it."""
    block = found.block(anchor.element)
    if block is not None and block.cell is not None:  # the heading's cell and the cells under it
        cell = block.cell
        holders = [cell]
        span = _grid_range(cell)
        nxt = cell.getparent().getnext()
        while nxt is not None and nxt.tag != W_TR:
            nxt = nxt.getnext()
        if nxt is not None:
            holders += [tc for tc in nxt if tc.tag == W_TC and _grid_range(tc) & span]
    else:
        holders, el = [], anchor.element
        while el is not None and len(holders) < 4:
            if el.tag == W_P:
                holders.append(el)
            el = el.getnext()
    for holder in holders:
        for position in holder.xpath(".//wp:anchor[wp:wrapNone]/wp:positionV"):
            offset = position.find(qn("wp:posOffset"))
            if position.get("relativeFrom") in ("paragraph", "line") and offset is not None and \
                    (offset.text or "0").lstrip("-").isdigit() and int(offset.text) < 0:
                return True
    return False


def _grid_range(tc) -> set[int]:
    """The grid columns a cell spans."""
    start = 0
    for other in tc.getparent():
        if other is tc:
            break
        if other.tag == W_TC:
            start += _span(other)
    return set(range(start, start + _span(tc)))


def _span(tc) -> int:
    gs = tc.find(qn("w:tcPr") + "/" + qn("w:gridSpan"))
    value = gs.get(qn("w:val"), "1") if gs is not None else "1"
    return int(value) if value.isdigit() else 1


def _fill_in_fields(cell) -> int:
    """Content controls and legacy form fields in the table holding ``cell`` (its outermost table):
    a form to fill in, not a layout to extend. A temporary control (``w:temporary``, gone once typed
    over) is a template's prompt, not a field: a resume made from a template keeps a few. Nor is a
    repeating section or one of its items (``w15:repeatingSection``): a template's list of entries
    (skills, degrees), made to take one more."""
    if cell is None:
        return 0
    table = None
    anc = cell.getparent()
    while anc is not None:
        if anc.tag == W_TBL:
            table = anc
        anc = anc.getparent()
    if table is None:
        return 0
    return len(table.xpath(".//w:sdt[not(w:sdtPr/w:temporary) and not(w:sdtPr/*[local-name()='repeatingSection'"
                           " or local-name()='repeatingSectionItem'])] | .//w:ffData"))


def _newspaper_column(el) -> str | None:
    """Why ``el`` cannot take new lines in its column of a multi-column (newspaper) section, counting
    column breaks from the section's start: "narrow" (a column under half the widest), "flows" (a
    column but the last of unequal columns: lines added there push its last lines over into the
    next column, a sidebar's skills landing on top of the main column, whatever its width), or
    None."""
    top = el
    while top.getparent() is not None and top.getparent().tag != qn("w:body"):
        top = top.getparent()
    if top.getparent() is None:
        return None
    sect, nxt = None, top
    while nxt is not None and sect is None:
        sect = nxt.find(qn("w:pPr") + "/" + qn("w:sectPr")) if nxt.tag == W_P else None
        if nxt.tag == qn("w:sectPr"):
            sect = nxt
        nxt = nxt.getnext()
    cols = sect.find(qn("w:cols")) if sect is not None else None
    if cols is None:
        return None
    widths = [int(c.get(qn("w:w"), "0") or 0) for c in cols.findall(qn("w:col"))]
    count = int(cols.get(qn("w:num"), "1") or 1) if not widths else len(widths)
    if count < 2 or not widths or max(widths) == 0:
        return None  # equal columns: none is narrow
    breaks, prev = 0, top.getprevious()
    while prev is not None and prev.find(qn("w:pPr") + "/" + qn("w:sectPr")) is None:
        breaks += len(prev.xpath(".//w:br[@w:type='column']"))
        prev = prev.getprevious()
    before_el = 0
    for br in top.xpath(".//w:br[@w:type='column']"):
        if _precedes(br, el):
            before_el += 1
    column = (breaks + before_el) % len(widths)
    if widths[column] < NARROW_COLUMN * max(widths):
        return "narrow"
    return "flows" if column < len(widths) - 1 and len(set(widths)) > 1 else None


def _columns_laid_out_below(el) -> bool:
    """A continuous section of unequal newspaper columns, laid out by hand with column breaks,
    follows ``el`` on the same page (no page break between): lines added at ``el`` push it down,
    its first column runs past the page's foot into the next column and the break sends what the
    next column held to another page (a skills column's headings away from their icons)."""
    top = el
    while top.getparent() is not None and top.getparent().tag != qn("w:body"):
        top = top.getparent()
    if top.getparent() is None:
        return False
    column_break = False
    nxt = top
    while nxt is not None:
        breaks = {br.get(qn("w:type")) for br in nxt.iter(qn("w:br"))}
        if "page" in breaks or any(pb.get(qn("w:val"), "1") not in ("0", "false")
                                   for pb in nxt.iter(qn("w:pageBreakBefore"))):
            return False
        column_break = column_break or "column" in breaks
        sect = nxt.find(qn("w:pPr") + "/" + qn("w:sectPr")) if nxt.tag == W_P else (
            nxt if nxt.tag == qn("w:sectPr") else None)
        if sect is not None:
            kind = sect.find(qn("w:type"))
            cols = sect.find(qn("w:cols"))
            widths = [int(c.get(qn("w:w"), "0") or 0) for c in cols.findall(qn("w:col"))] if cols is not None else []
            if kind is None or kind.get(qn("w:val")) != "continuous":
                return False  # the section starts on a page of its own (and the next begins a new page)
            if column_break and len(set(widths)) > 1:
                return True
            column_break = False
        nxt = nxt.getnext()
    return False


def _precedes(a, b) -> bool:
    """``a`` comes before ``b`` in document order (both in one tree)."""
    for x in b.getroottree().iter():
        if x is a:
            return True
        if x is b:
            return False
    return False


# ---- the whole -----------------------------------------------------------------------------------

def _matches(entry_line: str, cert: Certification, catalog) -> bool:
    line = entry_line.casefold()
    if cert.name.casefold() in line or (cert.credential_id and cert.credential_id.casefold() in line):
        return True
    found = catalog.find(entry_line.split(DASH)[0].split(" - ")[0].split(",")[0].strip()) if catalog else None
    mine = resolve_certification(cert, catalog, getattr(catalog, "vocabulary", None))[0] if catalog else None
    return found is not None and mine is not None and found.id == mine.id


def _reason(r: RankedCertification, include_unrelated: bool) -> str:
    if r.named:
        return "the posting asks for it"
    if r.covers:
        return "it covers what the posting asks for: " + ", ".join(r.covers[:4])
    return "you asked to include unrelated certifications" if include_unrelated else "relevant"


def select(ranked: list[RankedCertification], options: TailorOptions, today: date):
    """(chosen, left out with reasons)."""
    chosen, left_out = [], []
    for r in ranked:
        cert = r.certification
        if not r.relevant and not options.include_unrelated:
            left_out.append(ChangeItem(cert.name, "not related to this posting"))
            continue
        if cert.lapsed(today) and options.expired == "omit":
            left_out.append(ChangeItem(cert.name, f"expired {month_label(cert.expires)}"))
            continue
        chosen.append(r)
    return chosen, left_out


def section_docx(heading: str, lines: list[tuple[str, str | None]]) -> bytes:
    """The certifications section alone, as a one-page .docx to paste into any resume."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    p = document.add_paragraph()
    run = p.add_run(heading)
    run.bold = True
    run.font.size = Pt(13)
    for text, url in lines:
        entry = document.add_paragraph()
        entry._p.append(_run(text))
        if url:
            entry._p.append(_run(SEPARATOR))
            entry._p.append(_hyperlink(document.part, url, "Show credential"))
    return _save(document)


def certification_section(analysis: Analysis, profile: Profile, options: TailorOptions | None = None, *,
                          catalog: Catalog, vocabulary: Vocabulary, today: date | None = None) -> TailoredResume:
    """The relevant certifications alone, as a one-page .docx to paste into any resume, and what
    went in and why (the resume itself is not changed)."""
    options = options or TailorOptions()
    today = today or date.today()
    chosen, left_out = select(rank_certifications(profile, analysis, catalog, vocabulary), options, today)
    data = section_docx(options.heading, [(entry_text(r.certification, today), r.certification.url) for r in chosen])
    summary = ChangeSummary(heading=options.heading, left_out=left_out,
                            included=[ChangeItem(r.certification.name, _reason(r, options.include_unrelated))
                                      for r in chosen],
                            unchanged_reason="You asked for the certifications section alone; your resume was "
                                             "not changed.")
    return TailoredResume(data, summary)


def tailor_document(docx_bytes: bytes, analysis: Analysis, profile: Profile, options: TailorOptions | None = None,
                    *, catalog: Catalog, vocabulary: Vocabulary, today: date | None = None) -> TailoredResume:
    """The resume with the relevant certifications at the top, and what was changed and why.

    Nothing the profile lacks is added; no line of the user's is deleted or rewritten.
    Raises ``LayoutUnsupported`` (with the section as a separate .docx) when the layout cannot
    take a section safely.
    """
    options = options or TailorOptions()
    today = today or date.today()
    document = check_docx(docx_bytes)
    found = read_layout(document)
    if not any(b.text for b in found.blocks):
        raise NotADocx("The document has no text to tailor: is your resume a scanned image? Upload the .docx you "
                       "typed it in.")
    summary = ChangeSummary()
    summary.unmentioned_skills = unmentioned_skills(found, analysis, profile, vocabulary)
    page_rows = _page_layout_rows(found)

    ranked = rank_certifications(profile, analysis, catalog, vocabulary)
    chosen, left_out = select(ranked, options, today)
    lines = [b.text for b in found.blocks if b.text]
    fresh = []
    for r in chosen:
        if any(_matches(line, r.certification, None) for line in lines):
            left_out.append(ChangeItem(r.certification.name, "already on your resume"))
        else:
            fresh.append(r)
    summary.left_out = left_out
    appended = _append_skills(found, summary.unmentioned_skills, document.part) if options.append_skills else []
    if options.reorder_skills:
        _reorder_skills(found, analysis, profile, vocabulary)
    lines_now = Counter(t for b in found.blocks if (t := paragraph_text(b.element).strip()))  # after opt-in edits

    if not fresh:
        if not ranked:
            summary.unchanged_reason = "Your profile lists no certifications: add them on the Profile page."
        elif chosen:
            summary.unchanged_reason = "Every relevant certification is already on your resume."
        else:
            summary.unchanged_reason = "None of your certifications is relevant to this posting (or they have expired)."
        if appended or options.reorder_skills:
            summary.changed = bool(appended)
            return TailoredResume(_save(document, page_rows) if appended else docx_bytes, summary)
        return TailoredResume(docx_bytes, summary)  # the resume stays exactly as it was

    texts = [(entry_text(r.certification, today), r.certification.url) for r in fresh]
    existing = _existing_section(found)
    sections = [h for h in found.headings if h.kind not in ("title", "personal")]
    boxed = found.textbox_share() > MAX_TEXTBOX_SHARE or (not sections and found.textbox_share()
                                                          >= MIN_TEXTBOX_SHARE_WITHOUT_HEADINGS)
    anchor = found.first_section
    if anchor is not None:
        anchor = _main_column_anchor(found, anchor)
    target = existing if existing is not None else anchor
    target_block = found.block(target.element) if target is not None else None
    # the first section's label drawn in a floating box beside its content's box: the new section goes
    # in the body before the band of boxes, which moves down with its anchors
    band = boxed_band_start(target_block) if existing is None and target_block is not None else None
    why = None
    if boxed or (target_block is not None and target_block.box is not None and band is None):
        why = ("this resume keeps its content in text boxes, which do not grow: a new section would be drawn "
               "over your other text")
    elif existing is not None and (_form_label(found, existing) and not _labels_a_row_of_columns(found, existing)
                                   or _heads_blank_records(found, existing)):
        why = "this resume is a fixed form (a grid of labelled boxes) with no room for new lines"
    elif target_block is not None and _fill_in_fields(target_block.cell) >= MIN_FORM_FIELDS:
        why = "this resume is a form with fill-in fields, which keeps its sections in fixed places"
    elif target is not None and (column := _newspaper_column(target.element)) is not None:
        why = ("the first section's heading sits in a narrow newspaper column beside your header: a new section "
               "there would be squeezed into that column" if column == "narrow" else
               "the first section's heading sits in a newspaper column that flows into the next one: a new "
               "section there would push that column's last lines over into the next")
    elif target is not None and _columns_laid_out_below(target.element):
        why = ("columns laid out by hand follow your header on the first page: a new section above them would "
               "push their first column past the foot of the page and its last lines into the next column")
    if why is not None:
        section = section_docx(options.heading, texts)
        raise LayoutUnsupported(f"Your resume was left as it is: {why}. Download the certifications section as a "
                                "separate one-page .docx and paste it where it fits.", reason=why,
                                section_docx=section)

    part = document.part
    summary.included = [ChangeItem(r.certification.name, _reason(r, options.include_unrelated)) for r in fresh]
    if existing is not None:
        beside = _content_cell(found, existing)
        template = _first_of(_body_template(found, existing, within=beside if beside is not None else
                                            found.block(existing.element).cell),
                             _body_template(found, anchor), existing.element)
        entries = [_entry_paragraph(template, part, text, url) for text, url in texts]
        if beside is None and _form_label(found, existing):  # a row of columns (date | issuer | name)
            _add_row_under_columns(found, existing, entries)
            summary.changed, summary.section, summary.heading = True, "merged", existing.text
            _check_nothing_lost(lines_now, document, options, texts)
            return TailoredResume(_save(document, page_rows), summary)
        if beside is not None:  # the heading labels a row: its entries are in the cell beside it
            if _last_of_stacked_labels(found, existing):  # its lines are the last of that cell
                last = _text_child(beside, last=True)
                for entry in entries:
                    last.addnext(entry)
                    last = entry
            else:
                top = _text_child(beside)
                for entry in entries:
                    top.addprevious(entry)
            summary.changed, summary.section, summary.heading = True, "merged", existing.text
            _check_nothing_lost(lines_now, document, options, texts)
            return TailoredResume(_save(document, page_rows), summary)
        group = _movable(found, existing)
        movable_anchor = anchor is not None and anchor is not existing and found.block(anchor.element).cell is None \
            and group is not None and anchor.index < existing.index and found.block(existing.element).cell is None
        if movable_anchor:
            spacer = anchor.element.getprevious()
            for el in group:
                anchor.element.addprevious(el)
            if _is_empty_paragraph(spacer):
                anchor.element.addprevious(deepcopy(spacer))
        last = existing.element
        while _is_drawing_only(last.getnext()):  # the rule drawn under the heading stays under it
            last = last.getnext()
        for entry in entries:
            last.addnext(entry)
            last = entry
        summary.changed, summary.section, summary.heading = True, "merged", existing.text
        _check_nothing_lost(lines_now, document, options, texts)
        return TailoredResume(_save(document, page_rows), summary)

    if anchor is None:
        heading_template = _any_heading(found)
        heading_text = heading_text_like(paragraph_text(heading_template) if heading_template is not None else "",
                                         options.heading)
        end = found.header_end.element if found.header_end is not None else found.blocks[0].element
        while _is_drawing_only(end.getnext()):  # past the rule or picture closing the header block
            end = end.getnext()
        template = _first_of(_text_after(end), _body_template(found, None),  # like the text it sits above
                             found.header_end.element if found.header_end is not None else None)
        heading_el = _heading_paragraph(heading_template, heading_text) if heading_template is not None else \
            _bold_heading(template, heading_text)
        _leave_the_count(heading_el, part)
        entries = [_entry_paragraph(template, part, text, url) for text, url in texts]
        last = end
        for el in [heading_el, *entries]:
            last.addnext(el)
            last = el
    else:
        heading_text = heading_text_like(anchor.text, options.heading)
        heading_el = _heading_paragraph(anchor.element, heading_text)
        _leave_the_count(heading_el, part)
        template = _first_of(_body_template(found, anchor), anchor.element)
        entries = [_entry_paragraph(template, part, text, url) for text, url in texts]
        if band is not None:
            spacer = band.getprevious()
            trailing = [deepcopy(spacer)] if _is_empty_paragraph(spacer) and spacer.find(
                qn("w:pPr") + "/" + qn("w:sectPr")) is None and not _is_drawing_only(spacer) else []
            for el in [heading_el, *entries, *trailing]:
                band.addprevious(el)
        else:
            _place_new_section(found, anchor, heading_el, entries)
        if band is None and _picture_reaches_above(found, anchor):
            summary.layout_warning = PICTURE_OVERLAP
    summary.changed, summary.section, summary.heading = True, "added", heading_text
    _check_nothing_lost(lines_now, document, options, texts)
    return TailoredResume(_save(document, page_rows), summary)


def _check_nothing_lost(before: Counter, document, options: TailorOptions, texts) -> None:
    """The last guard: every line of the user's is still there as often as before; if not, the
    resume is left alone and the section offered on its own rather than a damaged resume returned."""
    after = Counter(b.text for b in reading_order(document.element.body) if b.text)
    if before - after:
        why = "the section could not be added to this layout without changing your own lines"
        raise LayoutUnsupported(f"Your resume was left as it is: {why}. Download the certifications section as a "
                                "separate one-page .docx and paste it where it fits.", reason=why,
                                section_docx=section_docx(options.heading, texts))


def tailor_resume(docx_bytes: bytes, analysis: Analysis, profile: Profile, options: TailorOptions | None = None,
                  *, catalog: Catalog, vocabulary: Vocabulary, today: date | None = None) -> bytes:
    """The tailored resume's bytes (see ``tailor_document`` for the change summary)."""
    return tailor_document(docx_bytes, analysis, profile, options, catalog=catalog, today=today,
                           vocabulary=vocabulary).data


def _text_after(el):
    """The first paragraph of running text after ``el`` in its container (what entries placed
    there should look like), if any."""
    nxt = el.getnext()
    while nxt is not None:
        if nxt.tag == W_P and (text := paragraph_text(nxt).strip()):
            return None if CONTACT.search(text) and len(text) < 80 else nxt
        nxt = nxt.getnext()
    return None


def _first_of(*elements):
    return next((el for el in elements if el is not None), None)


def _existing_section(found: Layout) -> Heading | None:
    """The certifications section the new entries join: of several (a licences section, then one of
    certificates; trainings, then a certification), the first whose heading names certificates,
    else the first."""
    name_index = found.name.index if found.name is not None else -1
    sections = [h for h in found.headings if h.kind == "certifications" and h.index > name_index]
    return next((h for h in sections if names_certificates(h.text)), sections[0] if sections else None)


def _any_heading(found: Layout):
    for h in found.headings:
        if h.kind not in ("title", "personal"):
            return h.element
    return None


def _bold_heading(template, text: str):
    """A heading for a resume with none of its own: its body text's font and size, in bold, on a
    line of its own (no bullet, not pushed to the far margin)."""
    new = _strip_for_copy(template) if template is not None else OxmlElement("w:p")
    _align_to_start(new)
    for numbering in new.xpath("./w:pPr/w:numPr"):
        numbering.getparent().remove(numbering)
    rpr = _template_rpr(template, prefer_plain=True) if template is not None else None
    if rpr is None:
        rpr = OxmlElement("w:rPr")
    for old in rpr.findall(qn("w:b")):
        rpr.remove(old)
    after = [el for el in rpr if el.tag in (qn("w:rStyle"), qn("w:rFonts"))]
    bold = OxmlElement("w:b")
    if after:
        after[-1].addnext(bold)
    else:
        rpr.insert(0, bold)
    new.append(_run(text, rpr))
    return new


# ---- skills ------------------------------------------------------------------------------------

def _held(profile: Profile, vocabulary) -> set[str]:
    held = {s.name.casefold() for s in profile.skills}
    held |= {v.name.casefold() for s in profile.skills if (v := skill_named(s.name, vocabulary)) is not None}
    return held


def unmentioned_skills(found: Layout, analysis: Analysis, profile: Profile, vocabulary) -> list[str]:
    """Skills the posting asks for (required, or without saying preferred), that the profile
    holds, that the resume never mentions by name or alias."""
    held = _held(profile, vocabulary)
    candidates = [s for s in analysis.skills if s.requirement != Requirement.PREFERRED
                  and s.kind != SkillKind.CERTIFICATION and s.name.casefold() in held]
    if not candidates:
        return []
    folded = "\n".join(b.text for b in found.blocks if b.text).casefold()
    out = []
    for s in candidates:
        skill = vocabulary.get(s.name)
        names = {s.name, *(skill.aliases if skill is not None else ())}
        if not any(re.search(r"(?<![\w+#.])" + re.escape(n.casefold()) + r"(?![\w+#])", folded) for n in names if n):
            out.append(s.name)
    return out


def _top_level_split(text: str, delimiter: str) -> list[str] | None:
    """Items split at ``delimiter`` outside brackets; None when brackets do not balance."""
    items, depth, start, i = [], 0, 0, 0
    opening, closing = "([{（【", ")]}）】"
    while i < len(text):
        c = text[i]
        if c in opening:
            depth += 1
        elif c in closing:
            depth -= 1
            if depth < 0:
                return None
        elif depth == 0 and text.startswith(delimiter, i):
            items.append(text[start:i])
            start = i + len(delimiter)
            i = start
            continue
        i += 1
    if depth != 0:
        return None
    items.append(text[start:])
    return items


def _append_skills(found: Layout, skills: list[str], part) -> list[str]:
    """Append ``skills`` to the resume's skills section in its own format (opt-in)."""
    if not skills:
        return []
    section = next((h for h in found.headings if h.kind == "skills"), None)
    if section is None:
        return []
    lines = [b for b in found.section_blocks(section) if b.text and b.box is None]
    if not lines:
        return []
    last = lines[-1]
    label_free = last.text.split(":", 1)[1] if ":" in last.text[:40] else last.text
    delimiter = next((d for d in LIST_DELIMITERS if (items := _top_level_split(label_free, d)) and len(items) > 1),
                     None)
    if delimiter is not None:
        runs = [r for r in last.element.xpath("./w:r") if "".join(r.xpath("./w:t/text()")).strip()]
        rpr = runs[-1].find(qn("w:rPr")) if runs else None
        last.element.append(_run(delimiter + delimiter.join(skills), rpr))
        return skills
    anchor = last.element
    for skill in skills:
        new = _strip_for_copy(anchor)
        new.append(_run(skill, _template_rpr(last.element, prefer_plain=True)))
        anchor.addnext(new)
        anchor = new
    return skills


def _reorder_skills(found: Layout, analysis: Analysis, profile: Profile, vocabulary) -> None:
    """Opt-in: move the skills the posting asks for and the user has to the front of the Skills
    section. Whole lines move as elements; inside one line, items are reordered only when every
    run has the same formatting and the items split cleanly outside brackets (token-safe)."""
    from credstack.skills import find_skills

    held = _held(profile, vocabulary)
    wanted = {s.name for s in analysis.skills if s.name.casefold() in held}
    if not wanted:
        return
    for heading in [h for h in found.headings if h.kind == "skills"]:
        lines = [b.element for b in found.section_blocks(heading) if b.text and b.box is None
                 and b.element.getparent() is heading.element.getparent()]

        def asks(text: str) -> bool:
            return any(m.name in wanted for m in find_skills(text, vocabulary))

        if len(lines) > 1:
            parent = lines[0].getparent()
            if any(p.getparent() is not parent for p in lines):
                continue
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
    label, sep, items_text = text.partition(":") if ":" in text[:40] else ("", "", text)
    delimiter = next((d for d in LIST_DELIMITERS if d in items_text), None)
    if delimiter is None:
        return
    items = _top_level_split(items_text.strip(), delimiter)
    if items is None or any(not i.strip() for i in items):
        return
    items = [i.strip() for i in items]
    reordered = [i for i in items if asks(i)] + [i for i in items if not asks(i)]
    if reordered == items:
        return
    new_text = (label + sep + " " if sep else "") + delimiter.join(reordered)
    if sorted(new_text.replace(" ", "")) != sorted(text.replace(" ", "")):
        return  # not the same characters: never rewrite a line
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


def _save(document, page_rows: list | None = None) -> bytes:
    """The document's bytes; the page-layout rows (``_page_layout_rows``) that tailoring made
    longer may break across pages first (``_let_row_break``)."""
    for tr, length in page_rows or ():
        if _row_text_length(tr) > length:
            _let_row_break(document, tr)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


__all__ = ["ChangeItem", "ChangeSummary", "RankedCertification", "TailorOptions", "TailoredResume",
           "certification_section", "entry_text", "rank_certifications", "section_docx", "tailor_document",
           "tailor_resume"]
