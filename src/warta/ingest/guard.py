"""Checks every reader applies before a document exists: size caps, binary data, encodings.

Each check returns an `InputError` saying what is wrong and what to do, or the clean value;
none raises. Sizes come from `warta.settings`, so a hostile item is refused before it is read
whole or parsed.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import BinaryIO

from warta.ingest.errors import InputError
from warta.settings import limit

# Control characters other than tab, line feed, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SNIFF = 8192  # bytes (or characters) looked at to tell text from binary data
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""",
                      re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""")


def too_large(item: str, size: int, cap: int, setting: str) -> InputError:
    """The error for an item over a size limit (the hint names the setting to raise)."""
    return InputError(item, f"too large: {size:,} bytes (limit {cap:,})",
                      f"split it, or raise the limit with --limit {setting}=N "
                      f"(env WARTA_{setting.upper()})")


def read_capped(path: Path, cap: int, setting: str) -> bytes | InputError:
    """The bytes of a regular file no larger than `cap`; never reads more than cap + 1 bytes."""
    item = str(path)
    try:
        if not path.is_file():
            return InputError(item, "not a regular file", "give files or directories")
        with path.open("rb") as f:
            return read_stream_capped(f, item, cap, setting)
    except OSError as err:
        return InputError(item, f"cannot read file: {err.strerror or err}", "check permissions")


def read_stream_capped(f: BinaryIO, item: str, cap: int, setting: str) -> bytes | InputError:
    """At most `cap` bytes of a stream; an error (not the data) if there is more."""
    data = f.read(cap + 1)
    if len(data) > cap:
        return too_large(item, _size_of(f, len(data)), cap, setting)
    return data


def _size_of(f: BinaryIO, read: int) -> int:
    """The stream's full size when it can be told cheaply, else what was read."""
    try:
        pos = f.tell()
        end = f.seek(0, 2)
        f.seek(pos)
        return max(end, read)
    except (OSError, ValueError):
        return read


def looks_binary(data: bytes | str) -> bool:
    """NUL bytes, or many control characters, in the first few kilobytes."""
    head = data[:_SNIFF]
    if isinstance(head, bytes):
        if b"\x00" in head:
            return True
        head = head.decode("latin-1")
    if "\x00" in head:
        return True
    return len(_CONTROL.findall(head)) > max(8, len(head) // 20)


def binary_error(item: str) -> InputError:
    """The error for an item that is not text."""
    return InputError(item, "binary data, not text",
                      "give text, HTML or JSON Lines files (images, PDFs and archives are not read)")


def decode_utf8(data: bytes, item: str) -> str | InputError:
    """UTF-8 text (a leading byte-order mark is dropped), or why it is not."""
    if looks_binary(data):
        return binary_error(item)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        utf16 = data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
        return InputError(item, f"not UTF-8 text: {err.reason} at byte {err.start}",
                          "the file looks like UTF-16: convert it to UTF-8" if utf16 else
                          "convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8)")


def decode_html(data: bytes, item: str) -> str | InputError:
    """The page as text, decoded by its declared charset (UTF-8 when none is declared)."""
    if looks_binary(data):
        return binary_error(item)
    head = data[:4096]
    found = _XML_ENCODING.search(head) or _CHARSET.search(head)
    declared = found.group(1).decode("ascii").lower() if found else None
    if declared:
        try:
            codec = codecs.lookup(declared).name
        except LookupError:
            return InputError(item, f"unknown charset declared: {declared!r}",
                              "fix the page's <meta charset>, or convert it to UTF-8")
        try:
            return data.decode(codec)
        except UnicodeDecodeError as err:
            return InputError(item, f"the bytes are not the declared charset {declared}: "
                                    f"{err.reason} at byte {err.start}",
                              "fix the page's <meta charset> to match its bytes, or convert "
                              "it to UTF-8")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return InputError(item, f"not UTF-8 and no charset declared: {err.reason} at byte "
                                f"{err.start}",
                          "add <meta charset=...> naming its encoding, or convert it to UTF-8")


def check_text(text: str, item: str) -> InputError | None:
    """None when `text` is worth coding; else why not (empty, binary, invalid Unicode)."""
    if not text.strip():
        return InputError(item, "empty text", "the item has no text to code")
    if looks_binary(text):
        return binary_error(item)
    if not is_encodable(text):
        return InputError(item, "invalid Unicode: lone surrogate characters in the text",
                          "re-export the text as valid UTF-8")
    return None


def is_encodable(text: str) -> bool:
    """Whether the string can be written as UTF-8 (JSON allows lone surrogates; files do not)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def html_depth_error(content: str, item: str) -> InputError | None:
    """An error when the page nests elements deeper than the limit (lxml stops at 256)."""
    import lxml.etree
    import lxml.html

    cap = limit("max_html_depth")
    try:
        root = lxml.html.document_fromstring(content)
    except (lxml.etree.ParserError, ValueError):
        return None  # empty or odd markup: the extractor decides and says why
    depth = deepest = 0
    for event, _ in lxml.etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth > deepest:
            deepest = depth
            if deepest > cap:
                return InputError(item, f"HTML nested too deeply: over {cap} levels",
                                  "this is not a normal page; raise --limit "
                                  "max_html_depth=N if it is")
    return None
