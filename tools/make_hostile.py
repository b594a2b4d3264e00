#!/usr/bin/env python3
"""Writes the hostile corpus, tests/data/hostile/: files made from the real fixtures by
truncation, byte flips and field deletion, plus wrong types, huge and wrapping numbers,
NaN and Infinity, deep nesting, invalid and overlong UTF-8, UTF-16, byte-order marks,
CRLF, NUL, duplicate keys, markup and javascript: text. Deterministic (seeded), so the
committed files are exactly what this writes. What each file must do (exit code and
message) is tests/data/hostile/expected.tsv, written by hand and checked by
tests/cli/hostile_test.py; this script never writes it.

Usage: tools/make_hostile.py [OUT_DIR]   (default tests/data/hostile)"""
import json
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'tests', 'data', 'hostile')
SEALED = os.path.join(ROOT, 'tests/data/scorecards/sam-taylor-priya-shah-2025-03-04.scorecard.json')
DRAFT = os.path.join(ROOT, 'tests/data/scorecards/bad/draft.scorecard.json')
MARKDOWN = os.path.join(ROOT, 'rubric/library/octopus-support/L5-Senior-Support-Manager.md')
RUBRIC_JSON = os.path.join(ROOT, 'tests/data/rubrics/L4-Lead-Software-Engineer.rubric.json')
rng = random.Random(14)
written = {}


def read(path):
    with open(path, 'rb') as f:
        return f.read()


