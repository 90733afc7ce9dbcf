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
    ("Leo Marsh kills Mina Oh in the finale.", ("fate", "dead", "Mina Oh", None, "Leo Marsh")),
    ("Mina Oh is murdered by Leo Marsh.", ("fate", "dead", "Mina Oh", None, "Leo Marsh")),
    ("Leo Marsh dies in season 2.", ("fate", "dead", "Leo Marsh", None, None)),
    ("Leo Marsh, who killed his father, hides in Busan.", ("fate", "dead", "his", "parent", "Leo Marsh")),
    ("Leo Marsh caused the crash that killed Mina Oh's mother.", ("fate", "dead", "Mina Oh", "parent", "Leo Marsh")),
    ("Mina Oh and Leo Marsh get engaged at the end of the season.", ("fate", "engaged", "Mina Oh", None, "Leo Marsh")),
    ("This sitcom follows Mina Oh.", ("genre", "sitcom", None, None, None)),
    ("The series is based on Ana Ruiz's novel of the same name.", ("source", "novel", None, None, "Ana Ruiz")),
])
def test_reader_finds(parse, text, expected):
    assert expected in claims(parse, text)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Leo Marsh hired a thug to kill Mina Oh.",  # a plan, not a death
    "Leo Marsh believes Mina Oh has been killed.",  # a belief
    "Mina Oh survives the first trial.",  # one ordeal, not a fate
    "Fans made a remake of this drama.",  # the show is the source, not the adaptation
])
def test_reader_leaves_alone(parse, text):
    assert not [c for c in claims(parse, text) if c[0] in ("fate", "source")]


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
def test_structured_fields_override_the_text(parse, tmp_path):
    text = (DATA / "harbour-lights.yaml").read_text(encoding="utf-8").replace(
        "    description: A florist.\n", "    description: A florist.\n    occupation: [nurse]\n")
    path = tmp_path / "harbour-lights.yaml"
    path.write_text(text, encoding="utf-8")
    library = Library.load(path)
    harbour = library.get("harbour-lights")
    story = read_show_story(harbour, library.resolver(harbour), parse)
    assert {f.value for f in story.occupations("Yoon Seo-yeon")} == {"nurse"}


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
