#!/usr/bin/env python3
"""What may depend on what, checked on the project's own #include lines.

usage: check_includes.py SOURCE_DIR

Each area of src/ may include the project headers of the areas listed for it
below (and its own); docs/architecture.md explains the layers. Every
violation is printed as file:line: area includes header. Exit 0 when there
is none, 1 otherwise.
"""
import os
import re
import sys

CORE_BASE = ["core/util"]
ALLOWED = {
    "core/util": [],
    "core/crypto": CORE_BASE,
    "core/cloud": CORE_BASE + ["core/crypto"],
    "core/mqtt": CORE_BASE + ["core/crypto"],
    "core/config": CORE_BASE + ["core/crypto", "core/cloud"],
    "core/ledger": CORE_BASE + ["core/crypto"],
    "core/token": CORE_BASE + ["core/crypto"],
    "core/enrollment": CORE_BASE + ["core/crypto", "core/cloud", "core/config", "core/mqtt", "core/ledger", "core/token"],
    "core/export": CORE_BASE + ["core/crypto", "core/cloud", "core/enrollment", "core/ledger"],
    "gui": ["core"],
    "app": ["core", "gui"],
    "cli": ["core"],
    # the broker plugin is loaded by mosquitto and links dwb_crypto only
    "sandbox/broker-plugin": CORE_BASE + ["core/crypto"],
    "sandbox": CORE_BASE + ["core/crypto", "core/cloud"],
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')
PROJECT_TOP = ("core/", "gui/", "cli/", "sandbox/", "app/")


def area_of(relative):
    """The most specific area a path under src/ belongs to."""
    best = None
    for area in ALLOWED:
        if relative == area or relative.startswith(area + "/"):
            if best is None or len(area) > len(best):
                best = area
    return best


def main():
    if len(sys.argv) != 2:
        print("usage: check_includes.py SOURCE_DIR", file=sys.stderr)
        return 2
    src = os.path.join(sys.argv[1], "src")
    failures = []
    files = 0
    for folder, _, names in os.walk(src):
        for name in sorted(names):
            if not name.endswith((".h", ".cpp")):
                continue
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, src)
            area = area_of(relative)
            if area is None:
                failures.append(f"src/{relative}: in no area of check_includes.py")
                continue
            files += 1
            allowed = [area] + ALLOWED[area]
            with open(path, encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    m = INCLUDE.match(line)
                    if not m or not m.group(1).startswith(PROJECT_TOP):
                        continue
                    header = m.group(1)
                    if not any(header.startswith(a + "/") for a in allowed):
                        failures.append(f"src/{relative}:{number}: {area} includes {header}")
    for failure in failures:
        print(failure)
    if failures:
        return 1
    print(f"ok: {files} files include only what their layer may use")
    return 0


if __name__ == "__main__":
    sys.exit(main())
