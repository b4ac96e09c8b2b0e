"""A resume's text in reading order, by section (for importing skills and certifications)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from credstack.resume.safety import check_docx
from credstack.resume.structure import (
    MC_FALLBACK,
    W_T,
    W_TXBX,
    Block,
    _contact,
    _inside,
    date_led,
    paragraph_text,
    read_layout,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W_TAB, W_TC, W_P, W_BR, W_CR = W + "tab", W + "tc", W + "p", W + "br", W + "cr"


@dataclass
class ResumeText:
    paragraphs: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    sections: dict[str, list[str]] = field(default_factory=dict)  # section kind -> its lines
    contact: list[str] = field(default_factory=list)  # the header's name line and email, phone, link lines
    running: list[str] = field(default_factory=list)  # the lines of the page headers and footers

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


def read_resume(docx_bytes: bytes) -> ResumeText:
    """Every paragraph (body, tables, text boxes, headers and footers) after the safety checks.

    A table of records is read record by record (``_record_rows``): "AWS Certified Developer |
    Amazon Web Services | 2023", not three lines of their own."""
    document = check_docx(docx_bytes)
    out = ResumeText()
    found = read_layout(document)
    headings = {h.element: h for h in found.headings}
    rows = _record_rows(found.blocks, headings)
    if found.header_end is not None:  # the name line, and the header's email, phone and link lines
        out.contact = [line for b in found.blocks[:found.header_end.index + 1]
                       if b.text and (b is found.name or _contact(b.text)) for line in _broken_lines(b)]
    current = "header"
    label_row = None  # the table row whose label cell holds the current section's heading
    section_heading = None  # the current section's heading
    header_row = None  # the column-header row holding the current section's heading (年 | 月 | 免許・資格)
    header_col = 0  # and the heading's column in it
    section_box = None  # the text box holding the current section's heading
    box_lines = False  # and whether lines follow the heading in that box
    done_rows: set = set()
    for block in found.blocks:
        if section_box is not None and block.text and block.element not in headings:
            if block.box is section_box:
                box_lines = True
            elif box_lines:
                # a heading with its lines in one text box heads that box only: the next boxes are
                # other parts of the page (another section's lines, the name), whatever their order
                current, section_box = "other", None
            else:
                section_box = None  # a heading alone in its box: its lines are elsewhere
        row = block.cell.getparent() if block.cell is not None else None
        if label_row is not None and row is not None and row is not label_row \
                and row.getparent() is label_row.getparent() and _label_cell(row) is not None:
            current, label_row = "other", None  # the next row's own label ("Berufliche Tätigkeit") begins
        if header_row is not None and row is not None and row.getparent() is header_row.getparent():
            if row is header_row:
                if block.text and block.element not in headings:
                    out.headings.append(block.text)  # another column's label ("取得時期", "Date")
                continue
            if _spans(row) != _spans(header_row):
                header_row, current = None, "other"  # a row of another shape: the form's next part
            else:
                if row not in done_rows:  # the heading's column first: the entry, then its dates
                    done_rows.add(row)
                    line = _column_line(row, header_col)
                    if line:
                        out.paragraphs.append(line)
                        out.sections.setdefault(current, []).append(line)
                continue
        elif header_row is not None and row is None:
            header_row = None
        lines = rows.get(block.index)
        if lines is not None:
            for line in lines:  # a record table's lines, read at its row's first block
                out.paragraphs.append(line)
                out.sections.setdefault(current, []).append(line)
            continue
        if not block.text:
            continue
        heading = headings.get(block.element)
        if heading is not None and heading.kind not in ("title", "unknown") or (heading is not None and
                                                                                 heading.rank[0] <= 1):
            if heading.kind == "unknown" and current == "certifications" and section_heading is not None \
                    and heading.rank <= section_heading.rank and not date_led(heading.text):
                current = "other"  # a heading the lexicon does not know, as high as the certifications one: they end
            current = heading.kind if heading.kind not in ("title", "unknown") else current
            section_heading = heading if heading.kind not in ("title", "unknown") else section_heading
            label_row = row if row is not None and _label_cell(row) is block.cell else None
            header_row = row if row is not None and _column_header(row, block.cell) else None
            if header_row is not None:
                label_row, header_col = None, header_row.findall(W_TC).index(block.cell)
            out.headings.append(block.text)
            section_box, box_lines = block.box, False
            continue
        for text in _broken_lines(block):
            out.paragraphs.append(text)
            out.sections.setdefault(current, []).append(text)
    for section in document.sections:
        for part in (section.header, section.footer):
            if part is not None and not part.is_linked_to_previous:
                for p in part._element.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"):
                    text = paragraph_text(p).strip()
                    if text:
                        out.paragraphs.append(text)
                        out.sections.setdefault("header", []).append(text)
                        out.running.append(text)
    return out


