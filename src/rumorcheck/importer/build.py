"""A read page -> reference data in the project's YAML format, plus what could not be placed.

The importer does not guess: a fact it cannot place goes to the reference's ``review:`` list
(which a person reads, settles and deletes), and the report says what was read and skipped.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from urllib.parse import quote

from ..extract.dates import find_dates
from .cast import BILLING_RANK, CastLine, numbers, read_cast
from .page import Page, PageError

CAST_SECTIONS = ("cast", "cast and characters", "characters", "main cast", "starring", "cast members")
EPISODE_SECTIONS = ("ratings", "episodes", "episode list", "viewership", "viewership and ratings",
                    "series overview", "broadcast")
# Infobox keys, in the order tried, for each reference field.
KEYS = {
    "country": ("country", "country of origin"),
    "language": ("language", "original language", "languages"),
    "network": ("network", "original network", "channel", "original channel", "original release network"),
    "genres": ("genre", "genres"),
    "runtime": ("runtime", "running time"),
    "creators": ("creator", "created by", "creators"),
    "writers": ("writer", "writers", "written by", "screenplay"),
    "directors": ("director", "directors", "directed by"),
    "production": ("company", "companies", "production company", "production companies", "studio"),
    "aliases": ("also known as", "alt name", "other names", "alternative title"),
    "native_title": ("native name", "native title", "hangul", "kanji", "chinese"),
    "seasons": ("num seasons", "num series", "number of seasons", "no of seasons"),
    "episodes": ("num episodes", "number of episodes", "no of episodes"),
    "first_aired": ("first aired", "released", "original release", "premiere"),
    "last_aired": ("last aired", "ended", "finale"),
    "status": ("status",),
    "based_on": ("based on",),
}
USED_KEYS = {key for keys in KEYS.values() for key in keys} | {"name", "title", "starring", "image", "caption",
                                                                  "alt", "image size", "image alt"}


@dataclass
class ImportReport:
    title: str
    form: str
    cast: int = 0
    roles: int = 0
    seasons: int = 0
    missing: list[str] = field(default_factory=list)  # reference fields the page did not give
    review: list[str] = field(default_factory=list)  # facts that need a person
    skipped: list[str] = field(default_factory=list)  # what was read and not used

    def summary(self) -> str:
        parts = [f"{self.cast} cast", f"{self.roles} roles", f"{self.seasons} season{'s' if self.seasons != 1 else ''}"]
        lines = [f"imported {self.title} ({self.form}): {', '.join(parts)}"]
        if self.missing:
            lines.append(f"missing: {', '.join(self.missing)}")
        if self.review:
            lines.append(f"to review ({len(self.review)}, listed under review: in the file):")
            lines += [f"  - {item}" for item in self.review]
        if self.skipped:
            lines.append(f"skipped: {'; '.join(self.skipped)}")
        return "\n".join(lines)


def build_reference(page: Page, path: str, url: str | None = None) -> tuple[dict, ImportReport]:
    """Reference data for ``page`` (read from ``path``) and the import report."""
    report = ImportReport(page.title, page.form)
    url = url or wikipedia_url(page.title)
    data: dict = {"format_version": 2, "id": slug(page.title), "title": page.title}
    _titles(page, data)
    _show_fields(page, data, report)
    data["format"] = _format(page)
    data["status"] = "unknown"  # settled once the seasons are known; placed here for the file's order
    data["seasons"] = _seasons(page, report)
    data["status"] = _status(page, data["seasons"])
    cast, characters = _cast(page, data["seasons"], report)
    if not cast:
        raise PageError(path, "no cast list found (a 'Cast' section with 'Actor as Role' lines)")
    data["cast"] = cast
    if characters:
        data["characters"] = characters
    data["sources"] = [{"id": "wikipedia", "url": url, "title": f"{page.title} (Wikipedia)"}]
    _check_starring(page, cast, report)
    _skipped(page, report)
    if report.review:
        data["review"] = list(report.review)
    report.seasons = len(data["seasons"])
    return data, report


def slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-") or "show"


def wikipedia_url(title: str) -> str:
    return "https://en.wikipedia.org/wiki/" + quote(title.replace(" ", "_"), safe="_(),'-")


def clean(value: str) -> str:
    """"Thriller (genre)" -> "Thriller": a disambiguation in brackets is not part of the name."""
    return " ".join(re.sub(r"\s*\([^)]*\)", "", value).split()).strip(" ,;")


def _unique(values: list[str]) -> list[str]:
    seen, out = set(), []
    for value in values:
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            out.append(value)
    return out


def _titles(page: Page, data: dict) -> None:
    aliases = _unique([clean(v) for v in page.value(*KEYS["aliases"]) if clean(v) != page.title])
    if aliases:
        data["aliases"] = aliases
    native = page.value(*KEYS["native_title"])
    if native:
        data["native_title"] = native[0]


def _show_fields(page: Page, data: dict, report: ImportReport) -> None:
    for field_name in ("country", "language", "network"):
        values = [clean(v) for v in page.value(*KEYS[field_name])]
        if values:
            data[field_name] = values[0]
            if field_name == "network" and len(values) > 1:
                # the infobox lists other networks without saying what each did: a person says
                data["platforms"] = [{"name": v, "role": "broadcast"} for v in values[1:]]
                report.review.append("platforms: the page lists these networks besides the first; say whether "
                                     "each co-commissioned, broadcast or streams the show, and where and when")
        else:
            report.missing.append(field_name)
            report.review.append(f"{field_name}: not on the page; fill it in")
            data[field_name] = "UNKNOWN"
    for field_name in ("genres", "creators", "writers", "directors", "production"):
        values = _unique([clean(v) for v in page.value(*KEYS[field_name])])
        data[field_name] = values
        if not values and field_name in ("writers", "directors", "genres"):
            report.missing.append(field_name)
    runtime = re.search(r"\d+", " ".join(page.value(*KEYS["runtime"])))
    if runtime:
        data["runtime"] = int(runtime.group(0))
    based_on = page.value(*KEYS["based_on"])
    if based_on:
        data["based_on"] = ", ".join(based_on)


def _format(page: Page) -> str:
    """What the page calls the show: an anthology (a new story each season), a miniseries, or serial."""
    said = " ".join([*page.value(*KEYS["genres"]), page.infobox_kind or ""]).casefold()
    if "anthology" in said:
        return "anthology"
    if "miniseries" in said or "limited series" in said or "mini-series" in said:
        return "miniseries"
    return "serial"


def _date(values: list[str]) -> dt.date | None:
    for value in values:
        found = find_dates(value)
        if found and found[0][2].granularity == "day":
            return found[0][2].first
    return None


def _seasons(page: Page, report: ImportReport) -> list[dict]:
    if page.seasons:  # a series-overview template: one row per season
        return [{k: v for k, v in s.items() if v is not None} | {"source": "wikipedia"} for s in page.seasons]
    count = numbers(" ".join(page.value(*KEYS["seasons"])[:1]))
    total = max(count) if count else 1
    episodes = numbers(" ".join(page.value(*KEYS["episodes"])[:1]))
    first, last = _date(page.value(*KEYS["first_aired"])), _date(page.value(*KEYS["last_aired"]))
    lead_first, lead_last = _lead_run(page)
    table_episodes, table_first, table_last = _episode_table(page)
    if total > 1:
        report.review.append(f"{total} seasons, but no per-season table: add each season's episodes and dates")
        return [{"number": n, "source": "wikipedia"} for n in range(1, total + 1)]
    season: dict = {"number": 1}
    season["episodes"] = _agree("episodes", episodes[-1] if episodes else None, table_episodes, report)
    season["first_aired"] = _agree("first aired", first or lead_first, table_first, report)
    season["last_aired"] = _agree("last aired", last or lead_last, table_last, report)
    season["source"] = "wikipedia"
    for key in ("episodes", "first_aired", "last_aired"):
        if season[key] is None:
            report.missing.append(f"season 1 {key.replace('_', ' ')}")
    return [{k: v for k, v in season.items() if v is not None}]


def _agree(what: str, stated, from_table, report: ImportReport):
    """The infobox's (or lead's) value; the episode table's only when they agree or it is alone."""
    if stated is not None and from_table is not None and stated != from_table:
        report.review.append(f"{what}: the infobox or lead says {stated}, the episode table {from_table}; kept {stated}")
    return stated if stated is not None else from_table


