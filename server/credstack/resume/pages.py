"""Page counts before and after tailoring, from LibreOffice's rendering of both documents.

Word's own count (docProps/app.xml) is stale and comes from another renderer, so both sides are
measured the same way; without LibreOffice the counts are unknown (None), never guessed.
"""

from __future__ import annotations

import re

from credstack.resume.errors import ResumeError

_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def pdf_page_count(pdf: bytes | None) -> int | None:
    if not pdf or not pdf.startswith(b"%PDF"):
        return None
    return len(_PAGE.findall(pdf)) or None


def measure_pages(original: bytes, tailored: bytes | None = None, *,
                  tailored_pdf: bytes | None = None) -> tuple[int | None, int | None]:
    """(pages of the original, pages of the tailored document), None where LibreOffice cannot tell."""
    from credstack.resume.pdf import convert_to_pdf

    def pages(docx: bytes) -> int | None:
        try:
            return pdf_page_count(convert_to_pdf(docx))
        except ResumeError:  # no LibreOffice, or it could not convert: unknown, not guessed
            return None

    before = pages(original)
    after = pdf_page_count(tailored_pdf) if tailored_pdf is not None else (pages(tailored) if tailored else None)
    return before, after
