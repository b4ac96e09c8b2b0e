"""Errors raised while reading or tailoring a resume; each message says what to do instead."""


class ResumeError(Exception):
    """Root of the resume errors."""


class NotADocx(ResumeError):
    """The upload is not a Word .docx file."""


class LegacyDocFormat(ResumeError):
    """A Word 97-2003 .doc file."""


class MacroEnabled(ResumeError):
    """A macro-enabled document (.docm or a .docx carrying a VBA project)."""


class EncryptedDocument(ResumeError):
    """A password-protected document."""


class UnsafeDocument(ResumeError):
    """XML with DTDs or entities (the XXE family), or other content we refuse to parse."""


class DocumentTooLarge(ResumeError):
    """Too large once unpacked (zip bomb) or too many paragraphs."""


class PdfUnavailable(ResumeError):
    """No LibreOffice on this machine, so no PDF."""


class PdfConversionFailed(ResumeError):
    """LibreOffice could not convert the document."""