def _record_rows(blocks: list[Block], headings: dict) -> dict[int, list[str]]:
    """Lines of record tables, by the index of a row's first block (and [] for its other blocks):
    a row of two or more cells with one paragraph each is one line, its cells joined by " | "; a
    row whose cells hold the same number of paragraphs (a table laid out by columns: dates, then
    names, then issuers) gives one line per paragraph position. Rows holding a heading or a text
    box are left as they are."""
    by_row: dict = {}
    for block in blocks:
        if block.cell is not None:
            cells = by_row.setdefault(block.cell.getparent(), {})
            cells.setdefault(block.cell, []).append(block)
    out: dict[int, list[str]] = {}
    dated: dict = {}  # a row whose first cell is a date or period, and that date
    labelled: dict = {}  # a table whose first row labels its columns, and that row
    for tr, cells in by_row.items():
        columns = list(cells.values())
        row = [b for column in columns for b in column]
        if len(columns) < 2 or any(b.box is not None or b.element in headings for b in row):
            continue
        filled = [[b for b in column if b.text] for column in columns]
        if _labels_columns(tr, filled, by_row):
            labelled[tr.getparent()] = tr
            for b in row:  # "자 격 증 명 | 등급(점수) | 취 득 년 월 | 발 급 기 관": the columns' labels, no entry
                out[b.index] = []
            continue
        header = labelled.get(tr.getparent())
        if header is not None and _spans(tr) == _spans(header) and all(filled):
            # a record under its columns' labels is one line, a cell's lines joined: a course's name
            # wrapped onto two lines beside its dates and school is one name
            for b in row:
                out[b.index] = []
            out[min(b.index for b in row)] = [" | ".join(" ".join(b.text for b in column) for column in filled)]
            continue
        if len(filled[0]) == 1 and len(filled[0][0].text.split()) <= 4 and not any(filled[1:]) \
                and _unfilled_choices(tr):
            for b in row:  # a form's label beside choices left unticked ("자격구분" beside pictures of check boxes)
                out[b.index] = []
            continue
        if len(filled[0]) == 1 and _date_cell(filled[0][0].text):
            dated[tr] = filled[0][0].text
        above = tr.getprevious()
        if len(filled) == 2 and not filled[0] and filled[1] and above in dated:
            # an empty date cell under a dated row is the same date ("2017" | "UML", then "" | "Web
            # Marketing"): the row's entries with that date
            dated[tr] = dated[above]
            lines = [f"{dated[tr]} | {b.text}" for b in filled[1]]
        elif all(len(column) <= 1 for column in filled) and sum(map(len, filled)) >= 2:
            lines = [" | ".join(column[0].text for column in filled if column)]
        elif len({len(column) for column in columns}) == 1 and len(columns[0]) >= 2:
            lines = [" | ".join(column[k].text for column in columns if column[k].text) for k in range(len(columns[0]))]
            lines = [line for line in lines if line]
        elif len(filled) == 2 and len(filled[0]) == 1 and len(filled[1]) >= 2 and _date_cell(filled[0][0].text):
            # a year beside several entries of that year ("2014" | "E-Commerce", "European Project
            # Management"): each entry a line of its own, with the year
            lines = [f"{filled[0][0].text} | {b.text}" for b in filled[1]]
        else:
            continue
        first = min(b.index for b in row)
        for b in row:
            out[b.index] = []
        out[first] = lines
    return out


def _unfilled_choices(tr) -> bool:
    """The row's cells after the first hold no text but pictures or check boxes: a form's choices
    to tick, not an entry (a skills grid's last row, "Grafana" and two empty cells, is one)."""
    return any(tc.find(f".//{tag}") is not None for tc in tr.findall(W_TC)[1:]
               for tag in (f"{W}drawing", f"{W}pict", f"{W}checkBox", "{http://schemas.microsoft.com/office/word/2010/wordml}checkbox"))


