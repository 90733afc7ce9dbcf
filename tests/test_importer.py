"""Importing Wikipedia pages: seed 002 against the hand-made reference, two wikitext pages, errors."""

from __future__ import annotations

import re

import pytest
import yaml
from typer.testing import CliRunner

from rumorcheck.cli import app
from rumorcheck.extract.networks import canonical_network
from rumorcheck.importer import PageError, import_page
from rumorcheck.refdiff import diff_references
from rumorcheck.reference import load_reference

from .conftest import BUNDLED, DATA, FIXTURES

SEED = FIXTURES / "pages" / "002_b926bc2cb1c53f2e.txt"
PAGES = DATA / "pages"


def imported(tmp_path, page):
    path = tmp_path / f"{page.stem}.yaml"
    path.write_text(import_page(page).to_yaml(), encoding="utf-8")
    return load_reference(path)


def cast_facts(reference):
    """Every cast member with billing, appearances and roles (character, young, episodes, seasons)."""
    return {
        m.name: (m.billing.value, tuple(m.episodes), tuple(m.seasons),
                 tuple(sorted((r.character, r.young, tuple(r.episodes), tuple(r.seasons)) for r in m.roles)))
        for m in reference.show.cast
    }


def season_facts(reference):
    return [(s.number, s.episodes, s.first_aired, s.last_aired) for s in reference.show.seasons]


@pytest.fixture(scope="module")
def seed_pair(tmp_path_factory):
    return imported(tmp_path_factory.mktemp("import"), SEED), load_reference(BUNDLED / "innocent-defendant.yaml")


def test_seed_page_cast_agrees_with_the_hand_made_reference_member_by_member(seed_pair):
    got, hand = seed_pair
    got_cast, hand_cast = cast_facts(got), cast_facts(hand)
    assert sorted(got_cast) == sorted(hand_cast)
    for name, facts in hand_cast.items():
        assert got_cast[name] == facts, name


def test_seed_page_show_facts_agree_with_the_hand_made_reference(seed_pair):
    got, hand = seed_pair
    assert season_facts(got) == season_facts(hand)
    assert canonical_network(got.show.network) == canonical_network(hand.show.network)
    assert got.show.writers == hand.show.writers and got.show.directors == hand.show.directors
    assert (got.id, got.title, got.show.status, got.show.runtime) == (hand.id, hand.title, hand.show.status, hand.show.runtime)
    assert got.show.genres == hand.show.genres
    dual = [m.name for m in got.show.cast if len([r for r in m.roles if not r.young]) > 1]
    assert dual == ["Um Ki-joon"]
    assert {c.name: c.aliases for c in got.show.characters}["Han Sang-wook"] == ["Milyang"]
    assert got.show.sources[0].url == "https://en.wikipedia.org/wiki/Innocent_Defendant"


def test_diff_finds_no_contradiction_in_checked_facts(seed_pair):
    got, hand = seed_pair
    differences = diff_references(got, hand)
    assert [d.line() for d in differences if d.checked and not d.one_sided] == []
    # what the page does not say and the hand-made file adds from other sources
    assert [d.where for d in differences if d.checked and d.one_sided] == ["other outlets (platforms)"]


@pytest.mark.slow
def test_seed_article_gets_the_same_findings_from_the_imported_reference(seed_pair, bundled_checker):
    from rumorcheck.checker import Checker
    from rumorcheck.library import Library

    got, hand = seed_pair
    article = FIXTURES / "articles" / "000_ca4b3726235be3cf.txt"

    def findings(reference):
        checker = Checker(Library([r for r in bundled_checker.library.references if r.id != reference.id] + [reference]),
                          reference_id=reference.id)
        result = checker.check_file(article)
        return [(f.rule, f.span.start, f.span.end) for f in result.findings if f.severity.value != "info"]

    assert findings(got) == findings(hand)
    assert len(findings(got)) >= 5


