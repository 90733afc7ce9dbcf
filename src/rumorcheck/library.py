"""A folder of references, loaded and indexed once (which show an article is about is decided in
``analysis.identify``).

Every title, name and network in the library is keyed once when the library loads, so that
identifying an article's show costs a few dictionary look-ups per name and one
``process.cdist`` over the headline, however many references there are.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from itertools import chain
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process
from babel import Locale
from spacy.lang.en.stop_words import STOP_WORDS
from wordfreq import zipf_frequency

from .errors import InvalidReference, UsageError
from .extract.context import TITLE_SMALL_WORDS
from .extract.networks import known_networks
from .names import Kind, NameResolver, fold, folded_key, short_forms, variant_keys
from .reference import Reference, load_reference

REFERENCE_SUFFIXES = (".yaml", ".yml")


def bundled_reference_dir() -> Path:
    """``$RUMORCHECK_REFERENCES``, else the references shipped with the package or the checkout."""
    env = os.environ.get("RUMORCHECK_REFERENCES")
    if env:
        return Path(env)
    packaged = Path(str(resources.files("rumorcheck"))) / "_bundled" / "reference"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "reference"


# -- the index ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Owner:
    """A name bearer somewhere in the library."""

    ref: int  # position of the reference in the library
    kind: Kind
    index: int  # position in the reference's cast, characters or not_in_cast
    name: str


@dataclass(frozen=True)
class TitleHit:
    """A show title written in the article."""

    ref: int
    title: str  # the reference's spelling
    start: int  # character offsets in the searched text
    end: int
    words: tuple[int, int]  # word positions, to tell "Innocent" inside "Innocent Defendant"
    quality: float  # 1.0 exact; less for "The X" written as "X", or a near spelling


_TITLE_WORD = re.compile(r"\w+(?:['’-]\w+)*")
_ARTICLE = re.compile(r"^(?:the|a|an) ")


def _loose(title: str) -> str:
    return _ARTICLE.sub("", title)


@lru_cache(maxsize=1 << 16)  # asked of every word and run of words of every sentence
def title_key(text: str) -> str:
    """How titles are compared: folded, hyphens and dashes as spaces ("Sea Side" is "Sea-Side")."""
    return " ".join(re.sub(r"[-‐‑–—:]", " ", fold(text)).split())


class LibraryIndex:
    """Titles, names and networks of every reference, each keyed once."""

    MAX_TITLE_WORDS = 8
    TITLE_CUTOFF = 90.0
    LOOSE_QUALITY = 0.85  # "Innocent" for "The Innocent": the same words, not the same title

    def __init__(self, references: list[Reference]):
        self.exact_titles: dict[str, list[tuple[int, str]]] = defaultdict(list)
        self.loose_titles: dict[str, list[tuple[int, str]]] = defaultdict(list)
        # name key -> owners, as insertion-ordered sets (dicts): common names have thousands
        self.full_names: dict[str, dict[Owner, None]] = defaultdict(dict)
        self.single_names: dict[str, dict[Owner, None]] = defaultdict(dict)
        self.networks: dict[str, set[int]] = defaultdict(set)
        self.ref_networks: list[set[str]] = []
        for i, ref in enumerate(references):
            self._add_titles(i, ref)
            self._add_names(i, ref)
            own = set(ref.original_networks)
            self.ref_networks.append(own)
            for network in own:
                self.networks[network].add(i)
        self.title_choices = list(self.exact_titles)
        # A title can only begin with one of these words (or an article before its loose form).
        self.title_starts = {key.split()[0] for keys in (self.exact_titles, self.loose_titles) for key in keys if key}
        self.title_starts |= {"the", "a", "an"}
        self.max_title_words = min(self.MAX_TITLE_WORDS, max((len(t.split()) for t in self.title_choices), default=1))

    def _add_titles(self, i: int, ref: Reference) -> None:
        for title in ref.titles:
            folded = title_key(title)
            if folded:
                self.exact_titles[folded].append((i, title))
                self.loose_titles[_loose(folded)].append((i, title))

    def _add_names(self, i: int, ref: Reference) -> None:
        show = ref.show
        groups = ((Kind.PERSON, [(m.name, m.aliases) for m in show.cast]),
                  (Kind.CHARACTER, [(c.name, c.aliases) for c in ref.characters]),
                  (Kind.NOT_CAST, [(n.name, n.aliases) for n in show.not_in_cast]))
        for kind, records in groups:
            for index, (name, aliases) in enumerate(records):
                owner = Owner(i, kind, index, name)
                for form in (name, *aliases):
                    if len(form.split()) >= 2:
                        for key in _name_keys(form):
                            self.full_names[key][owner] = None
                    elif folded_key(form):
                        self.single_names[folded_key(form)][owner] = None
                if kind is not Kind.NOT_CAST:
                    for form in short_forms(name):
                        self.single_names[folded_key(form)][owner] = None

    # -- look-ups ------------------------------------------------------------------------------
    def networks_of(self, ref: int) -> set[str]:
        return self.ref_networks[ref]

    def owners_of(self, text: str, refs: set[int] | None = None) -> list[Owner]:
        """Who in the library a name stands for (full names by romanisation key, single words
        exactly), optionally only among the references ``refs``."""
        if len(text.split()) >= 2:
            found = [self.full_names[key] for key in _name_keys(text) if key in self.full_names]
            owners = found[0] if len(found) == 1 else dict.fromkeys(chain.from_iterable(found))
        else:
            owners = self.single_names.get(folded_key(text), {})
        return list(owners) if refs is None else [o for o in owners if o.ref in refs]

    def titles_in(self, text: str, offset: int = 0, fuzzy: bool = False, as_title: bool = False) -> list[TitleHit]:
        """Every library title written in ``text``, exactly, without its article, or (``fuzzy``)
        nearly. A title that is an ordinary word counts only where written as a title, unless
        ``as_title``: the caller knows ``text`` names a show (the title of a "X season 2")."""
        grams = word_grams(text, self.max_title_words, capitalised_only=True,
                           starts=None if fuzzy else self.title_starts)
        hits: list[TitleHit] = []
        matched: set[tuple[int, int, int]] = set()

        def add(ref: int, title: str, gram: Gram, quality: float) -> None:
            if (ref, gram.first, gram.last) not in matched:
                matched.add((ref, gram.first, gram.last))
                hits.append(TitleHit(ref, title, offset + gram.start, offset + gram.end,
                                     (gram.first, gram.last), quality))

        for gram in grams:  # capitalised: "the innocent man on death row" is prose, not The Innocent Man
            for ref, title in self.exact_titles.get(gram.folded, ()):
                add(ref, title, gram, 1.0)
            for ref, title in self.loose_titles.get(_loose(gram.folded), ()):
                add(ref, title, gram, self.LOOSE_QUALITY)
        if fuzzy and grams and self.title_choices:
            self._fuzzy_titles(grams, add)
        return [h for h in _discount_contained(hits) if as_title or self._mentioned(h, text, offset)]

    def _mentioned(self, hit: TitleHit, text: str, offset: int) -> bool:
        """A title that is also an ordinary word ("You", "Dark", "The Office") is a mention only
        when written as a title; any other title is one wherever it is written capitalised."""
        if not ordinary_title(hit.title):
            return True
        return written_as_title(text, hit.start - offset, hit.end - offset, self._network_words)

    @cached_property
    def _network_words(self) -> frozenset[str]:
        return frozenset(title_key(spelling) for network in known_networks()
                         for spelling in (network.name, *network.aliases))

    def _fuzzy_titles(self, grams: list["Gram"], add) -> None:
        candidates = [g for g in grams if len(g.folded) >= 6]
        if not candidates:
            return
        scores = process.cdist([g.folded for g in candidates], self.title_choices, scorer=fuzz.ratio,
                               score_cutoff=self.TITLE_CUTOFF, workers=1)
        for gi, ti in zip(*np.nonzero(scores)):
            quality = float(scores[gi, ti]) / 100 * self.LOOSE_QUALITY
            for ref, title in self.exact_titles[self.title_choices[ti]]:
                add(ref, title, candidates[gi], quality)


def _name_keys(name: str) -> set[str]:
    """A full name's keys: its spelling without accents, and one per romanisation system it reads in."""
    return {folded_key(name), *variant_keys(name)}


