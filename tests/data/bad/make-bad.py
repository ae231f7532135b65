#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the bad input catalogue of tests/app/tst_badinput.cpp into this folder.

Every file is deterministic, so running this again gives the same bytes. Files that must not
be committed (a 2 GB sparse file, a folder, a FIFO, an unreadable file) are made by the test
itself in a temporary folder. The file suffix chooses the route through the app, as
MainWindow::openAnyFile() does: .json and .csv import figures, .annals opens a project, .txt
imports a report text.

    tests/data/bad/make-bad.py
"""
import hashlib
import json
import os
import random

here = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    with open(os.path.join(here, name), 'wb') as f:
        f.write(data)


def extract(**changes):
    """A small valid extract; changes replace top-level keys, None removes one."""
    base = {
        'format': 'annals-extract',
        'version': 1,
        'dataset': {'id': 'bad-cases', 'title': 'Bad input catalogue'},
        'sources': [{'id': 's1', 'title': 'A source', 'url': 'https://example.org/s1'}],
        'series': [series()],
    }
    for key, value in changes.items():
        if value is None:
            del base[key]
        else:
            base[key] = value
    return json.dumps(base, ensure_ascii=False, indent=1) + '\n'


def series(unit='billion yuan', observations=None, **changes):
    result = {'id': 'rd', 'name': {'en': 'R&D spending', 'zh': '研发经费'}, 'unit': unit,
              'observations': observations if observations is not None
              else [observation(year=2023, value=3335.71), observation()]}
    result.update(changes)
    return result


def observation(drop=(), **changes):
    result = {'year': 2024, 'value': 3632.68, 'vintage': 'actual', 'source': 's1'}
    result.update(changes)
    for key in drop:
        del result[key]
    return result


def junk(seed, size):
    generator = random.Random(seed)
    return bytes(generator.randrange(256) for _ in range(size))


def project(payload, fmt=1):
    digest = hashlib.sha256(payload).hexdigest().encode()
    return (b'ANNALS-PROJECT\nformat: %d\nwritten-by: Annals 0.1.0\npayload-length: %d\n'
            b'payload-sha256: %s\n' % (fmt, len(payload), digest)) + payload


valid = extract()

# Extracts (.json): syntax, types, required fields, values.
write('extract-malformed.json', valid.replace('"version": 1,', '"version": 1,,'))
write('extract-truncated.json', valid[:len(valid) * 3 // 5])
write('extract-unclosed-string.json',
      '{"format": "annals-extract", "version": 1, "dataset": {"id": "x\n')
write('extract-deep-nesting.json', '{"format": ' + '[' * 100000 + ']' * 100000 + '}')
write('extract-version-as-text.json', extract(version='1'))
write('extract-sources-not-list.json', extract(sources={'id': 's1', 'title': 'A source'}))
write('extract-value-as-text.json',
      extract(series=[series(observations=[observation(value='3632.68')])]))
write('extract-dataset-is-list.json', extract(dataset=[]))
write('extract-missing-format.json', extract(format=None))
write('extract-missing-series.json', extract(series=None))
write('extract-missing-vintage.json',
      extract(series=[series(observations=[observation(drop=('vintage',))])]))
write('extract-duplicate-year.json',
      extract(series=[series(observations=[observation(), observation()])]))
write('extract-value-1e999.json', valid.replace('3632.68', '1e999'))
write('extract-negative-amount.json',
      extract(series=[series(observations=[observation(value=-5)])]))
write('extract-unknown-unit.json', extract(series=[series(unit='furlongs')]))
write('extract-unknown-vintage.json',
      extract(series=[series(observations=[observation(vintage='estimate')])]))
write('extract-year-1800.json',
      extract(series=[series(observations=[observation(year=1800)])]))
write('extract-latin1.json', valid.encode().replace(b'Bad input catalogue', b'Caf\xe9'))
write('extract-utf16.json', b'\xff\xfe' + valid.encode('utf-16-le'))
write('extract-mixed-encoding.json', valid.encode('utf-8').replace(
    'R&D spending'.encode(), '研发'.encode('gbk')))
# Issue 10: every reader bounded, one set of rules.
write('extract-value-1.5e308.json', valid.replace('3632.68', '1.5e308'))
write('extract-unit-escape.json', extract(series=[series(
    unit='\x1b[2J\x1b[H' + 'furlongs per fortnight ' * 4)]))
write('extract-too-many-series.json', json.dumps({
    'format': 'annals-extract', 'version': 1, 'dataset': {'id': 'x', 'title': 'x'},
    'sources': [],
    'series': [{'id': 's%d' % i, 'name': {'en': 's'}, 'unit': 'count', 'observations': []}
               for i in range(2001)]}, separators=(',', ':')) + '\n')
write('extract-long-name.json', extract(series=[series(name={'en': 'R' * 30000})]))
write('keyword-counts.json', json.dumps({
    'format': 'annals-keyword-counts', 'version': 1, 'vocabulary': [{'term': '科技'}],
    'documents': [{'year': 2024, 'document': 'gwr-2024-zh.txt', 'language': 'zh',
                   'baseUnits': 100, 'counts': {'科技': 3}}]}, ensure_ascii=False) + '\n')
write('empty.json', b'')
write('whitespace.json', b' \n\t\n')
write('nul-bytes.json', b'\0' * 64)
write('binary-junk.json', junk(1, 4096))

# Figure tables (.csv).
header = 'indicator,year,value,unit,vintage,reported_growth_pct,source_url,note\n'
row = 'rd,2024,3632.68,billion yuan,actual,8.9,https://example.org/s1,\n'
write('csv-ragged-short.csv', header + row + 'rd,2023,3335.71,billion yuan\n')
write('csv-ragged-long.csv', header + row + 'rd,2023,3335.71,billion yuan,actual,,,,extra\n')
write('csv-unbalanced-quote.csv',
      header + row + 'rd,2023,3335.71,billion yuan,actual,,,"never closed\n')
write('csv-quote-inside-field.csv', header + 'rd,2023,33"35,billion yuan,actual,,,\n')
write('csv-missing-column.csv', 'indicator,year,value,unit\n' + 'rd,2024,3632.68,billion yuan\n')
write('csv-duplicate-row.csv', header + row + row)
write('csv-nan.csv', header + row.replace('3632.68', 'nan'))
write('csv-infinity.csv', header + row.replace('3632.68', '-inf'))
write('csv-value-1e999.csv', header + row.replace('3632.68', '1e999'))
write('csv-negative-amount.csv', header + row.replace('3632.68', '-1'))
write('csv-unknown-unit.csv', header + row.replace('billion yuan', 'furlongs'))
write('csv-unknown-vintage.csv', header + row.replace('actual', 'estimate'))
write('csv-year-2101.csv', header + row.replace('2024', '2101', 1))
write('csv-latin1.csv', (header + row.replace('rd,', 'caf\u00e9,')).encode('latin-1'))
write('csv-gbk.csv', (header + row.replace('rd,', '研发,')).encode('gbk'))
write('csv-utf16.csv', b'\xff\xfe' + (header + row).encode('utf-16-le'))
write('csv-value-1.8e308.csv', header + row.replace('3632.68', '1.8e308'))
write('csv-vintage-escape.csv', header + row.replace('actual', 'act\x07ual\x1b]0;owned\x07'))
write('csv-too-many-series.csv',
      header + ''.join('s%d,2024,1,count,actual,,,\n' % i for i in range(2001)))
write('empty.csv', b'')
write('csv-header-only.csv', header)
write('binary-junk.csv', junk(2, 4096))

# Projects (.annals).
golden = open(os.path.join(here, '..', 'project', 'v1-golden.annals'), 'rb').read()
write('empty.annals', b'')
write('binary-junk.annals', junk(3, 4096))
write('project-truncated.annals', golden[:len(golden) // 2])
write('project-is-an-extract.annals', valid)
write('project-newer-format.annals', project(b'from the future\n', fmt=7))
write('project-garbage-behind-checksum.annals', project(junk(4, 4096)))

# Report texts (.txt), imported without the import dialog.
write('text-2024-undecodable.txt', '2024年政府工作报告\n'.encode() + b'\x80\xff\xfe' + junk(5, 64))
write('text-2024-mixed-encoding.txt', '2024年政府工作报告\n科技创新\n'.encode()
      + '集成电路'.encode('gbk') + b'\xff\n')
write('text-2024-utf16-odd-length.txt', b'\xff\xfe' + '2024年科技'.encode('utf-16-le') + b'\x00')
write('text-without-year.txt', '政府工作报告\n大力推进科技创新。\n')
write('empty-2024.txt', b'')
write('binary-junk-2024.txt', junk(6, 4096))
