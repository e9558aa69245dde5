"""environment.yml, pyproject.toml and the Makefile's install must not drift apart."""
from __future__ import annotations

import re
import tomllib

import yaml

from analysis.paths import ROOT

PIN = re.compile(r"^\s*([A-Za-z0-9_.\-]+)\s*(?:==|=)\s*([0-9][^\s;#]*)")


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins(requirements: list[str]) -> dict[str, str]:
    pins = {}
    for requirement in requirements:
        match = PIN.match(requirement)
        assert match, f"requirement {requirement!r} is not pinned to one version"
        pins[_canonical(match.group(1))] = match.group(2)
    return pins


def _pyproject_pins() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        requirements.extend(extra)
    return _pins(requirements)


def _environment_pins() -> dict[str, str]:
    environment = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    conda, pip = [], []
    for dependency in environment["dependencies"]:
        if isinstance(dependency, dict):
            pip.extend(item for item in dependency.get("pip", []) if not item.startswith("-e"))
        elif not _canonical(dependency.split("=")[0]) in {"python", "pip"}:
            conda.append(dependency)
    return _pins(conda + pip)


def test_every_pyproject_pin_is_in_environment_yml_with_the_same_version():
    assert _environment_pins() == _pyproject_pins()


def test_the_test_extra_holds_every_other_extra():
    """``make test`` installs ``.[test]``: an extra's pins there too, so the tests of optional backends run, never skip."""
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    test = _pins(extras["test"])
    for name, requirements in extras.items():
        assert _pins(requirements).items() <= test.items(), f"extra {name!r} is not in the test extra at the same pins"


def test_environment_yml_installs_the_package_itself():
    environment = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pip_section = next(item["pip"] for item in environment["dependencies"] if isinstance(item, dict))
    assert "-e ." in pip_section


def test_makefile_installs_from_pyproject_with_the_test_extra():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"pip install[^\n]*-e\s+['\"]?\.\[test\]", makefile), "Makefile must install -e .[test]"
    assert "pyproject.toml" in makefile, "the Makefile's install stamp must depend on pyproject.toml"
