#!/usr/bin/env python3
"""Translation helper for translations/*.ts (Qt Linguist files).

  ts_tool.py lupdate [--dry-run]       run lupdate over src/{app,cli,core,gui} and ui/ (the
                                       sources of cmake/Translations.cmake, same options),
                                       then list every unfinished entry; exit 1 if any.
                                       --dry-run: on temporary copies, the .ts files stay
                                       Entries lupdate marks unfinished only because their
                                       context was renamed keep their translation.
                                       --drop-new: leave new (untranslated) strings out
  ts_tool.py check FILE.ts...          exit 1 if any entry is unfinished/empty
  ts_tool.py dump FILE.ts              print unfinished source texts as JSON
  ts_tool.py fill FILE.ts MAP.json     fill unfinished entries from {source: translation}
                                       (numerus entries: {source: [singular, plural]})
The check reads the .ts files as they are (it does not run lupdate).

The final translation pass, from the repository's top folder:
  tests/packaging/ts_tool.py lupdate              # new strings -> unfinished entries, listed
  tests/packaging/ts_tool.py dump translations/drogue-workbench_de.ts > de.json
  (translate the values of de.json, same for fr)
  tests/packaging/ts_tool.py fill translations/drogue-workbench_de.ts de.json
  tests/packaging/ts_tool.py lupdate              # normalises the files; exit 0 = complete
(`cmake --build <build> --target update_translations` runs the same lupdate.)
"""
import glob
import html
import json
import os
import shutil
import subprocess
import sys
import re
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
TS_FILES = ['translations/drogue-workbench_de.ts', 'translations/drogue-workbench_fr.ts']
# Keep in step with DWB_I18N_SOURCES in cmake/Translations.cmake.
SOURCE_GLOBS = ['src/gui/**/*.cpp', 'src/gui/**/*.h', 'src/core/**/*.cpp', 'src/core/**/*.h',
                'src/app/**/*.cpp', 'src/cli/**/*.cpp', 'src/cli/**/*.h', 'ui/*.ui']
LUPDATE_OPTIONS = ['-no-obsolete', '-locations', 'none']


def find_lupdate():
    for c in (os.environ.get('LUPDATE'), '/usr/lib/qt6/bin/lupdate', shutil.which('lupdate6'),
              shutil.which('lupdate')):
        if c and os.access(c, os.X_OK):
            return c
    sys.exit('lupdate not found (Debian package qt6-l10n-tools); set LUPDATE=/path/to/lupdate')


# lupdate's text form of a .ts file, read and changed as text so that the
# files keep lupdate's exact layout.
CONTEXT_RE = re.compile(r'<context>\n    <name>(.*?)</name>\n(.*?)</context>\n', re.S)
MESSAGE_RE = re.compile(r'    <message[^>]*>\n.*?    </message>\n', re.S)
TRANSLATION_RE = re.compile(r'<translation( type="unfinished")?(?:/>|>.*?</translation>)', re.S)


def message_key(context, block):
    source = re.search(r'<source>(.*?)</source>', block, re.S)
    comment = re.search(r'<comment>(.*?)</comment>', block, re.S)
    return (html.unescape(context), html.unescape(source.group(1) if source else ''),
            html.unescape(comment.group(1) if comment else ''))


def carried_translations(path):
    """{(context, source, comment): '<translation>…</translation>'} of the finished entries."""
    out = {}
    text = open(path, encoding='utf-8').read()
    for ctx in CONTEXT_RE.finditer(text):
        for m in MESSAGE_RE.finditer(ctx.group(2)):
            t = TRANSLATION_RE.search(m.group(0))
            if t and not t.group(1):
                out[message_key(ctx.group(1), m.group(0))] = t.group(0)
    return out


def lookup(old, key):
    """The translation the program would find at run time for key (the lookup
    of AppTranslator in src/gui/common/Translations.cpp): the exact context,
    the class name without its namespace, then the free tr() contexts."""
    context, source, comment = key
    for c in [context, context.rsplit('::', 1)[-1], 'dwb', 'dwb::cli', 'dwb::gui']:
        if (c, source, comment) in old:
            return old[(c, source, comment)]
    return None


def carry_over(path, old, drop_new):
    """After lupdate: an entry it marked unfinished (a context renamed, such as
    'MqttPanel' -> 'dwb::gui::MqttPanel') gets the translation the entry had
    before; with drop_new, entries without one (new strings) are removed."""
    text = open(path, encoding='utf-8').read()
    carried = dropped = 0

    def fix_message(ctx_name, m):
        nonlocal carried, dropped
        block = m.group(0)
        t = TRANSLATION_RE.search(block)
        if not t or not t.group(1):
            return block
        found = lookup(old, message_key(ctx_name, block))
        if found is not None:
            carried += 1
            return block[:t.start()] + found + block[t.end():]
        if drop_new:
            dropped += 1
            return ''
        return block

    def fix_context(c):
        body = MESSAGE_RE.sub(lambda m: fix_message(c.group(1), m), c.group(2))
        if not MESSAGE_RE.search(body):
            return ''
        return f'<context>\n    <name>{c.group(1)}</name>\n{body}</context>\n'

    text = CONTEXT_RE.sub(fix_context, text)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    print(f'{path}: {carried} translation(s) carried over from renamed contexts'
          + (f', {dropped} new entr(y/ies) left out' if drop_new else ''))


