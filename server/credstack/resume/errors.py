"""Errors raised while reading or tailoring a resume; each message says what to do instead."""

from __future__ import annotations

from credstack.exceptions import CredstackError


class ResumeError(CredstackError):
    """Root of the resume errors."""

    status = 422
    error_type = "bad_resume"


class NotADocx(ResumeError):
    """The upload is not a Word .docx file."""

    status = 415
    error_type = "not_a_docx"


class LegacyDocFormat(ResumeError):
    """A Word 97-2003 .doc file."""

    status = 415
    error_type = "legacy_doc"


class MacroEnabled(ResumeError):
    """A macro-enabled document (.docm or a .docx carrying a VBA project)."""

    status = 415
    error_type = "macro_enabled"


class EncryptedDocument(ResumeError):
    """A password-protected document."""

    status = 422
    error_type = "encrypted_document"


class UnsafeDocument(ResumeError):
    """XML with DTDs or entities (the XXE family), or other content we refuse to parse."""

    status = 422
    error_type = "unsafe_document"


class DocumentTooLarge(ResumeError):
    """Too large once unpacked (zip bomb) or too many paragraphs."""

    status = 413
    error_type = "document_too_large"


class PdfUnavailable(ResumeError):
    """No LibreOffice on this machine, so no PDF."""

    status = 501
    error_type = "pdf_unavailable"


class PdfConversionFailed(ResumeError):
    """LibreOffice could not convert the document."""

    status = 422
    error_type = "pdf_failed"


class OpenDocumentFile(ResumeError):
    """An OpenDocument text (.odt), perhaps renamed .docx."""

    status = 415
    error_type = "opendocument"


class DamagedDocument(ResumeError):
    """A .docx whose zip is cut off or broken (an interrupted download or copy)."""

    status = 422
    error_type = "damaged_document"


class LayoutUnsupported(ResumeError):
    """The resume's layout cannot take a new section safely (fixed text boxes, a form grid);
    the section is offered as a separate one-page .docx instead."""

    status = 422
    error_type = "layout_not_editable"

    def __init__(self, message: str, *, reason: str = "", section_docx: bytes | None = None):
        super().__init__(message, details={"reason": reason})
        self.reason = reason
        self.section_docx = section_docx
