"""The description reader on parsed sentences (loads the model: slow), and on-demand parsing."""

from __future__ import annotations

import hashlib

import pytest
import spacy

from rumorcheck.article import Article, parse_story_sentences
from rumorcheck.extract import extract_claims
from rumorcheck.extract.descriptions import read_story
from rumorcheck.library import Library
from rumorcheck.nlp import load_model, sentence_parser
from rumorcheck.story import Who, read_show_story
from rumorcheck.text import ArticleText

from .conftest import DATA


@pytest.fixture(scope="module")
def parse():
    return sentence_parser(load_model()).parse


def claims(parse, text):
    (doc,) = parse([text])
    return [(c.kind, c.value, c.subject and c.subject.text, c.subject and c.subject.relation,
             c.other and c.other.text) for c in read_story(doc)]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [
    ("Mina Oh, a dentist from Seoul, opens a clinic.", ("occupation", "dentist", "Mina Oh", None, None)),
    ("Nurse Mina Oh opens a clinic.", ("occupation", "nurse", "Mina Oh", None, None)),
    ("Sgt Leo Marsh guards the minister.", ("occupation", "sergeant", "Leo Marsh", None, None)),
    ("As mountain climber Mina Oh found out, the games are deadly.", ("occupation", "mountain climber", "Mina Oh", None, None)),
    ("Mina Oh is a detective.", ("occupation", "detective", "Mina Oh", None, None)),
    ("Leo Marsh's wife Mina Oh runs the inn.", ("relation", "spouse", "Mina Oh", None, "Leo Marsh")),
    ("Mina Oh, the daughter of Leo Marsh, runs the inn.", ("relation", "child", "Mina Oh", None, "Leo Marsh")),
    ("Mina Oh is Leo Marsh's sister-in-law.", ("relation", "in-law", "Mina Oh", None, "Leo Marsh")),
    # a hyphenated kind of relation, in an apposition to another relation of the same person
    ("Leo Marsh is Ana Ruiz's son, Mina Oh's younger half-brother.",
     ("relation", "half-sibling", "Leo Marsh", None, "Mina Oh")),
    ("Mina Oh's stepbrother Leo Marsh runs the inn.", ("relation", "step-sibling", "Leo Marsh", None, "Mina Oh")),
    ("Leo Marsh kills Mina Oh in the finale.", ("fate", "dead", "Mina Oh", None, "Leo Marsh")),
    ("Mina Oh is murdered by Leo Marsh.", ("fate", "dead", "Mina Oh", None, "Leo Marsh")),
    ("Leo Marsh dies in season 2.", ("fate", "dead", "Leo Marsh", None, None)),
    ("Leo Marsh, who killed his father, hides in Busan.", ("fate", "dead", "his", "parent", "Leo Marsh")),
    ("Leo Marsh caused the crash that killed Mina Oh's mother.", ("fate", "dead", "Mina Oh", "parent", "Leo Marsh")),
    ("Mina Oh and Leo Marsh get engaged at the end of the season.", ("fate", "engaged", "Mina Oh", None, "Leo Marsh")),
    # killings told as nouns read like the verbs
    ("The killing of Mina Oh by Leo Marsh shocked the town.", ("fate", "dead", "Mina Oh", None, "Leo Marsh")),
    ("Leo Marsh's murder of Ana Ruiz shocked the town.", ("fate", "dead", "Ana Ruiz", None, "Leo Marsh")),
    ("Mina Oh's murder by Leo Marsh shocked the town.", ("fate", "dead", "Mina Oh", None, "Leo Marsh")),
    ("Ana Ruiz and Leo Marsh participated in the killing of Mina Oh.", ("fate", "dead", "Mina Oh", None, "Ana Ruiz")),
    ("Ana Ruiz and Leo Marsh participated in the killing of Mina Oh.", ("fate", "dead", "Mina Oh", None, "Leo Marsh")),
    ("Leo Marsh committed the murder of Mina Oh.", ("fate", "dead", "Mina Oh", None, "Leo Marsh")),
    ("This sitcom follows Mina Oh.", ("genre", "sitcom", None, None, None)),
    ("The series is based on Ana Ruiz's novel of the same name.", ("source", "novel", None, None, "Ana Ruiz")),
    ("The series is adapted from the webcomic series Night Tides, written by Ana Ruiz.",
     ("source", "webcomic", None, None, "Ana Ruiz")),
    ("Harbour Lights is based on the comic book series by Ana Ruiz.",
     ("source", "comic book", "Harbour Lights", None, "Ana Ruiz")),
    ("Based on the hit Tidewater Comics series by Ana Ruiz, the show follows a boy.",
     ("source", "comics", None, None, "Ana Ruiz")),
])
def test_reader_finds(parse, text, expected):
    assert expected in claims(parse, text)


