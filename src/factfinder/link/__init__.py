"""Linking: near-duplicates, actors, incidents, figures, corroboration, responses, timeline."""
