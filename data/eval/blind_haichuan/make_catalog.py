"""Generate the blind evaluation catalog for the fictional city 海川市.

Run: /work/main/.venv/bin/python make_catalog.py
Writes catalog/{regions,halls,faq,bundles}.yaml and catalog/guides/*.yaml.
District items get one guide per district with identical 要素 (conditions,
materials, time limits, fees); only code, agency, halls and phones differ.
"""
import os
import shutil
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CAT = os.path.join(HERE, 'catalog')
UPDATED = '2025-03-18'

# ---------------------------------------------------------------- regions
PROVINCE = {'code': '330000', 'name': '浙江省', 'level': 'province'}
CITY = {'code': '331200', 'name': '海川市', 'level': 'city', 'parent': '330000'}
DISTRICTS = [
    dict(key='lj', code='331202', name='临江区', short='临江', pp='61', hall='lj-zwzx', county=False),
    dict(key='dg', code='331203', name='东港区', short='东港', pp='62', hall='dg-zwzx', county=False),
    dict(key='bt', code='331204', name='北塘区', short='北塘', pp='63', hall='bt-zwzx', county=False),
    dict(key='yx', code='331221', name='云溪县', short='云溪', pp='64', hall='yx-zwzx', county=True),
]
TOWN = {'code': '331221101', 'name': '石门镇', 'level': 'town', 'parent': '331221'}
DIST = {d['key']: d for d in DISTRICTS}

# ---------------------------------------------------------------- halls
WEEK = [1, 2, 3, 4, 5]


def hrs(*spans, sat=None):
    out = [{'days': WEEK, 'open': o, 'close': c} for o, c in spans]
    if sat:
        out.append({'days': [6], 'open': sat[0], 'close': sat[1]})
    return out


HALLS = [
    dict(id='hc-smzx', name='海川市民中心（市政务服务中心）', region='331200',
         address='海川市临江区滨江大道188号', location={'lat': 29.4012, 'lon': 121.1035},
         hours=hrs(('09:00', '17:00'), sat=('09:00', '12:00')),
         hours_note='周六上午仅开放社保、医保、公积金综合窗口；法定节假日休息',
         phone='0000-60880088', appointment_url='https://zwfw.haichuan.example/yuyue',
         transit='地铁1号线市民中心站B口出；公交3路、15路、K52路市民中心站下车'),
    dict(id='lj-zwzx', name='临江区政务服务中心', region='331202',
         address='海川市临江区望江路66号', location={'lat': 29.3921, 'lon': 121.0876},
         hours=hrs(('08:30', '12:00'), ('13:30', '17:00')),
         hours_note='中午12:00-13:30休息，法定节假日休息',
         phone='0000-61880088', appointment_url='https://lj.haichuan.example/yuyue',
         transit='公交8路、21路望江路口站下车，步行200米'),
    dict(id='lj-hydj', name='临江区婚姻登记处', region='331202',
         address='海川市临江区桂花巷9号（临江公园东门）', location={'lat': 29.3867, 'lon': 121.0951},
         hours=hrs(('08:30', '11:30'), ('13:30', '16:30')),
         hours_note='每年5月20日、七夕节如逢周末照常办理结婚登记',
         phone='0000-61220520'),
    dict(id='dg-zwzx', name='东港区政务服务中心', region='331203',
         address='海川市东港区海港大道1号', location={'lat': 29.4150, 'lon': 121.1820},
         hours=hrs(('09:00', '17:00'), sat=('09:00', '12:00')),
         hours_note='周六上午开放综合受理窗口，法定节假日休息',
         phone='0000-62880088', appointment_url='https://dg.haichuan.example/yuyue',
         transit='地铁2号线海港大道站C口出'),
    dict(id='bt-zwzx', name='北塘区行政服务中心', region='331204',
         address='海川市北塘区塘北路300号', location={'lat': 29.4688, 'lon': 121.0712},
         hours=hrs(('08:30', '12:00'), ('14:00', '17:30')),
         phone='0000-63880088',
         transit='公交11路、36路北塘区政府站下车'),
    dict(id='yx-zwzx', name='云溪县政务服务中心', region='331221',
         address='海川市云溪县云溪镇溪口路18号', location={'lat': 29.2533, 'lon': 120.9468},
         hours=hrs(('08:30', '12:00'), ('14:00', '17:00'), sat=('09:00', '12:00')),
         hours_note='周六上午开放户政、社保窗口',
         phone='0000-64880088',
         transit='县城公交1路、5路政务中心站下车'),
    dict(id='sm-bmzx', name='石门镇便民服务中心', region='331221101',
         address='海川市云溪县石门镇石门街52号', location={'lat': 29.2012, 'lon': 120.8825},
         hours=hrs(('08:30', '11:30'), ('14:00', '17:00')),
         phone='0000-64301234'),
    dict(id='crj', name='海川市公安局出入境接待大厅', region='331200',
         address='海川市临江区解放北路99号', location={'lat': 29.4080, 'lon': 121.0990},
         hours=[{'days': WEEK, 'open': '08:30', 'close': '17:30'}, {'days': [6], 'open': '09:00', 'close': '16:00'}],
         hours_note='周六全天办理护照、港澳台通行证业务',
         phone='0000-60138800', appointment_url='https://crj.haichuan.example/yy',
         transit='地铁1号线解放北路站A口出'),
    dict(id='bdc', name='海川市不动产登记中心', region='331200',
         address='海川市东港区新城路200号', location={'lat': 29.4221, 'lon': 121.1633},
         hours=hrs(('09:00', '17:00'), sat=('09:00', '12:00')),
         phone='0000-60578800', appointment_url='https://bdc.haichuan.example/yuyue',
         transit='公交6路、22路新城路站下车'),
    dict(id='bdc-yx', name='海川市不动产登记中心云溪分中心', region='331221',
         address='海川市云溪县溪口路20号', location={'lat': 29.2540, 'lon': 120.9480},
         hours=hrs(('08:30', '12:00'), ('14:00', '17:00')),
         phone='0000-64578800'),
    dict(id='gjj', name='海川市住房公积金管理中心服务大厅', region='331200',
         address='海川市临江区人民路50号', location={'lat': 29.3990, 'lon': 121.0912},
         hours=hrs(('08:30', '12:00'), ('13:00', '17:00')),
         phone='0000-60558800', transit='公交2路、9路人民路站下车'),
    dict(id='sb', name='海川市社会保险服务大厅', region='331200',
         address='海川市北塘区劳动路8号', location={'lat': 29.4522, 'lon': 121.0801},
         hours=hrs(('08:30', '17:00'), sat=('09:00', '12:00')),
         phone='0000-60538800', appointment_url='https://rsj.haichuan.example/yuyue'),
    dict(id='cgs', name='海川市公安局交警支队车辆管理所', region='331200',
         address='海川市北塘区北环路1号', location={'lat': 29.4810, 'lon': 121.0955},
         hours=[{'days': WEEK, 'open': '08:30', 'close': '17:00'}, {'days': [6, 7], 'open': '09:00', 'close': '16:00'}],
         hours_note='周六、周日办理驾驶证换证、补证和新车注册登记',
         phone='0000-60158800', appointment_url='https://jg.haichuan.example/yuyue'),
    dict(id='gzc', name='海川市公证处', region='331200',
         address='海川市临江区中山路120号', location={'lat': 29.4033, 'lon': 121.0855},
         hours=hrs(('08:30', '12:00'), ('13:30', '17:00')),
         phone='0000-60928800', appointment_url='https://gzc.haichuan.example/yy'),
]

# ---------------------------------------------------------------- departments
# dept key -> (phone number code, agency name template for districts)
DEPT_NO = dict(ga='11', hy='22', mz='21', wj='31', jy='41', rs='51', yb='52', zj='61',
               cl='71', tyjr='72', sj='81', sw='82', sf='91', nn='93')


def district_agency(dept, d):
    n = d['name']
    if dept == 'ga':
        return f"{n}公安局" if d['county'] else f"海川市公安局{d['short']}分局"
    if dept == 'sw':
        return f"国家税务总局{n}税务局" if d['county'] else f"国家税务总局海川市{n}税务局"
    if dept == 'yb':
        return f"海川市医疗保障局{n}分局"
    return n + {'hy': '民政局（婚姻登记处）', 'mz': '民政局', 'wj': '卫生健康局', 'jy': '教育局',
                'rs': '人力资源和社会保障局', 'zj': '住房和城乡建设局', 'cl': '残疾人联合会',
                'tyjr': '退役军人事务局', 'sj': '市场监督管理局', 'sf': '司法局（法律援助中心）',
                'nn': '农业农村局'}[dept]


def district_phone(dept, d):
    no = DEPT_NO[dept]
    return f"0000-{d['pp']}{no}{d['pp']}{no}"


CITY_DEPT = {
    'crj': ('海川市公安局出入境管理支队', '0000-60136013', ['crj']),
    'sb': ('海川市社会保险服务中心', '0000-60536053', ['sb', 'hc-smzx']),
    'rs': ('海川市人力资源和社会保障局', '0000-60516051', ['hc-smzx']),
    'yb': ('海川市医疗保障局', '0000-60526052', ['hc-smzx']),
    'gjj': ('海川市住房公积金管理中心', '0000-60556055', ['gjj', 'hc-smzx']),
    'bdc': ('海川市自然资源和规划局（不动产登记中心）', '0000-60576057', ['bdc', 'bdc-yx']),
    'cgs': ('海川市公安局交通警察支队', '0000-60156015', ['cgs']),
    'zj': ('海川市住房和城乡建设局', '0000-60616061', ['hc-smzx']),
    'gzc': ('海川市公证处', '0000-60926092', ['gzc']),
    'tyjr': ('海川市退役军人事务局', '0000-60726072', ['hc-smzx']),
    'wj': ('海川市卫生健康委员会', '0000-60316031', ['hc-smzx']),
}
CITY_COMPLAINT = '0000-60009900'


def M(name, form='原件', copies=None, required=True, source=None, exempt=None, situation=None, note=None):
    m = {'name': name, 'form': form}
    if copies:
        m['copies'] = copies
    m['required'] = required
    if source:
        m['source'] = source
    if exempt is not None:
        m['exempt'] = exempt
    if situation:
        m['situation'] = situation
    if note:
        m['note'] = note
    return m


def S(name, description):
    return {'name': name, 'description': description}


def TL(value, unit='working_day', note=None):
    t = {'value': value, 'unit': unit}
    if note:
        t['note'] = note
    return t


def FREE():
    return {'charged': False, 'items': []}


def FEE(*items):
    return {'charged': True, 'items': [{'name': n, 'amount': a, 'basis': b} for n, a, b in items]}


def ON(depth, visits, url=None):
    o = {'depth': depth}
    if url:
        o['url'] = url
    o['visits'] = visits
    return o


ZW = 'https://zwfw.haichuan.example'
PHOTO = '符合居民身份证标准的本人近期相片'

# ---------------------------------------------------------------- items
# level D: one guide per district; level C: one city guide.
ITEMS = []


def item(**kw):
    ITEMS.append(kw)


# ======== 户籍 / 身份证 (公安)
item(key='sfz_sl', base='331201000001', level='D', dept='ga', name='居民身份证首次申领',
     aliases=['第一次办身份证', '小孩办身份证', '办身份证', '申领身份证'],
     item_type='行政确认', obj=['natural_person'], events=['出生', '入学'],
     conditions=['年满16周岁的中国公民应当申领居民身份证；未满16周岁的，可以依照规定申领',
                 '在海川市有常住户口，或持有本市有效居住证的外地户籍人员可在本市异地申领',
                 '未满16周岁的申请人须由监护人陪同办理'],
     situations=[S('年满16周岁本人申领', '本人到场采集人像和指纹'),
                 S('未满16周岁申领', '由监护人陪同到场，提交监护人居民身份证')],
     materials=[M('居民户口簿', note='异地申领的须提交本人户口簿原件'),
                M(PHOTO, form='电子', note='可在办证大厅现场免费拍照，也可使用照相馆出具的带回执码的数码相片'),
                M('监护人居民身份证', situation='未满16周岁申领'),
                M('浙江省居住证', required=False, note='外地户籍人员在本市异地申领时提交')],
     steps=[S('受理', '到户政窗口提交材料，现场采集人像和指纹'), S('审核', '户籍所在地公安机关审核'),
            S('制证', '省公安厅统一制作'), S('领证', '到受理窗口领取，或选择邮寄到家')],
     legal=TL(60, 'natural_day'), promised=TL(15, note='异地申领为20个工作日'),
     fee=FEE(('居民身份证工本费', 20, '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》')),
     online=ON('online_apply', 1, ZW + '/sfz'), appointment=True, express=True, cross='跨省通办',
     result='居民身份证', basis=['《中华人民共和国居民身份证法》'], window='户政窗口')

