"""Loads every generated module once so tests can walk the descriptors."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from types import ModuleType

import pytest
from google.protobuf import descriptor

import ventros

ROOT = Path(__file__).resolve().parents[2]


def generated_module_names() -> list[str]:
    return sorted(
        info.name
        for info in pkgutil.walk_packages(ventros.__path__, prefix="ventros.")
        if not info.ispkg
    )


@pytest.fixture(scope="session")
def generated_modules() -> list[ModuleType]:
    return [importlib.import_module(name) for name in generated_module_names()]


@pytest.fixture(scope="session")
def files(generated_modules: list[ModuleType]) -> list[descriptor.FileDescriptor]:
    return [m.DESCRIPTOR for m in generated_modules if m.__name__.endswith("_pb2")]


@pytest.fixture(scope="session")
def services(files: list[descriptor.FileDescriptor]) -> list[descriptor.ServiceDescriptor]:
    return [s for f in files for s in f.services_by_name.values()]


@pytest.fixture(scope="session")
def methods(services: list[descriptor.ServiceDescriptor]) -> list[descriptor.MethodDescriptor]:
    return [m for s in services for m in s.methods]


def all_messages(files: list[descriptor.FileDescriptor]) -> list[descriptor.Descriptor]:
    def walk(message: descriptor.Descriptor) -> list[descriptor.Descriptor]:
        return [message, *(n for nested in message.nested_types for n in walk(nested))]

    return [m for f in files for top in f.message_types_by_name.values() for m in walk(top)]


@pytest.fixture(scope="session")
def messages(files: list[descriptor.FileDescriptor]) -> list[descriptor.Descriptor]:
    return all_messages(files)
