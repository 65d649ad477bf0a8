# -*- coding: utf-8 -*-
"""Helpers for writing the 泉澜 held-out questions: resolve item keys to guide codes,
expand {placeholders} from the catalog, check every fact against the cited entries."""
import os, sys, re, unicodedata, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_catalog as mc

GUIDES, INDEX = mc.build()
HALLS = {h['id']: h for h in mc.HALLS}
FAQ = {f['id']: f for f in mc.FAQ}
BUNDLES = {b['id']: b for b in mc.BUNDLES}
BY_CODE = {g['code']: g for gl in GUIDES.values() for g in gl}
BASE2KEY = {gl[0]['base_code']: k for k, gl in GUIDES.items()}
RCODE = {k: v[0] for k, v in mc.DIST.items()}

AP = ['预约']
EX = ['邮寄', '快递', '寄递', '寄送']
FREE = ['不收费', '免费', '不收取', '无需缴费', '无需付费', '无需交费', '不需要缴费']
ZERO = ['0次', '全程网办', '无需到', '不用到', '不需要到', '足不出户']
NOAP = ['不支持预约', '无需预约', '不需要预约', '不用预约', '不支持网上预约']
NOEX = ['不支持邮寄', '不支持快递', '不提供邮寄', '现场领取', '窗口领取', '当场领取', '当场']
REVW = ['已撤销', '不再办理', '暂停', '停止办理', '已取消', '已废止']
WHITELIST = [AP, EX, FREE, ZERO, NOAP, NOEX, REVW]



def fold(s):
    s = unicodedata.normalize('NFKC', str(s)).lower()
    return re.sub(r'\s+', '', s)


def tl(t):
    if t['value'] == 0:
        return '即办'
    return f"{t['value']}个{'工作日' if t['unit'] == 'working_day' else '自然日'}"


def gtext(g):
    parts = [yaml.safe_dump(g, allow_unicode=True, width=10000), tl(g['legal_time_limit']), tl(g['promised_time_limit']),
             f"{g['online']['visits']}次"]
    for it in g['fee'].get('items', []):
        a = it['amount']
        parts.append(f'{a}元' if isinstance(a, (int, float)) else str(a))
    for hh in g.get('halls', []):
        hid = hh if isinstance(hh, str) else hh['hall']
        parts.append(yaml.safe_dump(HALLS[hid], allow_unicode=True, width=10000))
    return fold(' '.join(parts))


def codes_for(item, reg):
    if item.startswith('faq-'):
        return [item]
    if item.startswith('bundle-'):
        b = BUNDLES[item]
        return [c for base in b['items'] for c in INDEX[BASE2KEY[base]].values()]
    idx = INDEX[item]
    if 'city' in idx:
        return [idx['city']]
    if reg:
        return [idx[reg]]
    return list(idx.values())


def first_hall(g):
    hh = g['halls'][0]
    return HALLS[hh if isinstance(hh, str) else hh['hall']]


def expand(fact, item, codes):
    def rep(m):
        key, _, reg = m.group(1).partition(':')
        if reg:
            g = BY_CODE[INDEX[item][reg]]
        else:
            assert len(codes) == 1, (fact, item, codes)
            g = BY_CODE[codes[0]]
        h = first_hall(g)
        return {'phone': g['consult_phone'], 'cphone': g.get('complaint_phone', ''), 'hall': h['name'],
                'addr': h['address'], 'hphone': h['phone'], 'appt': h.get('appointment_url', '')}[key]
    return re.sub(r'\{(\w+(?::\w+)?)\}', rep, fact)


def ktext(item, codes):
    if item.startswith('faq-'):
        f = FAQ[item]
        return [fold(f['answer'] + ' '.join(f.get('questions', [])))], False
    if item.startswith('bundle-'):
        b = BUNDLES[item]
        t = yaml.safe_dump(b, allow_unicode=True, width=10000) + ' '.join(gtext(BY_CODE[c]) for c in codes)
        return [fold(t)], False
    return [gtext(BY_CODE[c]) for c in codes], True


ERRORS = []


def turn(item, say=None, c=(), a=(), n=(), reg=None, meta=False, ask=False, loc=None, status=None):
    t = {}
    if loc:
        t['location'] = dict(lat=loc[0], lon=loc[1])
    else:
        t['say'] = say
    if item is None:
        t['no_code'] = True
        t['contains'] = ['12345'] + list(c)
        if n: t['not_contains'] = list(n)
        return t
    items = item if isinstance(item, list) else [item]
    codes = []
    for it in items:
        codes += codes_for(it, reg)
    t['codes'] = codes
    c = [expand(x, items[0], codes) for x in c]
    a = [[expand(x, items[0], codes) for x in alts] for alts in a]
    n = [expand(x, items[0], codes) for x in n]
    g0 = BY_CODE.get(codes[0])
    if g0 and g0['status'] != 'active':
        a = [list(REVW)] + list(a)
    if c: t['contains'] = c
    if a: t['contains_any'] = a
    if n: t['not_contains'] = n
    if ask: t['may_ask'] = True
    if not c and not a:
        ERRORS.append(f'no facts: {say}')
    # check facts
    texts, need_all = ktext(items[0], codes) if len(items) == 1 else ([fold(' '.join(ktext(i, codes_for(i, reg))[0][0] if i.startswith(('faq', 'bundle')) else ' '.join(gtext(BY_CODE[x]) for x in codes_for(i, reg)) for i in items))], False)
    for f in c:
        ff = fold(f)
        if not all(ff in tx for tx in texts):
            ERRORS.append(f'fact not in catalog: {f!r} ({item}) <- {say}')
    for alts in a:
        if alts in WHITELIST:
            continue
        if not any(all(fold(x) in tx for tx in texts) for x in alts):
            ERRORS.append(f'no alt in catalog: {alts!r} ({item}) <- {say}')
    for f in n:
        if g0 and g0['status'] != 'active':
            continue
        if fold(f) in texts[0] and not item.startswith('faq'):
            pass
    return t


def region_meta(reg):
    return {'region': RCODE[reg]} if reg in RCODE else ({'region': '880500'} if reg == 'city' else None)
