# -*- coding: utf-8 -*-
"""Checks catalog/ against every rule stated in docs/catalog-format.md (and the README's validator list)."""
import glob, json, os, re, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CAT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'catalog')
errors, warnings = [], []


def err(f, code, field, why):
    errors.append(f'{os.path.relpath(f, CAT)} | {code} | {field} | {why}')


def warn(f, code, field, why):
    warnings.append(f'{os.path.relpath(f, CAT)} | {code} | {field} | {why}')


def load(path):
    raw = open(path, 'rb').read()
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError:
        err(path, '-', '-', '不是UTF-8编码')
        return None
    try:
        return json.loads(text) if path.endswith('.json') else yaml.safe_load(text)
    except Exception as e:
        err(path, '-', '-', f'语法错误: {e}')
        return None


def aslist(d):
    return d if isinstance(d, list) else ([d] if isinstance(d, dict) else [])


ITEM_TYPES = {'行政许可', '行政确认', '行政给付', '行政征收', '行政裁决', '行政奖励', '其他行政权力', '公共服务'}
STATUS = {'active', 'suspended', 'revoked'}
SO = {'natural_person', 'legal_person'}
UNITS = {'working_day', 'natural_day'}
DEPTH = {'full_online', 'online_apply', 'offline_only'}
CROSS = {'none', '全市通办', '全省通办', '跨省通办'}
FORMS = {'原件', '复印件', '原件和复印件', '电子'}
SOURCES = {'申请人自备', '政府部门核发', '中介机构'}
LEVELS = {'province', 'city', 'county', 'town'}
GUIDE_FIELDS = {'code', 'base_code', 'name', 'aliases', 'item_type', 'status', 'region', 'agency', 'service_object',
                'life_events', 'conditions', 'situations', 'materials', 'steps', 'legal_time_limit',
                'promised_time_limit', 'fee', 'online', 'halls', 'hours', 'appointment', 'express', 'cross_region',
                'consult_phone', 'complaint_phone', 'legal_basis', 'result', 'updated_at'}
REQUIRED = ['code', 'name', 'item_type', 'status', 'region', 'agency', 'service_object', 'conditions', 'materials',
            'steps', 'legal_time_limit', 'promised_time_limit', 'fee', 'online', 'consult_phone', 'updated_at']
MAT_FIELDS = {'name', 'form', 'copies', 'required', 'source', 'exempt', 'situation', 'note'}
DATE = re.compile(r'^\d{4}-\d{2}-\d{2}$')
TIME = re.compile(r'^([01]\d|2[0-3]):[0-5]\d$')
CODE12 = re.compile(r'^\d{12}$')

# regions
regions = {}
rp = os.path.join(CAT, 'regions.yaml')
for r in aslist(load(rp)):
    c = str(r.get('code', ''))
    if not c:
        err(rp, '-', 'code', '缺少')
        continue
    if c in regions:
        err(rp, c, 'code', '重复')
    regions[c] = r
    if not r.get('name'):
        err(rp, c, 'name', '缺少')
    if r.get('level') not in LEVELS:
        err(rp, c, 'level', f'取值应为 {sorted(LEVELS)}')
    for k in r:
        if k not in {'code', 'name', 'level', 'parent'}:
            warn(rp, c, k, '未知字段')
for c, r in regions.items():
    p = r.get('parent')
    if p is not None and str(p) not in regions:
        err(rp, c, 'parent', f'上级区划 {p} 不存在')
    seen, cur = set(), c
    while cur is not None:
        if cur in seen:
            err(rp, c, 'parent', '区划上下级形成环')
            break
        seen.add(cur)
        cur = regions.get(cur, {}).get('parent')
        cur = str(cur) if cur is not None else None

# halls
halls = {}
hp = os.path.join(CAT, 'halls.yaml')
for h in aslist(load(hp)):
    i = h.get('id')
    if not i:
        err(hp, '-', 'id', '缺少')
        continue
    if i in halls:
        err(hp, i, 'id', '重复')
    halls[i] = h
    for f in ('name', 'region', 'address', 'location', 'hours', 'phone'):
        if not h.get(f):
            err(hp, i, f, '缺少')
    if str(h.get('region')) not in regions:
        err(hp, i, 'region', '区划不存在')
    loc = h.get('location') or {}
    if not (isinstance(loc.get('lat'), (int, float)) and isinstance(loc.get('lon'), (int, float))):
        err(hp, i, 'location', '应为 {lat, lon} 数值')
    for s in h.get('hours') or []:
        if not s.get('days') or any(d not in range(1, 8) for d in s['days']):
            err(hp, i, 'hours.days', '应为1..7')
        for k in ('open', 'close'):
            if not TIME.match(str(s.get(k, ''))):
                err(hp, i, f'hours.{k}', '应为 HH:MM')
        if str(s.get('open')) >= str(s.get('close')):
            err(hp, i, 'hours', '开门时间应早于关门时间')
    for k in h:
        if k not in {'id', 'name', 'region', 'address', 'location', 'hours', 'hours_note', 'phone', 'appointment_url', 'transit'}:
            warn(hp, i, k, '未知字段')

