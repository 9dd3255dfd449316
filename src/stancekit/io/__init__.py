"""Exchange with other tools' formats: :mod:`stancekit.io.dna` for the Discourse Network Analyzer.

Submodules are imported on demand: ``from stancekit.io.dna import read_dna, write_dna``.
"""

__all__: list[str] = []