item(key='sfz_hl', base='331201000002', level='D', dept='ga', name='居民身份证换领',
     aliases=['身份证过期了', '身份证到期换新', '换身份证', '身份证快到期了'],
     item_type='行政确认', obj=['natural_person'],
     conditions=['居民身份证有效期满前3个月内，或者证件严重损坏不能辨认、登记项目变更的，应当申请换领',
                 '申请人须本人到场采集人像和指纹'],
     situations=[S('有效期满换领', '有效期满前3个月内申请'), S('证件损坏换领', '交回损坏的居民身份证'),
                 S('登记项目变更换领', '姓名、出生日期等变更的，先办理户口登记项目变更')],
     materials=[M('原居民身份证'), M('居民户口簿', exempt=True, note='在户籍所在地办理的可通过信息共享免交'),
                M(PHOTO, form='电子', note='可在办证大厅现场免费拍照')],
     steps=[S('受理', '本人到户政窗口提交材料并采集人像、指纹'), S('审核', '审核申请人身份信息'),
            S('制证', '省公安厅统一制作'), S('领证', '到窗口领取或邮寄到家')],
     legal=TL(60, 'natural_day'), promised=TL(15),
     fee=FEE(('居民身份证工本费', 20, '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》')),
     online=ON('online_apply', 1, ZW + '/sfz'), appointment=True, express=True, cross='跨省通办',
     result='居民身份证', basis=['《中华人民共和国居民身份证法》'], window='户政窗口')

item(key='sfz_bl', base='331201000003', level='D', dept='ga', name='居民身份证补领',
     aliases=['身份证丢了', '身份证掉了', '补办身份证', '身份证被偷了', '身份证不见了'],
     item_type='行政确认', obj=['natural_person'],
     conditions=['居民身份证丢失或被盗的，应当及时申请补领',
                 '申请人须本人到场采集人像和指纹，不能由他人代为办理',
                 '因年老、重病、残疾等行动不便确实无法到场的，可由近亲属向户籍所在地派出所申请上门采集服务'],
     situations=[S('本人到场补领', '本人携带户口簿到户政窗口办理'),
                 S('行动不便上门采集', '近亲属携带申请人户口簿和本人居民身份证到窗口申请，民警预约时间上门采集人像和指纹')],
     materials=[M('居民户口簿'), M(PHOTO, form='电子', note='可在办证大厅现场免费拍照'),
                M('近亲属本人居民身份证', situation='行动不便上门采集'),
                M('医院诊断证明或残疾人证', form='复印件', situation='行动不便上门采集', note='能证明申请人行动不便即可')],
     steps=[S('受理', '到户政窗口提交材料并采集人像、指纹，可同时申领临时居民身份证'), S('审核', '核查申请人身份'),
            S('制证', '省公安厅统一制作'), S('领证', '到窗口领取或邮寄到家')],
     legal=TL(60, 'natural_day'), promised=TL(15),
     fee=FEE(('居民身份证补领工本费', 40, '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》')),
     online=ON('online_apply', 1, ZW + '/sfz'), appointment=True, express=True, cross='跨省通办',
     result='居民身份证', basis=['《中华人民共和国居民身份证法》'], window='户政窗口')

item(key='sfz_ls', base='331201000004', level='D', dept='ga', name='临时居民身份证申领',
     aliases=['临时身份证', '开临时身份证', '急用身份证'],
     item_type='行政确认', obj=['natural_person'],
     conditions=['正在申领、换领、补领居民身份证期间，急需使用居民身份证的，可以申请领取临时居民身份证',
                 '临时居民身份证有效期为3个月'],
     materials=[M('居民户口簿'), M('居民身份证受理回执', required=False, note='已申领正式居民身份证的提供'),
                M(PHOTO, form='电子')],
     steps=[S('受理', '到户政窗口提交材料'), S('制证发证', '现场制作并发放临时居民身份证')],
     legal=TL(3), promised=TL(0),
     fee=FEE(('临时居民身份证工本费', 10, '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》')),
     online=ON('offline_only', 1), appointment=False, express=False, cross='全省通办',
     result='临时居民身份证', basis=['《中华人民共和国临时居民身份证管理办法》'], window='户政窗口')

item(key='csdj', base='331201000005', level='D', dept='ga', name='出生登记',
     aliases=['新生儿落户', '小孩上户口', '宝宝报户口', '给孩子上户口', '新生儿入户'],
     item_type='行政确认', obj=['natural_person'], events=['出生', '生育'],
     conditions=['婴儿出生后，由父母或其他监护人向常住户口所在地派出所申报出生登记',
                 '应当自婴儿出生之日起1个月内申报出生登记',
                 '可随父或随母落户，父母双方户口不在同一户的由双方协商确定'],
     situations=[S('在本市医院出生', '出生医学证明可通过数据共享核验'),
                 S('在外地出生', '须提交出生医学证明原件'),
                 S('非婚生育', '须提交亲子鉴定证明')],
     materials=[M('出生医学证明', exempt=True, note='本市医院签发的可通过数据共享核验，免于提交'),
                M('父母双方居民身份证'), M('父母结婚证', note='非婚生育的无需提供'),
                M('落户方居民户口簿'),
                M('亲子鉴定证明', source='中介机构', situation='非婚生育')],
     steps=[S('申报', '网上申报或到户政窗口申报'), S('审核', '核验出生医学证明和父母信息'),
            S('办结', '在居民户口簿上登记新生儿信息')],
     legal=TL(10), promised=TL(0),
     fee=FREE(), online=ON('online_apply', 1, ZW + '/csdj'), appointment=False, express=False,
     cross='全省通办', result='居民户口簿（新生儿户口页）', basis=['《中华人民共和国户口登记条例》'], window='户政窗口')

item(key='jzz', base='331201000006', level='D', dept='ga', name='居住证申领',
     aliases=['办居住证', '暂住证', '外地人办居住证', '居住证怎么办'],
     item_type='公共服务', obj=['natural_person'], events=['就业', '住房'],
     conditions=['离开常住户口所在地，到海川市居住并已办理居住登记满6个月',
                 '符合有合法稳定就业、合法稳定住所、连续就读条件之一',
                 '未满16周岁的未成年人和行动不便的老年人、残疾人等，可由其监护人、近亲属代为申领'],
     situations=[S('以就业申领', '提交就业证明'), S('以居住申领', '提交住所证明'), S('以就读申领', '提交在读证明')],
     materials=[M('居民身份证'), M(PHOTO, form='电子'),
                M('合法稳定住所证明', form='复印件', note='房屋租赁合同须已办理登记备案，或提交不动产权证书'),
                M('就业证明（劳动合同或营业执照）', form='复印件', situation='以就业申领'),
                M('学生证或在读证明', situation='以就读申领')],
     steps=[S('申请', '网上申请或到窗口申请'), S('审核', '核查居住登记时间和条件'), S('制证发证', '领取或邮寄')],
     legal=TL(15), promised=TL(10),
     fee=FREE(), online=ON('online_apply', 1, ZW + '/jzz'), appointment=False, express=True,
     cross='全市通办', result='浙江省居住证', basis=['《居住证暂行条例》'], window='户政窗口')

item(key='gfls', base='331201000007', level='D', dept='ga', name='户口迁入（购房落户）',
     aliases=['买房落户', '迁户口', '户口迁过来', '买了房子能落户吗'],
     item_type='行政确认', obj=['natural_person'], events=['住房'],
     conditions=['在海川市取得不动产权证书，且在该住房实际居住满1年',
                 '本人及其配偶、未成年子女可随迁；父母投靠的另行办理',
                 '跨省迁入的，实行“一站式”迁移，无需回迁出地开具迁移证'],
     materials=[M('居民身份证'), M('居民户口簿'),
                M('不动产权证书', exempt=True, note='可通过不动产登记信息共享核验'),
                M('结婚证', situation='配偶随迁'), M('子女出生医学证明', situation='未成年子女随迁')],
     situations=[S('本人迁入', '仅申请人本人'), S('配偶随迁', '配偶一同迁入'), S('未成年子女随迁', '未成年子女一同迁入')],
     steps=[S('受理', '到迁入地户政窗口申请'), S('审核', '核查房产与居住情况'), S('办理迁入', '出具准予迁入证明并登记')],
     legal=TL(20), promised=TL(5),
     fee=FREE(), online=ON('online_apply', 1, ZW + '/hkqr'), appointment=True, express=False,
     cross='跨省通办', result='准予迁入证明', basis=['《中华人民共和国户口登记条例》'], window='户政窗口')

item(key='wfzm', base='331201000008', level='D', dept='ga', name='无犯罪记录证明开具',
     aliases=['开无犯罪证明', '无犯罪证明', '良民证', '政审证明', '没有犯罪记录的证明'],
     item_type='公共服务', obj=['natural_person'], events=['就业'],
     conditions=['本市户籍人员，或在本市居住的持有效居住证人员',
                 '本人申请，也可委托他人代为申请，受委托人须提交委托书'],
     situations=[S('本人申请', '本人网上或窗口申请'), S('委托他人代办', '受委托人持委托书和双方身份证到窗口申请')],
     materials=[M('申请人居民身份证'), M('委托书', situation='委托他人代办'),
                M('受委托人居民身份证', situation='委托他人代办')],
     steps=[S('申请', '网上申请或到窗口申请'), S('核查', '查询全国违法犯罪人员信息资源库'),
            S('出具', '出具证明，电子证明可在线下载')],
     legal=TL(15, 'natural_day'), promised=TL(3),
     fee=FREE(), online=ON('full_online', 0, 'https://ga.haichuan.example/wfzm'), appointment=False,
     express=False, cross='跨省通办', result='无犯罪记录证明', basis=['《公安机关办理犯罪记录查询工作规定》'],
     window='综合窗口')

# ======== 婚姻 (民政)
item(key='jhdj', base='331202000001', level='D', dept='hy', name='内地居民结婚登记',
     aliases=['领结婚证', '扯证', '登记结婚', '办结婚证', '去民政局领证'],
     item_type='行政确认', obj=['natural_person'], events=['婚姻'],
     conditions=['男方年满22周岁，女方年满20周岁',
                 '男女双方完全自愿，双方均无配偶',
                 '双方没有直系血亲和三代以内旁系血亲关系',
                 '双方须共同亲自到婚姻登记机关办理，不能委托他人代办',
                 '一方户籍在本省，或双方持有本省有效居住证的，可在全省任一婚姻登记处办理'],
     materials=[M('双方居民身份证'), M('双方居民户口簿', exempt=True, note='户籍信息可共享核验的免交'),
                M('双方近期2寸半身免冠合影照片3张', note='红色背景，可在登记处现场拍摄'),
                M('申请结婚登记声明书', note='在登记处现场填写，双方当面签字')],
     steps=[S('预约', '可通过网上预约办理日期，也可现场取号'), S('申请', '双方到场提交材料、填写声明'),
            S('审查', '登记员当场审查'), S('颁证', '符合条件的当场发给结婚证，可选择颁证仪式')],
     legal=TL(0, 'natural_day'), promised=TL(0),
     fee=FREE(), online=ON('offline_only', 1, ZW + '/hyyy'), appointment=True, express=False,
     cross='全省通办', result='结婚证', basis=['《中华人民共和国民法典》', '《婚姻登记条例》'],
     hours='周一至周五上午8:30-11:30，下午13:30-16:30；5月20日、七夕节如逢周末照常办理', window='婚姻登记窗口')

