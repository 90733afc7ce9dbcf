"""Name spelling: people, characters, crew and the show's title against the reference's spellings.

What is a variant and what a misspelling is decided in :mod:`rumorcheck.names`; this module adds
the evidence only the article and the library hold: a name written as one word counts as a
misspelling only when the article names that person in full elsewhere, a name another show of
the library has is that show's person, and an actor credited with a role is compared with the
actors who play it.
"""

from __future__ import annotations

import re
from itertools import accumulate
from typing import Iterable

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from spacy.lang.en.stop_words import STOP_WORDS

from ..extract.claims import Credit, Mention, Segment
from ..extract.mentions import FUNCTION_WORDS, strip_function_words
from ..findings import Severity, Verdict
from ..library import title_cased, title_key
from ..names import korean
from ..names import (FAMILY_MISSPELLING, Entity, Kind, Match, Resolution, classify, crew_of, family_name, fold,
                     folded_key, is_credential, misspelling, same_sound, syllables, words)
from ..rules import Example, rule
from .base import SUPPORTED, UNVERIFIABLE, Context, Judgement

MISSPELLED_NAME = rule(
    "name/misspelled-name", Severity.WARNING,
    "A cast, character or crew name is misspelled.",
    """
    What it flags:
        A name that is, on the evidence, one person, character, creator, writer or director of the
        show, or a place or organisation its reference names ("the town of Haedong"), written wrong: a letter or two changed, added or dropped ("Choi Woo-jim"), letters
        inserted into a syllable ("Kang Tae-ohno"), the same letters split into other Korean
        syllables ("Cho Iwoo-jin" for Choi Woo-jin), a word spun into the middle of a given name
        ("Tae-bright oh"), an actor credited with their own role under a wrong spelling, or the
        role after "Actor as" garbled in lower case ("Omar Fenn as the sam reid").
    Why it matters:
        Misspelled names break search and wiki links, and mark an article as machine-spun.
    Example:
        "Choi Woo-jim" for Choi Woo-jin.
    Not flagged:
        Case, hyphen and spacing differences, name order, accents left off and romanisation
        variants (see name/variant-spelling); a name written as one word (a given or family
        name alone) unless the article names the person in full too, or the word is a hyphenated
        given name garbled past being a name; a one-word ordinary word (opening a sentence, or
        also written in lower case); names of people of another show in the library; names too short or
        too close to two people to tell.
    """,
    (Example("Choi Woo-jim leads the cast.", "Choi Woo-jim"), Example("Choi Woo-jin leads the cast."),
     Example("Choi Woo-jin (Kang Tae-oh) returns; Tae-bright oh is back.", "Tae-bright"),
     Example("Choi Woo-jin plays Kang Tae-ohno.", "Kang Tae-ohno"),
     Example("Harbour Lights is set in Haedomg, a port town.", "Haedomg")),
)
VARIANT_SPELLING = rule(
    "name/variant-spelling", Severity.INFO,
    "A name is written in another accepted form: accents left off, other name order or romanisation.",
    """
    What it flags:
        A name written without its accents ("Marta Solis"), in Western order ("Woo-jin Choi"), or
        in another romanisation system than the reference's: Korean McCune–Reischauer and common
        habits (Jung/Jeong/Chung, Lee/Yi/Rhee, eo/u/o, k/g), Japanese long vowels (ō, o, ou, oo,
        oh) and Kunrei-shiki, Chinese Wade–Giles (Hsu/Xu, Chang/Zhang), South Asian ee/i, oo/u,
        w/v and -qui/-que (Ranveer/Ranvir, Siddique/Siddiqui).
    Why it matters:
        Not wrong; editors who keep one house spelling can align it.
    Example:
        "Woo-jin Choi" for Choi Woo-jin.
    Not flagged:
        The reference spelling, its listed aliases and short forms ("Tae-oh").
    """,
    (Example("Woo-jin Choi leads the cast.", "Woo-jin Choi"), Example("Choi Woo-jin leads the cast.")),
)
MISSPELLED_TITLE = rule(
    "name/misspelled-title", Severity.WARNING,
    "The show's title, or a related work's, is misspelled or has an article added.",
    """
    What it flags:
        A capitalised run of words one or two letters away from a title of the show, of a work
        the reference says shares its title, or of a library show the reference names in its
        notes or source (a remake, the original), keeping the first letter of every word
        ("Harbour Lihgts"); and "The" added inside a sentence in front of a title that has none
        ("The Harbour Lights"). A title word that loses its final "s" is a slip ("Harbour
        Light" for Harbour Lights), unless it names one member ("a Harbour Light").
    Why it matters:
        A misspelled title sends readers and search engines elsewhere, and marks careless or
        machine-spun copy.
    Example:
        "Harbour Lihgts returns" for Harbour Lights.
    Not flagged:
        The exact titles and aliases, plurals and possessives ("Harbour Lights'"), an "s" added
        to a title word ("Harbours Lights"), "The" at the start of a sentence, "The" in place of
        a brand word that opens an alias ("The Kettle Works" for "TKN Kettle Works"), a longer title going on with "of" ("The Harbour Lights of Home"),
        the source work's title as the reference gives it, titles of fewer than six letters, words
        that change a title's first letters ("Harbour Nights" is another work, not a typo), and a
        title cut short by the end of the text (a page excerpt ending "Harbour Lig").
    """,
    (Example("Fans of Harbour Lihgts will be glad.", "Harbour Lihgts"),
     Example("Fans of The Harbour Lights will be glad.", "The Harbour Lights"),
     Example("Fans of Harbour Lights will be glad."),
     Example("The Harbour Lights cast is back.")),
)


