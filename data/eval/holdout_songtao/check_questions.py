# -*- coding: utf-8 -*-
"""Checks questions.yaml against catalog/: YAML parses, ids unique, tags allowed, codes exist,
contains/contains_any are exact substrings (4-20 chars) of a cited guide or FAQ, long messages are
80-200 characters, traditional ones contain Traditional characters.

"Text of a guide" = every string in the guide, the text of the halls it references (name, address,
phone, hours, notes), and its time limits written the usual way (value 15, unit working_day ->
"15个工作日"). "Text of an FAQ entry" = its questions and answer."""
import collections, glob, json, os, re, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CAT = os.path.join(HERE, 'catalog')
QF = os.path.join(HERE, 'questions.yaml')
TAGS = set('howto materials time fee location online process conditions phone appointment express visits agent '
           'cross-region result amount fact-in-field region faq bundle revoked suspended negative typo long compound '
           'traditional'.split())
# characters that exist only in Traditional script (their Simplified forms differ)
TRAD = set('證戶辦麼區們請問這養號碼險醫費時間個補續護錢領遺過轉結婚離爲為來說還會兒嗎著們對沒際與'
           '們關開車駕駛機務稅額貸購買賣將當點後幾歲歲處擔憂網線請該讓寫實際長難須覽產婦孫爺親屬'
           '孩園級學報標準資齡優殘疾險業積蓄營執總書張條項審發現場須規劃樣態無犯紀錄郵寄預約換舊壞'
           '電話諮詢訴雙滿單獨體檢驗認參與聯繫應該們這樣還給塊頭東們狀況臨歸屬縣鎮鄉區補貼'
           '們負責變動葬儀館喪撫卹亡邊遠幫陳劉趙張楊們選擇鐘週條談論請們獲廣計劃監餘額們紙')
TRAD -= set('疾犯约寄婚著蓄葬孩亡')  # characters shared by both scripts


try:
    import opencc
    T2S = opencc.OpenCC('t2s')
except Exception:  # fall back to the character list
    T2S = None


