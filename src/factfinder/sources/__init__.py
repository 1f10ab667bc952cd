"""Acquire and preserve reports: originals, custody log, fetching, feeds, WARC and capture."""
