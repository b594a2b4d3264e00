#!/usr/bin/env python3
"""The hostile corpus (tests/data/hostile/, written by tools/make_hostile.py) through the
CLI: each file with the exit code and the first line of stderr that expected.tsv gives
for it, within a time limit, with every stderr line short and valid UTF-8.

expected.tsv: FILE <tab> COMMAND <tab> EXIT <tab> FIRST STDERR LINE [<tab> STDOUT MUST CONTAIN]
COMMAND is `rubric FILE`, `validate FILE`, or `consolidate` (the four sample scorecards
and FILE, as CSV). Every file of the folder has at least one line.

Usage: tests/cli/hostile_test.py CLI [--print]   (prints "hostile: N passed, N failed";
--print shows what the CLI does now, one expected.tsv line per file, to review by hand)"""
import glob
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HOSTILE = 'tests/data/hostile'
SAMPLES = sorted(glob.glob('tests/data/scorecards/*.scorecard.json'))
TIME_LIMIT = 30  # seconds; every file takes well under one natively, this catches a hang
MAX_LINE = 1024  # bytes: messages quote at most 80 characters of the input


def command_line(cli, command, path):
    if command == 'consolidate':
        return [cli, 'consolidate', *SAMPLES, path, '--format', 'csv']
    return [cli, command, path]


def run(cli, command, name):
    path = os.path.join(HOSTILE, name)
    try:
        p = subprocess.run(command_line(cli, command, path), capture_output=True, timeout=TIME_LIMIT)
    except subprocess.TimeoutExpired:
        return None
    return p


def default_command(name):
    return 'validate' if name.startswith('sc-') else 'rubric'


def check(cli, fields):
    name, command, code, first = fields[:4]
    must_contain = fields[4] if len(fields) > 4 else ''
    p = run(cli, command, name)
    if p is None:
        return f'no answer within {TIME_LIMIT} s'
    if p.returncode < 0:
        return f'killed by signal {-p.returncode}: {p.stderr.decode(errors="replace")[-400:]}'
    lines = p.stderr.split(b'\n') if p.stderr else []
    for line in lines:
        if len(line) > MAX_LINE:
            return f'stderr line of {len(line)} bytes: {line[:200]!r}...'
        try:
            line.decode('utf-8')
        except UnicodeDecodeError:
            return f'stderr line is not UTF-8: {line[:200]!r}'
    got_first = lines[0].decode() if lines else ''
    if p.returncode != int(code):
        return f'exit {p.returncode}, expected {code}; stderr: {got_first}'
    if got_first != first:
        return f'first stderr line\n        got      {got_first}\n        expected {first}'
    if must_contain and must_contain.encode() not in p.stdout:
        return f'stdout lacks {must_contain!r}'
    if command == 'rubric' and p.returncode == 0:
        json.loads(p.stdout)  # the rubric JSON printed is JSON
    return ''


def main():
    os.chdir(ROOT)
    cli = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else 'build/native/scorecard'
    files = sorted(f for f in os.listdir(HOSTILE) if f not in ('expected.tsv', 'README.md'))
    if '--print' in sys.argv:
        for name in files:
            p = run(cli, default_command(name), name)
            first = p.stderr.split(b'\n')[0].decode(errors='replace') if p and p.stderr else ''
            print('\t'.join([name, default_command(name), str(p.returncode if p else 'TIMEOUT'), first]))
        return 0
    with open(os.path.join(HOSTILE, 'expected.tsv'), encoding='utf-8') as f:
        rows = [line.rstrip('\n').split('\t') for line in f if line.strip() and not line.startswith('#')]
    passed = failed = 0
    covered = {r[0] for r in rows}
    for name in files:
        if name not in covered:
            print(f'FAIL  {name}: no line in expected.tsv')
            failed += 1
    for fields in rows:
        why = 'not in the folder' if fields[0] not in files else check(cli, fields)
        if why:
            failed += 1
            print(f'FAIL  {fields[0]} ({fields[1]}): {why}')
        else:
            passed += 1
            print(f'ok    {fields[0]} ({fields[1]})')
    print(f'hostile: {passed} passed, {failed} failed')
    return 1 if failed else 0


sys.exit(main())
