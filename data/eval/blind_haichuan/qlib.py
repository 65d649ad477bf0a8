"""Helpers shared by make_questions.py: load the catalog, expand item keys to
codes, render guides to text, and check that every fact is verbatim."""
import glob
import os
import re
import opencc
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CAT = os.path.join(HERE, 'catalog')
_t2s = opencc.OpenCC('t2s')
_s2t = opencc.OpenCC('s2t')

DIST = {'lj': '331202', 'dg': '331203', 'bt': '331204', 'yx': '331221'}
CITY = '331200'


def load():
    guides = []
    for p in sorted(glob.glob(os.path.join(CAT, 'guides', '*.yaml'))):
        data = yaml.safe_load(open(p, encoding='utf-8'))
        guides.extend(data if isinstance(data, list) else [data])
    halls = {h['id']: h for h in yaml.safe_load(open(os.path.join(CAT, 'halls.yaml'), encoding='utf-8'))}
    faq = {f['id']: f for f in yaml.safe_load(open(os.path.join(CAT, 'faq.yaml'), encoding='utf-8'))}
    bundles = {b['id']: b for b in yaml.safe_load(open(os.path.join(CAT, 'bundles.yaml'), encoding='utf-8'))}
    return guides, halls, faq, bundles


GUIDES, HALLS, FAQ, BUNDLES = load()
BY_CODE = {g['code']: g for g in GUIDES}
# item key = file name suffix (make_catalog writes <base>_<key>.yaml)
KEY2BASE = {}
for p in glob.glob(os.path.join(CAT, 'guides', '*.yaml')):
    base, key = os.path.basename(p)[:-5].split('_', 1)
    KEY2BASE[key] = base
BASE2GUIDES = {}
for g in GUIDES:
    BASE2GUIDES.setdefault(g['base_code'], []).append(g)


def fold(s):
    s = _t2s.convert(s)
    s = ''.join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else (' ' if c == '\u3000' else c) for c in s)
    return re.sub(r'\s+', '', s.lower())


def s2t(s):
    return _s2t.convert(s).replace('簽註', '簽注').replace('哪裏', '哪裡')


def _strings(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for v in x.values():
            yield from _strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from _strings(v)


def _tl(t):
    if t['value'] == 0:
        return '即办'
    return f"{t['value']}个{'工作日' if t['unit'] == 'working_day' else '自然日'}"


def render(code):
    if code in FAQ:
        return fold(' '.join(_strings(FAQ[code])))
    g = BY_CODE[code]
    parts = list(_strings(g))
    parts += [_tl(g['legal_time_limit']), _tl(g['promised_time_limit']), f"{g['online']['visits']}次"]
    for it in g['fee']['items']:
        a = it['amount']
        parts.append(f'{a}元' if isinstance(a, (int, float)) else str(a))
    for h in g['halls']:
        hid = h if isinstance(h, str) else h['hall']
        parts += list(_strings({k: v for k, v in HALLS[hid].items() if k not in ('hours', 'location')}))
    return fold(' '.join(parts))


def codes_for(keys, region=None):
    """keys: list of item keys, FAQ ids or 'B:<bundle id>'. region: district key or None."""
    out = []
    for k in keys:
        if k.startswith('faq-'):
            assert k in FAQ, k
            out.append(k)
            continue
        if k.startswith('B:'):
            b = BUNDLES[k[2:]]
            base2key = {v: kk for kk, v in KEY2BASE.items()}
            out += codes_for([base2key[x] for x in b['items']], region)
            continue
        gs = BASE2GUIDES[KEY2BASE[k]]
        if region:
            rc = DIST[region]
            hit = [g for g in gs if g['region'] == rc]
            if not hit:
                hit = [g for g in gs if g['region'] == CITY]
            assert hit, (k, region)
            out += [g['code'] for g in hit]
        else:
            act = [g for g in gs if g['status'] == 'active']
            out += [g['code'] for g in (act or gs)]
    return out


def fact_ok(fact, codes, bundle_text=''):
    f = fold(fact)
    groups = {}
    for c in codes:
        groups.setdefault(BY_CODE[c]['base_code'] if c in BY_CODE else c, []).append(c)
    for cs in groups.values():
        if all(f in render(c) for c in cs):
            return True
    return f in fold(bundle_text)


ALL_TEXT = fold(' '.join(render(c) for c in list(BY_CODE) + list(FAQ)) +
                ' '.join(' '.join(_strings(b)) for b in BUNDLES.values()))
BUNDLE_TEXT = ' '.join(' '.join(_strings(b)) for b in BUNDLES.values())
