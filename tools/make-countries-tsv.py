#!/usr/bin/env python3
"""Writes src/Vigil.Store/Data/countries.tsv (ISO alpha-2, alpha-3, common name) from the world-countries
table in ../shared/data/geonames/countries.json (npm world-countries@5.1.0, ODbL 1.0)."""
import json, pathlib, sys

root = pathlib.Path(__file__).resolve().parent.parent
source = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root.parent / "shared/data/geonames/countries.json"
rows = sorted((c["cca2"], c["cca3"], c["name"]["common"]) for c in json.loads(source.read_text(encoding="utf-8")))
out = root / "src/Vigil.Store/Data/countries.tsv"
with out.open("w", encoding="utf-8", newline="\n") as f:
    f.write("# Country codes and names for exports (ACLED country names, GDELT locations).\n")
    f.write("# Derived from world-countries 5.1.0 (https://github.com/mledoze/countries), ODbL 1.0.\n")
    f.write("# Regenerate with tools/make-countries-tsv.py. Columns: iso2, iso3, name.\n")
    for row in rows:
        f.write("\t".join(row) + "\n")
print(f"{len(rows)} countries -> {out}")
