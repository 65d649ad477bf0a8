#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Checks questions.yaml against catalog/ (this folder only). Standard library + PyYAML.

Usage: python check_questions.py [questions.yaml] [catalog_dir]
Exit status 1 when an error is found; warnings do not fail.
"""
import glob
import json
import os
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
QFILE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'questions.yaml')
CAT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'catalog')

TAGS = set('howto materials time fee location online process conditions phone appointment express visits agent '
           'cross-region result amount fact-in-field region faq bundle revoked suspended negative typo long '
           'compound traditional'.split())
ID_RE = re.compile(r'^[a-z0-9_-]+$')
TURN_KEYS = {'say', 'codes', 'contains', 'contains_any', 'not_contains', 'no_code', 'may_ask', 'not_codes'}
# Characters that exist only in Traditional script (their Simplified forms differ).
TRAD = set('這們個來說時會過還對從與發動點為問題關開麼嗎樣種見現應兩讓話請進長門間東車條書買賣錢銀寫學業幾經號選'
           '聯網處證辦補領換戶醫療險區縣鎮鄉歲報稅費務員單據飯館許營執標準記錄專電養齡殘給嬰兒產護線預約郵續轉'
           '註冊認師語數頭體歷檢驗創擔貸貼優惠帶媽爺壞盜竊遺駕駛輛過鶴蘆們麼裡週婚頁張參隨遷傳遞類聽'
           '狀態滿額歸務濟貧層樓廳際聯絡門診醫師職轉統籌項資審週媽嗎啟終結離婚紀錄護照籤證臨時殯葬喪補貼'
           '週長辦幫處畢業學歷碩課試駐軍隊紅禮協會團齡養龍鳳劃公佈圖劃並癱瘓鄰瀕難產貿訂裁導兩權攜聽鐘錶')
TRAD -= set('婚照公葬惠裁')  # identical in both scripts; keep only characters that differ


def load_yaml_files(pattern):
    out = []
    for p in sorted(glob.glob(pattern)):
        with open(p, encoding='utf-8') as f:
            if p.endswith('.json'):
                d = json.load(f)
            else:
                d = yaml.safe_load(f)
        out.extend(d if isinstance(d, list) else [d])
    return out


def strings(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for v in x.values():
            yield from strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from strings(v)


def main():
    errors, warnings = [], []
    guides = load_yaml_files(os.path.join(CAT, 'guides', '*.yaml')) + load_yaml_files(os.path.join(CAT, 'guides', '*.json'))
    halls = {h['id']: h for h in load_yaml_files(os.path.join(CAT, 'halls.yaml'))}
    regions = load_yaml_files(os.path.join(CAT, 'regions.yaml'))
    faqs = load_yaml_files(os.path.join(CAT, 'faq.yaml'))
    bundles = load_yaml_files(os.path.join(CAT, 'bundles.yaml'))

    text, status, kind, base = {}, {}, {}, {}
    for g in guides:
        t = ' '.join(strings(g))
        for h in g.get('halls') or []:
            hid = h['hall'] if isinstance(h, dict) else h
            t += ' ' + ' '.join(strings(halls[hid]))
        text[g['code']] = t
        status[g['code']] = g['status']
        kind[g['code']] = 'guide'
        base[g['code']] = g.get('base_code') or g['code']
    for f in faqs:
        text[f['id']] = ' '.join(strings(f))
        status[f['id']] = f.get('status', 'active')
        kind[f['id']] = 'faq'
    for b in bundles:
        text[b['id']] = ' '.join(strings(b))
        status[b['id']] = 'active'
        kind[b['id']] = 'bundle'

    try:
        with open(QFILE, encoding='utf-8') as f:
            data = yaml.safe_load(f)
    except yaml.YAMLError as e:
        print('ERROR: YAML does not parse:', e)
        return 1
    if data.get('version') != 1:
        errors.append('version must be 1')
    convs = data.get('conversations') or []
    seen = set()
    tag_count = Counter()
    n_single = n_multi = n_negative_turns = n_trad = n_long = 0
    for c in convs:
        cid = c.get('id', '?')
        where = f'{cid}'
        if not ID_RE.match(str(cid)):
            errors.append(f'{where}: bad id')
        if cid in seen:
            errors.append(f'{where}: duplicate id')
        seen.add(cid)
        if not c.get('description'):
            errors.append(f'{where}: no description')
        tags = c.get('tags') or []
        if not tags:
            errors.append(f'{where}: no tags')
        for t in tags:
            if t not in TAGS:
                errors.append(f'{where}: tag not allowed: {t}')
        tag_count.update(tags)
        turns = c.get('turns') or []
        if not turns:
            errors.append(f'{where}: no turns')
        if len(turns) == 1:
            n_single += 1
        elif 2 <= len(turns) <= 4:
            n_multi += 1
        else:
            errors.append(f'{where}: {len(turns)} turns (1 or 2-4 expected)')
        has_trad = has_long = False
        for i, turn in enumerate(turns, 1):
            w = f'{cid}#{i}'
            extra = set(turn) - TURN_KEYS
            if extra:
                errors.append(f'{w}: unknown keys {sorted(extra)}')
            say = turn.get('say') or ''
            if not say.strip():
                errors.append(f'{w}: empty say')
            if any(ch in TRAD for ch in say):
                has_trad = True
            if 80 <= len(say) <= 200:
                has_long = True
            if len(say) > 200:
                errors.append(f'{w}: message longer than 200 characters ({len(say)})')
            if len(say) >= 80 and 'long' not in tags:
                warnings.append(f'{w}: {len(say)}-character message without the long tag')
            if turn.get('no_code'):
                n_negative_turns += 1
                if turn.get('codes') or turn.get('contains') or turn.get('contains_any'):
                    errors.append(f'{w}: no_code with codes/contains')
                if 'negative' not in tags:
                    errors.append(f'{w}: no_code turn in a conversation without the negative tag')
                continue
            codes = turn.get('codes') or []
            if not codes:
                errors.append(f'{w}: no codes and no no_code')
            for code in codes + list(turn.get('not_codes') or []):
                if code not in text:
                    errors.append(f'{w}: unknown code {code}')
            codes = [x for x in codes if x in text]
            if not codes:
                continue
            st = {status[x] for x in codes}
            if 'revoked' in st and 'revoked' not in tags:
                warnings.append(f'{w}: cites a revoked entry without the revoked tag')
            if 'suspended' in st and 'suspended' not in tags:
                warnings.append(f'{w}: cites a suspended guide without the suspended tag')
            only_guides = all(kind[x] == 'guide' for x in codes)
            # guides of the same item (base_code) must all hold a required string (同要素);
            # a turn may cite several items (a question about two things): each string must be held by one of them.
            groups = {}
            for x in codes:
                groups.setdefault(base.get(x, x), []).append(x)

            def held(s):
                hit = [b for b, xs in groups.items() if any(s in text[x] for x in xs)]
                partial = [b for b in hit if not all(s in text[x] for x in groups[b])]
                return hit, partial

            def check_string(s, label):
                if not isinstance(s, str) or not (4 <= len(s) <= 20):
                    errors.append(f'{w}: {label} {s!r} must be a 4-20 character string')
                    return
                hit, partial = held(s)
                if not hit:
                    errors.append(f'{w}: {label} {s!r} is in none of the cited entries')
                elif only_guides and partial:
                    errors.append(f'{w}: {label} {s!r} missing from some guides of item(s) {partial}')
            for s in turn.get('contains') or []:
                check_string(s, 'contains')
            for grp in turn.get('contains_any') or []:
                if not isinstance(grp, list) or not grp:
                    errors.append(f'{w}: contains_any group must be a non-empty list')
                    continue
                for s in grp:
                    if not isinstance(s, str) or not (4 <= len(s) <= 20):
                        errors.append(f'{w}: contains_any {s!r} must be a 4-20 character string')
                hit_groups = [b for b, xs in groups.items() if any(s in text[x] for s in grp for x in xs)]
                if not hit_groups:
                    errors.append(f'{w}: contains_any group {grp} matches no cited entry')
                if only_guides:
                    for b in hit_groups:
                        for x in groups[b]:
                            if not any(s in text[x] for s in grp):
                                errors.append(f'{w}: contains_any group {grp} does not match {x}')
            for s in turn.get('not_contains') or []:
                if not isinstance(s, str) or not s:
                    errors.append(f'{w}: bad not_contains {s!r}')
        if 'traditional' in tags:
            n_trad += 1
            if not has_trad:
                errors.append(f'{where}: tagged traditional but no Traditional characters found')
        elif has_trad:
            warnings.append(f'{where}: Traditional characters without the traditional tag')
        if 'long' in tags:
            n_long += 1
            if not has_long:
                errors.append(f'{where}: tagged long but no 80-200 character message')
        if 'negative' in tags and not any(t.get('no_code') for t in turns):
            errors.append(f'{where}: tagged negative but no no_code turn')

    # catalog summary
    items = {g.get('base_code') or g['code'] for g in guides}
    revoked_items = {g.get('base_code') for g in guides if g['status'] == 'revoked'}
    print(f'catalog: {len(items)} items, {len(guides)} guides, {len(regions)} regions, {len(halls)} halls, '
          f'{len(faqs)} FAQ ({sum(1 for f in faqs if f.get("status") == "revoked")} revoked, '
          f'{sum(1 for f in faqs if not f.get("questions"))} passages without questions), {len(bundles)} bundles, '
          f'{len(revoked_items)} revoked items, {sum(1 for g in guides if g["status"] == "suspended")} suspended guides')
    print(f'questions: {len(convs)} conversations: {n_single} single-turn, {n_multi} multi-turn; '
          f'{sum(1 for c in convs if "negative" in c["tags"])} with an unanswerable turn ({n_negative_turns} turns); '
          f'{n_trad} traditional; {n_long} long')
    print('tags:', ', '.join(f'{t}={n}' for t, n in sorted(tag_count.items(), key=lambda x: -x[1])))
    missing = TAGS - set(tag_count)
    if missing:
        warnings.append(f'tags never used: {sorted(missing)}')
    for w_ in warnings:
        print('WARNING:', w_)
    for e in errors:
        print('ERROR:', e)
    print(f'{len(errors)} errors, {len(warnings)} warnings')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
