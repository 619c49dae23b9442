#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Extracts every translatable string afresh and checks that po/nape.pot is current and
that each language in po/LINGUAS translates all of them, with nothing fuzzy."""
import os
import pathlib
import subprocess
import sys
import tempfile

root = pathlib.Path(sys.argv[1])
po = root / "po"

# The same keywords meson's i18n 'glib' preset passes to xgettext.
glib_preset = [
    "--from-code=UTF-8", "--add-comments",
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
]


def msgids(pot):
    out = subprocess.run(["msgcat", "--no-wrap", "--sort-output", pot],
                         capture_output=True, text=True, check=True).stdout
    return {line for line in out.splitlines() if line.startswith(("msgid", "msgctxt"))}


with tempfile.TemporaryDirectory() as tmp:
    fresh = os.path.join(tmp, "nape.pot")
    files = [l.strip() for l in (po / "POTFILES.in").read_text().splitlines()
             if l.strip() and not l.startswith("#")]
    env = dict(os.environ, GETTEXTDATADIRS=str(root / "data"))
    subprocess.run(["xgettext", "--package-name=nape", "-o", fresh, *glib_preset, *files],
                   cwd=root, env=env, check=True)

    failed = False
    committed = po / "nape.pot"
    if not committed.exists() or msgids(fresh) != msgids(str(committed)):
        print("po/nape.pot is out of date: run `meson compile -C _build nape-pot`")
        failed = True

    for lang in (po / "LINGUAS").read_text().split():
        merged = os.path.join(tmp, lang + ".po")
        subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", "-o", merged,
                        str(po / (lang + ".po")), fresh], check=True)
        subprocess.run(["msgfmt", "--check", "-o", os.devnull, merged], check=True)
        for kind in ("--untranslated", "--only-fuzzy"):
            left = subprocess.run(["msgattrib", kind, "--no-obsolete", merged],
                                  capture_output=True, text=True, check=True).stdout
            entries = [l for l in left.splitlines() if l.startswith("msgid ") and l != 'msgid ""']
            if entries:
                failed = True
                what = "untranslated" if kind == "--untranslated" else "fuzzy"
                print(f"{lang}.po: {len(entries)} {what} entries, e.g. {entries[0]}")

sys.exit(1 if failed else 0)
