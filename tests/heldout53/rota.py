"""Dienstrooster, a hospital's shift / rota app (fictional backend of a Dutch
hospital group, rooster.zorggroep.example.nl), with Dutch key names.

Almost all of it is ordinary: the rota (diensten with ward codes), clocking in
and out with timers and break durations, shift swaps. The push registration
sends the app's IDFV as `apparaatId` (UIDevice.identifierForVendor, Apple
developer documentation); the e-learning section plays mandatory training
videos and syncs how far she watched (the app's own API). The usage beacon is
AES-encrypted by the app (opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, ua

API = "https://rooster.zorggroep.example.nl/api/v2"
UA = ua("Dienstrooster", "5.2.1", "412")
WARDS = ["C4-IC", "B2-CARD", "A1-SEH", "D3-NEU", "K2-KINDER"]


def _fb(c: Context, method: str, path: str) -> FB:
    b = FB(c, "dienstrooster", method, API + path)
    b.header("user-agent", UA)
    b.header("x-correlation-id", rid(c.rng))
    return b


def rooster(c: Context) -> Flow:
    b = _fb(c, "GET", "/medewerker/me/diensten?van=2026-11-30&tot=2026-12-13")
    diensten = [
        {
            "dienstId": c.rng.randint(4_000_000, 4_999_999),
            "afdelingCode": c.rng.choice(WARDS),
            "type": c.rng.choice(["VROEG", "LAAT", "NACHT"]),
            "start": iso(c),
            "duurMinuten": c.rng.choice([480, 510, 600]),
            "pauzeMinuten": 30,
        }
        for _ in range(8)
    ]
    b.ok_json({"diensten": diensten, "versie": new_hex(c.rng, 12)})
    b.decoy("rota: shift ids, ward codes, durations")
    return b.build()


def inklokken(c: Context) -> Flow:
    b = _fb(c, "POST", "/tijdregistratie/klok")
    b.json(
        {
            "actie": c.rng.choice(["IN", "UIT", "PAUZE_START", "PAUZE_EIND"]),
            "tijdstip": ms(c),
            "afdelingCode": c.rng.choice(WARDS),
            "timerSec": c.rng.randint(0, 36000),
            "pauzeDuurSec": c.rng.choice([0, 900, 1800]),
            "locatie": {"gebouw": "Hoofdgebouw", "verdieping": 4},
        }
    )
    b.ok_json({"ok": True, "registratieNr": f"TR-{c.rng.randint(10**7, 10**8 - 1)}"})
    b.decoy("clock-in with timer and break durations")
    return b.build()


def ruil(c: Context) -> Flow:
    b = _fb(c, "POST", "/ruilverzoeken")
    b.json(
        {
            "dienstId": c.rng.randint(4_000_000, 4_999_999),
            "aanCollegaId": f"MW{c.rng.randint(100000, 999999)}",
            "reden": "Afspraak huisarts",
            "afdelingCode": c.rng.choice(WARDS),
        }
    )
    b.ok_json({"verzoekId": rid(c.rng), "status": "OPEN"})
    b.decoy("shift swap request with colleague staff number")
    return b.build()


def push_register(c: Context) -> Flow:
    b = _fb(c, "POST", "/notificaties/apparaten")
    b.json(
        {
            "apparaatId": b.id("idfv_rota", where="body apparaatId (IDFV)"),
            "platform": "ios",
            "apnsToken": new_hex(c.rng, 64),
            "medewerker": b.acct("rota_user"),
            "taal": "nl-NL",
            "appVersie": "5.2.1",
        }
    )
    b.ok_json({"geregistreerd": True})
    return b.build()


def elearning_progress(c: Context) -> Flow:
    mod = c.rng.choice(["HANDHYG-2026", "BHV-REANIMATIE", "MEDICATIEVEILIGHEID", "TILLEN-ERGO"])
    b = _fb(c, "POST", f"/leren/modules/{mod}/video/voortgang")
    dur = c.rng.randint(300, 1500)
    b.json(
        {
            "videoId": f"vid-{c.rng.randint(1000, 9999)}",
            "bekekenSeconden": c.rng.randint(10, dur),
            "totaleDuur": dur,
            "laatstBekeken": iso(c),
            "afgerond": False,
        }
    )
    b.view("training video watch progress: videoId + bekekenSeconden + laatstBekeken")
    b.no_content()
    return b.build()


def usage_beacon(c: Context) -> Flow:
    b = _fb(c, "POST", "/telemetrie")
    b.id_raw("idfv_rota", "aes_gcm", "body d (AES-GCM blob holding the IDFV)")
    b.json(
        {"v": 2, "d": b64(bytes(c.rng.getrandbits(8) for _ in range(96))), "k": new_hex(c.rng, 8)}
    )
    b.no_content()
    return b.build()
