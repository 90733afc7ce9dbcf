"""An article parsed once: its text, its spaCy Doc, and every claim extracted from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from .extract import Claims, extract_claims
from .extract.claims import Segment
from .extract.descriptions import KnownName, StoryClaim, describe, story_sentences
from .findings import TextSpan
from .nlp import SentenceParser, parse, sentence_parser
from .text import ArticleText, LineIndex, boilerplate_ranges


@dataclass
class Article:
    source: ArticleText
    doc: Doc
    claims: Claims
    boilerplate: list[tuple[int, int]]
    parser: SentenceParser | None = None  # dependency parses on demand (see parse_sentences)
    known_name: KnownName | None = None  # is a name one of the show's people (see focus)
    _parsed: dict[tuple[int, int], Doc] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, source: ArticleText, nlp: Language) -> "Article":
        doc = parse(nlp, source.text)
        return cls.from_doc(source, doc, sentence_parser(nlp))

    @classmethod
    def from_doc(cls, source: ArticleText, doc: Doc, parser: SentenceParser | None = None) -> "Article":
        skip = boilerplate_ranges(source.text)
        return cls(source, doc, extract_claims(doc, skip, source.text), skip, parser)

    def parse_sentences(self, segments: Sequence[Segment]) -> list[Doc | None]:
        """Tagged, lemmatised and dependency-parsed Docs of ``segments`` (one per segment, its
        text only: token offsets count from the segment's start). Each segment is parsed once per
        article, however many stages ask, in one batch per call; without a parser (an article
        built by hand) every entry is None."""
        todo = [s for s in dict.fromkeys(segments) if (s.start, s.end) not in self._parsed]
        if todo and self.parser is not None:
            for segment, doc in zip(todo, self.parser.parse([s.text for s in todo])):
                self._parsed[(segment.start, segment.end)] = doc
        return [self._parsed.get((s.start, s.end)) for s in segments]

    def focus(self, known_name: KnownName) -> None:
        """Once the show is known: read only the story sentences that name one of its people (or
        say what the show is). Parsing is the dearest step of checking, and a claim about
        somebody the reference does not know can be neither supported nor refuted."""
        self.known_name = known_name
        for chosen in ("story_segments", "descriptions"):
            self.__dict__.pop(chosen, None)

    @cached_property
    def story_segments(self) -> list[Segment]:
        """The sentences that can say what characters are and do, or what the show is: the ones
        the description reader parses (chosen once)."""
        return story_sentences(self.claims, known=self.known_name)

    @cached_property
    def descriptions(self) -> tuple[StoryClaim, ...]:
        """What the article says characters are and do, and what the show is and comes from,
        read from the parses of :attr:`story_segments`."""
        return describe(self.story_segments, self.text, self.parse_sentences)

    @property
    def text(self) -> str:
        return self.source.text

    @cached_property
    def _lines(self) -> LineIndex:
        return LineIndex(self.text)

    def span(self, start: int, end: int) -> TextSpan:
        line, column = self._lines.locate(start)
        return TextSpan(start, end, line, column, self.text[start:end])


def parse_story_sentences(articles: Sequence[Article]) -> None:
    """Parse the sentences the description readers of several articles will ask for, in one
    batch per parser: the parser runs much faster over one large batch than over many small
    ones. Each article keeps its parses, so its ``descriptions`` then parse nothing."""
    groups: dict[int, list[tuple[Article, Segment]]] = {}
    for article in articles:
        if article.parser is not None:
            for segment in article.story_segments:
                if (segment.start, segment.end) not in article._parsed:
                    groups.setdefault(id(article.parser), []).append((article, segment))
    for todo in groups.values():
        docs = todo[0][0].parser.parse([segment.text for _, segment in todo])
        for (article, segment), doc in zip(todo, docs):
            article._parsed[(segment.start, segment.end)] = doc
