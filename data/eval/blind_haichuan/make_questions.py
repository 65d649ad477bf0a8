"""Blind evaluation questions for the 海川市 catalog.

Every question's wording is hand-written below; this script only expands item
keys to guide codes, converts questions marked trad=True to Traditional
characters, checks that every `contains` fact is verbatim in the expected
guide(s), and writes questions.yaml / conversations.yaml.
Run: /work/main/.venv/bin/python make_questions.py
"""
import collections
import os
import sys
import yaml

import qlib

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []

ZERO = ['0次', '不用跑', '无需到现场', '全程网办', '零跑']
ONE = ['1次', '一次']
MAIL = ['邮寄', '快递']
FREE = ['不收费', '免费']
APPT = ['预约']
GONE = ['已撤销', '不再办理', '暂停']
HALLS4 = ['临江区政务服务中心', '东港区政务服务中心', '北塘区行政服务中心', '云溪县政务服务中心']


def turn(say, items=None, r=None, c=(), a=(), nc=(), may_ask=False, no_code=False, trad=False,
         location=None, press=None, ctx=''):
    t = {}
    if location:
        t['location'] = location
    elif press:
        t['press'] = press
    else:
        t['say'] = qlib.s2t(say) if trad else say
    if no_code:
        t['no_code'] = True
    else:
        keys = items.split('+')
        codes = qlib.codes_for(keys, r)
        t['codes'] = codes
        for f in c:
            if not qlib.fact_ok(f, codes, qlib.BUNDLE_TEXT if any(k.startswith('B:') for k in keys) else ''):
                ERR.append(f'{ctx}: fact {f!r} not in {items}@{r}')
    if c:
        t['contains'] = list(c)
    if a:
        t['contains_any'] = [list(x) for x in a]
    if nc:
        for f in nc:
            if qlib.fold(f) not in qlib.ALL_TEXT:
                ERR.append(f'{ctx}: not_contains {f!r} appears nowhere in the catalog (not tempting)')
        t['not_contains'] = list(nc)
    if may_ask:
        t['may_ask'] = True
    if not c and not a:
        ERR.append(f'{ctx}: no facts')
    return t


QS = []

TAG_ZH = {'compound': '一问多事', 'long': '长叙述', 'fact-in-field': '字段内事实', 'phone': '电话', 'appointment': '预约',
          'express': '邮寄', 'visits': '跑动次数', 'agent': '代办', 'cross-region': '异地通办', 'result': '办理结果',
          'amount': '领取金额', 'howto': '怎么办', 'materials': '材料', 'time': '时限', 'fee': '收费', 'location': '地点',
          'online': '网办', 'process': '流程', 'conditions': '条件', 'negative': '目录外', 'revoked': '已撤销',
          'suspended': '暂停', 'faq': '知识库', 'bundle': '一件事', 'region': '分区指南', 'follow-up': '追问',
          'traditional': '繁体', 'typo': '错别字'}


def item_label(items, region):
    if not items:
        return '目录中没有的事项，应说明未找到并引导拨打12345'
    names = []
    for k in items.split('+'):
        if k.startswith('faq-'):
            names.append('知识库' + k)
        elif k.startswith('B:'):
            names.append(qlib.BUNDLES[k[2:]]['name'])
        else:
            names.append(qlib.BASE2GUIDES[qlib.KEY2BASE[k]][0]['name'])
    where = {'lj': '临江区', 'dg': '东港区', 'bt': '北塘区', 'yx': '云溪县'}.get(region, '')
    return '、'.join(names) + (f'（{where}）' if where else '')


def Q(say, tags, items=None, r=None, m=None, desc='', **kw):
    """r: district named in the question; m: district set by metadata."""
    n = len(QS) + 1
    qid = f'q-{n:03d}'
    tags = tags.split()
    if r or m:
        tags.append('region')
    if kw.get('trad'):
        tags.append('traditional')
    if kw.get('no_code'):
        tags.append('negative')
        kw.setdefault('c', ['12345'])
    label = item_label(items, r or m)
    conv = {'id': qid, 'description': desc or f'{label}；考查：{"、".join(TAG_ZH[t] for t in dict.fromkeys(tags))}',
            'tags': sorted(set(tags), key=tags.index)}
    if m:
        conv['metadata'] = {'region': qlib.DIST[m]}
    conv['turns'] = [turn(say, items, r or m, ctx=qid, **kw)]
    QS.append(conv)


# =================================================================== 身份证
Q('身份证掉了咋补', 'howto', 'sfz_bl', c=['居民户口簿', '15个工作日', 'https://zwfw.haichuan.example/sfz'])
Q('我爷爷的身份证找不到了，他瘫在床上下不了地，我能替他去补吗', 'agent fact-in-field', 'sfz_bl',
  c=['上门采集', '近亲属'])
Q('补身分证要多少钱', 'fee typo', 'sfz_bl', c=['40元'], nc=['20元'])
Q('身份证过期了换新的要交钱吗 交多少', 'fee', 'sfz_hl', c=['20元'], nc=['40元'])
Q('身份证丢了在哪里补办，电话多少', 'compound location phone', 'sfz_bl', m='lj',
  c=['临江区政务服务中心'], a=[['0000-61116111', '0000-61880088']], nc=['东港区政务服务中心'])
Q('我在东港区，身份证被偷了，补办要带啥，多久能好', 'compound materials time', 'sfz_bl', r='dg',
  c=['居民户口簿', '15个工作日'])
Q('身份证补办好了能寄到家里吗', 'express', 'sfz_bl', a=[MAIL])
Q('小孩十岁能办身份证吗', 'conditions fact-in-field', 'sfz_sl', c=['监护人陪同'])
Q('多大年纪必须办身份证', 'conditions fact-in-field', 'sfz_sl', c=['年满16周岁'], nc=['15个工作日'])
Q('身份证快到期了，提前多久可以去换', 'fact-in-field conditions', 'sfz_hl', c=['前3个月'], nc=['60个自然日'], trad=True)
Q('我是外地户口在海川上班，身份证到期了能在这边换吗', 'cross-region', 'sfz_hl', c=['跨省通办'])
Q('临时身份证当天能拿吗，多少钱', 'compound time fee', 'sfz_ls', m='yx', c=['即办', '10元'])
Q('临时身份证能用多久', 'fact-in-field', 'sfz_ls', c=['3个月'], nc=['3个工作日'])
Q('换身份证可以网上预约吗', 'appointment', 'sfz_hl', m='dg', a=[APPT], c=['https://dg.haichuan.example/yuyue'])
Q('我妈今年七十多了，一个人住在老小区，身份证前几天在菜市场买菜时被人偷了，她腿脚不好走不了远路，家在北塘区，我上班也忙，'
  '想问问能不能我一个人去帮她补，需要带哪些东西？', 'long agent materials fact-in-field', 'sfz_bl', r='bt',
  c=['上门采集', '医院诊断证明或残疾人证', '近亲属本人居民身份证'], nc=['东港区政务服务中心'])
Q('身分正丢了补办要几天', 'typo time', 'sfz_bl', c=['15个工作日'])
Q('我住東港區，補身份證要帶什麼', 'materials', 'sfz_bl', m='dg', c=['居民户口簿', '符合居民身份证标准的本人近期相片'], trad=True)
Q('在北塘补身份证 要跑几趟', 'visits', 'sfz_bl', m='bt', a=[ONE])
Q('北塘办身份证补办能预约吗', 'appointment', 'sfz_bl', r='bt', a=[APPT])
Q('补身份证一个多月了还没拿到，想投诉，打哪个电话', 'phone', 'sfz_bl', m='bt', c=['0000-63009900'])
Q('我户口在临江，人住在云溪，补身份证能在云溪办吗', 'cross-region location', 'sfz_bl', r='yx',
  c=['云溪县政务服务中心'])
Q('临时身份证在外地能办吗', 'cross-region', 'sfz_ls', c=['全省通办'])
Q('身份证怎么补办', 'howto', 'sfz_bl', m='dg', c=['居民户口簿', '15个工作日', '东港区政务服务中心'],
  a=[['0000-62880088', '0000-62116211']])
Q('儿子今年刚满16岁，在县城读高一，学校说马上要考试报名，需要办身份证，以前一直用户口本。我们户口在云溪县，请问办身份证要带什么？'
  '孩子必须本人去吗？办一张要多少钱，多久能拿到？', 'long compound materials agent fee time', 'sfz_sl', r='yx',
  c=['居民户口簿', '20元', '15个工作日'], a=[['本人到场', '采集人像和指纹']])
Q('我身份证下个月就到期了，平时在东港一家物流公司上班，工作日根本请不了假，只有周六有空。想问一下换身份证能不能先在网上预约？'
  '换好了能不能直接寄到我单位，不想再跑一趟了。', 'long compound appointment express', 'sfz_hl', m='dg',
  c=['https://dg.haichuan.example/yuyue'], a=[MAIL], nc=['北塘区行政服务中心'])

# =================================================================== 出生 / 居住证 / 落户 / 无犯罪
Q('宝宝刚生下来 上户口要带啥', 'materials', 'csdj', c=['出生医学证明', '落户方居民户口簿'])
Q('孩子出生多久之内要去报户口', 'fact-in-field', 'csdj', c=['1个月内'], nc=['10个工作日'])
Q('新生儿落户在哪办 电话多少', 'compound location phone', 'csdj', m='bt',
  c=['北塘区行政服务中心'], a=[['0000-63116311', '0000-63880088']])
Q('没领结婚证生的娃能上户口不', 'conditions fact-in-field', 'csdj', c=['亲子鉴定证明'])
Q('小孩上户口可以网上办吗', 'online', 'csdj', c=['https://zwfw.haichuan.example/csdj'], trad=True)
Q('我老婆上个月在省城的医院生的孩子，出生证明已经拿到了，我们俩户口都在云溪县石门镇，家离县城有四十多公里，现在坐完月子想给孩子上户口，'
  '是不是一定要去县城办？镇上能办吗？要带什么？', 'long location materials', 'csdj', r='yx',
  c=['云溪县政务服务中心', '出生医学证明'], nc=['临江区政务服务中心'])
