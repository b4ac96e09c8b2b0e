"""Where things are in a resume, read the way a person reads it.

A document model over the raw WordprocessingML, so that nothing is rebuilt: every paragraph in
reading order across the body, layout-table cells (row by row), content controls and text boxes
(after the paragraph that anchors them, skipping the VML fallback copies Word writes beside the
DrawingML ones); then the header block (name, contact lines, personal details), then sections.

A heading is recognised by layout cues together (outline level, bold, capitals, small capitals,
a larger size, borders or shading, a short line followed by body text, the same look as the
document's other headings) and by a multilingual lexicon of section names. The name line is
never a heading. A section ends where the next heading of the same or a higher rank begins.
"""

from __future__ import annotations

import json
import re
import unicodedata
from copy import deepcopy
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from docx.oxml.ns import qn

W_P, W_TBL, W_TR, W_TC, W_SDT, W_SDT_CONTENT = (qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:sdt"),
                                                qn("w:sdtContent"))
W_T, W_BODY, W_TXBX, W_PPR, W_RPR = qn("w:t"), qn("w:body"), qn("w:txbxContent"), qn("w:pPr"), qn("w:rPr")
W_CUSTOM_XML, W_SMART_TAG = qn("w:customXml"), qn("w:smartTag")
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
MAX_HEADING_CHARS = 60
MAX_HEADING_WORDS = 6
MAX_CJK_HEADING_CHARS = 16
HEADER_KINDS = ("title", "personal")
CONTACT = re.compile(r"@|\+?\d[\d ().\-/]{6,}\d|linkedin|github|https?://|www\.|\b[\w-]+\.(com|org|net|io|dev|me)\b",
                     re.IGNORECASE)
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
BULLETS = "■□●○▪▫•◆◇★☆►▶–—-*·"
_CJK_OR_HANGUL = "\u3040-\u30ff\u3400-\u9fff\u1100-\u11ff\uac00-\ud7a3・"


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return text


def _key(text: str) -> str:
    """A line as the lexicon compares it: case, accents, punctuation, bullets and spaces in CJK and Hangul aside."""
    text = _fold(text).replace("&", " and ").replace("/", " ").replace("|", " ")
    text = re.sub(r"[^\w・]+", " ", text).replace("_", " ")
    text = re.sub(r"\s+", " ", text).strip()
    # Korean headings are written with or without their word space ("보유 기술", "보유기술"); folded,
    # Hangul syllables are Jamo
    return re.sub(rf"(?<=[{_CJK_OR_HANGUL}]) (?=[{_CJK_OR_HANGUL}])", "", text)