def _lead_run(page: Page) -> tuple[dt.date | None, dt.date | None]:
    """"It aired on SBS from January 23 to March 21, 2017": the run the lead gives."""
    for paragraph in page.lead:
        for _, _, first, last in find_dates(paragraph):
            if last is not None and first.granularity == "day" and last.granularity == "day":
                return first.first, last.first
    return None, None


def _episode_table(page: Page) -> tuple[int | None, dt.date | None, dt.date | None]:
    """From a ratings or episode table: rows numbered 1..n with a broadcast date each."""
    for section in page.sections:
        if section.title.casefold() not in EPISODE_SECTIONS:
            continue
        for table in section.tables:
            rows = [(int(row[0]), _date(row[1:])) for row in table if row and row[0].strip().isdigit()]
            dated = [(n, d) for n, d in rows if d is not None]
            if len(dated) >= 2 and [n for n, _ in rows] == list(range(1, len(rows) + 1)):
                return len(rows), dated[0][1], dated[-1][1]
    return None, None, None


def _status(page: Page, seasons: list[dict]) -> str:
    stated = " ".join(page.value(*KEYS["status"])).casefold()
    for word in ("ended", "ongoing", "renewed", "cancelled"):
        if word in stated:
            return word
    last_values = " ".join(page.value(*KEYS["last_aired"])).casefold()
    if "present" in last_values:
        return "ongoing"
    last = max((s["last_aired"] for s in seasons if s.get("last_aired")), default=None)
    return "ended" if last is not None and last < dt.date.today() else "unknown"


