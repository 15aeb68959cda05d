"""The audience-measurement dashboard (panel data, overnight and live).

Ratings, share, reach, minutes viewed and minute-by-minute curves are sums and
averages over all viewers of a programme: aggregates, never one person's
viewing. Every flow is ordinary; many are decoys with viewing-shaped keys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, rf, rid, ua

API = "https://audiencias.antena-atlantica.example"
UA = ua("AAAudiencias", "1.12.0")
PROGRAMMES = ["Telejornal da Noite", "Marés Vivas", "Porto x Braga", "Bom Dia", "Prós e Contras"]
TARGETS = ["Total 4+", "ABC1 25-54", "Mulheres 15+", "Norte", "Grande Lisboa"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "aa-audiencias", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def overnight(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/overnights?data=ontem&alvo=total")
    b.decoy("overnight ratings: rat%, share, reach, average minutes viewed (aggregates)")
    b.ok_json(
        {
            "programas": [
                {
                    "programa": p,
                    "rat_pct": rf(c.rng, 0.5, 14, 1),
                    "share_pct": rf(c.rng, 4, 35, 1),
                    "alcance_mil": c.rng.randint(50, 2200),
                    "minutos_vistos_media": rf(c.rng, 8, 60, 1),
                    "espectadores_medios": c.rng.randint(20000, 1500000),
                }
                for p in PROGRAMMES
            ]
        }
    )
    return b.build()


def minute_curve(c: Context) -> Flow:
    prog = c.rng.choice(PROGRAMMES)
    b = _b(c, "GET", f"{API}/api/curva-minuto?programa={prog}")
    b.decoy("minute-by-minute audience curve of a programme (all viewers)")
    b.ok_json(
        {
            "programa": prog,
            "alvo": c.rng.choice(TARGETS),
            "curva": [{"minuto": m, "rat": rf(c.rng, 1, 12, 2)} for m in range(0, 60, 2)],
        }
    )
    return b.build()


def live_streaming_stats(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/digital/aovivo?canal=AA1")
    b.decoy("live-stream concurrency and watch time across all app users (aggregate)")
    b.ok_json(
        {
            "concurrent_viewers": c.rng.randint(2000, 90000),
            "total_watch_minutes": c.rng.randint(10**5, 10**7),
            "avg_watch_seconds": c.rng.randint(60, 1800),
            "top_contents": [
                {"content_id": f"MP{c.rng.randint(1000, 9999)}", "plays": c.rng.randint(100, 9000)}
                for _ in range(5)
            ],
        }
    )
    return b.build()


def reach_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/relatorios")
    b.decoy("report order: weekly reach and frequency per target (aggregate)")
    b.json(
        {
            "tipo": "alcance_frequencia",
            "semana": c.rng.randint(1, 52),
            "alvos": c.rng.sample(TARGETS, 2),
            "canais": ["AA1", "AA2"],
            "formato": "xlsx",
        }
    )
    b.ok_json({"relatorio_id": rid(c.rng), "estado": "a_gerar"})
    return b.build()


def radio_listening(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/radio/bareme?vaga=1-2025")
    b.decoy("radio audience survey wave: listeners and average listening time (aggregate)")
    b.ok_json(
        {
            "estacoes": [
                {
                    "estacao": s,
                    "audiencia_acumulada_vespera": rf(c.rng, 1, 20, 1),
                    "tempo_medio_escuta_min": c.rng.randint(60, 240),
                }
                for s in ("Rádio Atlântica", "Atlântica FM Porto")
            ]
        }
    )
    return b.build()