@dataclass(frozen=True)
class Gram:
    """A run of words: word positions [first, last), character offsets, folded text."""

    first: int
    last: int
    start: int
    end: int
    folded: str
    capitalised: bool  # written like a title: every word capitalised but small inner ones


_SMALL_WORDS = TITLE_SMALL_WORDS


def word_grams(text: str, max_words: int, capitalised_only: bool = False,
               starts: set[str] | None = None) -> list[Gram]:
    """Every run of up to ``max_words`` words (``capitalised_only``: only runs written like titles;
    ``starts``: only runs whose first folded word is one of these)."""
    matches = list(_TITLE_WORD.finditer(text))
    words = [(m.start(), m.end(), title_key(m.group(0)), _title_case(m.group(0))) for m in matches]
    stems = [_possessive_stem(m.group(0)) for m in matches]
    grams = []
    for a, (start, _, first, first_cased) in enumerate(words):
        if (capitalised_only and not first_cased) or (starts is not None and first.split(" ")[0] not in starts):
            continue
        folded, cased = first, first_cased
        for b in range(a + 1, min(len(words), a + max_words) + 1):
            before = folded
            if b > a + 1:
                word = words[b - 1]
                folded = f"{folded} {word[2]}"
                cased = cased and (word[3] or word[2] in _SMALL_WORDS)
                if capitalised_only and not cased:
                    break  # every longer run holds this lower-case word too
            grams.append(Gram(a, b, start, words[b - 1][1], folded, cased))
            if stems[b - 1] and (starts is None or b > a + 1 or stems[b - 1] in starts):
                stem = stems[b - 1] if b == a + 1 else f"{before} {stems[b - 1]}"
                grams.append(Gram(a, b, start, words[b - 1][1] - 2, stem, cased))
    return grams