def check_names(ctx: Context) -> Iterable[Judgement]:
    judged: set[tuple[int, int]] = set()
    for credit in ctx.article.claims.credits:
        found = _credited(ctx, credit)
        if found is not None and (found[0].start, found[0].end) not in judged:
            judged.add((found[0].start, found[0].end))
            yield _misspelled(ctx, found[0].start, found[0].end, found[0].text, found[1])
    for credit in ctx.article.claims.credits:
        found = _credited_role(ctx, credit)
        if found is not None and (found[0].start, found[0].end) not in judged:
            judged.add((found[0].start, found[0].end))
            yield _misspelled(ctx, found[0].start, found[0].end, found[0].text, found[1])
    resolved = set(judged)
    for mention in _mentions(ctx):
        if (mention.start, mention.end) in judged:
            continue
        judged.add((mention.start, mention.end))
        judgement = _judge_mention(ctx, mention)
        if judgement is not None:
            resolved.add((mention.start, mention.end))
            yield judgement
    yield from _words_in_text(ctx, resolved)
    yield from _crew_in_text(ctx, resolved)
    yield from _crew_by_sound(ctx, resolved)
    yield from _lower_case_roles(ctx, resolved)
    yield from _places_in_text(ctx, resolved)


def _mentions(ctx: Context) -> list[Mention]:
    """Every name-like span: the mentions, and both sides of every credit."""
    claims = ctx.article.claims
    spans = {(m.start, m.end): m for m in claims.mentions}
    for credit in claims.credits:
        for side in (credit.first, credit.second):
            spans.setdefault((side.start, side.end), side)
    return sorted(spans.values(), key=lambda m: m.start)


def _judge_mention(ctx: Context, mention: Mention) -> Judgement | None:
    found = _resolve_mention(ctx, mention)
    if found is None:
        return _garbled(ctx, mention)
    start, end, text, resolution = found
    if resolution.match is Match.EXACT or resolution.entity.kind is Kind.NOT_CAST:
        return SUPPORTED
    if resolution.match is Match.VARIANT:
        return _variant(ctx, start, end, text, resolution)
    if not _misspelling_stands(ctx, text, resolution) or _ends_in_lower_case(ctx, start, end):
        return None
    return _misspelled(ctx, start, end, text, resolution)


def _ends_in_lower_case(ctx: Context, start: int, end: int) -> bool:
    """The name goes on in lower case and is then spelt right: "Song Ha ni" stops the capitals at
    "Song Ha", which alone looks like a misspelling of Song Ha-ni."""
    after = _NEXT_WORD.match(ctx.article.text, end)
    if after is None:
        return False
    found = ctx.resolve(f"{ctx.article.text[start:end]} {after.group(1)}")
    return found is not None and found.match is not Match.MISSPELLED


_CUT = re.compile(r"\s*(?:\.\.\.|…)|\s*\Z")


def cut_off(text: str, end: int, written: str, whole: str) -> bool:
    """``written`` is the last thing of a text that stops mid-word (a saved page's excerpt, or a
    snippet ending in an ellipsis) and the start of ``whole``: "Ana Ru" at the very end, or
    "Ana Ru…", is "Ana Ruiz" cut short, not a misspelling."""
    return bool(_CUT.match(text, end)) and folded_key(whole).startswith(folded_key(written))  # "Lee Bo R": "Lee Bo-ra"


