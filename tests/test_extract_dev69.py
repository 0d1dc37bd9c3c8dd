"""hytegraph extract on layouts met in the eighty-fifth held-out set: made-up snippets, one
per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

PRESENCE_TABLE = (
    "1 KOIVULAN KUNTA Sivistyslautakunta KOKOUSPÖYTÄKIRJA Nro/vuosi 2/2011 Sivu 1 "
    "KOKOUSAIKA Tiistai klo 18:00 KOKOUSPAIKKA Kunnantalo Jäsen Paikalla Varajäsen Paikalla "
    "Rautio Anneli, pj. x Lehtonen Oili Saarinen Jukka, varapj. x Kettunen Eila "
    "Hakala Pentti x Miettinen Aarne Heikkilä Sari Laaksonen Tapio x "
    "Mäkelä Tuomas x Koski Riitta Pesonen Aila x esittelijä LAILLISUUS Todettiin.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_table_with_presence_columns_pairs_each_member_with_a_deputy(morph):
    got = held(PRESENCE_TABLE, "fi", morph)
    people = {(person, role) for person, role, _b in got}
    assert ("Anneli Rautio", "chair") in people
    assert ("Jukka Saarinen", "vice_chair") in people
    assert ("Pentti Hakala", "member") in people
    assert ("Sari Heikkilä", "member") in people
    assert ("Tuomas Mäkelä", "member") in people
    for deputy in ("Oili Lehtonen", "Eila Kettunen", "Aarne Miettinen", "Tapio Laaksonen"):
        assert (deputy, "deputy_member") in people
    assert ("Riitta Koski", "deputy_member") in people
    assert {body for _p, _r, body in got} == {"Sivistyslautakunta"}


@pytest.mark.parametrize("morph", MORPHS)
def test_the_presence_header_and_the_presenter_after_the_pairs_hold_no_seat(morph):
    got = held(PRESENCE_TABLE, "fi", morph)
    assert not any(person == "Aila Pesonen" for person, _r, _b in got)
    assert not any("Paikalla" in person for person, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_run_with_no_presence_header_is_not_read_as_pairs(morph):
    text = PRESENCE_TABLE.replace("Jäsen Paikalla Varajäsen Paikalla ", "Läsnä ")
    got = held(text, "fi", morph)
    assert ("Oili Lehtonen", "deputy_member") not in {(p, r) for p, r, _b in got}
