"""Which show: titles and casts that belong to another show in the library.

Spun articles splice two shows with similar titles: the headline names one, the cast section
describes the other. These rules report what the article takes from a show it is not about,
with that show's reference as evidence.
"""

from __future__ import annotations

import re
from typing import Iterable

from rapidfuzz import fuzz
from wordfreq import zipf_frequency

from ..extract.descriptions import StoryClaim
from ..findings import Severity, Verdict
from ..analysis.borrowed import BorrowedName, BorrowedTitle, group_by_show, name_list
from ..extract.context import TITLE_SMALL_WORDS
from ..library import title_key, word_grams
from ..lexicon import story_lexicon
from ..names import fold, misspelling
from ..reference import WorkRelation
from ..rules import Example, rule
from .base import SUPPORTED, UNVERIFIABLE, Context, Judgement
from .characters import a, asserted, found_text, listed, story_claims
from .names import AFTER_TITLE, title_ends

TITLE_OF_OTHER_SHOW = rule(
    "show/title-of-other-show", Severity.ERROR,
    "The article calls the show by the title of a different show.",
    """
    What it flags:
        The first use of another show's exact title (a show in the library, or a title the
        reference lists under shared_titles) where the checked show's own title does not
        cover it: "The Innocent Season 2" over an article about ITV's "Innocent".
    Why it matters:
        A borrowed title is how readers and search engines are sent to the wrong show, and it
        usually comes with that show's plot and network.
    Example:
        "Lighthouse Keepers Season 2: everything we know" over an article about Harbour Lights.
    Not flagged:
        The show's own titles and aliases, a shorter title inside the show's longer one
        ("Innocent" in "Innocent Defendant"), sentences that set the shows apart ("not to be
        confused with", "unlike", "best known for"), and a title the article itself introduces
        as another work ("a Spanish remake titled Lighthouse Keepers", "the Korean version,
        Lighthouse Keepers", "adapted as Lighthouse Keepers", "the webtoon Lighthouse Keepers":
        a book or comic named by its medium is a source, not a title given the show). A title that is also an ordinary
        word ("You", "Home", "The Office") counts only where written as a title: quoted, with a
        cue ("the series Home", "season 2 of Home", "Home season 2", "Home on Netflix"), or
        capitalised where prose would not be; not opening a sentence ("Home is where..."), in a
        title-cased headline, as a pronoun ("You must have heard") or inside a longer name.
        A title of words prose always capitalises (a day, a month, a language or nationality:
        "Friday", "Korean") needs a cue or quotes: "on Friday, March 3" is a date.
    """,
    (Example("Lighthouse Keepers Season 2: everything we know about Harbour Lights", "Lighthouse Keepers"),
     Example("Harbour Lights Season 2: everything we know"),
     Example("Harbour Lights is not to be confused with Lighthouse Keepers, a Spanish thriller."),
     Example("Spain got its own remake. It was titled Lighthouse Keepers and aired in 2023.")),
)
CAST_OF_OTHER_SHOW = rule(
    "show/cast-of-other-show", Severity.WARNING,
    "The article names actors of a different show as if they were in this one.",
    """
    What it flags:
        A sentence naming actors of another show in the library (and none of its characters)
        who are not in the checked show, once that show is in play: its full names or its
        title appear in the article.
    Why it matters:
        Borrowed cast lists tell readers the wrong people star in the show.
    Example:
        "Marta Solís and Bruno Ferrer also return." in an article about Harbour Lights.
    Not flagged:
        People of the checked show, people of no show in the library, career notes
        ("best known for", "also starred in"), and an actor the article credits with one of
        the checked show's characters ("Marta Solís as young Yoon Seo-yeon"): actors work on
        several shows, and the credit says she has a part in this one (the reference may not
        list a child actor); cast rules judge the credit itself.
    """,
    (Example("Marta Solís and Bruno Ferrer also return.", "Marta Solís"),
     Example("Choi Woo-jin and Lee Bo-ra also return."),
     Example("Marta Solís as young Yoon Seo-yeon and Choi Woo-jin as Kang Tae-oh."),
     Example("Choi Woo-jin is best known for his work with Marta Solís.")),
)


def check_titles(ctx: Context) -> Iterable[Judgement]:
    for title in ctx.analysis.borrowings.titles:
        if ctx.analysis.introduced_at(title.start, title.end):
            yield SUPPORTED  # "a remake titled X": the article names the other work as such
        else:
            yield _title(ctx, title)