def _resolve_mention(ctx: Context, mention: Mention) -> tuple[int, int, str, Resolution] | None:
    """The whole mention, or failing that its last words: "Prosecutor Park Jung-woo" -> "Park
    Jung-woo". A misspelt tail is kept only after a credential ("Oscar winner Dianne Weist"):
    after other words it may be part of another name."""
    resolution = ctx.resolve(mention.text)
    if resolution is not None:
        return mention.start, mention.end, mention.text, resolution
    parts = mention.text.split(" ")
    for drop in range(1, len(parts)):
        tail = " ".join(parts[drop:])
        if len(parts) - drop < 2 and "-" not in tail:
            break
        resolution = ctx.resolve(tail)
        if resolution is not None and (resolution.match is not Match.MISSPELLED
                                       or is_credential(" ".join(parts[:drop]))):
            start = mention.end - len(tail)
            return start, mention.end, tail, resolution
    return None


def _misspelling_stands(ctx: Context, text: str, resolution: Resolution) -> bool:
    """A misspelling needs more than closeness when the spelling could be someone else's."""
    if text in ctx.analysis.names.elsewhere:
        return False  # a person of another show in the library
    if resolution.one_word:
        return _one_word_backed(ctx, text, resolution)
    return True


def _one_word_backed(ctx: Context, text: str, resolution: Resolution) -> bool:
    """A one-word misspelling stands when the article names the bearer in full (correctly, or
    misspelt the same way: "Rendall Lock", then "Rendall's"), or when it is a hyphenated given
    name garbled past being any Korean name ("Ch young" for Cha-young: "ch" is no syllable). A
    well-formed given name ("Dong-sun" near Dong-su) may be someone else's and needs the full name,
    or a credit that gives the word to the actor who plays the character ("Dong-sun (Actor)")."""
    if "-" in resolution.form and not all(korean.is_syllable(piece) for piece in syllables(text)):
        return True
    written = set(words(text.removesuffix("'s").removesuffix("’s")))
    for mention in ctx.article.claims.mentions:
        if len(mention.text.split()) < 2:
            continue
        other = ctx.resolve(mention.text)
        if other is None or not _same_bearer(resolution, other.entity):
            continue
        if other.match is not Match.MISSPELLED or written & set(words(mention.text)):
            return True
    return _credited_to_its_actor(ctx, written, resolution)


def _credited_to_its_actor(ctx: Context, written: set[str], resolution: Resolution) -> bool:
    """The article pairs the written word with the actor the reference has in that role."""
    if resolution.entity.kind is not Kind.CHARACTER:
        return False
    actors = {r.actor.name for r in ctx.reference.roles_of_character(resolution.entity.name)}
    for credit in ctx.article.claims.credits:
        for role, actor in ((credit.first, credit.second), (credit.second, credit.first)):
            if written & set(words(role.text)):
                found = ctx.resolve(actor.text, {Kind.PERSON})
                if found is not None and found.entity.name in actors:
                    return True
    return False


def _same_bearer(resolution: Resolution, entity: Entity) -> bool:
    """The entity a one-word resolution stands for, or for a family name, any of its bearers."""
    if resolution.how != FAMILY_MISSPELLING:
        return entity == resolution.entity
    family = family_name(entity.name)
    return family is not None and folded_key(family) == folded_key(resolution.form)


_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")
_NEXT_WORD = re.compile(r" ([a-z]+)(?=['’]s\b|\b)")


def _garbled(ctx: Context, mention: Mention) -> Judgement | None:
    """A word spun into a hyphenated given name: "Tae-bright oh" for Tae-oh."""
    if not _GIVEN_NAME.fullmatch(mention.text):
        return None
    after = _NEXT_WORD.match(ctx.article.text, mention.end)
    if after is None:
        return None
    joined = f"{mention.text.split('-')[0]}-{after.group(1)}"
    resolution = ctx.resolve(joined)
    if resolution is None or resolution.match is Match.MISSPELLED or resolution.entity.kind is Kind.NOT_CAST:
        return None
    text = ctx.article.text[mention.start:after.end()]
    garbled = Resolution(resolution.entity, Match.MISSPELLED, "misspelling: a word spun into the name", 90.0,
                         resolution.form)
    return _misspelled(ctx, mention.start, after.end(), text, garbled)


# -- names written as one word the mentions do not hold ("Rendall's death", "with McClusky") ----------

