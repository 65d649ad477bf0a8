# -*- coding: utf-8 -*-
"""Parse questions.yaml / conversations.yaml, check ids, tags, codes against the catalog files."""
import os, glob, re, yaml, collections
HERE = os.path.dirname(os.path.abspath(__file__))
cat = os.path.join(HERE, 'catalog')
codes = {}
for fn in glob.glob(os.path.join(cat, 'guides', '*.yaml')):
    d = yaml.safe_load(open(fn, encoding='utf-8'))
    for g in (d if isinstance(d, list) else [d]):
        codes[g['code']] = g
faq = {f['id']: f for f in yaml.safe_load(open(os.path.join(cat, 'faq.yaml'), encoding='utf-8'))}
TAGS = set('compound long fact-in-field phone appointment express visits agent cross-region result amount howto materials time fee '
           'location online process conditions negative revoked suspended faq bundle region follow-up traditional typo'.split())
for name in ('questions.yaml', 'conversations.yaml'):
    d = yaml.safe_load(open(os.path.join(HERE, name), encoding='utf-8'))
    assert d['version'] == 1
    convs = d['conversations']
    ids = [c['id'] for c in convs]
    assert len(ids) == len(set(ids)), 'dup ids'
    cnt = collections.Counter()
    for c in convs:
        assert re.fullmatch(r'[a-z0-9_-]+', c['id'])
        assert c['tags'] and set(c['tags']) <= TAGS, (c['id'], c['tags'])
        cnt.update(c['tags'])
        if name == 'conversations.yaml':
            assert 3 <= len(c['turns']) <= 6, c['id']
        else:
            assert len(c['turns']) == 1
        for t in c['turns']:
            assert ('say' in t) + ('location' in t) + ('press' in t) == 1
            assert t.get('contains') or t.get('contains_any'), c['id']
            if t.get('no_code'):
                assert 'codes' not in t and '12345' in t['contains']
            else:
                assert t['codes'], c['id']
                for k in t['codes']:
                    assert k in codes or k in faq, (c['id'], k)
                if t.get('may_ask'):
                    items = {codes[k]['base_code'] for k in t['codes'] if k in codes}
                    assert len(items) <= 4
    print(name, len(convs), dict(sorted(cnt.items(), key=lambda x: -x[1])))
print('OK')
