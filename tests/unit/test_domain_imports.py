"""Every context's domain layer imports only the standard library, itself and the shared
kernel: no gRPC, SQLAlchemy or generated code."""

import ast
import importlib
import sys
from pathlib import Path

import pytest

CONTEXTS = ("identity", "crm", "messaging")
# The shared kernel: pure Python, standard library only (shared.authz is the permission-
# string matcher, shared.values the bounded text and email values).
SHARED_KERNEL = {"shared.domain", "shared.authz", "shared.values"}


def imported_modules(path: Path) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
    return modules


@pytest.mark.parametrize("context", CONTEXTS)
def test_the_domain_imports_only_the_standard_library_and_the_shared_kernel(context: str) -> None:
    domain = Path(importlib.import_module(f"{context}.domain").__file__ or "").parent
    offending = {
        f"{path.relative_to(domain)}: {module}"
        for path in domain.rglob("*.py")
        for module in imported_modules(path)
        if not (
            module.split(".")[0] in sys.stdlib_module_names
            or module.startswith(f"{context}.domain")
            or module in SHARED_KERNEL
        )
    }
    assert not offending


@pytest.mark.parametrize("module", sorted(SHARED_KERNEL))
def test_the_shared_kernel_imports_only_the_standard_library_and_itself(module: str) -> None:
    path = Path(importlib.import_module(module).__file__ or "")
    outside = {
        name
        for name in imported_modules(path)
        if name.split(".")[0] not in sys.stdlib_module_names and name not in SHARED_KERNEL
    }
    assert not outside
