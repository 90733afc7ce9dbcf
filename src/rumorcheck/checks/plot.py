"""Plot: story told about the show that belongs to another show, or to another season.

An article about one show that narrates the characters of a different show has spliced in that
show's plot. In an anthology, where every season has its own story and characters, a season's
"ending" told with another season's characters is the same mistake one level down.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from ..extract.claims import Mention, Segment
from ..extract.descriptions import StoryClaim
from ..findings import Severity, Verdict
from ..lexicon import story_lexicon
from ..names import Kind, fold
from ..reference import Format, Reference
from ..rules import Example, rule
from ..analysis.borrowed import BorrowedName, group_by_show, name_list
from .base import SUPPORTED, UNVERIFIABLE, Context, Judgement
from .characters import a, asserted, credited_to_another, fact_evidence, found_text, listed, names_of, story_claims, who

CHARACTER_OF_OTHER_SHOW = rule(
    "plot/character-of-other-show", Severity.ERROR,
    "The article tells the story of a different show: its characters are not in this one.",
    """
    What it flags:
        A sentence naming characters of another show in the library (with or without their
        actors) who are not in the checked show. Given names and surnames alone ("Mateo",
        "Casas") count once that show is in play: its full names or its title appear in the
        article.
    Why it matters:
        Spun articles fill their "story" sections with the plot of a show with a similar title;
        the reader learns nothing true about the show in the headline.
    Example:
        "Season 1 ends with Inés Roca finding her brother." in an article about Harbour Lights.
    Not flagged:
        Characters of the checked show, names no show in the library has, single names of shows
        the article does not otherwise draw on, and sentences that set the shows apart.
    """,
    (Example("Season 1 ends with Inés Roca finding her brother on the island.", "Inés Roca"),
     Example("Season 1 ends with Kang Tae-oh finding his brother on the island."),
     Example("Unlike Lighthouse Keepers, where Inés Roca finds her brother, Harbour Lights ends in grief.")),
)
CHARACTER_OF_OTHER_SEASON = rule(
    "plot/character-of-other-season", Severity.ERROR,
    "In an anthology, a season's story is told with the characters of another season.",
    """
    What it flags:
        For a show whose reference says format: anthology, a sentence about one season (named
        in the sentence, or the season the article is about) naming characters the reference
        limits to other seasons.
    Why it matters:
        Anthology seasons share a title and nothing else; recaps that mix them describe a story
        that never aired.
    Example:
        "Series 2 ends with Paul Greaves unmasked." when Paul Greaves is a series 1 character.
    Not flagged:
        Serial shows (characters carry over), characters without seasons in the reference, and
        sentences that name the character's own season.
    """,
    (Example("Tidewater series 2 ends with Paul Greaves unmasked as the poisoner.", "Paul Greaves", "tidewater"),
     Example("Tidewater series 2 ends with Helen Marsh confessing to the poisoning.", None, "tidewater"),
     Example("Tidewater series 1 ends with Paul Greaves unmasked as the arsonist.", None, "tidewater")),
)

_ENDING = re.compile(r"\b(?:ends?|ending|ended|finale|final\s+episode|last\s+(?:image|scene|episode)|conclu\w+)\b",
                     re.IGNORECASE)


def check_borrowed_characters(ctx: Context) -> Iterable[Judgement]:
    for (segment, other), names in group_by_show(ctx.analysis.borrowings.names):
        if any(n.owner.kind is Kind.CHARACTER for n in names):
            yield _borrowed(ctx, segment, other, names)


def _borrowed(ctx: Context, segment: Segment, other: Reference, names: list[BorrowedName]) -> Judgement:
    character = next(n for n in names if n.owner.kind is Kind.CHARACTER)
    verb = "is a character" if len(names) == 1 else "belong to the story"
    message = f"{name_list(names)} {verb} of {other.label}, not of {ctx.reference.label}"
    expected = f"{ctx.reference.label} has no {character.owner.name}"
    ending = _own_ending(ctx, segment)
    if ending:
        expected += f"; {ending}"
    return ctx.finding(
        CHARACTER_OF_OTHER_SHOW, Verdict.REFUTED, message, names[0].start, names[-1].end,
        found=segment.text if len(segment.text) < 200 else names[0].text,
        expected=expected,
        evidence=other.character_evidence(character.owner.name), presupposed=True,
    )


def _own_ending(ctx: Context, segment: Segment) -> str | None:
    """How the checked show's season really ends, when the sentence gives an ending."""
    if not _ENDING.search(segment.text):
        return None
    number = ctx.season_of(segment)
    season = ctx.reference.season(number) if number is not None else None
    if season is None:
        aired = ctx.reference.aired_seasons
        season = aired[0] if len(aired) == 1 else None
    if season is None or not season.ending:
        return None
    return f"{ctx.reference.title} season {season.number} ends: {season.ending}"


