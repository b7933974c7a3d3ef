#!/usr/bin/env python3
"""The repository stands on its own: no git-tracked file refers to a path
outside it.

usage: check_paths.py SOURCE_DIR

Every relative path that starts with ".." in a tracked text file (code,
docs, tests, benches, ./run, the packaging files) is resolved against the
folder of the file that names it; one that climbs above the repository's
root fails, and so does any mention of the sibling folder "shared" one level
up (the workspace this project was started in), however it is reached.
Each failure is printed as file:line: path. Exit 0 when there is none, 1
otherwise, 77 (skipped) when SOURCE_DIR is not a git checkout.

The paths are found as written: ".." not preceded by a letter, digit, "_"
or "." (so "..." in prose and "a..b" are not paths) and followed by "/" or
the end of the word; the path runs on over the characters a path is made of.
A path written after a variable ("$root/../x") is resolved against the
file's folder too: the one place it is known to start.
"""
import os
import re
import subprocess
import sys

PATH_CHARS = r"[\w.+@~%-]"
RELATIVE = re.compile(r"(?<![\w.])\.\.(?:/" + PATH_CHARS + r"*)*(?![\w.])")
# Built from pieces so that this file does not name it itself.
SIBLING = ".." + "/shared"


def tracked_files(root):
    try:
        out = subprocess.run(["git", "-C", root, "ls-files", "-z"], check=True,
                             capture_output=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    return [p for p in out.decode("utf-8", "surrogateescape").split("\0") if p]


def outside(relative_file, path):
    """True when path, named in relative_file, leaves the repository."""
    folder = os.path.dirname(relative_file)
    resolved = os.path.normpath(os.path.join(folder, path))
    return resolved == ".." or resolved.startswith("../")


def main():
    if len(sys.argv) != 2:
        print(__doc__.splitlines()[3], file=sys.stderr)
        return 2
    root = sys.argv[1]
    files = tracked_files(root)
    if files is None:
        print(f"{root} is not a git checkout: nothing to check (skipped)")
        return 77
    failures = []
    checked = 0
    for name in files:
        full = os.path.join(root, name)
        if not os.path.isfile(full) or os.path.islink(full):
            continue
        with open(full, "rb") as f:
            data = f.read()
        if b"\0" in data:  # binary (images, archives)
            continue
        checked += 1
        text = data.decode("utf-8", "replace")
        for number, line in enumerate(text.splitlines(), 1):
            if ".." not in line:
                continue
            bad = [m.group(0) for m in RELATIVE.finditer(line)
                   if outside(name, m.group(0)) or SIBLING in m.group(0)]
            if SIBLING in line and not any(SIBLING in b for b in bad):
                bad.append(SIBLING)
            for path in bad:
                failures.append(f"{name}:{number}: {path}")
    for failure in failures:
        print(failure)
    if failures:
        print(f"{len(failures)} path(s) outside the repository in {checked} tracked text files",
              file=sys.stderr)
        return 1
    print(f"ok: no path outside the repository in {checked} tracked text files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
