#!/usr/bin/env python3
"""Fails when a public symbol in the given symbol graphs has no documentation comment.

Usage: check-doc-coverage.py DIR [SOURCES]   (the *.symbols.json files of one module)
With SOURCES (such as Sources/PureX509), only symbols declared in that folder count: a
module's graph also holds the symbols of the modules it re-exports, checked on their own.
Enum cases, properties, initialisers and methods count; symbols a protocol conformance
brings in (their documentation is the protocol's) and compiler-synthesized members do not.
"""
import json, pathlib, sys

# Standard-library protocol requirements: their documentation is the protocol's.
STANDARD_REQUIREMENTS = {
    "==(_:_:)", "!=(_:_:)", "<(_:_:)", "hash(into:)", "hashValue", "description", "debugDescription",
    "init(rawValue:)", "rawValue", "init(from:)", "encode(to:)", "makeIterator()", "next()", "allCases",
    "startIndex", "endIndex", "index(after:)", "subscript(_:)", "count", "errorDescription",
}

directory = pathlib.Path(sys.argv[1])
own_sources = "/" + sys.argv[2].strip("/") + "/" if len(sys.argv) > 2 else None
missing, total = [], 0
for path in sorted(directory.glob("*.symbols.json")):
    graph = json.loads(path.read_text())
    symbols = {symbol["identifier"]["precise"]: symbol for symbol in graph.get("symbols", [])}
    relationships = graph.get("relationships", [])
    parent = {rel["source"]: rel["target"] for rel in relationships if rel.get("kind") == "memberOf"}
    conforms = {}
    for rel in relationships:
        if rel.get("kind") == "conformsTo":
            conforms.setdefault(rel["source"], set()).add(rel["target"])
    requirements = {}
    for rel in relationships:
        if rel.get("kind") in ("requirementOf", "optionalRequirementOf") and rel["source"] in symbols:
            requirements.setdefault(rel["target"], set()).add(symbols[rel["source"]]["names"]["title"])
    for identifier, symbol in symbols.items():
        if symbol.get("accessLevel") not in ("public", "open"):
            continue
        names = symbol.get("pathComponents", [])
        if any(name.startswith("_") for name in names):
            continue
        title = symbol["names"]["title"]
        if "location" not in symbol:
            continue  # compiler-synthesized (Equatable, Hashable, RawRepresentable members)
        if own_sources and own_sources not in symbol["location"].get("uri", ""):
            continue  # declared in a re-exported module
        inherited = title in STANDARD_REQUIREMENTS or any(
            title in requirements.get(protocol, set()) for protocol in conforms.get(parent.get(identifier), set()))
        if inherited:
            continue
        total += 1
        if symbol.get("docComment"):
            continue
        location = symbol["location"]
        where = location.get("uri", "?").split("/Sources/")[-1] + ":" + str(location.get("position", {}).get("line", 0) + 1)
        missing.append(f"{where}: {'.'.join(names)} ({symbol['kind']['displayName']})")
print(f"doc coverage: {total - len(missing)} of {total} public symbols documented")
if missing:
    print("undocumented public symbols:")
    print("\n".join("  " + line for line in sorted(missing)))
    sys.exit(1)