Q('我家宝宝3月10号在市妇幼保健院出生的，家里老人身体也不好，一直忙着坐月子照顾大家，现在已经过了一个多月了还没上户口，会不会有什么影响？'
  '上户口要跑几趟？在哪里办，电话多少？', 'long compound fact-in-field visits location phone', 'csdj', m='lj',
  c=['1个月内', '临江区政务服务中心'], a=[ONE, ['0000-61116111', '0000-61880088']])
Q('外地人办居住证要住满多久', 'fact-in-field conditions', 'jzz', c=['满6个月'], nc=['10个工作日'])
Q('居住证去哪里办，周六能办吗', 'compound location', 'jzz', m='dg', c=['东港区政务服务中心'], a=[['周六', '星期六']])
Q('我家孩子在这边读书 想帮他办居住证 要啥', 'materials agent', 'jzz', c=['学生证或在读证明'])
Q('居住证办好可以寄过来吗', 'express', 'jzz', a=[MAIL])
Q('居住证能不能寄到厂里', 'express', 'jzz', m='yx', a=[MAIL])
Q('居住证办理咨询电话', 'phone', 'jzz', m='dg', c=['0000-62116211'])
Q('居住证怎么办', 'howto', 'jzz', c=['合法稳定住所证明', '10个工作日', 'https://zwfw.haichuan.example/jzz'])
Q('我是从江西来海川打工的，在北塘区一家电子厂上班，住厂里宿舍快一年了，厂里已经帮我们做过居住登记，一直没办居住证。'
  '现在孩子要上学需要居住证，请问我现在能办吗？要带什么？多久能拿到？', 'long compound conditions materials time',
  'jzz', m='bt', c=['满6个月', '就业证明（劳动合同或营业执照）', '10个工作日'])
Q('在临江买了房子 户口能迁过来吗 有啥要求', 'conditions', 'gfls', r='lj', c=['实际居住满1年'])
Q('我户口在外省 迁户口过来还要回老家开迁移证吗', 'cross-region fact-in-field', 'gfls', c=['无需回迁出地开具迁移证'])
Q('东港区户口迁入能预约吗', 'appointment', 'gfls', r='dg', a=[APPT], c=['https://dg.haichuan.example/yuyue'])
Q('买房落户办下来给什么', 'result', 'gfls', c=['准予迁入证明'])
Q('开无犯罪证明 网上能弄吗 几天', 'compound online time', 'wfzm', c=['https://ga.haichuan.example/wfzm', '3个工作日'])
Q('单位要我开良民证 我人在外地回不去 能让我爸帮我开吗', 'agent', 'wfzm', c=['委托书'])
Q('无犯罪记录证明收费吗', 'fee', 'wfzm', a=[FREE])
Q('开无犯罪证明要跑几趟', 'visits', 'wfzm', m='yx', a=[ZERO], c=['https://ga.haichuan.example/wfzm'])
Q('我今年大学毕业，考上了外地一家国企，下个月就要入职，单位要求提供无犯罪记录证明，我户口在云溪县，人已经在外地了回不去。'
  '请问能不能网上申请？要跑几趟？几天能开出来？', 'long compound online visits time cross-region', 'wfzm', r='yx',
  c=['https://ga.haichuan.example/wfzm', '3个工作日'], a=[ZERO])

# =================================================================== 婚姻
Q('扯证要带啥', 'materials', 'jhdj', c=['双方居民身份证', '2寸半身免冠合影照片3张'])
Q('男的多大可以结婚', 'fact-in-field conditions', 'jhdj', c=['男方年满22周岁'], nc=['即办'])
Q('领结婚证能不能预约 520那天办不办', 'compound appointment', 'jhdj', a=[APPT], c=['https://zwfw.haichuan.example/hyyy', '5月20日'])
Q('在临江区哪里领结婚证 电话多少', 'compound location phone', 'jhdj', m='lj',
  c=['临江区婚姻登记处', '桂花巷9号'], a=[['0000-61226122', '0000-61220520']], nc=['望江路66号'])
Q('我对象在国外回不来，我能一个人先去把结婚证领了吗', 'agent conditions', 'jhdj', a=[['共同亲自', '不能委托']])
Q('我们俩都是外省的 在海川打工 能在这领证吗', 'cross-region conditions fact-in-field', 'jhdj', c=['本省有效居住证'])
Q('结婚证能寄到家吗', 'express', 'jhdj', a=[['不支持邮寄', '不能邮寄', '不提供邮寄', '现场领取', '当场']])
Q('结婚证丢了 咋补', 'howto', 'bljhz', c=['夫妻双方近期2寸半身免冠合影照片3张', '即办'])
Q('结婚证不见了，老伴已经走了，照片怎么办', 'fact-in-field materials', 'bljhz', c=['单人照片'], trad=True)
Q('补结婚证一个人去可以吗 还是要两口子都去', 'agent', 'bljhz', c=['一方申请补领本人的结婚证'])
Q('补领结婚证要多少钱 要多久', 'compound fee time', 'bljhz', m='bt', c=['即办'], a=[FREE])
Q('结昏证补办要照片吗', 'typo materials', 'bljhz', c=['夫妻双方近期2寸半身免冠合影照片3张'])
Q('补结婚证跑几趟', 'visits', 'bljhz', a=[ONE])
Q('我和老伴1985年在东港结的婚，前阵子家里装修，结婚证不知道塞哪去了，现在给老伴办养老手续要用。'
  '老伴身体不好出不了门，请问我一个人能去补吗？要带什么？当天能拿到吗？', 'long compound agent materials time',
  'bljhz', r='dg', c=['一方申请补领本人的结婚证', '夫妻双方近期2寸半身免冠合影照片3张', '即办'])
Q('离婚冷静期是多少天', 'fact-in-field process', 'lhdj', c=['30日内'])
Q('协议离婚要去几趟', 'visits', 'lhdj', c=['2次'])
Q('我和老公结婚八年，这两年一直吵架，实在过不下去了，两个人商量好了协议离婚，孩子归我，房子归他，户口都在东港区。'
  '想问一下离婚要准备什么材料，是不是去了当天就能拿到离婚证？', 'long compound materials time process', 'lhdj', r='dg',
  c=['离婚协议书', '30日内'], nc=['临江区婚姻登记处'])
Q('离婚要预约吗', 'appointment', 'lhdj', m='lj', a=[APPT])
Q('临江区婚姻登记处电话', 'phone', 'jhdj+bljhz+lhdj', r='lj', a=[['0000-61220520', '0000-61226122']])
Q('我和女朋友谈了五年恋爱，两家父母都见过面了，打算下个月去领证，我们户口都在北塘区。我今年23，她21。'
  '想问下需要提前预约吗？要带什么照片？去了当天能拿到结婚证吗？', 'long compound appointment materials time',
  'jhdj', r='bt', c=['2寸半身免冠合影照片3张', '即办'], a=[APPT])

# =================================================================== 生育 / 入学
Q('准生证现在还要办吗 怎么办', 'howto online', 'sydj', c=['https://zwfw.haichuan.example/sydj', '即办'])
Q('生育登记要跑几次', 'visits', 'sydj', a=[ZERO], c=['https://zwfw.haichuan.example/sydj'])
Q('生育登记 不会弄手机 能去窗口办吗 在哪', 'location', 'sydj', m='yx', c=['云溪县政务服务中心', '工作人员帮办'])
Q('东港区生育登记电话', 'phone', 'sydj', r='dg', c=['0000-62316231'])
Q('准生正还要不要办', 'typo online', 'sydj', c=['https://zwfw.haichuan.example/sydj'])
Q('孩子几岁能上小学', 'fact-in-field conditions', 'rxbm', c=['年满6周岁', '8月31日'])
Q('小一报名什么时候开始', 'fact-in-field process', 'rxbm', c=['6月1日至6月15日'], nc=['30个自然日'])
Q('外地户口孩子在北塘读小学要什么条件', 'conditions fact-in-field', 'rxbm', r='bt',
  c=['有效居住证满1年', '连续缴纳社会保险满1年'])
Q('入学报名要交社保证明吗', 'fact-in-field materials', 'rxbm', c=['免于提交'])
Q('我们是外地来海川打工的，在东港区租房住了三年，两口子都有居住证，社保也一直在交。孩子今年9月满6周岁，一直在附近幼儿园上大班，'
  '想在这边上小学。请问报名要准备什么？什么时候报名？', 'long compound conditions materials fact-in-field', 'rxbm', m='dg',
  c=['父母一方浙江省居住证', '6月1日至6月15日'])

# =================================================================== 社保 / 医保 (区)
Q('农村老人六十岁了 每个月能领多少养老金', 'amount fact-in-field', 'cxyl', c=['每人每月260元'], nc=['10个工作日'])
Q('老农保要交满几年才能领', 'fact-in-field conditions', 'cxyl', c=['满15年'])
Q('我爸不识字 领养老金能我帮他办吗', 'agent', 'cxyl', m='lj', c=['近亲属'])
Q('我爸今年刚好60岁，在农村交了十几年的居民养老保险，现在想去申请领养老金。他耳朵不好，说话也不利索，平时都是我陪他去镇上办事，'
  '我能不能替他去办？每个月大概能领多少钱？', 'long compound agent amount', 'cxyl', m='bt', c=['近亲属', '每人每月260元'])
Q('新农合一年交多少钱', 'fact-in-field', 'jmyb', c=['400元'], nc=['350元'])
Q('宝宝出生后多久内要交医保', 'fact-in-field faq', 'jmyb+faq-hc-009', c=['90日内'])
Q('外地户口能在这边参加居民医保吗', 'conditions cross-region', 'jmyb', c=['本市居住证'])
Q('我女儿上个月刚出生，在医院住了一个礼拜，户口已经报在云溪县了，听人说小孩的医保要尽快交，晚了就不能报销生孩子后的住院费了。'
  '请问新生儿医保要在多久之内交？一年交多少钱？', 'long compound fact-in-field', 'jmyb+faq-hc-009', m='yx',
  c=['90日内', '400元'])
Q('今年居民医保个人交多少钱', 'revoked fact-in-field', 'jmyb', c=['400元'], nc=['350元'],
  desc='今年的缴费标准应来自在用指南，不得用已撤销知识库条目中2023年的350元')

