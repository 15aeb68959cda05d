"""ЗонаГол (ZonaGol): a Bulgarian football live app (efbet Liga, Levski, CSKA,
Cherno More) on the uncle's Honor 90 in Varna.

Scores, line-ups, the table and the bookmaker's odds are polled; the app also
streams matches and highlights and reports watch time to its backend in
Latin-transliterated keys (`machId`, `gledani_sek`, `gledano_procent`), with
the ANDROID_ID in an `x-ustroystvo-id` header on the stream calls. AppsFlyer's
SDK (6.14, hosts `*.appsflyersdk.com`) sends launches with `advertiserId` and
its own `uid`, and in-app events with `eventName` / `eventValue` (a JSON string);
`af_content_view` is logged when a live match or highlight plays. The player's
stats ping sends form fields a/b/c with an MD5 of the ANDROID_ID in a header.
The league table's `poziciya` (a club's place), the line-ups' positions on the
pitch, match minutes and odds are not anyone's viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.zonagol.example"
PKG = "bg.zonagol.live"
UA = ua("ZonaGol", "4.8.0", "chicho")
KLUBOVE = [
    "Левски",
    "ЦСКА",
    "Лудогорец",
    "Черно море",
    "Ботев Пд",
    "Локомотив Пд",
    "Славия",
    "ЦСКА 1948",
    "Арда",
    "Берое",
    "Спартак Вн",
    "Хебър",
]


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "zonagol", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    if device:
        b.header("x-ustroystvo-id", b.id("aid_zona", where="header x-ustroystvo-id"))
    return b


def _mach(c: Context) -> tuple[int, str, str]:
    home, away = c.rng.sample(KLUBOVE, 2)
    return c.rng.randint(88000, 88999), home, away


def _af(c: Context, sub: str) -> FB:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://{sub}.appsflyersdk.com/api/v6.14/androidevent",
        [("app_id", PKG), ("buildnumber", "6.14.2")],
    )
    b.header("user-agent", dalvik("chicho"))
    return b


def af_launch(c: Context) -> Flow:
    b = _af(c, "launches")
    b.json(
        {
            "advertiserId": b.id("gaid_chicho", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("zona_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "4.8.0",
            "app_version_code": "480",
            "model": "REA-NX9",
            "brand": "HONOR",
            "product": "REA-NX9EEA",
            "lang": "български",
            "lang_code": "bg",
            "country": "BG",
            "network": "WIFI",
            "counter": str(c.rng.randint(2, 300)),
            "iaecounter": str(c.rng.randint(0, 80)),
            "timepassedsincelastlaunch": str(c.rng.randint(30, 90000)),
            "isFirstCall": "false",
            "installDate": "2024-08-17_142233+0300",
            "platformextension": "android_native",
            "sdk": "34",
            "af_preinstalled": "false",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def af_gledan_mach(c: Context) -> Flow:
    mid, home, away = _mach(c)
    b = _af(c, "inapps")
    b.view("json eventValue af_content / gledani_min (af_content_view of a match)")
    value = {
        "af_content_id": f"m{mid}",
        "af_content_type": c.rng.choice(["live_mach", "highlights"]),
        "af_content": f"{home} - {away}",
        "gledani_min": c.rng.randint(1, 95),
    }
    b.json(
        {
            "eventName": "af_content_view",
            "eventValue": js(value),
            "advertiserId": b.id("gaid_chicho", where="json advertiserId"),
            "uid": b.id("zona_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
            "counter": str(c.rng.randint(2, 300)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def af_sledvai(c: Context) -> Flow:
    b = _af(c, "inapps")
    b.json(
        {
            "eventName": "sledvai_otbor",
            "eventValue": js({"otbor": c.rng.choice(KLUBOVE)}),
            "advertiserId": b.id("gaid_chicho", where="json advertiserId"),
            "uid": b.id("zona_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def stream_puls(c: Context) -> Flow:
    mid, home, away = _mach(c)
    b = _b(c, "POST", f"{API}/api/v3/stream/puls", device=True)
    b.view("json machId / mach / gledani_sek (live match watch time)")
    b.json(
        {
            "machId": mid,
            "mach": f"{home} - {away}",
            "gledani_sek": c.rng.randint(30, 5400),
            "nazhivo": True,
            "kachestvo": c.rng.choice(["480p", "720p"]),
            "vreme": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def video_gledano(c: Context) -> Flow:
    mid, home, away = _mach(c)
    b = _b(c, "POST", f"{API}/api/v3/video/gledano", device=True)
    b.view("json videoId / zaglavie / gledano_procent (highlight watched)")
    b.json(
        {
            "videoId": f"hl_{mid}",
            "zaglavie": f"Головете: {home} {c.rng.randint(0, 4)}:{c.rng.randint(0, 4)} {away}",
            "gledano_procent": c.rng.choice([25, 50, 90, 100]),
            "prodalzhitelnost": c.rng.randint(90, 400),
            "gledanoNa": iso(c),
        }
    )
    b.no_content()
    return b.build()


def stats_opaque(c: Context) -> Flow:
    """The player's stats ping: match, seconds, ts in form a/b/c; MD5 ANDROID_ID in `x-c`."""
    b = _b(c, "POST", f"{API}/s2")
    b.header("x-c", b.id("aid_zona", "md5", "header x-c", detectable=False))
    b.view("form a / b / c (match id, seconds, ts)", detectable=False)
    b.form([("a", str(_mach(c)[0])), ("b", str(c.rng.randint(30, 5400))), ("c", str(ms(c)))])
    b.no_content()
    return b.build()