def _words_in_text(ctx: Context, resolved: set[tuple[int, int]]) -> Iterable[Judgement]:
    """Capitalised single words, possessive dropped, that are a misspelling of a one-word form of
    someone's name. Words at the start of a sentence, in title-cased lines, or also written in
    lower case in the article are ordinary words and are left alone; a hyphenated given name of
    romanised syllables ("Min-Seo has ...") is no ordinary word and counts wherever it stands."""
    named = {(m.start, m.end) for m in ctx.article.claims.mentions}
    lowercase: set[str] | None = None
    parts: dict[str, Resolution] | None = None
    for segment in ctx.article.claims.segments:
        if title_cased(segment.text):
            continue
        for chunk in ctx.article.claims.name_chunks(segment):
            word = strip_function_words(chunk)
            if word is None or " " in word.text or any(a < word.end and word.start < b for a, b in resolved):
                continue
            start, end, text, found = _word_at(ctx, word.start, word.end)
            if found is None:
                parts = _misspelt_parts(ctx) if parts is None else parts
                found = parts.get(fold(text))
            if found is None or found.match is not Match.MISSPELLED or found.entity.kind is Kind.NOT_CAST:
                continue
            opening = not re.search(r"\w", ctx.article.text[segment.start:start])
            if opening and (start, end) not in named and not _given_name_shape(text, found):
                continue
            if lowercase is None:
                lowercase = set(re.findall(r"\b[a-z]+(?:-[a-z]+)*\b", ctx.article.text))
            if text.split("'")[0].split("’")[0].casefold() in lowercase or not _misspelling_stands(ctx, text, found):
                continue
            resolved.add((start, end))
            yield _misspelled(ctx, start, end, text, found)


def _misspelt_parts(ctx: Context) -> dict[str, Resolution]:
    """The misspelt words of the full names the article misspells ("Do-yu" of "Han Do-yu" for
    Han Do-yeon): the same word alone later is the same slip, however far from the name alone."""
    parts: dict[str, Resolution] = {}
    for mention in ctx.article.claims.mentions:
        found = ctx.resolve(mention.text)
        if found is None or found.match is not Match.MISSPELLED or len(mention.text.split()) < 2:
            continue
        right = {fold(w) for w in found.entity.name.split()}
        for word in mention.text.split():
            if len(word) >= 4 and fold(word) not in right:
                parts.setdefault(fold(word), found)
    return parts


def _given_name_shape(text: str, found: Resolution) -> bool:
    """A hyphenated word of romanised syllables standing for a hyphenated given name: "Min-Seo"
    for Min-seok, not "Well-known" or "So-called"."""
    return "-" in text and "-" in found.form and all(korean.is_syllable(piece) for piece in syllables(text))


def _word_at(ctx: Context, start: int, end: int) -> tuple[int, int, str, Resolution | None]:
    """The word at [start, end) resolved, or the word and the lower-case one after it joined
    by a hyphen when that is a hyphenated given name: "Ch young" read as "Ch-young"."""
    text = ctx.article.text
    resolver = ctx.analysis.resolver
    after = _NEXT_WORD.match(text, end)
    if after is not None and after.group(1) not in STOP_WORDS and len(after.group(1)) <= 6:
        joined = resolver.resolve_word(f"{text[start:end]}-{after.group(1)}")
        if joined is not None and "-" in joined.form:
            return start, after.end(), text[start:after.end()], joined
    if text[start:end] in FUNCTION_WORDS:
        return start, end, text[start:end], None
    return start, end, text[start:end], resolver.resolve_word(text[start:end])


# -- an actor credited with their own role, misspelt ------------------------------------------------

def credited_misspelling(ctx: Context, actor_text: str, role: Resolution) -> Resolution | None:
    """The actor who plays ``role``, when ``actor_text`` is that actor's name misspelt ("C is
    played by Jane Dou" where Jane Doe plays C): the credit is the evidence, so the spelling may
    be further off than a bare name could be."""
    if role.entity.kind is not Kind.CHARACTER:
        return None
    found = None
    for holder in ctx.reference.roles_of_character(role.entity.name):
        member = holder.actor
        for form in (member.name, *member.aliases):
            score = misspelling(actor_text, form) or _close_given_role(actor_text, form) or _one_word_slip(
                actor_text, form)
            if score is not None and (found is None or score > found.score):
                index = ctx.reference.show.cast.index(member)
                found = Resolution(Entity(Kind.PERSON, member.name, index), Match.MISSPELLED,
                                   "misspelling of the actor credited with the role", score, form)
    return found


def _one_word_slip(written: str, form: str) -> float | None:
    """Every word right but one, and that one a single slip of four letters or more, first letter
    included ("Jane Rouk" for Jane Houk): a first-letter change a bare name may not have."""
    a, b = [folded_key(w) for w in words(written)], [folded_key(w) for w in words(form)]
    differing = [(x, y) for x, y in zip(a, b) if x != y]
    if len(a) != len(b) or len(a) < 2 or len(differing) != 1:
        return None
    x, y = differing[0]
    return fuzz.ratio("".join(a), "".join(b)) if min(len(x), len(y)) >= 4 and OSA.distance(x, y) == 1 else None