# =================================================================== 住房 / 残疾 / 救助 / 养老
Q('申请公租房收入要低于多少', 'fact-in-field conditions', 'gzf', c=['2400元'], nc=['40个工作日'])
Q('公租房审核完要公示几天', 'fact-in-field process', 'gzf', m='lj', c=['公示7天'])
Q('公租房怎么申请', 'suspended', 'gzf', m='dg', a=[GONE], nc=['公共租赁住房申请表'])
Q('我在东港区租房子住 想申请公租房 现在还能报吗', 'suspended', 'gzf', r='dg', a=[GONE], nc=['公共租赁住房申请表'])
Q('怎么申请公租房', 'howto', 'gzf', c=['公共租赁住房申请表', '40个工作日'])
Q('公租房审核通过给什么', 'result', 'gzf', c=['公共租赁住房轮候资格确认书'])
Q('我们一家三口在外面租房住了好几年，我和老婆都在厂里上班，两个人加起来一个月六千多，户口在北塘区。'
  '想申请公租房，不知道我们家收入够不够条件？要跑几趟？审批要多久？', 'long compound conditions visits time',
  'gzf', r='bt', c=['2400元', '40个工作日'], a=[ONE])
Q('办残疾证要去医院鉴定 鉴定费谁出', 'fact-in-field', 'cjrz', c=['评定费用由残联承担'])
Q('孩子智力残疾 办残疾证我当家长的能代办吗', 'agent', 'cjrz', c=['监护人代为申请'])
Q('办残疾证的电话', 'phone', 'cjrz', m='bt', c=['0000-63716371'])
Q('残疾人证办好能寄吗', 'express', 'cjrz', a=[MAIL])
Q('怎么办残疾证', 'howto', 'cjrz', m='bt', c=['近期2寸白底免冠彩色照片3张', '20个工作日', '北塘区行政服务中心'],
  a=[['0000-63880088', '0000-63716371']])
Q('我儿子今年8岁，在读小学二年级，去年被医院诊断为孤独症，医生建议办个残疾证，以后可以享受康复补助。我们户口在临江区，'
  '请问我作为家长能替孩子申请吗？要带哪些材料？办好能邮寄吗？', 'long compound agent materials express', 'cjrz', r='lj',
  c=['监护人居民身份证', '近期2寸白底免冠彩色照片3张'], a=[MAIL])
Q('重度残疾护理补贴一个月多少钱', 'amount fact-in-field', 'cjbt', c=['一级每人每月260元', '二级每人每月200元'])
Q('我是二级肢体残疾 家里是低保 残疾人补贴能拿多少', 'amount compound', 'cjbt', c=['每人每月180元', '二级每人每月200元'])
Q('我弟弟是一级智力残疾，今年三十岁了，生活不能自理，一直跟我住，他自己没法去办事，爸妈也不在了。听说残疾人有护理补贴，'
  '我能不能替他申请？每个月能发多少？户口在临江区。', 'long compound agent amount', 'cjbt', r='lj',
  c=['委托书', '一级每人每月260元'], nc=['东港区政务服务中心'])
Q('残疾人两项补贴申请要跑几次', 'visits', 'cjbt', a=[ZERO], c=['https://mzj.haichuan.example/cjbt'])
Q('我妹妹是二级肢体残疾，户口在云溪县，家里是低保户，父母年纪也大了。她自己行动不方便，我是她姐姐，想帮她申请残疾人补贴。'
  '请问她能领哪几种补贴？每个月一共多少？我要带什么去？', 'long compound agent amount materials', 'cjbt', r='yx',
  c=['每人每月180元', '二级每人每月200元', '委托书'])
Q('低保标准是多少', 'amount fact-in-field', 'db', c=['每人每月1050元'])
Q('家里有辆旧面包车还能吃低保吗', 'conditions fact-in-field', 'db', c=['无机动车辆'])
Q('我住石门镇 申请低保去哪', 'location', 'db', m='yx', c=['石门镇便民服务中心'], nc=['临江区政务服务中心'])
Q('我老公去年查出尿毒症，每个月透析花不少钱，我没工作，孩子还在上初中，家里就靠他以前那点积蓄，现在快撑不下去了。'
  '我们户口在北塘区，想问问能不能申请低保，要准备哪些材料？多久能批下来？', 'long compound conditions materials time',
  'db', r='bt', c=['最低生活保障申请书', '家庭经济状况核对授权书', '20个工作日'])
Q('低保我自己去不了 能让社区帮我申请吗', 'agent', 'db', c=['委托村（居）民委员会'])
Q('云溪县低保咨询电话多少', 'phone', 'db', r='yx', c=['0000-64216421'])
Q('低保能预约吗', 'appointment', 'db', a=[['不支持预约', '无需预约', '不需要预约', '不能预约', '暂不支持']])
Q('低保怎么申请', 'howto', 'db', m='yx', c=['最低生活保障申请书', '20个工作日', '云溪县政务服务中心'],
  a=[['0000-64880088', '0000-64216421', '0000-64301234']])
Q('申请底保要什么条件', 'typo conditions', 'db', c=['每人每月1050元'])
Q('我是三级肢体残疾人，老伴前年走了，现在一个人住，每个月就靠亲戚接济几百块钱，户口在东港区。社区说我可以申请低保，'
  '我走路不方便，能不能让社区的人帮我去申请？申请电话是多少？', 'long compound agent phone', 'db', r='dg',
  c=['委托村（居）民委员会', '0000-62216221'])
Q('家里着火了 能申请临时救助吗 能给多少', 'compound amount conditions', 'lsjz', c=['6倍'])
Q('我不是本地人 在这边出车祸了 能申请救助吗', 'cross-region conditions', 'lsjz', c=['急难发生地'])
Q('重度失能老人 居家养老补贴每月多少', 'amount', 'jjyl', c=['每人每月500元'])
Q('我妈去年中风后半边身子不能动，基本离不开人，我和我爱人都要上班，照顾不过来。户口在北塘区，'
  '听说政府有居家养老服务补贴，想问问她这种情况能申请吗？每个月补多少？要去哪里申请，电话多少？',
  'long compound amount conditions phone location', 'jjyl', r='bt',
  c=['每人每月500元', '北塘区行政服务中心'], a=[['0000-63216321', '0000-63880088']])
Q('老人多少岁能领高龄补贴', 'fact-in-field conditions', 'gljt', c=['年满80周岁'], nc=['10个工作日'])
Q('我奶奶92了 每个月高龄津贴有多少', 'amount fact-in-field', 'gljt', c=['每人每月300元'])
Q('长寿金一个月多少钱', 'amount', 'gljt', c=['每人每月100元'], trad=True)
Q('高龄补贴 老人走不动 子女能代办吗', 'agent', 'gljt', m='bt', c=['子女', '代办人居民身份证'])
Q('高龄津贴 网上怎么申请', 'online', 'gljt', c=['https://mzj.haichuan.example/gljt'])
Q('我爸今年刚满80周岁，户口在云溪县石门镇，他一个人住在村里，我在市区上班，平时很少回去。听说80岁以上有高龄津贴，'
  '不知道要不要本人去申请，去镇上能办吗，从什么时候开始发钱？', 'long compound agent location fact-in-field', 'gljt', r='yx',
  c=['石门镇便民服务中心', '次月'])
Q('老人去世了高龄津贴还会继续发吗', 'faq fact-in-field', 'faq-hc-002', c=['次月起停发高龄津贴', '30日内'])
Q('我妈的户口从临江迁到东港了 高龄津贴还在原来那发吗', 'faq', 'faq-hc-002', c=['迁入地发放'])
Q('我外婆今年85岁了，户口在临江区，一直没领过高龄津贴，家里人也不清楚政策，最近才听邻居说起。想问问她这个年纪每个月能领多少？'
  '要跑几趟？能不能打电话先咨询一下，电话是多少？', 'long compound amount visits phone', 'gljt', m='lj',
  c=['每人每月100元'], a=[ZERO, ['0000-61216121', '0000-61880088']])
Q('高龄津贴咨询电话', 'phone', 'gljt', m='yx', a=[['0000-64216421', '0000-64301234', '0000-64880088']])
Q('老人高龄补贴怎么申请', 'howto', 'gljt', m='lj', c=['https://mzj.haichuan.example/gljt', '10个工作日', '临江区政务服务中心'],
  a=[['0000-61880088', '0000-61216121']])
Q('老年优待证怎么办', 'revoked faq', 'lnyd+faq-hc-011', a=[GONE], nc=['1寸免冠彩色照片2张'])
Q('我妈刚满60 去哪办老年证', 'revoked', 'lnyd+faq-hc-011', m='lj', a=[GONE], nc=['1寸免冠彩色照片2张'])
Q('老人坐公交免费要办什么卡吗', 'faq', 'faq-hc-011+lnyd', c=['凭居民身份证或社会保障卡'], nc=['1寸免冠彩色照片2张'])
Q('敬老卡在哪裡辦，要帶照片嗎', 'revoked', 'lnyd+faq-hc-011', m='bt', a=[GONE], nc=['1寸免冠彩色照片2张'], trad=True)

# =================================================================== 退役军人 / 企业 / 食品 / 农房 / 法援 / 税务
Q('退伍军人优待证怎么申请', 'howto', 'tyyd', c=['退出现役证明', '30个自然日', 'https://tyjr.haichuan.example/ydz'])
Q('退役军人优待证办好了能邮寄吗', 'express', 'tyyd', a=[MAIL])
Q('我是烈士家属 能办优待证吗', 'conditions', 'tyyd', c=['烈士遗属'])
Q('我爷爷是抗美援朝的老兵，今年九十多了，户口在临江区，一直没办过退役军人优待证，老人家很想要一个。他行动不便没法去现场，'
  '我是他孙子，请问能代他申请吗？办好了能不能寄到家里？', 'long compound agent express', 'tyyd', r='lj',
  c=['委托书'], a=[MAIL])
