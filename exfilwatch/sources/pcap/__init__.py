"""Private parts of the packet-capture source (see `exfilwatch.sources.pcap_source`).

Layers, bottom up: `_reader` (raw records from pcap/pcapng, key-log blocks),
`_links` (link and IP headers), `_tcp` (reassembly), `_tls` (record decryption),
`_http1` / `_http2` (messages), `_dns` and `_quic` (names for the destination
inventory), `_session` (ties them together per capture).
"""
