"""What a user installs: the floors .ci/run tests, the sdist, and the wheel in a fresh environment."""

from __future__ import annotations

import email.parser
import io
import json
import os
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

import thread_validator
from thread_validator import _schema
from thread_validator.cli import run

if sys.version_info >= (3, 11):
    import tomllib
else:  # the package's own dependency on Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
CONSTRAINTS = ROOT / ".ci" / "constraints-lowest.txt"


def _floored() -> list[Requirement]:
    """Every requirement whose lower bound the lowest run installs: the build system, the project's
    dependencies and extras, and the `test` group (`ci` is pinned exactly; `bench` is not run)."""
    texts = [
        *PYPROJECT["build-system"]["requires"],
        *PYPROJECT["project"]["dependencies"],
        *(
            text
            for extra in PYPROJECT["project"]["optional-dependencies"].values()
            for text in extra
        ),
        *PYPROJECT["dependency-groups"]["test"],
    ]
    return [Requirement(text) for text in texts]


def _floor(requirement: Requirement) -> Version:
    [bound] = [spec.version for spec in requirement.specifier if spec.operator == ">="]
    return Version(bound)


def _constraints() -> dict[str, Requirement]:
    lines = CONSTRAINTS.read_text("utf-8").splitlines()
    pins = [Requirement(line) for line in lines if line.strip() and not line.startswith("#")]
    assert len({pin.name for pin in pins}) == len(pins), "a package is pinned twice"
    return {pin.name.lower(): pin for pin in pins}


def test_every_requirement_has_a_lower_bound() -> None:
    """An unbounded requirement cannot be tested at its lowest version."""
    for requirement in _floored():
        assert _floor(requirement), requirement


def test_the_lowest_constraints_pin_exactly_the_floors_of_pyproject() -> None:
    """.ci/constraints-lowest.txt pins each floor of pyproject.toml, with its marker, and nothing
    else: raising a floor without the pin (or the other way round) fails here."""
    pins = _constraints()
    floors: dict[str, tuple[Version, object]] = {}
    for requirement in _floored():
        name = requirement.name.lower()
        floor = (_floor(requirement), requirement.marker and str(requirement.marker))
        assert floors.setdefault(name, floor) == floor, f"{name} has two different floors"
    assert set(pins) == set(floors)
    for name, (version, marker) in floors.items():
        [spec] = pins[name].specifier
        assert spec.operator == "==", pins[name]
        assert Version(spec.version) == version, f"{name}: pinned {spec.version}, floor {version}"
        assert (pins[name].marker and str(pins[name].marker)) == marker, name


def test_the_lint_and_build_tools_are_pinned_exactly() -> None:
    """The `ci` group: a new linter release arrives as a change to pyproject.toml, not as red CI."""
    for text in PYPROJECT["dependency-groups"]["ci"]:
        [spec] = Requirement(text).specifier
        assert spec.operator == "==", text


def _pep517(hook: str, source: Path, out: Path) -> Path:
    """Run a setuptools build hook on ``source`` as a front end would, without build isolation."""
    code = f"import sys; from setuptools import build_meta; print(build_meta.{hook}(sys.argv[1]))"
    result = subprocess.run(
        [sys.executable, "-c", code, str(out)],
        cwd=source,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return out / result.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def sdist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _pep517("build_sdist", ROOT, tmp_path_factory.mktemp("sdist"))


@pytest.fixture(scope="module")
def wheel(sdist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from the unpacked sdist, as pip builds it from a source download."""
    unpacked = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(sdist) as archive:
        # The "data" filter refuses links and paths outside the folder; older Pythons lack it.
        archive.extractall(
            unpacked, **({"filter": "data"} if hasattr(tarfile, "data_filter") else {})
        )
    [tree] = unpacked.iterdir()
    return _pep517("build_wheel", tree, tmp_path_factory.mktemp("wheel"))


@pytest.mark.slow
def test_the_sdist_holds_what_builds_the_package_and_no_tests(sdist: Path) -> None:
    """The sdist is the package, its schemas, README, LICENSE and pyproject.toml; the tests and the
    build-time tools need the whole repository, so neither is shipped half."""
    version = thread_validator.__version__
    assert sdist.name == f"thread_validator-{version}.tar.gz"
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert {"LICENSE", "README.md", "pyproject.toml", "thread_validator/py.typed"} <= names
    assert f"schemas/{_schema.SCHEMA_FILE}" in names
    assert not any(name.startswith(("tests/", "tools/", ".ci/")) for name in names)
    assert "schemas/build.py" not in names


@pytest.mark.slow
def test_the_wheel_carries_the_schemas_license_and_metadata(wheel: Path) -> None:
    """What pip and PyPI read: the SPDX license with its file, the version from the package,
    the classifiers; the build-time tools are not in it."""
    version = thread_validator.__version__
    assert wheel.name == f"thread_validator-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        info = f"thread_validator-{version}.dist-info"
        metadata = email.parser.Parser().parsestr(archive.read(f"{info}/METADATA").decode())
    assert f"thread_validator/schemas/{_schema.SCHEMA_FILE}" in names
    assert "thread_validator/py.typed" in names
    for subpackage in ("migrate", "traffic"):
        assert f"thread_validator/{subpackage}/__init__.py" in names
    assert f"{info}/licenses/LICENSE" in names
    assert not any(name.endswith(("build.py", "_rules_doc.py", "rules_table.py")) for name in names)
    assert metadata["Version"] == version
    assert metadata["License-Expression"] == "MIT"
    assert metadata.get_all("License-File") == ["LICENSE"]
    assert metadata["Requires-Python"] == ">=3.10"
    classifiers = metadata.get_all("Classifier")
    for classifier in ("Typing :: Typed", "Framework :: Hypothesis", "Environment :: Console"):
        assert classifier in classifiers
    assert not [c for c in classifiers if c.startswith("License ::")], "the SPDX field says it"
    # The test tools are a dependency group, not an extra users could install.
    assert sorted(metadata.get_all("Provides-Extra")) == ["dask", "hypothesis", "openai"]


@pytest.mark.slow
def test_the_wheel_in_a_fresh_environment_checks_the_corpus(
    wheel: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pip installs the wheel and its declared dependencies into a new virtual environment; its
    console script reports on the corpus exactly as the source tree does."""
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel)],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    clean = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    where = subprocess.run(
        [str(python), "-c", "import thread_validator; print(thread_validator.__file__)"],
        cwd=tmp_path,
        env=clean,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(where.stdout.strip()).is_relative_to(env_dir)
    for kind in ("thread", "message"):
        args = ["--format", "json", "--kind", kind, f"tests/corpus/{kind}"]
        result = subprocess.run(
            [str(bin_dir / "thread-validator"), *args],
            cwd=ROOT,
            env={**clean, "NO_COLOR": "1"},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        expected = io.StringIO()
        assert run(args, expected, io.StringIO()) == 1
        assert (result.returncode, result.stderr) == (1, "")
        assert json.loads(result.stdout) == json.loads(expected.getvalue())
        # tests/corpus/KIND/valid/... and tests/corpus/KIND/invalid/...: both, each as its folder says.
        verdicts = {
            (f["path"].split("/")[3], f["valid"]) for f in json.loads(result.stdout)["files"]
        }
        assert verdicts == {("valid", True), ("invalid", False)}