Q('老兵补贴每个月多少 我当了三年兵', 'amount fact-in-field', 'ncbz', c=['每人每月发给补助60元'])
Q('在北塘注册公司 能预约吗 电话多少', 'compound appointment phone', 'qysl', m='bt', a=[APPT], c=['0000-63816381'])
Q('营业执照办好能邮寄吗', 'express', 'qysl+gtsl', a=[MAIL], may_ask=True)
Q('注册公司要跑几次', 'visits', 'qysl', a=[ZERO], c=['https://qykb.haichuan.example'])
Q('注册公司办完给什么证', 'result', 'qysl', c=['营业执照'])
Q('我和两个朋友合伙准备在临江区开一家设计公司，都是第一次创业，之前一直在别人公司打工，啥也不懂。请问注册公司要准备哪些材料？'
  '要不要去现场？大概几天能拿到营业执照？刻公章要钱吗？', 'long compound materials visits time fee', 'qysl', r='lj',
  c=['公司章程', '1个工作日', '首套公章免费'], a=[ZERO])
Q('公司简易注销要公告几天', 'fact-in-field', 'qyzx', c=['公告期为20日'])
Q('公司注销之前要先去税务吗', 'process', 'qyzx', c=['清税'])
Q('办个体执照要多久', 'time', 'gtsl', c=['即办'])
Q('我想在小区门口开个水果店 要办啥执照 要钱不', 'compound fee materials', 'gtsl', c=['经营场所使用证明'], a=[FREE])
Q('个体户执照 我让我老婆去帮我办行吗', 'agent', 'gtsl', m='yx', c=['委托书及被委托人身份证'])
Q('个体户执照能网上办吗', 'online', 'gtsl', c=['https://qykb.haichuan.example/gt'], trad=True)
Q('办个体户执照打哪个电话问', 'phone', 'gtsl', m='lj', c=['0000-61816181'])
Q('个体户的营业执照能邮寄吗', 'express', 'gtsl', a=[MAIL])
Q('我想在云溪县城开个小超市，卖些日用品和零食，店面已经租好了，下个月准备开张，我一个人忙不过来，想让我老公去办营业执照。'
  '请问他一个人去行不行？要带什么？当天能拿到执照吗？', 'long compound agent materials time', 'gtsl', r='yx',
  c=['委托书及被委托人身份证', '经营场所使用证明', '即办'])
Q('开饭店要办食品经营许可证 多久能下来', 'time', 'spxb', c=['5个工作日'], nc=['3个工作日'])
Q('只卖包装好的零食饮料 也要来现场看吗', 'fact-in-field', 'spxb', c=['仅销售预包装食品的无需现场核查'])
Q('食品经营许可可以预约吗', 'appointment', 'spxb', m='dg', a=[APPT], c=['https://dg.haichuan.example/yuyue'])
Q('我和老婆在北塘区菜市场旁边租了个门面，准备开一家家常小炒店，营业执照已经办好了，现在要办食品经营许可证。请问需要准备哪些材料？'
  '会不会有人来现场检查？需要跑几趟？', 'long compound materials process visits', 'spxb', m='bt',
  c=['经营场所平面图和设备布局、工艺流程图', '现场核查'], a=[ONE])
Q('饭店换老板了 许可证要多久内去改', 'fact-in-field', 'spbg', c=['10个工作日内'], nc=['3个工作日'])
Q('饭店搬家了 许可证能变更地址吗', 'conditions', 'spbg+spxb', c=['重新申请'])
Q('食品许可证变更后新证能寄吗', 'express', 'spbg', a=[MAIL])
Q('饭店不开了 食品许可证要注销吗 多久之内', 'fact-in-field', 'spzx', c=['30个工作日内'])
Q('食品许可证丢了 注销的时候怎么办', 'fact-in-field materials', 'spzx', c=['遗失声明'])
Q('食品经营许可证注销要跑几次', 'visits', 'spzx', a=[ZERO], c=['https://scjg.haichuan.example/spjy'])
Q('农村盖房子宅基地最多批多大', 'fact-in-field conditions', 'ncjf', c=['125平方米'])
Q('农村建房审批要跑几次', 'visits', 'ncjf', c=['2次'])
Q('农民建房审批在哪办 镇上能不能办', 'location', 'ncjf', m='yx', c=['石门镇便民服务中心'])
Q('建房图纸要自己找人画吗', 'fact-in-field materials', 'ncjf', c=['通用图集'])
Q('农村建房审批下来发什么证', 'result', 'ncjf', c=['农村宅基地批准书'])
Q('我家在云溪县石门镇农村，老房子是七十年代盖的土房，漏雨很厉害，墙也裂了好几道缝，想拆了在原地重新盖一栋两层的。请问翻建房子要走什么审批？'
  '要在村里公示吗？前前后后要跑几趟？', 'long compound process visits', 'ncjf', r='yx',
  c=['公示7天', '2次', '拆旧建新承诺书'])
Q('老板拖欠工资 找法律援助要看收入吗', 'fact-in-field conditions', 'flyz', c=['不受经济困难条件限制'])
Q('申请法律援助要开贫困证明吗', 'fact-in-field materials', 'flyz', c=['无需另行开具证明'])
Q('临江区法律援助中心电话多少', 'phone', 'flyz', r='lj', c=['0000-61916191'])
Q('法律援助批了会给个什么文书', 'result', 'flyz', c=['给予法律援助决定书'])
Q('外市户口能在海川申请法律援助吗', 'cross-region', 'flyz', c=['全省通办'])
Q('我在东港区一个工地干了大半年，包工头过年前跑了，欠我们十几个人三万多块工钱。我们都是外地来打工的，没钱请律师。'
  '请问能申请法律援助吗？要不要开贫困证明？多久能给答复？', 'long compound fact-in-field time', 'flyz', m='dg',
  c=['不受经济困难条件限制', '无需另行开具证明', '5个工作日'])
Q('个人出租房子怎么开发票', 'howto', 'dkfp', c=['https://etax.haichuan.example', '租赁合同', '即办'])
Q('个人代开发票 一个月多少钱以下不交增值税', 'fact-in-field', 'dkfp', c=['10万元'])
Q('代开发票要去税务局吗', 'visits online', 'dkfp', a=[ZERO], c=['https://etax.haichuan.example'])

# =================================================================== 出入境
Q('护照咋办 要带啥 多少钱', 'howto compound materials fee', 'hz',
  c=['居民身份证', '120元', '7个工作日', 'https://crj.haichuan.example/yy'])
Q('办护照在哪 周六能去吗', 'compound location', 'hz', c=['海川市公安局出入境接待大厅', '解放北路99号'], a=[['周六']])
Q('户口不在海川 能在这办护照吗', 'cross-region', 'hz', c=['全国任一出入境管理机构'])
Q('护照办好能快递吗', 'express', 'hz', a=[MAIL])
Q('护照可以预约吗', 'appointment', 'hz', a=[APPT], c=['https://crj.haichuan.example/yy'])
Q('出入境咨询电话', 'phone', 'hz+gaz', a=[['0000-60136013', '0000-60138800']])
Q('护照几天能拿到', 'time', 'hz', c=['7个工作日'], trad=True)
Q('小孩办护照 大人要陪着吗', 'agent', 'hz', c=['监护人陪同'])
Q('办护照要跑几趟', 'visits', 'hz', a=[ONE])
Q('护找多少钱', 'typo fee', 'hz', c=['120元'])
Q('孩子今年暑假要跟学校一起去新加坡参加两周的游学，今年12岁，第一次办护照。我们是外省户口，在海川工作生活好几年了，'
  '请问能在海川办吗？孩子要本人去吗？大概几天能拿到？', 'long compound cross-region agent time', 'hz',
  c=['7个工作日', '监护人陪同'], a=[['全国任一出入境管理机构', '跨省通办']])
Q('去香港的通行证多少钱 签注多少钱', 'compound fee', 'gaz', c=['60元', '15元'])
Q('港澳签注能自助办吗', 'fact-in-field', 'gaz', c=['自助签注机'])
Q('办港澳通行证可以网上预约吗', 'appointment', 'gaz', a=[APPT], c=['https://crj.haichuan.example/yy'])
Q('港澳通行证办好可以快递到家吗', 'express', 'gaz', a=[MAIL])
Q('港澳通行证怎么办', 'howto', 'gaz', c=['60元', '7个工作日', '海川市公安局出入境接待大厅'])
Q('去台湾自由行签注怎么办', 'suspended', 'ftsz', a=[GONE], nc=['赴台个人旅游申请表'])
Q('赴台个人游签注现在能办吗', 'suspended', 'ftsz', a=[GONE], nc=['赴台个人旅游申请表'], trad=True)

# =================================================================== 社保 / 医保 / 公积金 (市)
Q('办退休要准备啥', 'materials', 'txhd', c=['职工档案', '社会保障卡'])
Q('退休手续单位要提前多久报', 'fact-in-field', 'txhd', c=['1个月'], nc=['10个工作日'])
Q('社保交了十二年 能办退休领钱吗', 'conditions fact-in-field', 'txhd', c=['满15年'])
Q('办退休在哪里 电话', 'compound location phone', 'txhd', c=['海川市社会保险服务大厅'], a=[['0000-60536053', '0000-60538800']])
Q('退休能预约吗', 'appointment', 'txhd', a=[APPT, ['https://rsj.haichuan.example/yuyue', 'https://zwfw.haichuan.example/yuyue']])
Q('办完退休会给什么单子', 'result', 'txhd', c=['基本养老金核定表'])
Q('我是开小卖部做生意的，这些年一直按灵活就业自己交社保，今年十月份满60岁了，没有单位帮我办。请问我要自己去哪里申请退休？'
  '要带什么东西？从什么时候开始能领到养老金？', 'long compound location materials fact-in-field', 'txhd',
  c=['海川市社会保险服务大厅', '居民身份证', '次月', '本人申报'])
Q('社保卡丢了 咋整', 'howto', 'sbk', c=['挂失', '即办', 'https://rsj.haichuan.example/sbk'])
Q('补社保卡要钱吗', 'fee', 'sbk', a=[FREE])
Q('社保卡能不能让家里人帮忙去补', 'agent', 'sbk', c=['代办人居民身份证'])
Q('网上补社保卡几天能寄到', 'express time fact-in-field', 'sbk', c=['5个工作日'])
Q('社报卡丢了', 'typo howto', 'sbk', c=['挂失', '即办'])
Q('我家老爷子上周去人民医院看病，排队挂号的时候把社保卡弄丢了，到处都找不到，他八十多了，走路要拄拐杖。我是他儿子，能不能帮他去补？'
  '补的卡能不能寄到家里？要不要交钱？', 'long compound agent express fee', 'sbk',
  c=['代办人居民身份证'], a=[MAIL, FREE])