item(key='bljhz', base='331202000002', level='D', dept='hy', name='补领结婚证',
     aliases=['结婚证丢了', '结婚证掉了', '补办结婚证', '结婚证坏了', '结婚证找不到了'],
     item_type='行政确认', obj=['natural_person'], events=['婚姻'],
     conditions=['结婚证遗失或者损毁的，当事人可以持本人身份证件向原办理婚姻登记的机关或者一方当事人常住户口所在地的婚姻登记机关申请补领',
                 '当事人须本人亲自到场，可一方申请补领本人的结婚证'],
     materials=[M('居民身份证'), M('居民户口簿', exempt=True, note='户籍信息可共享核验的免交'),
                M('夫妻双方近期2寸半身免冠合影照片3张', note='一方已去世的，可提交本人单人照片')],
     steps=[S('申请', '本人到婚姻登记处提交申请'), S('查档', '婚姻登记机关调取婚姻登记档案'),
            S('补发', '档案核实无误的当场补发结婚证')],
     legal=TL(30, 'natural_day'), promised=TL(0),
     fee=FREE(), online=ON('offline_only', 1), appointment=True, express=False,
     cross='全省通办', result='结婚证', basis=['《婚姻登记条例》'], window='婚姻登记窗口')

item(key='lhdj', base='331202000003', level='D', dept='hy', name='内地居民离婚登记',
     aliases=['协议离婚', '办离婚', '离婚证', '去民政局离婚'],
     item_type='行政确认', obj=['natural_person'], events=['婚姻'],
     conditions=['男女双方自愿离婚，并已对子女抚养、财产以及债务处理等事项协商一致',
                 '双方须共同亲自到一方常住户口所在地的婚姻登记机关申请'],
     materials=[M('双方居民身份证'), M('双方居民户口簿', exempt=True), M('双方结婚证'),
                M('离婚协议书', copies=3, note='须载明双方自愿离婚的意思表示以及对子女抚养、财产及债务处理等事项协商一致的意见'),
                M('双方近期2寸单人半身免冠照片各2张')],
     steps=[S('申请', '双方共同到婚姻登记处提交离婚登记申请'),
            S('冷静期', '自婚姻登记机关收到离婚登记申请之日起30日内，任何一方不愿意离婚的，可以撤回申请'),
            S('申请发证', '冷静期届满后30日内，双方应当亲自到婚姻登记机关申请发给离婚证，未申请的视为撤回离婚登记申请'),
            S('审查发证', '符合条件的当场发给离婚证')],
     legal=TL(30, 'natural_day', '不含30日离婚冷静期'), promised=TL(0),
     fee=FREE(), online=ON('offline_only', 2), appointment=True, express=False,
     cross='none', result='离婚证', basis=['《中华人民共和国民法典》', '《婚姻登记条例》'], window='婚姻登记窗口')

# ======== 生育 / 入学
item(key='sydj', base='331203000001', level='D', dept='wj', name='生育登记',
     aliases=['准生证', '生育服务证', '办准生证', '生孩子登记', '二胎登记'],
     item_type='公共服务', obj=['natural_person'], events=['生育'],
     conditions=['夫妻双方中至少一方户籍在本区（县），或在本区（县）居住并持有居住证',
                 '生育第一个、第二个和第三个子女的，均可办理生育登记',
                 '可在怀孕前、怀孕期间或子女出生后办理'],
     materials=[M('夫妻双方居民身份证', form='电子', exempt=True, note='网上办理时通过实名认证核验'),
                M('结婚证', form='电子', exempt=True, note='通过婚姻登记信息共享核验')],
     steps=[S('网上填报', '登录海川政务网或浙里办填报夫妻双方信息'), S('自动核验', '系统自动核验婚姻和户籍信息'),
            S('生成服务单', '即时生成电子生育登记服务单，可自行下载打印')],
     legal=TL(1), promised=TL(0),
     fee=FREE(), online=ON('full_online', 0, ZW + '/sydj'), appointment=False, express=False,
     cross='跨省通办', result='生育登记服务单（电子）', basis=['《浙江省人口与计划生育条例》'],
     window='卫生健康窗口', hall_note='不会网上操作的可到窗口由工作人员帮办')

item(key='rxbm', base='331204000001', level='D', dept='jy', name='义务教育新生入学报名',
     aliases=['小学报名', '小一报名', '孩子上小学', '初一报名', '入学登记', '上学报名'],
     item_type='公共服务', obj=['natural_person'], events=['入学'],
     conditions=['小学新生须年满6周岁（当年8月31日前出生）',
                 '户籍儿童凭户籍和房产在学区内报名',
                 '随迁子女：父母一方持有本区（县）有效居住证满1年，且在本市连续缴纳社会保险满1年'],
     situations=[S('户籍儿童', '凭户籍和房产报名'), S('随迁子女', '凭居住证和社保缴纳情况报名')],
     materials=[M('儿童居民户口簿', form='原件和复印件'), M('父母双方居民身份证'),
                M('房屋产权证明或房屋租赁合同', form='复印件'),
                M('父母一方浙江省居住证', situation='随迁子女'),
                M('社会保险缴费证明', situation='随迁子女', exempt=True, note='人社部门数据共享核验，免于提交')],
     steps=[S('网上报名', '每年6月1日至6月15日登录入学报名系统填报信息'),
            S('资料审核', '教育局会同公安、住建、人社部门审核'),
            S('结果公布', '7月中旬在网上公布录取结果')],
     legal=TL(30, 'natural_day'), promised=TL(30, 'natural_day'),
     fee=FREE(), online=ON('full_online', 0, 'https://jyj.haichuan.example/rxbm'), appointment=False,
     express=False, cross='none', result='入学通知书', basis=['《中华人民共和国义务教育法》'], window='教育窗口')

# ======== 社保 / 医保 (district)
item(key='cxyl', base='331205000001', level='D', dept='rs', name='城乡居民基本养老保险待遇申领',
     aliases=['农村养老金', '领养老金', '居民养老金', '老农保', '农保退休'],
     item_type='行政给付', obj=['natural_person'], events=['退休'],
     conditions=['参加本市城乡居民基本养老保险，年满60周岁',
                 '累计缴费满15年，未领取国家规定的基本养老保障待遇',
                 '待遇标准：基础养老金每人每月260元，另加个人账户养老金（个人账户储存额除以139）',
                 '本人行动不便的，可由其近亲属持双方身份证代为申请'],
     materials=[M('居民身份证'), M('社会保障卡', note='养老金按月发放至社会保障卡金融账户'),
                M('代办人居民身份证', situation='近亲属代为申请')],
     situations=[S('本人申请', '本人网上或到窗口申请'), S('近亲属代为申请', '代办人持双方身份证办理')],
     steps=[S('申请', '网上申请或到户籍所在乡镇（街道）申请'), S('审核', '核定缴费年限和待遇标准'),
            S('发放', '从符合条件的次月起按月发放')],
     legal=TL(20), promised=TL(10),
     fee=FREE(), online=ON('full_online', 0, 'https://rsj.haichuan.example/cxyl'), appointment=False,
     express=False, cross='全市通办', result='城乡居民基本养老保险待遇核定表', town=True,
     basis=['《国务院关于建立统一的城乡居民基本养老保险制度的意见》'], window='社保窗口')

item(key='jmyb', base='331206000001', level='D', dept='yb', name='城乡居民基本医疗保险参保登记',
     aliases=['交医保', '农村医保', '新农合', '居民医保', '小孩参加医保'],
     item_type='公共服务', obj=['natural_person'], events=['出生'],
     conditions=['具有本区（县）户籍，或持有本市居住证，且未参加职工基本医疗保险的城乡居民',
                 '新生儿自出生之日起90日内参保缴费的，自出生之日起享受待遇',
                 '集中参保缴费期为每年9月1日至12月31日',
                 '2025年度个人缴费标准为每人每年400元'],
     situations=[S('本地户籍参保', '凭身份证或户口簿办理'), S('非本地户籍参保', '须持本市居住证'),
                 S('新生儿参保', '凭户口簿或出生医学证明办理')],
     materials=[M('居民身份证或居民户口簿'), M('浙江省居住证', situation='非本地户籍参保'),
                M('出生医学证明', situation='新生儿参保', exempt=True)],
     steps=[S('登记', '网上或窗口办理参保登记'), S('缴费', '通过浙里办、银行或税务渠道缴费')],
     legal=TL(5), promised=TL(0),
     fee=FREE(), online=ON('full_online', 0, 'https://ybj.haichuan.example/cb'), appointment=False,
     express=False, cross='全市通办', result='参保登记', basis=['《中华人民共和国社会保险法》'], window='医保窗口')

# ======== 住房 (district)
item(key='gzf', base='331207000001', level='D', dept='zj', name='公共租赁住房申请',
     aliases=['公租房', '廉租房', '申请公租房', '保障房', '政府租房'],
     item_type='公共服务', obj=['natural_person'], events=['住房'],
     conditions=['申请人年满18周岁，具有本区（县）户籍，或持本市居住证且在本市连续缴纳社会保险满1年',
                 '家庭人均月收入低于2400元',
                 '申请人及共同申请家庭成员在本市无自有住房，或人均住房建筑面积低于15平方米'],
     materials=[M('公共租赁住房申请表', note='在窗口领取或网上下载'), M('家庭成员居民身份证、户口簿'),
                M('收入证明', note='由工作单位出具，无工作单位的由社区出具'),
                M('婚姻状况证明', form='复印件', note='已婚的提交结婚证，离异的提交离婚证')],
     steps=[S('申请', '向户籍或居住地街道（乡镇）提交申请'), S('初审', '街道（乡镇）在15个工作日内完成初审'),
            S('复核', '区（县）住房保障部门会同民政等部门复核'),
            S('公示', '审核结果在申请人所在社区公示7天'),
            S('轮候配租', '公示无异议的纳入轮候名单，按轮候顺序摇号配租')],
     legal=TL(60, 'natural_day'), promised=TL(40),
     fee=FREE(), online=ON('online_apply', 1, ZW + '/gzf'), appointment=False, express=False,
     cross='none', result='公共租赁住房轮候资格确认书', basis=['《公共租赁住房管理办法》'],
     status={'dg': 'suspended'}, window='住房保障窗口')

# ======== 残疾人
item(key='cjrz', base='331208000001', level='D', dept='cl', name='残疾人证新办',
     aliases=['办残疾证', '申请残疾人证', '残疾证怎么办'],
     item_type='行政确认', obj=['natural_person'],
     conditions=['具有本区（县）户籍，符合残疾标准的视力、听力、言语、肢体、智力、精神及多重残疾人',
                 '未满16周岁或无民事行为能力的申请人，由其监护人代为申请'],
     situations=[S('本人申请', '本人到场'), S('监护人代为申请', '监护人携带本人及申请人证件办理')],
     materials=[M('居民身份证或居民户口簿'), M('近期2寸白底免冠彩色照片3张'),
                M('残疾人证申请表', note='在窗口填写或网上下载'),
                M('监护人居民身份证', situation='监护人代为申请')],
     steps=[S('申请', '网上或到乡镇（街道）残联申请'),
            S('残疾评定', '到指定医疗机构进行残疾评定，评定费用由残联承担'),
            S('审核', '区（县）残联审核'), S('发证', '领取或邮寄残疾人证')],
     legal=TL(30), promised=TL(20),
     fee=FREE(), online=ON('online_apply', 1, ZW + '/cjrz'), appointment=False, express=True,
     cross='全省通办', result='中华人民共和国残疾人证', basis=['《中华人民共和国残疾人保障法》'], window='残联窗口')

item(key='cjbt', base='331208000002', level='D', dept='mz', name='困难残疾人生活补贴和重度残疾人护理补贴',
     aliases=['残疾人两项补贴', '残疾补贴', '护理补贴', '残疾人生活补贴'],
     item_type='行政给付', obj=['natural_person'],
     conditions=['具有本区（县）户籍并持有第二代残疾人证',
                 '困难残疾人生活补贴：低保家庭、低保边缘家庭中的残疾人，标准为每人每月180元',
                 '重度残疾人护理补贴：残疾等级为一、二级的残疾人，一级每人每月260元，二级每人每月200元'],
     situations=[S('本人申请', '本人网上或到窗口申请'),
                 S('委托代办', '残疾人本人行动不便的，可委托其监护人或近亲属代为申请，须提供委托书和代办人身份证')],
     materials=[M('残疾人证', exempt=True, note='可通过电子证照调取'), M('居民身份证'),
                M('社会保障卡或银行卡', form='复印件'),
                M('委托书', situation='委托代办'), M('代办人居民身份证', situation='委托代办')],
     steps=[S('申请', '网上或到乡镇（街道）申请'), S('初审', '乡镇（街道）初审'),
            S('审核确认', '区（县）民政局审核确认'), S('发放', '自审核通过次月起按月发放至本人社会保障卡')],
     legal=TL(20), promised=TL(15),
     fee=FREE(), online=ON('full_online', 0, 'https://mzj.haichuan.example/cjbt'), appointment=False,
     express=False, cross='全市通办', result='残疾人两项补贴按月发放', town=True,
     basis=['《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》'], window='民政窗口')

