"""crm: contacts, lists, notes, the contact timeline, attribution and pipelines."""
