"""crm's domain layer: aggregates, values, events and the rules they keep.

Imports only the standard library and `shared.domain`; storage, transport and
the SQL that evaluates contact-list rules live in the adapters.
"""