# ======== 社会救助 / 养老 (民政)
item(key='db', base='331209000001', level='D', dept='mz', name='最低生活保障审核确认',
     aliases=['低保', '吃低保', '申请低保', '困难补助', '救济金'],
     item_type='行政给付', obj=['natural_person'],
     conditions=['申请人具有本区（县）户籍',
                 '共同生活家庭成员月人均收入低于本市最低生活保障标准（城乡统一为每人每月1050元）',
                 '家庭财产状况符合规定，家庭成员名下无机动车辆（残疾人功能性补偿代步机动车除外）',
                 '申请人可委托村（居）民委员会或者其他人代为提出申请'],
     materials=[M('最低生活保障申请书'), M('家庭成员居民身份证、户口簿'),
                M('家庭经济状况核对授权书', note='共同生活的家庭成员均须签字'),
                M('收入证明', form='复印件', required=False),
                M('委托书', required=False, note='委托他人代为申请时提供')],
     steps=[S('申请', '向户籍所在地乡镇（街道）提出书面申请，也可网上申请'),
            S('家庭经济状况核对', '通过居民家庭经济状况核对系统核查收入、财产'),
            S('入户调查', '乡镇（街道）在受理后15个工作日内完成入户调查'),
            S('公示', '审核结果在申请人所在村（社区）公示7天'),
            S('确认发放', '区（县）民政局确认后，按家庭月人均收入低于低保标准的差额按月发放低保金')],
     legal=TL(30), promised=TL(20),
     fee=FREE(), online=ON('online_apply', 1, 'https://mzj.haichuan.example/db'), appointment=False,
     express=False, cross='全市通办', result='最低生活保障证', town=True,
     basis=['《社会救助暂行办法》', '《浙江省最低生活保障办法》'], window='社会救助窗口')

item(key='lsjz', base='331209000002', level='D', dept='mz', name='临时救助',
     aliases=['临时困难补助', '急难救助', '家里出事了申请救助', '临时补助'],
     item_type='行政给付', obj=['natural_person'],
     conditions=['因火灾、交通事故、突发重大疾病等意外事件导致基本生活暂时出现严重困难的家庭或个人',
                 '非本地户籍人员在本地遭遇急难的，可向急难发生地乡镇（街道）申请',
                 '救助标准：一般按每人每次不超过本市低保标准的6倍确定'],
     situations=[S('一般程序', '经审核、公示后发放'), S('急难型救助', '由乡镇（街道）先行救助，事后补充材料')],
     materials=[M('临时救助申请书'), M('居民身份证'),
                M('困难情况证明材料', form='复印件', note='如医疗费用票据、事故证明等')],
     steps=[S('申请', '向户籍所在地或急难发生地乡镇（街道）申请'), S('审核', '调查核实困难情况'),
            S('公示', '在村（社区）公示3天'), S('审批发放', '区（县）民政局审批后发放救助金')],
     legal=TL(15), promised=TL(10),
     fee=FREE(), online=ON('online_apply', 1, 'https://mzj.haichuan.example/lsjz'), appointment=False,
     express=False, cross='全市通办', result='临时救助金', town=True,
     basis=['《社会救助暂行办法》'], window='社会救助窗口')

item(key='jjyl', base='331210000001', level='D', dept='mz', name='居家养老服务补贴',
     aliases=['养老服务补贴', '居家养老补贴', '老人服务券', '上门养老服务'],
     item_type='行政给付', obj=['natural_person'], events=['养老'],
     conditions=['具有本区（县）户籍，年满60周岁',
                 '属于低保、低保边缘家庭，或经评估为中度、重度失能的老年人',
                 '补贴标准：中度失能每人每月300元，重度失能每人每月500元，以服务券形式发放，用于购买上门助餐、助洁、助浴等服务'],
     materials=[M('老年人居民身份证'), M('居民户口簿'),
                M('老年人能力评估申请表', note='可由子女或村（社区）代为填写')],
     steps=[S('申请', '向户籍所在地乡镇（街道）申请'), S('能力评估', '由第三方评估机构上门评估'),
            S('审核', '区（县）民政局审核'), S('公示', '在村（社区）公示5天'),
            S('发放', '按月发放服务券')],
     legal=TL(30), promised=TL(20),
     fee=FREE(), online=ON('online_apply', 1, 'https://mzj.haichuan.example/jjyl'), appointment=False,
     express=False, cross='none', result='居家养老服务补贴（服务券）', town=True,
     basis=['《浙江省社会养老服务促进条例》'], window='民政窗口')

item(key='gljt', base='331210000002', level='D', dept='mz', name='高龄津贴发放',
     aliases=['高龄补贴', '老人补贴', '长寿金', '八十岁补贴', '老年津贴', '尊老金'],
     item_type='行政给付', obj=['natural_person'], events=['养老'],
     conditions=['具有本区（县）户籍，年满80周岁的老年人',
                 '发放标准：80至89周岁每人每月100元；90至99周岁每人每月300元；100周岁及以上每人每月1000元',
                 '老年人本人行动不便的，可由其子女或其他亲属代为申请'],
     situations=[S('本人申请', '本人网上或到窗口申请'), S('亲属代为申请', '亲属携带老人和本人身份证办理')],
     materials=[M('老年人居民身份证', exempt=True, note='可通过电子证照免提交'),
                M('社会保障卡', form='复印件'),
                M('代办人居民身份证', situation='亲属代为申请')],
     steps=[S('申请', '本人或亲属向户籍所在村（社区）或乡镇（街道）便民服务中心申请，也可网上申请'),
            S('审核', '乡镇（街道）审核户籍和年龄信息'),
            S('公示', '在村（社区）公示3天'),
            S('发放', '自年满80周岁的次月起按月发放至本人社会保障卡')],
     legal=TL(20), promised=TL(10),
     fee=FREE(), online=ON('full_online', 0, 'https://mzj.haichuan.example/gljt'), appointment=False,
     express=False, cross='全市通办', result='高龄津贴按月发放', town=True,
     basis=['《浙江省实施〈中华人民共和国老年人权益保障法〉办法》'], window='民政窗口')

item(key='lnyd', base='331210000003', level='D', dept='mz', name='老年人优待证办理',
     aliases=['老年证', '老人优待证', '敬老卡', '办老年卡'],
     item_type='公共服务', obj=['natural_person'], events=['养老'],
     conditions=['年满60周岁的本区（县）户籍老年人'],
     materials=[M('居民身份证'), M('1寸免冠彩色照片2张'), M('居民户口簿')],
     steps=[S('申请', '到窗口提交材料'), S('制证', '现场制证发放')],
     legal=TL(5), promised=TL(0),
     fee=FREE(), online=ON('offline_only', 1), appointment=False, express=False,
     cross='none', result='海川市老年人优待证', status='revoked', window='民政窗口')

# ======== 退役军人
item(key='tyyd', base='331211000001', level='D', dept='tyjr', name='退役军人优待证申领',
     aliases=['退伍军人优待证', '军人优待证', '退役军人卡', '退伍证优待证'],
     item_type='公共服务', obj=['natural_person'],
     conditions=['户籍在本区（县）的退役军人、烈士遗属、因公牺牲军人遗属、病故军人遗属',
                 '本人申领；本人因身体原因不能到场的，可委托亲属代为申请'],
     situations=[S('本人申领', '本人网上或窗口申请'), S('委托代办', '亲属持委托书代为申请')],
     materials=[M('居民身份证'), M('退出现役证明（退伍证、转业证等）'),
                M('近期2寸白底免冠彩色照片', form='电子'), M('委托书', situation='委托代办')],
     steps=[S('申请', '网上申请或到退役军人服务站申请'), S('审核', '区（县）退役军人事务局审核'),
            S('制证发放', '统一制证后领取或邮寄')],
     legal=TL(60, 'natural_day'), promised=TL(30, 'natural_day'),
     fee=FREE(), online=ON('online_apply', 1, 'https://tyjr.haichuan.example/ydz'), appointment=False,
     express=True, cross='none', result='中华人民共和国退役军人优待证',
     basis=['《中华人民共和国退役军人保障法》'], window='退役军人服务窗口')

# ======== 企业开办 / 经营
item(key='qysl', base='331212000001', level='D', dept='sj', name='企业设立登记（有限责任公司）',
     aliases=['注册公司', '开公司', '办营业执照', '成立公司', '公司注册'],
     item_type='行政许可', obj=['legal_person', 'natural_person'], events=['企业开办'],
     conditions=['有符合公司章程规定的全体股东认缴的出资额',
                 '有公司名称，建立符合有限责任公司要求的组织机构',
                 '有公司住所'],
     materials=[M('公司登记（备案）申请书'), M('公司章程'),
                M('股东的主体资格证明或自然人身份证件', form='复印件'),
                M('法定代表人、董事、监事和经理的任职文件'),
                M('住所使用证明', note='自有房产提交不动产权证书，租赁的提交租赁合同')],
     steps=[S('网上申报', '登录企业开办一网通填报，全程电子签名'), S('审核', '市场监管部门审核'),
            S('发照', '领取电子营业执照，可选择免费邮寄纸质执照'),
            S('同步办理', '同步完成公章刻制、税务登记、社保登记，首套公章免费')],
     legal=TL(3), promised=TL(1),
     fee=FREE(), online=ON('full_online', 0, 'https://qykb.haichuan.example'), appointment=True,
     express=True, cross='全市通办', result='营业执照', basis=['《中华人民共和国公司法》', '《中华人民共和国市场主体登记管理条例》'],
     window='企业开办窗口')

item(key='qyzx', base='331212000002', level='D', dept='sj', name='企业注销登记',
     aliases=['注销公司', '公司注销', '关公司', '简易注销', '公司不干了'],
     item_type='行政许可', obj=['legal_person'], events=['注销'],
     conditions=['企业已清算完毕，或符合简易注销条件（未发生债权债务或已将债权债务清偿完结）',
                 '已办理税务注销（清税）',
                 '简易注销须通过国家企业信用信息公示系统公告，公告期为20日，公告期满无异议的方可申请注销'],
     situations=[S('一般注销', '成立清算组，在报纸或公示系统公告45日后申请'),
                 S('简易注销', '公告20日无异议后申请')],
     materials=[M('注销登记申请书'), M('清算报告', situation='一般注销'),
                M('全体投资人承诺书', situation='简易注销'),
                M('营业执照正副本', note='已领取电子营业执照的无需交回纸质执照')],
     steps=[S('公告', '在公示系统进行注销公告'), S('申请', '公告期满后网上提交注销申请'),
            S('核准', '市场监管部门核准注销')],
     legal=TL(3), promised=TL(1),
     fee=FREE(), online=ON('full_online', 0, 'https://qykb.haichuan.example/zx'), appointment=False,
     express=False, cross='全市通办', result='准予注销登记通知书', basis=['《中华人民共和国市场主体登记管理条例》'],
     window='企业开办窗口')

item(key='gtsl', base='331212000003', level='D', dept='sj', name='个体工商户设立登记',
     aliases=['办个体执照', '个体户执照', '开小店执照', '个体营业执照', '开店办执照'],
     item_type='行政许可', obj=['natural_person'], events=['经营', '企业开办'],
     conditions=['有经营能力的自然人', '有固定的经营场所', '经营范围不属于法律、行政法规禁止的'],
     situations=[S('本人办理', '经营者本人办理'), S('委托代理人办理', '代理人持委托书和双方身份证办理')],
     materials=[M('个体工商户登记（备案）申请书'), M('经营者居民身份证'),
                M('经营场所使用证明', note='租赁场所提交租赁合同，自有场所提交不动产权证书'),
                M('委托书及被委托人身份证', situation='委托代理人办理')],
     steps=[S('申请', '网上申请或到窗口申请'), S('审核', '材料齐全符合法定形式的当场核准'),
            S('发照', '领取营业执照或邮寄')],
     legal=TL(15), promised=TL(0),
     fee=FREE(), online=ON('full_online', 0, 'https://qykb.haichuan.example/gt'), appointment=False,
     express=True, cross='全市通办', result='个体工商户营业执照', basis=['《促进个体工商户发展条例》'],
     window='企业开办窗口')