Q('医保卡跟社保卡是一个卡不', 'faq', 'faq-hc-013', c=['医保结算功能'])
Q('孩子上学要打社保证明 网上能打吗', 'online', 'cbzm', c=['https://rsj.haichuan.example/cbzm'])
Q('社保清单在外地能打印吗', 'cross-region online', 'cbzm', c=['https://rsj.haichuan.example/cbzm'])
Q('失业金每个月能领多少', 'amount fact-in-field', 'syj', c=['每人每月2214元'])
Q('交了七年失业保险 失业金最多领几个月', 'fact-in-field', 'syj', c=['18个月'])
Q('自己辞职的能领失业金吗', 'conditions fact-in-field', 'syj', c=['非因本人意愿中断就业'])
Q('失业金怎么申请', 'howto', 'syj', c=['https://rsj.haichuan.example/syj', '5个工作日'], trad=True)
Q('失业金申领要去几次现场', 'visits', 'syj', a=[ZERO], c=['https://rsj.haichuan.example/syj'])
Q('失叶金一个月多少', 'typo amount', 'syj', c=['每人每月2214元'])
Q('我在海川一家服装工厂干了三年，上个月厂里订单少了效益不好把我们一批人裁了，单位给了解除劳动合同证明。听说可以领失业金，'
  '请问每个月能领多少？能领多长时间？网上能申请吗？', 'long compound amount fact-in-field online', 'syj',
  c=['每人每月2214元', '最长12个月', 'https://rsj.haichuan.example/syj'])
Q('我父亲上个月因病走了，他退休前在厂里交了三十多年社保。听人说家属可以去社保领丧葬费和抚恤金，我是他女儿，'
  '想问问要带什么材料，有没有时间限制，丧葬费大概能有多少？', 'long compound materials fact-in-field amount', 'szbz',
  c=['亲属关系证明', '12个月内', '2倍'])
Q('丧葬补助金要死亡证明吗', 'materials fact-in-field', 'szbz', c=['数据共享核验'])
Q('硕士毕业来海川工作 租房补贴一个月多少', 'amount', 'byzf', c=['每人每月1200元'])
Q('大学生租房补贴能领几年', 'fact-in-field', 'byzf', c=['36个月'])
Q('毕业六年了还能申请毕业生租房补贴吗', 'conditions', 'byzf', c=['毕业5年内'])
Q('高校毕业生租房补贴要去现场吗', 'visits', 'byzf', a=[ZERO], c=['https://rsj.haichuan.example/zfbt'])
Q('我今年6月硕士毕业，刚和海川一家科技公司签了合同，在公司附近租了房子，社保已经交了两个月。'
  '听说海川有高校毕业生租房补贴，想问问我现在能申请吗？每个月能拿多少钱？', 'long compound conditions amount', 'byzf',
  c=['满3个月', '每人每月1200元'])
Q('我去上海住院 医保要先备案吗 怎么弄', 'howto online', 'ydjy', c=['https://ybj.haichuan.example/ydba', '即办'])
Q('异地就医备案要跑几趟', 'visits', 'ydjy', a=[ZERO], c=['https://ybj.haichuan.example/ydba'], trad=True)
Q('我老家是海川的，退休后跟着女儿搬到深圳住了，医保还在海川，平时看病拿药都要自己先垫钱回去报销，很麻烦。'
  '听说可以办异地就医备案，请问要回海川办吗？要跑几趟？办了多久生效？', 'long compound online visits time cross-region',
  'ydjy', c=['https://ybj.haichuan.example/ydba', '即办'], a=[ZERO])
Q('高血压能办慢病卡吗 多久批', 'compound conditions time', 'mtb', c=['高血压', '10个工作日'])
Q('慢性病卡在哪里申请', 'location', 'mtb', c=['定点医疗机构'])
Q('办慢病卡要跑几次', 'visits', 'mtb', a=[ONE])
Q('我妈今年六十八岁，有糖尿病好多年了，还有点高血压，每个月在医院开药要花好几百，前几天听楼下邻居说办个慢病卡门诊能多报销一些。'
  '请问怎么申请？要去医保局吗？多久能批下来？', 'long howto location time', 'mtb', c=['定点医疗机构', '10个工作日'])
Q('买房提公基金要啥材料', 'typo materials', 'gjjgf', c=['购房发票', '本人一类银行卡'])
Q('房子买了三年了 还能提公积金吗', 'fact-in-field conditions', 'gjjgf', c=['2年内'])
Q('买房提取公积金要去公积金中心吗 在哪', 'location online', 'gjjgf', c=['海川市住房公积金管理中心服务大厅'],
  a=[['https://gjj.haichuan.example', '网上']])
Q('人在外省 公积金购房提取能办吗', 'cross-region', 'gjjgf', a=[['https://gjj.haichuan.example', '全省通办']])
Q('公积金租房提取一年最多取多少', 'fact-in-field', 'gjjzf', c=['12000元'])
Q('刚交公积金两个月 能租房提取吗', 'conditions fact-in-field', 'gjjzf', c=['满3个月'])
Q('公基金租房怎么提', 'typo howto', 'gjjzf', c=['https://gjj.haichuan.example', '即办'])
Q('公积金租房提取要跑腿吗', 'visits', 'gjjzf', a=[ZERO], c=['https://gjj.haichuan.example'])
Q('退休了公积金能全部取出来吗', 'conditions', 'gjjtx', c=['全部余额'])
Q('公积金缴存证明怎么开', 'howto online', 'gjjzm', c=['https://gjj.haichuan.example', '即办'])
Q('公积金中心电话多少', 'phone', 'gjjgf+gjjzf+gjjtx+gjjzm', a=[['0000-60556055', '0000-60558800']])
Q('公积金最多能贷多少', 'faq', 'faq-hc-005', c=['50万元', '80万元'])
Q('两口子都交公积金 买房能贷多少', 'faq fact-in-field', 'faq-hc-005', c=['80万元'])

# =================================================================== 不动产 / 车驾管 / 建设 / 公证
Q('二手房过户要交多少登记费', 'fee', 'bdczy', c=['住宅每件80元'])
Q('二手房过户要带什么', 'materials', 'bdczy', c=['存量房买卖合同', '不动产权证书'])
Q('我在云溪县 二手房过户去哪办', 'location', 'bdczy', r='yx', c=['海川市不动产登记中心云溪分中心'])
Q('过户能预约吗', 'appointment', 'bdczy', a=[APPT], c=['https://bdc.haichuan.example/yuyue'])
Q('二手房过户怎么办', 'howto', 'bdczy', c=['存量房买卖合同', '3个工作日', '海川市不动产登记中心'])
Q('我们家在云溪县城买了一套九十多平方的二手房，卖家是外地人，平时不在海川，约好了下周一起去过户。想问一下过户在哪里办，需要提前预约吗？'
  '证办好了能不能寄给我？登记费多少钱？', 'long compound location appointment express fee', 'bdczy', r='yx',
  c=['海川市不动产登记中心云溪分中心', '住宅每件80元'], a=[APPT, MAIL])
Q('不动产登记中心电话', 'phone', 'bdczy+bdcdy+bdcbf', a=[['0000-60576057', '0000-60578800']])
Q('房本丢了 补办要多久', 'time fact-in-field', 'bdcbf', c=['15个工作日', '5个工作日'])
Q('房产证丢了要登报吗', 'fact-in-field', 'bdcbf', c=['无需登报'])
Q('补房产证要多少钱', 'fee', 'bdcbf', c=['10元'], trad=True)
Q('补办房产证要预约吗', 'appointment', 'bdcbf', a=[APPT], c=['https://bdc.haichuan.example/yuyue'])
Q('不动产证补发能邮寄吗', 'express', 'bdcbf', a=[MAIL])
Q('房产正丢了要登报不', 'typo fact-in-field', 'bdcbf', c=['无需登报'])
Q('办房子抵押要去不动产中心吗', 'online', 'bdcdy', c=['银行网点'])
Q('驾照快到期了 提前多久能换', 'fact-in-field', 'jzhz', c=['90日内'])
Q('驾照到期换证 手机上能办吗 要钱吗', 'compound online fee', 'jzhz', c=['交管12123', '10元'])
Q('70多岁了驾照换证有啥要求', 'fact-in-field conditions', 'jzhz', c=['身体条件证明'])
Q('驾照换证要预约不', 'appointment', 'jzhz', a=[APPT], c=['https://jg.haichuan.example/yuyue'])
Q('驾shi证到期怎么换', 'typo howto', 'jzhz', c=['90日内', '10元', '交管12123'])
Q('我今年71岁了，退休好多年了，驾驶证明年1月份到期，平时每天开车接送孙子上学，身体还算硬朗。听说年纪大了换证要求不一样，想问问换证要准备什么？'
  '能在手机上办吗？新证能寄到家吗？', 'long compound fact-in-field online express materials', 'jzhz',
  c=['机动车驾驶人身体条件证明', '交管12123'], a=[MAIL])