def _credited_role(ctx: Context, credit: Credit) -> tuple[Mention, Resolution] | None:
    """"Actor as Role" (or "Role, played by Actor") whose role is a slip of the actor's own."""
    if credit.form not in ("as", "played-by"):
        return None
    actor, role = (credit.first, credit.second) if credit.form == "as" else (credit.second, credit.first)
    if ctx.resolve(role.text, {Kind.CHARACTER}) is not None:
        return None
    actor_found = ctx.resolve(actor.text, {Kind.PERSON})
    found = credited_role_misspelling(ctx, actor_found, role.text) if actor_found is not None else None
    return (role, found) if found is not None else None


def credited_role_misspelling(ctx: Context, actor: Resolution, role_text: str) -> Resolution | None:
    """The one character the credited actor plays, when ``role_text`` is one capitalised word
    within two letters of a word of that character's name, first letter kept ("Tom Vale as
    Brox" where he plays Bram Holt): the credit pins the role, so a short word may be further
    off than it could be alone."""
    written = folded_key(role_text)
    if actor.entity.kind is not Kind.PERSON or len(words(role_text)) != 1 or not role_text[:1].isupper() \
            or len(written) < 3:
        return None
    roles = ctx.reference.show.cast[actor.entity.index].roles
    if any(written == word.replace("-", "") for role in roles for word in words(role.character)):
        return None  # one word of the role written right ("Deverin" of a name with a nickname)
    close = {role.character for role in roles for word in words(role.character)
             if len(word) >= 3 and word[0] == written[0] and OSA.distance(word, written) <= 2}
    character = ctx.resolve(next(iter(close)), {Kind.CHARACTER}) if len(close) == 1 else None
    if character is None:
        return None
    return Resolution(character.entity, Match.MISSPELLED, "misspelling of the role credited to its actor", 60.0,
                      character.entity.name)


def _close_given_role(written: str, form: str) -> float | None:
    """Within a third of the letters, same number of words, every word starting alike."""
    a, b = words(written), words(form)
    if len(a) != len(b) or any(x[0] != y[0] for x, y in zip(a, b)):
        return None
    ratio = fuzz.ratio(folded_key(written), folded_key(form))
    return ratio if ratio >= 67 else None


def _credited(ctx: Context, credit: Credit) -> tuple[Mention, Resolution] | None:
    for actor, role_side in ((credit.first, credit.second), (credit.second, credit.first)):
        role = ctx.resolve(role_side.text, {Kind.CHARACTER})
        if role is None or role.match is Match.MISSPELLED:
            continue
        actor_found = ctx.resolve(actor.text, {Kind.PERSON, Kind.NOT_CAST})
        if actor_found is not None and actor_found.match is not Match.MISSPELLED:
            return None
        if ctx.resolve(actor.text, {Kind.CHARACTER}) is not None or _ends_in_lower_case(ctx, actor.start, actor.end):
            continue
        found = credited_misspelling(ctx, actor.text, role)
        if found is not None:
            return actor, found
    return None


# -- an actor's role garbled in lower case ("Omar Fenn as the sam reid") ----------------------------

_LOWER_ROLE = re.compile(r" as (?:the )?([a-z]+ [a-z]+)\b(?!['’-])")
_NOT_NAME_WORDS = frozenset("a an the his her their its my our your who which that and or of".split())
GARBLE_LIKENESS = 78  # "sam reid" for Sam Reed is about 86; "mike's brother" is kept out by its apostrophe


def _lower_case_roles(ctx: Context, judged: set[tuple[int, int]]) -> Iterable[Judgement]:
    """After "Actor as", a lower-case two-word phrase close to that actor's two-word role, first
    letter kept, is the role's name garbled (spun text lower-cases and respells names)."""
    text = ctx.article.text
    for mention in ctx.article.claims.mentions:
        phrase = _LOWER_ROLE.match(text, mention.end)
        if phrase is None or any(w in _NOT_NAME_WORDS for w in phrase.group(1).split()):
            continue
        start, end = phrase.span(1)
        actor = ctx.resolve(mention.text, {Kind.PERSON})
        if actor is None or any(a < end and start < b and not start <= a < b <= end for a, b in judged):
            continue  # a judged name runs across the phrase (one inside it, "mike", is this role's)
        written = phrase.group(1)
        for role in ctx.reference.show.cast[actor.entity.index].roles:
            character = ctx.resolve(role.character, {Kind.CHARACTER})
            if (character is None or len(role.character.split()) != 2 or written[0] != fold(role.character)[0]
                    or folded_key(written) == folded_key(role.character)  # only the case lost: no misspelling
                    or fuzz.ratio(folded_key(written), folded_key(role.character)) < GARBLE_LIKENESS):
                continue
            judged.add((start, end))
            garbled = Resolution(character.entity, Match.MISSPELLED, "misspelling: garbled in lower case in "
                                 "the actor's credit", 80.0, role.character)
            yield _misspelled(ctx, start, end, written, garbled)
            break


