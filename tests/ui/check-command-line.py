#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# check-command-line.py NAPE FIXTURE: `nape --export` and `--import` do their job without a
# window, in a diary under a temporary XDG_DATA_HOME, and fail with one line and status 1.
import os
import subprocess
import sys
import tempfile

nape, fixture = sys.argv[1], sys.argv[2]
failures = []


def run(*args, data_home):
    env = dict(os.environ, XDG_DATA_HOME=data_home, GSETTINGS_BACKEND='memory')
    env.pop('DISPLAY', None)
    env.pop('WAYLAND_DISPLAY', None)
    return subprocess.run([nape, *args], env=env, capture_output=True, text=True, timeout=30)


def check(what, ok, result=None):
    if not ok:
        detail = f' (status {result.returncode}, stderr {result.stderr!r})' if result else ''
        failures.append(what + detail)


with tempfile.TemporaryDirectory() as tmp:
    data_home = os.path.join(tmp, 'data')
    os.mkdir(data_home)

    r = run('--import', fixture, data_home=data_home)
    check('importing the fixture succeeds', r.returncode == 0, r)

    out = os.path.join(tmp, 'x.csv')
    r = run('--export', out, data_home=data_home)
    check('exporting succeeds', r.returncode == 0 and os.path.getsize(out) > 0, r)
    with open(out, encoding='utf-8') as f:
        exported = f.read()
    check('the export holds the imported headaches', exported.count('\nheadache,') >= 2)

    r = run('--import', fixture, data_home=data_home)
    check('importing the same file again succeeds', r.returncode == 0, r)

    out_json = os.path.join(tmp, 'x.json')
    r = run('--export', out_json, data_home=data_home)
    check('exporting JSON succeeds', r.returncode == 0 and os.path.getsize(out_json) > 0, r)

    garbage = os.path.join(tmp, 'garbage.csv')
    with open(garbage, 'wb') as f:
        f.write(b'\x00\xffnot,a\ndiary\n\x01')
    r = run('--import', garbage, data_home=data_home)
    check('a garbage file is refused with status 1', r.returncode == 1, r)
    check('the refusal is one line', r.stderr.count('\n') == 1 and r.stderr.startswith('nape: '), r)

    r = run('--import', os.path.join(tmp, 'diary.txt'), data_home=data_home)
    check('an unknown extension is refused with one line', r.returncode == 1
          and r.stderr.count('\n') == 1, r)

    r = run('--export', os.path.join(tmp, 'no', 'such', 'folder', 'x.csv'), data_home=data_home)
    check('an export that cannot be written fails with one line', r.returncode == 1
          and r.stderr.count('\n') == 1, r)

for failure in failures:
    print('FAIL:', failure)
sys.exit(1 if failures else 0)
