"""messaging's domain: channels, chats, sessions, messages, agents, history imports.

Pure Python: imports only `shared.domain` and the standard library.
"""
