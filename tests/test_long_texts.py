"""Long articles: parsing in bounded pieces, and name finding that stays linear in the text.

No model is loaded: the pipeline is spaCy's blank English tokenizer, and name finding gets Docs
whose entities are set by hand.
"""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from rumorcheck.checker import _batches
from rumorcheck.extract.claims import Mention
from rumorcheck.extract.mentions import Chunk, _containing, _without_overlaps, inside_any, person_mentions, within
from rumorcheck.nlp import CHUNK_CHARS, PIECE_CHARS, PIECES_AT_ONCE, line_breaks, parse
from rumorcheck.text import ArticleText

BLANK = spacy.blank("en")


class RecordingPipeline:
    """A stand-in for the loaded pipeline that records how much text each batch parses at once."""

    max_length = 1_000_000

    def __init__(self):
        self.batch_chars: list[int] = []

    def __call__(self, text: str) -> Doc:
        self.batch_chars.append(len(text))
        return BLANK(text)

    def pipe(self, texts, batch_size: int = 1000):
        for batch in minibatch(texts, batch_size):
            self.batch_chars.append(sum(map(len, batch)))
            yield from map(BLANK, batch)


def paragraphs(total: int) -> str:
    paragraph = "Lena Marsh plays Ivo Brandt in the second series of Tidewater, out next spring.\n\n"
    return (paragraph * (total // len(paragraph) + 1))[:total]


def test_a_long_text_is_parsed_a_few_short_pieces_at_a_time():
    text = paragraphs(600_000)
    nlp = RecordingPipeline()
    doc = parse(nlp, text)
    assert doc.text == text
    assert len(nlp.batch_chars) > 1
    assert max(nlp.batch_chars) <= PIECES_AT_ONCE * PIECE_CHARS


def test_a_text_up_to_the_limit_is_parsed_whole():
    text = paragraphs(CHUNK_CHARS)
    nlp = RecordingPipeline()
    assert parse(nlp, text).text == text
    assert nlp.batch_chars == [CHUNK_CHARS]


def test_articles_parsed_together_are_grouped_by_characters():
    sizes = [30_000, 50_000, 40_000, 120_000, 10, 20]
    sources = [(i, ArticleText(f"{i}.txt", "x" * n, "utf-8", "")) for i, n in enumerate(sizes)]
    groups = [[i for i, _ in batch] for batch in _batches(sources, 100_000)]
    assert groups == [[0, 1], [2], [3], [4, 5]]


def old_line_breaks(doc: Doc) -> Doc:
    """The rule, token by token: the token after one holding a line break starts a sentence."""
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc


SENTENCES = spacy.blank("en")
SENTENCES.add_pipe("sentencizer")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Kim", "Lee.", " ", "\n", "\n\n", " \n ", "plays", "Ivo-Brandt", "\r\n", "?"]),
                max_size=40))
def test_line_breaks_start_the_same_sentences_as_the_token_rule(words):
    text = "".join(words)
    assert [t.is_sent_start for t in line_breaks(SENTENCES(text))] == \
        [t.is_sent_start for t in old_line_breaks(SENTENCES(text))]


def brute_without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """The definition: longest first, then leftmost, keep what overlaps nothing kept."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


spans = st.tuples(st.integers(0, 60), st.integers(1, 12)).map(lambda p: (p[0], p[0] + p[1]))


@settings(max_examples=200, deadline=None)
@given(st.lists(spans, max_size=30, unique=True))
def test_overlaps_are_removed_as_the_definition_says(pairs):
    mentions = [Mention(a, b, "x" * (b - a), "chunk") for a, b in pairs]
    assert _without_overlaps(mentions, 80) == brute_without_overlaps(mentions)


@settings(max_examples=200, deadline=None)
@given(st.lists(spans, max_size=12), spans)
def test_inside_ranges_by_bisection_agrees_with_inside_any(ranges, probe):
    assert within(ranges)(*probe) == inside_any(*probe, ranges)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(1, 8), min_size=1, max_size=10), st.data())
def test_the_chunk_holding_a_name_is_the_first_that_holds_it(lengths, data):
    chunks, start = [], 0
    for n in lengths:  # consecutive chunks with one-character gaps, as name_chunks makes them
        chunks.append(Chunk(start, start + n, "x" * n))
        start += n + 1
    probe = data.draw(spans)
    first = next((c for c in chunks if c.start <= probe[0] and probe[1] <= c.end), None)
    assert _containing(chunks)(*probe) == first


def test_person_mentions_widen_entities_and_skip_furniture():
    words = ["Kim", "Lee", "\n\n", "Actor", "Na", "Yeon", "Hee", "joins", "Park", "Jung-woo", "."]
    spaces = [False, False, False, True, True, True, True, True, True, False, False]
    doc = Doc(BLANK.vocab, words=words, spaces=spaces)
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 5, 7, "PERSON")]  # the model saw "Yeon Hee" only
    byline = (0, len("Kim Lee"))
    found = [(m.text, m.source) for m in person_mentions(doc, [byline])]
    assert found == [("Na Yeon Hee", "ner"), ("Park Jung-woo", "chunk")]
