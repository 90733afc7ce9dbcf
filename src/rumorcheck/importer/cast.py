"""Cast lines of a Wikipedia page -> cast members, roles and character descriptions.

Reads the forms cast sections use: "Actor as Role", "Actor as Role / Other role" (a dual role),
"Actor as Role, description", "Actor as Role aka Nickname", "Actor as young Role" (usually a
sub-line of the adult's actor), "(ep. 3, 7-8)" and "(seasons 1-2)" scopes, and text lines after
a cast line describing the character. Billing comes from the section headings (Main,
Supporting, Extended, Special appearances...), seasons from headings such as "Season 2".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .page import Item, Section

BILLING_WORDS = [
    ("special", "special"), ("cameo", "special"), ("guest", "guest"), ("voice", "voice"),
    ("extended", "extended"), ("minor", "extended"), ("other", "extended"), ("recurring", "supporting"),
    ("supporting", "supporting"), ("main", "main"), ("starring", "main"), ("lead", "main"),
]
BILLING_RANK = {"main": 0, "supporting": 1, "extended": 2, "guest": 3, "special": 4, "voice": 5}
# Ranks and titles written before a character's name: "Detective Oh Jong-min".
TITLE_WORDS = {
    "detective", "det.", "prosecutor", "officer", "inspector", "sergeant", "sgt.", "captain", "capt.",
    "chief", "agent", "judge", "lawyer", "attorney", "doctor", "dr.", "dr", "professor", "prof.",
    "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss", "president", "chairman", "director", "secretary",
    "lieutenant", "lt.", "constable", "dci", "di", "ds", "dc", "reverend", "father", "sister", "nurse",
}
_SCOPE = re.compile(r"(?P<what>eps?\.?|episodes?|seasons?|series|s)\s*(?P<numbers>\d[\d\s,&–—-]*(?:and\s+\d+)?)",
                    re.IGNORECASE)
_BRACKETS = re.compile(r"\s*\(([^()]*)\)")
_YOUNG = re.compile(r"^(?:young|younger|child|teenage|teen|little)\s+", re.IGNORECASE)
_AKA = re.compile(r"\s+(?:aka|a\.k\.a\.|also known as)\s+", re.IGNORECASE)


@dataclass
class RoleLine:
    character: str
    young: bool = False
    aliases: list[str] = field(default_factory=list)
    description: str = ""
    episodes: list[int] = field(default_factory=list)
    seasons: list[int] = field(default_factory=list)
    voice: bool = False
    cameo: bool = False  # "as himself"


@dataclass
class CastLine:
    actor: str
    billing: str
    roles: list[RoleLine]
    episodes: list[int] = field(default_factory=list)  # an appearance with no role named
    seasons: list[int] = field(default_factory=list)


def billing_of(path: tuple[str, ...]) -> str | None:
    """The billing a cast section's headings name, the most specific heading first."""
    for heading in reversed(path):
        words = heading.casefold()
        for word, billing in BILLING_WORDS:
            if re.search(rf"\b{word}", words):
                return billing
    return None


def seasons_of(path: tuple[str, ...]) -> list[int]:
    """"Season 2", "Series 1 and 2" headings scope a cast section to those seasons."""
    for heading in reversed(path):
        match = re.search(r"\b(?:season|series)s?\s+([\d\s,&and–—-]+)", heading, re.IGNORECASE)
        if match:
            return numbers(match.group(1))
    return []


def numbers(text: str) -> list[int]:
    """"3, 7-8" -> [3, 7, 8]; "7 & 8" -> [7, 8]."""
    out: list[int] = []
    for a, b in re.findall(r"(\d+)(?:\s*[-–—]\s*(\d+))?", text):
        first, last = int(a), int(b or a)
        if last - first <= 200:
            out.extend(range(first, last + 1))
    return sorted(set(out))


def read_cast(section: Section, default_billing: str) -> tuple[list[CastLine], list[str]]:
    """Cast lines of one section, and the lines it could not read."""
    billing = billing_of(section.path[1:]) or default_billing
    seasons = seasons_of(section.path[1:])
    out, unread = [], []
    for item in section.items:
        line = read_line(item.text, billing, seasons)
        if line is None:
            unread.append(item.text)
            continue
        _describe(line, item)
        out.append(line)
        for child in item.children:
            sub = read_line(child.text, billing, seasons)
            if sub is None:
                unread.append(child.text)
            else:
                out.append(sub)
    return out, unread


