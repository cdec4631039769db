"""PLOVER/CAMEO tables: the table shipped with warta, Goldstein scores and QuadClass."""

from __future__ import annotations

from warta.coding import ontology


def test_cameo_table_maps_codes_to_plover() -> None:
    table = ontology.cameo_table()
    assert table["041"].event == "CONSULT" and table["041"].mode == "phone"
    assert table["173"].event == "COERCE" and table["173"].mode == "arrest"
    assert table["0841"].event == "RETREAT" and table["0841"].mode == "release"
    assert {e.event for e in table.values()} <= set(ontology.PLOVER_TYPES)


def test_goldstein_falls_back_to_parent_codes() -> None:
    assert ontology.goldstein("041") == 1.0
    assert ontology.goldstein("0841") == ontology.goldstein("084")
    assert ontology.goldstein("190") == -10.0
    assert ontology.goldstein(None) is None


def test_quad_class_follows_gdelt() -> None:
    assert [ontology.quad_class(c) for c in ("041", "057", "073", "112", "130", "141", "190")] == [
        1, 1, 2, 3, 3, 4, 4]


def test_cameo_for_event_and_mode() -> None:
    assert ontology.cameo_for("CONSULT", "phone") == "041"
    assert ontology.cameo_for("COERCE", "arrest") == "173"
    assert ontology.cameo_for("ASSAULT", None) == "180"
    for event in ontology.PLOVER_TYPES:
        assert ontology.cameo_table().get(ontology.cameo_for(event, None)) is not None
