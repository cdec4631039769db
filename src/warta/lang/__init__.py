"""Language knowledge: detection, segmentation, morphology and the per-language data packs."""