def test_one_season_wikitext_page(tmp_path):
    got = imported(tmp_path, PAGES / "harbour-lights.wiki")
    hand = load_reference(DATA / "harbour-lights.yaml")
    assert cast_facts(got) == cast_facts(hand)
    assert season_facts(got) == season_facts(hand)
    assert got.show.native_title == "항구의 불빛" and got.show.genres == ["Romance", "Mystery"]
    assert (got.show.writers, got.show.directors, got.show.runtime) == (["Nam Gi-ok"], ["Yeo Jin-seop"], 70)
    characters = {c.name: c.description for c in got.show.characters}
    assert characters["Kang Tae-oh"] == "A lighthouse keeper's son who returns to Busan."
    assert characters["Yoon Seo-yeon"] == "A florist."
    assert [d.line() for d in diff_references(got, hand) if d.checked and not d.one_sided] == []


def test_multi_season_wikitext_page_scopes_its_cast(tmp_path):
    got = imported(tmp_path, PAGES / "tidewater.wiki")
    assert got.show.format.value == "anthology"
    assert season_facts(got) == season_facts(load_reference(DATA / "tidewater.yaml"))
    cast = cast_facts(got)
    assert cast["Oliver Quayle"] == ("main", (), (1,), (("Paul Greaves", False, (), ()),))
    assert cast["Nadia Fenwick"] == ("main", (), (1, 2), (("Ruth Ellery", False, (), ()),))
    assert cast["Tom Bellamy"] == ("supporting", (), (1, 2), (("Gregory Vane", False, (), ()),))
    assert cast["Priya Sandhu"] == ("supporting", (), (2,), (("Jo Kemble", False, (3, 4), ()),))
    characters = {c.name: c for c in got.show.characters}
    assert characters["Martin Hale"].aliases == ["DI Martin Hale"] and characters["Martin Hale"].seasons == [2]
    penrose = next(m for m in got.show.cast if m.name == "Rachel Penrose")
    assert got.seasons_of_member(penrose) == {2}


@pytest.mark.parametrize("name,content,problem", [
    ("article.txt", "Innocent Defendant Season 2: release date\n\nJi Sung returns as Park Jung-woo.\n",
     "not a Wikipedia page"),
    ("person.wiki", "{{Infobox person\n| name = Ji Sung\n| birth_date = 1977\n}}\n'''Ji Sung''' is an actor.\n\n== Career ==\n",
     "not about a television show (its infobox is 'Infobox person')"),
    ("film.txt", "= Some Film =\n\nInfobox\n- Director: A Person\n- Runtime: 120 minutes\n\n==Cast==\n- A Person as B\n",
     "not about a television show"),
    ("nocast.wiki", "{{Infobox television\n| name = Quiet\n| network = BBC One\n}}\n'''Quiet''' is a show.\n\n== Plot ==\nText.\n",
     "no cast list found"),
    ("empty.wiki", "", "file is empty"),
])
def test_pages_that_cannot_be_imported_get_one_clear_error(tmp_path, name, content, problem):
    page = tmp_path / name
    page.write_text(content, encoding="utf-8")
    with pytest.raises(PageError, match=rf"^{re.escape(str(page))}: .*{re.escape(problem)}"):
        import_page(page)
    result = CliRunner().invoke(app, ["reference", "import", str(page), "-o", str(tmp_path / "out.yaml")])
    assert result.exit_code == 2 and not (tmp_path / "out.yaml").exists()


