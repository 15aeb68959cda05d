"""KonsulDok: the hospital's telemedicine app on dr. Bambang's Galaxy S23
(video consults with patients at home).

The video itself travels over SRTP, not HTTP; what the app posts is the
schedule, the SDP offer (with its DTLS fingerprint), chat messages, the
e-prescription and the call-quality report built from WebRTC `getStats()`
(`inbound-rtp` / `outbound-rtp` video stats: frameWidth, framesPerSecond,
framesDecoded, jitter, packetsLost, totalFreezesDuration; the
`candidate-pair` round-trip time; https://www.w3.org/TR/webrtc-stats/).
Frame counts and durations of a consult are call quality, not anyone's viewing
history, and no face data leaves the call.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits

from .phone import FB, iso, ms, rf, rid, ua

API = "https://konsul.rshusadawaras.example"
UA = ua("KonsulDok", "3.8.1", "dokter")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "rshw-konsuldok", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def jadwal(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/dokter/jadwal?tanggal={iso(c)[:10]}")
    b.ok_json(
        {
            "konsultasi": [
                {"id": rid(c.rng), "jam": f"{h:02d}:{m:02d}", "durasi_menit": 15, "pasien": p}
                for (h, m), p in zip(
                    ((9, 0), (9, 15), (9, 30)), ("Tn. S.", "Ny. R.", "An. D."), strict=True
                )
            ]
        }
    )
    return b.build()


def sdp_offer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/panggilan/tawaran")
    b.decoy("SDP with DTLS fingerprint and ICE credentials")
    fp = ":".join(f"{c.rng.randint(0, 255):02X}" for _ in range(32))
    sdp = (
        f"v=0\r\no=- {c.rng.randint(10**17, 10**18)} 2 IN IP4 127.0.0.1\r\ns=-\r\n"
        f"m=video 9 UDP/TLS/RTP/SAVPF 96\r\na=fingerprint:sha-256 {fp}\r\n"
        f"a=ice-ufrag:{rid(c.rng)[:8]}\r\na=ice-pwd:{rid(c.rng).replace('-', '')[:24]}\r\n"
    )
    b.json({"konsultasi": rid(c.rng), "sdp": sdp, "video": True})
    b.ok_json({"diterima": True})
    return b.build()


def webrtc_stats(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/panggilan/statistik")
    b.decoy("WebRTC getStats video stats: frames decoded, resolution, freezes, jitter")
    fw, fh = c.rng.choice([(640, 480), (1280, 720), (960, 540)])
    b.json(
        {
            "konsultasi": rid(c.rng),
            "durasi_detik": c.rng.randint(60, 1200),
            "stats": [
                {
                    "type": "inbound-rtp",
                    "kind": "video",
                    "ssrc": c.rng.randint(10**8, 4 * 10**9),
                    "frameWidth": fw,
                    "frameHeight": fh,
                    "framesPerSecond": c.rng.choice([15, 24, 30]),
                    "framesDecoded": c.rng.randint(1000, 30000),
                    "framesDropped": c.rng.randint(0, 200),
                    "freezeCount": c.rng.randint(0, 6),
                    "totalFreezesDuration": rf(c.rng, 0, 12, 3),
                    "jitter": rf(c.rng, 0.001, 0.05, 4),
                    "packetsLost": c.rng.randint(0, 400),
                },
                {
                    "type": "outbound-rtp",
                    "kind": "video",
                    "ssrc": c.rng.randint(10**8, 4 * 10**9),
                    "framesEncoded": c.rng.randint(1000, 30000),
                    "qualityLimitationReason": c.rng.choice(["none", "bandwidth", "cpu"]),
                },
                {
                    "type": "candidate-pair",
                    "currentRoundTripTime": rf(c.rng, 0.02, 0.3, 3),
                    "state": "succeeded",
                },
            ],
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/chat")
    b.json(
        {
            "konsultasi": rid(c.rng),
            "pesan": c.rng.choice(
                [
                    "Hasil rontgen sudah saya baca, Bu.",
                    "Silakan kontrol minggu depan.",
                    "Obatnya diminum setelah makan nggih.",
                ]
            ),
            "klien_id": rid(c.rng),
        }
    )
    b.ok_json({"terkirim": True})
    return b.build()


def resep(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/e-resep")
    b.json(
        {
            "no_rm": "RM" + new_digits(c.rng, 8),
            "obat": [{"nama": "Amoxicillin 500 mg", "aturan": "3x1", "jumlah": 15}],
            "dokter": b.acct("nip_dokter"),
        }
    )
    b.ok_json({"no_resep": "R" + new_digits(c.rng, 9)})
    return b.build()
