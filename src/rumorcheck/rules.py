"""The rule registry: every rule id a check may report, with its documentation.

Each check module declares its rules with :func:`rule`; ``rumorcheck rules`` lists them and
``rumorcheck explain RULE`` prints a rule's documentation. Every rule's doc has the same four
sections (see ``DOC_SECTIONS``) and every rule carries examples that the test-suite runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .errors import UsageError
from .findings import CATEGORIES, Severity

DOC_SECTIONS = ("What it flags", "Why it matters", "Example", "Not flagged")


@dataclass(frozen=True)
class Example:
    """A text checked against one of the fictional shows in ``tests/data/`` (Harbour Lights unless
    ``show`` says otherwise), with the others there as the library."""

    text: str
    flagged: str | None = None  # substring the finding's span must overlap; None = must not fire
    show: str = "harbour-lights"


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    summary: str
    doc: str
    examples: tuple[Example, ...] = field(default=())

    @property
    def category(self) -> str:
        return self.id.split("/", 1)[0]

    def section(self, title: str) -> str:
        """The text under one of the doc's ``Title:`` headings."""
        lines = self.doc.strip().splitlines()
        out: list[str] = []
        inside = False
        for line in lines:
            stripped = line.strip()
            heading = stripped.rstrip(":")
            if stripped.endswith(":") and heading in DOC_SECTIONS:
                inside = heading == title
                continue
            if inside:
                out.append(stripped)
        return "\n".join(out).strip()


RULES: dict[str, Rule] = {}


def rule(id: str, severity: Severity, summary: str, doc: str, examples: tuple[Example, ...] = ()) -> Rule:
    """Declare and register a rule; a second rule with the same id is a programming error."""
    category = id.split("/", 1)[0]
    if category not in CATEGORIES or "/" not in id:
        raise ValueError(f"rule id {id!r} must be '<category>/<name>' with a known category")
    if id in RULES:
        raise ValueError(f"rule {id!r} declared twice")
    registered = Rule(id, severity, summary, doc, examples)
    RULES[id] = registered
    return registered


def get_rule(rule_id: str) -> Rule:
    from . import checks  # noqa: F401  (importing the checks registers their rules)

    try:
        return RULES[rule_id]
    except KeyError:
        known = ", ".join(sorted(RULES))
        raise UsageError(f"unknown rule {rule_id!r}; known rules: {known}") from None


def all_rules() -> list[Rule]:
    from . import checks  # noqa: F401

    return [RULES[k] for k in sorted(RULES)]


@dataclass(frozen=True)
class RuleSelection:
    """``--select`` / ``--ignore`` by rule-id prefix ("cast", "cast/", "name/misspelled-name")."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        ids = [r.id for r in all_rules()]
        for prefix in (*self.select, *self.ignore):
            if not any(_matches(i, prefix) for i in ids):
                raise UsageError(f"--select/--ignore {prefix!r} matches no rule (see 'rumorcheck rules')")

    def allows_any(self, prefixes: tuple[str, ...]) -> bool:
        """Some rule matching one of ``prefixes`` is selected."""
        return any(self.allows(r.id) for r in all_rules() if any(_matches(r.id, p) for p in prefixes))

    def allows(self, rule_id: str) -> bool:
        if self.select and not any(_matches(rule_id, p) for p in self.select):
            return False
        return not any(_matches(rule_id, p) for p in self.ignore)


def _matches(rule_id: str, prefix: str) -> bool:
    prefix = prefix.strip()
    if rule_id == prefix:
        return True
    return rule_id.startswith(prefix if prefix.endswith("/") else prefix + "/") or (
        prefix.endswith("/") and rule_id.startswith(prefix)
    )
