"""Opening uploaded zip archives (.docx, LinkedIn exports) without trusting them.

Sizes are checked from the central directory before anything is decompressed, and each entry
is read through a bounded stream, so a zip bomb costs at most the configured limit.
"""

from __future__ import annotations

import io
import zipfile

from credstack.exceptions import CredstackError

DEFAULT_MAX_TOTAL = 50 * 1024 * 1024
DEFAULT_MAX_ENTRIES = 2000
DEFAULT_MAX_RATIO = 100.0


class ArchiveError(CredstackError):
    """The upload is not a usable zip archive; the message says why."""

    status = 422
    error_type = "bad_archive"


def check_zip(data: bytes, *, max_total: int = DEFAULT_MAX_TOTAL, max_entries: int = DEFAULT_MAX_ENTRIES,
              max_ratio: float = DEFAULT_MAX_RATIO, what: str = "file") -> zipfile.ZipFile:
    """The archive, once its entry count, total uncompressed size and compression ratios are sane."""
    if not data.startswith(b"PK"):
        raise ArchiveError(f"This {what} is not a zip archive.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise ArchiveError(f"This {what} is a damaged zip archive ({exc}).") from exc
    if len(infos) > max_entries:
        raise ArchiveError(f"This {what} holds {len(infos):,} files; at most {max_entries:,} are accepted.")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise ArchiveError(f"This {what} is password-protected; save it without a password and try again.")
        total += info.file_size
        if total > max_total:
            raise ArchiveError(f"This {what} unpacks to more than {max_total // (1024 * 1024)} MB; it looks like a "
                               "zip bomb, not a document.")
        ratio = info.file_size / info.compress_size if info.compress_size else 0.0
        if ratio > max_ratio and info.file_size > 1024 * 1024:
            raise ArchiveError(f"{info.filename} in this {what} is compressed {ratio:,.0f} times over (more than "
                               f"{max_ratio:g}); it looks like a zip bomb.")
    return archive


def read_member(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """One entry's bytes, never more than ``limit`` (the declared size can lie)."""
    with archive.open(name) as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise ArchiveError(f"{name} is larger than its header says; refusing it.")
    return data
