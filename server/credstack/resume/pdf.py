"""PDF output through LibreOffice, when it is installed."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from credstack.resume.errors import PdfConversionFailed, PdfUnavailable


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(docx_bytes: bytes, timeout: float = 90) -> bytes:
    """The document as PDF. Each call uses its own LibreOffice profile, so calls can overlap."""
    binary = soffice()
    if binary is None:
        raise PdfUnavailable("LibreOffice (soffice) is not installed on the server")
    with tempfile.TemporaryDirectory(prefix="credstack-pdf-") as tmp:
        folder = Path(tmp)
        source = folder / "resume.docx"
        source.write_bytes(docx_bytes)
        command = [binary, f"-env:UserInstallation=file://{folder / 'profile'}", "--headless", "--norestore",
                   "--convert-to", "pdf", "--outdir", str(folder), str(source)]
        try:
            subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            raise PdfConversionFailed(f"LibreOffice took more than {timeout:g} s to convert the resume") from exc
        target = folder / "resume.pdf"
        if not target.exists() or target.stat().st_size == 0:
            raise PdfConversionFailed("LibreOffice could not convert this document to PDF")
        return target.read_bytes()