# guides
guides, base_codes = {}, {}
gfiles = sorted(glob.glob(os.path.join(CAT, 'guides', '*.yaml')) + glob.glob(os.path.join(CAT, 'guides', '*.yml')) + glob.glob(os.path.join(CAT, 'guides', '*.json')))
if not gfiles:
    err(CAT, '-', 'guides', '目录为空')
for gf in gfiles:
    for g in aslist(load(gf)):
        code = str(g.get('code', '-'))
        for f in REQUIRED:
            if g.get(f) in (None, '', []) and not (f == 'materials' and g.get(f) == []):
                err(gf, code, f, '必填字段缺少')
        if code in guides:
            err(gf, code, 'code', f'编码重复（另见 {guides[code][1]}）')
        guides[code] = (g, os.path.relpath(gf, CAT))
        for k in g:
            if k not in GUIDE_FIELDS:
                warn(gf, code, k, '未知字段')
        if g.get('base_code') is not None:
            if not CODE12.match(str(g['base_code'])):
                err(gf, code, 'base_code', '应为12位数字')
            if not code.startswith(str(g['base_code'])):
                warn(gf, code, 'code', '实施编码不以基本编码开头')
            base_codes.setdefault(str(g['base_code']), []).append(g)
        if g.get('item_type') not in ITEM_TYPES:
            err(gf, code, 'item_type', f'取值应为 {sorted(ITEM_TYPES)}')
        if g.get('status') not in STATUS:
            err(gf, code, 'status', f'取值应为 {sorted(STATUS)}')
        if str(g.get('region')) not in regions:
            err(gf, code, 'region', '区划不存在')
        if not isinstance(g.get('service_object'), list) or any(s not in SO for s in g.get('service_object') or []):
            err(gf, code, 'service_object', f'取值应为 {sorted(SO)} 的列表')
        for f in ('aliases', 'life_events', 'conditions', 'legal_basis'):
            v = g.get(f)
            if v is not None and (not isinstance(v, list) or not all(isinstance(x, str) and x for x in v)):
                err(gf, code, f, '应为字符串列表')
        sit_names = set()
        for s in g.get('situations') or []:
            if not s.get('name') or not s.get('description'):
                err(gf, code, 'situations', '情形须有 name 和 description')
            sit_names.add(s.get('name'))
        for m in g.get('materials') or []:
            if not m.get('name'):
                err(gf, code, 'materials.name', '材料名称必填')
            if m.get('form') is not None and m['form'] not in FORMS:
                err(gf, code, 'materials.form', f'取值应为 {sorted(FORMS)}')
            if m.get('source') is not None and m['source'] not in SOURCES:
                err(gf, code, 'materials.source', f'取值应为 {sorted(SOURCES)}')
            for b in ('required', 'exempt'):
                if b in m and not isinstance(m[b], bool):
                    err(gf, code, f'materials.{b}', '应为 true/false')
            if 'copies' in m and not (isinstance(m['copies'], int) and m['copies'] > 0):
                err(gf, code, 'materials.copies', '应为正整数')
            if m.get('situation') and m['situation'] not in sit_names:
                err(gf, code, 'materials.situation', f'情形“{m["situation"]}”不存在')
            for k in m:
                if k not in MAT_FIELDS:
                    warn(gf, code, 'materials.' + k, '未知字段')
        for s in g.get('steps') or []:
            if not isinstance(s, dict) or not s.get('name') or not s.get('description'):
                err(gf, code, 'steps', '流程须为 {name, description}')
        for f in ('legal_time_limit', 'promised_time_limit'):
            t = g.get(f) or {}
            if not isinstance(t.get('value'), int) or t['value'] < 0:
                err(gf, code, f + '.value', '应为非负整数')
            if t.get('unit') not in UNITS:
                err(gf, code, f + '.unit', f'取值应为 {sorted(UNITS)}')
        fee = g.get('fee') or {}
        if not isinstance(fee.get('charged'), bool):
            err(gf, code, 'fee.charged', '应为 true/false')
        if fee.get('charged') and not fee.get('items'):
            err(gf, code, 'fee.items', '收费事项没有收费项目')
        for it in fee.get('items') or []:
            if not it.get('name') or it.get('amount') in (None, ''):
                err(gf, code, 'fee.items', '收费项目须有 name 和 amount')
        on = g.get('online') or {}
        if on.get('depth') not in DEPTH:
            err(gf, code, 'online.depth', f'取值应为 {sorted(DEPTH)}')
        if on.get('depth') in ('full_online', 'online_apply') and not on.get('url'):
            err(gf, code, 'online.url', '网办事项缺少链接')
        if 'visits' in on and not (isinstance(on['visits'], int) and on['visits'] >= 0):
            err(gf, code, 'online.visits', '应为非负整数')
        if on.get('depth') == 'full_online' and on.get('visits') not in (0, None):
            warn(gf, code, 'online.visits', '全程网办但跑动次数不为0')
        hl = g.get('halls')
        if not hl and on.get('depth') != 'full_online':
            err(gf, code, 'halls', '非全程网办事项缺少办理地点')
        for h in hl or []:
            hid = h if isinstance(h, str) else h.get('hall')
            if hid not in halls:
                err(gf, code, 'halls', f'大厅 {hid} 不存在')
        for b in ('appointment', 'express'):
            if b in g and not isinstance(g[b], bool):
                err(gf, code, b, '应为 true/false')
        if 'cross_region' in g and g['cross_region'] not in CROSS:
            err(gf, code, 'cross_region', f'取值应为 {sorted(CROSS)}')
        if not DATE.match(str(g.get('updated_at', ''))):
            err(gf, code, 'updated_at', '应为 YYYY-MM-DD')

