"""Reading article files: bytes -> text, plus the lines that are page furniture, not claims.

Scraped pages arrive in many encodings. Byte-order marks are honoured (UTF-8, UTF-16, UTF-32);
text without one is read as UTF-8, else as Windows-1252 (a superset of Latin-1 for printable
text). The encoding used is recorded in the result so nothing is silently guessed. Binary files,
empty files, files over the size limit and anything but a regular file (a named pipe,
a device) are errors naming the file.
"""

from __future__ import annotations

import bisect
import codecs
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import ArticleReadError
from .files import read_limited
from .webpage import HTML_SUFFIXES, is_html, main_text

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".md", ".text", ".markdown")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


@dataclass(frozen=True)
class ArticleText:
    path: str
    text: str
    encoding: str
    sha256: str
    source_format: str = "text"  # "html": the text is the article trafilatura found in the page


def read_article(path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> ArticleText:
    path = Path(path)
    raw = read_limited(path, max_bytes, ArticleReadError, option="--max-bytes")
    return article_from_bytes(path, raw, max_bytes)


def article_from_bytes(path: Path | str, raw: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> ArticleText:
    """An article's content as read from anywhere (a file, a record of a dataset), named ``path``:
    the same decoding, limits and web-page handling, and the SHA-256 of these bytes."""
    if len(raw) > max_bytes:
        raise ArticleReadError(path, f"file is {len(raw):,} bytes, over the {max_bytes:,}-byte limit (--max-bytes)")
    text, encoding = decode(raw, path)
    digest = hashlib.sha256(raw).hexdigest()
    if is_html(path):
        return ArticleText(str(path), main_text(text, path), encoding, digest, "html")
    return ArticleText(str(path), text, encoding, digest)


def decode(raw: bytes, path: Path | str = "<text>") -> tuple[str, str]:
    """Decode an article's bytes; return ``(text, encoding)`` or raise :class:`ArticleReadError`."""
    if not raw.strip():
        raise ArticleReadError(path, "file is empty")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                raise ArticleReadError(path, f"starts with a {encoding} byte-order mark but is not {encoding}") from None
            return _checked_text(text, path), encoding.replace("-sig", "")
    if b"\x00" in raw:
        raise ArticleReadError(path, "binary file (contains NUL bytes), not a text article")
    try:
        return _checked_text(raw.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return _checked_text(raw.decode("cp1252"), path), "cp1252"
    except UnicodeDecodeError:
        return _checked_text(raw.decode("latin-1"), path), "latin-1"


def _checked_text(text: str, path: Path | str) -> str:
    if not text.strip():
        raise ArticleReadError(path, "file is empty")
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(8, len(sample) // 50):
        raise ArticleReadError(path, "binary file (control characters), not a text article")
    return text.replace("\r\n", "\n").replace("\r", "\n")


# Page furniture: lines that are never claims about the show.
_BOILERPLATE = re.compile(
    r"""^\s*(?:
        (?:must|also|continue|keep)\s+read\b.*         # MUST READ|| Other Show Season 3 ...
      | read\s+(?:more|next|also)\b.*
      | (?:previous|next|prev\.?|older|newer)\s*(?:article|post|story)(?-i:(?![a-z])).*   # a link to the site's next page
      | (?:you\s+may\s+(?:also\s+)?like|recommended\s+for\s+you|trending\s+now)\s*:?\s*
      | related(?:\s+(?:posts?|articles?|stories))?\s*:.*
      | -*\s*advertisement\s*-*
      | sponsored(?:\s+content)?
      | share\s+this(?:\s+(?:article|post|story))?\b.*
      | (?:share|tweet|pin|email)(?:\s*(?:on\s+)?(?:facebook|twitter|x|whatsapp|pinterest|reddit|linkedin))+\s*
      | (?:by|written\s+by|posted\s+by|author)\s*:?\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*
      | (?:published|updated|last\s+updated)\s*(?:on)?\s*:?.{0,40}
      | (?:subscribe|sign\s+up|click\s+here|follow\s+us)\b.*
      | (?:table\s+of\s+contents|contents)\s*
      | (?:home|news|entertainment|tv)(?:\s*[»›>/|]\s*[\w ]+)+   # breadcrumbs
      | (?:url|source|link|address)\s*:\s*https?://\S+            # a saved page's address
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_SHORT_NAME_LINE = re.compile(r"^\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*$")


_ADDRESS_LINE = re.compile(r"\A\s*(?:url|source|link|address)\s*:\s*(https?://\S+)", re.IGNORECASE)


def page_address(text: str) -> str | None:
    """The address a saved article names on its first line ("URL: https://..."), if any."""
    match = _ADDRESS_LINE.match(text)
    return match.group(1) if match else None


def address_words(address: str) -> str:
    """The words of an address's path, written as a title: ".../show-season-2-cast/123" ->
    "Show Season 2 Cast"; the site's name is left out."""
    path = re.sub(r"^https?://[^/]+", "", address)
    words = re.findall(r"[^\W_]+", re.sub(r"\.\w{2,5}$", "", path))
    return " ".join(w.capitalize() for w in words if not w.isdigit() or len(w) <= 2)


def boilerplate_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of lines that are page furniture (ads, share buttons, bylines...)."""
    ranges: list[tuple[int, int]] = []
    offset = 0
    previous, previous_range = "", (0, 0)  # the last non-blank line, stripped, and where it is
    for line in text.split("\n"):
        end = offset + len(line)
        stripped = line.strip()
        is_byline = bool(stripped) and stripped == previous and _SHORT_NAME_LINE.match(line)
        if stripped and (_BOILERPLATE.match(line) or is_byline):
            ranges.append((offset, end))
            if is_byline:  # the first of the repeated byline lines too, blank lines between or not
                ranges.append(previous_range)
        if stripped:
            previous, previous_range = stripped, (offset, end)
        offset = end + 1
    return sorted(set(ranges))


class LineIndex:
    """Character offset -> 1-based (line, column)."""

    def __init__(self, text: str):
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def locate(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1