item(key='spxb', base='331213000001', level='D', dept='sj', name='食品经营许可（新办）',
     aliases=['办食品经营许可证', '开饭店许可证', '餐饮许可证', '卖熟食要什么证', '食品许可证'],
     item_type='行政许可', obj=['legal_person', 'natural_person'], events=['经营', '企业开办'],
     conditions=['已取得营业执照等合法主体资格',
                 '具有与经营的食品品种、数量相适应的经营场所，并与有毒、有害场所以及其他污染源保持规定的距离',
                 '有专职或者兼职的食品安全管理人员和保证食品安全的规章制度',
                 '从事餐饮服务的，须设置与经营规模相适应的厨房和洗消设施'],
     materials=[M('食品经营许可申请书'), M('营业执照', form='复印件', exempt=True, note='通过电子证照调取'),
                M('经营场所平面图和设备布局、工艺流程图', note='标明厨房、就餐区、洗消间等功能区'),
                M('食品安全管理制度文本'), M('法定代表人（负责人）居民身份证', form='复印件')],
     steps=[S('申请', '网上或窗口提交申请'), S('受理', '材料齐全的予以受理'),
            S('现场核查', '对经营场所进行现场核查，仅销售预包装食品的无需现场核查'),
            S('决定', '作出准予许可决定'), S('发证', '领取或邮寄食品经营许可证')],
     legal=TL(10), promised=TL(5),
     fee=FREE(), online=ON('online_apply', 1, 'https://scjg.haichuan.example/spjy'), appointment=True,
     express=True, cross='none', result='食品经营许可证', basis=['《中华人民共和国食品安全法》', '《食品经营许可和备案管理办法》'],
     window='市场监管窗口')

item(key='spbg', base='331213000002', level='D', dept='sj', name='食品经营许可（变更）',
     aliases=['食品经营许可证变更', '许可证换法人', '许可证增加经营项目', '改食品许可证'],
     item_type='行政许可', obj=['legal_person', 'natural_person'], events=['经营'],
     conditions=['食品经营许可证载明的许可事项发生变化的，应当在变化后10个工作日内申请变更',
                 '经营场所地址改变的，应当重新申请食品经营许可，不属于变更'],
     materials=[M('食品经营许可变更申请书'), M('食品经营许可证正副本'), M('与变更事项有关的证明材料', form='复印件')],
     steps=[S('申请', '网上或窗口提交变更申请'), S('审查', '必要时进行现场核查'), S('发证', '换发食品经营许可证')],
     legal=TL(10), promised=TL(3),
     fee=FREE(), online=ON('online_apply', 1, 'https://scjg.haichuan.example/spjy'), appointment=True,
     express=True, cross='none', result='食品经营许可证', basis=['《食品经营许可和备案管理办法》'],
     window='市场监管窗口')

item(key='spzx', base='331213000003', level='D', dept='sj', name='食品经营许可（注销）',
     aliases=['注销食品许可证', '饭店不开了许可证怎么办', '注销餐饮许可证'],
     item_type='行政许可', obj=['legal_person', 'natural_person'], events=['注销'],
     conditions=['食品经营者终止经营、食品经营许可被撤回撤销或者营业执照被注销的，应当在30个工作日内申请办理注销手续'],
     materials=[M('食品经营许可注销申请书'), M('食品经营许可证正副本', note='遗失的应提交遗失声明')],
     steps=[S('申请', '网上提交注销申请'), S('办结', '当场作出注销决定')],
     legal=TL(10), promised=TL(0),
     fee=FREE(), online=ON('full_online', 0, 'https://scjg.haichuan.example/spjy'), appointment=False,
     express=False, cross='none', result='食品经营许可注销通知书', basis=['《食品经营许可和备案管理办法》'],
     window='市场监管窗口')

# ======== 建设 / 农房
item(key='ncjf', base='331214000001', level='D', dept='nn', name='农村村民住宅建设审批',
     aliases=['农村建房', '盖房子审批', '宅基地审批', '农民建房', '翻建房子', '老房子翻新'],
     item_type='行政许可', obj=['natural_person'], events=['住房'],
     conditions=['申请人为本集体经济组织成员，具有本村户籍',
                 '一户只能拥有一处宅基地，面积不得超过125平方米',
                 '原有住房拆除重建的，须签订拆旧建新承诺书'],
     situations=[S('新建', '首次申请宅基地建房'), S('拆旧建新', '拆除原有住房后在原址或新址重建')],
     materials=[M('农村宅基地和建房（规划许可）申请表'), M('申请人及家庭成员居民身份证、户口簿', form='复印件'),
                M('农房设计图或通用图集', note='可免费选用县（区）发布的农房通用图集'),
                M('拆旧建新承诺书', situation='拆旧建新')],
     steps=[S('申请', '向村股份经济合作社提出书面申请'),
            S('村级审查', '经村民代表会议讨论通过后，在本村公示7天'),
            S('乡镇审核', '乡镇（街道）组织自然资源、农业农村等部门联审'),
            S('审批发证', '核发乡村建设规划许可证和农村宅基地批准书'),
            S('放样验收', '开工前现场放样，竣工后申请验收')],
     legal=TL(20), promised=TL(15, note='不含村级公示时间'),
     fee=FREE(), online=ON('online_apply', 2, ZW + '/nfjs'), appointment=False, express=False,
     cross='none', result='农村宅基地批准书', town=True, basis=['《中华人民共和国土地管理法》'], window='农业农村窗口')

# ======== 法律援助 / 税务
item(key='flyz', base='331215000001', level='D', dept='sf', name='法律援助申请',
     aliases=['免费律师', '请不起律师', '找法律援助', '讨薪找律师', '工伤打官司'],
     item_type='公共服务', obj=['natural_person'],
     conditions=['因经济困难没有委托代理人，家庭人均月收入低于本市最低工资标准',
                 '请求支付劳动报酬、给予社会保险待遇或者请求工伤事故人身损害赔偿的，不受经济困难条件限制',
                 '无民事行为能力或者限制民事行为能力人，由其法定代理人代为申请'],
     materials=[M('法律援助申请表'), M('申请人居民身份证'),
                M('经济困难状况说明表', note='申请人如实填写并签字承诺，无需另行开具证明'),
                M('与所申请法律援助事项相关的案件材料', form='复印件')],
     steps=[S('申请', '网上或到法律援助中心申请'), S('审查', '法律援助机构审查'),
            S('指派', '决定给予法律援助的，指派律师承办')],
     legal=TL(7), promised=TL(5),
     fee=FREE(), online=ON('online_apply', 1, 'https://sfj.haichuan.example/flyz'), appointment=False,
     express=False, cross='全省通办', result='给予法律援助决定书', basis=['《中华人民共和国法律援助法》'],
     window='法律援助窗口')

item(key='dkfp', base='331216000001', level='D', dept='sw', name='自然人代开增值税发票',
     aliases=['代开发票', '个人开发票', '开发票', '个人出租房开发票'],
     item_type='公共服务', obj=['natural_person'], events=['经营'],
     conditions=['自然人发生应税行为需要开具发票的，可申请代开',
                 '自然人月销售额不超过10万元的，免征增值税'],
     materials=[M('代开增值税发票缴纳税款申报单'), M('申请人居民身份证'),
                M('合同或协议', form='复印件', note='房屋出租需提供租赁合同')],
     steps=[S('申请', '通过电子税务局或办税服务厅申请'), S('缴税', '按规定缴纳税款'), S('开具', '开具电子发票')],
     legal=TL(1), promised=TL(0),
     fee=FREE(), online=ON('full_online', 0, 'https://etax.haichuan.example'), appointment=False,
     express=False, cross='跨省通办', result='增值税电子发票', basis=['《中华人民共和国发票管理办法》'],
     window='办税服务窗口')

# ======== 出入境 (city)
item(key='hz', base='331217000001', level='C', dept='crj', name='普通护照签发',
     aliases=['办护照', '出国护照', '护照过期', '第一次办护照', '护照换发'],
     item_type='行政许可', obj=['natural_person'],
     conditions=['中国公民因前往外国定居、探亲、学习、就业、旅行、从事商务活动等非公务原因出国的',
                 '内地居民可在全国任一出入境管理机构申请',
                 '未满16周岁的申请人须由监护人陪同申请'],
     situations=[S('首次申请', '初次申领护照'), S('换发', '护照有效期不足6个月或签证页即将用完'),
                 S('未满16周岁申请', '由监护人陪同')],
     materials=[M('居民身份证'), M('出入境证件照片', form='电子', note='可在出入境大厅现场免费照相'),
                M('原护照', situation='换发'),
                M('监护人身份证件和监护关系证明', situation='未满16周岁申请')],
     steps=[S('预约', '网上预约办理时间'), S('受理', '现场采集照片、指纹并提交材料'),
            S('审批', '出入境管理部门审批'), S('领证', '到大厅领取或选择邮寄')],
     legal=TL(15), promised=TL(7),
     fee=FEE(('普通护照', 120, '《国家发展改革委 财政部关于降低因私普通护照等出入境证照收费标准的通知》')),
     online=ON('online_apply', 1, 'https://crj.haichuan.example/yy'), appointment=True, express=True,
     cross='跨省通办', result='中华人民共和国普通护照', basis=['《中华人民共和国护照法》'])

item(key='gaz', base='331217000002', level='C', dept='crj', name='往来港澳通行证及签注',
     aliases=['港澳通行证', '去香港办证', '去澳门', '港澳签注', '续签注'],
     item_type='行政许可', obj=['natural_person'],
     conditions=['内地居民前往香港、澳门旅游、探亲、商务、学习等',
                 '持有效往来港澳通行证的，可在出入境自助签注机办理再次签注',
                 '内地居民可在全国任一出入境管理机构申请'],
     situations=[S('申领通行证', '首次或换发往来港澳通行证'), S('办理签注', '已持有有效通行证，办理旅游、探亲等签注')],
     materials=[M('居民身份证'), M('出入境证件照片', form='电子', note='可在出入境大厅现场免费照相'),
                M('往来港澳通行证', situation='办理签注')],
     steps=[S('受理', '现场提交材料、采集照片，或在自助签注机办理'), S('审批', '出入境管理部门审批'),
            S('领证', '到大厅领取或选择邮寄')],
     legal=TL(15), promised=TL(7, note='自助签注机办理签注即时办结'),
     fee=FEE(('往来港澳通行证（电子卡式）', 60, '《国家发展改革委 财政部关于降低因私普通护照等出入境证照收费标准的通知》'),
             ('一次有效签注', 15, '同上'), ('二次有效签注', 30, '同上')),
     online=ON('online_apply', 1, 'https://crj.haichuan.example/yy'), appointment=True, express=True,
     cross='跨省通办', result='往来港澳通行证', basis=['《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》'])

item(key='ftsz', base='331217000003', level='C', dept='crj', name='赴台个人旅游签注',
     aliases=['去台湾旅游签注', '台湾自由行', '赴台个人游', '台湾签注'],
     item_type='行政许可', obj=['natural_person'],
     conditions=['持有效往来台湾通行证的海川市户籍居民'],
     materials=[M('往来台湾通行证'), M('居民身份证'), M('赴台个人旅游申请表')],
     steps=[S('受理', '到出入境接待大厅申请'), S('审批', '审批后发放签注')],
     legal=TL(15), promised=TL(10),
     fee=FEE(('赴台个人旅游签注（一次有效）', 15, '同港澳签注标准')),
     online=ON('offline_only', 1), appointment=False, express=False, cross='none',
     result='赴台个人旅游签注（G签注）', status='suspended')

