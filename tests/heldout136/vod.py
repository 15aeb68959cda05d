"""Kinoteka+: a Polish commercial VOD service with server-side ad insertion.

Its in-house team writes Polish keys with diacritics dropped (`postep`,
`pozycja_s`, `ogladane`) and the odd one kept (`postęp`). The SSAI stitcher
fires ad beacons that name the ad creative and the break, never the programme:
ordinary ad tracking. The continue-watching rail ("Oglądaj dalej") returns
what the account watched with positions: viewing history in a response.
"""

from __future__ import annotations

import base64
import json

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, gz

from .phone import FB, iso, ms, rid, ua

API = "https://api.kinoteka.example"
SSAI = "https://ssai.kinoteka.example"
UA = ua("KinotekaPlus", "7.4.2")
TITLES = ["Ranczo Nad Wisłą", "Komisarz Zając", "Przystań", "Dom nad rozlewiskiem"]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "kinoteka", method, url)
    b.header("user-agent", UA)
    b.header("authorization", f"Bearer kt.{c.phone.vod_user}.{rid(c.rng)[:8]}")
    if device:
        b.header("x-urzadzenie-id", b.id("aid_vod", where="header x-urzadzenie-id"))
    return b


def programme(c: Context) -> str:
    return f"KT{c.rng.randint(100000, 999999)}"


def progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/odtwarzanie/postep")
    total = 2640
    pos = c.rng.randint(60, total)
    b.view("json tytul_id + pozycja_s + procent_obejrzenia")
    b.json(
        {
            "tytul_id": programme(c),
            "odcinek": c.rng.randint(1, 13),
            "pozycja_s": pos,
            "dlugosc_s": total,
            "procent_obejrzenia": round(100 * pos / total, 1),
            "zdarzenie": c.rng.choice(["pauza", "wznowienie", "heartbeat"]),
            "czas_klienta": iso(c),
        }
    )
    b.no_content()
    return b.build()


def progress_diacritics(c: Context) -> Flow:
    """The tablet build's older endpoint keeps the Polish letters in its keys."""
    b = _b(c, "PUT", f"{API}/api/v2/ostatnio-oglądane/{programme(c)}")
    b.view("json postęp + czas_oglądania")
    b.json({"postęp": c.rng.randint(2, 99), "czas_oglądania": c.rng.randint(60, 2600)})
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/profil/ogladaj-dalej")
    b.view("response json pozycje[].pozycja_s", direction="response")
    b.ok_json(
        {
            "nazwa": "Oglądaj dalej",
            "pozycje": [
                {
                    "tytul_id": programme(c),
                    "tytul": c.rng.choice(TITLES),
                    "pozycja_s": c.rng.randint(60, 2600),
                    "ostatnio": iso(c),
                }
                for _ in range(4)
            ],
        }
    )
    return b.build()


def heartbeat_opaque(c: Context) -> Flow:
    """The player's batched heartbeat: gzip+base64 under `d`, nothing readable."""
    b = _b(c, "POST", f"{API}/hb", device=False)
    rows = [[programme(c), c.rng.randint(0, 2600), ms(c)] for _ in range(3)]
    blob = base64.b64encode(gz(json.dumps(rows).encode())).decode()
    b.view("json d (gzip+base64 rows of programme, playhead, time)", detectable=False)
    b.json({"d": blob, "s": 3})
    b.no_content()
    return b.build()


def ssai_session(c: Context) -> Flow:
    b = _b(c, "POST", f"{SSAI}/v1/sesje")
    b.decoy("SSAI session: a manifest URL and a session id, the video being fetched")
    b.json({"kontent": programme(c), "format": "hls", "drm": "widevine"})
    sid = rid(c.rng)
    b.ok_json({"manifestUrl": f"{SSAI}/v1/sesje/{sid}/master.m3u8", "trackingUrl": f"/t/{sid}"})
    return b.build()


def ad_beacon(c: Context) -> Flow:
    quartile = c.rng.choice(["start", "firstQuartile", "midpoint", "thirdQuartile", "complete"])
    b = FB(c, "kinoteka-ssai", "GET", f"{SSAI}/t/{rid(c.rng)}/{quartile}")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.param("kreacja", f"cr_{c.rng.randint(10000, 99999)}")
    b.param("przerwa", c.rng.choice(["pre", "mid1", "mid2"]))
    b.decoy("ad quartile beacon: the ad creative and break, not the programme")
    b.no_content()
    return b.build()


def rail(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/strona-glowna", device=False)
    b.decoy("catalogue rails incl. 'Najczęściej oglądane' (most watched by all: an aggregate)")
    b.ok_json(
        {
            "szyny": [
                {"tytul": "Najczęściej oglądane", "pozycje": [programme(c) for _ in range(6)]},
                {"tytul": "Nowości", "pozycje": [programme(c) for _ in range(6)]},
            ],
            "liczba_wyswietlen": c.rng.randint(10**5, 10**7),
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    b = FB(c, "kinoteka-ssai", "GET", f"{SSAI}/v1/sesje/{rid(c.rng)}/master.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=3500000,RESOLUTION=1920x1080\n1080.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/szukaj?fraza=komisarz", device=False)
    b.decoy("search results with durations and ratings")
    b.ok_json({"wyniki": [{"id": programme(c), "czas_trwania": 2640} for _ in range(5)]})
    return b.build()


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/urzadzenia", device=False)
    b.json(
        {
            "urzadzenie": {
                "android_id": b.id("aid_vod", where="json urzadzenie.android_id"),
                "nazwa": "Xiaomi 13",
                "typ": "telefon",
            },
            "limit_urzadzen": 4,
        }
    )
    b.ok_json({"zarejestrowano": True, "czas": iso(c)})
    return b.build()


def voice_search(c: Context) -> Flow:
    """The remote's mic search: audio to speech-to-text, no speaker model."""
    b = _b(c, "POST", f"{API}/api/v3/szukaj/glosowe", device=False)
    b.decoy("voice search audio for transcription (speech recognition, not a voiceprint)")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 800), "audio/wav")
    b.ok_json({"transkrypcja": "komisarz zając", "jezyk": "pl-PL"})
    return b.build()


def device_list(c: Context) -> Flow:
    """The account's registered screens: the phone, and the grandmother's TV in Lublin.

    The family shares the subscription with the grandmother; her TV is another
    person's device (not the tester's household), so its serial is a decoy."""
    b = _b(c, "GET", f"{API}/api/v3/urzadzenia")
    b.decoy("grandmother's TV serial on the shared account: another person's device")
    b.ok_json(
        {
            "urzadzenia": [
                {"nazwa": "Xiaomi 13", "typ": "telefon", "ostatnio": iso(c)},
                {"nazwa": "TV babci", "typ": "tv", "numer_seryjny": "304KRAB4H612"},
            ]
        }
    )
    return b.build()