@lru_cache(maxsize=1)
def _sections_data() -> dict:
    return json.loads((resources.files("credstack") / "data" / "resume_sections.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _certifications_after_education() -> frozenset[str]:
    return frozenset(_key(n) for n in _sections_data().get("_certifications_after_education", []))


@lru_cache(maxsize=1)
def _courses_given() -> frozenset[str]:
    return frozenset(_key(n) for n in _sections_data().get("_courses_given", []))


def courses_given(text: str) -> bool:
    """A courses heading that names courses the person taught, or a degree's modules ("Courses
    taught", "Cursos ministrados", "Relevant courses"): a word of the line says so."""
    return not _courses_given().isdisjoint(_key(text).split())


@lru_cache(maxsize=1)
def _certificate_words() -> frozenset[str]:
    return frozenset(_key(n) for n in _sections_data().get("_certificate_words", []))


def names_certificates(text: str) -> bool:
    """A certifications heading that names certificates themselves ("Certificates &
    Certifications", "Certification:", "자격증"), not only licences, courses or training ("Licenses",
    "Trainings:"): a word of the line says so (a CJK word anywhere in the line)."""
    key = _key(text)
    words = _certificate_words()
    return not words.isdisjoint(key.split()) or any(CJK.search(w) and w in key for w in words)


@lru_cache(maxsize=1)
def _personal_labels() -> frozenset[str]:
    return frozenset(_key(n) for n in _sections_data().get("_personal_labels", []))


def _retype_qualifications(headings: list[Heading], by_element: dict) -> None:
    """"Qualifications" after an education section of its own is where the credentials are (a
    Cisco credential, a licence), not a second education section. Only a section heading of the
    body counts: not a label repeated for each entry of a table ("Qualification:"), nor a table's
    column header right under the education heading."""
    education = None
    texts = [_key(h.text) for h in headings]
    for h in headings:
        block = by_element.get(h.element)
        if h.kind == "education" and h.whole and education is not None and block is not None \
                and block.cell is None and h.index - education.index > 2 and texts.count(_key(h.text)) == 1 \
                and _key(h.text.strip().strip(BULLETS).rstrip(":：")) in _certifications_after_education():
            h.kind = "certifications"
        elif h.kind == "education" and education is None:
            education = h


def _retype_certificate_grids(headings: list[Heading], filled: list[Block]) -> None:
    """A section under a name that says nothing of credentials ("Достижения", achievements, or a
    name not known) whose first line is the column header of a grid naming certificates
    ("Сертификат | Год получения" over CAE, FCE): the grid lists the person's certificates, and
    the section is the certifications section."""
    for h in headings:
        if h.kind not in ("unknown", "other") or not h.whole:
            continue
        first = next((b for b in filled if b.index > h.index), None)
        if first is None or first.cell is None or any(o.index == first.index for o in headings):
            continue
        row = first.cell.getparent()
        table = row.getparent() if row is not None else None
        if table is None or table.find(W_TR) is not row or row.find(W_TC) is not first.cell:
            continue  # not the grid's first cell: a value, not its column header
        if _key(first.text.strip().rstrip(":：")) in _certificate_words() and len(table.findall(W_TR)) >= 2:
            h.kind = "certifications"


@lru_cache(maxsize=1)
def section_names() -> dict[str, str]:
    data = _sections_data()
    names: dict[str, str] = {}
    for kind, entries in data.items():
        if kind.startswith("_"):
            continue
        for entry in entries:
            names.setdefault(_key(entry), kind)
    return names


_HANGUL_JAMO = re.compile("[\u1100-\u11ff]")
_KO_RECORD_WORDS = tuple(unicodedata.normalize("NFKD", w) for w in ("사항", "내역", "현황"))
_KO_DONE_WORDS = tuple(unicodedata.normalize("NFKD", w) for w in ("취득", "이수", "보유"))


def _strip_end(key: str, words: tuple[str, ...]) -> str:
    """``key`` without one of ``words`` at its end (when something is left)."""
    return next((key[:-len(w)] for w in words if key.endswith(w) and len(key) > len(w)), key)


def _named(key: str, either_number: bool = False) -> str | None:
    """The section kind of a lexicon key, a plural last word also taken in the singular
    ("Trainings" as "training"): the lexicon lists one form of most names. A singular is taken in
    the plural only with ``either_number`` (a part of a heading that lists sections): alone, a
    singular is how a table labels one entry ("Course:" beside a course of study), not a section."""
    names = section_names()
    kind = names.get(key)
    if kind is None and CJK.search(key):
        # a Japanese heading ending in "etc." (等, など: "取得資格等", "免許・資格など") names its section
        bare = re.sub(r"(?<=[\u3040-\u30ff\u3400-\u9fff])(?:等|など|なと)$", "", key)  # など once folded
        return names.get(bare) if bare != key else None
    if kind is None and _HANGUL_JAMO.search(key):
        # a Korean form's heading names its section with a word for "details" or "record" after it,
        # and often "obtained" or "completed" before that: "면허 취득 사항" (licences obtained:
        # details), "훈련이수사항" (training completed), "출시내역" (releases: record)
        stem = _strip_end(key, _KO_RECORD_WORDS)
        stem = _strip_end(stem, _KO_DONE_WORDS)
        return names.get(stem) if stem != key else None
    if kind is not None:
        return kind
    head, _, last = key.rpartition(" ")
    if not last.isalpha() or len(last) < 5:
        return None
    if last.endswith("s"):
        return names.get(f"{head} {last[:-1]}".strip())
    return names.get(f"{head} {last}s".strip()) if either_number else None


# the joints of a heading that names several sections ("Qualifications, Trainings and
# Certifications", "Formação e Cursos"): punctuation and the word "and" of the lexicon's languages
# ("자격 및 면허", Korean "and", is compared folded: Hangul syllables as Jamo)
PART_JOINTS = re.compile(r"\s*[,;&/|+、]\s*|\s+(?:and|und|et|y|e|i|ve|dan|si|en|и|oraz|"
                         + unicodedata.normalize("NFKD", "및") + r")\s+")


def _parts_kind(text: str) -> str | None:
    """The kind of a heading made of several section names, every part one: "certifications"
    when one part names them (the section holds them, and the new entries join it), else the
    kind of its first part."""
    # spaces made single first: a joint's spaces on each side then match one way, not every way
    # along a run of spaces (quadratic on a line of them)
    parts = [p for p in PART_JOINTS.split(" ".join(_fold(text).split())) if p.strip()]
    if len(parts) < 2:
        return None
    kinds = [_named(_key(p), either_number=True) for p in parts]
    if any(k is None or k in HEADER_KINDS for k in kinds):
        return None
    return "certifications" if "certifications" in kinds else kinds[0]


def classify_heading(text: str) -> str | None:
    """The section kind when the whole line is a section name (or a list of section names), or
    a section name glossed in brackets: a bilingual heading names its section twice ("Career
    (경력, 아르바이트)", "Profile Info (학력사항)"), and either name says what the section is."""
    bare = text.strip().strip(BULLETS).strip()
    note = bare.find("※")
    if note > 0:  # a form's heading, then its note to whoever fills it in: "자격사항 ※ 보유하신 ..."
        bare = bare[:note].strip()
    kind = _named(_key(bare)) or _parts_kind(bare)
    if kind is None and bare.endswith((")", "）")):
        opening = max(bare.rfind("("), bare.rfind("（"))
        outer, inner = bare[:opening].strip(), bare[opening + 1:-1].strip()
        if opening > 0 and outer and inner and not any(c in inner for c in "()（）"):
            other_script = _scripts(inner).isdisjoint(_scripts(outer)) and bool(_scripts(inner))
            # a year in brackets makes an entry: "Leadership (Dale Carnegie, 2020)" in a certifications
            # list is no heading, nor "Leadership (2020)"; a gloss in another script may hold one
            if other_script or not any(c.isdigit() for c in inner):
                kind = _named(_key(outer)) or _parts_kind(outer)
            if kind is None and other_script:
                # the gloss names the section only as a translation: "C++ (Training)" is an entry
                kind = _named(_key(inner)) or _parts_kind(inner)
    if kind is None:
        kind = _dash_glossed_kind(bare)
    return kind


def _dash_glossed_kind(text: str) -> str | None:
    """The kind of a heading written in two languages on either side of a spaced dash, each in its
    own script ("Education - לימודים", "Languages – שפות"): either name says what the section is.
    In one script a dash joins a heading to its place or date ("Experience - London"), no gloss."""
    spaced = " ".join(text.split())
    for dash in (" - ", " – ", " — "):
        if spaced.count(dash) == 1:
            left, right = (part.strip() for part in spaced.split(dash))
            scripts_left, scripts_right = _scripts(left), _scripts(right)
            if scripts_left and scripts_right and scripts_left.isdisjoint(scripts_right):
                return _named(_key(left)) or _parts_kind(left) or _named(_key(right)) or _parts_kind(right)
    return None


def _scripts(text: str) -> set[str]:
    """The scripts of a text's letters (LATIN, HANGUL, CJK, CYRILLIC...)."""
    return {unicodedata.name(c, "?").split()[0] for c in text if c.isalpha()}


def _prefix_kind(text: str) -> str | None:
    """The section kind when the line begins with a section name ("Work Experience (selected)")."""
    key = _key(text.strip().strip(BULLETS).strip())
    words = key.split()
    for n in range(min(len(words) - 1, MAX_HEADING_WORDS), 0, -1):
        kind = _named(" ".join(words[:n]))
        if kind is not None:
            return kind
    return None


def _edge_certifications(text: str) -> bool:
    """A heading line that begins or ends with a certifications name and says no more than a few
    words around it: "Extracurricular courses", "Cursos qualificação", "Actualizaciones y Formación
    Continua". The words it adds qualify the courses; the section holds them all the same."""
    key = _key(text.strip().strip(BULLETS).rstrip(":：").strip())
    words = key.split()
    if not 2 <= len(words) <= MAX_HEADING_WORDS or courses_given(key):
        return False
    for n in range(len(words) - 1, 0, -1):
        if _named(" ".join(words[:n])) == "certifications" or _named(" ".join(words[-n:])) == "certifications":
            return True
    return False


def _inside(t, p, tags) -> bool:
    anc = t.getparent()
    while anc is not None and anc is not p:
        if anc.tag in tags:
            return True
        anc = anc.getparent()
    return False


def paragraph_text(p) -> str:
    """The paragraph's own text: not that of text boxes anchored in it, nor VML fallback copies."""
    if p.find(".//" + W_TXBX) is None and p.find(".//" + MC_FALLBACK) is None:
        return "".join(p.xpath(".//w:t/text()"))
    return "".join(t.text or "" for t in p.iter(W_T) if not _inside(t, p, (W_TXBX, MC_FALLBACK)))


def _text_boxes(p) -> list:
    """Text boxes anchored in ``p`` (DrawingML or VML, not both copies)."""
    return [box for box in p.iter(W_TXBX) if box is not p and not _inside(box, p, (MC_FALLBACK,))]


def boxed_band_start(block) -> object | None:
    """For a paragraph alone in a floating text box (a section's label drawn beside its content,
    "Compétences" left of a box of bullets): the body paragraph anchoring the nearest box of text
    above it, when only empty body paragraphs lie between the two anchors. That paragraph opens the
    band of boxes the section is drawn in: a new section goes before it, and the band moves down
    with its anchors. None when the label's box is in a table, or no such box precedes it."""
    if block.box is None or not block.text:
        return None
    anchor = next((a for a in block.box.iterancestors(W_P) if a.getparent().tag == W_BODY), None)
    if anchor is None or [a for a in block.box.iterancestors(W_TC)]:
        return None
    if any(_box_text(box) and box is not block.box for box in _text_boxes(anchor)):
        return anchor  # the label's and the content's boxes anchored in one paragraph
    p = anchor.getprevious()
    while p is not None and p.tag == W_P and not paragraph_text(p).strip():
        if any(_box_text(box) for box in _text_boxes(p)):
            return p
        p = p.getprevious()
    return None


def _box_text(box) -> str:
    return "".join(t.text or "" for t in box.iter(W_T)).strip()


def _has_ancestor_el(el, ancestor) -> bool:
    return any(a is ancestor for a in el.iterancestors())


@dataclass
class Block:
    element: object
    text: str
    index: int
    cell: object | None  # the nearest w:tc
    box: object | None  # the nearest w:txbxContent

    @property
    def container(self):
        return self.element.getparent()


def reading_order(body) -> list[Block]:
    """Every paragraph in reading order (an explicit stack: deep nesting cannot recurse)."""
    out: list[Block] = []
    stack = [(iter(body), None, None)]
    while stack:
        it, cell, box = stack[-1]
        try:
            el = next(it)
        except StopIteration:
            stack.pop()
            continue
        if el.tag == W_P:
            out.append(Block(el, paragraph_text(el).strip(), len(out), cell, box))
            boxes = _text_boxes(el)
            for b in reversed(boxes):
                stack.append((iter(b), None, b))
        elif el.tag == W_TC:
            stack.append((iter(el), el, box))
        elif el.tag in (W_TBL, W_TR, W_SDT, W_SDT_CONTENT, W_CUSTOM_XML, W_SMART_TAG):
            stack.append((iter(el), cell, box))
    return out


def block_paragraphs(body) -> list:
    """Paragraphs in reading order (body, tables, content controls, text boxes)."""
    return [b.element for b in reading_order(body)]


# ---- formatting cues --------------------------------------------------------------------------

class _Styles:
    """Resolved paragraph-style properties (outline level, bold, caps, size, border) by style id."""

    def __init__(self, document):
        self.by_id = {}
        self.names = {}
        styles = document.styles.element if document is not None else None
        if styles is not None:
            for s in styles.iter(qn("w:style")):
                sid = s.get(qn("w:styleId"))
                self.by_id[sid] = s
                name = s.find(qn("w:name"))
                self.names[sid] = (name.get(qn("w:val")) if name is not None else sid) or sid
        self._cache: dict = {}

    def resolved(self, sid: str | None) -> dict:
        if sid in self._cache:
            return self._cache[sid]
        props = {"outline": None, "bold": False, "caps": False, "smallcaps": False, "size": None, "border": False,
                 "shade": False, "heading_name": False}
        chain, seen, cur = [], set(), sid or self._default_paragraph_style()
        while cur and cur not in seen and cur in self.by_id:
            seen.add(cur)
            chain.append(self.by_id[cur])
            based = self.by_id[cur].find(qn("w:basedOn"))
            cur = based.get(qn("w:val")) if based is not None else None
        for style in reversed(chain):  # base first, derived last wins
            ppr, rpr = style.find(qn("w:pPr")), style.find(qn("w:rPr"))
            if ppr is not None:
                lvl = ppr.find(qn("w:outlineLvl"))
                if lvl is not None:
                    props["outline"] = int(lvl.get(qn("w:val"), "9"))
                if ppr.find(qn("w:pBdr")) is not None:
                    props["border"] = True
                if _shaded(ppr.find(qn("w:shd"))):
                    props["shade"] = True
            if rpr is not None:
                _apply_rpr(props, rpr)
        name = self.names.get(sid or "", "").lower()
        numbered = re.match(r"(heading|titre|t[ií]tulo|ttulo|überschrift|kop|nagłówek|titolo)\s*(\d)", name)
        if numbered:
            props["heading_name"] = True
            own = self.by_id[sid].find(qn("w:pPr") + "/" + qn("w:outlineLvl")) if sid in self.by_id else None
            if own is None:  # "Heading 3" based on "Heading 2" inherits its level; the name says 3
                props["outline"] = int(numbered.group(2)) - 1
        if props["outline"] is not None and props["outline"] >= 9:
            props["outline"] = None
        self._cache[sid] = props
        return props

    def _default_paragraph_style(self):
        for sid, s in self.by_id.items():
            if s.get(qn("w:type")) == "paragraph" and s.get(qn("w:default")) in ("1", "true"):
                return sid
        return None


def _on(el) -> bool:
    return el is not None and el.get(qn("w:val")) not in ("0", "false", "off")


def _shaded(shd) -> bool:
    if shd is None:
        return False
    fill = (shd.get(qn("w:fill")) or "auto").lower()
    return fill not in ("auto", "ffffff", "none")


def _apply_rpr(props: dict, rpr) -> None:
    for tag, key in (("w:b", "bold"), ("w:caps", "caps"), ("w:smallCaps", "smallcaps")):
        el = rpr.find(qn(tag))
        if el is not None:
            props[key] = _on(el)
    sz = rpr.find(qn("w:sz"))
    if sz is not None and sz.get(qn("w:val"), "").isdigit():
        props["size"] = int(sz.get(qn("w:val")))


def _first_line_runs(p, runs: list) -> list:
    out = []
    for r in runs:
        out.append(r)
        if r.find(qn("w:br")) is not None:
            break
    return [r for r in out if RULE_TAIL.sub("", "".join(r.xpath("./w:t/text()"))).strip()] or out


RUN_PATHS = "./w:r | ./w:hyperlink/w:r | ./w:smartTag/w:r | ./w:ins/w:r | ./w:fldSimple/w:r"


def _text_runs(p) -> list:
    return [r for r in p.xpath(RUN_PATHS) if "".join(r.xpath("./w:t/text()")).strip()]


@dataclass(frozen=True)
class Look:
    """How a paragraph looks: what a reader sees as a heading's style."""

    style: str
    outline: int | None
    bold: bool
    caps: bool
    smallcaps: bool
    size: int | None
    border: bool
    shade: bool
    centred: bool

    @property
    def cues(self) -> int:
        return sum((self.outline is not None, self.bold, self.caps, self.smallcaps, self.border, self.shade))


def look(p, styles: _Styles, text: str, first_line: bool = False) -> Look:
    """How ``p`` looks (its first line's runs only when ``first_line``)."""
    ppr = p.find(W_PPR)
    sid = None
    outline = None
    border = shade = centred = False
    if ppr is not None:
        ps = ppr.find(qn("w:pStyle"))
        sid = ps.get(qn("w:val")) if ps is not None else None
        lvl = ppr.find(qn("w:outlineLvl"))
        if lvl is not None and lvl.get(qn("w:val"), "9").isdigit() and int(lvl.get(qn("w:val"))) < 9:
            outline = int(lvl.get(qn("w:val")))
        border = ppr.find(qn("w:pBdr")) is not None
        shade = _shaded(ppr.find(qn("w:shd")))
        jc = ppr.find(qn("w:jc"))
        centred = jc is not None and jc.get(qn("w:val")) == "center"
    base = styles.resolved(sid)
    if outline is None:
        outline = base["outline"]
        if outline is None and base["heading_name"]:
            outline = 1
    runs = _text_runs(p)
    if first_line:
        runs = _first_line_runs(p, runs)
    flags = {"bold": [], "caps": [], "smallcaps": [], "size": []}
    for r in runs:
        props = {"bold": base["bold"], "caps": base["caps"], "smallcaps": base["smallcaps"], "size": base["size"]}
        rpr = r.find(W_RPR)
        if rpr is not None:
            rs = rpr.find(qn("w:rStyle"))
            if rs is not None:
                cs = styles.resolved(rs.get(qn("w:val")))
                for k in ("bold", "caps", "smallcaps"):
                    props[k] = props[k] or cs[k]
                props["size"] = cs["size"] or props["size"]
            _apply_rpr(props, rpr)
        for k in flags:
            flags[k].append(props[k])
    letters = [c for c in text if c.isalpha()]
    upper = len(letters) >= 2 and all(c.isupper() for c in letters if not CJK.match(c)) and \
        any(c.isupper() for c in letters)
    sizes = [s for s in flags["size"] if s]
    return Look(style=sid or "", outline=outline, bold=bool(runs) and all(flags["bold"]),
                caps=upper or (bool(runs) and all(flags["caps"])),
                smallcaps=bool(runs) and all(flags["smallcaps"]), size=max(sizes) if sizes else None,
                border=border or base["border"], shade=shade or base["shade"], centred=centred)


# ---- the model ---------------------------------------------------------------------------------

@dataclass
class Heading:
    element: object
    text: str
    kind: str  # certifications, skills, experience, education, summary, other, personal, title, unknown
    index: int = 0
    rank: tuple = (9, 0)
    look: Look | None = None
    whole: bool = True  # the whole line is a section name (not only its first words)
    run_in: bool = False  # a bold section name opening a paragraph that goes on with the section's text


@dataclass
class Layout:
    blocks: list[Block]
    headings: list[Heading]
    name: Block | None = None
    header_end: Block | None = None
    first_section: Heading | None = None
    body_size: int | None = None
    by_element: dict = field(default_factory=dict)
    styles: _Styles | None = None

    def plain(self, element) -> bool:
        """A plain body paragraph: no outline level, not all bold, capitals, small capitals, rule
        or shading (what entries should look like)."""
        text = paragraph_text(element).strip()
        return self.styles is None or look(element, self.styles, text).cues == 0

    @property
    def paragraphs(self) -> list:
        return [b.element for b in self.blocks]

    def block(self, element) -> Block | None:
        return self.by_element.get(element)

    def section_blocks(self, heading: Heading) -> list[Block]:
        """The blocks after ``heading`` up to the next heading of the same or a higher rank."""
        out = []
        later = [h for h in self.headings if h.index > heading.index]
        stop = next((h.index for h in later if h.rank <= heading.rank), len(self.blocks))
        for b in self.blocks[heading.index + 1:stop]:
            out.append(b)
        return out

    def section_body(self, heading: Heading) -> list:
        """Paragraph elements of the section (kept for the reader and the skills line finder)."""
        return [b.element for b in self.section_blocks(heading)]

    def textbox_share(self) -> float:
        total = sum(len(b.text) for b in self.blocks)
        boxed = sum(len(b.text) for b in self.blocks if b.box is not None)
        return boxed / total if total else 0.0


def _short(text: str) -> bool:
    if not text or len(text) > MAX_HEADING_CHARS:
        return False
    if CJK.search(text):
        return len(text.replace(" ", "").replace("\u3000", "")) <= MAX_CJK_HEADING_CHARS
    return len(text.split()) <= MAX_HEADING_WORDS


def _lists_sections(text: str) -> bool:
    """A line longer than a heading that still is one: it lists section names and nothing else
    ("Academic Qualification, Trainings and Professional Certifications"), or names one section in
    two languages ("Professional trainings & certificates - הכשרה מקצועית ותעודות")."""
    bare = text.strip().rstrip(":：")
    if len(text) > 2 * MAX_HEADING_CHARS:
        return False
    return _parts_kind(bare) is not None or _dash_glossed_kind(bare) is not None


def _sentence_like(text: str) -> bool:
    return text.rstrip().endswith((".", ",", ";", "。", "、")) and not text.rstrip().endswith("...")


def _contact(text: str) -> bool:
    return bool(CONTACT.search(text))


def read_layout(document) -> Layout:
    """The document model: blocks in reading order, headings with their ranks, the name line,
    the header block and the first section."""
    styles = _Styles(document)
    blocks = reading_order(document.element.body)
    by_element = {b.element: b for b in blocks}
    filled = [b for b in blocks if b.text]
    looks = {b.index: look(b.element, styles, b.text) for b in filled if _short(b.text)}
    body_lines = [b for b in filled if not _short(b.text)][:200]  # a sample sets the body text size
    sizes = sorted(lk.size for b in body_lines if (lk := look(b.element, styles, b.text)).size)
    body_size = sizes[len(sizes) // 2] if sizes else None

    # the name: among the first lines, the most prominent one that is no section name or title
    name = None
    early = [b for b in filled[:10] if b.box is None or len(filled) < 10]
    candidates = []
    heading_styles = _section_heading_styles(filled, styles)
    for order, b in enumerate(early):
        kind = classify_heading(heading_line(b).rstrip(":："))
        if kind is not None and kind not in HEADER_KINDS:
            break  # the sections begin: the name comes before them or is elsewhere (the page header)
        line = _name_line(b)
        if kind is not None or _contact(line) or len(line) > 60 or line.endswith((":", "：")):
            continue  # a title, a contact line, a sentence, or a label ("Job Objective:")
        if (_prefix_kind(line) == "title" and not _name_after_title(line)) or _key(line) in _personal_labels():
            continue  # a title, or a personal detail's label ("Geburtsdatum" in a label column)
        if _key(line) in TITLE_LINKS:
            continue  # the "of" of a title over its own line ("Curriculum Vitae" / "Of" / the name)
        if _style_id(b.element) in heading_styles:
            continue  # typed in the paragraph style of the document's section headings: a heading
        if any(ch.isdigit() for ch in line):
            continue
        lk = looks.get(b.index)
        size = (lk.size or body_size or 22) if lk else 22
        prominence = size + (8 if lk and lk.style.lower() in ("title", "name", "titre", "ttulo", "titulo") else 0) \
            + (2 if lk and lk.bold else 0) - order * 0.5
        candidates.append((prominence, -order, b))
        if len(candidates) >= 6:
            break
    if candidates:
        name = max(candidates, key=lambda c: (c[0], c[1]))[2]

    def cue_heading(b: Block) -> Heading | None:
        text = heading_line(b)
        if b is name or not (_short(text) or _lists_sections(text)) or _sentence_like(text) or _contact(text):
            return None
        lk = looks.get(b.index) if text == b.text and b.index in looks else look(b.element, styles, text,
                                                                                   first_line=text != b.text)
        bare = text.rstrip(":：").strip()
        kind = classify_heading(bare)
        bigger = bool(lk.size and body_size and lk.size >= body_size + 2)
        layout_cue = lk.cues > 0 or bigger
        if kind is not None:
            rank = (lk.outline if lk.outline is not None else 9, -(lk.size or 0))
            return Heading(b.element, text, kind, b.index, rank, lk) if (layout_cue or _followed_by_body(b)) else None
        prefix = _prefix_kind(bare)
        if prefix == "certifications" and courses_given(bare):
            prefix = None  # "Courses taught": the person's teaching, no credentials
        if prefix is not None and (lk.outline is not None or (layout_cue and (lk.bold or lk.caps or lk.smallcaps))):
            return Heading(b.element, text, prefix, b.index,
                           (lk.outline if lk.outline is not None else 9, -(lk.size or 0)), lk, whole=False)
        if _key(bare) in _personal_labels() and (layout_cue or lk.outline is not None):
            # a personal detail's label typed in the heading style ("Geburtstag" over the date): the header
            return Heading(b.element, text, "personal", b.index, (lk.outline if lk.outline is not None else 9,
                                                                  -(lk.size or 0)), lk)
        if lk.outline is not None and lk.outline <= 2 and not text.endswith(":"):
            return Heading(b.element, text, "unknown", b.index, (lk.outline, -(lk.size or 0)), lk)
        colon = text.endswith((":", "："))
        return Heading(b.element, text, "?", b.index, (9, -(lk.size or 0)), lk) if layout_cue or colon else None

    raw = [h for b in filled if (h := cue_heading(b)) is not None]
    whole = [h for h in raw if h.kind != "?" and h.whole and h.kind not in HEADER_KINDS and h.kind != "unknown"]
    if len(whole) >= 2:
        # a line that only begins with a section name ("Licence Informatique", a degree under
        # Education) is a heading when it looks like the document's own headings, not like an entry
        whole_looks = {_signature(h.look) for h in whole}
        raw = [h for h in raw if h.whole or h.look.outline is not None or _signature(h.look) in whole_looks]
    named = [h for h in raw if h.kind != "?"]
    signatures = {_signature(h.look) for h in named if h.kind not in HEADER_KINDS and h.kind != "unknown"}
    # headings typed as labels ("Awards:", "Social Activities:"): a colon is their cue, not their look
    colon_signatures = {_signature(h.look) for h in named if h.kind not in HEADER_KINDS and h.kind != "unknown"
                        and h.whole and h.text.endswith((":", "："))}
    headings = []
    for h in raw:
        if h.kind == "?":
            # no section name: a heading only when it looks exactly like the document's named headings
            # bold alone is how entry titles look too: a heading needs capitals, small capitals or a
            # rule, or a colon ending it as the document's named headings end with one
            cue = h.look.caps or h.look.smallcaps or h.look.border or h.look.shade or (
                h.text.endswith((":", "：")) and _signature(h.look) in colon_signatures)
            if _signature(h.look) in signatures and cue and _followed_by_body(by_element[h.element]):
                h.kind = "unknown"
                headings.append(h)
            continue
        headings.append(h)
    headings = [h for h in headings if not _outline_belied(h, headings, body_size)]
    headings = sorted(headings + _headings_in_longer_lines(filled, headings, name, styles), key=lambda h: h.index)
    for h in headings:
        # a heading that looks like the document's own headings and names its courses with a word
        # of its own around them ("Extracurricular courses:") is the certifications section
        if h.kind == "unknown" and h.whole and _edge_certifications(h.text):
            h.kind = "certifications"
    _retype_qualifications(headings, by_element)
    _retype_certificate_grids(headings, filled)
    # same look, same rank: rank headings without an outline level by their look's prominence
    for h in headings:
        if h.look.outline is None:
            h.rank = (9, -(h.look.size or 0), 0 if (h.look.caps or h.look.smallcaps) else 1, 0 if h.look.bold else 1)
        else:
            h.rank = (h.look.outline, 0, 0, 0)

    found = Layout(blocks, headings, name, None, None, body_size, by_element, styles)
    found.first_section, found.header_end = _first_section(found, filled)
    return found


def _outline_belied(h: Heading, headings: list[Heading], body_size: int | None) -> bool:
    """A line that names no section and is a heading only by its paragraph style's outline level,
    yet is drawn no bigger than the body text and smaller than the document's named section headings
    of a lower level: a heading style borrowed for its layout (the address cells of a header table
    typed in "Heading 1" at 10 pt above "Heading 2" sections at 18 pt), not a section."""
    if h.kind != "unknown" or h.look.outline is None or not h.look.size or h.look.cues > 1:
        return False
    if body_size and h.look.size > body_size:
        return False
    named = [n for n in headings if n.whole and n.kind not in HEADER_KINDS and n.kind not in ("unknown", "?")
             and n.look.outline is not None and n.look.outline >= h.look.outline]
    return len(named) >= 2 and all(n.look.size and n.look.size > h.look.size for n in named)


def _name_line(b: Block) -> str:
    """The line of ``b`` a name test looks at: the first line of a paragraph that goes on after
    a line break (a header typed as one paragraph: name, address, e-mail, phone)."""
    if b.element.find(".//" + qn("w:br")) is not None:
        return first_line(b.element) or b.text
    return b.text


TITLE_LINKS = {"of", "de", "del", "da", "do", "von", "van", "di", "du"}


def _name_after_title(line: str) -> bool:
    """A title line that goes on with a name ("Curriculum Vitae of Tian-Xiang Gao"): the name is
    in it, and the line is the name line."""
    words = _key(line).split()
    for n in range(min(len(words) - 1, MAX_HEADING_WORDS), 0, -1):
        if section_names().get(" ".join(words[:n])) == "title":
            rest = words[n:]
            if rest and rest[0] in TITLE_LINKS:
                rest = rest[1:]
            return len(rest) >= 2
    return False


MAX_VALUE_WORDS = 3
MAX_LEAD_IN_WORDS = 16
MIN_RUN_IN_WORDS = 4  # the text after a run-in heading: a sentence, not a short value


def _run_in_heading(p, styles: _Styles) -> tuple[str, Look] | None:
    """A section name typed in bold at the start of a paragraph of running text in another look
    ("**Work Experience** adalah pengalaman kerja ..."), without a colon: its kind and look. The
    lead is the shortest run of leading runs that names a section (not a title); the rest must be
    at least a sentence's start and not bold. A personal-sounding name ("Personal Profile") counts
    only before running text, a summary (as under a heading of its own: ``_prose_follows``)."""
    runs = p.xpath(RUN_PATHS)
    texts = ["".join(r.xpath("./w:t/text()")) for r in runs]
    for n in range(1, len(runs)):
        lead, rest = "".join(texts[:n]).strip(), "".join(texts[n:]).strip()
        if not texts[n - 1].strip() or not lead:
            continue
        if len(lead.split()) > MAX_HEADING_WORDS:
            return None
        if lead.endswith((":", "：")) or len(rest.split()) < MIN_RUN_IN_WORDS:
            continue
        kind = classify_heading(lead)
        if kind is None and _prefix_kind(lead) == "personal" and _running_text(rest):
            kind = "personal"
        if kind is None or kind == "title" or (kind == "personal" and not _running_text(rest)):
            continue
        head, tail = deepcopy(p), deepcopy(p)
        for r in head.xpath(RUN_PATHS)[n:]:
            r.getparent().remove(r)
        for r in tail.xpath(RUN_PATHS)[:n]:
            r.getparent().remove(r)
        lk = look(head, styles, lead)
        if lk.bold and not look(tail, styles, rest).bold:
            return kind, lk
        return None
    return None


def _running_text(text: str) -> bool:
    """A sentence or more, no contact line: what a summary's paragraph is."""
    return len(text.split()) > 14 and not _contact(text)


def _headings_in_longer_lines(filled: list[Block], headings: list[Heading], name: Block | None,
                              styles: _Styles) -> list[Heading]:
    """Headings that look like the document's named headings but say more than a section name:
    a section name with a short value after its colon ("Образование: высшее", the name bold, the
    value not), a lead-in ending with a colon that names the certifications or training it
    introduces ("Completed the following training courses:"), and a run-in heading, a section name
    in bold opening a paragraph of running text (a template's "**Work Experience** adalah ...").
    Only the look of the document's own named headings makes them headings: a bold label in a
    block of personal details is not."""
    named = [h for h in headings if h.kind not in HEADER_KINDS and h.kind not in ("unknown", "?")]
    signatures = {_signature(h.look) for h in named}
    if not signatures:
        return []
    taken = {h.element for h in headings}
    found = []
    for b in filled:
        if b.element in taken or b is name or b.box is not None or not _followed_by_body(b):
            continue
        label, colon, value = b.text.partition(":")
        if colon and value.strip() and len(value.split()) <= MAX_VALUE_WORDS and _short(label.strip()):
            kind = classify_heading(label)
            if kind is None or kind in HEADER_KINDS:
                continue
            runs = []  # the label's runs: the colon's own run, often plain, is not the label's look
            for r in _text_runs(b.element):
                text = "".join(r.xpath("./w:t/text()"))
                if text.lstrip().startswith(":"):
                    break
                runs.append(r)
                if ":" in text:
                    break
            head = deepcopy(b.element)
            for r in _text_runs(head)[len(runs):]:
                r.getparent().remove(r)
            lk = look(head, styles, label.strip())
            if _signature(lk) in signatures:
                found.append(Heading(b.element, b.text, kind, b.index, (9, -(lk.size or 0)), lk, whole=False))
        elif b.text.rstrip().endswith((":", "：")) and len(b.text.split()) <= MAX_LEAD_IN_WORDS:
            lk = look(b.element, styles, b.text)
            key = f" {_key(b.text)} "
            names = [n for n, kind in section_names().items() if kind == "certifications" and len(n.split()) >= 2]
            if _signature(lk) in signatures and any(f" {n} " in key for n in names):
                found.append(Heading(b.element, b.text, "certifications", b.index, (9, -(lk.size or 0)), lk,
                                     whole=False))
        elif not colon and not _short(b.text) and (run_in := _run_in_heading(b.element, styles)) is not None:
            kind, lk = run_in
            if _signature(lk) in signatures:
                found.append(Heading(b.element, b.text, kind, b.index, (9, -(lk.size or 0)), lk, whole=False,
                                     run_in=True))
    return found


def _style_id(p) -> str | None:
    ps = p.find(W_PPR + "/" + qn("w:pStyle"))
    return ps.get(qn("w:val")) if ps is not None else None


def _section_heading_styles(filled: list[Block], styles: _Styles) -> set[str]:
    """Named paragraph styles (not the default) in which the document types a line the lexicon
    knows as a section name: its heading styles."""
    default = styles._default_paragraph_style()
    out = set()
    for b in filled:
        sid = _style_id(b.element)
        if sid and sid != default and _short(b.text):
            kind = classify_heading(heading_line(b).rstrip(":："))
            if kind is not None and kind not in HEADER_KINDS:
                out.add(sid)
    return out


RULE_TAIL = re.compile(r"[\s_=\-–—─·.]{4,}$")


def heading_line(b: Block) -> str:
    """The text a heading test looks at: the paragraph's first line when the paragraph goes on
    after a line break (a heading and its section typed in one paragraph), without a trailing
    rule typed as underscores or dashes."""
    text = b.text
    if len(text) > MAX_HEADING_CHARS and b.element.find(".//" + qn("w:br")) is not None:
        text = first_line(b.element) or text
    elif b.element.find(".//" + qn("w:tab")) is not None and _short(text):
        text = _first_of_side_by_side(b.element) or text
    return RULE_TAIL.sub("", text).strip() or text


def _first_of_side_by_side(p) -> str | None:
    """The first of the headings one line holds apart with tabs, over the columns of a two-column
    page ("UTBILDNING<tab>PROFIL"): every part a section name, or None."""
    parts, current = [], []
    for el in p.iter(W_T, qn("w:tab")):
        if _inside(el, p, (W_TXBX, MC_FALLBACK)) or el.tag == qn("w:tab") and el.getparent().tag != qn("w:r"):
            continue  # a tab stop of the paragraph's properties, not a tab character
        if el.tag == W_T:
            current.append(el.text or "")
        elif "".join(current).strip():
            parts.append("".join(current).strip())
            current = []
    if "".join(current).strip():
        parts.append("".join(current).strip())
    if len(parts) >= 2 and all(classify_heading(part.rstrip(":：")) not in (None, *HEADER_KINDS) for part in parts):
        return parts[0]
    return None


def first_line(p) -> str:
    parts = []
    for el in p.iter(W_T, qn("w:br"), qn("w:cr")):
        if _inside(el, p, (W_TXBX, MC_FALLBACK)):
            continue
        if el.tag != W_T:
            if el.get(qn("w:type")) in (None, "textWrapping"):
                break
            continue
        parts.append(el.text or "")
    return "".join(parts).strip()


def _signature(lk: Look) -> tuple:
    return (lk.style, lk.outline, lk.bold, lk.caps, lk.smallcaps, lk.size, lk.border, lk.shade)


def _followed_by_body(b: Block) -> bool:
    """The next non-empty paragraph in the same container is longer text (not another label)."""
    nxt = b.element.getnext()
    while nxt is not None:
        if nxt.tag == W_P:
            text = paragraph_text(nxt).strip()
            if text:
                return True
        elif nxt.tag in (W_TBL, W_SDT):
            return True
        nxt = nxt.getnext()
    return b.cell is not None  # the last line of a cell: its body is in the next cell or row


def _over_a_subheading(found: Layout, heading: Heading) -> bool:
    """A named section heading whose next line is a heading naming no section, drawn smaller at the
    same outline level: its first sub-heading ("教育" at 14 pt over "毕业院校" at 12 pt, both outline
    level 2 in a WPS export), so the section is not empty."""
    if heading.kind in ("unknown", "?") or not heading.whole or not heading.look.size:
        return False
    nxt = next((h for h in found.headings if h.index > heading.index), None)
    return nxt is not None and nxt.kind == "unknown" and bool(nxt.look.size) and nxt.look.size < heading.look.size \
        and nxt.look.outline == heading.look.outline


def _first_section(found: Layout, filled: list[Block]):
    """The first section's heading after the header block, and the header block's last line."""
    name_index = found.name.index if found.name is not None else -1
    for h in found.headings:
        if h.kind in HEADER_KINDS and not (h.kind == "personal" and _prose_follows(found, h)) \
                and not _title_over_a_summary(found, filled, h):
            continue
        if h.index <= name_index and h.kind != "certifications":
            continue
        section = found.section_blocks(h)
        body = [b for b in section if b.text][:8]
        own = found.block(h.element)
        start = boxed_band_start(own) if own is not None and own.box is not None and not body else None
        if start is not None:  # a heading alone in a floating box, labelling the box of text beside it
            inside = [b for b in found.blocks if b.element is start or _has_ancestor_el(b.element, start)]
            first = min(b.index for b in inside)
            previous = [b for b in filled if b.index < first]
            return h, (previous[-1] if previous else None)
        if not body and (own is None or own.text == h.text) and not h.run_in and not _over_a_subheading(found, h):
            continue  # one label of a stack ("Clearances:" above "Referees:"), or an empty heading
        if any(_contact(YEAR_RANGE.sub("", b.text)) for b in body) and h.kind not in (
                "summary", "experience", "education", "skills", "certifications"):
            continue  # a labelled contact block ("Referees:", "Contact:"): still the header
        previous = [b for b in filled if b.index < h.index]
        return h, (previous[-1] if previous else None)
    # no sections: the header block is the name and the short contact lines after it, up to the
    # first entry led by a date ("11/2017 – 08/2019  Role", "Seit 02/2021  Umschulung")
    end = found.name
    start = name_index + 1
    for b in filled:
        if b.index < start:
            continue
        if len(b.text.split()) > 14 or b.index - start > 8 or (end is not None and date_led(b.text)):
            break
        end = b
    # and at least to the last contact line near the top (an address typed as a long line comes
    # before the phone and e-mail lines)
    for b in filled:
        if b.index < start:
            continue
        if b.index - start > 10 or date_led(b.text):
            break
        if _contact(YEAR_RANGE.sub("", b.text)) and len(b.text) < 120 and (end is None or b.index > end.index):
            end = b
    return None, end


YEAR_RANGE = re.compile(r"\b(?:19|20)\d{2}\s*[-–—/]\s*(?:(?:19|20)\d{2}|\d{2})\b")  # "2021-2024", no phone
DATE_LEAD = re.compile(r"^(?:(seit|since|desde|depuis|dal|dall'|od|from|ab|von|de)\s+)?(?:\d{1,2}[./])?(?:19|20)\d{2}"
                       r"(?!\d)\s*([-–—/]|bis\b|to\b|a\b|à\b|al\b|até\b)?", re.IGNORECASE)


def date_led(text: str) -> bool:
    """The line opens with a date or period, as an entry does ("2014 – 2018 ...", "Seit 02/2021 ...");
    a bare number opening an address ("2010 Main Street") does not count."""
    m = DATE_LEAD.match(text.strip().lstrip(BULLETS).strip())
    return bool(m and (m.group(1) or m.group(2)))


MIN_SUMMARY_WORDS = 8  # a sentence or two ending with a full stop


def _title_over_a_summary(found: Layout, filled: list[Block], heading: Heading) -> bool:
    """A title word used as a section heading below the name and contact lines, over running text:
    "Резюме" (a résumé, and a summary) after a Ukrainian CV's e-mail and phone, then "Я студентка
    ...". It opens the summary section; a title above the name or before any contact line is the
    document's title."""
    if heading.kind != "title" or found.name is None or heading.index <= found.name.index:
        return False
    between = [b for b in filled if found.name.index < b.index < heading.index]
    body = [b for b in found.section_blocks(heading) if b.text][:1]
    sentences = bool(body) and len(body[0].text.split()) >= MIN_SUMMARY_WORDS and \
        body[0].text.rstrip().endswith((".", "!", "。")) and not _contact(body[0].text)
    return any(_contact(b.text) for b in between) and (sentences or _prose_follows(found, heading))


def _prose_follows(found: Layout, heading: Heading) -> bool:
    """The section under a personal-sounding heading ("Personal Profile") is running text, a
    summary, not the label and contact lines of personal details."""
    if heading.run_in:
        return True  # its own paragraph goes on with running text (``_run_in_heading``)
    body = [b for b in found.section_blocks(heading) if b.text][:3]
    return bool(body) and not any(_contact(b.text) for b in body) and len(body[0].text.split()) > 14


def layout(document) -> Layout:
    return read_layout(document)


def is_heading(p, document, text: str | None = None) -> str | None:
    """The section kind when ``p`` looks like a section heading on its own (for the reader)."""
    text = (paragraph_text(p) if text is None else text).strip()
    if not _short(text) or _sentence_like(text):
        return None
    kind = classify_heading(text.rstrip(":："))
    if kind is not None:
        return kind
    lk = look(p, _Styles(document), text)
    if lk.outline is not None and lk.outline <= 2:
        return "unknown"
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 4 and lk.caps and lk.bold:
        return "unknown"
    return None