def test_import_command_writes_a_valid_reference_and_reports(tmp_path):
    out = tmp_path / "id.yaml"
    result = CliRunner().invoke(app, ["reference", "import", str(SEED), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "37 cast" in result.output and "skipped: sections Synopsis" in result.output
    assert yaml.safe_load(out.read_text())["id"] == "innocent-defendant"
    assert load_reference(out).title == "Innocent Defendant"


def test_unplaced_facts_go_to_review(tmp_path):
    page = tmp_path / "show.wiki"
    page.write_text(
        "{{Infobox television\n| name = Stray\n| network = BBC One\n| num_series = 3\n| starring = Ann Lee, Bo Park\n}}\n"
        "'''Stray''' is a show.\n\n== Cast ==\n* Ann Lee as Mara Quist\n* an unnamed extra\n", encoding="utf-8")
    data = yaml.safe_load(import_page(page).to_yaml())
    review = "\n".join(data["review"])
    assert "3 seasons, but no per-season table" in review
    assert "starring lists Bo Park, who is not in the cast list" in review
    assert "cast line not read: an unnamed extra" in review
    assert "country: not on the page" in review


def test_validate_prints_every_problem_with_its_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text((BUNDLED / "innocent-defendant.yaml").read_text().replace("network: SBS TV", "network: [1, 2]")
                   .replace("billing: main", "billing: lead", 1).replace("    episodes: 18", "    episodes: -3"))
    result = CliRunner().invoke(app, ["reference", "validate", str(bad), str(BUNDLED)])
    lines = [line for line in result.output.splitlines() if line.startswith(str(bad))]
    assert result.exit_code == 2 and len(lines) == 3, result.output
    assert all(line.split(":")[1].isdigit() for line in lines)
    assert "3 problems in 1 of" in result.output


def test_diff_exits_1_on_a_contradiction(tmp_path):
    changed = tmp_path / "changed.yaml"
    changed.write_text((BUNDLED / "innocent-defendant.yaml").read_text().replace("episodes: 18", "episodes: 16"))
    result = CliRunner().invoke(app, ["reference", "diff", str(changed), str(BUNDLED / "innocent-defendant.yaml")])
    assert result.exit_code == 1
    assert "season 1 episodes: A 16; B 18" in result.output
    same = CliRunner().invoke(app, ["reference", "diff", str(BUNDLED / "innocent-defendant.yaml"),
                                    str(BUNDLED / "innocent-defendant.yaml")])
    assert same.exit_code == 0 and "checked facts that differ: none" in same.output


@pytest.mark.parametrize("line,expected", [
    ("Jamie Bamber as DI Mike Braithwaite (uncredited)", ("Mike Braithwaite", ["DI Mike Braithwaite"], False)),
    ("Ji Sung as Park Jung-woo (Park Jeong-woo)", ("Park Jung-woo", ["Park Jeong-woo"], False)),
    ("Ann Lee as Narrator (voice)", ("Narrator", [], True)),
    ("Oh Dae-hwan as Cheon Pil-jae / Moong Chi aka Bundle", ("Cheon Pil-jae", ["Moong Chi", "Bundle"], False)),
])
def test_role_names_lose_notes_and_keep_other_names(line, expected):
    from rumorcheck.importer.cast import read_line

    (role,) = read_line(line, "main", []).roles
    assert (role.character, role.aliases, role.voice) == expected


def test_as_themselves_is_a_cameo_of_the_actor():
    from rumorcheck.importer.cast import read_line

    (role,) = read_line("John Smith as himself (ep. 2)", "guest", []).roles
    assert (role.character, role.cameo, role.episodes) == ("John Smith", True, [2])


def test_diff_tells_a_list_one_file_extends_from_one_that_contradicts(tmp_path):
    hand = (BUNDLED / "innocent-defendant.yaml").read_text()
    extended, replaced = tmp_path / "extended.yaml", tmp_path / "replaced.yaml"
    extended.write_text(hand.replace("writers: [Choi Soo-jin, Choi Chang-hwan]",
                                     "writers: [Choi Soo-jin, Choi Chang-hwan, Ko Eun-bi]"))
    replaced.write_text(hand.replace("writers: [Choi Soo-jin, Choi Chang-hwan]", "writers: [Ko Eun-bi]"))
    original = load_reference(BUNDLED / "innocent-defendant.yaml")
    (gap,) = [d for d in diff_references(load_reference(extended), original) if d.where == "writers"]
    (clash,) = [d for d in diff_references(load_reference(replaced), original) if d.where == "writers"]
    assert gap.one_sided and gap.line() == "writers: A only: Ko Eun-bi; B nothing more"
    assert not clash.one_sided
