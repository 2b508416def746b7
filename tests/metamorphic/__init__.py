"""Metamorphic test sites for servicekoll, written from RUBRIC.md alone."""
