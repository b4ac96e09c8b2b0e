"""PDF output through LibreOffice, and a first-page preview (PNG, poppler's pdftoppm), when they
are installed, in a box they cannot reach out of.

A resume is a user's upload, so LibreOffice is treated as reading hostile input: the document's
external relationships and include-fields are dropped first (``safety.strip_external``); soffice
runs in a private network namespace (``unshare -n``, when the server may create one) so nothing
it follows can reach a host, with a fresh profile whose settings turn macros and link updates off;
the whole process group is killed at the deadline; and only a few conversions run at once. The
preview's rasterising runs in the same box, within the same deadline and the same slot.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from functools import lru_cache
from pathlib import Path

from credstack.resume.errors import PdfConversionFailed, PdfUnavailable, ResumeError
from credstack.resume.safety import strip_external

# Conversions at once; others wait up to QUEUE_SECONDS for a slot, then get 503 busy.
MAX_CONCURRENT = 2
QUEUE_SECONDS = 20.0
_slots = threading.BoundedSemaphore(MAX_CONCURRENT)

# LibreOffice settings of the fresh profile: macros never run, links are never updated, untrusted
# referer links are blocked, and nothing is fetched for previews or updates.
_SETTINGS = (
    ("org.openoffice.Office.Common/Security/Scripting", "MacroSecurityLevel", "3"),
    ("org.openoffice.Office.Common/Security/Scripting", "DisableMacrosExecution", "true"),
    ("org.openoffice.Office.Common/Security/Scripting", "BlockUntrustedRefererLinks", "true"),
    ("org.openoffice.Office.Writer/Content/Update", "Link", "2"),  # 2: never update links
    ("org.openoffice.Office.Writer/Content/Update", "Field", "false"),
    ("org.openoffice.Office.Calc/Content/Update", "Link", "2"),
    ("org.openoffice.Office.Common/Misc", "UseLocking", "false"),
)
_REGISTRY = ('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
             'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
             + "".join(f'<item oor:path="/{path}"><prop oor:name="{name}" oor:op="fuse"><value>{value}</value>'
                       "</prop></item>\n" for path, name, value in _SETTINGS)
             + "</oor:items>\n")


class PdfBusy(ResumeError):
    """Every conversion slot is taken; try again shortly."""

    status = 503
    error_type = "busy"

    def __init__(self, message: str) -> None:
        super().__init__(message, details={"retry_after": 10})
        self.headers = {"Retry-After": "10"}


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def pdftoppm() -> str | None:
    return shutil.which("pdftoppm")


@lru_cache(maxsize=1)
def network_jail() -> tuple[str, ...]:
    """The command prefix that runs a program without network (``unshare -n``), when this server
    may create a network namespace; () when it may not (then the stripped document and the
    profile's settings are the only guards)."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return ()
    try:
        probe = subprocess.run([unshare, "-n", "--", "true"], capture_output=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return ()
    return (unshare, "-n", "--") if probe.returncode == 0 else ()


def convert_to_pdf(docx_bytes: bytes, timeout: float = 60) -> bytes:
    """The document as PDF, converted offline in its own LibreOffice profile."""
    binary = soffice()
    if binary is None:
        raise PdfUnavailable("LibreOffice (soffice) is not installed on the server")
    docx_bytes = strip_external(docx_bytes)
    if not _slots.acquire(timeout=QUEUE_SECONDS):
        raise PdfBusy("Every PDF conversion slot is busy; try again in a few seconds, or download the .docx.")
    try:
        return _convert(binary, docx_bytes, timeout)
    finally:
        _slots.release()


def first_page_png(docx_bytes: bytes, width: int = 720, timeout: float = 60) -> bytes:
    """The document's first page as a PNG ``width`` pixels wide: converted to PDF as
    :func:`convert_to_pdf` does, then rasterised by pdftoppm in the same box, one slot and one
    deadline for both."""
    binary, raster = soffice(), pdftoppm()
    if binary is None or raster is None:
        missing = "LibreOffice (soffice)" if binary is None else "poppler-utils (pdftoppm)"
        raise PdfUnavailable(f"A preview needs {missing} on the server, which is not installed; "
                             "download the resume to see it.")
    docx_bytes = strip_external(docx_bytes)
    if not _slots.acquire(timeout=QUEUE_SECONDS):
        raise PdfBusy("Every conversion slot is busy; the preview can be asked again in a few seconds.")
    try:
        deadline = time.monotonic() + timeout
        pdf = _convert(binary, docx_bytes, timeout)
        return _rasterise(raster, pdf, width, max(1.0, deadline - time.monotonic()))
    finally:
        _slots.release()


def _rasterise(binary: str, pdf: bytes, width: int, timeout: float) -> bytes:
    with tempfile.TemporaryDirectory(prefix="credstack-png-") as tmp:
        folder = Path(tmp)
        (folder / "resume.pdf").write_bytes(pdf)
        command = [*network_jail(), binary, "-png", "-f", "1", "-l", "1", "-singlefile", "-scale-to-x", str(width),
                   "-scale-to-y", "-1", str(folder / "resume.pdf"), str(folder / "page")]
        _run(command, folder, timeout, "render the first page of the resume")
        target = folder / "page.png"
        if not target.exists() or target.stat().st_size == 0:
            raise PdfConversionFailed("The first page of this resume could not be rendered")
        return target.read_bytes()


def _run(command: list[str], folder: Path, timeout: float, what: str) -> None:
    """Run a converter in ``folder`` (its HOME), without proxies; its whole group dies at the deadline."""
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env["HOME"] = str(folder)
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=folder,
                               env=env, start_new_session=True)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise PdfConversionFailed(f"It took more than {timeout:g} s to {what}") from exc
    finally:
        _kill_group(process)


def _convert(binary: str, docx_bytes: bytes, timeout: float) -> bytes:
    with tempfile.TemporaryDirectory(prefix="credstack-pdf-") as tmp:
        folder = Path(tmp)
        source = folder / "resume.docx"
        source.write_bytes(docx_bytes)
        user = folder / "profile" / "user"
        user.mkdir(parents=True)
        (user / "registrymodifications.xcu").write_text(_REGISTRY, "utf-8")
        command = [*network_jail(), binary, f"-env:UserInstallation=file://{folder / 'profile'}", "--headless",
                   "--norestore", "--nologo", "--nolockcheck", "--nodefault", "--convert-to", "pdf",
                   "--outdir", str(folder), str(source)]
        _run(command, folder, timeout, "convert the resume to PDF")
        target = folder / "resume.pdf"
        if not target.exists() or target.stat().st_size == 0:
            raise PdfConversionFailed("LibreOffice could not convert this document to PDF")
        return target.read_bytes()


def _kill_group(process: subprocess.Popen) -> None:
    """End soffice and everything it started (soffice.bin outlives its launcher)."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    process.wait()
