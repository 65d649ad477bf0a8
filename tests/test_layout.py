"""The layout holds: no import cycle, no import upward, no import of a module that is gone.

The import graph is read from the code (every ``import`` and ``from … import``, also those
inside functions), so a cycle or an upward import cannot come back unnoticed. Layers, low
to high: what a layer's modules import must sit in the same layer or below, and within a
layer the modules must not import each other in a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "index", "nlu", "e5convert", "guidebot_rasa")

#: Low to high. A module belongs to the longest prefix listed.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("nlu", "e5convert"),
    ("bot.settings", "bot.security", "bot.services", "bot.channels.senders",
     "bot.channels.rasa_rest", "guidebot_rasa", "bot.balancer"),
    ("bot.catalog", "bot.store", "bot.supervisor"),
    ("index",),
    ("bot.answers",),
    ("bot.dialogue", "bot.suggest"),
    ("bot.handoff",),
    ("bot.rasa", "bot.channels.terminal", "bot.channels.web", "bot.channels.telegram"),
    ("bot.staff", "bot.api"),
    ("bot.app", "bot.launcher"),
    ("bot.evaluation", "bot.cli", "bot.cli_publish"),
)


def _modules() -> dict[str, Path]:
    out = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            out[".".join(parts)] = path
    return out


MODULES = _modules()


def _imported(module: str, path: Path) -> set[str]:
    """Every name a module imports, as written (``a.b`` and ``a.b.c`` for ``from a.b
    import c``), relative imports made absolute."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            names.add(source)
            names.update(f"{source}.{a.name}" for a in node.names)
    return names


def _ours(name: str) -> bool:
    return name.split(".")[0] in PACKAGES


def _resolve(name: str) -> str | None:
    """The module of ours a name is or lies in (``bot.x.f`` → ``bot.x``)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        targets = {_resolve(n) for n in _imported(module, path) if _ours(n)}
        graph[module] = {t for t in targets if t and t != module}
    return graph


def _layer(module: str) -> int:
    best, found = -1, -1
    for i, layer in enumerate(LAYERS):
        for prefix in layer:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, found = len(prefix), i
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_every_module_has_a_layer() -> None:
    """A new module is given its place in LAYERS (a package's __init__ that imports
    nothing needs none)."""
    graph = _graph()
    assert [m for m in MODULES if _layer(m) < 0
            and not (MODULES[m].name == "__init__.py" and not graph[m])] == []


def _defined(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {n.name for n in tree.body if isinstance(n, ast.FunctionDef | ast.ClassDef)}
    names |= {t.id for n in tree.body if isinstance(n, ast.Assign)
              for t in n.targets if isinstance(t, ast.Name)}
    names |= {a.asname or a.name for n in tree.body if isinstance(n, ast.ImportFrom)
              for a in n.names}
    return names


def _gone(name: str) -> bool:
    """Whether an imported name of ours names no module (``from bot import chat`` once
    bot/chat.py moved): not a module, nor a name a module defines."""
    module = _resolve(name)
    if module is None:
        return True
    rest = name[len(module) + 1:]
    if not rest:
        return False
    if "." in rest:
        return True
    path = MODULES[module]
    return path.name == "__init__.py" and rest not in _defined(path)


def test_no_import_of_a_module_that_is_gone() -> None:
    gone = sorted(f"{module}: {name}" for module, path in MODULES.items()
                  for name in _imported(module, path) if _ours(name) and _gone(name))
    assert gone == []


def test_no_import_cycle() -> None:
    assert _cycles(_graph()) == []


def test_no_upward_import() -> None:
    upward = sorted(f"{module} (layer {_layer(module)}) imports {target} "
                    f"(layer {_layer(target)})"
                    for module, targets in _graph().items() for target in targets
                    if _layer(module) >= 0 and _layer(target) > _layer(module))
    assert upward == []


def test_the_checks_catch_what_they_look_for() -> None:
    """The checks themselves: a cycle and an upward import are found."""
    assert _cycles({"a": {"b"}, "b": {"a"}, "c": set()}) == [["a", "b"]]
    assert _layer("bot.dialogue.engine") < _layer("bot.channels.web.proxy")
    assert _layer("bot.channels.senders") < _layer("bot.handoff.service")
    assert _resolve("bot.dialogue.engine.Dialogue") == "bot.dialogue.engine"
    assert _gone("bot.chat") and _gone("bot.nothing.here")
    assert not _gone("bot.dialogue.engine.Dialogue") and not _gone("bot.channels.web")