def _title(ctx: Context, title: BorrowedTitle) -> Judgement:
    reference = ctx.reference
    shared = next((t for t in reference.show.shared_titles
                   if title.other is not None and t.reference == title.other.id), None)
    if title.other is not None:
        what = title.other.label
        evidence = title.other.evidence("title")
    else:
        shared = reference.show.shared_titles[title.shared_index]
        what = shared.work
        evidence = reference.evidence("shared_titles", title.shared_index, source=shared.source)
    if shared is not None and shared.relation is not WorkRelation.UNRELATED:
        what += f", {_RELATION_WORDS[shared.relation]}"
    own = _quoted_titles(ctx)
    return ctx.finding(
        TITLE_OF_OTHER_SHOW, Verdict.REFUTED,
        f"{title.title!r} is {what}; this article is about {reference.label}",
        title.start, title.end, found=title.text,
        expected=f"{reference.label} is titled {own}",
        evidence=evidence, presupposed=True,
    )


_RELATION_WORDS = {
    WorkRelation.REMAKE: "a remake of this show", WorkRelation.REMADE_FROM: "the show this one remakes",
    WorkRelation.SAME_SOURCE: "another adaptation of the same source", WorkRelation.SEQUEL: "its sequel",
    WorkRelation.PREQUEL: "its prequel", WorkRelation.SPIN_OFF: "a spin-off",
}


def _quoted_titles(ctx: Context) -> str:
    titles = [repr(t) for t in ctx.reference.titles[:3]]
    return titles[0] if len(titles) == 1 else f"{titles[0]} (also {', '.join(titles[1:])})"


LOOK_ALIKE_TITLE = rule(
    "show/look-alike-title", Severity.ERROR,
    "The show is called by a title one word away from its own: another work's, or a garbled one.",
    """
    What it flags:
        A run of title words where the show's own title belongs, equal to that title but for
        one word swapped for another real word that reads or sounds alike: "Harbour Nights"
        for "Harbour Lights", a famous book's title for a show named in play on it.
    Why it matters:
        The title is how readers and search engines find the show; a look-alike sends them to
        another work (often a real one), and spliced articles use it to carry that work's story.
    Example:
        "In no time Harbour Nights gained a following." about Harbour Lights.
    Not flagged:
        Misspellings (a letter or two: name/misspelled-title), plurals and possessives, titles
        of one content word ("The Crown" is not "The Clown"), a word that is a name of the
        show's people ("Copperfield Ray" when Ray is a character), known titles (the show's seasons, its source, the
        works its reference names, the library's shows), another work the clause likens the
        show to ("X meets Harbour Nights", "fans of Harbour Nights", "Harbour Nights-style"),
        career notes, a title introduced as another work, and sentences that set the works apart.
    """,
    (Example("In no time Harbour Nights gained a sizable following.", "Harbour Nights"),
     Example("In no time Harbour Lights gained a sizable following."),
     Example("Picture Lighthouse Keepers meets Harbour Nights, set on a ferry.")),
)


def check_look_alike_titles(ctx: Context) -> Iterable[Judgement]:
    own = {key: t for t in ctx.reference.titles
           if len(_content_words(key := title_key(_DISAMBIGUATION.sub("", t)))) >= 2}
    if not own:
        return
    starts = {key.split()[0] for key in own}
    lengths = {len(key.split()) for key in own}
    known = set(ctx.analysis.names.titles) | {title_key(b.title) for b in ctx.analysis.borrowings.titles}
    source = fold(ctx.reference.show.based_on_text)
    for segment in ctx.article.claims.segments:
        lowered = segment.text.casefold()
        if segment.contrast or not any(first in lowered for first in starts):
            continue  # the swapped word is never the first: "Korean Heist" is a description
        for gram in word_grams(segment.text, max(lengths), capitalised_only=True, starts=starts):
            if gram.last - gram.first not in lengths or gram.folded in own or gram.folded in known \
                    or fold(gram.folded) in source:
                continue
            title = _look_alike(ctx, gram.folded, own)
            start, end = segment.start + gram.start, segment.start + gram.end
            if title is not None and _in_title_place(ctx, segment, start, end):
                yield _look_alike_finding(ctx, start, end, own[title])


def _look_alike(ctx: Context, written: str, own: dict[str, str]) -> str | None:
    """The own title key ``written`` is one word away from, that word swapped for another real
    word that looks like it; None for a misspelling, an inflection or a name."""
    for key in own:
        swapped = _swapped_word(written, key)
        if swapped is None or fuzz.ratio(written, key) < LOOK_ALIKE_RATIO:
            continue
        new, old = swapped
        if (zipf_frequency(new, "en", wordlist="small") >= REAL_WORD_ZIPF and misspelling(new, old) is None
                and new.rstrip("s") != old.rstrip("s") and not _synonyms(new, old) and ctx.resolve(new) is None):
            return key
    return None


