"""Cast attribution: who plays whom.

Reads every credit the article makes ("Ji Sung (Park Jung-woo)", "X as Y", "Y, played by X")
and compares it with the reference's cast, roles, young versions and dual roles.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterable

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from ..extract.claims import Credit, Mention, Segment
from ..extract.mentions import FUNCTION_WORDS, looks_like_name
from ..findings import Severity, Verdict
from ..lexicon import story_lexicon
from ..library import ordinary_title
from ..analysis.subjects import names_title
from ..descriptors import is_generic, name_of_version, split_descriptor
from ..names import korean
from ..names.shortened import given_name_forms
from ..names import Kind, Match, Resolution, fold, misspelling, short_forms, syllables, variant_keys
from ..reference import Format, RoleRef
from ..rules import Example, rule
from ..story import Who
from .base import SUPPORTED, UNVERIFIABLE, Context, Judgement
from .names import GARBLE_LIKENESS, credited_misspelling, credited_role_misspelling, cut_off

MISATTRIBUTED_ROLE = rule(
    "cast/misattributed-role", Severity.ERROR,
    "A role is credited to an actor who does not play it.",
    """
    What it flags:
        A credit that pairs a character of the show with an actor the reference does not give
        that role to: another cast member, or someone not in the cast at all. Also (a warning)
        a role described by its relation to a character ("Kang Tae-oh's new girlfriend, who is
        played by X") when X plays that character, or plays an established character and the
        role is a new one.
    Why it matters:
        Spun articles splice cast lists and swap look-alike names; a wrong credit is the most
        visible error a reader repeats.
    Example:
        "Oh Ji-hwan (Kang Tae-oh)" when Kang Tae-oh is played by Choi Woo-jin.
    Not flagged:
        Correct credits in any supported form, spelling variants of the right actor, roles
        the reference marks as uncertain, and a young version ("X as young Y") of a character
        the reference lists no young actor for (it seldom lists every child actor).
    """,
    (Example("Oh Ji-hwan (Kang Tae-oh) returns for the finale.", "Oh Ji-hwan (Kang Tae-oh)"),
     Example("Choi Woo-jin (Kang Tae-oh) returns for the finale."),
     Example("Kang Tae-oh’s new girlfriend, who is played by Lee Bo-ra, arrives in the finale.",
             "Kang Tae-oh’s new girlfriend, who is played by Lee Bo-ra"),
     Example("Kang Tae-oh’s father, who is played by Oh Ji-hwan, dies at sea.")),
)
ROLE_VERSION_MISMATCH = rule(
    "cast/role-version-mismatch", Severity.WARNING,
    "An actor who plays a character's younger self is credited with the adult role, or the reverse.",
    """
    What it flags:
        A credit naming an actor with a character when the actor plays only the young version
        (or only the adult version) of that character.
    Why it matters:
        Child actors are routinely credited as the lead; the reader learns the wrong face.
    Example:
        "Han Jae-sung as Kang Tae-oh" when Han Jae-sung plays young Kang Tae-oh.
    Not flagged:
        "Han Jae-sung as young Kang Tae-oh", "the younger Kang Tae-oh (Han Jae-sung)", and "young"
        said of a character the reference does not split by age ("Lee Bo-ra as young Yoon
        Seo-yeon": she is simply young).
    """,
    (Example("Han Jae-sung as Kang Tae-oh", "Han Jae-sung as Kang Tae-oh"),
     Example("Han Jae-sung as young Kang Tae-oh")),
)
INCOMPLETE_DUAL_ROLE = rule(
    "cast/incomplete-dual-role", Severity.INFO,
    "An actor who plays two characters is credited with one of them.",
    """
    What it flags:
        A correct credit for an actor who plays more than one character, naming only one.
    Why it matters:
        Not an error, but a reader may not know the actor also plays the other character.
    Example:
        "Baek Soo-ah (Han Yu-na)" when Baek Soo-ah plays the twins Han Yu-na and Han Yu-ri.
    Not flagged:
        Credits of actors with one role.
    """,
    (Example("Baek Soo-ah (Han Yu-na) is the heart of the show.", "Baek Soo-ah (Han Yu-na)"),
     Example("Lee Bo-ra (Yoon Seo-yeon) is the heart of the show.")),
)
UNKNOWN_ROLE = rule(
    "cast/unknown-role", Severity.WARNING,
    "A cast member is credited with a character the show does not have.",
    """
    What it flags:
        A credit whose actor is in the cast but whose character is nowhere in the reference.
    Why it matters:
        Invented or borrowed characters are a mark of plots spliced from another show.
    Example:
        "Lee Bo-ra plays Jang Mi-rae" when Lee Bo-ra plays Yoon Seo-yeon and there is no Jang Mi-rae.
    Not flagged:
        A role written as a description of the character the actor plays ("Prisoner" for
        "Prisoner #2460", "the SWAT-Captain Tom" for Tom Hale), a version or kind of that
        character written around one of its names ("Old-Tom", "Tom Prime", "AI Tom 301": not
        checked, the reference lists no such version), a parenthesis that is the actor's
        other work rather than a name (a film title, a band: not name-shaped, opening with "The",
        followed by the roles as in "A (Work) and B (Work) star as X and Y", or, unless shaped like
        a person's name, ordinary words or one of several parentheses of a sentence none of which
        is a character of the show), a role cut short where the excerpt stops or an ellipsis begins
        ("plays Yoon Se" at the end of the text) when it starts the actor's own role, the
        actor's own role misspelt, or romanised another way with a letter added or dropped
        ("Gang Tong Sun" for Kang Dong-su: a matter for the name rules), and actors
        the reference names no role for (info: it cannot tell).
    """,
    (Example("Lee Bo-ra plays Jang Mi-rae, a florist.", "Lee Bo-ra plays Jang Mi-rae"),
     Example("Lee Bo-ra plays Yoon Seo-yeon, a florist.")),
)

STRANGER_IN_CAST_LIST = rule(
    "cast/stranger-in-cast-list", Severity.WARNING,
    "A cast list of the show credits an actor the reference does not have with a character it does not have.",
    """
    What it flags:
        One credit of a list of credits ("Actor (Character)" or "Actor as Character", one
        after another) whose actor and character are both unknown to the reference, when every
        other credit of the list (at least two) pairs a main cast member with the role the
        reference gives them: a list of the stars, the part of the cast references keep whole.
    Why it matters:
        Articles that invent a season invent its stars; a stranger among the real cast is the
        mark of it. The other credits show the list is of the cast the reference covers.
    Example:
        Choi Woo-jin (Kang Tae-oh), Lee Bo-ra (Yoon Seo-yeon) and Jung Ha-min (Baek Do-yun),
        when the reference has neither Jung Ha-min nor Baek Do-yun.
    Not flagged:
        A credit in prose, or in a list with any other credit that is not a main cast member
        in their own role (the reference may keep only part of a supporting cast), a name the
        reference knows on either
        side, and people of another show in the library (see show/cast-of-other-show).
    """,
    (Example("The cast:\nChoi Woo-jin (Kang Tae-oh)\nLee Bo-ra (Yoon Seo-yeon)\nJung Ha-min (Baek Do-yun)",
             "Jung Ha-min (Baek Do-yun)"),
     Example("Jung Ha-min (Baek Do-yun) is a newcomer to Harbour Lights.")),
)

WRONG_SEASON = rule(
    "cast/wrong-season", Severity.WARNING,
    "An actor is said to be in a season the reference does not list them for.",
    """
    What it flags:
        A credit, or a casting sentence ("stars", "plays", "joins", "returns"), placing a cast
        member in a season (named in the sentence, or the season the article is about) when the
        reference limits the actor to other seasons. An error for anthologies, where every
        season has a new cast; a warning otherwise.
    Why it matters:
        Articles about a new season often recycle the previous season's cast list.
    Example:
        "Tidewater series 2 stars Oliver Quayle." when Oliver Quayle is in series 1 only.
    Not flagged:
        Actors the reference does not limit to seasons, speculation ("could return"), a cast
        list after a hedged lead ("it may bring back the old faces. The cast includes ..."),
        the actor replaced or leaving ("X replaces Y", "Y was fired", "Y exits"), sentences
        about the earlier season ("the first series starred ..."), the cast of the show rather
        than of a season ("the cast of the show includes", "the cast of Tidewater includes") in
        a sentence naming no season, and a list of several actors whose only season is the
        page's headline (no season in the sentence, its paragraph or its section heading).
    """,
    (Example("Tidewater series 2 stars Oliver Quayle as a pharmacist.", "Oliver Quayle", "tidewater"),
     Example("Tidewater series 2 stars Rachel Penrose as a pharmacist.", None, "tidewater"),
     Example("Tidewater series 2 stars Rachel Penrose, who replaces Oliver Quayle.", None, "tidewater"),
     Example("Tidewater series 2 follows the first series, which starred Oliver Quayle.", None, "tidewater"),
     Example("Tidewater series 2 is coming. The cast of the show includes Oliver Quayle.", None, "tidewater")),
)

CHARACTER_AS_ACTOR = rule(
    "cast/character-as-actor", Severity.WARNING,
    "Characters are named where the show's stars should be.",
    """
    What it flags:
        A character of the show named in a list of actors: after "starring", "stars", "led by",
        "featuring", "the cast includes", "returnees" or "joins the cast", as in "a drama
        starring Kang Tae-oh and Yoon Seo-yeon".
    Why it matters:
        Spun summaries swap the cast list for the character list; a reader looking for the
        actors learns the wrong names.
    Example:
        "Harbour Lights is a drama starring Kang Tae-oh and Yoon Seo-yeon."
    Not flagged:
        Actors after the cue, "starring X as Y", and names that are both an actor's and a
        character's.
    """,
    (Example("Harbour Lights is a KBS2 drama starring Kang Tae-oh and Yoon Seo-yeon.", "Kang Tae-oh"),
     Example("Harbour Lights is a KBS2 drama starring Choi Woo-jin and Lee Bo-ra.")),
)

REVERSED_CREDIT = rule(
    "cast/reversed-credit", Severity.WARNING,
    "A credit is written the wrong way round: the character plays the actor.",
    """
    What it flags:
        "Character as Actor" or "Character plays Actor", where the name before "as" is a character
        of the show and the name after it the cast member who plays that character.
    Why it matters:
        Spun cast lists swap the two columns; a reader learns the character's name as the actor's.
    Example:
        "Kang Tae-oh as Choi Woo-jin" when Choi Woo-jin plays Kang Tae-oh.
    Not flagged:
        "Choi Woo-jin as Kang Tae-oh", "Kang Tae-oh (Choi Woo-jin)" and "Kang Tae-oh, played by
        Choi Woo-jin", which name the character first on purpose.
    """,
    (Example("Kang Tae-oh as Choi Woo-jin leads the cast.", "Kang Tae-oh as Choi Woo-jin"),
     Example("Choi Woo-jin as Kang Tae-oh leads the cast.")),
)

ACTOR_KINDS = {Kind.PERSON, Kind.NOT_CAST}
ROLE_KINDS = {Kind.CHARACTER}


def check_credits(ctx: Context) -> Iterable[Judgement]:
    for credit in ctx.article.claims.credits:
        yield _judge(ctx, credit)


def _judge(ctx: Context, credit: Credit) -> Judgement:
    if credit.form == "described":
        return _described_role(ctx, credit)
    if credit.form == "as" and _written_reversed(ctx, credit):
        return _reversed(ctx, credit)
    actor_mention, role_mention = _orient(ctx, credit)
    actor = ctx.resolve(actor_mention.text, ACTOR_KINDS)
    role = _resolve_role(ctx, role_mention.text)
    if (role is not None and (actor is None or actor.match is Match.MISSPELLED)
            and credited_misspelling(ctx, actor_mention.text, role) is not None):
        return UNVERIFIABLE  # the role's own actor, misspelt: reported as name/misspelled-name
    if actor is not None and actor.entity.kind is Kind.PERSON:
        member = ctx.reference.show.cast[actor.entity.index]
        own = [r for r in ctx.reference.roles() if r.actor is member]
        if role is None:
            return _unknown_role(ctx, credit, actor, own, role_mention)
        return _known_actor_and_role(ctx, credit, actor, role, own)
    if role is not None:
        return _role_of_someone_else(ctx, credit, actor_mention, actor, role)
    return UNVERIFIABLE


def _orient(ctx: Context, credit: Credit) -> tuple[Mention, Mention]:
    """(actor side, role side): fixed by the form, or by what each side of a parenthesis is."""
    if credit.form == "played-by":
        return credit.second, credit.first
    if credit.form == "as":
        return credit.first, credit.second
    first_role = ctx.resolve(credit.first.text, ROLE_KINDS)
    second_actor = ctx.resolve(credit.second.text, ACTOR_KINDS)
    first_actor = ctx.resolve(credit.first.text, ACTOR_KINDS)
    second_role = _resolve_role(ctx, credit.second.text)
    if _plays(ctx, first_actor, second_role):
        return credit.first, credit.second
    if _plays(ctx, second_actor, first_role):
        return credit.second, credit.first  # "Marisol (Greta Lund)": the parenthesis plays the character
    # a name read as a character more surely than as a person ("Marisol" is a character's short
    # form and one letter off an actor's surname) is the character
    first_is_role = first_role is not None and (first_actor is None or _surer(first_role, first_actor))
    if first_is_role and (second_actor is not None or second_role is None):
        return credit.second, credit.first
    return credit.first, credit.second


_MATCH_RANK = {Match.EXACT: 2, Match.VARIANT: 1, Match.MISSPELLED: 0}


def _surer(a: Resolution, b: Resolution) -> bool:
    return (_MATCH_RANK[a.match], a.score) > (_MATCH_RANK[b.match], b.score)


def _plays(ctx: Context, actor: Resolution | None, role: Resolution | None) -> bool:
    """The cast member ``actor`` plays the character ``role`` in the reference."""
    if actor is None or role is None or actor.entity.kind is not Kind.PERSON:
        return False
    member = ctx.reference.show.cast[actor.entity.index]
    return any(r.actor is member for r in ctx.reference.roles_of_character(role.entity.name))


def _written_reversed(ctx: Context, credit: Credit) -> bool:
    """"Character as Actor": the first name is only a character, the second only a person who plays it."""
    if ctx.resolve(credit.first.text, ACTOR_KINDS) is not None or ctx.resolve(credit.second.text, ROLE_KINDS):
        return False
    character = ctx.resolve(credit.first.text, ROLE_KINDS)
    actor = ctx.resolve(credit.second.text, {Kind.PERSON})
    if character is None or actor is None:
        return False
    member = ctx.reference.show.cast[actor.entity.index]
    return any(r.actor is member for r in ctx.reference.roles_of_character(character.entity.name))


def _reversed(ctx: Context, credit: Credit) -> Judgement:
    character = ctx.resolve(credit.first.text, ROLE_KINDS).entity.name
    actor = ctx.reference.show.cast[ctx.resolve(credit.second.text, {Kind.PERSON}).entity.index]
    return ctx.finding(
        REVERSED_CREDIT, Verdict.REFUTED,
        f"{actor.name} plays {character}, not the other way round", credit.start, credit.end,
        found=credit.text, expected=f"{actor.name} as {character}",
        evidence=ctx.reference.cast_evidence(ctx.reference.show.cast.index(actor)),
    )


def _resolve_role(ctx: Context, text: str) -> Resolution | None:
    """A character by name, also after dropping a rank or title ("Sgt Ann Cole" -> "Ann Cole")."""
    found = ctx.resolve(text, ROLE_KINDS)
    if found is None:
        described = split_descriptor(text)
        if described.descriptor:
            found = ctx.resolve(described.name, ROLE_KINDS)
    return found


def _known_actor_and_role(ctx: Context, credit: Credit, actor: Resolution, role: Resolution,
                          own: list[RoleRef]) -> Judgement:
    character = role.entity.name
    matching = [r for r in own if fold(r.role.character) == fold(character)]
    if not matching:
        if _another_self(ctx, own, character):
            return UNVERIFIABLE  # "X plays Jonas" when X plays Adam, "the elder Jonas"
        return _misattributed(ctx, credit, actor.entity.name, role)
    ref = matching[0]
    if ref.role.uncertain:
        return UNVERIFIABLE
    if ref.role.young != credit.young:
        if not any(r.role.young == credit.young for r in ctx.reference.roles_of_character(character)):
            return SUPPORTED  # "young Magne" for a character the reference does not split by age
        return _version_mismatch(ctx, credit, ref)
    if len(own) > 1:
        others = [r.role.character for r in own if r is not ref]
        return ctx.finding(
            INCOMPLETE_DUAL_ROLE, Verdict.SUPPORTED,
            f"{ref.actor.name} plays {_and([character, *others])}",
            credit.start, credit.end,
            found=f"{credit.first.text} / {credit.second.text}",
            expected=f"{ref.actor.name} as {' / '.join([character, *others])}",
            evidence=ctx.reference.cast_evidence(ref.cast_index),
        )
    return SUPPORTED


# "the elder Jonas", "revealed to be Jonas", "Jonas's future self": one character, another version.
_SELF_BEFORE = r"(?:elder|older|younger|adult|teenage|future|past|old|revealed\s+(?:to\s+be|as)|alias\s+of|" \
               r"identity\s+of|version\s+of|iteration\s+of|incarnation\s+of|is\s+actually|secretly)\s+"
_SELF_AFTER = r"(?:[’']s\s+(?:future|past|older|younger|elder|adult)\s+self|\s+(?:in|from)\s+the\s+(?:future|past))"


def _another_self(ctx: Context, own: list[RoleRef], character: str) -> bool:
    """The actor's own character is, by the reference's description, a version of ``character``."""
    forms = [character, *short_forms(character)]
    names = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    pattern = re.compile(rf"{_SELF_BEFORE}(?:{names})\b|\b(?:{names}){_SELF_AFTER}", re.IGNORECASE)
    texts = [r.actor.note or "" for r in own]
    texts += [c.description or "" for r in own for c in ctx.reference.characters if fold(c.name) == fold(r.role.character)]
    return any(pattern.search(t) for t in texts)


def _misattributed(ctx: Context, credit: Credit, claimed_actor: str, role: Resolution) -> Judgement:
    holders = [r for r in ctx.reference.roles_of_character(role.entity.name)]
    if not holders:
        return UNVERIFIABLE
    if any(h.role.uncertain for h in holders):
        return UNVERIFIABLE
    if credit.young:
        # references seldom list every child actor: only a young version they list can refute one
        compared = [h for h in holders if h.role.young]
        if not compared:
            return UNVERIFIABLE
    else:
        compared = [h for h in holders if not h.role.young] or holders
    right = compared[0]
    played_by = _and([h.actor.name + (" (young)" if h.role.young else "") for h in compared])
    version = "young " if credit.young else ""
    message = f"{version}{role.entity.name} is played by {played_by}, not {claimed_actor}"
    note = _not_cast_note(ctx, claimed_actor)
    if note:
        message += f" ({note})"
    return ctx.finding(
        MISATTRIBUTED_ROLE, Verdict.REFUTED, message, credit.start, credit.end,
        found=f"{claimed_actor} as {version}{role.entity.name}",
        expected=f"{right.actor.name} as {version}{right.role.character}",
        evidence=ctx.reference.cast_evidence(right.cast_index, right.role_index),
        confidence=min(1.0, role.score / 100), presupposed=True,
    )


def _role_of_someone_else(ctx: Context, credit: Credit, actor_mention: Mention, actor: Resolution | None,
                          role: Resolution) -> Judgement:
    if actor is None and (not _plausible_person(actor_mention.text)
                          or ctx.resolve(actor_mention.text, ROLE_KINDS) is not None):
        return UNVERIFIABLE  # "Jung-woo (Park Jung-woo)" names one character twice
    if actor is None and (_part_of_actor_name(actor_mention.text, role, ctx) or names_title(ctx.reference, actor_mention.text)):
        return UNVERIFIABLE  # "Moreno plays X" for Ruth Dale Moreno; the show's title before "as"
    claimed = actor.entity.name if actor is not None else actor_mention.text
    return _misattributed(ctx, credit, claimed, role)


def _part_of_actor_name(written: str, role: Resolution, ctx: Context) -> bool:
    """The written actor is one word (after a descriptor: "Actor Jung") of the name of someone
    the reference has in the role: a family or given name used alone, not another person."""
    name = split_descriptor(written).name.split()
    if len(name) != 1:
        return False
    word = fold(name[0])
    return any(word in {fold(w) for w in h.actor.name.replace("-", " ").split()}
               for h in ctx.reference.roles_of_character(role.entity.name))


def _plausible_person(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 4 and not all(w in FUNCTION_WORDS for w in words)


def _not_cast_note(ctx: Context, name: str) -> str | None:
    for person in ctx.reference.show.not_in_cast:
        if fold(person.name) == fold(name):
            return person.note.rstrip(".")
    return None


def _version_mismatch(ctx: Context, credit: Credit, ref: RoleRef) -> Judgement:
    character = ref.role.character
    others = [r for r in ctx.reference.roles_of_character(character) if r.role.young != ref.role.young]
    if ref.role.young:
        message = f"{ref.actor.name} plays young {character}"
        if others:
            message += f"; the adult {character} is played by {_and([o.actor.name for o in others])}"
        expected = f"{ref.actor.name} as young {character}"
    else:
        message = f"{ref.actor.name} plays the adult {character}"
        if others:
            message += f"; young {character} is played by {_and([o.actor.name for o in others])}"
        expected = f"{ref.actor.name} as {character}"
    return ctx.finding(
        ROLE_VERSION_MISMATCH, Verdict.REFUTED, message, credit.start, credit.end,
        found=credit.text, expected=expected,
        evidence=ctx.reference.cast_evidence(ref.cast_index, ref.role_index), presupposed=True,
    )


def _unknown_role(ctx: Context, credit: Credit, actor: Resolution, own: list[RoleRef],
                  role_mention: Mention) -> Judgement:
    claimed = role_mention.text
    if any(_describes(claimed, r.role.character) for r in own):
        return SUPPORTED
    if _version_of_own(ctx, claimed, own):
        return UNVERIFIABLE  # "Old-Mira", "Mira Prime", "AI Pip 301": a version or kind of the actor's own character
    if credit.form == "aside" or (credit.form == "parenthesis" and _career_note(ctx, credit, claimed)):
        return UNVERIFIABLE  # a film title, a band; "Actor (Other Work) also stars as ...": a career note
    if is_generic(claimed) or ctx.resolve(claimed, {Kind.PERSON}) is not None:
        return UNVERIFIABLE  # "as the Lieutenant Colonel": a description; "as the sergeant and Ana Ruiz": the next actor
    if _own_role_garbled_before(ctx, credit, role_mention, own):
        return UNVERIFIABLE  # the role is the garbled words; reported as name/misspelled-name
    if credited_role_misspelling(ctx, actor, claimed) is not None:
        return UNVERIFIABLE  # a slip of the actor's own role: reported as name/misspelled-name
    forms = _own_role_forms(ctx, own)
    if any(cut_off(ctx.article.text, role_mention.end, claimed, form) for form in forms):
        return UNVERIFIABLE  # the excerpt stops inside the actor's own role: "... plays Marisol Ve"
    if any(_spelt_like(claimed, form) for form in forms):
        return UNVERIFIABLE  # the actor's own role respelt: a matter for the name rules, not another character
    member = ctx.reference.show.cast[actor.entity.index]
    plays = _and([r.role.character for r in own]) if own else "no named character"
    # a reference that names no role, or only a description, cannot refute a character's name
    unnamed = all(is_generic(r.role.character) for r in own)
    if not own:
        why = " (it names no role for them, so this cannot be checked)"
    else:
        why = f" (it names the part only as {plays!r}, so this may be the character's name)" if unnamed else ""
    return ctx.finding(
        UNKNOWN_ROLE, Verdict.UNVERIFIABLE if unnamed else Verdict.REFUTED,
        f"{member.name} plays {plays} in {ctx.reference.title}; the reference has no character {claimed!r}" + why,
        credit.start, credit.end,
        found=f"{member.name} as {claimed}",
        expected=f"{member.name} as {plays}",
        evidence=ctx.reference.cast_evidence(ctx.reference.show.cast.index(member)),
        severity=Severity.INFO if unnamed else None, presupposed=True,
    )


def _career_note(ctx: Context, credit: Credit, claimed: str) -> bool:
    """"Actor (Earlier Work)": a parenthesis not shaped like a name, a title ("The ..."), or,
    unless it is shaped like a person's name, words of ordinary English or one of several
    parentheses in the sentence none of which names a character of the show."""
    if not looks_like_name(claimed) or claimed.split()[0] == "The":
        return True
    return not _person_shaped(claimed) and (
        ordinary_title(claimed) or _parentheses_name_no_character(ctx, credit.segment))


def _parentheses_name_no_character(ctx: Context, segment: Segment) -> bool:
    """The sentence has several "Name (Name)" credits and no side of any is a character."""
    listed = [c for c in ctx.article.claims.credits if c.segment.start == segment.start and c.form == "parenthesis"]
    return len(listed) >= 2 and not any(
        _resolve_role(ctx, side.text) is not None for c in listed for side in (c.first, c.second))


def _person_shaped(text: str) -> bool:
    """A person's name rather than a work's: a hyphenated given name ("Min-ho"), every word a
    Korean syllable, or an English given name first."""
    words = text.split()
    return (any("-" in w for w in words) or all(korean.is_syllable(fold(w)) for w in words)
            or bool(given_name_forms(words[0])))


def _own_role_forms(ctx: Context, own: list[RoleRef]) -> list[str]:
    """The names and aliases of the characters an actor plays."""
    names = {fold(r.role.character) for r in own}
    aliases = [a for c in ctx.reference.characters if fold(c.name) in names for a in c.aliases]
    return [r.role.character for r in own] + aliases


def _spelt_like(claimed: str, character: str) -> bool:
    """``claimed`` is ``character`` misspelt, syllable by syllable, or romanised another way with
    a letter added or dropped ("Gang Tong Sun" for Kang Dong-su: read as Korean, "kang.tong.son"
    for "kang.tong.so"). Not "Kim Dong-su" or "Kang Dong-ho" for Kang Dong-su: a wholly other
    syllable is another name."""
    if misspelling(" ".join(syllables(claimed)), " ".join(syllables(character))) is not None:
        return True
    return any(a.split(":")[0] == b.split(":")[0] and Indel.distance(a, b) == 1
               for a in variant_keys(claimed) for b in variant_keys(character))


# "Tom’s new girlfriend": a character the story has not had, so nobody who already plays another
_NEW = re.compile(r"\b(?:new|newest|latest)\b", re.IGNORECASE)


def _described_role(ctx: Context, credit: Credit) -> Judgement:
    """"Tom’s new girlfriend, who is played by X": X's own character must be able to be that
    relation of Tom. Refuted when X plays Tom, or plays an established character and the role is
    a new one; supported when the reference's story relates them so; else it cannot tell."""
    actor = ctx.resolve(credit.second.text, {Kind.PERSON})
    anchor = _resolve_role(ctx, credit.first.text)
    relation = _relation_named(credit.description)
    if actor is None or anchor is None or relation is None or actor.match is Match.MISSPELLED:
        return UNVERIFIABLE
    member = ctx.reference.show.cast[actor.entity.index]
    own = [r for r in ctx.reference.roles() if r.actor is member]
    if not own or any(r.role.uncertain or is_generic(r.role.character) for r in own):
        return UNVERIFIABLE
    plays_anchor = any(fold(r.role.character) == fold(anchor.entity.name) for r in own)
    called_new = bool(_NEW.search(credit.description))
    if not plays_anchor:
        if any(_related_in_reference(ctx, r.role.character, anchor.entity.name, relation) for r in own):
            if not (called_new and all(_established(ctx, r, credit) for r in own)):
                return SUPPORTED  # else an old partner called the new one of a later season
        elif not called_new:
            return UNVERIFIABLE  # the reference may not record every relation between its characters
    plays = _and([r.role.character for r in own])
    role = f"{anchor.entity.name}'s {credit.description}"
    return ctx.finding(
        MISATTRIBUTED_ROLE, Verdict.REFUTED, f"{member.name} plays {plays}, not {role}",
        credit.start, credit.end, found=f"{member.name} as {role}", expected=f"{member.name} as {plays}",
        evidence=ctx.reference.cast_evidence(ctx.reference.show.cast.index(member)),
        severity=Severity.WARNING,
    )


def _established(ctx: Context, role: RoleRef, credit: Credit) -> bool:
    """The role was in the show before the season the credit's sentence is about: it cannot be
    somebody's "new" partner there. Unknown when the sentence is about no season."""
    seasons = role.role.seasons or role.actor.seasons or [s.number for s in ctx.reference.show.seasons]
    about = ctx.season_of(credit.segment)
    return about is not None and min(seasons) < about


def _relation_named(description: str) -> str | None:
    """The relation a description ends in: "new girlfriend" -> "partner"."""
    words = description.casefold().split()
    lexicon = story_lexicon()
    for first in range(max(0, len(words) - 3), len(words)):
        kind = lexicon.relation(" ".join(words[first:]))
        if kind is not None:
            return kind.name
    return None


def _related_in_reference(ctx: Context, character: str, anchor: str, relation: str) -> bool:
    """The reference gives ``character`` as ``anchor``'s ``relation``: in its story facts, or a
    word of that relation in the character's description next to one of the anchor's names."""
    if ctx.story is not None and any(f.value == relation for f in ctx.story.relations(Who(character), Who(anchor))):
        return True
    description = next((c.description or "" for c in ctx.reference.characters if fold(c.name) == fold(character)), "")
    lexicon = story_lexicon()
    terms = [t for t, name in lexicon.relation_terms.items() if name == relation]
    names = [anchor, *short_forms(anchor)]
    folded = fold(description)
    return any(fold(n) in folded for n in names) and any(re.search(rf"\b{re.escape(t)}\b", folded) for t in terms)


def _own_role_garbled_before(ctx: Context, credit: Credit, role_mention: Mention, own: list[RoleRef]) -> bool:
    """"Omar Fenn as the sam reid Harbour Police": the lower-case words before the capitalised
    phrase spell the actor's own role (garbled); the phrase after them is a note, not the role."""
    words = re.findall(r"\b[a-z]+\b", ctx.article.text[credit.start:role_mention.start])
    phrase = " ".join(words[-2:])
    return len(words) >= 2 and any(fuzz.ratio(phrase, fold(r.role.character)) >= GARBLE_LIKENESS for r in own)


def _version_of_own(ctx: Context, claimed: str, own: list[RoleRef]) -> bool:
    """``claimed`` is one of the actor's own characters with a version or kind word written
    around the name, and what is left is that character's name or a word of it."""
    named = name_of_version(claimed)
    if named == claimed or is_generic(named):
        return False
    words = set(re.findall(r"\w+", fold(named)))
    found = ctx.resolve(named, ROLE_KINDS)
    own_names = {fold(r.role.character) for r in own}
    return (found is not None and fold(found.entity.name) in own_names) or any(
        words <= set(re.findall(r"\w+", fold(form))) for form in _own_role_forms(ctx, own))


def _describes(claimed: str, character: str) -> bool:
    """"Prisoner" describes "Prisoner #2460"; "Prison Security" describes "Prison Security Chief";
    "Sergeant Major Holt" and "Private Marsh" name a character by rank and one of their names."""
    claimed_words = re.findall(r"\w+", fold(claimed))
    character_words = re.findall(r"\w+", fold(character))
    if claimed_words and claimed_words == character_words[:len(claimed_words)]:
        return True
    described = split_descriptor(claimed)
    name_words = re.findall(r"\w+", fold(described.name))
    return bool(described.descriptor) and bool(name_words) and set(name_words) <= set(character_words)


def _and(items: list[str]) -> str:
    items = list(dict.fromkeys(items))
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# A verb or noun of casting; a bare "as" is none ("X replaces Y as the lead", "known as").
_CASTING = re.compile(r"\b(?:stars?|starring|starred|plays?|playing|played|cast|joins?|joined|returns?|returned|"
                      r"leads?|led|portrays?|portrayed)\b", re.IGNORECASE)
_EARLIER = re.compile(r"\b(?:first|original|previous|earlier|last|prior)\s+(?:series|season|run|instalment|story)\b",
                      re.IGNORECASE)
# Words that take an actor out of the season: "X replaces Y", "Y was fired", "Y exits".
_OUT_BEFORE = re.compile(
    r"\b(?:replaces?|replaced|replacing|(?:in\s+place|instead)\s+of|succeeds?|succeeding|"
    r"(?:takes?|took|taking)\s+over(?:\s+the\s+(?:role|part))?\s+from|steps?\s+in\s+for|stepping\s+in\s+for|"
    r"recasting\s+of|without)\s+$", re.IGNORECASE)
_OUT_AFTER = re.compile(
    r"^(?:[’']s\s+(?:exit|departure|replacement|firing|absence)\b|"
    r",?\s+(?:(?:was|is|has\s+been|had\s+been|will\s+be|got|gets)\s+)?(?:fired|dropped|axed|replaced|recast|"
    r"written\s+out|let\s+go|removed|sacked)\b|"
    r",?\s+(?:(?:has|had)\s+)?(?:exits?|exited|exiting|leaves|left|leaving|quits?|quitting|departs?|departed|"
    r"steps?\s+down|stepped\s+down)\b|"
    r",?\s+(?:will\s+not|won[’']t|does\s+not|doesn[’']t|is\s+not|isn[’']t)\s+(?:return|be\s+back|be\s+returning)\b)",
    re.IGNORECASE)


def check_cast_seasons(ctx: Context) -> Iterable[Judgement]:
    seen: set[int] = set()
    for mention in ctx.article.claims.mentions:
        found = ctx.resolve(mention.text, {Kind.PERSON})
        if found is None or found.entity.index in seen:
            continue
        judgement = _season_of_actor(ctx, mention, found)
        if judgement is not None:
            seen.add(found.entity.index)
            yield judgement


def _season_of_actor(ctx: Context, mention: Mention, found: Resolution) -> Judgement | None:
    member = ctx.reference.show.cast[found.entity.index]
    seasons = ctx.reference.seasons_of_member(member)
    segment = ctx.article.claims.segment_at(mention.start)
    if not seasons or segment is None or not _placed_in_season(ctx, segment, mention):
        return None
    number = ctx.season_of(segment)
    if number is None or ctx.reference.season(number) is None:
        return None
    if number in seasons:
        return SUPPORTED
    own = ", ".join(str(n) for n in sorted(seasons))
    anthology = ctx.reference.show.format is Format.ANTHOLOGY
    return ctx.finding(
        WRONG_SEASON, Verdict.REFUTED,
        f"{member.name} is in {ctx.reference.title} season {own}, not season {number}"
        + (" (an anthology: each season has a new cast)" if anthology else ""),
        mention.start, mention.end, found=segment.text if len(segment.text) < 200 else mention.text,
        expected=f"{member.name}: season {own}",
        evidence=ctx.reference.cast_evidence(found.entity.index),
        severity=Severity.ERROR if anthology else None,
    )


def _placed_in_season(ctx: Context, segment: Segment, mention: Mention) -> bool:
    """The sentence asserts the actor is in the season it speaks of: a casting word, no hedge or
    negation (in it or in the sentences its season is carried from), no earlier season, and the
    actor is not the one replaced or leaving. A sentence naming no season places nobody in one
    when its cast is the show's ("the cast of the show includes"), nor, for a list of several
    actors, when only the page's headline gives it a season."""
    if segment.hedged or segment.negated or not _CASTING.search(segment.text) or _EARLIER.search(segment.text):
        return False
    if _taken_out(ctx, mention):
        return False
    context = _season_context(ctx, segment)
    if context or segment.start not in _season_sentences(ctx):
        if _SHOW_CAST.search(segment.text) or (_several_actors(ctx, segment) and not _season_carried(ctx, segment, context)):
            return False
    return not any(s.hedged for s in context)


def _taken_out(ctx: Context, mention: Mention) -> bool:
    text = ctx.article.text
    return bool(_OUT_BEFORE.search(text[max(0, mention.start - 40):mention.start])
                or _OUT_AFTER.match(text[mention.end:mention.end + 60]))


# The cast of the show rather than of a season: "the ensemble cast of the show includes", "the
# cast of <Title> includes", "<Title>'s cast", "the show's main cast". A season named in the same
# sentence ("the cast of <Title> season 2") still places it, so these count only without one.
_SHOW_CAST = re.compile(
    r"\b(?:cast|line-?up)\s+of\s+(?:the\s+(?:show|series|drama|programme|program|franchise)\b|[A-Z“\"‘'])|"
    r"(?:\bthe\s+(?:show|series|drama|programme|program)|\b[A-Z][\w’'-]*)[’']s\s+(?:\w+\s+)?cast\b")
_SEVERAL = 3  # actors in one sentence: a cast list


def _season_sentences(ctx: Context) -> set[int]:
    """Starts of the sentences naming a season of this show."""
    return {m.segment.start for m in ctx.article.claims.seasons if ctx.about_this_show(m)}


def _several_actors(ctx: Context, segment: Segment) -> bool:
    mentions = ctx.article.claims.mentions  # in text order
    first = bisect_left(mentions, segment.start, key=lambda m: m.start)
    inside = mentions[first:bisect_left(mentions, segment.end, key=lambda m: m.start)]
    return sum(ctx.resolve(m.text, {Kind.PERSON}) is not None for m in inside) >= _SEVERAL


def _season_carried(ctx: Context, segment: Segment, context: list[Segment]) -> bool:
    """The season of a sentence naming none is carried from its paragraph (``context`` reaches a
    sentence naming one) or from a section heading naming one, not only from the page's headline."""
    named = _season_sentences(ctx)
    first = context[-1] if context else segment
    if first.start in named:
        return True
    heading = next((s for s in reversed(ctx.article.claims.segments) if s.start < first.start and s.heading), None)
    headline = ctx.article.claims.headline
    return (heading is not None and heading.start in named
            and (headline is None or heading.start != headline.start))


def _season_context(ctx: Context, segment: Segment) -> list[Segment]:
    """The sentences before ``segment`` in its paragraph that its season is carried from: back to
    the one naming a season (the previous sentence alone when none does); [] when it names its own.
    "The new season may bring back old faces. It includes X as Y": the list is as hedged as its lead."""
    named = _season_sentences(ctx)
    if segment.start in named:
        return []
    segments = ctx.article.claims.segments
    index = next(i for i, s in enumerate(segments) if s.start == segment.start)
    chain: list[Segment] = []
    for earlier in reversed(segments[:index]):
        if "\n\n" in ctx.article.text[earlier.end:(chain[-1] if chain else segment).start] or earlier.heading:
            break
        chain.append(earlier)
        if earlier.start in named:
            return chain
    return chain[:1]


# Words that introduce a list of actors: "starring", "led by", "the cast includes", "they join
# returnees", "joins fellow cast members". "joins X" alone is left out: in a plot, a character joins
# another; so is "Ann Cole-starring X", where X is the work the actor stars in.
_STARRING = re.compile(
    r"(?<![\w-])(?:starring|stars|starred|star|featuring|led\s+by|headlined\s+by|fronted\s+by|"
    r"cast\s+(?:also\s+)?(?:includes?|included)|returnees|"
    r"(?:joins?|joined|joining)\s+(?:the\s+)?(?:fellow\s+)?(?:returning\s+)?"
    r"(?:cast(?:\s+members?)?|co-?stars?|stars?|actors?|newcomers?|veterans?))\s+$",
    re.IGNORECASE)


def check_characters_as_stars(ctx: Context) -> Iterable[Judgement]:
    credited = {m.start for c in ctx.article.claims.credits for m in (c.first, c.second)}
    for segment, names in _starring_lists(ctx):
        for mention in names:
            if mention.start in credited:
                continue  # "starring X as Y": a credit, judged as one
            as_person = ctx.resolve(mention.text, ACTOR_KINDS)
            as_character = ctx.resolve(mention.text, ROLE_KINDS)
            if as_character is None or as_person is not None or as_character.match is Match.MISSPELLED:
                continue
            yield _character_as_actor(ctx, mention, as_character.entity.name)


def _starring_lists(ctx: Context):
    """(sentence, the names listed right after "starring") for each such list."""
    mentions = ctx.article.claims.mentions
    for segment in ctx.article.claims.segments:
        inside = [m for m in mentions if segment.start <= m.start < segment.end]
        for i, mention in enumerate(inside):
            before = segment.text[:mention.start - segment.start]
            if _STARRING.search(before):
                listed = [mention]
                for following in inside[i + 1:]:
                    gap = ctx.article.text[listed[-1].end:following.start]
                    if not re.fullmatch(r",?\s*(?:and|&)?\s*", gap):
                        break
                    listed.append(following)
                yield segment, listed


def _character_as_actor(ctx: Context, mention: Mention, character: str) -> Judgement:
    played_by = _and([r.actor.name for r in ctx.reference.roles_of_character(character)]) or "no actor the reference names"
    return ctx.finding(
        CHARACTER_AS_ACTOR, Verdict.REFUTED,
        f"{mention.text} is a character of {ctx.reference.title}, played by {played_by}, not one of its actors",
        mention.start, mention.end, found=mention.text, expected=f"{character}: played by {played_by}",
        evidence=ctx.reference.character_evidence(character),
    )


# -- a stranger in a list of the show's cast ---------------------------------------------------------

# What may stand between two credits of one list: bullets, commas, line breaks, "and".
_LIST_GAP = re.compile(r"[\s,;.•·*–—-]*(?:(?:and|&)\s+)?")


def check_strangers_in_cast_lists(ctx: Context) -> Iterable[Judgement]:
    for group in _credit_lists(ctx, ctx.article.claims.credits):
        sides = [_orient(ctx, credit) for credit in group]
        known = [_plays_as_star(ctx, a, r) for a, r in sides]
        if len(group) < 3 or known.count(False) != 1:
            continue
        credit = group[known.index(False)]
        stranger = _stranger_sides(credit, group, sides, known)
        if (stranger is not None and _stranger(ctx, *stranger)
                and ctx.analysis.other_work_at(credit.start, credit.end) is None):
            yield _stranger_in_list(ctx, credit, *stranger)


def _plays_as_star(ctx: Context, actor: Mention, role: Mention) -> bool:
    """A main cast member credited with their own role: a list of these is a list of the stars,
    a part of the cast references keep whole (supporting casts they often keep in part)."""
    found = ctx.resolve(actor.text, ACTOR_KINDS)
    return (_plays(ctx, found, _resolve_role(ctx, role.text))
            and ctx.reference.show.cast[found.entity.index].billing == "main")


def _credit_lists(ctx: Context, credits: list[Credit]) -> list[list[Credit]]:
    """Runs of credits of one form ("Actor (Character)" or "Actor as Character") with only list
    punctuation between them."""
    groups: list[list[Credit]] = []
    for credit in sorted(credits, key=lambda c: c.start):
        last = groups[-1][-1] if groups else None
        if (last is not None and last.form == credit.form and last.end <= credit.start
                and _LIST_GAP.fullmatch(ctx.article.text[last.end:credit.start])):
            groups[-1].append(credit)
        else:
            groups.append([credit])
    return [g for g in groups if g[0].form in ("parenthesis", "as")]


def _stranger_sides(credit: Credit, group: list[Credit], sides, known) -> tuple[Mention, Mention] | None:
    """The stranger's (actor, role), the way round the list's other credits are written."""
    actor_first = {a is c.first for (a, _), c, k in zip(sides, group, known) if k}
    if credit.form == "as" or actor_first == {True}:
        return credit.first, credit.second
    return (credit.second, credit.first) if actor_first == {False} else None


def _stranger(ctx: Context, actor: Mention, role: Mention) -> bool:
    """Neither side is anyone the reference or the library knows, and both look like names."""
    elsewhere = ctx.analysis.names.elsewhere
    if any(ctx.resolve(m.text) is not None or m.text in elsewhere for m in (actor, role)):
        return False
    return len(actor.text.split()) >= 2 and _plausible_person(actor.text) and looks_like_name(role.text)


def _stranger_in_list(ctx: Context, credit: Credit, actor: Mention, role: Mention) -> Judgement:
    main = [m.name for m in ctx.reference.show.cast if m.billing == "main"]
    return ctx.finding(
        STRANGER_IN_CAST_LIST, Verdict.REFUTED,
        f"{ctx.reference.title} has no cast member {actor.text} and no character {role.text}, "
        "though the rest of this list is its cast",
        credit.start, credit.end, found=f"{actor.text} as {role.text}",
        expected=f"main cast: {_and(main)}" if main else "a cast member of the reference",
        evidence=ctx.reference.evidence("cast"),
    )


CHECKS = [check_credits, check_cast_seasons, check_characters_as_stars, check_strangers_in_cast_lists]
