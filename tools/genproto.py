"""Regenerate gen/ from proto/ventros/** with grpcio-tools' bundled protoc.

gen/ is a pure function of proto/: it is wiped and rebuilt, never edited.
`--check` regenerates into a temporary folder and fails when gen/ differs.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import sys
import tempfile
from importlib import resources
from pathlib import Path

from grpc_tools import protoc

ROOT = Path(__file__).resolve().parent.parent
PROTO = ROOT / "proto"
GEN = ROOT / "gen"


def generate(out: Path) -> None:
    sources = sorted(str(p.relative_to(PROTO)) for p in (PROTO / "ventros").rglob("*.proto"))
    well_known = str(resources.files("grpc_tools") / "_proto")
    out.mkdir(parents=True, exist_ok=True)
    args = [
        "protoc",
        f"-I{PROTO}",
        f"-I{well_known}",
        f"--python_out={out}",
        f"--pyi_out={out}",
        f"--grpc_python_out={out}",
        *sources,
    ]
    if protoc.main(args) != 0:
        raise SystemExit("protoc failed")
    for package in [out / "ventros", *(out / "ventros").rglob("*")]:
        if package.is_dir():
            (package / "__init__.py").touch()


def differences(left: Path, right: Path) -> list[str]:
    cmp = filecmp.dircmp(left, right, ignore=["__pycache__"])
    found = [f"only in {cmp.left}: {n}" for n in cmp.left_only]
    found += [f"only in {cmp.right}: {n}" for n in cmp.right_only]
    _, mismatch, errors = filecmp.cmpfiles(left, right, cmp.common_files, shallow=False)
    found += [f"differs: {left / n}" for n in mismatch + errors]
    for sub in cmp.common_dirs:
        found += differences(left / sub, right / sub)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail when gen/ is stale")
    options = parser.parse_args()
    if options.check:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / "gen"
            generate(fresh)
            stale = differences(fresh, GEN) if GEN.exists() else ["gen/ is missing"]
        for line in stale:
            print(line, file=sys.stderr)
        return 1 if stale else 0
    shutil.rmtree(GEN / "ventros", ignore_errors=True)
    generate(GEN)
    return 0


if __name__ == "__main__":
    sys.exit(main())