def fates(parse, text):
    (doc,) = parse([text])
    return [(c.value, c.subject.text, c.season, c.ending) for c in read_story(doc) if c.kind == "fate"]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [
    ("Mina Oh was arrested at the end of season 1 for fraud.", [("arrested", "Mina Oh", 1, True)]),
    # the season of the clause that tells the departure, not of the one joined to it
    ("Leo Marsh left town at the end of season 1, but he is expected to return in season 2.",
     [("leaves", "Leo Marsh", 1, True)]),
    # "with" someone: both leave; the second verb pairs with "learns", whose tense it shares
    ("Mina Oh learns that her father lied and runs away with Leo Marsh.",
     [("leaves", "Mina Oh", None, False), ("leaves", "Leo Marsh", None, False)]),
    ("Leo Marsh leaves his job at the bank.", []),  # leaving a job is no departure from the story's place
])
def test_arrests_and_departures_with_their_season(parse, text, expected):
    assert fates(parse, text) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Leo Marsh hired a thug to kill Mina Oh.",  # a plan, not a death
    "Leo Marsh believes Mina Oh has been killed.",  # a belief
    "Mina Oh survives the first trial.",  # one ordeal, not a fate
    "Fans made a remake of this drama.",  # the show is the source, not the adaptation
    "A movie based on the series is also on its way.",  # a work made from the show
    "Leo Marsh went on a killing spree after Mina Oh left.",  # no one's killing told
    "Leo Marsh tried to commit the murder of Mina Oh.",  # an attempt
])
def test_reader_leaves_alone(parse, text):
    assert not [c for c in claims(parse, text) if c[0] in ("fate", "source")]


@pytest.mark.slow
@pytest.mark.parametrize("text,kind,later", [
    ("Yoon Seo-yeon, now a prosecutor, returns to Busan.", "occupation", True),
    ("Years later, Yoon Seo-yeon is a prosecutor in Seoul.", "occupation", True),
    ("After the time jump, Yoon Seo-yeon is a prosecutor.", "occupation", True),
    ("The trailer shows a grey-haired Kang Dong-su, who has been alive all this time.", "fate", True),
    ("Kang Dong-su is alive in season 2.", "fate", False),
    ("Yoon Seo-yeon, a prosecutor, returns to Busan.", "occupation", False),
    ("Now that the season is out, Yoon Seo-yeon, a prosecutor, returns.", "occupation", False),
    ("Yoon Seo-yeon, a prosecutor, returns to Busan, where Kang Tae-oh is now a teacher.", "occupation", False),
])
def test_a_state_set_at_a_later_time_is_marked(parse, text, kind, later):
    (doc,) = parse([text])
    found = [c for c in read_story(doc) if c.kind == kind]
    assert found and found[0].later is later