def check_other_season_characters(ctx: Context) -> Iterable[Judgement]:
    if ctx.reference.show.format is not Format.ANTHOLOGY:
        return
    credits = [(c.start, c.end) for c in ctx.article.claims.credits]
    for mention in ctx.article.claims.mentions:
        if any(a <= mention.start < b for a, b in credits):
            continue  # a credit's season is cast/wrong-season's to judge
        judgement = _season_of_character(ctx, mention)
        if judgement is not None:
            yield judgement


def _season_of_character(ctx: Context, mention: Mention) -> Judgement | None:
    found = ctx.resolve(mention.text, {Kind.CHARACTER})
    if found is None:
        return None
    seasons = ctx.reference.seasons_of_character(found.entity.name)
    segment = ctx.article.claims.segment_at(mention.start)
    if not seasons or segment is None or segment.hedged:
        return None
    number = ctx.season_of(segment)
    if number is None or ctx.reference.season(number) is None or number in seasons:
        return SUPPORTED
    own = ", ".join(str(n) for n in sorted(seasons))
    return ctx.finding(
        CHARACTER_OF_OTHER_SEASON, Verdict.REFUTED,
        f"{found.entity.name} is a character of {ctx.reference.title} season {own}, not season {number}",
        mention.start, mention.end, found=segment.text if len(segment.text) < 200 else mention.text,
        expected=f"{found.entity.name}: season {own}",
        evidence=ctx.reference.character_evidence(found.entity.name), presupposed=True,
    )


CHECKS = [check_borrowed_characters, check_other_season_characters]


# -- what articles say about the characters -----------------------------------------------------

WRONG_OCCUPATION = rule(
    "plot/wrong-occupation", Severity.WARNING,
    "A character is given an occupation, title or rank the reference contradicts.",
    """
    What it flags:
        A character named with a job, title or rank ("teacher Sally Wright", "Sgt Marsh",
        "X, the CEO of Y", "X is a detective", "X works as a nurse") that no occupation the
        reference gives the character covers: a florist called a prosecutor, a sergeant called
        an inspector. The reference's occupations come from the character's description
        ("Police sergeant in ...", "a bartender") or its occupation and title fields.
    Why it matters:
        Spun recaps rebuild characters from half-remembered summaries; a lead's job is usually
        the premise, so a wrong one misdescribes the whole story.
    Example:
        "Yoon Seo-yeon, a prosecutor, returns to Busan." when she is a florist.
    Not flagged:
        Synonyms and broader words ("lawyer" for a prosecutor, "officer" for a sergeant, "CEO"
        for a chairman), characters the reference gives no occupation, titles that are part of
        the character's name ("Colonel Reyes", "The Doctor"), an occupation set at a later time
        with no season named ("X, now a singer", "years later", "after the time jump"), and
        hedged, questioned or negated sentences.
    """,
    (Example("Yoon Seo-yeon, a prosecutor, returns to Busan with Kang Tae-oh.", "prosecutor"),
     Example("Florist Yoon Seo-yeon returns to Busan with Kang Tae-oh."),
     Example("Fans wonder whether Yoon Seo-yeon might secretly be a prosecutor.")),
)
WRONG_RELATION = rule(
    "plot/wrong-relation", Severity.ERROR,
    "Two characters are given a relation the reference contradicts.",
    """
    What it flags:
        "X's brother Y", "Y, the wife of X", "Y is X's father", "his dad, Y" where the
        reference relates the two otherwise (Y is X's father, not his brother; a half-brother,
        not a stepbrother), gives X a different father or spouse, or where Y is X himself.
    Why it matters:
        Relations carry a story's stakes; a son made a father or a rival made a brother tells
        readers a different story.
    Example:
        "Kang Tae-oh's brother Kang Dong-su runs the lighthouse." when Dong-su is his father.
    Not flagged:
        Relations the reference agrees with or does not state, loose social words (friend,
        colleague), romance words for one another (girlfriend for a wife), a plain kin word
        for a step-, half- or adoptive relative ("brother" for a half-brother), and hedged,
        questioned or negated sentences. A pronoun ("his dad") counts only when its paragraph
        names one character it can be, or the reference's story singles one out (warning).
    """,
    (Example("Kang Tae-oh's brother Kang Dong-su runs the lighthouse.", "brother"),
     Example("Kang Tae-oh's father Kang Dong-su runs the lighthouse."),
     Example("Kang Tae-oh's friend Yoon Seo-yeon runs the flower shop.")),
)
WRONG_FATE = rule(
    "plot/wrong-fate", Severity.ERROR,
    "What happens to a character (death, survival, killer, wedding, arrest, departure) contradicts the reference.",
    """
    What it flags:
        A character said to survive ("made it out alive", "is still alive") after the season the
        reference has them die in; a death in another season than the reference's, or at the
        hands of someone else ("Y, who killed his father", "the murder of X by Y" when another
        character did; a warning when the article names the real killer with a co-killer, "Y
        and Z killed X"); a wedding where the reference ends the season with an engagement; an
        arrest or a departure ("left town", "ran away") in a season whose story the reference
        tells without it, when the reference has it in another season (an error at a season's
        end, else a warning), or gives it to someone else in the sentence naming the character
        (a warning).
    Why it matters:
        Fates are what readers of a "season 2" article want to know; a dead character brought
        back, or a killer swapped, is a false story.
    Example:
        "Kang Dong-su makes it out alive in the end." when he dies in season 1.
    Not flagged:
        Fates the reference does not settle, survival of a season before the death, deaths
        the reference calls presumed or apparent, survival of one event ("survived the first
        game"), survival set at a later time with no season named ("alive all this time", a
        later reveal), arrests and departures in seasons the reference does not tell, leaving a job
        or a person (only leaving a place counts), and hedged, questioned, negated or future
        sentences.
    """,
    (Example("Kang Dong-su makes it out alive in the end.", "makes it out alive"),
     Example("Kang Dong-su dies at sea in season 1."),
     Example("Will Kang Dong-su make it out alive?")),
)


