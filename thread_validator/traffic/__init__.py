"""Recorded traffic: many records in, a summary and a stream of problems out.

Readers of JSON Lines (:mod:`._jsonl`), recordings (:mod:`._recordings`: VCR cassettes, Azure
SDK test-proxy recordings, HAR 1.2); the partition function and the record checker
(:mod:`._check`); the mergeable summary (:mod:`._summary`); every core of one machine
(:mod:`._pool`) and Dask past it (:mod:`.dask`). The public face is :mod:`thread_validator.bulk`.
"""