def sources(parse, text):
    (doc,) = parse([text])
    return [(c.value, c.word, c.title) for c in read_story(doc) if c.kind == "source"]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [
    # a capitalised medium word before the title is the medium, not part of the title
    ("The series is the adaptation of this 2006 Book Night Tides by Ana Ruiz.", ("book", "Book", "Night Tides")),
    # small words inside a title keep it whole
    ("The series is adapted from the webcomic series The Keeper of the Lamps by Ana Ruiz.",
     ("webcomic", "webcomic series", "The Keeper of the Lamps")),
    # a medium word however written (hyphen, space, capitals) is the medium, never the title
    ("The series is based on a Web-toon that goes by the name Night Tides.", ("web-toon", "Web-toon", None)),
    ("The series is based on a web toon by Ana Ruiz.", ("web toon", "web toon", None)),
    ("The series is based on the Web-novel Night Tides.", ("web-novel", "Web-novel", "Night Tides")),
    ("The series is based on a Light Novel by Ana Ruiz.", ("light novel", "Light Novel", None)),
])
def test_source_titles_are_read_whole_and_without_the_medium(parse, text, expected):
    assert sources(parse, text) == [expected]


@pytest.mark.slow
def test_the_reference_story_is_read_from_descriptions(parse):
    library = Library.load(DATA)
    harbour = library.get("harbour-lights")
    story = read_show_story(harbour, library.resolver(harbour), parse)
    assert [f.value for f in story.relations(Who("Kang Dong-su"), Who("Kang Tae-oh"))] == ["parent"]
    assert [(f.value, f.season) for f in story.fates(Who("Kang Dong-su"))] == [("dead", 1)]
    assert {f.value for f in story.occupations("Yoon Seo-yeon")} == {"florist"}
    assert story.source.media == {"webtoon"} and story.source.authors == ("Seo Ha-neul",)


@pytest.mark.slow
def test_a_source_author_with_a_middle_initial_is_read_whole(parse, tmp_path):
    story = harbour_story_with(parse, tmp_path, "a webtoon by Seo Ha-neul (2018)", "a novel by Dana P. Orr (2018)")
    assert "Dana P. Orr" in story.source.authors and "Dana" not in story.source.authors


def harbour_story_with(parse, tmp_path, old: str, new: str):
    """The story of Harbour Lights with one line of its reference rewritten."""
    text = (DATA / "harbour-lights.yaml").read_text(encoding="utf-8").replace(old, new)
    path = tmp_path / "harbour-lights.yaml"
    path.write_text(text, encoding="utf-8")
    library = Library.load(path)
    harbour = library.get("harbour-lights")
    return read_show_story(harbour, library.resolver(harbour), parse)


@pytest.mark.slow
def test_a_description_that_opens_with_a_pronoun_is_about_its_character(parse, tmp_path):
    story = harbour_story_with(parse, tmp_path, "    description: A florist.\n",
                               "    description: A florist in love with Kang Tae-oh; she later marries him.\n")
    assert [(f.value, f.other) for f in story.fates(Who("Yoon Seo-yeon"))] == [("married", Who("Kang Tae-oh"))]
    assert not story.fates(Who("Kang Tae-oh"))


def test_an_age_before_a_name_in_a_synopsis_does_not_hide_the_character():
    from rumorcheck.names import NameResolver
    from rumorcheck.story import _Resolver

    harbour = Library.load(DATA).get("harbour-lights")
    names = _Resolver(NameResolver.for_reference(harbour))
    assert names.name("Thirty-year-old Kang Dong-su") == "Kang Dong-su"  # "Thirty-year-old Mina Oh moves..."
    assert names.name("Nine-year-old Han Yu-na") == "Han Yu-na"


@pytest.mark.slow
def test_structured_fields_override_the_text(parse, tmp_path):
    story = harbour_story_with(parse, tmp_path, "    description: A florist.\n",
                               "    description: A florist.\n    occupation: [nurse]\n")
    assert {f.value for f in story.occupations("Yoon Seo-yeon")} == {"nurse"}


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Leo Marsh is a florist, smuggler and serial killer.",
    "Leo Marsh, a florist and serial killer, runs the inn.",
])
def test_every_conjunct_of_an_attribute_is_the_bearers(parse, text):
    found = {(value, who) for kind, value, who, _, _ in claims(parse, text) if kind == "occupation"}
    assert {("florist", "Leo Marsh"), ("serial killer", "Leo Marsh")} <= found