def check_occupations(ctx: Context) -> Iterable[Judgement]:
    for claim in story_claims(ctx, "occupation"):
        yield _occupation(ctx, claim)


def _occupation(ctx: Context, claim: StoryClaim) -> Judgement:
    person = who(ctx, claim.subject)
    if person is None or person.relation is not None or _part_of_name(ctx, person.name, claim.word) or \
            credited_to_another(ctx, claim.subject, person.name):
        return UNVERIFIABLE
    lexicon = story_lexicon()
    facts = ctx.story.occupations(person.name)
    known = frozenset().union(*(lexicon.occupation(f.value) for f in facts)) if facts else frozenset()
    if not known:
        return UNVERIFIABLE
    if lexicon.occupations.agree(lexicon.occupation(claim.value), known):
        return SUPPORTED
    if not asserted(ctx, claim) or _later_state(claim):
        return UNVERIFIABLE
    terms = listed(dict.fromkeys(f.value for f in facts))
    return ctx.finding(
        WRONG_OCCUPATION, Verdict.REFUTED, f"{person.name} is {a(terms)}, not {a(claim.word)}",
        claim.start, claim.end, found=found_text(claim), expected=f"{person.name}: {terms}",
        evidence=fact_evidence(ctx, facts[0]),
    )


def _part_of_name(ctx: Context, name: str, title: str) -> bool:
    title = title.casefold()
    return any(title in n.split() or title in n for n in names_of(ctx, name))


def check_relations(ctx: Context) -> Iterable[Judgement]:
    for claim in story_claims(ctx, "relation"):
        yield _relation(ctx, claim)


def _relation(ctx: Context, claim: StoryClaim) -> Judgement:
    bearer, anchor = who(ctx, claim.subject), who(ctx, claim.other)
    if bearer is None or anchor is None or bearer.relation or anchor.relation or \
            credited_to_another(ctx, claim.subject, bearer.name):
        return UNVERIFIABLE
    lexicon = story_lexicon()
    said = lexicon.relation(claim.word) or lexicon.relations[claim.value]
    severity = Severity.WARNING if claim.other is not None and claim.other.pronoun else None
    if bearer == anchor:
        if not asserted(ctx, claim):
            return UNVERIFIABLE
        same = f"{claim.subject.text} is {bearer.name}" if fold(claim.subject.text) != fold(bearer.name) else bearer.name
        return ctx.finding(
            WRONG_RELATION, Verdict.REFUTED, f"{same}: the article makes {bearer.name} {a(claim.word)} of {bearer.name}",
            claim.start, claim.end, found=found_text(claim), expected=f"{same}, not {a(claim.word)} of {bearer.name}",
            evidence=ctx.reference.character_evidence(bearer.name), severity=severity)
    known = ctx.story.relations(bearer, anchor)
    if known:
        if any(_relations_agree(said.name, f.value) for f in known):
            return SUPPORTED
        wrong = f"{bearer.name} is {anchor.name}'s {listed(dict.fromkeys(f.value for f in known))}"
        evidence = known[0]
    else:
        others = [f for f in ctx.story.relatives(anchor, said.name)
                  if said.name in lexicon.functional and f.who != bearer and _same_sex(said.sex, f)]
        if not others or said.family != "kin" and said.name != "spouse":
            return UNVERIFIABLE
        wrong = f"{anchor.name}'s {claim.word} is {others[0].who.name}"
        evidence = others[0]
    if not asserted(ctx, claim):
        return UNVERIFIABLE
    return ctx.finding(
        WRONG_RELATION, Verdict.REFUTED, f"{wrong}; not {a(claim.word)} of {anchor.name}",
        claim.start, claim.end, found=found_text(claim), expected=wrong,
        evidence=fact_evidence(ctx, evidence), severity=severity)


