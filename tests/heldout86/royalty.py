"""Music scheduling, royalty reporting and the music catalogue (in-house tools on
the station's domain). Play counts for the collecting societies (SIAE / SCF in
Italy, with a Maltese twin report), cue sheets for the podcast version of the
show, and a catalogue with durations, BPM and key. All hard decoys for viewing
history: they describe what the STATION broadcast, never what a person heard.
Field choices follow SIAE's "programma musicale" (title, authors, duration of
use, date/time of broadcast, kind of use) as radio stations export it.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import iso, req_id

from .phone import FB, ua
from .playout import SONGS

HOST = "https://musica.radioscirocco.it"


def siae_report(c: Context) -> Flow:
    b = FB(c, "royalty", "POST", f"{HOST}/diritti/siae/utilizzazioni")
    b.header("user-agent", ua("SciroccoMusica", "2.4.0"))
    rows = []
    for artist, title, isrc, dur in c.rng.sample(SONGS, 4):
        rows.append(
            {
                "titoloOpera": title,
                "interprete": artist,
                "isrc": isrc,
                "dataOraMessaInOnda": iso(c),
                "durataUtilizzo": f"00:{dur // 60:02d}:{dur % 60:02d}",
                "tipoUtilizzo": c.rng.choice(["primo piano", "sottofondo", "sigla"]),
            }
        )
    b.json({"emittente": "Radio Scirocco", "periodo": iso(c)[:7], "utilizzazioni": rows})
    b.decoy("SIAE royalty report: broadcast uses of works with durations, not a listening log")
    b.ok_json({"protocollo": req_id(c.rng)})
    return b.build()


def malta_report(c: Context) -> Flow:
    b = FB(c, "royalty", "POST", f"{HOST}/diritti/mt/rapport")
    rows = [
        {"titlu": t, "artist": a, "tul": d, "ħin": iso(c), "drabi_mdoqqa": c.rng.randint(1, 9)}
        for a, t, _i, d in c.rng.sample(SONGS, 3)
    ]
    b.json({"stazzjon": "Scirocco Malta", "xahar": iso(c)[:7], "kanzunetti": rows})
    b.decoy("Maltese royalty return (tul = length, drabi mdoqqa = times played on air)")
    b.ok_json({"ok": True})
    return b.build()


def cue_sheet(c: Context) -> Flow:
    b = FB(c, "royalty", "PUT", f"{HOST}/cuesheet/ep{c.rng.randint(100, 400)}")
    cues = []
    t = 0
    for a, title, isrc, d in c.rng.sample(SONGS, 3):
        t += c.rng.randint(60, 600)
        cues.append({"in": t, "out": t + d, "title": title, "artist": a, "isrc": isrc})
    b.json({"show": "Mattina Scirocco", "cues": cues, "uso": "podcast"})
    b.decoy("cue sheet of the podcast edit: in/out times of music used, not listening")
    b.ok_json({"saved": True})
    return b.build()


def catalogue(c: Context) -> Flow:
    lo = c.rng.choice([90, 100, 110])
    b = FB(c, "royalty", "GET", f"{HOST}/catalogo/brani", [("bpm_min", str(lo)), ("p", "1")])
    tracks = [
        {
            "id": f"T{c.rng.randint(10000, 99999)}",
            "title": t,
            "artist": a,
            "durationSec": d,
            "introSec": c.rng.randint(3, 20),
            "bpm": c.rng.randint(lo, lo + 30),
            "key": c.rng.choice(["Am", "C", "F#m", "Eb"]),
            "energy": round(c.rng.random(), 2),
        }
        for a, t, _i, d in SONGS
    ]
    b.ok_json({"brani": tracks, "totale": 2410})
    b.decoy("music catalogue page with durations, intro and BPM")
    return b.build()


def schedule_generate(c: Context) -> Flow:
    b = FB(c, "royalty", "POST", f"{HOST}/palinsesto/genera")
    rules = {"separazioneArtistaMin": 60, "separazioneTitoloOre": 3, "maxBpmSalto": 25}
    b.json({"giorno": iso(c)[:10], "regole": rules, "ore": list(range(6, 12))})
    b.decoy("music scheduling request (separation rules), not history")
    slots = [{"ora": h, "brani": [s[2] for s in SONGS[:3]]} for h in range(6, 9)]
    b.ok_json({"palinsesto": slots})
    return b.build()
