#!/usr/bin/env python3
"""Writes inputs at the 2 MiB import limit that once took quadratic time, for the CLI
tests (which only check they finish, with a hang-catching time limit) and the benchmark
(scripts/bench_limits.sh, which times them natively and as WebAssembly):

  bullets.md            one competency, identical bullets (unique behaviour ids)
  headings.md           ~147,000 competencies, one bullet each (duplicate-title check)
  same-slug.md          ~100,000 different titles that make the same slug (unique competency ids)
  rubric-many.json      rubric JSON with as many competencies as fit
  card-a.json, card-b.json  two submitted scorecards of 60,000 competencies each (consolidate)
  covered.json          a scorecard whose `covered` lists 60,000 competencies (validate)
  evidence.json         one competency with 40,000 evidence notes (validate, summaries)
  long-duplicate.md     two competencies with the same 100,000-character title (the message quotes 80)
  over-limit.md         one byte over the limit

Usage: tests/cli/limit_inputs.py OUT_DIR"""
import hashlib
import json
import os
import sys

LIMIT = 2 * 1024 * 1024
OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)


def write(name, text):
    data = text.encode()
    assert len(data) <= LIMIT or name == 'over-limit.md', (name, len(data))
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(data)


def fill(head, item, tail=''):
    """head + item(0) + item(1) + ... + tail, as many items as fit in the limit."""
    parts, size, i = [head], len(head.encode()) + len(tail.encode()), 0
    while True:
        s = item(i)
        if size + len(s.encode()) > LIMIT:
            break
        parts.append(s)
        size += len(s.encode())
        i += 1
    return ''.join(parts) + tail


def card(n, who):
    return {'format': 'scorecard', 'version': 1, 'id': 'limit-' + who,
            'rubric': {'id': 'limits', 'title': 'Limits', 'digest': 'sha256:' + '0' * 64},
            'candidate': {'name': 'Casey Limit'}, 'interviewer': {'name': who}, 'date': '2026-12-01',
            'competencies': [{'id': f'c{i}', 'score': 1 + (i + len(who)) % 4} for i in range(n)]}


def sealed(c):
    """A submitted scorecard, and its digest over the canonical JSON without `digest` with
    every member as the app writes it (docs/scorecard-format.md), so a panel counts it.
    The file leaves the optional members out, so 60,000 competencies fit."""
    c = dict(c, recommendation='yes', rationale='At the limit.', submittedAt='2026-12-01T16:00:00Z')
    full = dict(c, keyTakeaways='')
    full['competencies'] = [dict({'notAssessedReason': None, 'evidence': [], 'notes': ''}, **x) for x in c['competencies']]
    canonical = json.dumps(full, sort_keys=True, separators=(',', ':'), ensure_ascii=False).encode()
    c['digest'] = 'sha256:' + hashlib.sha256(canonical).hexdigest()
    return c


PUNCT = '!?.,;=%^@$'


def same_slug_title(i):
    # "Same" plus punctuation spelling i in base 10: different titles, one slug.
    return 'Same ' + ''.join(PUNCT[int(d)] for d in str(i))


write('bullets.md', fill('# L1: Limits\n\n## Repeated\n\n', lambda i: '- I repeat the same behaviour text\n'))
write('headings.md', fill('# L1: Limits\n', lambda i: f'## C{i}\n- b\n'))
write('same-slug.md', fill('# L1: Limits\n', lambda i: f'## {same_slug_title(i)}\n- b\n'))
write('rubric-many.json', fill('{"format":"rubric","version":1,"id":"limits","title":"Limits","competencies":[',
                               lambda i: ('' if i == 0 else ',') + f'{{"id":"c{i}","title":"C{i}","behaviours":[{{"id":"b","text":"b"}}]}}',
                               ']}'))
for who in ('a', 'b'):
    write(f'card-{who}.json', json.dumps(sealed(card(60000, who)), separators=(',', ':')))
covered = card(60000, 'covered')
covered['covered'] = [c['id'] for c in covered['competencies']]
write('covered.json', json.dumps(covered, separators=(',', ':')))
evidence = card(1, 'evidence')
evidence['competencies'][0]['evidence'] = [{'behaviour': f'b{i}', 'note': f'Note {i}'} for i in range(40000)]
write('evidence.json', json.dumps(evidence, separators=(',', ':')))
title = 'Long ' * 20000
write('long-duplicate.md', f'# L1: Limits\n\n## {title}\n- b\n\n## {title}\n- b\n')
write('over-limit.md', '# L1: Over\n\n## C\n\n' + '- b\n' * ((LIMIT - 16) // 4 + 2))
