import ast
import sys
from pathlib import Path

import messaging.domain

DOMAIN = Path(messaging.domain.__file__).parent
ALLOWED_SHARED = {"shared.domain"}


def imported_modules(path: Path) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
    return modules


def test_the_domain_imports_only_the_standard_library_and_the_shared_kernel() -> None:
    offending = {
        f"{path.relative_to(DOMAIN)}: {module}"
        for path in DOMAIN.rglob("*.py")
        for module in imported_modules(path)
        if not (
            module.split(".")[0] in sys.stdlib_module_names
            or module.startswith("messaging.domain")
            or module in ALLOWED_SHARED
        )
    }
    assert not offending
