"""The station's playout system (web console she checks from the phone).

The as-run log says what the station aired on each channel and when: content
ids, start times, durations, completion flags. It reads like a watch history
but it is the broadcaster's own proof of transmission, nobody's viewing, so
every flow here is ordinary (a decoy where it looks like viewing history).
The console mixes the vendor's English keys with the station's Portuguese ones.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://playout.antena-atlantica.example"
UA = ua("AAConsola", "3.8.2")
CHANNELS = ["AA1", "AA2", "AA Notícias", "Rádio Atlântica", "Atlântica FM Porto"]
ITEMS = [
    "Telejornal da Noite", "Bom Dia Portugal Atlântico", "Novela: Marés Vivas",
    "Futebol: Porto x Braga", "Documentário Serra da Estrela", "Meteorologia",
    "Intervalo 12", "Promo Verão", "Noticiário 13h", "Playlist Manhã FM",
]  # fmt: skip


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "aa-playout", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _asrun_row(c: Context) -> dict[str, object]:
    dur = c.rng.choice([30, 60, 180, 1500, 2700, 3600])
    return {
        "id_conteudo": f"PRG{c.rng.randint(100000, 999999)}",
        "titulo": c.rng.choice(ITEMS),
        "inicio_real": iso(c),
        "duracao_seg": dur,
        "posicao_seg": dur,
        "concluido": c.rng.random() < 0.95,
        "tipo": c.rng.choice(["programa", "publicidade", "promo", "ident"]),
    }


def asrun_log(c: Context) -> Flow:
    canal = c.rng.choice(CHANNELS)
    b = _b(c, "GET", f"{API}/api/v2/asrun?canal={canal}&data=hoje")
    b.decoy("as-run log: what the station aired and when, with durations (broadcaster's log)")
    b.ok_json({"canal": canal, "emissoes": [_asrun_row(c) for _ in range(c.rng.randint(5, 12))]})
    return b.build()


def asrun_export(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/asrun/export")
    b.decoy("as-run rows re-sent to the traffic system in the vendor's English keys")
    rows = [
        {
            "eventId": rid(c.rng),
            "houseId": f"H{c.rng.randint(10000, 99999)}",
            "title": c.rng.choice(ITEMS),
            "onAir": iso(c),
            "playedSeconds": c.rng.randint(10, 3600),
            "status": "PLAYED",
        }
        for _ in range(c.rng.randint(3, 8))
    ]
    b.json({"channel": c.rng.choice(CHANNELS), "events": rows}, "gzip")
    b.ok_json({"accepted": len(rows)})
    return b.build()


def on_air_now(c: Context) -> Flow:
    canal = c.rng.choice(CHANNELS)
    b = _b(c, "GET", f"{API}/api/v2/no-ar?canal={canal}")
    b.decoy("what is on air now with its playhead (the playout server's, not a viewer's)")
    dur = c.rng.randint(600, 3600)
    b.ok_json(
        {
            "canal": canal,
            "agora": {
                "titulo": c.rng.choice(ITEMS),
                "playhead_seg": c.rng.randint(0, dur),
                "duracao_seg": dur,
            },
            "seguinte": {"titulo": c.rng.choice(ITEMS), "inicio": iso(c)},
        }
    )
    return b.build()


def schedule(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/grelha?semana={c.rng.randint(1, 52)}")
    b.decoy("programme schedule (grelha)")
    b.ok_json(
        {
            "grelha": [
                {"hora": f"{h:02d}:00", "titulo": c.rng.choice(ITEMS), "classificacao": "M/12"}
                for h in range(6, 24, 2)
            ]
        }
    )
    return b.build()


def scte_markers(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/scte35?canal=AA1&ultimos=20")
    b.decoy("SCTE-35 ad-break markers of the channel's transmission")
    b.ok_json(
        {
            "marcadores": [
                {
                    "splice_event_id": c.rng.randint(1000, 99999),
                    "pts": c.rng.randint(10**9, 10**10),
                    "break_duration": c.rng.choice([60, 120, 180]),
                    "out_of_network": True,
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def playlist_change(c: Context) -> Flow:
    b = _b(c, "PATCH", f"{API}/api/v2/playlist/{c.rng.randint(100, 999)}")
    b.decoy("an operator's edit of the playlist (editor action, timecodes)")
    b.json(
        {
            "acao": "mover",
            "item": f"PRG{c.rng.randint(100000, 999999)}",
            "timecode_entrada": f"{c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}:00:00",
            "operador": "icarvalho",
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def partner_asrun(c: Context) -> Flow:
    """The Galician co-producer's log of the shared programme, in its Spanish keys."""
    b = _b(c, "GET", f"{API}/api/v2/parceiros/galicia/registro-emision?fecha=ayer")
    b.decoy("co-producer's as-run log in Spanish (hora_emision, segundos_emitidos): station log")
    b.ok_json(
        {
            "registro_emision": [
                {
                    "id_programa": f"GAL{c.rng.randint(10000, 99999)}",
                    "titulo": c.rng.choice(["Miradas Atlánticas", "Telexornal Mediodía"]),
                    "hora_emision": iso(c),
                    "segundos_emitidos": c.rng.randint(600, 3600),
                    "cadena": "Canle Atlántica",
                }
                for _ in range(c.rng.randint(2, 5))
            ]
        }
    )
    return b.build()