@pytest.mark.slow
def test_a_coordinated_description_gives_the_character_every_occupation(parse, tmp_path):
    story = harbour_story_with(parse, tmp_path, "    description: A florist.\n",
                               "    description: A florist, smuggler and serial killer.\n")
    assert {"florist", "serial killer"} <= {f.value for f in story.occupations("Yoon Seo-yeon")}


class CountingParser:
    """Stands in for SentenceParser: tokenises only, and counts the texts and calls it is given."""

    def __init__(self):
        self.blank = spacy.blank("en")
        self.texts: list[str] = []
        self.calls = 0

    def parse(self, texts):
        self.calls += 1
        self.texts += texts
        return [self.blank(t) for t in texts]


def built(text: str, parser) -> Article:
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    doc = blank(text)
    return Article(ArticleText("<t>", text, "utf-8", hashlib.sha256(text.encode()).hexdigest()),
                   doc, extract_claims(doc, []), [], parser)


def test_story_sentences_of_several_articles_are_parsed_in_one_batch():
    parser = CountingParser()
    articles = [built("Leo Marsh's wife Mina Oh runs the inn. The weather was fine.", parser),
                built("The show returns in May. Mina Oh dies in season 2.", parser)]
    parse_story_sentences(articles)
    assert parser.calls == 1
    assert parser.texts == ["Leo Marsh's wife Mina Oh runs the inn.", "Mina Oh dies in season 2."]
    for article in articles:
        article.descriptions  # reads the parses already made
    assert parser.calls == 1


def test_once_the_show_is_known_only_sentences_naming_its_people_are_parsed():
    parser = CountingParser()
    article = built("Leo Marsh's wife Mina Oh runs the inn. Tom Vale's wife Ada Roe runs a bar. "
                    "The show is a comedy.", parser)
    assert len(article.story_segments) == 3  # before the show is known, every cue sentence
    article.focus(lambda name: name in {"Leo Marsh", "Mina Oh"})
    parse_story_sentences([article])
    assert parser.texts == ["Leo Marsh's wife Mina Oh runs the inn.", "The show is a comedy."]


def test_sentences_are_parsed_once_per_article():
    text = "First sentence here. Second one there."
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    doc = blank(text)
    parser = CountingParser()
    article = Article(ArticleText("<t>", text, "utf-8", hashlib.sha256(text.encode()).hexdigest()),
                      doc, extract_claims(doc, []), [], parser)
    first, second = article.claims.segments
    docs = article.parse_sentences([first, second])
    assert [d.text for d in docs] == ["First sentence here.", "Second one there."]
    article.parse_sentences([second, first])
    assert parser.texts == ["First sentence here.", "Second one there."]


def test_an_article_without_a_parser_has_no_parses():
    text = "One sentence."
    doc = spacy.blank("en")(text)
    article = Article(ArticleText("<t>", text, "utf-8", ""), doc, extract_claims(doc, []), [])
    assert article.parse_sentences(list(article.claims.segments)) == [None]
    assert article.descriptions == ()


@pytest.mark.slow
def test_with_no_story_rule_selected_no_sentence_is_parsed(monkeypatch):
    from rumorcheck.checker import Checker
    from rumorcheck.rules import RuleSelection

    library = Library.load(DATA)
    text = "Harbour Lights season 2: Yoon Seo-yeon is a nurse, and her husband dies in the finale."
    story_off = Checker(library, selection=RuleSelection(ignore=("plot", "show/wrong-genre",
                                                                 "show/wrong-source-material")))
    assert not story_off.reads_story and Checker(library).reads_story
    monkeypatch.setattr(Article, "parse_sentences", lambda *_: pytest.fail("parsed with no story rule selected"))
    source = ArticleText("<t>", text, "utf-8", hashlib.sha256(text.encode()).hexdigest())
    assert story_off.check_sources([source])[0].error is None
