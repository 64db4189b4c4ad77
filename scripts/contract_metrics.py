#!/usr/bin/env python3
"""Measure how spread out the data contract is in `generator/` (issue 18's before/after figures).

Usage::

    python scripts/contract_metrics.py [--root generator] [--top 8]

Prints, per module and in total:

- **literals**: string literals (outside docstrings) equal to a name of the data contract, in
  modules other than the contract's own (``schema.py``, ``contract.py``): a field's Chinese header
  or alias (``fields``), a kind's folder name (``kinds``), an internal column such as ``_status``
  (``internal``; a module-level constant declaring one counts too);
- **kind branches**: comparisons of something with a kind's name, written out or as the contract's
  constant for it (``kind == "penalties"``, ``kind == PENALTIES``, ``kind in (REDLIST, BLACKLIST)``,
  ``if kind != "licenses"``): a branch that only swapped its literal for a constant still counts;
- **rule reads**: reads of a per-kind rule declared as data in the contract (an attribute of
  ``contract.KindRules``, e.g. ``KIND_RULES[kind].lapses``): where a branch became data, it shows
  here instead, so a stage that still treats kinds apart is never hidden;
- **process pools**: places that create a ``ProcessPoolExecutor`` or ``multiprocessing.Pool``;
- **longest functions**: the longest functions and methods (lines from ``def`` to the last line).

Read with `ast`: comments and docstrings never count.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.schema import KINDS  # noqa: E402

CONTRACT_MODULES = {"schema.py", "contract.py"}
NOT_COLUMNS = {"_bundled"}  # resources.py: a folder name


def contract_names(root: Path) -> tuple[set[str], set[str], set[str]]:
    """(field headers and aliases, kind names, internal column names) of the contract.

    Internal columns are the module-level constants whose value starts with "_" (``STATUS =
    "_status"``) wherever they are declared today.
    """
    fields = {f.name for k in KINDS.values() for f in k.fields} | {a for k in KINDS.values() for f in k.fields
                                                                    for a in f.aliases}
    internal = set()
    for path in root.glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) \
                    and isinstance(node.value.value, str) and node.value.value.startswith("_") \
                    and len(node.value.value) > 2 and node.value.value not in NOT_COLUMNS:
                internal.add(node.value.value)
    return fields, set(KINDS), internal


def kind_constants(root: Path) -> set[str]:
    """Names the contract module gives the kinds (``PENALTIES = "penalties"``), where it has any."""
    path = root / "contract.py"
    if not path.is_file():
        return set()
    return {target.id for node in ast.parse(path.read_text(encoding="utf-8")).body if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant) and node.value.value in KINDS
            for target in node.targets if isinstance(target, ast.Name)}


def rule_names(root: Path) -> set[str]:
    """The attributes of the contract's per-kind rules (``class KindRules`` in contract.py), where it has one."""
    path = root / "contract.py"
    if not path.is_file():
        return set()
    return {node.target.id for cls in ast.parse(path.read_text(encoding="utf-8")).body
            if isinstance(cls, ast.ClassDef) and cls.name == "KindRules"
            for node in cls.body if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)}


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
    return ids


def measure(path: Path, fields: set[str], kinds: set[str], internal: set[str],
            kind_names: frozenset[str] | set[str] = frozenset(),
            rules: frozenset[str] | set[str] = frozenset()) -> dict[str, object]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    literals = Counter[str]()
    branches = 0
    reads = 0
    pools = 0
    functions: list[tuple[int, str]] = []
    names = fields | kinds | internal
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip \
                and node.value in names:
            literals[node.value] += 1
        elif isinstance(node, ast.Compare):
            consts = [c for c in [node.left, *node.comparators] if isinstance(c, ast.Constant | ast.Tuple | ast.Set
                                                                           | ast.List)]
            values = []
            for c in consts:
                values += [e.value for e in (c.elts if isinstance(c, ast.Tuple | ast.Set | ast.List) else [c])
                           if isinstance(e, ast.Constant)]
            operands = [node.left, *node.comparators]
            named = [e for c in operands for e in (c.elts if isinstance(c, ast.Tuple | ast.Set | ast.List) else [c])
                     if isinstance(e, ast.Name) and e.id in kind_names]
            if any(isinstance(v, str) and v in kinds for v in values) or named:
                branches += 1
        elif isinstance(node, ast.Attribute) and node.attr in rules and isinstance(node.ctx, ast.Load):
            reads += 1
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name in ("ProcessPoolExecutor", "Pool"):
                pools += 1
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            functions.append(((node.end_lineno or node.lineno) - node.lineno + 1, f"{path.name}:{node.name}"))
    return {"literals": literals, "branches": branches, "reads": reads, "pools": pools, "functions": functions}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT / "generator")
    parser.add_argument("--top", type=int, default=8)
    args = parser.parse_args()
    fields, kinds, internal = contract_names(args.root)
    kind_names = kind_constants(args.root)
    rules = rule_names(args.root)
    rows = []
    all_functions: list[tuple[int, str]] = []
    for path in sorted(args.root.glob("*.py")):
        m = measure(path, fields, kinds, internal, kind_names, rules)
        all_functions += m["functions"]  # type: ignore[arg-type]
        if path.name in CONTRACT_MODULES:
            continue
        literals: Counter[str] = m["literals"]  # type: ignore[assignment]
        split = (sum(n for v, n in literals.items() if v in fields), sum(n for v, n in literals.items() if v in kinds),
                 sum(n for v, n in literals.items() if v in internal and v not in fields | kinds))
        rows.append((path.name, *split, m["branches"], m["reads"], m["pools"]))
    head = ("module", "fields", "kinds", "internal", "all literals", "kind branches", "rule reads", "pools")
    print(f"{head[0]:<18}" + "".join(f"{h:>14}" for h in head[1:]))
    for name, f, k, i, br, rd, pools in sorted(rows, key=lambda r: (-(r[1] + r[2] + r[3]), r[0])):
        if f or k or i or br or rd or pools:
            print(f"{name:<18}" + "".join(f"{v:>14}" for v in (f, k, i, f + k + i, br, rd, pools)))
    sums = [sum(r[j] for r in rows) for j in range(1, 7)]
    print(f"{'total':<18}" + "".join(f"{v:>14}" for v in (*sums[:3], sum(sums[:3]), *sums[3:])))
    print(f"\nlongest functions (top {args.top}):")
    for length, name in sorted(all_functions, reverse=True)[:args.top]:
        print(f"  {length:>4}  {name}")


if __name__ == "__main__":
    main()
