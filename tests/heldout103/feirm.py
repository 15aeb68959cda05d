"""Fferm: the family farm's herd-and-flock app (Welsh and Irish keys).

Cattle passports with ear-tag numbers, sheep EID tags read by a Bluetooth stick
reader on loan from the co-op (the co-op's equipment: its serial is no household
device id), cow-face identification (an animal's face), milk yields and mart
price series are all ordinary data that look like ids, faces and vectors. The
app sends its own ANDROID_ID in a header on the herd calls.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, floats, iso, points, rf, ua

API = "https://api.fferm.example"
UA = ua("Fferm", "3.0.7")


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "fferm", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-fferm-dyfais", b.id("aid_feirm", where="header x-fferm-dyfais"))
    return b


def cattle_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/gwartheg/cofrestru", device=True)
    b.decoy("cattle ear-tag and passport numbers (animals, not devices)")
    b.json(
        {
            "buches": c.phone.feirm_herd,
            "tag_clust": "UK " + new_digits(c.rng, 6) + " " + new_digits(c.rng, 6),
            "brid": c.rng.choice(["Duon Cymreig", "Limousin", "Holstein"]),
            "geni": "2026-03-02",
            "mam_tag": "UK " + new_digits(c.rng, 12),
        }
    )
    b.ok_json({"pasbort": "GB" + new_digits(c.rng, 10)})
    return b.build()


def sheep_eid(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/defaid/darlleniadau", device=True)
    b.decoy("sheep EID numbers (15 digits) and the co-op's loaned stick reader serial")
    b.json(
        {
            "darllenydd": {
                "cyfresol": "SR" + new_digits(c.rng, 8),
                "perchennog": "Cydweithfa Ffermwyr Llŷn",
            },
            "eid": ["826 " + new_digits(c.rng, 12) for _ in range(c.rng.randint(3, 10))],
            "amser": iso(c),
        }
    )
    b.ok_json({"cadw": True})
    return b.build()


def cow_face(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/gwartheg/adnabod-wyneb")
    b.decoy("cow-face landmarks and embedding (an animal's face, not biometric)")
    b.json(
        {"rhywogaeth": "buwch", "pwyntiau_wyneb": points(c.rng, 20), "fector": floats(c.rng, 64)}
    )
    b.ok_json({"tag_clust": "UK " + new_digits(c.rng, 12), "hyder": rf(c.rng, 0.6, 0.99, 2)})
    return b.build()


def milk_yield(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/llaeth/cynnyrch?dyddiau=30")
    b.decoy("daily milk yields (float series)")
    b.ok_json({"litrau": [rf(c.rng, 1800, 2600, 1) for _ in range(30)]})
    return b.build()


def mart_prices(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/prisiau/mart?mart=Bryncir&math=wyn")
    b.decoy("mart price series (p/kg)")
    b.ok_json({"pris_c_kg": [rf(c.rng, 520, 720, 1) for _ in range(20)], "diweddarwyd": iso(c)})
    return b.build()


def tasc(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tasgau")
    b.json({"tasg": "Dipio defaid", "dyddiad": "2026-12-02", "cae": f"cae_{new_hex(c.rng, 4)}"})
    b.ok_json({"ok": True})
    return b.build()
