#!/usr/bin/env python3
"""Fails when a public symbol in the given symbol graphs has no documentation comment.

Usage: check-doc-coverage.py DIR   (the *.symbols.json files of one module)
Enum cases, properties, initialisers and methods count; symbols a protocol conformance
brings in (their documentation is the protocol's) and compiler-synthesized members do not.
"""
import json, pathlib, sys

directory = pathlib.Path(sys.argv[1])
missing, total = [], 0
for path in sorted(directory.glob("*.symbols.json")):
    graph = json.loads(path.read_text())
    # Members that implement a protocol requirement inherit its documentation.
    implementing = {rel["source"] for rel in graph.get("relationships", [])
                    if rel.get("kind") in ("requirementOf", "optionalRequirementOf", "defaultImplementationOf")}
    for symbol in graph.get("symbols", []):
        if symbol.get("accessLevel") not in ("public", "open"):
            continue
        identifier = symbol["identifier"]["precise"]
        names = symbol.get("pathComponents", [])
        if any(name.startswith("_") for name in names):
            continue
        if symbol.get("docComment") or identifier in implementing:
            total += 1
            continue
        # Conformance members (==, hash(into:), description...) are synthesized or
        # documented by their protocol: the graph marks them with sourceOrigin.
        if "sourceOrigin" in symbol:
            continue
        total += 1
        location = symbol.get("location", {})
        where = location.get("uri", "?").split("/Sources/")[-1] + ":" + str(location.get("position", {}).get("line", 0) + 1)
        missing.append(f"{where}: {'.'.join(names)} ({symbol['kind']['displayName']})")
print(f"doc coverage: {total - len(missing)} of {total} public symbols documented")
if missing:
    print("undocumented public symbols:")
    print("\n".join("  " + line for line in missing))
    sys.exit(1)
