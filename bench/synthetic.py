"""Synthetic show references for benchmarks and scale tests: plausible, random, reproducible.

Titles, people and characters are assembled from small word and syllable pools, so many
synthetic shows share words and surnames with each other (as real libraries do), but none is a
real show.
"""

from __future__ import annotations

import random
from pathlib import Path

import yaml

TITLE_WORDS = """Silent Harbour Crimson Road Winter Garden Hidden Crown Broken Mirror Last Witness
Golden Hour Midnight Station Paper Moon Distant Shore Iron Bridge Glass House Secret River Quiet
Storm Falling Star Lost Kingdom Burning Sky Fragile Heart Northern Light Endless Night""".split()
NETWORKS = ["KBS2", "MBC", "SBS TV", "tvN", "JTBC", "BBC One", "ITV", "Channel 4", "Netflix", "HBO", "Hulu", "AMC"]
KOREAN_SURNAMES = "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Ryu Hong".split()
KOREAN_SYLLABLES = "min ji soo hyun woo jin young hee seok joon ha yeon eun kyung sung ho chul mi na ra".split()
WESTERN_FIRST = """Anna Ben Clara Daniel Emma Felix Grace Henry Isla Jack Kate Liam Mia Noah Olivia Peter
Rosa Sam Tara Victor""".split()
WESTERN_LAST = """Abbott Baker Carter Dawson Ellis Foster Grant Hughes Irving Jensen Keller Lawson Mercer
Norton Owens Porter Quinn Reyes Sutton Turner""".split()


def person(rng: random.Random) -> str:
    if rng.random() < 0.5:
        given = rng.choice(KOREAN_SYLLABLES).capitalize() + "-" + rng.choice(KOREAN_SYLLABLES)
        return f"{rng.choice(KOREAN_SURNAMES)} {given}"
    return f"{rng.choice(WESTERN_FIRST)} {rng.choice(WESTERN_LAST)}"


def show(rng: random.Random, number: int) -> dict:
    title = " ".join(rng.sample(TITLE_WORDS, rng.choice((2, 3))))
    seasons = rng.randint(1, 3)
    year = rng.randint(2005, 2024)
    people: dict[str, str] = {}
    while len(people) < rng.randint(8, 30):
        actor, character = person(rng), person(rng)
        if actor not in people and character not in people.values() and actor != character:
            people[actor] = character
    return {
        "id": f"synthetic-{number:05d}",
        "title": f"{title} {number}",  # the number keeps titles unique in a large library
        "country": "Nowhere",
        "language": "English",
        "network": rng.choice(NETWORKS),
        "status": "ended",
        "seasons": [{"number": n, "episodes": rng.choice((8, 12, 16)),
                     "first_aired": f"{year + n - 1}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"}
                    for n in range(1, seasons + 1)],
        "cast": [{"name": a, "billing": "main", "roles": [{"character": c}]} for a, c in people.items()],
        "sources": [{"id": "synthetic", "url": f"https://example.org/synthetic/{number}"}],
    }


def write_library(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """Write ``count`` synthetic references into ``folder``; return their paths."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"synthetic-{number:05d}.yaml"
        path.write_text(yaml.safe_dump(show(rng, number), sort_keys=False, allow_unicode=True), encoding="utf-8")
        paths.append(path)
    return paths
