# -*- coding: utf-8 -*-
"""Writes questions.yaml for the 松涛市 holdout catalog. Codes are looked up in catalog/ so that every
code is the catalog's own; questions and expected facts are written by hand below."""
import glob, json, os, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CAT = os.path.join(HERE, 'catalog')

K = dict(birth='000111201000', move='000111202000', deathreg='000111203000', idrenew='000111204000',
         idlost='000111205000', idtemp='000111206000', resid='000111207000', nocrime='000111208000',
         passport='000115201000', hkmo='000115202000', marry='000112201000', divorce='000112202000',
         marrycert='000112203000', birthreg='000114201000', childsub='000114202000', maternity='000121201000',
         ruralpension='000113201000', retire='000113202000', sicard='000113203000', unemp='000113204000',
         funeralsi='000113205000', resmed='000121202000', remote='000121203000', chronic='000121204000',
         hpfrent='000118201000', hpfretire='000118202000', hpfloan='000118203000', estquery='000116201000',
         esttransfer='000116202000', estlost='000116203000', dlrenew='000117201000', dllost='000117202000',
         inspect='000117203000', dibao='000112204000', tempaid='000112205000', elderly='000112206000',
         oldcard='000112207000', burial='000112208000', discard='000119201000', dissub='000119202000',
         school='000120201000', indiv='000122201000', company='000122202000', food='000122203000',
         healthcert='000114203000', invoice='000123201000', iit='000123202000', pubhouse='000124201000',
         veteran='000125201000', jobcard='000126201000', flexsub='000126202000',
         hunyu='000114290000', juzhuzm='000112290000')
RC = dict(hm='339902', fq='339903', yd='339904', zx='339921', nl='339922', city='339900')
BUNDLE = dict(birth=['birth', 'resmed', 'sicard', 'childsub', 'maternity'],
              retire=['retire', 'hpfretire', 'oldcard', 'remote'],
              death=['deathreg', 'burial', 'funeralsi'],
              shop=['indiv', 'food', 'healthcert'])

G = {}
for f in glob.glob(os.path.join(CAT, 'guides', '*')):
    t = open(f, encoding='utf-8').read()
    d = json.loads(t) if f.endswith('.json') else yaml.safe_load(t)
    for g in (d if isinstance(d, list) else [d]):
        G.setdefault(g['base_code'], {})[g['region']] = g
HALLS = {h['id']: h for h in yaml.safe_load(open(os.path.join(CAT, 'halls.yaml'), encoding='utf-8'))}
FAQ = {q['id'] for q in yaml.safe_load(open(os.path.join(CAT, 'faq.yaml'), encoding='utf-8'))}


def guide(key, region):
    gs = G[K[key]]
    return gs.get(RC[region]) or gs[RC['city']]


def codes(key, region=None):
    if isinstance(key, (list, tuple)):
        out = []
        for k in key:
            out += codes(k, region)
        return out
    if key in FAQ:
        return [key]
    if key.startswith('bundle:'):
        return codes(BUNDLE[key[7:]], region)
    if region:
        return [guide(key, region)['code']]
    return sorted(g['code'] for g in G[K[key]].values())


def hall(key, region, field='name', i=0):
    h = guide(key, region)['halls'][i]
    return HALLS[h['hall'] if isinstance(h, dict) else h][field]


def phone(key, region):
    return guide(key, region)['consult_phone']


def name(key):
    if key in FAQ:
        return '热线知识库条目' + key
    if key.startswith('bundle:'):
        return {'birth': '出生一件事', 'retire': '退休一件事', 'death': '身后一件事', 'shop': '开小店一件事'}[key[7:]]
    return next(iter(G[K[key]].values()))['name']


ASPECT = {'howto': '怎么办', 'materials': '申请材料', 'time': '办理时限', 'fee': '收费', 'location': '办理地点',
          'online': '网上办理', 'process': '办理流程', 'conditions': '受理条件', 'phone': '电话', 'appointment': '预约',
          'express': '结果邮寄', 'visits': '跑动次数', 'agent': '代办/委托', 'cross-region': '通办', 'result': '办理结果',
          'amount': '领取金额', 'fact-in-field': '字段内事实', 'region': '点名区县', 'faq': '热线知识库',
          'bundle': '一件事', 'revoked': '已撤销/废止', 'suspended': '暂停', 'typo': '错别字', 'long': '长留言',
          'compound': '一句多问', 'traditional': '繁体'}

CONVS = []
_n = {'q': 0, 'n': 0, 'm': 0}


def _id(p):
    _n[p] += 1
    return f'{p}-{_n[p]:03d}'


def _turn(say, key=None, region=None, c=(), any_=None, nc=None, extra=()):
    t = {'say': say}
    if key is None:
        t['no_code'] = True
        return t
    cs = codes(key, region)
    for e in extra:
        cs += codes(e, region)
    t['codes'] = cs
    t['contains'] = list(c)
    if any_:
        t['contains_any'] = any_
    if nc:
        t['not_contains'] = nc
    return t


def Q(tags, say, key, c=(), region=None, any_=None, nc=None, d=None, extra=()):
    tags = tags.split()
    if region and 'region' not in tags:
        tags.append('region')
    desc = d or f"{name(key if isinstance(key, str) else key[0])}：{'、'.join(ASPECT[t] for t in tags)}"
    CONVS.append({'id': _id('q'), 'description': desc, 'tags': tags,
                  'turns': [_turn(say, key, region, c, any_, nc, extra)]})


def N(say, d, tags='negative'):
    CONVS.append({'id': _id('n'), 'description': d, 'tags': tags.split(), 'turns': [_turn(say)]})


def MT(d, tags, *turns):
    CONVS.append({'id': _id('m'), 'description': d, 'tags': tags.split(),
                  'turns': [_turn(*t) if isinstance(t, tuple) else _turn(**t) for t in turns]})


exec(open(os.path.join(HERE, 'questions_src.py'), encoding='utf-8').read())

with open(os.path.join(HERE, 'questions.yaml'), 'w', encoding='utf-8') as f:
    f.write('# 松涛市（虚构）盲测问题集：单轮与多轮对话。由 build_questions.py 生成，事实串均为目录原文。\n')
    yaml.safe_dump({'version': 1, 'conversations': CONVS}, f, allow_unicode=True, sort_keys=False, width=1000)
print(len(CONVS), 'conversations')