def _synonyms(a: str, b: str) -> bool:
    """Words of one occupation or relation ("lawyer", "attorney"): another translation of the
    title ("Extraordinary Lawyer Woo"), not another work."""
    lexicon = story_lexicon()
    if lexicon.occupation(a) & lexicon.occupation(b):
        return True
    ra, rb = lexicon.relation(a), lexicon.relation(b)
    return ra is not None and rb is not None and ra.name == rb.name


LOOK_ALIKE_RATIO = 80  # "alike" as the misspelled-title rule counts it, over the whole title
REAL_WORD_ZIPF = 3.0  # about one use in a million English words: a word, not a garble


_DISAMBIGUATION = re.compile(r"\s*\([^)]*\)\s*$")  # "Tidewater (ITV)": the title is "Tidewater"
_NUMBER = re.compile(r"^(?:\d+|[ivxlc]+)$")


def _swapped_word(written: str, key: str) -> tuple[str, str] | None:
    """(new, old): the one content word ``written`` has in place of one of ``key``'s. Not a
    season's number or its word ("Part 2" for "Season 2"): that names a season, not the show."""
    a, b = written.split(), key.split()
    if len(a) != len(b):
        return None
    differ = [(x, y) for x, y in zip(a, b) if x != y]
    if len(differ) != 1:
        return None
    if any(w in TITLE_SMALL_WORDS or w in AFTER_TITLE or _NUMBER.match(w) for w in differ[0]):
        return None
    return differ[0]


def _content_words(key: str) -> list[str]:
    return [w for w in key.split() if w not in TITLE_SMALL_WORDS]


def _in_title_place(ctx: Context, segment, start: int, end: int) -> bool:
    """Where the article names the show: the title words end there, and the clause neither
    likens the show to the work nor introduces it as another or as a career note."""
    if not title_ends(ctx.article.text, end) or ctx.analysis.subjects.likened_at(segment, start, end):
        return False
    if ctx.analysis.introduced_at(start, end):
        return False
    other = ctx.analysis.other_work_at(start, end)
    return other is None or not other.career_note


def _look_alike_finding(ctx: Context, start: int, end: int, title: str) -> Judgement:
    written = ctx.article.text[start:end]
    return ctx.finding(
        LOOK_ALIKE_TITLE, Verdict.REFUTED,
        f"{written!r} is not this show's title, {title!r}: the article is about {ctx.reference.label}",
        start, end, found=written, expected=title, evidence=ctx.reference.evidence("title"), presupposed=True,
    )


def check_borrowed_cast(ctx: Context) -> Iterable[Judgement]:
    for (segment, other), names in group_by_show(ctx.analysis.borrowings.names):
        if all(n.owner.kind.value == "person" for n in names):
            yield _cast(ctx, other, names)


def _cast(ctx: Context, other, names: list[BorrowedName]) -> Judgement:
    first = names[0]
    return ctx.finding(
        CAST_OF_OTHER_SHOW, Verdict.REFUTED,
        f"{name_list(names)} {'is' if len(names) == 1 else 'are'} in the cast of {other.label}, "
        f"not of {ctx.reference.label}",
        first.start, names[-1].end, found=first.segment.text if len(first.segment.text) < 200 else first.text,
        expected=f"{ctx.reference.label} does not list {'this actor' if len(names) == 1 else 'these actors'}",
        evidence=other.cast_evidence(first.owner.index), presupposed=True,
    )


WRONG_GENRE = rule(
    "show/wrong-genre", Severity.ERROR,
    "The show is given a genre it does not have.",
    """
    What it flags:
        A genre said of the show ("This comedy", "X is a horror series", "the comedy X") that
        shares no family with any of the reference's genres: a sitcom for a crime drama, a
        thriller for a romantic comedy.
    Why it matters:
        A genre tells readers what kind of show it is; a heist drama called a sitcom is
        another show, or none.
    Example:
        "This comedy follows Kang Tae-oh home to Busan." for a romance mystery.
    Not flagged:
        Genres of one family ("horror" for a science-fiction thriller, "romance" for a
        melodrama), the generic words drama, series and show (a K-drama is any Korean series),
        genres said of other works, shows whose reference lists no genre, and hedged or
        negated sentences.
    """,
    (Example("This comedy follows Kang Tae-oh home to Busan.", "comedy"),
     Example("This romance follows Kang Tae-oh home to Busan."),
     Example("Unlike a sitcom, this drama follows Kang Tae-oh home to Busan.")),
)
WRONG_SOURCE = rule(
    "show/wrong-source-material", Severity.ERROR,
    "The article names a source the show is not based on.",
    """
    What it flags:
        "based on", "adapted from", "an adaptation of" or "a remake of" a work of another
        medium (a novel for a webtoon), by another author, or with another title than the
        reference's based_on; or any source for a show whose reference says it is an original
        (based_on: null written out, or original: true), as a warning.
    Why it matters:
        Readers look for the source; naming the wrong one sends them to another work, and
        calling an original an adaptation invents a work.
    Example:
        "Harbour Lights is based on the novel by Seo Ha-neul." when it adapts her webtoon.
    Not flagged:
        Broader words ("comic" for a manga or webtoon, "book" for a novel), sources said of
        other works (a remake, the source itself), shows whose reference does not say, and
        hedged or negated sentences.
    """,
    (Example("Harbour Lights is based on the novel by Seo Ha-neul.", "novel"),
     Example("Harbour Lights is based on Seo Ha-neul's webtoon of the same name."),
     Example("Harbour Lights is rumoured to be based on a novel.")),
)


