"""Networks and platforms named in an article, and what the article says they did.

An *owner* claim says the platform made, ordered or first aired the show ("Netflix will
greenlight", "this Netflix series", "premiered on SBS"); a *distribution* claim says where it can
be watched ("you can watch it on Netflix", "released on Netflix"). Owner claims built on a verb
that takes ownership as given ("greenlight", "renew", "cancel", "original") stay claims even
under hedging: "it appears improbable that Netflix will greenlight more" still says the show is
Netflix's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class Network:
    name: str
    aliases: tuple[str, ...]
    kind: str
    needs_cue: bool


@lru_cache(maxsize=1)
def known_networks() -> tuple[Network, ...]:
    raw = yaml.safe_load(resources.files("rumorcheck").joinpath("data/networks.yaml").read_text("utf-8"))
    return tuple(
        Network(n["name"], tuple(n.get("aliases", ())), n["kind"], bool(n.get("needs_cue", False)))
        for n in raw["networks"]
    )


@lru_cache(maxsize=1)
def _network_pattern() -> tuple[re.Pattern, dict[str, Network]]:
    by_spelling: dict[str, Network] = {}
    for network in known_networks():
        for spelling in (network.name, *network.aliases):
            by_spelling.setdefault(spelling, network)
    spellings = sorted(by_spelling, key=len, reverse=True)
    alternation = "|".join(re.escape(s) for s in spellings)
    return re.compile(rf"(?<![\w+])(?:{alternation})(?![\w+])"), by_spelling


def canonical_network(name: str) -> str:
    """The list's canonical name for ``name`` (case-insensitive), or ``name`` itself."""
    folded = name.casefold()
    for network in known_networks():
        if folded in {s.casefold() for s in (network.name, *network.aliases)}:
            return network.name
    return name


_CUE_BEFORE = re.compile(r"(?:\bon|\bvia|\bto|\bby|\bfrom|\bat)\s+(?:the\s+)?$", re.IGNORECASE)
_CUE_AFTER = re.compile(r"^(?:’s|'s)?\s+(?:network|channel|series|drama|show|original|streaming|will|has|had|is)\b",
                        re.IGNORECASE)

PRESUPPOSING = re.compile(
    r"(?<![A-Za-z])(?:green[- ]?light\w*|greenlit|renew\w*|cancel\w*|commission\w*|order(?:s|ed)?|"
    r"produc(?:e|es|ed|ing|tion)|original|axe[sd]?|scrapp\w*|brought\s+back|bring\s+back|revive\w*|"
    r"picked\s+up|pick\s+up)(?![A-Za-z])",
    re.IGNORECASE,
)
# Where a show can be watched, not who made it: "was later picked up by Viu" (an acquisition),
# "in the US, it aired on Netflix" (one territory's outlet).
_ACQUIRED = re.compile(
    r"(?:picked\s+up\s+by|acquired\s+by|bought\s+by|licensed\s+(?:to|by)|rights\s+(?:to|by))\s+(?:the\s+)?$", re.IGNORECASE)
_TERRITORY = re.compile(
    r"\b(?:in|across|for)\s+(?:the\s+)?(?:US|USA|UK|U\.S\.|U\.K\.|America|Britain|Canada|Australia|India|Asia|"
    r"Europe|Latin\s+America|other\s+countries|[A-Z][a-z]+\s+and\s+[A-Z][a-z]+)\b|\binternational(?:ly)?\b|"
    r"\boverseas\b|\bworldwide\b|\bglobal(?:ly)?\b",
    re.IGNORECASE)
_SHOW_NOUN_AFTER = re.compile(
    r"^(?:’s|'s)?\s+(?:\w+\s+){0,2}?(?:series|show|drama|miniseries|mini-series|original|thriller|production|hit|k-drama|kdrama|sitcom)\b",
    re.IGNORECASE)
_BROADCAST = re.compile(
    r"(?<![A-Za-z])(?:air(?:s|ed|ing)?|premier\w*|broadcast\w*|debut\w*|originally|first\s+shown|network)(?![A-Za-z])",
    re.IGNORECASE)
_DISTRIBUTION = re.compile(
    r"(?<![A-Za-z])(?:watch\w*|stream\w*|available|release[sd]?|releasing|drop(?:s|ped)?|land(?:s|ed)?|find|catch|"
    r"binge|subscri\w*|library|catalogue|catalog)(?![A-Za-z])",
    re.IGNORECASE)


# A company named after a network is not the network: "MTV Entertainment Studios", "BBC Studios",
# "HBO Films", "CBS Television Studios" make shows for many outlets.
_COMPANY_AFTER = re.compile(
    r"\s+(?:Entertainment|Studios?|Productions?|Pictures|Films|Animation|Group|Media|Worldwide|"
    r"Television\s+(?:Studios|Animation|Productions|Distribution))\b")


def find_networks(text: str) -> list[tuple[int, int, Network]]:
    pattern, by_spelling = _network_pattern()
    out = []
    for m in pattern.finditer(text):
        if _COMPANY_AFTER.match(text, m.end()):
            continue
        network = by_spelling[m.group(0)]
        if network.needs_cue and not (_CUE_BEFORE.search(text[:m.start()][-12:]) or _CUE_AFTER.match(text[m.end():])):
            continue
        out.append((m.start(), m.end(), network))
    return out


def network_role(before: str, after: str, heading: bool = False) -> tuple[str, bool]:
    """("owner" | "distribution", presupposed) from the words around a network's name. A heading
    lists topics ("Cast, Plot, Netflix, Cancelled?"): only "Netflix's series" credits anyone."""
    if heading:
        return ("owner", True) if _SHOW_NOUN_AFTER.match(after) else ("distribution", False)
    window_before, window_after = before[-60:], after[:60]
    if _ACQUIRED.search(window_before) or _TERRITORY.search(window_before):
        return "distribution", False
    if _SHOW_NOUN_AFTER.match(after):
        return "owner", True
    near = window_before + " " + window_after
    if PRESUPPOSING.search(near):
        return "owner", True
    last_broadcast = _last(_BROADCAST, window_before)
    last_distribution = _last(_DISTRIBUTION, window_before)
    if last_broadcast > last_distribution:
        return "owner", False
    if last_distribution >= 0:
        return "distribution", False
    if _BROADCAST.search(window_after[:30]):
        return "owner", False
    return "distribution", False


# "a Netflix original", "Netflix's own original series", "an original Netflix drama": the platform
# made it, a claim of origin that a licence to stream the show does not make true.
_ORIGINAL_AFTER = re.compile(r"^(?:’s|'s)?\s+(?:own\s+)?originals?\b", re.IGNORECASE)
_ORIGINAL_BEFORE = re.compile(r"\boriginal\s+$", re.IGNORECASE)


def calls_original(before: str, after: str) -> bool:
    """The words around a network's name call the show that network's original production."""
    return bool(_ORIGINAL_AFTER.match(after)
                or _ORIGINAL_BEFORE.search(before[-20:]) and _SHOW_NOUN_AFTER.match(after))


def _last(pattern: re.Pattern, text: str) -> int:
    positions = [m.start() for m in pattern.finditer(text)]
    return positions[-1] if positions else -1
