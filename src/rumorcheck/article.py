"""An article parsed once: its text, its spaCy Doc, and every claim extracted from it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc

from .extract import Claims, extract_claims
from .findings import TextSpan
from .nlp import parse
from .text import ArticleText, LineIndex, boilerplate_ranges


@dataclass
class Article:
    source: ArticleText
    doc: Doc
    claims: Claims
    boilerplate: list[tuple[int, int]]

    @classmethod
    def build(cls, source: ArticleText, nlp: Language) -> "Article":
        doc = parse(nlp, source.text)
        return cls.from_doc(source, doc)

    @classmethod
    def from_doc(cls, source: ArticleText, doc: Doc) -> "Article":
        skip = boilerplate_ranges(source.text)
        return cls(source, doc, extract_claims(doc, skip), skip)

    @property
    def text(self) -> str:
        return self.source.text

    @cached_property
    def _lines(self) -> LineIndex:
        return LineIndex(self.text)

    def span(self, start: int, end: int) -> TextSpan:
        line, column = self._lines.locate(start)
        return TextSpan(start, end, line, column, self.text[start:end])
