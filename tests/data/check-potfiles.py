#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a file with translatable strings is missing from po/POTFILES.in."""
import pathlib
import re
import subprocess
import sys

root = pathlib.Path(sys.argv[1])
listed = {
    line.strip()
    for line in (root / "po" / "POTFILES.in").read_text().splitlines()
    if line.strip() and not line.startswith("#")
}

tracked = subprocess.run(
    ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
    cwd=root, capture_output=True, text=True,
)
if tracked.returncode == 0:
    candidates = tracked.stdout.split()
else:  # not a git checkout (a release tarball): look at every file
    candidates = [str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()]

marker = re.compile(r'\b_\(|translatable="yes"')
missing = []
for name in candidates:
    if not name.startswith(("src/", "data/")) or not name.endswith((".c", ".ui", ".in", ".xml")):
        continue
    path = root / name
    if not path.is_file():
        continue
    text = path.read_text(errors="replace")
    content = name.startswith("data/content/") or name.endswith((".gschema.xml", ".desktop.in"))
    if (marker.search(text) or content) and name not in listed:
        missing.append(name)

for name in listed:
    if not (root / name).is_file():
        print(f"POTFILES.in lists {name}, which does not exist")
        missing.append(name)

for name in missing:
    print(f"missing from po/POTFILES.in: {name}")
sys.exit(1 if missing else 0)