def _relations_agree(said: str, known: str) -> bool:
    """The same relation, or words that do not exclude each other: "friend" goes with anything,
    romance words with one another; kin words only with themselves and their kinds ("brother"
    with "half-brother", never "stepbrother" with "half-brother")."""
    lexicon = story_lexicon()
    if lexicon.kinds_agree(said, known):
        return True
    said_family, known_family = lexicon.relations[said].family, lexicon.relations[known].family
    if said_family == "social" or (said_family == "romance" and known_family in ("romance", "social")):
        return True
    return "death" in (said_family, known_family)  # killers are judged as fates


def _same_sex(sex: str | None, fact) -> bool:
    """A father is no mother: a functional relation conflicts only within one sex (when known)."""
    return sex is None or fact.sex is None or fact.sex == sex


def check_fates(ctx: Context) -> Iterable[Judgement]:
    claims = story_claims(ctx, "fate")
    killers = _killers_of_each_event(claims)
    for claim in claims:
        if claim.value in _JUDGES:
            yield _fate(ctx, claim, killers.get(_event(claim), []))
    for claim in story_claims(ctx, "relation"):
        if claim.value == "killer":  # "Y, X's killer": X died at Y's hands
            yield _fate(ctx, replace(claim, kind="fate", value="dead", subject=claim.other, other=claim.subject))


def _event(claim: StoryClaim) -> tuple:
    return claim.start, claim.end, claim.subject


def _killers_of_each_event(claims: list[StoryClaim]) -> dict[tuple, list]:
    """The killers one killing is told with: "X and Y killed Z" is one event, two claims."""
    out: dict[tuple, list] = {}
    for claim in claims:
        if claim.value == "dead" and claim.other is not None:
            out.setdefault(_event(claim), []).append(claim.other)
    return out


def _fate(ctx: Context, claim: StoryClaim, killers: list = ()) -> Judgement:
    person = who(ctx, claim.subject)
    if person is None:
        return UNVERIFIABLE
    known = ctx.story.fates(person)
    verdict = _JUDGES[claim.value](ctx, claim, person, known)
    if verdict is None:
        return UNVERIFIABLE
    expected, fact, *graded = verdict
    if fact is None:
        return SUPPORTED
    if not asserted(ctx, claim):
        return UNVERIFIABLE
    severity = Severity.WARNING if any(p.pronoun for p in claim.parties()) or graded == [Severity.WARNING] else None
    accomplice = _beside_the_killer(ctx, claim, fact, killers)
    if accomplice is not None:
        expected, severity = accomplice, Severity.WARNING
    return ctx.finding(
        WRONG_FATE, Verdict.REFUTED, f"{expected}; the article says otherwise ({claim.word!r})",
        claim.start, claim.end, found=found_text(claim), expected=expected,
        evidence=fact_evidence(ctx, fact), severity=severity)


def _death(ctx: Context, claim: StoryClaim, person, known) -> tuple[str, object] | None:
    deaths = [f for f in known if f.value == "dead"]
    if not deaths:
        return None
    killers = {f.other for f in deaths if f.other is not None}
    if claim.other is not None and killers:
        said = who(ctx, claim.other)
        if said is None:
            return None
        if said in killers:
            return "", None
        fact = next(f for f in deaths if f.other is not None)
        return f"{person} was killed by {listed(str(k) for k in killers)}, not {said}", fact
    seasons = {f.season for f in deaths if f.season is not None}
    if claim.season is not None and seasons and claim.season not in seasons:
        fact = next(f for f in deaths if f.season is not None)
        return f"{person} dies in season {listed(str(s) for s in sorted(seasons))}, not season {claim.season}", fact
    return "", None


