"""Blocks of a posting -> ordered, typed sections (requirements, preferred, responsibilities...).

Headings are <h*> elements, bold or all-caps short paragraphs, short lines ending in ':' and
markdown headings; their text is classified with the patterns in ``data/section_cues.json``.
A paragraph or list item that opens with a cue and a colon ("Nice to have: Kafka") is a
section of its own.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from credstack.postings.model import Section, SectionKind
from credstack.postings.text import Block, render

MAX_HEADING_CHARS = 90
MAX_HEADING_WORDS = 12


@dataclass(frozen=True)
class SectionCues:
    patterns: list[tuple[SectionKind, re.Pattern]]
    lead_in: re.Pattern


@lru_cache(maxsize=1)
def load_section_cues() -> SectionCues:
    data = json.loads((resources.files("credstack") / "data" / "section_cues.json").read_text("utf-8"))
    patterns = [(SectionKind(kind), re.compile(p, re.IGNORECASE)) for kind in data["order"]
                for p in data["kinds"][kind]]
    phrases = "|".join(re.escape(p) for p in sorted(data["lead_in"], key=len, reverse=True))
    lead_in = re.compile(rf"^(?P<cue>(?:{phrases})(?:\s+\w+){{0,4}}?)\s*:\s*(?P<rest>\S.*)?$", re.IGNORECASE)
    return SectionCues(patterns, lead_in)


def classify(heading: str) -> SectionKind | None:
    """The section kind a heading names, or None when it names none."""
    text = re.sub(r"^[\W_]+|[\s:.\-–—!?]+$", "", heading.strip().replace("\u2019", "'"))
    if not text:
        return None
    for kind, pattern in load_section_cues().patterns:
        if pattern.search(text):
            return kind
    return None


def _looks_like_heading(block: Block) -> bool:
    text = block.text.strip()
    if not text or len(text) > MAX_HEADING_CHARS or len(text.split()) > MAX_HEADING_WORDS:
        return False
    if block.is_heading_tag:
        return True
    if text.endswith(":"):
        return True
    if block.tag == "li":
        return False
    if text.endswith((".", ",", ";")):
        return False
    letters = [c for c in text if c.isalpha()]
    if block.bold:
        return True
    return len(letters) >= 4 and all(c.isupper() for c in letters) and len(text) <= 60


def build_sections(blocks: list[Block], plain_text: bool = False) -> list[Section]:
    """Group blocks under their headings and type each group."""
    cues = load_section_cues()
    sections: list[Section] = []
    kind, heading, body = SectionKind.OTHER, "", []

    def close() -> None:
        nonlocal body
        text = render(body)
        if text or heading:
            sections.append(Section(kind, heading, text))
        body = []

    for block in blocks:
        text = block.text.strip()
        lead = cues.lead_in.match(text) if len(text) > 3 else None
        if lead and lead.group("rest") and (cue_kind := classify(lead.group("cue"))) is not None:
            if block.tag == "li":
                # one list item of another kind: its own section, then back to the current one
                saved = (kind, heading)
                close()
                sections.append(Section(cue_kind, lead.group("cue").strip(), lead.group("rest").strip()))
                kind, heading = saved[0], ""
                continue
            close()
            kind, heading = cue_kind, lead.group("cue").strip()
            body.append(Block(lead.group("rest").strip(), "p"))
            continue
        found = classify(text) if len(text) <= MAX_HEADING_CHARS else None
        heading_like = _looks_like_heading(block)
        if plain_text and not heading_like:
            # a short line that names a section ("Requirements", "Who we are looking for")
            heading_like = found is not None and len(text) <= 60 and not text.endswith(".") \
                and len(text.split()) <= 8
        if heading_like:
            close()
            if found is not None:
                kind = found
            elif not block.is_heading_tag and kind in (SectionKind.REQUIREMENTS, SectionKind.PREFERRED,
                                                       SectionKind.RESPONSIBILITIES):
                pass  # a bold or colon sub-heading inside a section keeps its kind
            else:
                kind = SectionKind.OTHER
            heading = text.rstrip(":").strip()
            continue
        body.append(block)
    close()
    return [s for s in sections if s.text or s.heading]
