"""Meta-tests: every rule is documented, exemplified, and its examples behave as documented."""

from __future__ import annotations

import pytest

from rumorcheck.rules import DOC_SECTIONS, all_rules

RULES = all_rules()
EXAMPLES = [(r, ex) for r in RULES for ex in r.examples]


def test_rules_are_registered():
    assert {r.category for r in RULES} == {"cast", "name", "date", "count", "season", "network", "show", "plot"}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_doc_has_every_section(rule):
    for title in DOC_SECTIONS:
        assert rule.section(title), f"{rule.id}: section {title!r} is missing or empty"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_has_flagged_and_clean_examples(rule):
    assert any(ex.flagged for ex in rule.examples), f"{rule.id} has no example it flags"
    assert any(ex.flagged is None for ex in rule.examples), f"{rule.id} has no example it leaves alone"


@pytest.mark.parametrize("rule,example", EXAMPLES, ids=lambda x: getattr(x, "id", None) or getattr(x, "text", "")[:30])
def test_rule_example(examples_checker, rule, example):
    show = examples_checker.library.get(example.show)
    result = examples_checker.check_text(example.text, reference=show)
    hits = [f for f in result.findings if f.rule == rule.id]
    if example.flagged is None:
        assert not hits, f"{rule.id} fired on its clean example: {[f.message for f in hits]}"
    else:
        start = example.text.index(example.flagged)
        end = start + len(example.flagged)
        assert any(f.span.start < end and start < f.span.end for f in hits), (
            f"{rule.id} did not flag {example.flagged!r}; findings: {[(f.rule, f.span.text) for f in result.findings]}")