# -- crew names the entity recogniser misses ("Wim van der Meer") ---------------------------------------

def _crew_in_text(ctx: Context, judged: set[tuple[int, int]]) -> Iterable[Judgement]:
    crew = [(name, len(name.split())) for name, _, _ in crew_of(ctx.reference) if len(name.split()) >= 2]
    if not crew:
        return
    initials = {name[0] for name, _ in crew}
    text = ctx.article.text
    for segment in ctx.article.claims.segments:
        spans = [(m.start(), m.end()) for m in _WORD.finditer(text, segment.start, segment.end)]
        for i, (start, _) in enumerate(spans):
            if text[start] not in initials:
                continue
            for name, count in crew:
                if i + count > len(spans) or text[start] != name[0]:
                    continue
                end = spans[i + count - 1][1]
                if not text[spans[i + count - 1][0]].isupper() or any(a < end and start < b for a, b in judged):
                    continue
                if misspelling(text[start:end], name) is None:
                    continue
                # the resolver has the last word: another system's spelling is no misspelling
                found = ctx.resolve(text[start:end], {Kind.CREW})
                judged.add((start, end))
                if found is not None and found.match is Match.MISSPELLED:
                    yield _misspelled(ctx, start, end, text[start:end], found)


_WORD = re.compile(r"\w+(?:['’-]\w+)*")


# -- crew names respelled by sound in a crew slot ("created by Kristofer Kayser") --------------------

_CREW_SLOT = re.compile(r"\b(?:(?:co-)?created|directed|written|developed|showrun)\s+by\s+"
                        r"|\b(?:[Cc]reator|[Ss]howrunner|[Dd]irector|[Ww]riter)s?\s+")
_CAPITALISED_WORDS = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}")


def _crew_by_sound(ctx: Context, judged: set[tuple[int, int]]) -> Iterable[Judgement]:
    """In a crew slot the name is the show's creator, writer or director: one that sounds the same
    but is spelled otherwise, first letters included ("Kristofer Kayser" for Christopher Keyser),
    is that name misspelt."""
    crew = [(i, name) for i, (name, _, _) in enumerate(crew_of(ctx.reference)) if len(name.split()) >= 2]
    text = ctx.article.text
    for slot in _CREW_SLOT.finditer(text) if crew else ():
        run = _CAPITALISED_WORDS.match(text, slot.end())
        if run is None:
            continue
        spans = [(m.start(), m.end()) for m in _WORD.finditer(text, run.start(), run.end())]
        for i, name in crew:
            count = len(name.split())
            if len(spans) < count:
                continue
            start, end = spans[0][0], spans[count - 1][1]
            written = text[start:end]
            if any(a < end and start < b for a, b in judged) or folded_key(written) == folded_key(name):
                continue
            if not same_sound(written, name) or ctx.resolve(written) is not None:
                continue  # another sound, or someone (or a spelling) the reference knows
            judged.add((start, end))
            found = Resolution(Entity(Kind.CREW, name, i), Match.MISSPELLED, "misspelling: respelled by sound",
                               80.0, name)
            yield _misspelled(ctx, start, end, written, found)


# -- places and organisations the reference names ("Winterby", "Hanbit Group") ---------------------

def _places_in_text(ctx: Context, judged: set[tuple[int, int]]) -> Iterable[Judgement]:
    places = ctx.analysis.names.places
    lengths = {len(key.split()) for key in places}
    firsts = {word[0] for key in places for word in key.split()}  # a misspelling may swap words
    for segment in ctx.article.claims.segments if places else ():
        for start, end, key in _title_runs(ctx.article.text, segment, lengths, firsts):
            if key in places or any(a < end and start < b for a, b in judged):
                continue
            written = ctx.article.text[start:end]
            place = next((p for k, p in places.items() if len(k.split()) == len(key.split())
                          and len(k.replace(" ", "")) >= MIN_TITLE_LETTERS and misspelling(written, p.name)), None)
            if place is None or ctx.resolve(written) is not None or classify(written, place.name) != "misspelling":
                continue  # someone's name, or the place in another romanisation
            judged.add((start, end))
            yield ctx.finding(
                MISSPELLED_NAME, Verdict.REFUTED, f"{written!r} looks like a misspelling of {place.name} (place)",
                start, end, found=written, expected=place.name, evidence=place.evidence,
                confidence=(misspelling(written, place.name) or 0) / 100,
            )


