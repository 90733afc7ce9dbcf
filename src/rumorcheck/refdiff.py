"""``rumorcheck reference diff A B``: what two references of one show say differently.

Differences are sorted into *checked facts* — what the checks compare articles with: cast,
roles, young versions, episodes and seasons of appearances, billing, seasons' episode counts and
air dates, networks and outlets, status, writers, directors and creators — and other
differences (alternative spellings, descriptions, sources, genres...), which change no finding
but are worth a look. People and characters are paired by romanisation-insensitive name keys,
so "Uhm Hyun-kyung" in one file and "Um Hyun-kyung" in the other are one person spelled two ways.
"""

from __future__ import annotations

from dataclasses import dataclass

from .extract.networks import canonical_network
from .names import variant_key
from .reference import CastMember, Reference, Role


NONE = "(none)"


@dataclass(frozen=True)
class Difference:
    where: str
    a: str
    b: str
    checked: bool
    one_sided: bool = False  # one file states more than the other: a gap, not a contradiction

    def line(self) -> str:
        return f"{self.where}: A {self.a}; B {self.b}"


SHOW_CHECKED = ("title", "status", "format")
LISTS_CHECKED = ("writers", "directors", "creators")
SHOW_OTHER = ("native_title", "country", "language", "runtime", "based_on", "network")
LISTS_OTHER = ("aliases", "genres", "production", "network_aliases")


def diff_references(a: Reference, b: Reference) -> list[Difference]:
    out: list[Difference] = []
    sa, sb = a.show, b.show
    for name in (*SHOW_CHECKED, *SHOW_OTHER):
        _value(out, name, getattr(sa, name), getattr(sb, name), name in SHOW_CHECKED)
    for name in (*LISTS_CHECKED, *LISTS_OTHER):
        _names(out, name, getattr(sa, name), getattr(sb, name), name in LISTS_CHECKED)
    _networks(out, a, b)
    _seasons(out, a, b)
    _cast(out, sa.cast, sb.cast)
    _characters(out, a, b)
    return out


def _show(value) -> str:
    if value is None or value == [] or value == "":
        return NONE
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(getattr(value, "value", value))


def _value(out: list[Difference], where: str, a, b, checked: bool) -> None:
    if a != b:
        out.append(Difference(where, _show(a), _show(b), checked, NONE in (_show(a), _show(b))))


def _names(out: list[Difference], where: str, a: list[str], b: list[str], checked: bool) -> None:
    keys_a, keys_b = {variant_key(x): x for x in a}, {variant_key(x): x for x in b}
    only_a = [keys_a[k] for k in keys_a if k not in keys_b]
    only_b = [keys_b[k] for k in keys_b if k not in keys_a]
    if only_a or only_b:
        a_says = f"only: {_show(only_a)}" if only_a else ("nothing more" if a else NONE)
        b_says = f"only: {_show(only_b)}" if only_b else ("nothing more" if b else NONE)
        out.append(Difference(where, a_says, b_says, checked, not (only_a and only_b)))


def _networks(out: list[Difference], a: Reference, b: Reference) -> None:
    """Networks as the checks see them: spellings reduced to the known network they name."""
    def original(ref: Reference) -> list[str]:
        show = ref.show
        return sorted({canonical_network(n) for n in (show.network, *show.network_aliases)})

    def outlets(ref: Reference) -> list[str]:
        return sorted(ref.other_outlets - set(original(ref)))

    _names(out, "original network", original(a), original(b), True)
    _names(out, "other outlets (platforms)", outlets(a), outlets(b), True)


def _seasons(out: list[Difference], a: Reference, b: Reference) -> None:
    seasons_a = {s.number: s for s in a.show.seasons}
    seasons_b = {s.number: s for s in b.show.seasons}
    for number in sorted(seasons_a.keys() | seasons_b.keys()):
        sa, sb = seasons_a.get(number), seasons_b.get(number)
        if sa is None or sb is None:
            out.append(Difference(f"season {number}", "present" if sa else "absent", "present" if sb else "absent",
                                  True, True))
            continue
        for name in ("episodes", "first_aired", "last_aired", "network", "announced_only"):
            _value(out, f"season {number} {name}", getattr(sa, name), getattr(sb, name), True)


def _cast(out: list[Difference], a: list[CastMember], b: list[CastMember]) -> None:
    by_a, by_b = _by_key(a, lambda m: m.name), _by_key(b, lambda m: m.name)
    for key in _keys_in_order(by_a, by_b):
        ma, mb = by_a.get(key), by_b.get(key)
        if ma is None or mb is None:
            member = ma or mb
            roles = ", ".join(_role_label(r) for r in member.roles) or "no role"
            out.append(Difference(f"cast {member.name}", f"plays {roles}" if ma else "absent",
                                  f"plays {roles}" if mb else "absent", True, True))
            continue
        who = f"cast {ma.name}"
        _value(out, f"{who} name", ma.name, mb.name, False)
        _value(out, f"{who} billing", ma.billing, mb.billing, True)
        _value(out, f"{who} seasons", ma.seasons, mb.seasons, True)
        _value(out, f"{who} episodes", ma.episodes, mb.episodes, True)
        _names(out, f"{who} aliases", ma.aliases, mb.aliases, False)
        _roles(out, who, ma.roles, mb.roles)


def _roles(out: list[Difference], who: str, a: list[Role], b: list[Role]) -> None:
    by_a, by_b = _by_key(a, _role_label), _by_key(b, _role_label)
    for key in _keys_in_order(by_a, by_b):
        ra, rb = by_a.get(key), by_b.get(key)
        if ra is None or rb is None:
            out.append(Difference(f"{who} role {_role_label(ra or rb)}", "present" if ra else "absent",
                                  "present" if rb else "absent", True, True))
            continue
        where = f"{who} role {_role_label(ra)}"
        _value(out, f"{where} spelled", ra.character, rb.character, False)
        for name in ("episodes", "seasons", "voice", "cameo", "uncertain"):
            _value(out, f"{where} {name}", getattr(ra, name), getattr(rb, name), True)


def _characters(out: list[Difference], a: Reference, b: Reference) -> None:
    by_a = _by_key(a.show.characters, lambda c: c.name)
    by_b = _by_key(b.show.characters, lambda c: c.name)
    for key in _keys_in_order(by_a, by_b):
        ca, cb = by_a.get(key), by_b.get(key)
        name = (ca or cb).name
        if ca is None or cb is None:
            out.append(Difference(f"character {name} description", "declared" if ca else "not declared",
                                  "declared" if cb else "not declared", False, True))
            continue
        _names(out, f"character {name} aliases", ca.aliases, cb.aliases, False)
        _value(out, f"character {name} description", ca.description, cb.description, False)
        _value(out, f"character {name} seasons", ca.seasons, cb.seasons, True)


def _role_label(role: Role) -> str:
    return f"young {role.character}" if role.young else role.character


def _by_key(records, name_of) -> dict:
    return {variant_key(name_of(r)): r for r in records}


def _keys_in_order(a: dict, b: dict) -> list:
    return [*a, *(k for k in b if k not in a)]
