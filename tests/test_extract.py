"""Extraction pieces that need no model: dates, counts, seasons, credits, hedging, networks."""

from __future__ import annotations

import datetime as dt

import pytest

from rumorcheck.extract.claims import Segment
from rumorcheck.extract.context import is_hedged, is_heading
from rumorcheck.extract.credits import credits_in
from rumorcheck.extract.dates import air_event, find_dates
from rumorcheck.extract.networks import calls_original, find_networks, network_role
from rumorcheck.extract.seasons import episode_counts, renewal_cues, season_counts, season_mentions, tells_a_return
from tests.handmade import handmade_article


def segment(text: str) -> Segment:
    return Segment(0, len(text), text, is_heading(text), is_hedged(text), False, False)


@pytest.mark.parametrize("text,granularity,first,last", [
    ("It premiered on 23 January 2017.", "day", dt.date(2017, 1, 23), dt.date(2017, 1, 23)),
    ("Release Date23 January 2017", "day", dt.date(2017, 1, 23), dt.date(2017, 1, 23)),
    ("It premiered on January 23, 2017.", "day", dt.date(2017, 1, 23), dt.date(2017, 1, 23)),
    ("out in March 2025", "month", dt.date(2025, 3, 1), dt.date(2025, 3, 31)),
    ("premieres in spring 2022", "season", dt.date(2022, 3, 1), dt.date(2022, 5, 31)),
    ("expected in 2024", "year", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
    ("aired 2017-03-21", "day", dt.date(2017, 3, 21), dt.date(2017, 3, 21)),
])
def test_dates(text, granularity, first, last):
    (_, _, value, end), = find_dates(text)
    assert (value.granularity, value.first, value.last, end) == (granularity, first, last, None)


def test_alternative_months():
    (_, _, value, _), = find_dates("to premiere in April or May 2022 at the oldest")
    assert value.contains(dt.date(2022, 5, 20)) and value.contains(dt.date(2022, 4, 1))
    assert not value.contains(dt.date(2021, 5, 17))


@pytest.mark.parametrize("text", ["It aired from January 23 to March 21, 2017.", "It aired 17–20 May 2021."])
def test_runs_have_two_ends(text):
    (_, _, first, last), = find_dates(text)
    assert first.granularity == last.granularity == "day" and first.first < last.first


@pytest.mark.parametrize("before,event", [
    ("The show premiered on ", "premiere"),
    ("Season 1 Release Date", "premiere"),
    ("The final episode aired on ", "finale"),
    ("Filming began in ", None),
    ("The series was renewed in ", None),
    ("It ended on ", "finale"),
    ("The drama HarbourLaunched on ", "premiere"),  # a scrape glued the cue to the word before it
    ("in the Harbourlaunched area on ", None),
    # the date of another event about the season: publicity, production
    ("The still cuts from part 2 were released on ", None),
    ("Netflix dropped the first teaser for season 2 on ", None),
    ("The network released the official poster in ", None),
    ("The first table read started in ", None),
    ("The trailer is out, and season 2 premieres on ", "premiere"),
    ("The show was renewed for a second season that was released on ", "premiere"),
    # the story's own time, not the show's: "begins", "ends" with the story as their subject
    ("The story of the second season begins in ", None),
    ("The plot ends on ", None),
    ("The first season is set in ", None),
    ("Most of the season takes place in ", None),
    ("Production ended in ", None),
    ("The season begins in ", "premiere"),
    # publicity: a TV spot or a clip is no episode
    ("The network aired a brief spot in ", None),
    ("Netflix released a TV spot on ", None),
    ("The channel dropped a clip on ", None),
    # the event word is far from the date but governs the verb that ties it
    ("Filming for the newest episodes began in Leeds, West Yorkshire, back in ", None),
    ("Filming wrapped in Leeds, West Yorkshire, and the fourth season premiered on the main channel in ", "premiere"),
])
def test_air_event(before, event):
    assert air_event(before) == event


@pytest.mark.parametrize("before,after,event", [
    ("The network released a short video in ", " to announce the start of production", None),
    ("Netflix released a video on ", ", announcing the cast of season 2", None),
    ("The channel released something in ", " in order to confirm the second season", None),
    ("Season 2 premiered on ", " to strong reviews", "premiere"),
    ("Season 2 premiered on ", ", drawing five million viewers", "premiere"),
    ("Season 2 premiered on ", ", and filming of season 3 began in June", "premiere"),
])
def test_the_clause_after_the_date_can_name_another_event(before, after, event):
    assert air_event(before, after) == event


@pytest.mark.parametrize("before,after", [
    ("Season 1 premiered on 1 March 2021; as of ", ", the network has not renewed it"),
    ("Season 1 premiered in 2021 and, as it stands in ", ", no second season is planned"),
    ("The show premiered in 2021 and so far, in ", ", there is no news of a release"),
    ("Season 1 premiered on 1 March 2021, and in ", ", at the time of writing, it has not been renewed"),
    ("Harbour Lights premiered in 2021; at the time of writing in ", ", it has one season"),
])
def test_a_date_of_writing_is_no_air_date(before, after):
    assert air_event(before, after) is None


def test_counts():
    assert [c[2:] for c in episode_counts("an 18-episode series")] == [(18, False)]
    assert [c[2:] for c in episode_counts("The season has sixteen episodes.")] == [(16, False)]
    assert [c[2:] for c in episode_counts("a four-part thriller")] == [(4, False)]
    assert [c[2:] for c in episode_counts("the 18th episode was the last")] == [(18, True)]
    assert episode_counts("I watched the first 4 episodes") == []
    assert [c[2] for c in season_counts("The show has three seasons")] == [3]
    assert season_counts("three seasons of fun") == []


def test_season_mentions():
    found = [m[2] for m in season_mentions("Season 2, the second season, series two and Season NumberSeason 3")]
    assert found == [2, 2, 2, 3]


@pytest.mark.parametrize("text, number", [
    ("The ten-episode debut season ran for two months.", 1),
    ("the drama's inaugural season", 1),
    ("after a strong freshman run", 1),
    ("its maiden season drew millions", 1),
    ("the show's first run ended in April", 1),
    ("the sophomore season will be darker", 2),
    ("a sophomore outing", 2),
])
def test_seasons_named_by_description(text, number):
    assert [m[2] for m in season_mentions(text)] == [number]


@pytest.mark.parametrize("text", ["her debut series was a hit", "a debut single", "the first-run syndication market",
                                  "ordered to series 14 December 2015"])
def test_no_season_named(text):
    assert season_mentions(text) == []


def test_a_run_of_months_has_two_ends():
    (_, _, first, last), = find_dates("It ran from November 2021 to January 2022.")
    assert (first.first, first.last, last.first, last.last) == (
        dt.date(2021, 11, 1), dt.date(2021, 11, 30), dt.date(2022, 1, 1), dt.date(2022, 1, 31))


@pytest.mark.parametrize("text,pairs", [
    ("the cast: Ji Sung (Park Jung-woo), Um Ki-joon (Cha Sun Ho).",
     [("Ji Sung", "Park Jung-woo"), ("Um Ki-joon", "Cha Sun Ho")]),
    ("It stars Katherine Kelly as teacher Sally Wright.", [("Katherine Kelly", "Sally Wright")]),
    ("It’s A Sin’s Shaun Dooley also stars as DCI Mike Braithwaite.", [("Shaun Dooley", "DCI Mike Braithwaite")]),
    ("Sally Wright, played by Katherine Kelly, returns.", [("Sally Wright", "Katherine Kelly")]),
    ("Jamie Bamber (Strike Back and Battlestar Galactica) performs her ex.", []),
    ("actors such as Kim Min-seok as well", []),
    ("Oh Chang-seok plays Park Jung-woo's loyal friend.", []),
    ("Kim Min-seok of EXO played the cellmate Lee Sung-gyu.", [("Kim Min-seok", "Lee Sung-gyu")]),
    ("Kwon Yu-ri from Girls Generation stars as Seo Eun-hye.", [("Kwon Yu-ri", "Seo Eun-hye")]),
])
def test_credits(text, pairs):
    assert [(c.first.text, c.second.text) for c in credits_in(segment(text))] == pairs


@pytest.mark.parametrize("text,pairs", [
    # a place or group and an occupation before the role: the role is the name after the occupation
    ("Nia Bell as Corby student Tam Orrin.", [("Nia Bell", "Tam Orrin")]),
    ("Sid Vale as Corby teacher Mr. Quist.", [("Sid Vale", "Quist")]),
    ("Ed Fry as Dunmore police officer Rob Lane.", [("Ed Fry", "Rob Lane")]),
    # the credit after it is not taken for a list of actors
    ("Nia Bell as Corby High student Tam Orrin and Sid Vale as Rob Lane.",
     [("Nia Bell", "Tam Orrin"), ("Sid Vale", "Rob Lane")]),
    # a lower-case word that is no occupation leaves the role as written
    ("Nia Bell as Rosa alongside Tam Orrin.", [("Nia Bell", "Rosa")]),
    ("Nia Bell as Rosa, a student, and Tam Orrin.", [("Nia Bell", "Rosa")]),
])
def test_credits_with_an_affiliated_occupation(text, pairs):
    assert [(c.first.text, c.second.text) for c in credits_in(segment(text))] == pairs


@pytest.mark.parametrize("text,pairs", [
    # parallel lists are paired in order, with or without "respectively"
    ("It stars Ruth Dale, Omar Fenn, and Lia Marsh as Tom Hale, Ann Cole, and Sam Reed respectively.",
     [("Ruth Dale", "Tom Hale"), ("Omar Fenn", "Ann Cole"), ("Lia Marsh", "Sam Reed")]),
    ("Ruth Dale and Omar Fenn will star as Tom and Ann.", [("Ruth Dale", "Tom"), ("Omar Fenn", "Ann")]),
    ("It stars Choi Woo-jin, Lee Bo-ra, and Oh Ji-hwan as Kang Tae-oh, Yoon Seo-yeon, and Kang Dong-su (respectively).",
     [("Choi Woo-jin", "Kang Tae-oh"), ("Lee Bo-ra", "Yoon Seo-yeon"), ("Oh Ji-hwan", "Kang Dong-su")]),
    # lists of different lengths credit no one: the last actor never gets the first role
    ("Ruth Dale and Omar Fenn will star as Tom.", []),
    ("Ruth Dale, Omar Fenn and Lia Marsh as Tom Hale and Ann Cole respectively.", []),
    # a run of single credits is not a list of actors
    ("Ruth Dale as Ann, Omar Fenn as Tom, and Lia Marsh as Sam.",
     [("Ruth Dale", "Ann"), ("Omar Fenn", "Tom"), ("Lia Marsh", "Sam")]),
    ("Meanwhile, Ruth Dale as Ann.", [("Ruth Dale", "Ann")]),
    # a description first, the name after it
    ("Ruth Dale stars as the oldest Hale sibling, Ann, along with Omar Fenn as Tom.",
     [("Ruth Dale", "Ann"), ("Omar Fenn", "Tom")]),
    ("Ruth Dale, Omar Fenn, and Lia Marsh return as the Hale siblings’ friends Ann Cole, Tom Reed and Sam Ives.",
     [("Ruth Dale", "Ann Cole"), ("Omar Fenn", "Tom Reed"), ("Lia Marsh", "Sam Ives")]),
    ("Lia Marsh plays Ann’s rival Sam.", [("Lia Marsh", "Sam")]),
    ("Lia Marsh plays the Hale family lawyer.", []),
    ("Lia Marsh plays the young Sam in the first season.", [("Lia Marsh", "Sam")]),
    ("Starring Omar Fenn as the sharp-witted Anglo-Irish family lawyer Tom Reed, the series returns.",
     [("Omar Fenn", "Tom Reed")]),
    # a parenthesis holding another work is a career note, not the role
    ("Omar Fenn (Cold Harbour) also stars as Ann’s younger brother.", [("Omar Fenn", "Cold Harbour")]),
    ("Omar Fenn (Cold Harbour) as Tom Reed, the leader of the crew.", [("Omar Fenn", "Tom Reed")]),
])
def test_credits_in_lists_and_descriptions(text, pairs):
    assert [(c.first.text, c.second.text) for c in credits_in(segment(text))] == pairs


def test_a_parenthesis_before_a_role_verb_is_an_aside():
    (credit,) = credits_in(segment("Omar Fenn (Cold Harbour) also stars as Ann’s younger brother."))
    assert credit.form == "aside"
    (credit,) = credits_in(segment("Omar Fenn (Tom Reed) is back."))
    assert credit.form == "parenthesis"


@pytest.mark.parametrize("text,credit", [
    ("One of them is Tom’s new girlfriend, who is played by Ruth Dale.", ("Tom", "Ruth Dale", "new girlfriend")),
    ("Ann Hale's younger brother (played by Omar Fenn) returns.", ("Ann Hale", "Omar Fenn", "younger brother")),
])
def test_a_role_described_by_a_relation_to_a_named_character(text, credit):
    (found,) = credits_in(segment(text))
    assert (found.form, found.first.text, found.second.text, found.description) == ("described", *credit)


def test_a_description_before_the_name_is_no_young_version():
    (credit,) = credits_in(segment("Omar Fenn stars as Ann’s younger brother Tom."))
    assert (credit.second.text, credit.young) == ("Tom", False)


@pytest.mark.parametrize("text,young", [
    ("Han Ki-woong as young Cha Min-ho", True),
    ("the younger Cha Min-ho (Han Ki-woong) returns", True),
    ("child Cha Min-ho, played by Han Ki-woong", True),
    ("Cha Min-ho (Han Ki-woong) returns", False),
    ("Cha Min-ho, played by Han Ki-woong", False),
])
def test_young_version_marker(text, young):
    (credit,) = credits_in(segment(text))
    assert credit.young is young


@pytest.mark.parametrize("text,hedged", [
    ("It would probably be released on Netflix.", True),
    ("If so, expect it in May 2022.", True),
    ("It premiered in May 2022.", False),
    ("The story begins with him waking up.", False),
    ("The show is almost certainly returning in 2022.", True),
    ("In all likelihood it returns next spring.", True),
    ("It is tentatively slated for March.", True),
    ("It certainly premiered in May 2022.", False),
    ("I am sure they will return for a second season.", True),  # the writer's conviction
    ("We're calling a second season for next year.", True),
    ("Despite the lack of confirmation, it will return next year.", True),
    ("There are several reasons to believe it will return.", True),
    ("Sure enough, the second season premiered in May 2022.", False),
])
def test_hedging(text, hedged):
    assert is_hedged(text) is hedged


def test_network_roles():
    text = "Again, it appears improbable that Netflix will greenlight fresh episodes"
    (start, end, network), = find_networks(text)
    assert network.name == "Netflix"
    assert network_role(text[:start], text[end:]) == ("owner", True)
    text = "you can watch it on Netflix or Disney plus Hotstar."
    found = find_networks(text)
    assert [n.name for _, _, n in found] == ["Netflix", "Disney+"]
    assert all(network_role(text[:a], text[b:])[0] == "distribution" for a, b, _ in found)


@pytest.mark.parametrize("text,original", [
    ("the series is an official Netflix original, yet", True),
    ("Netflix's own original series returns", True),
    ("an original Netflix drama about a lawyer", True),
    ("one of Netflix's most popular shows", False),
    ("Netflix will greenlight fresh episodes", False),
    ("the original cast is streaming on Netflix today", False),
])
def test_a_network_called_the_maker_of_an_original(text, original):
    (start, end, _), = find_networks(text)
    assert calls_original(text[:start], text[end:]) is original


def test_ambiguous_network_names_need_a_cue():
    assert find_networks("Max Verstappen said hello") == []
    assert [n.name for _, _, n in find_networks("now streaming on Max")] == ["Max"]


def test_a_company_named_after_a_network_is_not_the_network():
    text = "It is produced by BBC Studios and HBO Films, and airs on HBO."
    assert [text[a:b] for a, b, _ in find_networks(text)] == ["HBO"]


@pytest.mark.parametrize("before, event", [
    ("Filming of the season began in April 2024 and it wrapped up in ", None),  # the pronoun goes on with filming
    ("The season premiered in May and it wrapped up in ", "finale"),
    ("It won Best Drama at the Coastline Broadcasting Awards ", None),  # an award's name, no airing
    ("The show won awards after it premiered on ", "premiere"),
    ("It was nominated for Best Drama, losing to another show in its debut season in ", None),
    ("Its release date was revealed to be next year on ", None),
])
def test_events_carried_by_a_pronoun_or_named_by_an_award(before, event):
    assert air_event(before) == event


@pytest.mark.parametrize("before", ["The final episode will be released on ", "The finale will drop on ",
                                    "Series 2 is airing now, and the most recent episode arrives on "])
def test_the_last_episode_released_is_the_finale(before):
    assert air_event(before) == "finale"
    assert air_event("The first episode will be released on ") == "premiere"


def test_until_ends_a_run():
    assert air_event("It premiered on SBS on January 23 and ran until ") == "finale"


@pytest.mark.parametrize("text", [
    "There were many trials, and a few of them lasted two episodes.",
    "The first season had a case that lasted for three episodes.",
    "Choi Woo-jin appears in four episodes.",
    "Rachel Penrose joins for two episodes.",
    "It opens with a two-episode arc.",
])
def test_a_count_of_a_stretch_of_the_story_is_not_the_run(text):
    assert episode_counts(text) == []


@pytest.mark.parametrize("text", [
    "The first season lasted for 16 episodes.",
    "The show was renewed for 10 episodes.",
    "It is based on a webtoon, and it ran for 18 episodes.",
    "The series consists of ten episodes.",
])
def test_a_count_of_the_season_or_show_is_the_run(text):
    assert len(episode_counts(text)) == 1


def test_planned_counts_are_not_the_run():
    assert episode_counts("It was originally planned for 16 episodes but extended") == []
    assert episode_counts("It was planned as a 16-episode drama") == []


def test_hedging_is_judged_per_clause():
    from rumorcheck.analysis.modality import Modality, modality_at

    text = "The show has two seasons so far, and fans are hoping for more."
    seg = Segment(0, len(text), text, False, is_hedged(text), False, False)
    assert seg.hedged and modality_at(seg, 13, 24).modality is Modality.ASSERTED
    assert modality_at(seg, 40, 50).modality is Modality.HEDGED


@pytest.mark.slow
def test_sentences_from_the_start_array_are_spacys(bundled_checker):
    from rumorcheck.extract.context import _sentences

    text = "Innocent Defendant Season 2\nJi Sung stars. He plays a prosecutor!\n\nIs it back? Nobody knows"
    doc = bundled_checker.nlp(text)
    assert [s.text for s in _sentences(doc)] == [s.text for s in doc.sents]
    assert _sentences(bundled_checker.nlp("")) == []


@pytest.mark.parametrize("text, cue", [
    ("HARBOUR LIGHTS is getting a Season 2!!!", "is getting a Season"),
    ("Harbour Lights is getting a third season", "is getting a third season"),
    ("However, Harbour Lights season 3 is very near its release.", "is very near its release"),
    ("Harbour Lights is getting a remake", None),
    ("Filming is near its end", None),
])
def test_present_announcements_are_renewal_cues(text, cue):
    assert [text[a:b] for a, b in renewal_cues(text)] == ([cue] if cue else [])


@pytest.mark.parametrize("text, returns", [
    ("Harbour Lights is almost certainly returning in 2026", True),
    ("The cast will surely be back", True),
    ("Harbour Lights will return", True),
    ("The show is finally over", False),
])
def test_a_return_with_an_adverb_in_the_verb_is_told(text, returns):
    assert tells_a_return(text) is returns


def test_rumours_in_a_fronted_phrase_leave_the_season_news_asserted():
    text = ("After two years of fan campaigns, record ratings, and endless speculation, the BBC confirmed "
            "Tidewater Season 4, which will premiere in 2027.")
    (mention,) = handmade_article(text).claims.seasons
    assert mention.number == 4 and mention.asserted


@pytest.mark.parametrize("text", [
    "Tom Hale portrayed by Omar Fenn opens the season.",
    "Tom Hale played by Omar Fenn opens the season.",
    "Tom Hale voiced by Omar Fenn opens the season.",
    "Tom Hale essayed by Omar Fenn opens the season.",
])
def test_a_passive_credit_without_a_comma_names_the_character_first(text):
    assert [(c.first.text, c.second.text, c.form) for c in credits_in(segment(text))] == [
        ("Tom Hale", "Omar Fenn", "played-by")]


@pytest.mark.parametrize("text", [
    "a whole new round.” Cast Omar Fenn (Tom Hale) is back.",
    "Starring Omar Fenn (Tom Hale) and more.",
    "Stars Omar Fenn (Tom Hale) and more.",
    "Crew Omar Fenn (Tom Hale) and more.",
    "Cast: Omar Fenn (Tom Hale) and more.",
])
def test_a_heading_word_run_into_a_name_is_not_part_of_it(text):
    assert [(c.first.text, c.second.text) for c in credits_in(segment(text))] == [("Omar Fenn", "Tom Hale")]


@pytest.mark.parametrize("word", ["Starring", "Featuring", "Crew", "Cast"])
def test_a_heading_word_before_a_mention_is_dropped(word):
    from rumorcheck.extract.mentions import Chunk, strip_function_words
    text = f"{word} Omar Fenn"
    assert strip_function_words(Chunk(0, len(text), text)).text == "Omar Fenn"
