"""Resumes: reading, tailoring, templates, showcase texts and PDF conversion."""

from credstack.resume.errors import (
    DamagedDocument,
    DocumentTooLarge,
    EncryptedDocument,
    LayoutUnsupported,
    LegacyDocFormat,
    MacroEnabled,
    NotADocx,
    OpenDocumentFile,
    PdfConversionFailed,
    PdfUnavailable,
    ResumeError,
    UnsafeDocument,
)
from credstack.resume.pdf import convert_to_pdf, first_page_png
from credstack.resume.reader import ResumeText, read_resume
from credstack.resume.showcase import showcase
from credstack.resume.tailor import ChangeSummary, TailoredResume, TailorOptions, tailor_document, tailor_resume
from credstack.resume.templates import TEMPLATES, UnknownTemplate, build_resume

__all__ = ["TEMPLATES", "ChangeSummary", "DamagedDocument", "DocumentTooLarge", "EncryptedDocument",
           "LayoutUnsupported", "LegacyDocFormat", "MacroEnabled", "NotADocx", "OpenDocumentFile",
           "PdfConversionFailed", "PdfUnavailable", "ResumeError", "ResumeText", "TailorOptions", "TailoredResume",
           "UnknownTemplate", "UnsafeDocument", "build_resume", "convert_to_pdf", "first_page_png", "read_resume",
           "showcase", "tailor_document", "tailor_resume"]
