"""GolKoš Live: a football (Mozzart Bet SuperLiga, Premijer liga BiH) and
basketball (ABA liga) live app on the uncle's Galaxy A35 in Banja Luka.

Scores, the table, odds and fixtures are polled; the app streams matches and
highlight clips and reports watch time per match to its backend
(`utakmicaId`, `gledanoSek`, `pozicija` in the stream). AppsFlyer (SDK 6.13)
sends launches to `launches.appsflyer.com` and in-app events to
`inapps.appsflyer.com` (`advertiserId`, AppsFlyer's `uid`, `eventName`,
`eventValue` as a JSON string; `af_content_view` with `af_content` naming the
clip), https://dev.appsflyer.com/hc/docs/in-app-events-android. The ad-config
call is keyed by a SHA-1 of the advertising id under a one-letter parameter.
A league table's `pozicija` (a club's place), the match minute, odds and the
view counters of clips are not anyone's viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.golkos.example"
CDN = "https://stream.golkos.example"
UA = ua("GolKos", "4.8.1", "ujak")
AF_KEY = "aF3kQ9vXmT2bLr8sWz"
KLUBOVI = [
    "Crvena zvezda",
    "Partizan",
    "Borac Banja Luka",
    "Vojvodina",
    "TSC Bačka Topola",
    "Čukarički",
    "Radnički Niš",
    "Zrinjski",
]
ABA = ["Crvena zvezda Meridianbet", "Partizan Mozzart Bet", "Budućnost VOLI", "Igokea m:tel", "FMP"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "golkos", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _match(c: Context) -> tuple[int, str, str, str]:
    if c.rng.random() < 0.4:
        home, away = c.rng.sample(ABA, 2)
        return c.rng.randint(70000, 79999), home, away, "ABA liga"
    home, away = c.rng.sample(KLUBOVI, 2)
    return c.rng.randint(50000, 59999), home, away, "SuperLiga"


def _af(c: Context, host: str) -> FB:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://{host}.appsflyer.com/api/v6.13/androidevent",
        [("app_id", "com.golkos.live"), ("buildnumber", "6.13.1")],
    )
    b.header("user-agent", dalvik("ujak"))
    return b


def _af_body(b: FB, c: Context) -> dict[str, object]:
    return {
        "af_timestamp": str(ms(c)),
        "advertiserId": b.id("gaid_ujak", where="json advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.id("gol_af_uid", where="json uid"),
        "appsflyerKey": AF_KEY,
        "app_version_name": "4.8.1",
        "brand": "samsung",
        "model": "SM-A356B",
        "device": "a35x",
        "lang": "srpski",
        "lang_code": "sr",
        "country": "BA",
        "operator": "m:tel",
        "network": "WIFI",
        "platformextension": "android_native",
        "sdk": "34",
        "counter": str(c.rng.randint(2, 80)),
        "iaecounter": str(c.rng.randint(0, 40)),
        "isFirstCall": "false",
        "deviceData": {
            "cpu_abi": "arm64-v8a",
            "build_display_id": "UP1A.231005.007.A356BXXU1AXE1",
            "dim": {"x_px": 1080, "y_px": 2340, "d_dpi": 450, "size": 2},
        },
    }


def appsflyer_launch(c: Context) -> Flow:
    b = _af(c, "launches")
    body = _af_body(b, c)
    body["timepassedsincelastlaunch"] = str(c.rng.randint(60, 90000))
    b.json(body)
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_clip(c: Context) -> Flow:
    mid, home, away, liga = _match(c)
    b = _af(c, "inapps")
    b.view("json eventName af_content_view + eventValue af_content (clip title)")
    body = _af_body(b, c)
    body["eventName"] = "af_content_view"
    body["eventValue"] = js(
        {
            "af_content": f"{home} - {away} ({liga}) | Highlights",
            "af_content_type": "video_snimak",
            "af_content_id": str(mid),
            "trajanje_gledanja": c.rng.randint(20, 240),
        }
    )
    b.json(body)
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_tiket(c: Context) -> Flow:
    b = _af(c, "inapps")
    body = _af_body(b, c)
    body["eventName"] = "kvote_klik"
    body["eventValue"] = js(
        {"tip": c.rng.choice(["1", "X", "2", "UG 3+"]), "kvota": rf(c.rng, 1.2, 6, 2)}
    )
    b.json(body)
    b.ok_json({"ok": True})
    return b.build()


def ads_config(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/cfg")
    b.param("p", "com.golkos.live")
    b.param("h", b.id("gaid_ujak", "sha1", "query h", detectable=False))
    b.param("v", "481")
    b.ok_json({"banner": True, "interstitialSec": 240, "mrec": ["home", "utakmica"]})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/uredjaj")
    b.json(
        {
            "androidId": b.id("aid_gol", where="json androidId"),
            "pushToken": "f" + new_hex(c.rng, 20) + ":APA91b" + new_hex(c.rng, 60),
            "korisnik": b.acct("gol_user"),
            "omiljeniKlub": "Borac Banja Luka",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def prenos_puls(c: Context) -> Flow:
    mid, home, away, liga = _match(c)
    b = _b(c, "POST", f"{API}/v1/prenos/puls")
    b.header("x-device", b.id("aid_gol", where="header x-device"))
    b.view("json utakmicaId / utakmica / gledanoSek / pozicija (live stream)")
    b.json(
        {
            "utakmicaId": mid,
            "utakmica": f"{home} - {away}",
            "liga": liga,
            "gledanoSek": c.rng.choice([30, 60, 60, 90]),
            "pozicija": c.rng.randint(60, 6000),
            "kvalitet": c.rng.choice(["HD", "SD"]),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def snimak_pogledan(c: Context) -> Flow:
    mid, home, away, _ = _match(c)
    b = _b(c, "POST", f"{API}/v1/snimci/pogledano")
    b.view("json snimakId / naslov / odgledano")
    dur = c.rng.randint(60, 600)
    b.json(
        {
            "snimakId": f"{mid}-h{c.rng.randint(1, 9)}",
            "naslov": f"{home} - {away}: svi golovi",
            "trajanje": dur,
            "odgledano": round(c.rng.uniform(0.2, 1.0), 2),
            "vreme": iso(c),
        }
    )
    b.no_content()
    return b.build()


def stat_opaque(c: Context) -> Flow:
    """Compact player stats: 'z' = base64 of 'matchId:seconds:ts;...' rows."""
    b = FB(c, "golkos", "POST", f"{API}/z")
    b.header("user-agent", "golkos-player/2")
    b.view("json z (base64 colon-separated rows)", detectable=False)
    rows = ";".join(
        f"{_match(c)[0]}:{c.rng.randint(30, 5400)}:{ms(c)}" for _ in range(c.rng.randint(1, 3))
    )
    b.json({"z": b64(rows), "k": 2})
    b.no_content()
    return b.build()


def rezultati(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/uzivo/rezultati?sport=all")
    b.decoy("live scores with match minute")
    out = []
    for _ in range(4):
        mid, home, away, liga = _match(c)
        out.append(
            {
                "utakmicaId": mid,
                "domacin": home,
                "gost": away,
                "liga": liga,
                "rezultat": f"{c.rng.randint(0, 90)}:{c.rng.randint(0, 90)}"
                if liga == "ABA liga"
                else f"{c.rng.randint(0, 3)}:{c.rng.randint(0, 3)}",
                "minut": c.rng.randint(1, 90),
            }
        )
    b.ok_json({"utakmice": out, "osvezeno": iso(c)})
    return b.build()


def tabela(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tabela?liga=superliga&sezona=2024-25")
    b.decoy("league table: pozicija is a club's place, not a playback position")
    b.ok_json(
        {
            "tabela": [
                {"pozicija": i + 1, "klub": k, "bodovi": 40 - 3 * i, "odigrano": 17}
                for i, k in enumerate(KLUBOVI)
            ]
        }
    )
    return b.build()


def kvote(c: Context) -> Flow:
    mid, home, away, _ = _match(c)
    b = _b(c, "GET", f"{API}/v1/kvote/{mid}")
    b.decoy("betting odds for a match")
    b.ok_json(
        {
            "utakmica": f"{home} - {away}",
            "kvote": {
                "1": rf(c.rng, 1.2, 4, 2),
                "X": rf(c.rng, 2.8, 4, 2),
                "2": rf(c.rng, 1.5, 7, 2),
            },
        }
    )
    return b.build()


def raspored(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/raspored?kolo={c.rng.randint(1, 30)}")
    b.decoy("fixtures with kick-off times and broadcast channel")
    b.ok_json(
        {
            "utakmice": [
                {
                    "domacin": h,
                    "gost": g,
                    "pocetak": iso(c),
                    "prenos": c.rng.choice(["Arena Sport 1", "Arena Sport 2", "GolKoš TV"]),
                    "trajanjePrenosa": 120,
                }
                for h, g in (c.rng.sample(KLUBOVI, 2) for _ in range(4))
            ]
        }
    )
    return b.build()


def snimci_lista(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/snimci?strana=1")
    b.decoy("list of highlight clips with view counters (pregleda)")
    out = []
    for _ in range(5):
        mid, home, away, _ = _match(c)
        out.append(
            {"snimakId": mid, "naslov": f"{home} - {away}", "pregleda": c.rng.randint(500, 90000)}
        )
    b.ok_json({"snimci": out})
    return b.build()


def hls_chunk(c: Context) -> Flow:
    mid = _match(c)[0]
    b = FB(c, "golkos", "GET", f"{CDN}/live/{mid}/1080/chunk_{c.rng.randint(1, 9000)}.m4s")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/iso.segment", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def push_topic(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/obavestenja/teme")
    b.json({"teme": ["gol_borac", "aba_zvezda", "aba_partizan"], "t": ms(c)})
    b.ok_json({"ok": True})
    return b.build()
