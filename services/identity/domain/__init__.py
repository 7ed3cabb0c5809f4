"""identity's domain layer: aggregates, values, events and ports.

Imports only the standard library and `shared.domain`; hashing, encryption,
clocks and payments are ports (see `ports`) that adapters implement.
"""
