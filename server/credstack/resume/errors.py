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