def lupdate(dry_run, drop_new=False):
    sources = sorted({f for g in SOURCE_GLOBS for f in glob.glob(os.path.join(ROOT, g), recursive=True)})
    with tempfile.TemporaryDirectory() as tmp:
        targets = []
        for ts in TS_FILES:
            path = os.path.join(ROOT, ts)
            if dry_run:
                path = shutil.copy(path, os.path.join(tmp, os.path.basename(ts)))
            targets.append(path)
        lst = os.path.join(tmp, 'sources.lst')
        with open(lst, 'w', encoding='utf-8') as f:
            f.write('\n'.join(sources) + '\n')
        cmd = [find_lupdate(), '@' + lst, '-I', os.path.join(ROOT, 'src')] + LUPDATE_OPTIONS \
            + ['-ts'] + targets
        before = {t: carried_translations(t) for t in targets}
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        print(r.stdout, end='')
        if r.returncode != 0:
            print(f'lupdate failed ({r.returncode})')
            return 2
        for t in targets:
            carry_over(t, before[t], drop_new)
        rc = check(targets)
        if dry_run:
            print('(dry run: the .ts files in translations/ are unchanged)')
        return rc


def messages(path):
    tree = ET.parse(path)
    for ctx in tree.getroot().iter('context'):
        name = ctx.findtext('name')
        for m in ctx.iter('message'):
            yield tree, name, m


def unfinished(m):
    t = m.find('translation')
    if t is None or t.get('type') in ('unfinished',):
        return True
    if m.get('numerus') == 'yes':
        forms = t.findall('numerusform')
        return not forms or any(not (f.text or '').strip() for f in forms)
    return not (t.text or '').strip()


def check(paths):
    bad = 0
    for p in paths:
        total = 0
        missing = []
        for _, ctx, m in messages(p):
            if m.find('translation') is not None and m.find('translation').get('type') in ('obsolete', 'vanished'):
                continue
            total += 1
            if unfinished(m):
                missing.append((ctx, m.findtext('source')))
        for ctx, src in missing:
            print(f'{p}: unfinished [{ctx}] {src!r}')
        print(f'{p}: {total - len(missing)}/{total} translated')
        bad += len(missing)
    return 1 if bad else 0


def dump(path):
    out = {}
    for _, _, m in messages(path):
        if unfinished(m):
            out[m.findtext('source')] = 'N' if m.get('numerus') == 'yes' else ''
    json.dump(out, sys.stdout, ensure_ascii=False, indent=0)
    print()


def xml_escape(text):
    # as lupdate writes them
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace("'", '&apos;').replace('"', '&quot;'))


def fill(path, mpath):
    """Fills unfinished entries from {source: translation}, as text (the file
    keeps lupdate's layout)."""
    mp = json.load(open(mpath, encoding='utf-8'))
    text = open(path, encoding='utf-8').read()
    n = 0

    def fix(m):
        nonlocal n
        block = m.group(0)
        t = TRANSLATION_RE.search(block)
        if not t or not t.group(1):
            return block
        src = message_key('', block)[1]
        tr = mp.get(src)
        if tr in (None, '', 'N', []):
            return block
        if 'numerus="yes"' in block.split('\n', 1)[0]:
            forms = tr if isinstance(tr, list) else [tr, tr]
            new = '<translation>\n' + ''.join(
                f'            <numerusform>{xml_escape(f)}</numerusform>\n' for f in forms) + '        </translation>'
        else:
            new = f'<translation>{xml_escape(tr if isinstance(tr, str) else tr[-1])}</translation>'
        n += 1
        return block[:t.start()] + new + block[t.end():]

    text = MESSAGE_RE.sub(fix, text)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    print(f'{path}: filled {n}')


if __name__ == '__main__':
    cmd = sys.argv[1] if len(sys.argv) > 1 else ''
    if cmd == 'lupdate':
        sys.exit(lupdate('--dry-run' in sys.argv[2:], '--drop-new' in sys.argv[2:]))
    if cmd == 'check':
        sys.exit(check(sys.argv[2:]))
    if cmd == 'dump':
        dump(sys.argv[2])
        sys.exit(0)
    if cmd == 'fill':
        fill(sys.argv[2], sys.argv[3])
        sys.exit(0)
    print(__doc__)
    sys.exit(2)