def _cast(page: Page, seasons: list[dict], report: ImportReport) -> tuple[list[dict], list[dict]]:
    sections = page.under(*CAST_SECTIONS)
    lines: list[CastLine] = []
    for section in sections:
        read, unread = read_cast(section, "main")
        lines += read
        report.review += [f"cast line not read: {text}" for text in unread]
    members: dict[str, dict] = {}
    characters: dict[str, dict] = {}
    known_seasons = {s["number"] for s in seasons}
    for line in lines:
        _add_member(members, line, known_seasons, report)
        for role in line.roles:
            if not role.young and not role.cameo:
                _add_character(characters, role, _scoped(line.seasons, known_seasons, line.actor, report)
                               if len(known_seasons) > 1 else [])
    for member in members.values():  # a role scoped like its actor needs no scope of its own
        for role in member.get("roles", []):
            if role.get("seasons") == member.get("seasons"):
                role.pop("seasons", None)
    report.cast = len(members)
    report.roles = sum(len(m.get("roles", [])) for m in members.values())
    return list(members.values()), [c for c in characters.values() if len(c) > 1]


def _scoped(numbers_: list[int], known: set[int], who: str, report: ImportReport) -> list[int]:
    bad = [n for n in numbers_ if n not in known]
    if bad:
        report.review.append(f"{who}: season {bad[0]} is not among the seasons found; scope dropped")
        return []
    return numbers_


def _add_member(members: dict[str, dict], line: CastLine, known: set[int], report: ImportReport) -> None:
    member = members.setdefault(line.actor.casefold(), {"name": line.actor, "billing": line.billing})
    if BILLING_RANK[line.billing] < BILLING_RANK[member["billing"]]:
        member["billing"] = line.billing
    seasons = _scoped(line.seasons, known, line.actor, report)
    if seasons and len(known) > 1:
        member["seasons"] = sorted(set(member.get("seasons", [])) | set(seasons))
    if line.episodes:
        member["episodes"] = sorted(set(member.get("episodes", [])) | set(line.episodes))
    roles = member.setdefault("roles", [])
    for role in line.roles:
        record = next((r for r in roles if r["character"].casefold() == role.character.casefold()
                       and r.get("young", False) == role.young), None)
        if record is None:
            record = {"character": role.character}
            roles.append(record)
        for flag in ("young", "voice", "cameo"):
            if getattr(role, flag):
                record[flag] = True
        if role.episodes:
            record["episodes"] = sorted(set(record.get("episodes", [])) | set(role.episodes))
        if seasons and len(known) > 1:
            record["seasons"] = sorted(set(record.get("seasons", [])) | set(seasons))
    if not roles:
        del member["roles"]


def _add_character(characters: dict[str, dict], role, seasons: list[int]) -> None:
    record = characters.setdefault(role.character.casefold(), {"name": role.character})
    aliases = _unique([*record.get("aliases", []), *role.aliases])
    if aliases:
        record["aliases"] = aliases
    if seasons:
        record["seasons"] = sorted(set(record.get("seasons", [])) | set(seasons))
    if role.description and "description" not in record:
        description = role.description[:1].upper() + role.description[1:]
        record["description"] = description if description.endswith((".", "!", "?")) else description + "."


def _check_starring(page: Page, cast: list[dict], report: ImportReport) -> None:
    names = {m["name"].casefold() for m in cast}
    for star in page.value("starring"):
        if clean(star) and clean(star).casefold() not in names:
            report.review.append(f"starring lists {clean(star)}, who is not in the cast list")


def _skipped(page: Page, report: ImportReport) -> None:
    used = set(CAST_SECTIONS) | set(EPISODE_SECTIONS)
    sections = _unique([s.path[0] for s in page.sections if s.path and s.path[0].casefold() not in used])
    if sections:
        report.skipped.append(f"sections {', '.join(sections)}")
    keys = [k for k in page.infobox if k not in USED_KEYS]
    if keys:
        report.skipped.append(f"infobox fields {', '.join(keys)}")
    report.skipped += page.skipped
