"""Checks a .docx before python-docx may open it: format, zip bombs, macros, encryption, XXE."""

from __future__ import annotations

import io
import re
import zipfile

from docx import Document

from credstack.archives import ArchiveError, check_zip, read_member
from credstack.resume.errors import (
    DamagedDocument,
    DocumentTooLarge,
    EncryptedDocument,
    LegacyDocFormat,
    MacroEnabled,
    NotADocx,
    OpenDocumentFile,
    UnsafeDocument,
)

MAX_UPLOAD = 10 * 1024 * 1024
MAX_UNPACKED = 60 * 1024 * 1024
MAX_XML_PART = 25 * 1024 * 1024
MAX_ENTRIES = 1000
MAX_PARAGRAPHS = 20_000
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAIN_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MACRO_TYPES = ("macroEnabled", "vbaProject", "ms-office.vbaProject")
_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)


def check_docx(data: bytes):
    """The parsed python-docx Document, once the file has passed every check."""
    if not data:
        raise NotADocx("The file is empty: upload your resume as a Word .docx file.")
    if len(data) > MAX_UPLOAD:
        raise DocumentTooLarge(f"The file is {len(data) / 1e6:.1f} MB; resumes up to 10 MB are accepted.")
    if data.startswith(OLE):
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data \
                or b"EncryptedPackage" in data:
            raise EncryptedDocument("This document is password-protected: open it in Word, remove the password "
                                    "(File > Info > Protect Document) and upload it again.")
        raise LegacyDocFormat("This is a .doc file from Word 97-2003: open it in Word and use File > Save As > "
                              "Word Document (.docx).")
    if data.startswith(b"{\\rtf"):
        raise NotADocx("This is an RTF file: open it in Word and save it as a Word Document (.docx).")
    if data.startswith(b"%PDF"):
        raise NotADocx("This is a PDF: credstack edits Word resumes; upload the .docx you made the PDF from.")
    try:
        archive = check_zip(data, max_total=MAX_UNPACKED, max_entries=MAX_ENTRIES, max_ratio=200.0, what="document")
    except ArchiveError as exc:
        message = str(exc)
        if "not a zip" in message or "damaged zip" in message:
            explain_unreadable(data)
        if "not a zip" in message:
            raise NotADocx("This is not a Word .docx file: save your resume as a Word Document (.docx).") from exc
        if "zip bomb" in message or "unpacks to" in message:
            raise DocumentTooLarge(message) from exc
        if "password" in message:
            raise EncryptedDocument(message) from exc
        raise NotADocx(message) from exc
    names = set(archive.namelist())
    if "[Content_Types].xml" not in names or "mimetype" in names:
        explain_unreadable(data, archive)
        raise NotADocx("This zip is not a Word document (it has no [Content_Types].xml).")
    try:
        types = read_member(archive, "[Content_Types].xml", 1024 * 1024)
    except ArchiveError as exc:
        raise NotADocx(str(exc)) from exc
    if any(n.lower().endswith("vbaproject.bin") for n in names) or any(t.encode() in types for t in MACRO_TYPES):
        raise MacroEnabled("This document contains macros (.docm): save it as a plain Word Document (.docx) "
                           "without macros and upload that.")
    if MAIN_DOCUMENT.encode() not in types:
        raise NotADocx("This is not a Word document: it holds no main document part (is it a spreadsheet or a "
                       "presentation?).")
    for name in names:
        if name.lower().endswith((".xml", ".rels")):
            try:
                part = read_member(archive, name, MAX_XML_PART)
            except ArchiveError as exc:
                raise DocumentTooLarge(str(exc)) from exc
            if _DTD.search(part):
                raise UnsafeDocument(f"{name} declares a DTD or entities, which Word never writes; refusing to "
                                     "read it. Re-save the document in Word and upload it again.")
    try:
        # nothing that points outside the file survives into what is read, tailored or converted
        document = Document(io.BytesIO(strip_external(data)))
    except Exception as exc:  # python-docx raises assorted errors on broken parts
        raise NotADocx(f"Word could not have written this file: {type(exc).__name__}. Re-save it as .docx.") from exc
    paragraphs = document.element.body.xpath("count(.//w:p)")
    if paragraphs > MAX_PARAGRAPHS:
        raise DocumentTooLarge(f"The document has {int(paragraphs):,} paragraphs; resumes up to "
                               f"{MAX_PARAGRAPHS:,} are accepted.")
    return document


