"""Scoring: archived pages in, the five aspects with evidence out. Never fetches."""