def _possessive_stem(word: str) -> str:
    """"Night Tide’s first season": the run that ends in a possessive is also read without it,
    so the show's own title in the possessive is the title, not another one ending in "s"
    ("Night Tides"); "It’s", "That's" are no possessives of a title."""
    if len(word) <= 3 or word[-2:] not in ("’s", "'s"):
        return ""
    stem = title_key(word[:-2])
    return "" if stem in STOP_WORDS or stem == "let" else stem


def _title_case(word: str) -> bool:
    """Capitalised, or in a script without case (Hangul), or a number."""
    first = word[:1]
    return first.isupper() or first.upper() == first.lower()


def _discount_contained(hits: list[TitleHit]) -> list[TitleHit]:
    """"Innocent" inside "Innocent Defendant" is a word of the longer title, not a title of its own."""
    def inside(hit: TitleHit, other: TitleHit) -> bool:
        return (other.ref != hit.ref and other.quality >= hit.quality and other.words != hit.words
                and other.words[0] <= hit.words[0] and hit.words[1] <= other.words[1])

    return [TitleHit(h.ref, h.title, h.start, h.end, h.words, h.quality * 0.3) if any(inside(h, o) for o in hits)
            else h for h in hits]


# -- titles that are ordinary words ---------------------------------------------------------------

ORDINARY_ZIPF = 3.8  # about six uses in a million English words: "succession" is one, "lucifer" not
# (the small list holds every word down to one in a million, enough for this bar and quicker to load)


