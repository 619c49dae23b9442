#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Flatpak manifest parses, and its app id and command match the meson build."""
import json
import sys

manifest_path, app_id, command = sys.argv[1:4]
with open(manifest_path) as f:
    manifest = json.load(f)

errors = []
if manifest.get("id", manifest.get("app-id")) != app_id:
    errors.append(f"id is {manifest.get('id')!r}, meson says {app_id!r}")
if manifest.get("command") != command:
    errors.append(f"command is {manifest.get('command')!r}, meson builds {command!r}")
if manifest.get("runtime") != "org.gnome.Platform" or manifest.get("sdk") != "org.gnome.Sdk":
    errors.append("runtime and sdk must be org.gnome.Platform and org.gnome.Sdk")
finish = manifest.get("finish-args", [])
for arg in ("--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri",
            "--system-talk-name=org.bluez"):
    if arg not in finish:
        errors.append(f"finish-args lacks {arg}")
modules = manifest.get("modules", [])
if not modules or modules[-1].get("name") != "nape" or modules[-1].get("buildsystem") != "meson":
    errors.append("the last module must be nape, built with meson")

for e in errors:
    print(e)
sys.exit(1 if errors else 0)
