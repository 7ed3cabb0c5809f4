"""identity: users, projects (the tenant), members, credentials and billing."""
