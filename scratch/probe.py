import sys; sys.path.insert(0, ".")
import sys
from claims.extraction import extract
for line in sys.stdin:
    t=line.strip()
    if not t: continue
    cs=extract(t,"en")
    print(t[:110]); print("   ", [(c.surface if hasattr(c,'surface') else '', c.measure, c.subject, c.low, c.high, c.qualifier) for c in cs])
