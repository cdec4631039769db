"""Data flows one way: a package imports only packages of its own rank or below (DESIGN.md)."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "warta"

# ingest -> model -> lang -> actors -> coding -> dates/places -> dedup -> store -> api/ui
RANK = {
    "model": 0, "settings": 0, "ingest": 1, "lang": 1, "actors": 2, "dates": 2, "places": 2, "coding": 3,
    "pipeline": 4, "evaluation": 4, "dedup": 5, "store": 6, "runners": 7, "api": 7, "ui": 7,
    "cli": 8,
}
STORE_USERS = {"store", "cli", "api", "runners", "ui"}


def _package(path: Path) -> str:
    rel = path.relative_to(SRC)
    return rel.parts[0].removesuffix(".py") if rel.parts else ""


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("warta."):
            out.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            out.update(a.name.split(".")[1] for a in node.names if a.name.startswith("warta."))
    return out


def _modules() -> list[Path]:
    return [p for p in SRC.rglob("*.py") if p.parent != SRC or p.name != "__init__.py"]


def test_every_package_has_a_rank() -> None:
    packages = {_package(p) for p in _modules()} - {"__init__", "__main__"}
    assert packages <= set(RANK), f"give these a rank: {packages - set(RANK)}"


def test_imports_flow_one_way() -> None:
    wrong = []
    for path in _modules():
        pkg = _package(path)
        if pkg not in RANK:
            continue
        for dep in _imports(path):
            if dep in RANK and RANK[dep] > RANK[pkg]:
                wrong.append(f"{path.relative_to(SRC)} imports warta.{dep}")
    assert not wrong, "imports against the flow:\n" + "\n".join(wrong)


def test_only_cli_api_and_runners_touch_the_store() -> None:
    touching = {str(p.relative_to(SRC)) for p in _modules()
                if "store" in _imports(p) and _package(p) not in STORE_USERS}
    assert not touching, touching


def test_model_imports_nothing_else_of_warta() -> None:
    for path in (SRC / "model").rglob("*.py"):
        assert _imports(path) <= {"model"}, path
