"""Merging reports: near-duplicate documents (MinHash/LSH) and event clusters (pure).

The store (`warta.store.clusters`) persists what these functions decide.
"""

from warta.dedup.clustering import ClusterIndex, ClusterState, cluster_id_for
from warta.dedup.keys import Period, cluster_key, compatible_types, counted, period
from warta.dedup.minhash import LSHIndex, jaccard, signature, source_of
from warta.dedup.summary import Member, summarize

__all__ = [
    "ClusterIndex", "ClusterState", "LSHIndex", "Member", "Period", "cluster_id_for",
    "cluster_key", "compatible_types", "counted", "jaccard", "period", "signature",
    "source_of", "summarize",
]