Q('我在外省 驾照丢了 能在当地补吗', 'cross-region', 'jzbl', c=['跨省通办'])
Q('驾照被扣了 能说丢了去补吗', 'conditions', 'jzbl', c=['暂扣期间不予补领'])
Q('驾照丢了咋补', 'howto', 'jzbl', c=['10元', '交管12123', '即办'])
Q('驾照补办能寄吗', 'express', 'jzbl', a=[MAIL])
Q('车管所在哪 周末上班不', 'location', 'jzhz+jzbl+jdczc', c=['北环路1号'], a=[['周六', '周日']])
Q('车管所电话', 'phone', 'jzhz+jzbl+jdczc', a=[['0000-60156015', '0000-60158800']])
Q('新车上牌要多少钱', 'fee', 'jdczc', c=['每副100元'])
Q('新车上牌可以预约吗', 'appointment', 'jdczc', a=[APPT], c=['https://jg.haichuan.example/yuyue'])
Q('新车号牌能寄到家吗', 'express', 'jdczc', a=[MAIL])
Q('施工许可证 多大的工程要办', 'fact-in-field conditions', 'sgxk', c=['100万元', '500平方米'])
Q('施工许可证能邮寄吗', 'express', 'sgxk', a=[MAIL])
Q('出国要办亲属关系公证 我在国外能委托家里人办吗', 'agent', 'gz', c=['经公证的委托书'])
Q('遗嘱公证能让别人代办吗', 'agent fact-in-field', 'gz', c=['不得委托他人代办'])
Q('公证处在哪 能预约吗', 'compound location appointment', 'gz', c=['中山路120号', 'https://gzc.haichuan.example/yy'])
Q('公证书办好了能邮寄吗', 'express', 'gz', a=[MAIL])
Q('我女儿在英国读研究生，学校这学期要求补交本科学历的公证书，她人在国外回不来，我是她妈妈，平时在海川上班。'
  '请问我能不能代她去公证处办？需要什么材料？学历公证一件多少钱？', 'long compound agent materials fee', 'gz',
  c=['经公证的委托书', '每件200元'])

# =================================================================== 已撤销 / FAQ / 一件事
Q('外出打工要开婚育证明吗', 'revoked', 'hyzm', a=[GONE], nc=['流动人口婚育证明申请表'])
Q('流动人口婚育证明在哪里开', 'revoked', 'hyzm', a=[GONE], nc=['流动人口婚育证明申请表'], trad=True)
Q('去大厅办事还要扫健康码吗', 'revoked faq', 'faq-hc-014', a=[GONE + ['失效', '取消']], nc=['限进50人', '行程卡'],
  desc='已撤销的知识库条目：只能说明已失效，不能照搬旧答案')
Q('身份证还没拿到能坐火车吗', 'faq', 'faq-hc-001', c=['临时乘车'])
Q('医保码咋弄', 'faq', 'faq-hc-003', c=['医保电子凭证'])
Q('灵活就业交社保 缴费基数怎么选', 'faq fact-in-field', 'faq-hc-004', c=['60%至300%'])
Q('户口本丢了怎么补 要钱吗', 'faq compound', 'faq-hc-006', c=['当场补发', '不收取工本费'])
Q('周末大厅开门吗', 'faq', 'faq-hc-007', c=['周六上午9:00-12:00'])
Q('电子营业执照怎么下载', 'faq', 'faq-hc-008', c=['小程序'])
Q('市民中心停车收费吗', 'faq', 'faq-hc-010', c=['前2小时免费停车'])
Q('驾照扣满12分怎么办', 'faq', 'faq-hc-012', c=['15日内', '满分学习'])
Q('居住证到期了要去签注吗', 'faq fact-in-field', 'faq-hc-016', c=['30日内'])
Q('浙里办怎么实名认证', 'faq', 'faq-hc-017', c=['人脸识别'])
Q('生了孩子要办哪些手续 能一起办吗', 'bundle', 'B:bundle-birth', c=['出生一件事', '90日内'])
Q('开个小饭馆要办哪些证', 'bundle', 'B:bundle-restaurant', c=['食品经营许可'], a=[['营业执照', '个体工商户']])
Q('退休一件事包括什么', 'bundle', 'B:bundle-retire', c=['住房公积金离退休提取'])
Q('买二手房要办哪些事 先办啥后办啥', 'bundle process', 'B:bundle-house', c=['转移登记', '抵押登记'])
Q('孩子刚出生，出生一件事在哪里办', 'bundle location', 'B:bundle-birth', m='yx', c=['云溪县政务服务中心'])
Q('開飯店要辦哪些證，先辦哪個', 'bundle process', 'B:bundle-restaurant', c=['先领取营业执照'], trad=True)

# =================================================================== 补充：预约 / 电话 / 邮寄 / 跑动 / 怎么办（多为分区）
Q('我是安徽人，在东港区一家超市当收银员，已经在这边住了两年多，居住登记也早就办了。现在要办居住证给孩子办入学用，'
  '工作日请假不方便。请问东港区办居住证能不能提前预约？咨询电话是多少？', 'long compound appointment phone', 'jzz', m='dg',
  c=['https://dg.haichuan.example/yuyue'], a=[APPT, ['0000-62116211', '0000-62880088']])
Q('我们俩打算七夕那天去领结婚证，今年七夕正好是周六，户口都在临江区。听说那天来登记的人特别多，经常要排好几个小时，想问一下临江区婚姻登记处'
  '周末那天开不开门？能不能提前预约？地址在哪？', 'long compound appointment location fact-in-field', 'jhdj', m='lj',
  c=['临江区婚姻登记处', '桂花巷9号', '七夕'], a=[APPT])
Q('我下个月要去日本出差，公司催着要护照复印件，第一次办护照，平时上班时间很紧。请问出入境那边办护照能不能网上预约时间？'
  '办好以后能不能直接寄到公司，不用再跑一趟去拿？大概几天能办好？', 'long compound appointment express time', 'hz',
  c=['https://crj.haichuan.example/yy', '7个工作日'], a=[APPT, MAIL])
Q('我家房产证前几年搬家的时候弄丢了，现在房子要卖，中介说必须先把证补出来才能过户。我在外地上班只能请一天假，'
  '请问补房产证能不能提前预约？补好的证能寄给我吗？前后大概要多长时间？', 'long compound appointment express time', 'bdcbf',
  c=['https://bdc.haichuan.example/yuyue', '15个工作日'], a=[APPT, MAIL])
Q('我儿子在澳大利亚留学，要办出生公证和亲属关系公证寄过去，我们家离公证处比较远，老两口跑一趟不容易。'
  '请问公证处能不能先在网上预约？公证书办好了能不能邮寄？出生公证一件多少钱？', 'long compound appointment express fee', 'gz',
  c=['https://gzc.haichuan.example/yy', '每件200元'], a=[MAIL])
Q('我驾驶证下个月到期，手机上的交管12123我不太会用，还是想去车管所现场办。我只有周末有时间，'
  '请问车管所周末能不能换驾照？要不要提前预约？车管所具体在哪个位置？', 'long compound appointment location', 'jzhz',
  c=['北环路1号', 'https://jg.haichuan.example/yuyue'], a=[['周六', '周日']])
Q('我是临江区的，身份证下个月到期，我在医院上班是三班倒，不想去了排长队。请问换身份证能不能先在网上预约个时间？'
  '要是有问题想先打个电话问问，临江区户政的咨询电话是多少？', 'long compound appointment phone', 'sfz_hl', m='lj',
  c=['https://lj.haichuan.example/yuyue'], a=[APPT, ['0000-61116111', '0000-61880088']])
Q('我准备和朋友在东港区注册一家做进出口的贸易公司，网上填了几次都卡在住所那一步，想直接去窗口找工作人员当面问问清楚。'
  '请问东港区企业开办窗口能不能提前预约？要带哪些材料过去？', 'long compound appointment materials', 'qysl', m='dg',
  c=['https://dg.haichuan.example/yuyue', '住所使用证明'], a=[APPT])
Q('我刚在4S店提了一辆新车，销售说可以帮我代办上牌，但要收几百块服务费，我觉得不划算，想自己周末去车管所上牌。'
  '请问新车上牌需要预约吗？号牌和行驶证这些一共要交多少钱？', 'long compound appointment fee', 'jdczc',
  c=['每副100元', 'https://jg.haichuan.example/yuyue'], a=[APPT])
Q('我和前夫已经分居一年多了，现在孩子和财产都商量好了，准备去民政局办协议离婚，户口都在北塘区。我们俩都要上班，请假很难，不想白跑冤枉路。'
  '请问办离婚要不要提前预约？一共要跑几趟？', 'long compound appointment visits', 'lhdj', r='bt', c=['2次'], a=[APPT])
Q('退休办理咨询电话多少 能网上预约吗', 'compound phone appointment', 'txhd',
  a=[['0000-60536053', '0000-60538800'], APPT])
Q('我妈今年七十五了，社保卡用了好多年，芯片坏了刷不出来，去医院看病很不方便。她不会用手机，我在外地工作回不来。'
  '请问社保卡能不能网上申请补换，直接寄到家里？有没有咨询电话可以问问？', 'long compound express phone agent online', 'sbk',
  c=['https://rsj.haichuan.example/sbk'], a=[MAIL, ['0000-60536053', '0000-60538800']])
Q('我老父亲去年脑梗后右边手脚都不太灵活了，村里干部说可以去办个残疾证，以后能享受一些补贴。我们户口在云溪县，'
  '请问残疾证具体怎么办？要跑几趟？有问题可以打哪个电话咨询？', 'long compound howto visits phone', 'cjrz', r='yx',
  c=['20个工作日', '近期2寸白底免冠彩色照片3张'], a=[ONE, ['0000-64716471', '0000-64880088']])
Q('我在北塘区菜市场里摆了个卖水果的摊位，市场管理处说要办个体工商户营业执照才能继续摆。我第一次办，不太懂流程，'
  '请问个体户执照具体怎么办？要不要跑到行政服务中心？咨询电话多少？', 'long compound howto visits phone', 'gtsl', m='bt',
  c=['经营场所使用证明', '即办', 'https://qykb.haichuan.example/gt'], a=[['0000-63816381', '0000-63880088']])
Q('我们家二宝上周在东港区人民医院出生了，老大的户口当年是我爸帮忙办的，这次我想自己去办，但是什么都不懂。请问新生儿上户口具体怎么办？'
  '要准备哪些材料？在哪里办、电话多少？', 'long compound howto materials location phone', 'csdj', m='dg',
  c=['出生医学证明', '东港区政务服务中心', '即办'], a=[['0000-62116211', '0000-62880088']])
Q('我哥哥前两年出车祸伤了腰，一直没法干活，嫂子也走了，他自己带着一个上小学的女儿，户口在临江区。'
  '我是他亲妹妹，想帮他问问低保到底怎么申请？我能替他去递材料吗？多久能批下来？', 'long compound howto agent time', 'db', r='lj',
  c=['最低生活保障申请书', '20个工作日', '委托'])
