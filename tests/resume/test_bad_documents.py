"""Hostile or wrong uploads get a specific error with a message a person can act on."""

from __future__ import annotations

import io
import zipfile

import pytest

from credstack.resume import (
    DamagedDocument,
    DocumentTooLarge,
    EncryptedDocument,
    LegacyDocFormat,
    MacroEnabled,
    NotADocx,
    OpenDocumentFile,
    UnsafeDocument,
    read_resume,
)

from . import docs

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def xxe(original: bytes) -> bytes:
    body = zipfile.ZipFile(io.BytesIO(original)).read("word/document.xml").decode()
    evil = body.replace("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>",
                        "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>", 1)
    assert evil != body
    return docs.rezip(original, {"word/document.xml": evil.encode()})


def macro(original: bytes) -> bytes:
    types = zipfile.ZipFile(io.BytesIO(original)).read("[Content_Types].xml").replace(
        b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml")
    return docs.rezip(original, {"[Content_Types].xml": types}, {"word/vbaProject.bin": b"\x00" * 100})


def bomb(original: bytes) -> bytes:
    return docs.rezip(original, extra={"word/media/padding.xml": b"<a>" + b" " * (70 * 1024 * 1024) + b"</a>"})


def xlsx_like(original: bytes) -> bytes:
    types = zipfile.ZipFile(io.BytesIO(original)).read("[Content_Types].xml").replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    return docs.rezip(original, {"[Content_Types].xml": types})


GOOD = docs.plain_bold_headings()


def odt(renamed_only: bool = True) -> bytes:
    """An OpenDocument text as LibreOffice writes it (mimetype first, stored), renamed .docx."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content/>")
        z.writestr("META-INF/manifest.xml", "<manifest:manifest/>")
        if not renamed_only:
            z.writestr("[Content_Types].xml", "<Types/>")  # a converter's leftovers: still OpenDocument
    return out.getvalue()


@pytest.mark.parametrize("data, error, words", [
    (b"", NotADocx, "empty"),
    (b"hello, this is text", NotADocx, "not a Word .docx"),
    (b"%PDF-1.7 ...", NotADocx, "PDF"),
    (b"{\\rtf1\\ansi hello}", NotADocx, "RTF"),
    (OLE + b"\x00" * 600, LegacyDocFormat, "Save As"),
    (OLE + b"\x00" * 100 + "EncryptedPackage".encode("utf-16-le"), EncryptedDocument, "password"),
    (b"PK\x03\x04garbage-not-a-zip", DamagedDocument, "damaged or incomplete"),  # was a bare "not a .docx"
    (GOOD[: len(GOOD) // 2], DamagedDocument, "save it again"),  # cut off half-way (truncated download)
    (odt(), OpenDocumentFile, "Save As > Word Document (.docx)"),
    (odt(renamed_only=False), OpenDocumentFile, ".odt"),
    (macro(GOOD), MacroEnabled, "macros"),
    (xxe(GOOD), UnsafeDocument, "DTD"),
    (bomb(GOOD), DocumentTooLarge, "zip bomb"),
    (xlsx_like(GOOD), NotADocx, "main document"),
    (b"x" * (11 * 1024 * 1024), DocumentTooLarge, "10 MB"),
])
def test_refused_with_a_reason(data, error, words):
    with pytest.raises(error) as info:
        read_resume(data)
    assert words in str(info.value)


def test_zip_bomb_is_refused_from_its_directory(monkeypatch):
    data = bomb(GOOD)
    assert len(data) < 2 * 1024 * 1024  # tiny on disk, 70 MB unpacked
    opened = []
    real_open = zipfile.ZipFile.open
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda self, name, *a, **k: opened.append(name) or
                        real_open(self, name, *a, **k))
    with pytest.raises(DocumentTooLarge):
        read_resume(data)
    assert opened == []  # refused before any entry was decompressed
