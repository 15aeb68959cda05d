"""Held-out evaluation set: a seeded, simulated short-video app session and its labels.

Kept apart from the signature rules on purpose: the engineers who write the rules
must not tune them to this data. `generate.py` writes the traffic (HAR, mitmproxy
flow dump, replay list), the test phone's `known.yaml` and `labels.json`;
`bench/evaluate.py` scores a scan against the labels. See the README,
"Evaluation on held-out app traffic".
"""