# -- findings ----------------------------------------------------------------------------------------

def _describe(ctx: Context, resolution: Resolution) -> str:
    entity = resolution.entity
    if resolution.how == FAMILY_MISSPELLING:
        return f"{resolution.form}, the family name of {entity.name} and others"
    if entity.kind is Kind.PERSON:
        member = ctx.reference.show.cast[entity.index]
        roles = ", ".join(r.character for r in member.roles)
        return f"{member.name}" + (f" (plays {roles})" if roles else "")
    if entity.kind is Kind.CREW:
        _, field, _ = crew_of(ctx.reference)[entity.index]
        return f"{entity.name} ({field[:-1]})"
    return f"{entity.name} (character)"


def _evidence(ctx: Context, resolution: Resolution):
    entity = resolution.entity
    if entity.kind is Kind.PERSON:
        return ctx.reference.cast_evidence(entity.index)
    if entity.kind is Kind.CREW:
        _, field, i = crew_of(ctx.reference)[entity.index]
        return ctx.reference.evidence(field, i)
    return ctx.reference.character_evidence(entity.name)


def _variant(ctx: Context, start: int, end: int, text: str, resolution: Resolution) -> Judgement:
    return ctx.finding(
        VARIANT_SPELLING, Verdict.SUPPORTED,
        f"{text!r} is {resolution.entity.name} ({resolution.how} variant)",
        start, end, found=text, expected=resolution.entity.name,
        evidence=_evidence(ctx, resolution),
    )


def _misspelled(ctx: Context, start: int, end: int, text: str, resolution: Resolution) -> Judgement:
    if any(cut_off(ctx.article.text, end, text, whole) for whole in (resolution.form, resolution.entity.name)):
        return UNVERIFIABLE  # the excerpt stops inside the name
    why = resolution.how.removeprefix("misspelling").strip(" :()")
    family = resolution.how == FAMILY_MISSPELLING
    return ctx.finding(
        MISSPELLED_NAME, Verdict.REFUTED,
        f"{text!r} looks like a misspelling of {_describe(ctx, resolution)}" + (f" ({why})" if why and not family else ""),
        start, end, found=text, expected=resolution.form if family else resolution.entity.name,
        evidence=_evidence(ctx, resolution), confidence=resolution.score / 100,
    )


# -- titles ------------------------------------------------------------------------------------------

MIN_TITLE_LETTERS = 6
AFTER_TITLE = {"season", "seasons", "series", "part", "episode", "episodes", "cast", "trailer", "finale"}
_SMALL = {"a", "an", "and", "the", "of", "in", "on", "at", "to", "for", "or", "by", "with", "from"}


def check_titles(ctx: Context) -> Iterable[Judgement]:
    """Runs of capitalised words as long as a title and starting with its letter (a typo keeps
    both), compared with the titles the analysis gives; and "The" before the show's own title."""
    targets = ctx.analysis.names.titles
    shapes: dict[tuple[str, int], list[str]] = {}
    for key in targets:
        if len(key.replace(" ", "")) >= MIN_TITLE_LETTERS:
            shapes.setdefault((key[0], len(key.split())), []).append(key)
    own = {title_key(t) for t in ctx.reference.titles}
    lengths = {n for _, n in shapes} | {len(t.split()) + 1 for t in own}
    firsts = {key[0] for key in targets} | {"t"}  # "The" before the show's own title
    for segment in ctx.article.claims.segments:
        runs = _title_runs(ctx.article.text, segment, lengths, firsts)
        known = [(a, b) for a, b, key in runs if key in targets]
        for start, end, key in runs:
            if any(a <= start and end <= b for a, b in known):
                continue
            title = _typo_of(key, shapes.get((key[0], len(key.split())), [])) or _article_added(ctx, segment, start,
                                                                                               end, key, own)
            if title is None or _source_title(ctx, start, end) or cut_off(ctx.article.text, end, key, title) \
                    or _one_member(ctx.article.text, start, key, title):
                continue
            target = targets[title]
            yield ctx.finding(
                MISSPELLED_TITLE, Verdict.REFUTED,
                f"{ctx.article.text[start:end]!r} looks like a misspelling of the title {target.label}",
                start, end, found=ctx.article.text[start:end], expected=target.spelling, evidence=target.evidence,
            )


