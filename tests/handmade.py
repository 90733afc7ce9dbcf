"""Articles built by hand, without the statistical model: a Doc made from the text's words, with
a sentence start after every full stop and line break. Unit tests of the analysis and the checks
use these, so they run in milliseconds and do not depend on what a model predicts."""

from __future__ import annotations

import hashlib
import re

from spacy.tokens import Doc
from spacy.vocab import Vocab

from rumorcheck.article import Article
from rumorcheck.text import ArticleText

_TOKEN = re.compile(r"\w+(?:[-’']\w+)*|[^\w\s]")
_VOCAB = Vocab()


def handmade_doc(text: str) -> Doc:
    matches = list(_TOKEN.finditer(text))
    words = [m.group(0) for m in matches]
    spaces = [m.end() < len(text) and text[m.end()] == " " for m in matches]
    # the whitespace between tokens other than single spaces becomes tokens of its own
    out_words, out_spaces, starts = [], [], []
    position, sentence_ends = 0, True
    for m, word, space in zip(matches, words, spaces):
        gap = text[position:m.start()]
        if gap and gap != " ":
            out_words.append(gap.removeprefix(" ") if out_spaces and out_spaces[-1] else gap)
            out_spaces.append(False)
            starts.append(False)
            sentence_ends = sentence_ends or "\n" in gap
        out_words.append(word)
        out_spaces.append(space)
        starts.append(sentence_ends)
        sentence_ends = word in {".", "!", "?"}
        position = m.end() + (1 if space else 0)
    doc = Doc(_VOCAB, words=out_words, spaces=out_spaces, sent_starts=starts)
    assert doc.text == text[:len(doc.text)], "tokens must rebuild the text"
    return doc


def handmade_article(text: str, path: str = "article.txt") -> Article:
    source = ArticleText(path, text, "utf-8", hashlib.sha256(text.encode()).hexdigest())
    return Article.from_doc(source, handmade_doc(text))


def flagged_spans(library, text: str, rule: str, show: str = "harbour-lights") -> set[str]:
    """The spans ``rule`` flags in a handmade article about ``show``."""
    from rumorcheck.checker import run_checks
    from rumorcheck.rules import RuleSelection

    found, _ = run_checks(handmade_article(text), library.get(show), library, RuleSelection())
    return {f.span.text for f in found if f.rule == rule}