Q('我奶奶今年刚满90岁，户口在东港区，身体还挺硬朗，之前一直领每月100元的高龄津贴。前几天听村里人说90岁以后标准会提高，'
  '请问现在每个月能领多少？要不要重新去申请，要跑几趟？', 'long compound amount visits fact-in-field', 'gljt', m='dg',
  c=['每人每月300元'], a=[ZERO])
Q('我们一家是从贵州过来的，在云溪县工业园区上班好几年了，孩子今年满6岁要上一年级，我们没有买房子，一直租房住。'
  '请问随迁子女报名要满足什么条件？要是还有问题，打哪个电话问？', 'long compound conditions phone', 'rxbm', r='yx',
  c=['有效居住证满1年'], a=[['0000-64416441', '0000-64880088']])
Q('我儿子在部队考军校，政审需要我这边开一张无犯罪记录证明，我户口在北塘区。我今年六十多了，不太会用智能手机，'
  '请问能不能让我女儿替我去开？开好的证明能不能寄给部队？', 'long compound agent express', 'wfzm', m='bt',
  c=['委托书', '在线下载'])
Q('我是北塘区的，今年刚从单位辞职，单位的职工医保停了，想先自己参加居民医保，等找到新工作再说。请问居民医保能不能在手机上交，'
  '要不要跑到行政服务中心？一年要交多少钱？', 'long compound online visits fact-in-field', 'jmyb', m='bt',
  c=['https://ybj.haichuan.example/cb', '400元'], a=[ZERO])
Q('农村建房审批怎么办', 'howto', 'ncjf', m='bt', c=['农村宅基地和建房（规划许可）申请表', '15个工作日', '北塘区行政服务中心'],
  a=[['0000-63936393', '0000-63880088']])
Q('无犯罪证明怎么开', 'howto', 'wfzm', c=['https://ga.haichuan.example/wfzm', '3个工作日', '申请人居民身份证'])
Q('临江区生育登记要去现场吗', 'visits', 'sydj', r='lj', a=[ZERO], c=['https://zwfw.haichuan.example/sydj'])
Q('我在云溪县老街开了一家早餐店，卖包子馒头豆浆，营业执照刚办下来，店里就我和老伴两个人，每天凌晨四点就要起来忙。'
  '请问食品经营许可证要跑几趟？办证的咨询电话是多少？多少天能拿到证？', 'long compound visits phone time', 'spxb', r='yx',
  c=['5个工作日'], a=[ONE, ['0000-64816481', '0000-64880088']])
Q('云溪县居家养老服务补贴打哪个电话问', 'phone', 'jjyl', r='yx', c=['0000-64216421'])
Q('东港区残疾人护理补贴咨询电话', 'phone', 'cjbt', r='dg', c=['0000-62216221'])
Q('云溪县补办结婚证能预约吗', 'appointment', 'bljhz', r='yx', a=[APPT])
Q('在东港领证可以预约吗 网址多少', 'appointment', 'jhdj', m='dg',
  a=[APPT, ['https://zwfw.haichuan.example/hyyy', 'https://dg.haichuan.example/yuyue']])
Q('北塘区小孩第一次办身份证怎么办', 'howto', 'sfz_sl', r='bt', c=['居民户口簿', '15个工作日', '北塘区行政服务中心'],
  a=[['0000-63116311', '0000-63880088']])
Q('临江区买房落户怎么办', 'howto', 'gfls', r='lj', c=['不动产权证书', '5个工作日', '临江区政务服务中心'],
  a=[['0000-61116111', '0000-61880088']])
Q('东港区残疾证办好能邮寄吗', 'express', 'cjrz', r='dg', a=[MAIL])
Q('云溪县退役军人优待证能寄到家吗', 'express', 'tyyd', r='yx', a=[MAIL])
Q('港澳通行證辦好能寄到家嗎，要跑幾趟', 'compound express visits', 'gaz', a=[MAIL, ONE], trad=True)
Q('我住北塘 居住证能寄吗 电话多少', 'compound express phone', 'jzz', m='bt', a=[MAIL, ['0000-63116311', '0000-63880088']])
Q('食品经营许可新办要跑几趟 能邮寄证吗', 'compound visits express', 'spxb', m='lj', a=[ONE, MAIL])

# =================================================================== 不在目录中 (negative)
for say, trad in [
        ('狩猎证怎么办', False), ('渔船登记去哪弄', False), ('养狗要办证吗 狗证在哪办', False),
        ('教师资格证认定在哪里申请', False), ('烟草零售许可证怎么申请', False), ('导游证怎么考', False),
        ('出租车司机从业资格证在哪办', False), ('医师执业注册要什么材料', False), ('明天海川天气怎么样', False),
        ('燃气开户怎么办理', False), ('帮我查一下我的快递到哪了', False), ('献血证丢了怎么补', False),
        ('电动车上牌去哪里', False), ('护士执业证书变更要啥材料', False), ('古树名木迁移审批怎么办', False),
        ('彩票中奖去哪领', False), ('无人机飞行要报批吗 找哪个部门', False), ('想开网吧 要什么许可', False),
        ('种子生产经营许可证怎么申请', False), ('请问渔业捕捞许可证怎么办', True),
        ('打狂犬疫苗去哪里打', False), ('钓鱼证在哪办', False), ('游泳救生员证怎么考', False),
        ('家里宽带坏了找谁修', False), ('公务员考试在哪报名', False), ('清明进山烧纸要审批吗', False),
        ('危险化学品经营许可证怎么申请', False), ('船员证怎么办', False), ('店门口挂广告牌要审批吗', False),
        ('烟花爆竹零售许可证去哪办', True)]:
    Q(say, '', no_code=True, trad=trad)


# =================================================================== conversations
CS = []


def C(desc, tags, turns, m=None):
    n = len(CS) + 1
    cid = f'c-{n:03d}'
    tags = tags.split()
    conv = {'id': cid, 'description': desc, 'tags': tags}
    if m:
        conv['metadata'] = {'region': qlib.DIST[m]}
    conv['turns'] = []
    for i, t in enumerate(turns):
        say, items, kw = t[0], t[1], (t[2] if len(t) > 2 else {})
        kw = dict(kw)
        r = kw.pop('r', m)
        conv['turns'].append(turn(say, items, r, ctx=f'{cid}/{i + 1}', **kw))
    CS.append(conv)


