"""The dashboard's static files: all local, all shipped in the package, vendored with licences."""

from __future__ import annotations

import re
import tomllib
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "src" / "warta" / "ui" / "static"
OWN = ["index.html", "app.js", "app.css", "evidence.js", "panels.js", "tryit.js"]


def test_index_references_only_shipped_local_files() -> None:
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    refs = re.findall(r'(?:src|href)="([^"]+)"', html)
    assets = [r for r in refs if r.startswith("/static/")]
    assert len(assets) >= 8
    for ref in assets:
        assert (STATIC / ref.removeprefix("/static/")).is_file(), ref
    assert not [r for r in refs if r.startswith(("http:", "https:", "//"))]


def test_own_files_fetch_nothing_off_the_server() -> None:
    for name in OWN:
        text = (STATIC / name).read_text(encoding="utf-8")
        assert not re.search(r"https?://", text), name


def test_every_vendored_library_has_its_licence() -> None:
    libs = [d for d in (STATIC / "vendor").iterdir() if d.is_dir()]
    assert {d.name for d in libs} == {"echarts", "cytoscape", "leaflet", "world-atlas"}
    for lib in libs:
        assert (lib / "LICENSE.txt").is_file(), lib.name
    readme = (STATIC / "vendor" / "README.md").read_text(encoding="utf-8")
    for name in ("echarts 6.", "cytoscape 3.35", "leaflet 1.9", "world-atlas 2."):
        assert name in readme


def test_package_data_ships_every_static_file() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["*"]
    for path in STATIC.rglob("*"):
        if path.is_file():
            assert any(fnmatch(path.name, p) for p in patterns), f"not packaged: {path.name}"
