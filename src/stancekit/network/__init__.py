"""Discourse networks from stances, with the Discourse Network Analyzer's semantics.

Every stance is one row of a statement table (:func:`stance_table`): the holder (a person,
or the organisation they speak for), the target key, the polarity and the article. From it:

- :func:`two_mode`: the actor x target matrix;
- :func:`one_mode`: the actor x actor matrix of shared targets (congruence, conflict...);
- :func:`reaction_network`: the directed network of reactions (who criticises whom);
- :func:`plot`: the agreement network and the positions per proposal, as a picture;
- exports of the resulting :class:`Matrix`: JSON, CSV edge lists, GraphML (Gephi) and
  networkx graphs; and pandas DataFrames of statements, stances, reactions and actors
  (:func:`frames`, also :meth:`Article.frames` and :meth:`Corpus.frames`).

networkx, pandas and matplotlib are optional extras, imported only by the functions that need them.
See ``docs/networks.md`` for the semantics and how they map to DNA.
"""

from ._export import edges_csv, graphml, to_networkx
from ._frames import (
    Frames,
    actors_frame,
    frames,
    reactions_frame,
    stances_frame,
    statements_frame,
)
from ._matrix import (
    Aggregation,
    Duplicates,
    Matrix,
    NetworkType,
    Normalization,
    network,
    one_mode,
    two_mode,
)
from ._plot import PLOT_FORMATS, plot
from ._reactions import ReactionEdge, ReactionNetwork, reaction_network
from ._table import PERSON_LIKE, Level, StanceRow, organization_of, represented, stance_table

__all__ = [
    "PERSON_LIKE",
    "PLOT_FORMATS",
    "Aggregation",
    "Duplicates",
    "Frames",
    "Level",
    "Matrix",
    "NetworkType",
    "Normalization",
    "ReactionEdge",
    "ReactionNetwork",
    "StanceRow",
    "actors_frame",
    "edges_csv",
    "frames",
    "graphml",
    "network",
    "one_mode",
    "organization_of",
    "plot",
    "reaction_network",
    "reactions_frame",
    "represented",
    "stance_table",
    "stances_frame",
    "statements_frame",
    "to_networkx",
    "two_mode",
]