def put(name, data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    assert name not in written, name
    written[name] = data


def dumps(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False)


def without(obj, path):
    """A deep copy of obj with the member at path (a list of keys and indexes) removed."""
    obj = json.loads(json.dumps(obj))
    parent = obj
    for k in path[:-1]:
        parent = parent[k]
    del parent[path[-1]]
    return obj


def replaced(obj, path, value):
    obj = json.loads(json.dumps(obj))
    parent = obj
    for k in path[:-1]:
        parent = parent[k]
    parent[path[-1]] = value
    return obj


def raw_replace(text, old, new):
    """Replaces the first `old` in JSON text with raw bytes `new` (for what json.dumps cannot write)."""
    assert old in text, old
    return text.replace(old, new, 1)


def truncations(prefix, ext, data, points):
    for p in points:
        n = p if isinstance(p, int) else int(len(data) * p)
        put(f'{prefix}-truncated-{n:05d}.{ext}', data[:n])


def flips(prefix, ext, data, count):
    for _ in range(count):
        i = rng.randrange(len(data))
        b = bytearray(data)
        b[i] = rng.choice([b[i] ^ 0x20, b[i] ^ 0x01, 0x22, 0x7B, 0x5D, 0x80, 0xFF])
        put(f'{prefix}-flip-{i:05d}.{ext}', bytes(b))


def scorecards():
    sealed_bytes = read(SEALED)
    sealed = json.loads(sealed_bytes)
    draft = json.loads(read(DRAFT))
    sealed_text = sealed_bytes.decode()
    draft_text = dumps(draft)
    truncations('sc', 'json', sealed_bytes, [1, 2, 0.1, 0.25, 0.5, 0.75, 0.9, len(sealed_bytes) - 2])
    flips('sc', 'json', sealed_bytes, 8)
    for path in (['format'], ['version'], ['id'], ['rubric'], ['rubric', 'digest'], ['candidate'], ['candidate', 'name'],
                 ['interviewer'], ['date'], ['competencies'], ['competencies', 0, 'id'], ['competencies', 1, 'evidence', 0, 'behaviour'],
                 ['competencies', 1, 'evidence', 0, 'note'], ['submittedAt'], ['digest']):
        name = '-'.join(str(k) for k in path)
        put(f'sc-missing-{name}.json', dumps(without(sealed, path)))
    # Optional members may go: the draft stays valid.
    for path in (['recommendation'], ['rationale'], ['competencies', 0, 'score'], ['competencies', 0, 'evidence']):
        name = '-'.join(str(k) for k in path)
        put(f'sc-draft-missing-{name}.json', dumps(without(draft, path)))
    wrong = {
        'format-number': (['format'], 1), 'format-panel': (['format'], 'panel'), 'version-string': (['version'], '1'),
        'version-float': (['version'], 1.5), 'id-number': (['id'], 123), 'rubric-string': (['rubric'], 'l5'),
        'candidate-string': (['candidate'], 'Sam Taylor'), 'competencies-object': (['competencies'], {}),
        'competency-string': (['competencies', 0], 'i-lead'), 'score-string': (['competencies', 0, 'score'], '3'),
        'score-bool': (['competencies', 0, 'score'], True), 'score-array': (['competencies', 0, 'score'], [3]),
        'evidence-object': (['competencies', 0, 'evidence'], {}), 'note-number': (['competencies', 0, 'evidence', 0, 'note'], 5),
        'date-number': (['date'], 20250304), 'date-impossible': (['date'], '2025-02-30'), 'covered-string': (['covered'], 'all'),
        'reopened-object': (['reopened'], {}), 'submittedAt-number': (['submittedAt'], 0),
        'recommendation-array': (['recommendation'], ['yes']), 'recommendation-maybe': (['recommendation'], 'maybe'),
        'digest-short': (['digest'], 'sha256:abc'),
    }
    for name, (path, value) in wrong.items():
        put(f'sc-wrong-{name}.json', dumps(replaced(sealed, path, value)))
    numbers = {
        'score-2pow32-plus-3': '4294967299', 'score-2pow64-plus-1': '18446744073709551617',
        'score-below-int64': '-9223372036854775809', 'score-1e308': '1e308', 'score-1e400': '1e400',
        'score-minus-0': '-0', 'score-3e0': '3e0', 'score-3.0': '3.0', 'score-0': '0', 'score-5': '5',
    }
    for name, literal in numbers.items():
        put(f'sc-number-{name}.json', raw_replace(draft_text, '"score": 3', '"score": ' + literal))
    put('sc-number-version-2pow32-plus-1.json', raw_replace(sealed_text, '"version": 1', '"version": 4294967297'))
    put('sc-number-version-2pow64-plus-1.json', raw_replace(sealed_text, '"version": 1', '"version": 18446744073709551617'))
    for name, literal in (('NaN', 'NaN'), ('Infinity', 'Infinity'), ('minus-Infinity', '-Infinity'), ('nan-lower', 'nan')):
        put(f'sc-{name}.json', raw_replace(draft_text, '"score": 3', '"score": ' + literal))
    put('sc-deep-65-in-notes.json', raw_replace(draft_text, '"notes": "', '"extra": ' + '[' * 65 + ']' * 65 + ', "notes": "'))
    put('sc-deep-64-in-unknown-member.json', raw_replace(draft_text, '"notes": "', '"extra": ' + '[' * 62 + ']' * 62 + ', "notes": "'))
    put('sc-deep-100000-arrays.json', '{"format": "scorecard", "version": ' + '[' * 100000 + ']' * 100000 + '}')
    put('sc-deep-20000-objects.json', '{"a":' * 20000 + '1' + '}' * 20000)
    put('sc-deep-brackets-in-strings.json', raw_replace(draft_text, '"notes": "', '"notes": "' + '[{' * 50000))
    utf8 = {'ff': b'\xff', 'truncated-2-byte': b'\xc3', 'overlong-slash': b'\xc0\xaf', 'overlong-3-byte': b'\xe0\x80\xaf',
            'surrogate': b'\xed\xa0\x80', 'above-10ffff': b'\xf4\x90\x80\x80', 'lone-continuation': b'\x80', 'five-byte': b'\xf8\x88\x80\x80\x80'}
    for name, bad in utf8.items():
        put(f'sc-utf8-{name}.json', draft_text.encode().replace(b'"notes": "', b'"notes": "' + bad, 1))
    put('sc-utf16le-bom.json', b'\xff\xfe' + sealed_text.encode('utf-16-le'))
    put('sc-utf16be-bom.json', b'\xfe\xff' + sealed_text.encode('utf-16-be'))
    put('sc-utf16le-no-bom.json', sealed_text.encode('utf-16-le'))
    put('sc-utf32le-bom.json', b'\xff\xfe\x00\x00' + sealed_text.encode('utf-32-le'))
    put('sc-utf8-bom.json', b'\xef\xbb\xbf' + sealed_bytes)
    put('sc-utf8-bom-twice.json', b'\xef\xbb\xbf\xef\xbb\xbf' + sealed_bytes)
    put('sc-crlf.json', sealed_bytes.replace(b'\n', b'\r\n'))
    put('sc-cr-only.json', sealed_bytes.replace(b'\n', b'\r'))
    put('sc-nul-trailing.json', sealed_bytes + b'\x00')
    put('sc-nul-in-string.json', draft_text.encode().replace(b'"notes": "', b'"notes": "a\x00b', 1))
    put('sc-escaped-nul-in-note.json', raw_replace(draft_text, '"notes": "', '"notes": "a\\u0000b'))
    put('sc-duplicate-score.json', raw_replace(draft_text, '"score": 3', '"score": 3, "score": 4'))
    put('sc-duplicate-format.json', raw_replace(sealed_text, '"format": "scorecard"', '"format": "scorecard", "format": "panel"'))
    put('sc-duplicate-same-value.json', raw_replace(sealed_text, '"version": 1', '"version": 1, "version": 1'))
    put('sc-duplicate-candidate-name.json', raw_replace(sealed_text, '"name": "Sam Taylor"', '"name": "Sam Taylor", "name": "Alex Morgan"'))
    markup = {
        'script-candidate': (['candidate', 'name'], '<script>alert(1)</script>'),
        'javascript-note': (['competencies', 0, 'evidence', 0, 'note'], 'javascript:alert(document.cookie)'),
        'img-onerror-rationale': (['rationale'], '<img src=x onerror=alert(1)>'),
        'markdown-link-notes': (['competencies', 0, 'notes'], '[click](javascript:alert(1)) **bold** | pipe |'),
        'formula-interviewer': (['interviewer', 'name'], '=HYPERLINK("http://example.invalid","x")'),
        'bidi-candidate': (['candidate', 'name'], 'Sam \u202eroliaT'),
    }
    for name, (path, value) in markup.items():
        put(f'sc-markup-{name}.json', dumps(replaced(draft, path, value)))
    put('sc-escape-lone-surrogate.json', raw_replace(draft_text, '"notes": "', '"notes": "\\ud800'))
    put('sc-escape-reversed-pair.json', raw_replace(draft_text, '"notes": "', '"notes": "\\udc00\\ud800'))
    put('sc-escape-emoji-pair.json', raw_replace(draft_text, '"notes": "', '"notes": "\\ud83d\\ude00 '))
    for name, text in (('empty', ''), ('spaces', ' \n\t '), ('null', 'null'), ('array', '[]'), ('string', '"scorecard"'), ('object', '{}')):
        put(f'sc-only-{name}.json', text)
    put('sc-trailing-garbage.json', sealed_bytes + b'x')
    put('sc-two-documents.json', sealed_bytes + sealed_bytes)
    put('sc-trailing-comment.json', sealed_bytes + b'// end\n')
    put('sc-long-candidate.json', dumps(replaced(draft, ['candidate', 'name'], 'N' * 200000)))
    put('sc-long-member-name.json', raw_replace(draft_text, '"notes": "', '"' + 'k' * 100000 + '": 1, "notes": "'))


def markdown():
    data = read(MARKDOWN)
    text = data.decode()
    truncations('md', 'md', data, [1, 2, 0.05, 0.3, 0.6, 0.95])
    flips('md', 'md', data, 6)
    lines = text.split('\n')
    put('md-missing-title.md', '\n'.join(l for l in lines if not l.startswith('# ')))
    put('md-missing-bullets.md', '\n'.join(l for l in lines if not l.lstrip().startswith('- ')))
    first = text.index('\n## I lead')
    put('md-duplicate-competency.md', text + text[first:text.index('\n## ', first + 4)])
    put('md-heading-only-emoji.md', text.replace('## I lead and support other leaders', '## \U0001F9D1\u200d\U0001F3EB \U0001F680', 1))
    for name, bad in (('ff', b'\xff'), ('overlong', b'\xc0\xaf'), ('surrogate', b'\xed\xa0\x80')):
        put(f'md-utf8-{name}.md', data.replace(b'- I guide', b'- I ' + bad + b'guide', 1))
    put('md-utf16le-bom.md', b'\xff\xfe' + text.encode('utf-16-le'))
    put('md-utf16be-no-bom.md', text.encode('utf-16-be'))
    put('md-utf8-bom.md', b'\xef\xbb\xbf' + data)
    put('md-crlf.md', data.replace(b'\n', b'\r\n'))
    put('md-cr-only.md', data.replace(b'\n', b'\r'))
    put('md-nul.md', data.replace(b'- I guide', b'- I \x00guide', 1))
    head = '# L1: Hostile\n\n## Competency\n\n'
    put('md-deep-quotes.md', head + '- ok\n\n' + '> ' * 50000 + 'deep\n')
    put('md-deep-lists.md', head + ''.join('  ' * i + '- level\n' for i in range(300)))
    put('md-deep-lists-one-line.md', head + '- ' * 20000 + 'deep\n')
    put('md-brackets.md', head + '- ' + '[' * 100000 + '\n')
    put('md-link-openers.md', head + '- ' + '[a](' * 25000 + '\n')
    put('md-emphasis-run.md', head + '- ' + '*a ' * 30000 + '\n')
    put('md-backticks.md', head + '- ' + '`a``' * 25000 + '\n')
    put('md-html-openers.md', head + '- ' + '<a ' * 30000 + '\n')
    put('md-table-wide.md', head + '- ok\n\n' + '|a' * 20000 + '|\n' + '|-' * 20000 + '|\n')
    put('md-script-block.md', head + '<script>alert(1)</script>\n\n- I write <script>alert(2)</script> safely\n')
    put('md-javascript-link.md', head + '- I follow [this link](javascript:alert(1)) and ![img](javascript:alert(2))\n')
    put('md-details-unclosed.md', text.replace('</details>', '', 1))
    put('md-details-nested.md', head + '- ok\n\n' + '<details><summary>Examples</summary>\n\n' * 2000 + '- e\n')
    put('md-entities.md', head + '- zero &#0; big &#x110000; surrogate &#xD800; long &#99999999999999999999; named &amp;&nbsp;\n')
    put('md-long-heading.md', '# L1: ' + 'T' * 100000 + '\n\n## ' + 'C' * 100000 + '\n\n- b\n')
    put('md-many-same-slug.md', head + ''.join(f'- Same text{"!" * (i % 5)}\n' for i in range(3000)))
    put('md-empty.md', '')
    put('md-only-title.md', '# L1: Only a title\n')


def rubric_json():
    data = read(RUBRIC_JSON)
    rubric = json.loads(data)
    text = data.decode()
    truncations('rj', 'json', data, [1, 0.2, 0.5, 0.99])
    flips('rj', 'json', data, 4)
    for path in (['format'], ['version'], ['id'], ['title'], ['competencies'], ['competencies', 0, 'behaviours'],
                 ['competencies', 0, 'behaviours', 0, 'id']):
        put('rj-missing-' + '-'.join(str(k) for k in path) + '.json', dumps(without(rubric, path)))
    wrong = {
        'title-number': (['title'], 1), 'competencies-object': (['competencies'], {}),
        'minutes-string': (['competencies', 0, 'minutes'], '5'), 'minutes-601': (['competencies', 0, 'minutes'], 601),
        'minutes-negative': (['competencies', 0, 'minutes'], -1), 'weight-string': (['competencies', 0, 'weight'], '2'),
        'weight-zero': (['competencies', 0, 'weight'], 0), 'weight-1e6': (['competencies', 0, 'weight'], 1e6),
        'scale-value-5': (['scale'], [{'value': 5, 'label': 'Five'}]),
        'recommendation-maybe': (['recommendations'], [{'id': 'maybe', 'label': 'Maybe'}]),
        'version-2': (['version'], 2), 'version-string': (['version'], '1'), 'version-float': (['version'], 1.0),
    }
    for name, (path, value) in wrong.items():
        put(f'rj-wrong-{name}.json', dumps(replaced(rubric, path, value)))
    put('rj-number-minutes-2pow32-plus-30.json', raw_replace(text, '"minutes": 0', '"minutes": 4294967326'))
    put('rj-number-weight-1e400.json', raw_replace(text, '"minutes": 0', '"minutes": 0, "weight": 1e400'))
    put('rj-weight-nan.json', raw_replace(text, '"minutes": 0', '"minutes": 0, "weight": NaN'))
    put('rj-version-deep-array.json', '{"format":"rubric","version":' + '[' * 100000 + ']' * 100000 + '}')
    put('rj-version-array-64.json', '{"format":"rubric","version":' + '[' * 63 + ']' * 63 + '}')
    put('rj-deep-in-summary.json', raw_replace(text, '"summary": "', '"extra": ' + '{"a":' * 80 + '1' + '}' * 80 + ', "summary": "'))
    put('rj-duplicate-title.json', raw_replace(text, '"title": "L4', '"title": "x", "title": "L4'))
    comps = rubric['competencies']
    put('rj-duplicate-competency-id.json', dumps(replaced(rubric, ['competencies', 1, 'id'], comps[0]['id'])))
    put('rj-duplicate-behaviour-id.json', dumps(replaced(rubric, ['competencies', 0, 'behaviours', 1, 'id'],
                                                         comps[0]['behaviours'][0]['id'])))
    put('rj-markup-title.json', dumps(replaced(rubric, ['title'], '<script>alert(1)</script> javascript:alert(1)')))
    put('rj-utf8-overlong.json', data.replace(b'"title": "L4', b'"title": "\xc0\xafL4', 1))
    put('rj-utf16le-bom.json', b'\xff\xfe' + text.encode('utf-16-le'))
    put('rj-bom-crlf.json', b'\xef\xbb\xbf' + data.replace(b'\n', b'\r\n'))


def main():
    scorecards()
    markdown()
    rubric_json()
    os.makedirs(OUT, exist_ok=True)
    keep = {'expected.tsv', 'README.md'}
    for f in os.listdir(OUT):
        if f not in keep and f not in written:
            os.remove(os.path.join(OUT, f))
    for name, data in sorted(written.items()):
        with open(os.path.join(OUT, name), 'wb') as f:
            f.write(data)
    print(f'{len(written)} files in {os.path.relpath(OUT, ROOT)}')


main()
