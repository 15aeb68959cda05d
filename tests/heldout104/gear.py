"""Bühnenbuch: the gear app she uses at venues, studios and with the rental firm.

Mixing desks, stage boxes, wireless-mic receivers and in-ear transmitters carry
serials and MACs in almost every call, but they belong to the venue, the studio
or Tonverleih Simmering (rented for a gig): not the tester's own devices, so
each is a decoy. Receivers report RF levels and battery bars of the performers'
packs; the rental checkout scans barcodes of flight cases.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.buehnenbuch.example"
RENTAL = "https://portal.tonverleih-simmering.example"
UA = ua("Buehnenbuch", "2.18.0")
VENUES = ["Sargfabrik", "Porgy & Bess", "Arena Wien", "Studio Ottakring", "Pfarre Lainz"]


def _mac(c: Context, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3))


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "buehnenbuch", method, url)
    b.header("user-agent", UA)
    return b


def desk_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/venues/{c.rng.randint(10, 99)}/desk")
    b.decoy("the venue's mixing desk and stage boxes: serials and MACs of the venue's gear")
    b.ok_json(
        {
            "venue": c.rng.choice(VENUES),
            "desk": {
                "model": c.rng.choice(["dLive S5000", "CL5", "SQ-7", "M32"]),
                "serial": "DL" + new_digits(c.rng, 8),
                "mac": _mac(c, "00:04:C4"),
                "firmware": "1.97",
            },
            "stageboxes": [
                {
                    "name": f"SB{i}",
                    "serial": new_hex(c.rng, 10).upper(),
                    "mac": _mac(c, "00:1D:C1"),
                    "inputs": 32,
                }
                for i in (1, 2)
            ],
            "owner": "Venue",
        }
    )
    return b.build()


def wireless_scan(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/rf/scan")
    b.decoy("wireless receivers' serials, frequencies and RF levels: the rental firm's gear")
    b.json(
        {
            "venue": c.rng.choice(VENUES),
            "receivers": [
                {
                    "channel": ch,
                    "serial": "3C" + new_digits(c.rng, 7),
                    "freq_mhz": rf(c.rng, 518, 558, 3),
                    "rf_dbm": rf(c.rng, -90, -40, 1),
                    "battery_bars": c.rng.randint(1, 5),
                    "performer": p,
                }
                for ch, p in enumerate(["Sopran", "Moderation", "Gitarre"], 1)
            ],
            "scan_at": iso(c),
        }
    )
    b.ok_json({"recommended_mhz": [rf(c.rng, 518, 558, 3) for _ in range(3)]})
    return b.build()


def iem_pairing(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/iem/assign")
    b.decoy("in-ear transmitter and bodypack serials of the studio, lent for one evening")
    b.json(
        {
            "transmitter": {"serial": "IEM" + new_digits(c.rng, 6), "mac": _mac(c, "00:0E:DD")},
            "bodypack": {"serial": "BP" + new_digits(c.rng, 6), "leihgabe": True},
            "mix": c.rng.choice(["Sängerin", "Drums", "Keys"]),
        }
    )
    b.ok_json({"ok": True, "assignmentId": rid(c.rng)})
    return b.build()


def rental_checkout(c: Context) -> Flow:
    b = _b(c, "POST", f"{RENTAL}/api/auftraege/{c.rng.randint(20000, 29999)}/ausgabe")
    b.decoy("rental firm's flight-case barcodes and serials scanned at checkout")
    b.json(
        {
            "positionen": [
                {
                    "artikel": a,
                    "seriennummer": "TVS-" + new_hex(c.rng, 8).upper(),
                    "barcode": new_digits(c.rng, 13, "90"),
                }
                for a in ("Funkstrecke ULXD", "DI-Box x4", "Multicore 30m")
            ],
            "ausgegeben_an": "L. Hofbauer",
            "zeit": iso(c),
        }
    )
    b.ok_json({"status": "ausgegeben", "rueckgabe_bis": "2026-12-02T10:00:00Z"})
    return b.build()


def scene_recall(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/venues/{c.rng.randint(10, 99)}/desk/scenes/recall")
    b.json({"scene": c.rng.randint(1, 80), "safes": ["Talkback"], "requested_at": ms(c)})
    b.ok_json({"recalled": True})
    return b.build()