def check_genres(ctx: Context) -> Iterable[Judgement]:
    genres = list(ctx.reference.show.genres)
    for claim in story_claims(ctx, "genre"):
        if _about_this_show(ctx, claim):
            yield _genre(ctx, claim, genres)


def _genre(ctx: Context, claim: StoryClaim, genres: list[str]) -> Judgement:
    clash = story_lexicon().genres_clash(claim.value, genres)
    if clash is None:
        return UNVERIFIABLE
    if not clash:
        return SUPPORTED
    if not asserted(ctx, claim) or (claim.segment is not None and claim.segment.contrast):
        return UNVERIFIABLE
    reference = ctx.reference
    listed = ", ".join(genres)
    return ctx.finding(
        WRONG_GENRE, Verdict.REFUTED, f"{reference.title} is not {a(claim.word)}: its genres are {listed}",
        claim.start, claim.end, found=claim.word, expected=f"{reference.label}: {listed}",
        evidence=reference.evidence("genres"))


def check_sources(ctx: Context) -> Iterable[Judgement]:
    for claim in story_claims(ctx, "source"):
        if _about_this_show(ctx, claim):
            yield _source(ctx, claim)


def _source(ctx: Context, claim: StoryClaim) -> Judgement:
    known = ctx.story.source
    if known.original is None:
        return UNVERIFIABLE
    said = _said_source(claim)
    if known.original:
        problem, severity = f"{ctx.reference.title} is an original work, not based on {said}", Severity.WARNING
    else:
        problem, severity = _source_problem(ctx, claim, said), None
    if problem is None:
        return SUPPORTED
    if not asserted(ctx, claim):
        return UNVERIFIABLE
    return ctx.finding(
        WRONG_SOURCE, Verdict.REFUTED, problem, claim.start, claim.end, found=found_text(claim),
        expected=f"based on: {known.text}", evidence=ctx.reference.evidence("based_on"), severity=severity)


def _source_problem(ctx: Context, claim: StoryClaim, said: str) -> str | None:
    known = ctx.story.source
    lexicon = story_lexicon()
    media = frozenset().union(*(lexicon.medium(m) for m in known.media)) if known.media else frozenset()
    title = ctx.reference.title
    if claim.value and media and not lexicon.media.agree(lexicon.medium(claim.value), media):
        return f"{title} is based on {a(listed(sorted(known.media)))}, not {a(claim.word)}"
    if claim.other is not None and known.authors and not any(_same_name(claim.other.text, a) for a in known.authors):
        return f"{title}'s source is by {listed(known.authors)}, not {claim.other.text}"
    written = title if claim.title == "" else claim.title
    if written and known.titles and not any(_same_title(written, t) for t in (*known.titles, *ctx.reference.titles)) \
            and fold(_bare_title(written)) not in fold(known.text):  # a title given in passing ("also known as")
        return f"{title} is based on {listed(known.titles)}, not {written}"
    return None


def _same_title(a: str, b: str) -> bool:
    return _same_name(a, b) or _same_name(_bare_title(a), _bare_title(b))


def _bare_title(title: str) -> str:
    """A title without a medium word opening its run ("The Novel Night Tides": "Night Tides")."""
    words = title.split()
    lead = story_lexicon().leading_medium(words)
    return " ".join(words[lead.last + 1:]) if lead is not None else title


def _said_source(claim: StoryClaim) -> str:
    parts = [claim.word or "a source"]
    if claim.other is not None:
        parts.append(f"by {claim.other.text}")
    return " ".join(parts)


def _about_this_show(ctx: Context, claim: StoryClaim) -> bool:
    """Said of the show: anaphorically ("this sitcom"), or of one of its titles."""
    if claim.subject is None:
        return True
    return any(_same_name(claim.subject.text, t) for t in ctx.reference.titles)


def _same_name(a: str, b: str) -> bool:
    return fuzz.ratio(fold(a), fold(b)) >= 85 or fold(a) in fold(b).split(" , ")


CHECKS = [check_titles, check_look_alike_titles, check_borrowed_cast, check_genres, check_sources]