# ======== 社保 (city)
item(key='txhd', base='331205000002', level='C', dept='sb', name='职工基本养老保险退休待遇核定',
     aliases=['办退休', '退休手续', '退休审批', '到龄退休', '退休金怎么领'],
     item_type='行政给付', obj=['natural_person', 'legal_person'], events=['退休'],
     conditions=['达到法定退休年龄或者按规定可以提前、弹性退休的参保职工',
                 '基本养老保险累计缴费年限满15年',
                 '用人单位应当在职工达到退休年龄前1个月为其申报退休；灵活就业人员由本人申报'],
     situations=[S('企业职工退休', '由用人单位申报'), S('灵活就业人员退休', '本人网上或到窗口申报'),
                 S('特殊工种提前退休', '须提交特殊工种工作经历材料')],
     materials=[M('居民身份证'), M('社会保障卡'),
                M('职工档案', note='由用人单位或档案托管机构提供'),
                M('特殊工种工作经历材料', situation='特殊工种提前退休')],
     steps=[S('申报', '用人单位或本人申报'), S('审核', '核定退休时间和缴费年限'),
            S('待遇核定', '计算基本养老金'), S('发放', '自退休次月起按月发放至社会保障卡')],
     legal=TL(20), promised=TL(10),
     fee=FREE(), online=ON('online_apply', 1, 'https://rsj.haichuan.example/tx'), appointment=True,
     express=False, cross='全市通办', result='基本养老金核定表', basis=['《中华人民共和国社会保险法》'])

item(key='sbk', base='331205000003', level='C', dept='sb', name='社会保障卡补换',
     aliases=['社保卡丢了', '补社保卡', '换社保卡', '社保卡坏了', '医保卡丢了'],
     item_type='公共服务', obj=['natural_person'],
     conditions=['社会保障卡遗失、损坏或有效期满的，持卡人可申请补换',
                 '补领前须先办理挂失，可拨打服务电话或网上挂失',
                 '本人不能到场的，可委托他人代办'],
     situations=[S('本人办理', '本人持身份证办理'), S('委托他人代办', '代办人携带持卡人和代办人双方身份证办理')],
     materials=[M('居民身份证'), M('本人近期相片', form='电子', note='可在网上上传或窗口现场拍摄'),
                M('代办人居民身份证', situation='委托他人代办')],
     steps=[S('挂失', '网上或电话挂失'), S('申请', '网上申请或到窗口申请'),
            S('制卡', '窗口即时制卡；网上申请的制卡后邮寄')],
     legal=TL(10), promised=TL(0, note='网上申请邮寄到家约5个工作日'),
     fee=FREE(), online=ON('online_apply', 1, 'https://rsj.haichuan.example/sbk'), appointment=False,
     express=True, cross='全省通办', result='社会保障卡（第三代）', basis=['《社会保障卡管理办法》'])

item(key='cbzm', base='331205000004', level='C', dept='sb', name='个人参保证明查询打印',
     aliases=['社保缴费证明', '打社保清单', '社保证明', '参保证明', '社保缴费记录'],
     item_type='公共服务', obj=['natural_person'], events=['就业', '入学'],
     conditions=['参加本市社会保险的个人均可申请'],
     materials=[M('居民身份证', form='电子', exempt=True, note='网上打印无需提交')],
     steps=[S('查询', '登录网上办事大厅或使用自助机'), S('打印', '下载带电子签章的参保证明')],
     legal=TL(1), promised=TL(0),
     fee=FREE(), online=ON('full_online', 0, 'https://rsj.haichuan.example/cbzm'), appointment=False,
     express=False, cross='跨省通办', result='参保证明（带电子签章，可在线核验真伪）')

item(key='syj', base='331205000005', level='C', dept='sb', name='失业保险金申领',
     aliases=['失业金', '领失业金', '失业补助', '被辞退了领钱'],
     item_type='行政给付', obj=['natural_person'], events=['就业'],
     conditions=['失业前用人单位和本人已经缴纳失业保险费满1年',
                 '非因本人意愿中断就业，且已进行失业登记并有求职要求',
                 '领取标准：按本市最低工资标准的90%按月发放，每人每月2214元',
                 '领取期限：累计缴费满1年不足5年的，最长12个月；满5年不足10年的，最长18个月；满10年以上的，最长24个月'],
     materials=[M('居民身份证'), M('社会保障卡'),
                M('解除或者终止劳动关系证明', exempt=True, note='用人单位已网上报送的免提交')],
     steps=[S('失业登记', '网上或到窗口办理失业登记'), S('申领', '提交失业保险金申领'),
            S('审核', '核定领取期限'), S('发放', '按月发放至本人社会保障卡')],
     legal=TL(15), promised=TL(5),
     fee=FREE(), online=ON('full_online', 0, 'https://rsj.haichuan.example/syj'), appointment=False,
     express=False, cross='全省通办', result='失业保险金按月发放', basis=['《失业保险条例》'])

item(key='szbz', base='331205000006', level='C', dept='sb', name='丧葬补助金、抚恤金申领',
     aliases=['老人去世领丧葬费', '死亡抚恤金', '丧葬费', '人走了社保怎么办'],
     item_type='行政给付', obj=['natural_person'], events=['身后'],
     conditions=['参加职工基本养老保险的人员因病或者非因工死亡的，其遗属可申领丧葬补助金和抚恤金',
                 '丧葬补助金按本市上年度职工月平均工资的2倍一次性发放',
                 '应在参保人员死亡后12个月内申领'],
     materials=[M('死亡证明', exempt=True, note='通过殡葬、卫健、公安数据共享核验'),
                M('申领人居民身份证'), M('申领人与死者的亲属关系证明', note='如户口簿、结婚证、出生医学证明等'),
                M('申领人银行账户', form='复印件')],
     steps=[S('申请', '遗属网上或到窗口申请'), S('审核', '核定待遇'), S('发放', '一次性发放至申领人账户')],
     legal=TL(20), promised=TL(10),
     fee=FREE(), online=ON('online_apply', 1, 'https://rsj.haichuan.example/szbz'), appointment=False,
     express=False, cross='全市通办', result='丧葬补助金、抚恤金一次性发放', basis=['《中华人民共和国社会保险法》'])

item(key='byzf', base='331207000002', level='C', dept='rs', name='高校毕业生租房补贴',
     aliases=['人才租房补贴', '大学生租房补贴', '毕业生补贴', '人才补贴'],
     item_type='行政给付', obj=['natural_person'], events=['就业', '住房'],
     conditions=['毕业5年内的全日制普通高校毕业生，首次在本市就业创业',
                 '在本市连续缴纳社会保险满3个月，且本人及配偶在本市无自有住房',
                 '补贴标准：本科每人每月800元，硕士每人每月1200元，博士每人每月2000元，最长发放36个月'],
     materials=[M('毕业证书、学位证书', form='电子', exempt=True, note='通过学信网数据共享核验'),
                M('劳动合同', form='复印件'), M('居民身份证')],
     steps=[S('网上申请', '登录海川人才网申请'), S('部门联审', '人社、住建、公安等部门联审'),
            S('公示', '在海川人才网公示5个工作日'), S('发放', '按季度发放到本人社会保障卡')],
     legal=TL(30), promised=TL(20),
     fee=FREE(), online=ON('full_online', 0, 'https://rsj.haichuan.example/zfbt'), appointment=False,
     express=False, cross='none', result='高校毕业生租房补贴按季度发放', basis=['《海川市高校毕业生就业创业补贴实施办法》'])

# ======== 医保 (city)
item(key='ydjy', base='331206000002', level='C', dept='yb', name='异地就医备案',
     aliases=['外地看病备案', '异地就医', '去外地看病报销', '外地住院报销', '长居外地备案'],
     item_type='公共服务', obj=['natural_person'],
     conditions=['参加本市基本医疗保险的参保人员',
                 '异地长期居住人员、常驻异地工作人员、异地转诊人员、临时外出就医人员均可办理',
                 '临时外出就医人员备案有效期为6个月，有效期内可多次就医'],
     situations=[S('异地长期居住', '退休异地安置等'), S('常驻异地工作', '用人单位派驻异地'),
                 S('异地转诊', '经本市定点医院转诊'), S('临时外出就医', '临时外出期间就医')],
     materials=[M('异地就医备案登记表', form='电子', note='网上办理时在线填写'),
                M('居民身份证或社会保障卡', form='电子', exempt=True)],
     steps=[S('申请', '通过国家医保服务平台、浙里办或窗口申请'), S('备案', '即时办结，生成电子备案回执')],
     legal=TL(1), promised=TL(0),
     fee=FREE(), online=ON('full_online', 0, 'https://ybj.haichuan.example/ydba'), appointment=False,
     express=False, cross='跨省通办', result='异地就医备案回执（电子）')

item(key='mtb', base='331206000003', level='C', dept='yb', name='门诊慢特病待遇认定',
     aliases=['慢性病卡', '办慢病', '慢特病', '门诊特殊病', '高血压报销'],
     item_type='行政确认', obj=['natural_person'],
     conditions=['参加本市基本医疗保险',
                 '患有本市规定的门诊慢特病病种（高血压、糖尿病、恶性肿瘤门诊放化疗等共32种）',
                 '由定点医疗机构专科医生诊断并填写认定表'],
     materials=[M('门诊慢特病待遇认定申请表', note='由定点医疗机构医生填写'),
                M('近期病历、检查检验报告', form='复印件'), M('社会保障卡')],
     steps=[S('医院申请', '在定点医疗机构由医生诊断并提交'), S('审核', '医保部门审核'),
            S('结果推送', '审核结果推送至定点医疗机构和本人')],
     legal=TL(20), promised=TL(10),
     fee=FREE(), online=ON('online_apply', 1, 'https://ybj.haichuan.example/mtb'), appointment=False,
     express=False, cross='全市通办', result='门诊慢特病待遇资格')

# ======== 公积金 (city)
item(key='gjjgf', base='331218000001', level='C', dept='gjj', name='住房公积金提取（购买住房）',
     aliases=['买房提公积金', '公积金取出来买房', '提取公积金', '买房取公积金'],
     item_type='公共服务', obj=['natural_person'], events=['住房'],
     conditions=['在本市或户籍所在地购买自住住房',
                 '须在购房合同备案或不动产权证书登记之日起2年内申请提取',
                 '提取金额不超过购房款总额'],
     materials=[M('居民身份证'), M('购房合同或不动产权证书', exempt=True, note='本市不动产登记信息可共享核验'),
                M('购房发票', form='复印件'), M('本人一类银行卡', form='复印件')],
     steps=[S('申请', '网上或窗口申请'), S('审核', '核验购房信息'), S('转账', '提取款转入本人银行卡')],
     legal=TL(5), promised=TL(3),
     fee=FREE(), online=ON('full_online', 0, 'https://gjj.haichuan.example'), appointment=False,
     express=False, cross='全省通办', result='提取款到账', basis=['《住房公积金管理条例》'])

item(key='gjjzf', base='331218000002', level='C', dept='gjj', name='住房公积金提取（租赁住房）',
     aliases=['租房提取公积金', '公积金租房提取', '租房取公积金'],
     item_type='公共服务', obj=['natural_person'], events=['住房'],
     conditions=['本人及配偶在本市无自有住房且租赁住房居住',
                 '提取前须连续足额缴存住房公积金满3个月',
                 '每年最多可提取12000元，可按月或按年提取'],
     materials=[M('居民身份证'), M('无房证明', exempt=True, note='系统自动查询'),
                M('房屋租赁合同', required=False, note='租赁合同已登记备案的免提交')],
     steps=[S('申请', '网上申请'), S('审核', '系统自动审核'), S('转账', '实时转入本人银行卡')],
     legal=TL(5), promised=TL(0),
     fee=FREE(), online=ON('full_online', 0, 'https://gjj.haichuan.example'), appointment=False,
     express=False, cross='全省通办', result='提取款到账', basis=['《住房公积金管理条例》'])

item(key='gjjzm', base='331218000003', level='C', dept='gjj', name='住房公积金缴存证明',
     aliases=['公积金证明', '公积金缴存明细', '打公积金流水'],
     item_type='公共服务', obj=['natural_person'],
     conditions=['在本市缴存住房公积金的职工'],
     materials=[M('居民身份证', form='电子', exempt=True, note='网上办理无需提交')],
     steps=[S('申请', '网上或自助机申请'), S('出具', '即时出具带电子印章的缴存证明')],
     legal=TL(1), promised=TL(0),
     fee=FREE(), online=ON('full_online', 0, 'https://gjj.haichuan.example'), appointment=False,
     express=False, cross='跨省通办', result='住房公积金缴存证明')