@lru_cache(maxsize=1 << 14)
def ordinary_title(title: str) -> bool:
    """Every word of the title is a common English word or a number ("You", "Dark", "The
    Office", "1899"): prose writes it without meaning the show."""
    words = [w for w in re.split(r"[\s\-‐‑–—:]+", title.casefold()) if w and w not in _SMALL_WORDS]
    return bool(words) and all(w.isdigit() or zipf_frequency(w, "en", wordlist="small") >= ORDINARY_ZIPF for w in words)


_OPENING_QUOTES, _CLOSING_QUOTES = "\"“‘'«*_", "\"”’'»*_"
_CUE_BEFORE = re.compile(  # "the series You", "season 2 of You", "the stars of You"
    r"\b(?:(?:series|show|drama|k-?drama|thriller|sitcom|comedy|miniseries|anime|documentary|film|movie"
    r"|programme|program)|(?:stars?|cast|creators?|fans|seasons?|parts?|episodes?|finale|showrunners?)"
    r"(?:\s+\d+)?\s+(?:of|in|on))\s*$", re.IGNORECASE)
_CUE_AFTER = re.compile(  # "You season 2", "You: Season 2", "You 4", "You (2018)", "You's cast"
    r"^(?:['’]s)?\s*(?:[:–—-]\s*)?(?:\(\s*(?:19|20)\d\d|\d{1,2}\b|s\d+\b|(?:season|seasons|series|part|episodes?"
    r"|finale|premiere|trailer|cast|reboot|remake|spin-?off|showrunners?|creators?)\b)", re.IGNORECASE)
_ON_NETWORK = re.compile(r"^\s+(?:on|via|from)\s+(?:the\s+)?([\w+]+(?:\s+[\w+]+)?)")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?…:;|•–—\n(\[\"“‘'«])[\s\"“‘'«(\[*_]*$")
_NEXT_CAPITAL = re.compile(r"^\s+[A-Z]")
_LAST_WORD = re.compile(r"(\w[\w'’-]*)\s+$")


def written_as_title(text: str, start: int, end: int, networks: frozenset[str] = frozenset()) -> bool:
    """Is text[start:end] written as a title rather than as the ordinary words it also is: in
    quotes, after or before a cue ("the series You", "You season 2", "You on Netflix"; a cue before
    it not where capitalised words go on: "fans of You People" is another title), or
    capitalised where prose would not capitalise it (not opening a sentence, not in a title-cased
    line, not a pronoun or function word, not a word of a longer capitalised name)."""
    before, after = text[:start], text[end:]
    if before[-1:] and before[-1] in _OPENING_QUOTES and after[:1] and after[0] in _CLOSING_QUOTES:
        return True
    if _CUE_AFTER.match(after):
        return True
    if _CUE_BEFORE.search(before):  # "fans of You", but not "fans of You People": a longer title
        return not _NEXT_CAPITAL.match(after)
    network = _ON_NETWORK.match(after)
    if network and {title_key(network.group(1)), title_key(network.group(1).split()[0])} & networks:
        return True
    return _capitalised_against_prose(text, start, end)


def _capitalised_against_prose(text: str, start: int, end: int) -> bool:
    words = [w for w in _TITLE_WORD.findall(text[start:end]) if fold(w) not in STOP_WORDS]
    if all(fold(w) in always_capitalised() for w in words):  # "on Friday, 3 May": prose capitalises it too
        return False
    if not words or _SENTENCE_OPENS.search(text[:start]) and len(words) == 1 or title_cased(text):
        return False
    previous = _LAST_WORD.search(text[:start])
    longer = previous is not None and previous.group(1)[:1].isupper() and fold(previous.group(1)) not in _SMALL_WORDS
    return not longer and not _NEXT_CAPITAL.match(text[end:])


@lru_cache(maxsize=1)
def always_capitalised() -> frozenset[str]:
    """Words English prose capitalises wherever it writes them, so a capital there proves no title:
    day and month names and the major languages, which are also the nationality adjectives of
    most of their peoples ("Korean", "Spanish"). From the CLDR data; two-letter language codes
    are the major languages, which keeps out rare names that are also ordinary words."""
    english = Locale("en")
    names = [*english.days["format"]["wide"].values(), *english.months["format"]["wide"].values(),
             *(name for code, name in english.languages.items() if len(code) == 2)]
    return frozenset(fold(name) for name in names if " " not in name)


def title_cased(text: str) -> bool:
    """A headline in title case capitalises every word: capitals there say nothing."""
    ws = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 3]
    return len(ws) >= 3 and sum(w[0].isupper() for w in ws) / len(ws) > 0.8