C('补身份证：先问怎么办，再报所在区，追问时限和邮寄', 'howto region follow-up time express', [
    ('身份证丢了咋办', 'sfz_bl', dict(c=['居民户口簿', '40元'])),
    ('我在北塘区', 'sfz_bl', dict(r='bt', c=['北塘区行政服务中心'])),
    ('那要多久能拿到', 'sfz_bl', dict(r='bt', c=['15个工作日'])),
    ('能寄到家吗', 'sfz_bl', dict(r='bt', a=[MAIL])),
])
C('结婚登记转补领结婚证（临江区频道）', 'materials location appointment follow-up fee region', [
    ('领结婚证要带什么', 'jhdj', dict(c=['双方居民身份证', '2寸半身免冠合影照片3张'])),
    ('在哪儿办', 'jhdj', dict(c=['临江区婚姻登记处', '桂花巷9号'])),
    ('能预约吗', 'jhdj', dict(a=[APPT], c=['https://zwfw.haichuan.example/hyyy'])),
    ('那结婚证丢了补要什么', 'bljhz', dict(c=['夫妻双方近期2寸半身免冠合影照片3张'])),
    ('要钱不', 'bljhz', dict(a=[FREE])),
], m='lj')
C('高龄津贴：金额、地点，中途更正所在地', 'amount location region follow-up fact-in-field', [
    ('我奶奶88岁了 高龄补贴每月多少', 'gljt', dict(c=['每人每月100元'])),
    ('她户口在东港区 去哪申请', 'gljt', dict(r='dg', c=['东港区政务服务中心'])),
    ('说错了，她户口其实在云溪县石门镇', 'gljt', dict(r='yx', c=['石门镇便民服务中心'], nc=['东港区政务服务中心'])),
    ('要公示吗', 'gljt', dict(r='yx', c=['公示3天'])),
])
C('补身份证：不知道去哪，分享位置后定位到东港', 'location follow-up phone region', [
    ('补身份证在哪办', 'sfz_bl', dict(a=[HALLS4])),
    (None, 'sfz_bl', dict(location={'lat': 29.4151, 'lon': 121.1818}, r='dg', c=['东港区政务服务中心', '海港大道1号'])),
    ('周六开门吗', 'sfz_bl', dict(r='dg', a=[['周六', '星期六']])),
    ('电话多少', 'sfz_bl', dict(r='dg', a=[['0000-62116211', '0000-62880088']])),
])
C('开饭馆：一件事再到食品许可和个体执照', 'bundle follow-up time process region', [
    ('想开个饭馆 要办哪些手续', 'B:bundle-restaurant', dict(c=['食品经营许可'])),
    ('食品许可证要多久', 'spxb', dict(c=['5个工作日'])),
    ('会来店里检查吗', 'spxb', dict(c=['现场核查'])),
    ('个体户执照当天能拿吗', 'gtsl', dict(c=['即办'])),
], m='bt')
C('低保：条件、代办，更正户籍地后问时限和公示', 'conditions agent region follow-up compound', [
    ('申请低保要什么条件', 'db', dict(c=['每人每月1050元'])),
    ('我腿脚不好能让别人替我申请吗', 'db', dict(c=['委托村（居）民委员会'])),
    ('我其实户口在云溪县石门镇', 'db', dict(r='yx', c=['石门镇便民服务中心'], nc=['东港区政务服务中心'])),
    ('多久能批，要公示几天', 'db', dict(r='yx', c=['20个工作日', '公示7天'])),
], m='dg')
C('护照转港澳通行证，追问费用和邮寄', 'materials fee follow-up express', [
    ('办护照要啥', 'hz', dict(c=['居民身份证', '出入境证件照片'])),
    ('多少钱', 'hz', dict(c=['120元'], nc=['60元'])),
    ('港澳通行证呢', 'gaz', dict(c=['60元'])),
    ('签注呢', 'gaz', dict(c=['15元'])),
    ('能寄吗', 'gaz', dict(a=[MAIL])),
])
C('新生儿：落户、期限、医保、出生一件事（云溪县频道）', 'howto fact-in-field follow-up bundle faq region', [
    ('孩子刚出生怎么上户口', 'csdj', dict(c=['出生医学证明', '即办'])),
    ('有时间限制吗', 'csdj', dict(c=['1个月内'])),
    ('医保呢 要多久内交', 'jmyb+faq-hc-009', dict(c=['90日内'])),
    ('这些能一起办吗', 'B:bundle-birth', dict(c=['出生一件事'])),
], m='yx')
C('退休手续到公积金退休提取', 'materials fact-in-field follow-up compound', [
    ('明年退休 要办什么手续', 'txhd', dict(c=['职工档案'])),
    ('单位办还是自己办 要提前多久', 'txhd', dict(c=['前1个月'])),
    ('多久能批下来，钱从啥时候开始发', 'txhd', dict(c=['10个工作日', '次月'])),
    ('公积金退休了能取吗', 'gjjtx', dict(c=['全部余额'])),
])
C('驾照期满换证（繁体）', 'traditional howto follow-up fee fact-in-field express', [
    ('驾照快到期了怎么换', 'jzhz', dict(c=['90日内', '交管12123'], trad=True)),
    ('要钱吗', 'jzhz', dict(c=['10元'], trad=True)),
    ('我七十二岁了还要什么', 'jzhz', dict(c=['身体条件证明'], trad=True)),
    ('能寄到家吗', 'jzhz', dict(a=[MAIL], trad=True)),
])
C('公租房：临江频道，中途说其实住东港（东港已暂停）', 'howto conditions region suspended follow-up', [
    ('公租房怎么申请', 'gzf', dict(c=['公共租赁住房申请表'])),
    ('收入要求多少', 'gzf', dict(c=['2400元'])),
    ('我其实住在东港区', 'gzf', dict(r='dg', a=[GONE])),
], m='lj')
C('残疾人补贴到残疾证办理（北塘频道）', 'amount howto follow-up phone region', [
    ('我儿子一级残疾 有啥补贴', 'cjbt', dict(c=['一级每人每月260元'])),
    ('残疾证还没办 要先办证吧 怎么办', 'cjrz', dict(c=['近期2寸白底免冠彩色照片3张'])),
    ('鉴定要钱吗', 'cjrz', dict(c=['评定费用由残联承担'])),
    ('电话多少', 'cjrz', dict(a=[['0000-63716371', '0000-63880088']])),
], m='bt')
C('目录外问题后转到个体户执照', 'negative follow-up materials time', [
    ('养狗要办证吗', None, dict(no_code=True, c=['12345'])),
    ('那我想开个宠物店卖狗粮 要办个体执照吧 要准备啥', 'gtsl', dict(c=['经营场所使用证明'])),
    ('多久能办好', 'gtsl', dict(c=['即办'])),
])
C('协议离婚（东港频道）', 'location process materials visits follow-up region', [
    ('想离婚 俩人都同意 去哪办', 'lhdj', dict(c=['东港区政务服务中心'])),
    ('当天能离吗', 'lhdj', dict(c=['30日内'])),
    ('要带啥', 'lhdj', dict(c=['离婚协议书'])),
    ('跑几趟', 'lhdj', dict(c=['2次'])),
], m='dg')
C('房产证遗失补发，最后问云溪在哪办', 'howto fact-in-field fee location follow-up region', [
    ('房产证丢了', 'bdcbf', dict(c=['15个工作日'])),
    ('要登报吗', 'bdcbf', dict(c=['无需登报'])),
    ('多少钱', 'bdcbf', dict(c=['10元'])),
    ('我住云溪，在哪办', 'bdcbf', dict(r='yx', c=['海川市不动产登记中心云溪分中心'])),
])
C('高龄津贴：分享位置定位到北塘', 'location follow-up online region', [
    ('老人高龄津贴在哪领', 'gljt', dict(a=[HALLS4 + ['网上', 'https://mzj.haichuan.example/gljt']])),
    (None, 'gljt', dict(location={'lat': 29.4690, 'lon': 121.0715}, r='bt', c=['北塘区行政服务中心'])),
    ('能网上办吗', 'gljt', dict(r='bt', c=['https://mzj.haichuan.example/gljt'])),
])
C('毕业生租房补贴转公积金租房提取', 'amount fact-in-field follow-up visits', [
    ('刚毕业 来海川上班 有什么租房补贴吗', 'byzf', dict(c=['每人每月800元'])),
    ('我是本科 能领多久', 'byzf', dict(c=['36个月'])),
    ('公积金能提出来交房租吗 一年能提多少', 'gjjzf', dict(c=['12000元'])),
    ('要跑去公积金中心吗', 'gjjzf', dict(a=[ZERO], c=['https://gjj.haichuan.example'])),
])
C('无犯罪记录证明（临江频道），替家人开', 'online agent time follow-up region', [
    ('无犯罪证明在哪开', 'wfzm', dict(c=['https://ga.haichuan.example/wfzm'])),
    ('能帮我老公开吗 他在外地', 'wfzm', dict(c=['委托书'])),
    ('要几天', 'wfzm', dict(c=['3个工作日'])),
], m='lj')
C('只说“结婚证”，按按钮选补领', 'follow-up time', [
    ('结婚证', 'jhdj+bljhz', dict(may_ask=True, a=[['结婚登记', '补领结婚证']])),
    (None, 'bljhz', dict(press='补领', c=['夫妻双方近期2寸半身免冠合影照片3张'])),
    ('当天能拿到吗', 'bljhz', dict(c=['即办'])),
])
C('只说“身份证”，按按钮选换领', 'follow-up fee materials', [
    ('身份证', 'sfz_sl+sfz_hl+sfz_bl', dict(may_ask=True, a=[['首次申领', '换领', '补领']])),
    (None, 'sfz_hl', dict(press='换领', c=['原居民身份证'])),
    ('多少钱', 'sfz_hl', dict(c=['20元'], nc=['40元'])),
])
C('失业金转法律援助，最后报北塘问电话', 'conditions amount follow-up phone region', [
    ('被公司辞退了 能领失业金吗', 'syj', dict(c=['非因本人意愿中断就业'])),
    ('每月多少', 'syj', dict(c=['每人每月2214元'])),
    ('公司还欠我两个月工资 能找免费律师吗', 'flyz', dict(c=['不受经济困难条件限制'])),
    ('我在北塘 电话多少', 'flyz', dict(r='bt', c=['0000-63916391'])),
])
C('异地就医备案转慢特病', 'online fact-in-field follow-up location', [
    ('去外地看病医保怎么报', 'ydjy', dict(c=['https://ybj.haichuan.example/ydba'])),
    ('临时出去看病 备案管多久', 'ydjy', dict(c=['6个月'])),
    ('我还有糖尿病 慢病卡能办吗 去哪办', 'mtb', dict(c=['定点医疗机构'])),
])
C('居住证到子女入学（北塘频道）', 'fact-in-field conditions follow-up online region', [
    ('外地人办居住证要住多久', 'jzz', dict(c=['满6个月'], nc=['10个工作日'])),
    ('办好了孩子能在这上小学吗 有什么要求', 'rxbm', dict(c=['有效居住证满1年'])),
    ('什么时候报名', 'rxbm', dict(c=['6月1日至6月15日'])),
    ('网上报吗', 'rxbm', dict(c=['https://jyj.haichuan.example/rxbm'])),
], m='bt')
C('老年人口吻：孙子办身份证（云溪频道）', 'location materials fee time express follow-up region', [
    ('俺孙子十六了 要办身份证 上哪办', 'sfz_sl', dict(c=['云溪县政务服务中心'])),
    ('要带啥子', 'sfz_sl', dict(c=['居民户口簿'])),
    ('要好多钱', 'sfz_sl', dict(c=['20元'])),
    ('好久能拿到', 'sfz_sl', dict(c=['15个工作日'])),
    ('能寄回来不', 'sfz_sl', dict(a=[MAIL])),
], m='yx')
C('退伍老兵补助转优待证，中途报临江', 'amount process region follow-up express', [
    ('我是农村的退伍老兵 六十五了 有补助吗', 'ncbz', dict(c=['每人每月发给补助60元'])),
    ('要公示吗', 'ncbz', dict(c=['公示7天'])),
    ('优待证也想办 我在临江 怎么办', 'tyyd', dict(r='lj', c=['退出现役证明'])),
    ('能寄吗', 'tyyd', dict(r='lj', a=[MAIL])),
])
C('居民医保缴费：今年标准（旧知识库已撤销）、缴费期、网上缴', 'fact-in-field revoked follow-up online', [
    ('居民医保今年交多少钱', 'jmyb', dict(c=['400元'], nc=['350元'])),
    ('什么时候交', 'jmyb', dict(c=['9月1日至12月31日'])),
    ('网上能交吗', 'jmyb', dict(c=['https://ybj.haichuan.example/cb'])),
])


# =================================================================== write + report
def main():
    if ERR:
        print('\n'.join(ERR))
        sys.exit(1)
    ids = [q['id'] for q in QS] + [c['id'] for c in CS]
    assert len(ids) == len(set(ids))
    allowed = set('compound long fact-in-field phone appointment express visits agent cross-region result amount howto '
                  'materials time fee location online process conditions negative revoked suspended faq bundle region '
                  'follow-up traditional typo'.split())
    for conv in QS + CS:
        bad = set(conv['tags']) - allowed
        assert not bad, (conv['id'], bad)
        assert conv['tags'], conv['id']
        for t in conv['turns']:
            if 'long' in conv['tags'] and 'say' in t:
                n = len(t['say'])
                assert 80 <= n <= 200, (conv['id'], n)
    for name, data in (('questions.yaml', QS), ('conversations.yaml', CS)):
        with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
            yaml.safe_dump({'version': 1, 'conversations': data}, f, allow_unicode=True, sort_keys=False, width=1000)
    for label, data in (('questions', QS), ('conversations', CS)):
        cnt = collections.Counter(t for c in data for t in c['tags'])
        n = len(data)
        print(f'{label}: {n}')
        for t, k in sorted(cnt.items(), key=lambda x: -x[1]):
            print(f'  {t:14s} {k:4d}  {100 * k / n:5.1f}%')
    print('turns in conversations:', sum(len(c['turns']) for c in CS))


if __name__ == '__main__':
    main()
