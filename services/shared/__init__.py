"""Plumbing every bounded context uses; it knows no context's nouns."""