item(key='gjjtx', base='331218000004', level='C', dept='gjj', name='住房公积金提取（离退休）',
     aliases=['退休取公积金', '退休提取公积金', '退休了公积金怎么取'],
     item_type='公共服务', obj=['natural_person'], events=['退休'],
     conditions=['职工已办理离休、退休手续', '可一次性提取住房公积金账户全部余额并销户'],
     materials=[M('居民身份证'), M('退休证明', exempt=True, note='通过人社部门数据共享核验'),
                M('本人一类银行卡', form='复印件')],
     steps=[S('申请', '网上或窗口申请'), S('审核', '核验退休信息'), S('转账销户', '余额转入本人银行卡并销户')],
     legal=TL(5), promised=TL(0),
     fee=FREE(), online=ON('full_online', 0, 'https://gjj.haichuan.example'), appointment=False,
     express=False, cross='全省通办', result='提取款到账', basis=['《住房公积金管理条例》'])

# ======== 不动产 (city)
item(key='bdczy', base='331219000001', level='C', dept='bdc', name='二手房转移登记（买卖）',
     aliases=['二手房过户', '买房过户', '房子过户', '房产过户'],
     item_type='行政确认', obj=['natural_person', 'legal_person'], events=['住房'],
     conditions=['买卖双方已签订存量房买卖合同并完成网签备案',
                 '已依法缴纳相关税费',
                 '房屋未被查封；已抵押的须经抵押权人书面同意'],
     materials=[M('不动产登记申请书'), M('买卖双方居民身份证'), M('不动产权证书'),
                M('存量房买卖合同'), M('完税凭证', exempt=True, note='通过税务信息共享核验'),
                M('婚姻状况证明', note='已婚的提交结婚证')],
     steps=[S('申请', '网上预约或申请'), S('受理', '交易、税务、登记一窗受理'), S('缴税缴费', '现场缴纳税费'),
            S('审核登簿', '登记机构审核登簿'), S('发证', '领取不动产权证书或邮寄')],
     legal=TL(30), promised=TL(3),
     fee=FEE(('不动产登记费', '住宅每件80元；非住宅每件550元', '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》'),
             ('证书工本费', '每增加一本证书加收10元', '同上')),
     online=ON('online_apply', 1, 'https://bdc.haichuan.example'), appointment=True, express=True,
     cross='全市通办', result='不动产权证书', basis=['《不动产登记暂行条例》'])

item(key='bdcdy', base='331219000002', level='C', dept='bdc', name='不动产抵押登记',
     aliases=['房子抵押', '抵押登记', '房贷抵押', '房屋抵押贷款登记'],
     item_type='行政确认', obj=['natural_person', 'legal_person'], events=['住房'],
     conditions=['抵押人与抵押权人已签订抵押合同', '抵押物已取得不动产权证书', '可在合作银行网点直接申请，无需到登记大厅'],
     materials=[M('不动产登记申请书'), M('不动产权证书'), M('抵押合同和主债权合同'), M('抵押人、抵押权人身份证明')],
     steps=[S('申请', '在银行网点或网上申请'), S('审核登簿', '登记机构审核'), S('发证', '出具电子不动产登记证明')],
     legal=TL(30), promised=TL(1),
     fee=FEE(('不动产登记费', '住宅每件80元；非住宅每件550元', '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》')),
     online=ON('full_online', 0, 'https://bdc.haichuan.example'), appointment=False, express=False,
     cross='全市通办', result='不动产登记证明', basis=['《不动产登记暂行条例》'])

item(key='bdcbf', base='331219000003', level='C', dept='bdc', name='不动产权证书补发',
     aliases=['房产证丢了', '补房产证', '房本丢了', '不动产证遗失', '土地证丢了'],
     item_type='行政确认', obj=['natural_person', 'legal_person'], events=['住房'],
     conditions=['不动产权证书遗失、灭失的，权利人可申请补发',
                 '补发前由登记机构在海川市不动产登记中心门户网站发布遗失声明，公告15个工作日'],
     materials=[M('不动产登记申请书'), M('权利人居民身份证'),
                M('遗失声明', note='由登记机构在门户网站免费发布，无需登报')],
     steps=[S('申请', '到登记大厅提交申请'), S('遗失公告', '在门户网站公告15个工作日'),
            S('审核', '公告期满无异议的予以审核'), S('补发', '补发不动产权证书，可邮寄')],
     legal=TL(30), promised=TL(5, note='不含15个工作日公告期'),
     fee=FEE(('证书工本费', 10, '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》')),
     online=ON('online_apply', 1, 'https://bdc.haichuan.example'), appointment=True, express=True,
     cross='全市通办', result='不动产权证书', basis=['《不动产登记暂行条例实施细则》'])

# ======== 车驾管 (city)
item(key='jzhz', base='331220000001', level='C', dept='cgs', name='机动车驾驶证期满换证',
     aliases=['驾照到期', '换驾照', '驾驶证过期', '驾照换证', '驾照到期换新'],
     item_type='行政许可', obj=['natural_person'],
     conditions=['机动车驾驶证有效期满前90日内申请换证',
                 '年满70周岁的，每年须提交一次身体条件证明'],
     materials=[M('居民身份证'), M('机动车驾驶人身体条件证明', note='由县级或者部队团级以上医疗机构出具，可网上上传'),
                M('本人近期一寸白底证件照', form='电子')],
     steps=[S('申请', '通过交管12123 App或到车管所申请'), S('审核', '审核身体条件证明'),
            S('制证', '窗口即时制证，网上申请的邮寄到家')],
     legal=TL(1), promised=TL(0),
     fee=FEE(('机动车驾驶证工本费', 10, '《国家发展改革委 财政部关于公安交通管理收费标准的通知》')),
     online=ON('full_online', 0, 'https://jg.haichuan.example'), appointment=True, express=True,
     cross='跨省通办', result='机动车驾驶证', basis=['《机动车驾驶证申领和使用规定》'])

item(key='jzbl', base='331220000002', level='C', dept='cgs', name='机动车驾驶证补领',
     aliases=['驾照丢了', '驾驶证丢了', '补驾照', '驾驶证遗失', '驾照掉了'],
     item_type='行政许可', obj=['natural_person'],
     conditions=['机动车驾驶证遗失的，可以申请补领',
                 '驾驶证被依法扣押、扣留或者暂扣期间不予补领'],
     materials=[M('居民身份证'), M('本人近期一寸白底证件照', form='电子')],
     steps=[S('申请', '通过交管12123 App或到车管所申请'), S('制证', '窗口即时制证，网上申请的邮寄到家')],
     legal=TL(1), promised=TL(0),
     fee=FEE(('机动车驾驶证工本费', 10, '《国家发展改革委 财政部关于公安交通管理收费标准的通知》')),
     online=ON('full_online', 0, 'https://jg.haichuan.example'), appointment=True, express=True,
     cross='跨省通办', result='机动车驾驶证', basis=['《机动车驾驶证申领和使用规定》'])

item(key='jdczc', base='331220000003', level='C', dept='cgs', name='机动车注册登记',
     aliases=['新车上牌', '上牌照', '买新车上牌', '新车挂牌'],
     item_type='行政许可', obj=['natural_person', 'legal_person'],
     conditions=['新车已投保机动车交通事故责任强制保险', '已缴纳车辆购置税'],
     materials=[M('机动车所有人身份证明'), M('购车发票'), M('整车出厂合格证明'),
                M('车辆购置税完税证明', form='电子', exempt=True), M('交强险凭证', form='电子', exempt=True)],
     steps=[S('查验', '到车管所或4S店查验车辆'), S('受理', '提交材料，网上选号'),
            S('发证发牌', '核发机动车登记证书、号牌和行驶证')],
     legal=TL(2), promised=TL(0),
     fee=FEE(('汽车号牌', '每副100元', '《国家发展改革委 财政部关于公安交通管理收费标准的通知》'),
             ('机动车行驶证', 10, '同上'), ('机动车登记证书', 10, '同上')),
     online=ON('online_apply', 1, 'https://jg.haichuan.example'), appointment=True, express=True,
     cross='全省通办', result='机动车登记证书、号牌、行驶证', basis=['《机动车登记规定》'])

# ======== 建设 / 公证 / 退役军人 / 卫健 (city)
item(key='sgxk', base='331221000001', level='C', dept='zj', name='建筑工程施工许可证核发',
     aliases=['施工许可证', '开工许可', '办施工证'],
     item_type='行政许可', obj=['legal_person'], events=['经营'],
     conditions=['已办理该建筑工程用地批准手续', '已取得建设工程规划许可证', '施工企业已经确定',
                 '有满足施工需要的资金安排、施工图纸及技术资料',
                 '工程投资额在100万元以上或者建筑面积在500平方米以上的房屋建筑工程须申请'],
     materials=[M('建筑工程施工许可证申请表'), M('建设工程规划许可证', exempt=True),
                M('中标通知书或直接发包批准文件', form='复印件'), M('施工图设计文件审查合格书', exempt=True),
                M('建设资金已落实承诺书')],
     steps=[S('网上申报', '登录工程建设项目审批管理系统申报'), S('审查', '住建部门审查'), S('发证', '核发电子施工许可证')],
     legal=TL(7), promised=TL(1),
     fee=FREE(), online=ON('full_online', 0, 'https://gcjs.haichuan.example'), appointment=False,
     express=True, cross='none', result='建筑工程施工许可证', basis=['《中华人民共和国建筑法》', '《建筑工程施工许可管理办法》'])

item(key='gz', base='331222000001', level='C', dept='gzc', name='公证申办（学历、出生、亲属关系等）',
     aliases=['办公证', '学历公证', '出生公证', '亲属关系公证', '出国公证'],
     item_type='公共服务', obj=['natural_person', 'legal_person'],
     conditions=['自然人、法人可向公证机构申请办理公证',
                 '委托他人代办的须提交经公证的委托书；遗嘱、收养等与身份关系密切的公证事项不得委托他人代办'],
     situations=[S('本人申办', '本人到场申请'), S('委托代办', '代理人持经公证的委托书办理')],
     materials=[M('申请人居民身份证'), M('公证事项证明材料', note='如学历证书、户口簿、出生医学证明等'),
                M('经公证的委托书', situation='委托代办')],
     steps=[S('申请', '网上预约或到公证处申请'), S('审查', '公证员审查材料并核实'), S('出证', '出具公证书，可邮寄')],
     legal=TL(15), promised=TL(5),
     fee=FEE(('证明学历、出生、亲属关系等', '每件200元', '《浙江省公证服务收费标准》'),
             ('译文与原文相符公证', '每件100元', '同上'), ('公证书副本', '每份20元', '同上')),
     online=ON('online_apply', 1, 'https://gzc.haichuan.example'), appointment=True, express=True,
     cross='跨省通办', result='公证书', basis=['《中华人民共和国公证法》'])

item(key='ncbz', base='331211000002', level='C', dept='tyjr', name='部分农村籍退役士兵老年生活补助',
     aliases=['退伍老兵补助', '老兵补贴', '农村退伍军人补助', '退伍兵老了有补贴吗'],
     item_type='行政给付', obj=['natural_person'],
     conditions=['1954年11月1日试行义务兵役制后至《退役士兵安置条例》实施前入伍、年满60周岁、未享受国家定期抚恤补助的农村籍退役士兵',
                 '补助标准：每服一年义务兵役，每人每月发给补助60元，不满一年的按一年计算'],
     materials=[M('居民身份证'), M('退伍证或入伍、退伍登记表'), M('居民户口簿')],
     steps=[S('申请', '向户籍所在地乡镇（街道）退役军人服务站申请'), S('审核', '核实服役年限'),
            S('公示', '在村（社区）公示7天'), S('发放', '按月发放')],
     legal=TL(60, 'natural_day'), promised=TL(30),
     fee=FREE(), online=ON('online_apply', 1, 'https://tyjr.haichuan.example/ncbz'), appointment=False,
     express=False, cross='none', result='老年生活补助按月发放', basis=['《关于给部分农村籍退役士兵发放老年生活补助的通知》'])

item(key='hyzm', base='331203000002', level='C', dept='wj', name='流动人口婚育证明',
     aliases=['婚育证明', '流动人口婚育证', '计生证明'],
     item_type='公共服务', obj=['natural_person'],
     conditions=['离开户籍所在地外出务工的育龄人员'],
     materials=[M('居民身份证'), M('结婚证'), M('流动人口婚育证明申请表')],
     steps=[S('申请', '到窗口申请'), S('出具', '出具婚育证明')],
     legal=TL(5), promised=TL(0),
     fee=FREE(), online=ON('offline_only', 1), appointment=False, express=False, cross='none',
     result='流动人口婚育证明', status='revoked')


