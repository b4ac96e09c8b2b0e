"""Document conversion cannot reach out: a resume's external image links, templates and include
fields are dropped before anything reads the file, and LibreOffice converts with no network."""

from __future__ import annotations

import io
import re
import shutil
import struct
import subprocess
import threading
import zipfile
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from docx import Document

from credstack.resume.pdf import convert_to_pdf
from credstack.resume.safety import strip_external

needs_soffice = pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdfimages")),
                                   reason="LibreOffice and poppler are system packages (scripts/system-deps.sh)")


def png(width: int = 64, height: int = 64, rgb: tuple[int, int, int] = (220, 20, 20)) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def linked_resume(target: str, field: str | None = None) -> bytes:
    """A resume whose picture is linked (``r:link``, TargetMode External) to ``target``, with an
    attached template at ``target`` too, and optionally an INCLUDEPICTURE field."""
    document = Document()
    document.add_paragraph("Jane Doe")
    document.add_picture(io.BytesIO(png()))
    if field:
        paragraph = document.add_paragraph()
        simple = paragraph._p.makeelement(  # noqa: SLF001 - building a field python-docx has no API for
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}fldSimple",
            {"{http://schemas.openxmlformats.org/wordprocessingml/2006/main}instr": field})
        paragraph._p.append(simple)  # noqa: SLF001
    document.add_paragraph("Experience")
    buffer = io.BytesIO()
    document.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as rewritten:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/_rels/document.xml.rels":
                text = data.decode()
                text = re.sub(r'(Type="[^"]*/image") Target="[^"]*"', rf'\1 Target="{target}" TargetMode="External"',
                              text)
                data = text.encode()
            elif info.filename == "word/document.xml":
                data = data.replace(b"r:embed=", b"r:link=")
            elif info.filename == "word/_rels/settings.xml.rels" or info.filename.startswith("word/media/"):
                continue
            rewritten.writestr(info, data)
        rewritten.writestr("word/_rels/settings.xml.rels",
                           '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                           '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                           f'relationships/attachedTemplate" Target="{target}" TargetMode="External"/>'
                           '</Relationships>')
    return out.getvalue()


class Listener:
    """A local HTTP server that records every request it gets."""

    def __init__(self) -> None:
        seen = self.requests = []

        class Handler(BaseHTTPRequestHandler):
            def _record(self):
                seen.append((self.command, self.path))
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                body = png()
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

            do_GET = do_HEAD = do_OPTIONS = do_PROPFIND = _record  # noqa: N815

            def log_message(self, *_args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/photo.png"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *_exc):
        self.server.shutdown()
        self.server.server_close()


def external_targets(data: bytes) -> list[str]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    found = []
    for name in archive.namelist():
        if name.endswith(".rels"):
            found += re.findall(r'Target="([^"]*)"[^>]*TargetMode="External"', archive.read(name).decode())
    return found


def test_external_relationships_and_fetching_fields_are_dropped_hyperlinks_kept():
    data = linked_resume("http://127.0.0.1:9/photo.png", field=' INCLUDEPICTURE "http://127.0.0.1:9/x.png" ')
    document = Document(io.BytesIO(data))
    document.paragraphs[0].add_run("site")
    part = document.part
    part.relate_to("https://jane.example/", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                   "hyperlink", is_external=True)
    buffer = io.BytesIO()
    document.save(buffer)
    assert "http://127.0.0.1:9/photo.png" in external_targets(buffer.getvalue())
    cleaned = strip_external(buffer.getvalue())
    assert external_targets(cleaned) == ["https://jane.example/"]
    assert b"INCLUDEPICTURE" not in zipfile.ZipFile(io.BytesIO(cleaned)).read("word/document.xml")
    assert Document(io.BytesIO(cleaned)).paragraphs[0].text.startswith("Jane Doe")


@needs_soffice
def test_conversion_sends_no_request_to_a_linked_server():
    with Listener() as listener:
        pdf = convert_to_pdf(linked_resume(listener.url, field=f' INCLUDEPICTURE "{listener.url}" \\d '))
    assert pdf.startswith(b"%PDF")
    assert listener.requests == []


@needs_soffice
def test_a_linked_local_file_never_appears_in_the_pdf(tmp_path):
    secret = tmp_path / "secret.png"
    secret.write_bytes(png(120, 120, (10, 200, 10)))
    pdf = convert_to_pdf(linked_resume(secret.as_uri()))
    (tmp_path / "out.pdf").write_bytes(pdf)
    listing = subprocess.run(["pdfimages", "-list", str(tmp_path / "out.pdf")], capture_output=True, text=True,
                             check=True).stdout.splitlines()
    assert len(listing) == 2, listing  # the header lines only: no image in the PDF


@needs_soffice
def test_a_tailored_upload_as_pdf_sends_no_request(client, auth):
    client.put("/api/v1/profile", json={"name": "Jane Doe", "skills": [{"name": "Python"}]}, headers=auth)
    with Listener() as listener:
        response = client.post("/api/v1/tailor?format=pdf", headers=auth, content_type="multipart/form-data",
                               data={"file": (io.BytesIO(linked_resume(listener.url)), "r.docx"),
                                     "posting": "Requirements\n- 3+ years of Python"})
    assert response.status_code == 200, response.get_json()
    assert listener.requests == []