def _beside_the_killer(ctx: Context, claim: StoryClaim, fact, killers: list) -> str | None:
    """"X and Y killed Z" when the reference names X alone: Y is added to the killing, which
    may be a loose way of telling who was there (a warning, not an error)."""
    if claim.value != "dead" or claim.other is None or len(killers) < 2:
        return None
    known = {f.other for f in ctx.story.fates(fact.who) if f.value == "dead" and f.other is not None}
    named = [k for k in (who(ctx, p) for p in killers) if k is not None]
    if not known & set(named):
        return None
    return f"{fact.who} was killed by {listed(str(k) for k in known)}, not by {who(ctx, claim.other)} as well"


def _survival(ctx: Context, claim: StoryClaim, person, known) -> tuple[str, object] | None:
    deaths = [f for f in known if f.value == "dead" and f.season is not None]
    if not deaths or _survived_one_event(claim) or _later_state(claim):
        return None
    death = min(deaths, key=lambda f: f.season)
    scope = claim.season if claim.season is not None else ctx.season_of(claim.segment) if claim.segment else None
    first = min((s.number for s in ctx.reference.aired_seasons), default=None)
    if scope is not None and scope < death.season:
        return "", None
    if scope is None and death.season != first:
        return None
    return f"{person} dies in season {death.season}", death


def _later_state(claim: StoryClaim) -> bool:
    """A state set at a later time with no season named ("X, now a singer"; "alive all this
    time", a later reveal): not comparable with the state an earlier season gives."""
    return claim.later and claim.season is None


def _survived_one_event(claim: StoryClaim) -> bool:
    """"made it out alive of the first game": one ordeal survived, not the character's fate."""
    after = claim.sentence[claim.end - claim.segment.start:] if claim.segment else ""
    return bool(re.match(r"\s*(?:of|from)\s", after))


def _wedding(ctx: Context, claim: StoryClaim, person, known) -> tuple[str, object] | None:
    if claim.season is None:
        return None
    same = [f for f in known if f.season == claim.season and f.value in ("married", "engaged")]
    if not same or any(f.value == "married" for f in same):
        return ("", None) if same else None
    engaged = same[0]
    partner = f" to {engaged.other}" if engaged.other is not None else ""
    when = "at the end of " if engaged.ending else "in "
    return f"{person} gets engaged{partner} {when}season {claim.season}, not married", engaged


_EVENT_WORDS = {"arrested": "is arrested", "leaves": "leaves"}


def _event_season(ctx: Context, claim: StoryClaim, person, known) -> tuple | None:
    """An arrest or a departure, which may happen more than once: a contradiction only when the
    reference tells the claimed season and has the event elsewhere, or has someone else do it
    in the very sentence that names the character ("Y runs away on X's motorcycle": not X)."""
    season = ctx.reference.season(claim.season) if claim.season is not None else None
    told = season is not None and (season.ending if claim.ending else season.ending or season.synopsis)
    same = [f for f in known if f.value == claim.value]
    if any(f.season in (claim.season, None) for f in same):
        return "", None
    if not told:
        return None
    verb = _EVENT_WORDS[claim.value]
    if same:
        seasons = listed(str(s) for s in sorted({f.season for f in same}))
        return (f"{person} {verb} in season {seasons}, not season {claim.season}", same[0],
                *(() if claim.ending else (Severity.WARNING,)))
    others = [f for f in ctx.story.facts if f.kind == "fate" and f.value == claim.value and f.who.relation is None
              and f.season == claim.season and f.who != person and _names(ctx, f.text, person.name)]
    if not others:
        return None
    doers = listed(dict.fromkeys(f.who.name for f in others))
    return (f"In season {claim.season}, {doers} {_plural(verb, len(set(f.who for f in others)))}, not {person}",
            others[0], Severity.WARNING)


def _names(ctx: Context, text: str, name: str) -> bool:
    folded = fold(re.sub(r"[’']", " ", text))  # "Leo's motorcycle" names Leo
    return any(re.search(rf"(?<!\w){re.escape(fold(n))}(?!\w)", folded) for n in names_of(ctx, name))


def _plural(verb: str, count: int) -> str:
    return verb if count == 1 else {"is arrested": "are arrested", "leaves": "leave"}[verb]


_JUDGES = {"dead": _death, "alive": _survival, "married": _wedding, "arrested": _event_season, "leaves": _event_season}

CHECKS += [check_occupations, check_relations, check_fates]