def strings(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for v in x.values():
            yield from strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from strings(v)


def load_catalog():
    halls = {h['id']: h for h in yaml.safe_load(open(os.path.join(CAT, 'halls.yaml'), encoding='utf-8'))}
    guides = {}
    for f in sorted(glob.glob(os.path.join(CAT, 'guides', '*'))):
        txt = open(f, encoding='utf-8').read()
        data = json.loads(txt) if f.endswith('.json') else yaml.safe_load(txt)
        for g in (data if isinstance(data, list) else [data]):
            parts = list(strings(g))
            for k in ('legal_time_limit', 'promised_time_limit'):
                t = g[k]
                parts.append(f"{t['value']}个{'工作日' if t['unit'] == 'working_day' else '自然日'}")
            for h in g.get('halls') or []:
                hid = h if isinstance(h, str) else h['hall']
                parts.extend(strings({k: v for k, v in halls[hid].items() if k != 'id'}))
            guides[g['code']] = ('\n'.join(parts), g)
    faq = {}
    for q in yaml.safe_load(open(os.path.join(CAT, 'faq.yaml'), encoding='utf-8')):
        faq[q['id']] = ('\n'.join([q['answer']] + (q.get('questions') or [])), q)
    return guides, faq


def main():
    guides, faq = load_catalog()
    errors = []
    # the catalog is written in Simplified script: none of its characters counts as Traditional-only
    for tx, _ in list(guides.values()) + list(faq.values()):
        TRAD.difference_update(tx)
    try:
        doc = yaml.safe_load(open(QF, encoding='utf-8'))
    except Exception as e:
        print('YAML error:', e)
        return 1
    if doc.get('version') != 1:
        errors.append('version must be 1')
    convs = doc.get('conversations') or []
    ids = collections.Counter(c.get('id') for c in convs)
    for i, n in ids.items():
        if n > 1:
            errors.append(f'{i}: duplicate id')
    tagcount = collections.Counter()
    single = multi = long_n = trad_n = 0
    for c in convs:
        cid = c.get('id', '?')
        if not re.fullmatch(r'[a-z0-9_-]+', str(cid)):
            errors.append(f'{cid}: bad id')
        if not c.get('description'):
            errors.append(f'{cid}: no description')
        tags = c.get('tags') or []
        if not tags:
            errors.append(f'{cid}: no tags')
        for t in tags:
            if t not in TAGS:
                errors.append(f'{cid}: unknown tag {t}')
        tagcount.update(set(tags))
        turns = c.get('turns') or []
        if len(turns) == 1:
            single += 1
        elif 2 <= len(turns) <= 4:
            multi += 1
        else:
            errors.append(f'{cid}: {len(turns)} turns (1 or 2-4 allowed)')
        lens = []
        for k, t in enumerate(turns):
            where = f'{cid} turn {k + 1}'
            say = t.get('say')
            if not isinstance(say, str) or not say.strip():
                errors.append(f'{where}: empty say')
                continue
            lens.append(len(say))
            if len(say) > 200:
                errors.append(f'{where}: message longer than 200 characters ({len(say)})')
            extra = set(t) - {'say', 'codes', 'contains', 'contains_any', 'not_contains', 'no_code'}
            if extra:
                errors.append(f'{where}: unknown keys {extra}')
            if t.get('no_code'):
                if t.get('codes') or t.get('contains') or t.get('contains_any'):
                    errors.append(f'{where}: no_code turn with codes/contains')
                continue
            codes = t.get('codes') or []
            if not codes:
                errors.append(f'{where}: no codes and not no_code')
            texts = []
            for code in codes:
                if code in guides:
                    texts.append(guides[code][0])
                elif code in faq:
                    texts.append(faq[code][0])
                else:
                    errors.append(f'{where}: unknown code {code}')
            groups = [[s] for s in (t.get('contains') or [])] + list(t.get('contains_any') or [])
            for grp in groups:
                for s in grp:
                    if not isinstance(s, str) or not (4 <= len(s) <= 20):
                        errors.append(f'{where}: contains {s!r} must be 4-20 characters')
                    elif not any(s in tx for tx in texts):
                        errors.append(f'{where}: {s!r} not found in cited entries')
            for s in t.get('not_contains') or []:
                for code in codes:
                    entry = guides.get(code) or faq.get(code)
                    if entry and entry[1].get('status') == 'active' and s in entry[0]:
                        errors.append(f'{where}: not_contains {s!r} occurs in cited active entry {code}')
            if 'region' in tags and len(turns) == 1 and len(codes) > 1 and all(x in guides for x in codes):
                if len({guides[x][1]['region'] for x in codes}) > 1:
                    errors.append(f'{where}: region question cites guides of several regions')
            if 'compound' in tags and k == 0 and len(groups) < 2:
                errors.append(f'{where}: compound question needs a fact for every ask (>=2 contains)')
        if 'long' in tags:
            long_n += 1
            if not any(80 <= n <= 200 for n in lens):
                errors.append(f'{cid}: tagged long but no message of 80-200 characters ({lens})')
        elif any(n >= 80 for n in lens):
            errors.append(f'{cid}: message of {max(lens)} characters not tagged long')
        if 'traditional' in tags:
            trad_n += 1
            say0 = turns[0].get('say', '')
            if T2S is not None:
                is_trad = T2S.convert(say0) != say0 and any(ch in TRAD or T2S.convert(ch) != ch for ch in say0)
            else:
                is_trad = any(ch in TRAD for ch in say0)
            if not is_trad:
                errors.append(f'{cid}: tagged traditional but no Traditional characters')
        if 'negative' in tags and not any(t.get('no_code') for t in turns):
            errors.append(f'{cid}: negative without a no_code turn')
        if 'faq' in tags and not any(x in faq for t in turns for x in (t.get('codes') or [])):
            errors.append(f'{cid}: faq tag without an FAQ id')
    for e in errors:
        print('ERROR', e)
    print(f'conversations={len(convs)} single-turn={single} multi-turn={multi} long={long_n} traditional={trad_n} '
          f'({trad_n / max(1, len(convs)):.1%})')
    print('tags:', ', '.join(f'{k}={v}' for k, v in sorted(tagcount.items(), key=lambda x: -x[1])))
    print('errors:', len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
