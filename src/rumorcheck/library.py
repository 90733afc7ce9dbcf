"""A folder of references, loaded and indexed once; and which show an article is about."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz

from .errors import InvalidReference, UsageError
from .names import NameResolver, fold
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


@dataclass
class Library:
    references: list[Reference]
    resolvers: dict[str, NameResolver] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | str | None = None) -> "Library":
        """One reference file, or every ``*.yaml`` in a folder (recursively)."""
        path = Path(path) if path is not None else bundled_reference_dir()
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix in REFERENCE_SUFFIXES and p.is_file())
            if not files:
                raise UsageError(f"{path}: no reference files (*.yaml) in this folder")
        elif path.exists():
            files = [path]
        else:
            raise InvalidReference(path, "no such file or folder")
        references = [load_reference(f) for f in files]
        seen: dict[str, Path] = {}
        for ref in references:
            if ref.id in seen:
                raise InvalidReference(ref.path, f"id {ref.id!r} is also used by {seen[ref.id]}", line=1, field="id")
            seen[ref.id] = ref.path
        return cls(references)

    def get(self, reference_id: str) -> Reference:
        for ref in self.references:
            if ref.id == reference_id:
                return ref
        known = ", ".join(sorted(r.id for r in self.references))
        raise UsageError(f"no reference with id {reference_id!r} (known: {known})")

    def resolver(self, reference: Reference) -> NameResolver:
        if reference.id not in self.resolvers:
            self.resolvers[reference.id] = NameResolver.for_reference(reference)
        return self.resolvers[reference.id]

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

    def identify(self, headline: str, text: str) -> tuple[Reference, float] | None:
        """The reference whose title best matches the article; None when nothing does."""
        if len(self.references) == 1:
            return self.references[0], 1.0
        best: tuple[Reference, float] | None = None
        folded_head, folded_text = fold(headline), fold(text[:5000])
        for ref in self.references:
            titles = [fold(t) for t in (ref.title, *ref.show.aliases) if t]
            score = max(
                max(fuzz.partial_ratio(t, folded_head) for t in titles),
                max(90.0 if t in folded_text else 0.0 for t in titles),
            )
            if best is None or score > best[1]:
                best = (ref, score)
        if best is None or best[1] < 80:
            return None
        return best[0], best[1] / 100
