"""messaging's Temporal workflows and activities."""
