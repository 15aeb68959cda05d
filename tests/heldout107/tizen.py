"""The living-room Samsung Tizen TV's own traffic: its "viewing information"
service (automatic content recognition) and its firmware / app-store checks.

ACR reports carry the TV's DUID and what the panel recognised on screen, per
programme with start time and seconds; the compact variant sends numbered rows.
Both are the household's own TV, so its DUID and MAC are device identifiers.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms

ACR = "https://log-ingestion-eu.samsungacr.com"
UA = "Mozilla/5.0 (SMART-TV; LINUX; Tizen 7.0) AppleWebKit/537.36 (KHTML, like Gecko) TV Safari"
PROGRAMMES = ["Жаңалықтар", "Сериал «Заң мен тәртіп»", "Лига чемпионов", "Мультики", "Кеш жарық"]
CHANNELS = ["Qazaqstan", "Khabar", "KTK", "Eurosport", "Balapan"]


def _b(c: Context, method: str, url: str) -> FB:
    fb = FB(c, "samsung-tv", method, url)
    fb.header("user-agent", UA)
    return fb


def acr_report(c: Context) -> Flow:
    fb = _b(c, "POST", f"{ACR}/v2/viewing-log")
    fb.view("json viewingLog[] programme + channel + startTime + watchSeconds")
    fb.json(
        {
            "duid": fb.id("tv_duid", where="json duid"),
            "macHash": fb.id("tv_mac", "sha256", "json macHash (sha256 of the Wi-Fi MAC)"),
            "viewingLog": [
                {
                    "programme": c.rng.choice(PROGRAMMES),
                    "channel": c.rng.choice(CHANNELS),
                    "startTime": iso(c),
                    "watchSeconds": c.rng.randint(60, 3600),
                    "source": c.rng.choice(["HDMI1", "TV", "APP"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    fb.no_content()
    return fb.build()


def acr_compact(c: Context) -> Flow:
    fb = _b(c, "POST", f"{ACR}/l")
    fb.view("json e[] numbered rows (content code, start, seconds; no names)", detectable=False)
    rows = [[c.rng.randint(10**6, 10**7), ms(c), c.rng.randint(30, 1800)] for _ in range(3)]
    fb.json({"d": fb.id("tv_duid", where="json d (DUID under a one-letter key)"), "e": rows})
    fb.no_content()
    return fb.build()


def firmware(c: Context) -> Flow:
    fb = _b(c, "GET", "https://osb-eu.samsungqbe.com/fw/check")
    fb.param("model", "UE55CU7100UXCE")
    fb.param("serial", fb.id("tv_serial", where="query serial"))
    fb.param("fw", "T-KSU2EBWWC-2110.3")
    fb.ok_json({"update": False, "checksum": new_hex(c.rng, 64)})
    fb.decoy("checksum: firmware digest")
    return fb.build()


def app_store(c: Context) -> Flow:
    fb = _b(c, "GET", "https://osb-eu.samsungqbe.com/apps/featured?country=KZ")
    fb.decoy("featured TV apps with install counts (catalogue)")
    names = ("YouTube", "Qazaq Kino+", "Kinoteka")
    fb.ok_json({"apps": [{"name": n, "installs": c.rng.randint(10**3, 10**6)} for n in names]})
    return fb.build()
