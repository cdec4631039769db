"""Places: an offline gazetteer (GeoNames + hand-made Indonesian data) and place finding."""

from warta.places.finder import country_location, dateline_place, find_places

__all__ = ["country_location", "dateline_place", "find_places"]