def rezultati(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/machove/nazhivo?liga=efbet-liga")
    b.decoy("live scores with match minutes (not viewing)")
    rows = []
    for _ in range(4):
        mid, home, away = _mach(c)
        rows.append(
            {
                "machId": mid,
                "domakin": home,
                "gost": away,
                "rezultat": f"{c.rng.randint(0, 3)}:{c.rng.randint(0, 3)}",
                "minuta": c.rng.randint(1, 90),
            }
        )
    b.ok_json({"machove": rows})
    return b.build()


def klasirane(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/klasirane?sezon=2024-25")
    b.decoy("league table: a club's poziciya (place), points")
    order = c.rng.sample(KLUBOVE, len(KLUBOVE))
    b.ok_json(
        {
            "klasirane": [
                {"poziciya": i + 1, "otbor": k, "tochki": 60 - 4 * i, "machove": 24}
                for i, k in enumerate(order)
            ]
        }
    )
    return b.build()


def sastavi(c: Context) -> Flow:
    mid, home, _ = _mach(c)
    b = _b(c, "GET", f"{API}/api/v3/machove/{mid}/sastavi")
    b.decoy("line-ups: players' positions on the pitch")
    b.ok_json(
        {
            "otbor": home,
            "sastav": [
                {"nomer": n, "poziciya": p, "x": rf(c.rng, 0, 1, 2), "y": rf(c.rng, 0, 1, 2)}
                for n, p in [(1, "ВР"), (4, "ЦЗ"), (8, "ЦП"), (10, "АП"), (9, "НП")]
            ],
        }
    )
    return b.build()


def sabitiya(c: Context) -> Flow:
    mid, home, _ = _mach(c)
    b = _b(c, "GET", f"{API}/api/v3/machove/{mid}/sabitiya")
    b.decoy("match events with minutes (content)")
    b.ok_json(
        {
            "sabitiya": [
                {
                    "tip": c.rng.choice(["gol", "zhalt_karton", "smyana"]),
                    "minuta": c.rng.randint(1, 90),
                    "otbor": home,
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def koeficienti(c: Context) -> Flow:
    mid, home, away = _mach(c)
    b = _b(c, "GET", f"{API}/api/v3/koeficienti/{mid}?bukmeiker=efbet")
    b.decoy("bookmaker odds with market / selection ids")
    b.ok_json(
        {
            "mach": f"{home} - {away}",
            "pazari": [
                {
                    "id": rid(c.rng),
                    "ime": "1X2",
                    "1": rf(c.rng, 1.2, 5, 2),
                    "X": 3.2,
                    "2": rf(c.rng, 1.2, 6, 2),
                }
            ],
        }
    )
    return b.build()


def push_abonament(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/izvestiya/abonirai")
    b.json({"tema": "otbor_" + str(c.rng.randint(1, 16)), "potrebitel": b.acct("zona_user")})
    b.no_content()
    return b.build()
