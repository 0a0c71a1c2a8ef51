#!/bin/sh
cd /work/r13cid && FACTCHECK_NATIVE=0 PYTHONPATH=. .venv/bin/python /tmp/t.py