def read_line(text: str, billing: str, seasons: list[int]) -> CastLine | None:
    text = " ".join(text.split())
    text, episodes, scoped = _scopes(text)
    actor, _, roles_text = text.partition(" as ")
    actor = _clean_name(actor)
    if not _name_shaped(actor):
        return None
    line = CastLine(actor, billing, [], seasons=scoped or list(seasons))
    if not roles_text:
        line.episodes = episodes
        return line
    roles_text, _, description = _split_description(roles_text)
    parts = [p.strip() for p in roles_text.split(" / ") if p.strip()]
    if len(parts) > 1 and any(_AKA.search(p) for p in parts[1:]):
        parts = [" aka ".join(parts)]  # "Cheon Pil-jae / Moong Chi aka Bundle": one character, nicknames
    for part in parts:
        role = _role(part, actor)
        if role is None:
            return None
        role.episodes = episodes
        line.roles.append(role)
    if description and line.roles:
        line.roles[0].description = description
    return line


def _scopes(text: str) -> tuple[str, list[int], list[int]]:
    """"(ep. 3, 7-8)", "(seasons 1–2)", "(series 2; episodes 3–4)": brackets made only of scopes."""
    episodes: list[int] = []
    seasons: list[int] = []

    def scope(bracket: re.Match) -> str:
        phrases = [p.strip() for p in re.split(r"[;]|,\s*(?=[a-z])", bracket.group(1), flags=re.IGNORECASE) if p.strip()]
        matches = [_SCOPE.fullmatch(p) for p in phrases]
        if not phrases or not all(matches):
            return bracket.group(0)  # "(voice)", "(uncredited)": not a scope, kept
        for match in matches:
            target = episodes if match.group("what").casefold().startswith("ep") else seasons
            target.extend(numbers(match.group("numbers")))
        return ""

    text = _BRACKETS.sub(scope, text)
    return text.strip(), sorted(set(episodes)), sorted(set(seasons))


def _split_description(text: str) -> tuple[str, str, str]:
    """"Lee Bo-ra, Tae-oh's wife." -> ("Lee Bo-ra", ",", "Tae-oh's wife.")."""
    for match in re.finditer(r",\s+|\.\s+|\s+[-–—]\s+|:\s+", text):
        before = text[:match.start()].split()
        if match.group(0).startswith(".") and before and (f"{before[-1]}.".casefold() in TITLE_WORDS
                                                             or len(before[-1]) <= 2):
            continue  # "Dr. Kim", "St. John": an abbreviation, not the end of the name
        return text[:match.start()], match.group(0).strip(), text[match.end():].strip()
    return text.rstrip("."), "", ""


def _role(text: str, actor: str) -> RoleLine | None:
    brackets = _BRACKETS.findall(text)  # "(voice)", "(uncredited)", "(Park Jeong-woo)": not part of the name
    notes = " ".join(brackets).casefold()
    other_names = [b for b in brackets if _name_shaped(b) and all(w[:1].isupper() for w in b.split())]
    text = _BRACKETS.sub("", text).strip()
    if text.casefold() in ("himself", "herself", "themselves", "themself"):
        return RoleLine(actor, cameo=True)
    young = bool(_YOUNG.match(text))
    text = _YOUNG.sub("", text)
    name, *aliases = [_clean_name(p) for p in _AKA.split(text)]
    words = name.split()
    if len(words) >= 3 and words[0].casefold() in TITLE_WORDS and all(w[:1].isupper() for w in words[1:]):
        aliases.insert(0, name)  # "Detective Oh Jong-min" is Oh Jong-min, also known by the full form
        name = " ".join(words[1:])
    if not name:
        return None
    return RoleLine(name, young, [a for a in [*aliases, *other_names] if a], voice="voice" in notes,
                    cameo="cameo" in notes)


def _clean_name(text: str) -> str:
    return " ".join(text.strip(" \"'“”‘’").split())


def _name_shaped(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 6 and words[0][:1].isupper() and not text.endswith(":")


def _describe(line: CastLine, item: Item) -> None:
    """Text lines after a cast line describe its character; with two roles, the one each names."""
    for note in item.notes:
        role = next((r for r in line.roles if note.startswith(r.character)), line.roles[0] if line.roles else None)
        if role is not None:
            role.description = " ".join(filter(None, [role.description, note]))