# -- the library --------------------------------------------------------------------------------

@dataclass
class Library:
    references: list[Reference]
    resolvers: dict[str, NameResolver] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | str | None = None) -> "Library":
        """One reference file, or every ``*.yaml`` in a folder (recursively)."""
        return cls(_load_all(reference_files(Path(path) if path is not None else bundled_reference_dir())))

    @classmethod
    def with_reference(cls, path: Path | str, library: Path | str | None = None) -> tuple["Library", Reference]:
        """The library plus one reference file; the file wins over a library reference with its id."""
        chosen = load_reference(path)
        others = [r for r in cls.load(library).references if r.id != chosen.id]
        return cls(sorted([*others, chosen], key=lambda r: r.id)), chosen

    @classmethod
    def for_option(cls, path: Path | str | None) -> tuple["Library", str | None]:
        """What ``--reference PATH`` means: a file is the show to check against, with the bundled
        library around it (to recognise other shows); a folder is a library; None the bundled one."""
        if path is not None and Path(path).is_file():
            library, chosen = cls.with_reference(path)
            return library, chosen.id
        return cls.load(path), None

    def get(self, reference_id: str) -> Reference:
        for ref in self.references:
            if ref.id == reference_id:
                return ref
        known = ", ".join(sorted(r.id for r in self.references))
        raise UsageError(f"no reference with id {reference_id!r} (known: {known})")

    @cached_property
    def positions(self) -> dict[str, int]:
        return {r.id: i for i, r in enumerate(self.references)}

    def position(self, reference: Reference) -> int:
        return self.positions[reference.id]

    def resolver(self, reference: Reference) -> NameResolver:
        if reference.id not in self.resolvers:
            self.resolvers[reference.id] = NameResolver.for_reference(reference)
        return self.resolvers[reference.id]

    @cached_property
    def index(self) -> LibraryIndex:
        return LibraryIndex(self.references)

    @cached_property
    def name_patterns(self) -> frozenset[str]:
        """Every full name and alias in the library, for the pipeline's entity ruler."""
        names: set[str] = set()
        for ref in self.references:
            show = ref.show
            for member in show.cast:
                names.update([member.name, *member.aliases])
            for character in ref.characters:
                if len(character.name.split()) >= 2:
                    names.update([character.name, *character.aliases])
            for person in show.not_in_cast:
                names.update([person.name, *person.aliases])
        return frozenset(names)


def reference_files(path: Path) -> list[Path]:
    """One reference file, or every reference file below a folder, sorted."""
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.suffix in REFERENCE_SUFFIXES and p.is_file())
        if not files:
            raise UsageError(f"{path}: no reference files (*.yaml) in this folder")
        return files
    if path.exists():
        return [path]
    raise InvalidReference(path, "no such file or folder")


def _load_all(files: list[Path]) -> list[Reference]:
    references = [load_reference(f) for f in files]
    seen: dict[str, Path] = {}
    for ref in references:
        if ref.id in seen:
            raise InvalidReference(ref.path, f"id {ref.id!r} is also used by {seen[ref.id]}", line=1, field="id")
        seen[ref.id] = ref.path
    return references