def _labels_columns(tr, filled: list, by_row: dict) -> bool:
    """The table's first row names its columns ("Certificate | Grade | Date | Issuer", "교육 기간 |
    훈련 과정 | 교육 기관"): every cell one short line without a digit, and the next row of the same
    shape has a digit (a date, a grade) where this one has none."""
    if tr.getprevious() is not None and tr.getprevious().tag == tr.tag:
        return False
    if not all(len(column) == 1 and len(column[0].text) <= 12 and not any(c.isdigit() for c in column[0].text)
               for column in filled):
        return False
    nxt = tr.getnext()
    if nxt is None or nxt not in by_row or _spans(nxt) != _spans(tr):
        return False
    return any(c.isdigit() for column in by_row[nxt].values() for b in column for c in b.text)


_DATE_CELL = re.compile(r"[\d./\-–— ]{4,25}")
_YEAR_IN = re.compile(r"(?:19|20)\d{2}")


def _date_cell(text: str) -> bool:
    """A cell holding a date or a period and nothing else ("2014", "03/2019 - 2021")."""
    return bool(_DATE_CELL.fullmatch(text.strip()) and _YEAR_IN.search(text))


def _broken_lines(block: Block) -> list[str]:
    """The block's lines as the page shows them: a paragraph its writer broke with line breaks ("- Soporte
    de TI de Google (Coursera)<br>- Master en PHP (Udemy)") is one line each, not the lines glued into
    one ("...(Coursera)- Master en PHP..."); a tab within a line is kept as a tab ("Oracle Academy
    Certification<tab>2016" is a name and its date, not "Certification2016")."""
    p = block.element
    if all(p.find(".//" + tag) is None for tag in (W_TAB, W_BR, W_CR)):
        return [block.text]
    parts = []
    for el in p.iter(W_T, W_TAB, W_BR, W_CR):
        if _inside(el, p, (W_TXBX, MC_FALLBACK)):
            continue
        parts.append((el.text or "") if el.tag == W_T else "\t" if el.tag == W_TAB else "\n")
    lines = ["\t".join(part.strip(" ") for part in line.split("\t") if part.strip())
             for line in "".join(parts).split("\n")]
    return [line for line in lines if line] or [block.text]


def _label_cell(row):
    """The row's first cell when it is a label beside the row's content: one short line, with
    text in a later cell of the row."""
    cells = row.findall(W_TC)
    if len(cells) < 2:
        return None
    first = [t for p in cells[0].iter(W_P) if (t := paragraph_text(p).strip())]
    rest = any(paragraph_text(p).strip() for cell in cells[1:] for p in cell.iter(W_P))
    return cells[0] if len(first) == 1 and len(first[0].split()) <= 4 and rest else None


def _cell_lines(tc) -> list[str]:
    return [t for p in tc.iter(W_P) if (t := paragraph_text(p).strip())]


def _spans(row) -> tuple:
    """The row's shape: the grid span of each cell."""
    out = []
    for tc in row.findall(W_TC):
        span = tc.find(f"{W}tcPr/{W}gridSpan")
        out.append(int(span.get(W + "val")) if span is not None else 1)
    return tuple(out)


def _column_header(row, cell) -> bool:
    """The heading's row is a table's header row (年 | 月 | 免許・資格, Certificate | Date): every
    other cell one short label, and the next row of the same shape. The section is the rows under
    it, not the heading's cell."""
    cells = row.findall(W_TC)
    if cell is None or len(cells) < 2:
        return False
    others = [_cell_lines(tc) for tc in cells if tc is not cell]
    if not all(len(lines) == 1 and len(lines[0]) <= 12 and len(lines[0].split()) <= 2 for lines in others):
        return False
    nxt = row.getnext()
    while nxt is not None and nxt.tag != row.tag:
        nxt = nxt.getnext()
    return nxt is not None and _spans(nxt) == _spans(row)


def _column_line(row, column: int) -> str:
    """A row under a column header as one line: the cell under the heading first, then the others
    (its dates), joined by " | "."""
    cells = row.findall(W_TC)
    first = " ".join(_cell_lines(cells[column])) if column < len(cells) else ""
    rest = [" ".join(_cell_lines(tc)) for i, tc in enumerate(cells) if i != column]
    return " | ".join([first] + [r for r in rest if r]) if first else ""