def _title_runs(text: str, segment: Segment, lengths: set[int], firsts: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, title key) of every run of ``lengths`` words written like a title (each word
    capitalised but small inner ones) whose key starts with one of ``firsts``."""
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text, segment.start, segment.end)]
    capitalised = [w[:1].isupper() for _, _, w in words]
    # lower-case words that are not small ones, counted up to each position: a run holds none
    breaks = list(accumulate((not c and w.casefold() not in _SMALL for c, (_, _, w) in zip(capitalised, words)),
                             initial=0))
    runs = []
    for i, (start, _, word) in enumerate(words):
        if not capitalised[i] or title_key(word[0]) not in firsts:
            continue
        for n in lengths:
            last = i + n - 1
            if last < len(words) and capitalised[last] and breaks[last + 1] == breaks[i]:
                runs.append((start, words[last][1], title_key(text[start:words[last][1]])))
    return runs


def _typo_of(written: str, titles: list[str]) -> str | None:
    if any(_inflected(written, title) for title in titles):
        return None
    best = process.extractOne(written, titles, scorer=fuzz.ratio, score_cutoff=80) if titles else None
    if best is None or folded_key(written) == folded_key(best[0]) or _article_for_prefix(written, best[0]):
        return None  # "Sea Side", "SeaSide": spacing and hyphens are how titles get written
    return best[0] if misspelling(written, best[0]) is not None else None


def _inflected(written: str, title: str) -> bool:
    """The title, or the title with an "s" added to its words: its plural or possessive
    (apostrophes are folded away), or a word in the number the sentence wanted ("deserters
    pursuit" for "deserter pursuit"). Not an "s" taken off: "harbour light" for "harbour lights"
    drops a letter of the title."""
    a, b = written.split(), title.split()
    return len(a) == len(b) and all(w in (t, t + "s", t + "es") for w, t in zip(a, b))


_ONE_OF = re.compile(r"\b(?:a|an|one|each|every|another|fellow)\s+$", re.IGNORECASE)


def _one_member(text: str, start: int, written: str, title: str) -> bool:
    """"Inés, a Lighthouse Keeper": one of the people a plural title names, in the singular."""
    return _inflected(title, written) and bool(_ONE_OF.search(text[max(0, start - 12):start]))


def _article_for_prefix(written: str, title: str) -> bool:
    """"the kettle works" for the title "tkn kettle works": an article where a title opens with a
    brand or network word is the short title with "The", not a slip of the long one."""
    a, b = written.split(), title.split()
    return len(a) == len(b) > 1 and a[0] in ("the", "a", "an") and a[0] != b[0] and a[1:] == b[1:]


def _article_added(ctx: Context, segment: Segment, start: int, end: int, key: str, own: set[str]) -> str | None:
    """"The Harbour Lights" inside a sentence for a show titled "Harbour Lights" (but not "The
    Tidewater Inn" for a show titled "Tidewater": the title must end where the capitals do)."""
    bare = key.removeprefix("the ")
    if bare == key or bare not in own or key in own or not re.search(r"\w", ctx.article.text[segment.start:start]):
        return None  # not "The" + the title, or "The" opening the sentence
    if any(title_key(b.title) == key for b in ctx.analysis.borrowings.titles):
        return None  # "The Innocent" is another show's title, not this one's with an article
    if title_cased(segment.text) or not title_ends(ctx.article.text, end):
        return None
    return bare


def title_ends(text: str, end: int) -> bool:
    """No capitalised word follows, nor "of (the)" and one ("The Keeper of the Lamps" is a longer
    title, not "The Keeper")."""
    if _TITLE_GOES_ON.match(text, end):
        return False
    after = re.match(r"\s+([\w’']+)", text[end:end + 40])
    return after is None or not after.group(1)[:1].isupper() or fold(after.group(1)) in AFTER_TITLE


_TITLE_GOES_ON = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# capitalised words with small words between them: a title as far as it goes
_TITLE_RUN = re.compile(r"[A-Z][\w'’]*(?:\s+(?:(?:of|the|and|in|on|a|an|to|for)\s+)*[A-Z][\w'’]*)*")


def _source_title(ctx: Context, start: int, end: int) -> bool:
    """The run of title words from ``start`` is the whole title of the work the show is based on,
    as the reference gives it: the source's title, however like the show's, is not a misspelling
    of it (but "The Keeper" is not the source "The Keeper of the Lamps")."""
    based_on = fold(ctx.reference.show.based_on_text)
    run = _TITLE_RUN.match(ctx.article.text, start)
    if not based_on or run is None:
        return False
    whole = r"(?<!\w)" + re.escape(fold(run.group(0))) + r"(?!\w)(?! (?:of|the|and)\b)"
    return re.search(whole, based_on) is not None


CHECKS = [check_names, check_titles]