_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# Field instructions that make Word or LibreOffice fetch a file or a URL, or run another program.
_FETCHING_FIELD = re.compile(r"^\s*(INCLUDEPICTURE|INCLUDETEXT|INCLUDE|LINK|DDE|DDEAUTO|IMPORT)\b", re.IGNORECASE)


def strip_external(data: bytes) -> bytes:
    """The .docx without anything that points outside it: external relationships (linked images,
    attached templates, subdocuments, OLE links, frames) and fetching fields (INCLUDEPICTURE,
    INCLUDETEXT, LINK, DDE). Hyperlinks stay (they are only followed by a reader who clicks).
    Anything that is not a readable .docx comes back as it is, for the checks to refuse."""
    from lxml import etree

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return data
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    changed: dict[str, bytes] = {}
    for info in infos:
        name = info.filename
        if not name.endswith((".rels", ".xml")) or info.file_size > MAX_XML_PART:
            continue
        try:
            raw = archive.read(info)
            if name.endswith(".rels"):
                if b"External" not in raw:
                    continue
                root = etree.fromstring(raw, parser)
                dropped = [rel for rel in root if rel.get("TargetMode") == "External" and rel.get("Type") != _HYPERLINK]
                for rel in dropped:
                    root.remove(rel)
            else:
                if b"instr" not in raw:
                    continue
                root = etree.fromstring(raw, parser)
                dropped = _neutralise_fields(root)
        except (zipfile.BadZipFile, etree.XMLSyntaxError, ValueError, OSError):
            continue
        if dropped:
            changed[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    if not changed:
        return data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as rewritten:
        for info in infos:
            rewritten.writestr(info, changed.get(info.filename) or archive.read(info.filename))
    return out.getvalue()


def _neutralise_fields(root) -> list:
    """Empty the instruction of every fetching field (its last shown result stays as text)."""
    hits = []
    for simple in root.iter(f"{{{_W_NS}}}fldSimple"):
        if _FETCHING_FIELD.match(simple.get(f"{{{_W_NS}}}instr") or ""):
            simple.set(f"{{{_W_NS}}}instr", "")
            hits.append(simple)
    for instr in root.iter(f"{{{_W_NS}}}instrText"):
        if _FETCHING_FIELD.match(instr.text or ""):
            instr.text = ""
            hits.append(instr)
    return hits


ODF_MIMETYPE = re.compile(rb"application/vnd\.oasis\.opendocument\.(text|spreadsheet|presentation|graphics|\w)")
ZIP_LOCAL_HEADER = b"PK\x03\x04"


def explain_unreadable(data: bytes, archive=None) -> None:
    """Raise the error that says what this unreadable file is and what to do: an OpenDocument
    file saved or renamed as .docx, or a .docx cut off or damaged on the way."""
    head = data[:200]
    kind = ODF_MIMETYPE.search(head)
    if kind is None and archive is not None and "mimetype" in archive.namelist():
        try:
            kind = ODF_MIMETYPE.search(read_member(archive, "mimetype", 200))
        except ArchiveError:
            kind = None
    if kind is not None:
        what = {b"text": "an OpenDocument text (.odt)", b"spreadsheet": "an OpenDocument spreadsheet (.ods)",
                b"presentation": "an OpenDocument presentation (.odp)"}.get(kind.group(1), "an OpenDocument file")
        raise OpenDocumentFile(f"This is {what}, not a Word .docx: open it in LibreOffice or Word and use "
                               "File > Save As > Word Document (.docx), then upload that file.")
    if data.startswith(ZIP_LOCAL_HEADER) and archive is None:
        raise DamagedDocument("This .docx is damaged or incomplete (it may have been cut off while downloading or "
                              "copying): open the original in Word, save it again and upload the new copy.")