# ---------------------------------------------------------------- build guides
def build_guides():
    guides = []
    for it in ITEMS:
        if it['level'] == 'D':
            targets = DISTRICTS
        else:
            targets = [None]
        for d in targets:
            g = {}
            if d is None:
                region = CITY['code']
                agency, phone, halls = CITY_DEPT[it['dept']]
                halls = [{'hall': h} for h in halls]
                complaint = CITY_COMPLAINT
                st = it.get('status', 'active')
            else:
                region = d['code']
                agency = district_agency(it['dept'], d)
                phone = district_phone(it['dept'], d)
                complaint = f"0000-{d['pp']}009900"
                hall_id = 'lj-hydj' if (it['dept'] == 'hy' and d['key'] == 'lj') else d['hall']
                h = {'hall': hall_id}
                if it.get('window') and hall_id != 'lj-hydj':
                    h['window'] = it['window']
                if it.get('hall_note'):
                    h['note'] = it['hall_note']
                halls = [h]
                if it.get('town') and d['key'] == 'yx':
                    halls.append({'hall': 'sm-bmzx', 'note': '石门镇户籍居民可在镇便民服务中心就近申请'})
                st = it.get('status', 'active')
                if isinstance(st, dict):
                    st = st.get(d['key'], 'active')
            if isinstance(st, dict):
                st = 'active'
            g['code'] = f"{it['base']}-{region}"
            g['base_code'] = it['base']
            g['name'] = it['name']
            g['aliases'] = it['aliases']
            g['item_type'] = it['item_type']
            g['status'] = st
            g['region'] = region
            g['agency'] = agency
            g['service_object'] = it['obj']
            if it.get('events'):
                g['life_events'] = it['events']
            g['conditions'] = it['conditions']
            if it.get('situations'):
                g['situations'] = it['situations']
            g['materials'] = it['materials']
            g['steps'] = it['steps']
            g['legal_time_limit'] = it['legal']
            g['promised_time_limit'] = it['promised']
            g['fee'] = it['fee']
            g['online'] = it['online']
            g['halls'] = halls
            if it.get('hours'):
                g['hours'] = it['hours']
            g['appointment'] = it['appointment']
            g['express'] = it['express']
            g['cross_region'] = it['cross']
            g['consult_phone'] = phone
            g['complaint_phone'] = complaint
            if it.get('basis'):
                g['legal_basis'] = it['basis']
            g['result'] = it['result']
            g['updated_at'] = UPDATED
            guides.append(g)
    return guides


# ---------------------------------------------------------------- FAQ
FAQ = [
    dict(id='faq-hc-001', questions=['身份证办理期间坐高铁怎么办', '身份证还没拿到能坐火车吗'],
         answer='居民身份证在办理期间需要乘坐火车、飞机的，可在火车站、机场的公安制证窗口办理临时乘车（乘机）证明，'
                '凭本人户口簿或居民身份证受理回执办理，现场即办、不收费。也可以到户政窗口申领临时居民身份证。',
         agency='海川市公安局'),
    dict(id='faq-hc-002',
         answer='高龄津贴领取人员死亡的，其亲属应当在30日内告知户籍所在村（社区）；自死亡次月起停发高龄津贴，'
                '多领取的津贴应当退回。领取人户口迁出本区（县）的，自迁出次月起由迁入地发放。',
         agency='海川市民政局'),
    dict(id='faq-hc-003', questions=['医保电子凭证怎么激活', '医保码怎么弄', '看病没带医保卡怎么办'],
         answer='在“浙里办”App、微信或支付宝中搜索“医保电子凭证”，完成实名认证后即可激活。'
                '在本市定点医院和药店看病买药时出示医保码即可结算，无需携带实体社会保障卡。',
         agency='海川市医疗保障局'),
    dict(id='faq-hc-004',
         answer='灵活就业人员可以个人身份参加职工基本养老保险和职工基本医疗保险，缴费基数可在本市上年度全口径城镇单位就业人员'
                '月平均工资的60%至300%之间自行选择，养老保险缴费比例为20%，其中8%记入个人账户。'
                '可通过海川人社网上办事大厅或海川市社会保险服务大厅办理参保登记。',
         agency='海川市社会保险服务中心'),
    dict(id='faq-hc-005', questions=['公积金贷款最多能贷多少', '公积金能贷多少钱'],
         answer='单缴存职工住房公积金贷款最高额度为50万元，双缴存职工家庭最高额度为80万元；'
                '购买首套住房的首付款比例不低于20%，贷款期限最长30年。',
         agency='海川市住房公积金管理中心'),
    dict(id='faq-hc-006',
         answer='居民户口簿遗失的，由户主或户内成年成员携带本人居民身份证到户籍所在地派出所户籍窗口申请补领，'
                '当场补发，不收取工本费。',
         agency='海川市公安局'),
    dict(id='faq-hc-007', questions=['政务服务中心节假日上班吗', '周末能去大厅办事吗'],
         answer='海川市民中心周六上午9:00-12:00开放社保、医保、公积金综合窗口，周日和法定节假日休息。'
                '东港区政务服务中心、云溪县政务服务中心周六上午开放部分窗口；出入境接待大厅周六全天办理护照和港澳台通行证业务。',
         agency='海川市政务服务管理办公室'),
    dict(id='faq-hc-008',
         answer='企业和个体工商户领取营业执照后，可通过微信或支付宝搜索“电子营业执照”小程序下载，'
                '电子营业执照与纸质营业执照具有同等法律效力，可用于网上办事时的身份验证和电子签名。',
         agency='海川市市场监督管理局'),
    dict(id='faq-hc-009', questions=['新生儿医保怎么交', '宝宝出生后多久交医保'],
         answer='新生儿自出生之日起90日内办理参保缴费的，自出生之日起享受城乡居民医保待遇；超过90日参保的，自缴费次月起享受待遇。'
                '可在“出生一件事”中与出生登记一并办理。',
         agency='海川市医疗保障局'),
    dict(id='faq-hc-010',
         answer='海川市民中心设有地下停车场，入口位于滨江大道东侧，办事群众前2小时免费停车，凭窗口办件回执可延长至4小时。',
         agency='海川市政务服务管理办公室'),
    dict(id='faq-hc-011', questions=['老年优待证还要办吗', '老年卡取消了吗', '老年证怎么办'],
         answer='自2024年1月1日起，海川市不再办理老年人优待证。年满60周岁的老年人凭居民身份证或社会保障卡即可享受乘坐公交、游览公园等优待。',
         agency='海川市民政局'),
    dict(id='faq-hc-012',
         answer='机动车驾驶人在一个记分周期（12个月）内累积记分达到12分的，应当在15日内到驾驶证核发地或者违法行为地车辆管理所'
                '参加满分学习、考试。记分周期期满、记分未满12分且无未处理的违法行为和罚款的，记分予以清除。',
         agency='海川市公安局交通警察支队'),
    dict(id='faq-hc-013', questions=['社保卡和医保卡是一张卡吗', '医保卡和社保卡有什么区别'],
         answer='海川市参保人员的社会保障卡同时具备医保结算功能，即通常所说的医保卡，无需另办医保卡。'
                '社会保障卡遗失的，应先挂失再申请补换。',
         agency='海川市人力资源和社会保障局'),
    dict(id='faq-hc-014', questions=['去大厅办事要扫码吗', '办事要不要预约进场'],
         answer='进入政务服务中心须出示健康码和行程卡，实行预约限流进场，每个时段限进50人。',
         agency='海川市政务服务管理办公室', status='revoked', updated_at='2022-06-01'),
    dict(id='faq-hc-015', questions=['2023年居民医保交多少', '今年居民医保个人交多少钱'],
         answer='2023年度城乡居民医保个人缴费标准为每人每年350元，缴费期为2022年9月1日至12月31日。',
         agency='海川市医疗保障局', status='revoked', updated_at='2022-09-01'),
    dict(id='faq-hc-016',
         answer='居住证有效期为1年，持证人应当在有效期届满前30日内到居住地派出所或政务服务中心公安窗口办理签注手续；'
                '逾期未签注的，居住证自动失效，居住年限自重新申领之日起计算。',
         agency='海川市公安局'),
    dict(id='faq-hc-017', questions=['浙里办怎么实名认证', '网上办事怎么注册账号'],
         answer='下载“浙里办”App，选择个人注册，填写手机号和验证码后进行人脸识别实名认证，认证通过后即可网上办理政务服务事项。'
                '老年人可由子女协助注册，也可到政务服务中心帮办代办窗口求助。',
         agency='海川市政务服务管理办公室'),
]

BUNDLES = [
    dict(id='bundle-birth', name='出生一件事', aliases=['生孩子要办的事', '宝宝出生办证', '新生儿办证一件事'],
         description='新生儿出生后，父母在医院或网上“出生一件事”专区提交一次材料，即可一并办理出生医学证明核验、出生登记（落户）和城乡居民医保参保登记。',
         items=['331203000001', '331201000005', '331206000001'],
         order_note='生育登记可在孩子出生前办理；先办理出生登记（落户），再办理医保参保，新生儿须在出生之日起90日内参保'),
    dict(id='bundle-retire', name='退休一件事', aliases=['退休要办的手续', '退休一次办'],
         description='职工达到退休年龄时，一次申请即可办理退休待遇核定、住房公积金离退休提取和参保证明打印。',
         items=['331205000002', '331218000004', '331205000004'],
         order_note='先完成退休待遇核定，再办理住房公积金离退休提取'),
    dict(id='bundle-restaurant', name='开办餐馆一件事', aliases=['开饭店要办哪些证', '开餐馆一件事', '开小吃店'],
         description='开办餐馆一次提交材料，并联办理营业执照（个体工商户或公司）和食品经营许可，办结后可申请代开发票。',
         items=['331212000003', '331212000001', '331213000001'],
         order_note='先领取营业执照，再申请食品经营许可；食品经营许可需现场核查'),
    dict(id='bundle-house', name='二手房交易一件事', aliases=['二手房买卖一件事', '买二手房要办的事'],
         description='二手房买卖一窗受理交易、税务和不动产转移登记，需要贷款的同步办理抵押登记，购房后可申请住房公积金提取。',
         items=['331219000001', '331219000002', '331218000001'],
         order_note='先办理转移登记（过户），贷款购房的同步办理抵押登记，领证后申请公积金购房提取'),
]


def dump(path, data):
    with open(path, 'w', encoding='utf-8') as f:
        yaml.safe_dump(data, f, allow_unicode=True, sort_keys=False, width=1000)


def main():
    if os.path.isdir(os.path.join(CAT, 'guides')):
        shutil.rmtree(os.path.join(CAT, 'guides'))
    os.makedirs(os.path.join(CAT, 'guides'), exist_ok=True)
    regions = [PROVINCE, CITY] + [{'code': d['code'], 'name': d['name'], 'level': 'county', 'parent': CITY['code']}
                                  for d in DISTRICTS] + [TOWN]
    dump(os.path.join(CAT, 'regions.yaml'), regions)
    dump(os.path.join(CAT, 'halls.yaml'), HALLS)
    guides = build_guides()
    by_item = {}
    for g in guides:
        by_item.setdefault(g['base_code'], []).append(g)
    key_of = {it['base']: it['key'] for it in ITEMS}
    for base, gs in by_item.items():
        dump(os.path.join(CAT, 'guides', f"{base}_{key_of[base]}.yaml"), gs)
    faq = []
    for f in FAQ:
        e = {'id': f['id']}
        if f.get('questions'):
            e['questions'] = f['questions']
        e['answer'] = f['answer']
        e['agency'] = f['agency']
        e['updated_at'] = f.get('updated_at', UPDATED)
        e['status'] = f.get('status', 'active')
        faq.append(e)
    dump(os.path.join(CAT, 'faq.yaml'), faq)
    dump(os.path.join(CAT, 'bundles.yaml'), BUNDLES)
    print(f"items={len(ITEMS)} guides={len(guides)} halls={len(HALLS)} faq={len(FAQ)} bundles={len(BUNDLES)}")


if __name__ == '__main__':
    main()
