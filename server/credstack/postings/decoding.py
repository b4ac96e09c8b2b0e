"""Input as it arrives -> text: bytes decoded, binary files refused, markup told from text."""

from __future__ import annotations

import re

from credstack.postings.errors import NoPostingFound

MAX_INPUT_CHARS = 12 * 1024 * 1024  # beyond this a page is cut, not refused
FILE_SIGNATURES = ((b"%PDF-", "a PDF file"), (b"PK\x03\x04", "a Word or other zipped file"),
                   (b"\xd0\xcf\x11\xe0", "an old Word or Office file"), (b"\x89PNG", "an image"),
                   (b"\xff\xd8\xff", "an image"), (b"GIF8", "an image"), (b"\x1f\x8b", "a compressed file"))
_TAG_NAMES = r"(!doctype|html|head|body|div|p|br|span|h[1-6]|ul|ol|li|table|tr|td|script|style|meta|link|title|" \
             r"section|article|main|header|footer|nav|strong|b|em|i|a|font|center|form)"
_HTML_START = re.compile(rf"^\s*(<\?xml|<!--|<\s*{_TAG_NAMES}\b)", re.IGNORECASE)
_HTML_TAG = re.compile(rf"<\s*/?\s*{_TAG_NAMES}\b[^<>]{{0,500}}>", re.IGNORECASE)
MIN_SNIFFED_TAGS = 3
_WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "windows-1252",
                        "cp1252", "x-cp1252"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
_LATIN_SINGLE_BYTE = re.compile(r"^(cp125[0-8]|windows-125[0-8]|iso8859_\d+|latin_?\d?|mac_\w+|cp8\d\d)$")


def decode(data: bytes) -> str:
    """Bytes -> text: a BOM; then UTF-8 when the bytes are valid UTF-8 (whatever the page declares:
    pages saved years ago often declare one charset and use another); then the declared charset,
    read as browsers do (latin-1 and ASCII labels as windows-1252); then a detected encoding."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    codec = declared.group(1).decode("ascii", "ignore").lower() if declared else ""
    codec = "cp1252" if codec in _WINDOWS_1252_LABELS else codec
    if codec and codec.replace("-", "").replace("_", "") != "utf8":
        try:
            return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            if codec == "cp1252":  # five bytes cp1252 leaves undefined: keep them as replacements
                return data.decode(codec, "replace")
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    guess = best.encoding if best is not None else "cp1252"
    # Western pages far outnumber the rest; a Latin single-byte guess is most likely windows-1252
    if _LATIN_SINGLE_BYTE.match(guess):
        guess = "cp1252"
    return data.decode(guess, "replace")


def is_html(text: str) -> bool:
    """Markup, by its content: it opens with a tag, or holds several. A text posting that names
    a tag or two ("semantic <section> and <article>") stays text, line breaks and all."""
    head = text[:20_000].lstrip("\ufeff")
    if _HTML_START.match(head):
        return True
    count = 0
    for _ in _HTML_TAG.finditer(head):
        count += 1
        if count >= MIN_SNIFFED_TAGS:
            return True
    return False


def refuse_binary(data: bytes | bytearray | str) -> None:
    """PDF, Word, image and other binary files are not pages; say which one it is."""
    if isinstance(data, (bytes, bytearray)):
        for signature, kind in FILE_SIGNATURES:
            if bytes(data[:8]).startswith(signature):
                raise NoPostingFound(f"this is {kind}, not a web page or text — paste the posting's text instead")
        head = bytes(data[:4096])
        if head.count(b"\x00") > 16 and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise NoPostingFound("this is a binary file, not a web page or text")


_MHTML_HEAD = re.compile(rb"^(?:From:|Snapshot-Content-Location:|Subject:|Date:|MIME-Version:|Content-Type:)",
                         re.IGNORECASE)


def unwrap_mhtml(data: bytes | bytearray | str) -> bytes | bytearray | str:
    """A page saved as a single file (.mhtml / .mht: MIME with the HTML quoted-printable or
    base64 inside) -> the page's HTML bytes; anything else unchanged."""
    raw = data.encode("utf-8", "replace") if isinstance(data, str) else bytes(data)
    if not _MHTML_HEAD.match(raw[:200].lstrip()) or b"multipart/related" not in raw[:4000].lower():
        return data
    import email
    import email.policy

    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if payload:
                # what the part states outside the HTML goes where the parser looks: the charset
                # in a <meta>, the page's address in a browser's "saved from url" mark
                head = ""
                location = message.get("Snapshot-Content-Location") or part.get("Content-Location") or ""
                if re.match(r"^https?://\S+$", location.strip()):
                    head += f"<!-- saved from url=({len(location.strip()):04d}){location.strip()} -->\n"
                if part.get_content_charset():
                    head += f"<meta charset='{part.get_content_charset()}'>"
                return head.encode("ascii", "ignore") + payload
    return data


# UTF-8 read as windows-1252: "â€™" for "’", "Â£" for "£", "Ã©" for "é" (a page served or saved
# without its charset, which a browser reads as windows-1252 and the extension sends as it shows it)
_MOJIBAKE = re.compile("(?:\u00e2\u20ac[\u2122\u0153\u201d\u02dc\u00a6\u201c\u0161\u00a2\u00b9\u00ba\u201e]"
                       "|\u00c2[\u00a0-\u00bf]|\u00c3[\u0080-\u00bf\u0152-\u0178\u2018-\u203a\u20ac\u2122])")
MIN_MOJIBAKE = 3
# windows-1252's characters above 0x7f that are not latin-1's, back to their byte
_CP1252_BYTES = {bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def repair_mojibake(text: str) -> str:
    """Text whose UTF-8 was read as windows-1252, read again as UTF-8; any other text as it is.

    Only when such sequences recur (at least ``MIN_MOJIBAKE``) and the whole text goes back to
    bytes that are valid UTF-8: a page that writes "Ã©" once on purpose, or mixes real accents
    with the sequences, is left alone."""
    if len(_MOJIBAKE.findall(text, 0, 200_000)) < MIN_MOJIBAKE:
        return text
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code < 0x100:
            out.append(code)
        elif ch in _CP1252_BYTES:
            out.append(_CP1252_BYTES[ch])
        else:
            return text  # a character windows-1252 cannot have produced: not mojibake
    try:
        return out.decode("utf-8")
    except UnicodeDecodeError:
        return text
