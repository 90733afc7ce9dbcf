"""Number words and ordinals, as articles write them."""

from __future__ import annotations

CARDINALS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "twenty-four": 24, "thirty": 30,
    "thirty-two": 32, "forty": 40, "fifty": 50,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}
CARDINAL_PATTERN = r"\d{1,3}|" + "|".join(sorted(CARDINALS, key=len, reverse=True))
ORDINAL_PATTERN = r"\d{1,3}(?:st|nd|rd|th)|" + "|".join(sorted(ORDINALS, key=len, reverse=True))


def cardinal(text: str) -> int | None:
    text = text.lower().strip()
    return int(text) if text.isdigit() else CARDINALS.get(text)


def ordinal(text: str) -> int | None:
    text = text.lower().strip()
    digits = text.rstrip("stndrh")
    return int(digits) if digits.isdigit() else ORDINALS.get(text)