# 同要素: same base_code -> same materials/conditions/time limits/fee
for b, gs in base_codes.items():
    for f in ('name', 'conditions', 'situations', 'materials', 'steps', 'legal_time_limit', 'promised_time_limit', 'fee', 'online'):
        vals = {json.dumps(x.get(f), ensure_ascii=False, sort_keys=True) for x in gs}
        if len(vals) > 1:
            warn('guides', b, f, '同一基本编码的指南要素不一致（同要素）')
    regs = [str(x['region']) for x in gs]
    if len(regs) != len(set(regs)):
        warn('guides', b, 'region', '同一事项在同一区划有多条指南')

# bundles
bp = os.path.join(CAT, 'bundles.yaml')
bundles = []
if os.path.exists(bp):
    bundles = aslist(load(bp))
    ids = set()
    for bd in bundles:
        i = bd.get('id', '-')
        if i in ids:
            err(bp, i, 'id', '重复')
        ids.add(i)
        for f in ('id', 'name', 'items'):
            if not bd.get(f):
                err(bp, i, f, '缺少')
        for x in bd.get('items') or []:
            if str(x) not in base_codes and str(x) not in guides:
                err(bp, i, 'items', f'{x} 既不是基本编码也不是指南编码')
        for k in bd:
            if k not in {'id', 'name', 'aliases', 'description', 'items', 'order_note'}:
                warn(bp, i, k, '未知字段')

# faq
faqs = []
fp = os.path.join(CAT, 'faq.yaml')
fps = [fp] if os.path.exists(fp) else sorted(glob.glob(os.path.join(CAT, 'faq', '*.yaml')))
fids = set()
for f in fps:
    for q in aslist(load(f)):
        faqs.append(q)
        i = q.get('id', '-')
        if i in fids or i in guides:
            err(f, i, 'id', '重复')
        fids.add(i)
        for k in ('id', 'answer', 'agency', 'region', 'updated_at', 'status'):
            if not q.get(k):
                err(f, i, k, '缺少')
        if q.get('questions') is not None and not (isinstance(q['questions'], list) and all(isinstance(x, str) for x in q['questions'])):
            err(f, i, 'questions', '应为字符串列表')
        if q.get('status') not in ('active', 'revoked'):
            err(f, i, 'status', '取值应为 active 或 revoked')
        if str(q.get('region')) not in regions:
            err(f, i, 'region', '区划不存在')
        if not DATE.match(str(q.get('updated_at', ''))):
            err(f, i, 'updated_at', '应为 YYYY-MM-DD')
        for k in q:
            if k not in {'id', 'questions', 'answer', 'agency', 'region', 'updated_at', 'status'}:
                warn(f, i, k, '未知字段')

for w in warnings:
    print('警告', w)
for e in errors:
    print('错误', e)
st = {}
for g, _ in guides.values():
    st[g['status']] = st.get(g['status'], 0) + 1
print(f'regions={len(regions)} halls={len(halls)} guides={len(guides)} items={len(base_codes)} '
      f'status={st} bundles={len(bundles)} faq={len(faqs)} faq_revoked={sum(q.get("status") == "revoked" for q in faqs)} '
      f'faq_without_questions={sum(not q.get("questions") for q in faqs)}')
print('errors', len(errors), 'warnings', len(warnings))
sys.exit(1 if errors else 0)
