"""Rajiru-style radio simulcast (fictional "Kikuradi", area-locked by GPS).

Sensitive: the listening log (`tyousyu_log`, kunrei spelling of 聴取) with
station, programme and seconds listened; the timefree (`taimufurii`) resume
position; a `c12=` style beacon that hides the station and seconds in a
numbered query. Not sensitive: the area check with coordinates (where the
phone is, to pick JP27/JP01 stations), the station list and now-playing song
metadata of the station (what is on air for everyone).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, ua

API = "https://api.kikuradi.example"
UA = ua("Kikuradi", "8.4.1")
KYOKU = ["ABC", "MBS", "OBC", "FM802", "HBC", "STV", "AIR-G'"]
BANGUMI = ["おはようパーソナリティ", "ヤングタウン", "ミュージックアワー", "深夜便"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kikuradi", method, url)
    b.header("user-agent", UA)
    return b


def area_check(c: Context) -> Flow:
    osaka = c.rng.random() < 0.6
    lat = rf(c.rng, 34.6, 34.75, 5) if osaka else rf(c.rng, 43.0, 43.1, 5)
    lon = rf(c.rng, 135.45, 135.55, 5) if osaka else rf(c.rng, 141.3, 141.4, 5)
    b = _b(c, "GET", f"{API}/v2/area?ido={lat}&keido={lon}")
    b.decoy("GPS coordinates for the broadcast-area lock (location, not a category here)")
    b.ok_json({"area_id": "JP27" if osaka else "JP01", "area_mei": "大阪" if osaka else "北海道"})
    return b.build()


def tyousyu_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/tyousyu_log")
    b.view("json kyoku_id + bangumi + tyousyu_byou")
    b.json(
        {
            "tanmatu_id": b.id("aid_radio", where="json tanmatu_id"),
            "kyoku_id": c.rng.choice(KYOKU),
            "bangumi": c.rng.choice(BANGUMI),
            "kaisi": iso(c),
            "tyousyu_byou": c.rng.randint(60, 5400),
            "kubun": c.rng.choice(["live", "taimufurii"]),
        }
    )
    b.no_content()
    return b.build()


def timefree_resume(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/taimufurii/saikai?kyoku_id={c.rng.choice(KYOKU)}")
    b.view("response json saikai_ichi (resume position of a programme)", direction="response")
    b.ok_json(
        {"bangumi": c.rng.choice(BANGUMI), "saikai_ichi": c.rng.randint(30, 7000), "saigo": iso(c)}
    )
    return b.build()


def numbered_beacon(c: Context) -> Flow:
    """Station index, seconds and a hash of the ANDROID_ID under c1..c14."""
    b = _b(c, "GET", "https://b.kikuradi.example/p")
    b.view("query c4 (station index) c7 (seconds)", detectable=False)
    b.param("c1", "2")
    b.param("c4", str(c.rng.randint(1, 12)))
    b.param("c7", str(c.rng.randint(60, 5400)))
    b.param("c12", b.id("aid_radio", "sha1", "query c12 (sha1 of ANDROID_ID)", detectable=False))
    b.param("ts", str(ms(c)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def station_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/station/JP27.json")
    b.ok_json({"stations": [{"id": k, "name": k} for k in KYOKU]})
    return b.build()


def now_on_air(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/onair/{c.rng.choice(KYOKU)}")
    b.decoy("曲名 / 再生中 of the station (what is on air for all listeners)")
    b.ok_json({"saisei_chuu": {"kyokumei": "夜に駆ける", "artist": "YOASOBI", "kaisi": iso(c)}})
    return b.build()
