"""Package data: the register, the lexicon and the demo's sample sites (read with importlib.resources)."""
