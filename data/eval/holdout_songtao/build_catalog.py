# -*- coding: utf-8 -*-
"""Generates the fictional 松涛市 catalog (holdout evaluation). Run: python build_catalog.py"""
import json, os, copy, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CAT = os.path.join(HERE, 'catalog')
HEADER = '# 松涛市（虚构评测城市，非真实地区）政务服务事项办事指南目录：{}\n# 电话、地址、网址、坐标均为虚构，不得作为真实联系方式使用。\n'
URL = 'https://zwfw.songtao.example'

REG = {  # key: (code, name, phone digit)
    'city': ('339900', '松涛市', '1'),
    'hm': ('339902', '鹤鸣区', '2'),
    'fq': ('339903', '枫桥区', '3'),
    'yd': ('339904', '玉带区', '4'),
    'zx': ('339921', '竹溪县', '5'),
    'nl': ('339922', '南麓县', '6'),
}
DISTRICTS = ['hm', 'fq', 'yd', 'zx', 'nl']
CENTER = {'city': 'hall-st-center', 'hm': 'hall-hm-center', 'fq': 'hall-fq-center',
          'yd': 'hall-yd-center', 'zx': 'hall-zx-center', 'nl': 'hall-nl-center'}


def agency(kind, r):
    code, name, _ = REG[r]
    county = name.endswith('县')
    if kind == 'gaj':
        if r == 'city':
            return '松涛市公安局'
        return f'{name}公安局' if county else f'松涛市公安局{name[:-1]}分局'
    if kind == 'yb':
        return '松涛市医疗保障局' if r == 'city' else f'松涛市医疗保障局{name}分局'
    if kind == 'tax':
        return '国家税务总局松涛市税务局' if r == 'city' else f'国家税务总局{"" if county else "松涛市"}{name}税务局'
    base = {'mz': '民政局', 'rs': '人力资源和社会保障局', 'wj': '卫生健康局', 'jy': '教育局',
            'sc': '市场监督管理局', 'zj': '住房和城乡建设局', 'cl': '残疾人联合会',
            'ty': '退役军人事务局', 'jk': '疾病预防控制中心'}[kind]
    if r == 'city':
        return '松涛市' + base
    return (name if county else '松涛市' + name) + base


def phone(r, dept, k):
    return f'0588-8{REG[r][2]}{dept}{k}'


def M(name, form='原件', copies=1, required=True, source='申请人自备', note=None, situation=None, exempt=None):
    m = {'name': name, 'form': form, 'copies': copies, 'required': required, 'source': source}
    if exempt is not None:
        m['exempt'] = exempt
    if situation:
        m['situation'] = situation
    if note:
        m['note'] = note
    return m


def S(name, description):
    return {'name': name, 'description': description}


def T(value, unit='working_day', note=None):
    t = {'value': value, 'unit': unit}
    if note:
        t['note'] = note
    return t


def FREE():
    return {'charged': False, 'items': []}


def FEE(*items):
    return {'charged': True, 'items': [dict(name=n, amount=a, basis=b) for n, a, b in items]}


def ON(depth, path=None, visits=1):
    o = {'depth': depth}
    if path:
        o['url'] = URL + path
    o['visits'] = visits
    return o


ITEMS = []  # (file, item dict)


def item(file, **kw):
    ITEMS.append((file, kw))

# ---------------------------------------------------------------- 户籍
item('hukou', base='000111201000', name='出生登记', kind='gaj', dept='01', k='0101',
     aliases=['新生儿上户口', '宝宝落户', '小孩报户口', '给孩子上户口', '出生入户', '新生兒入戶'],
     item_type='行政确认', so=['natural_person'], life=['出生'],
     conditions=['在本市出生的婴儿，父母一方为本市常住户口的，可在父亲或母亲常住户口所在地申报出生登记',
                 '婴儿出生后1个月内，由户主、亲属、抚养人或者邻居向户口登记机关申报出生登记',
                 '超过1个月申报的，除常规材料外还需提交未及时申报的情况说明',
                 '父母均无法到场的，可委托婴儿的祖父母或外祖父母代为申报'],
     situations=[S('婚生子女申报', '父母双方婚姻关系存续期间出生的子女，可随父或随母申报户口。'),
                 S('非婚生子女申报', '需提交具有资质的鉴定机构出具的亲子鉴定证明，随母申报的可不提供。'),
                 S('委托代办', '委托祖父母或外祖父母代为申报，代办人须携带父母双方签字的委托书和本人居民身份证。')],
     materials=[M('《出生医学证明》', note='已签发电子证照的，窗口在线调取，无需提交纸质原件', source='政府部门核发'),
                M('父母双方居民身份证'),
                M('申报入户一方的居民户口簿', note='户口簿需带回打印婴儿户口页'),
                M('父母结婚证', required=False, exempt=True, note='婚姻登记信息可在线核验的免交', situation='婚生子女申报'),
                M('亲子鉴定证明', source='中介机构', situation='非婚生子女申报', note='须由具有司法鉴定资质的机构出具'),
                M('委托书', situation='委托代办', note='须由父母双方签字'),
                M('代办人居民身份证', situation='委托代办')],
     steps=[S('申请', '通过“松涛办”出生一件事专区在线申报，或由父母一方到户籍窗口申请。'),
            S('审核', '户籍民警核对出生医学证明和父母户籍信息。'),
            S('办结', '材料齐全的当场办结，在居民户口簿上打印婴儿户口页；在线申报的可选择邮寄户口簿。')],
     legal=T(20, note='法律法规未规定办结时限，本项为本地规定的办理时限'), promised=T(0, note='材料齐全的即时办结'),
     fee=FREE(), online=ON('full_online', '/gaj/csdj', 0), window='公安户政窗口 1楼 6–9号',
     appointment=True, express=True, cross_region='none', complaint='12345',
     legal_basis=['《中华人民共和国户口登记条例》第七条'], result='居民户口簿（婴儿户口页）', updated='2026-03-02')

item('hukou', base='000111202000', name='户籍迁入（投靠亲属）', kind='gaj', dept='01', k='0102',
     aliases=['投靠落户', '老人投靠子女落户', '夫妻投靠', '把户口迁过来', '户口迁入', '投靠入户'],
     item_type='行政许可', so=['natural_person'], life=['婚姻', '养老', '迁居'],
     conditions=['夫妻投靠：结婚满2年，或结婚未满2年但已生育子女的，可申请投靠配偶落户',
                 '父母投靠子女：男年满60周岁、女年满55周岁，可投靠在本市有合法固定住所的子女落户',
                 '子女投靠父母：未满18周岁的子女可随父或随母落户',
                 '被投靠人须在本市有合法固定住所，并已在本市落户满1年',
                 '实行户口迁移“一站式”办理，申请人无需回迁出地开具准迁证和迁移证'],
     situations=[S('夫妻投靠', '投靠配偶落户，需提交结婚证。'),
                 S('父母投靠子女', '投靠在本市落户的子女，需提交亲属关系证明材料。'),
                 S('子女投靠父母', '未成年子女随父母落户，需提交出生医学证明。')],
     materials=[M('申请人居民身份证和居民户口簿'),
                M('被投靠人居民身份证和居民户口簿'),
                M('结婚证', situation='夫妻投靠'),
                M('亲属关系证明材料', situation='父母投靠子女', note='户口簿能反映亲属关系的无需另行提供'),
                M('出生医学证明', situation='子女投靠父母'),
                M('被投靠人合法固定住所证明', form='原件和复印件', note='不动产登记信息可共享核验的免交复印件')],
     steps=[S('申请', '到迁入地派出所或区县政务服务中心户政窗口提出申请。'),
            S('审核', '迁入地派出所审核材料，必要时上门核实居住情况。'),
            S('审批', '迁入地县级公安机关审批。'),
            S('办结', '审批通过后通知申请人办理落户，迁出地户口由系统联动注销。')],
     legal=T(20), promised=T(10, note='需实地核查的，核查时间不计入办理时限'),
     fee=FREE(), online=ON('online_apply', '/gaj/hjqr', 1), window='公安户政窗口 1楼 6–9号',
     appointment=True, express=False, cross_region='跨省通办', complaint='12345',
     legal_basis=['《中华人民共和国户口登记条例》第十条'], result='居民户口簿', updated='2026-01-15')

item('hukou', base='000111203000', name='死亡人员户口注销', kind='gaj', dept='01', k='0103',
     aliases=['人去世销户口', '注销户口', '死亡销户', '老人过世注销户口', '家人去世户口怎么办'],
     item_type='行政确认', so=['natural_person'], life=['身后'],
     conditions=['公民死亡的，应当在1个月以内由户主、亲属、抚养人或者邻居申报注销户口',
                 '在医疗机构内死亡的，死亡信息由卫生健康部门共享，派出所可主动办理注销',
                 '家属可委托他人代为申报，代办人须携带委托书和本人居民身份证'],
     situations=[S('正常死亡', '凭《居民死亡医学证明（推断）书》申报。'),
                 S('非正常死亡', '凭公安机关出具的死亡证明申报。'),
                 S('委托代办', '亲属委托他人代为申报注销户口。')],
     materials=[M('《居民死亡医学证明（推断）书》', situation='正常死亡', source='政府部门核发'),
                M('公安机关出具的死亡证明', situation='非正常死亡', source='政府部门核发'),
                M('死者居民户口簿'),
                M('死者居民身份证', note='注销时一并交回；遗失的在申报表中注明'),
                M('申报人居民身份证'),
                M('委托书', situation='委托代办'),
                M('代办人居民身份证', situation='委托代办')],
     steps=[S('申报', '到死者户籍所在地派出所或户政窗口申报。'),
            S('核验', '民警核验死亡证明和户籍信息。'),
            S('注销', '当场注销户口，收回居民身份证，出具户口注销证明。')],
     legal=T(20), promised=T(0, note='材料齐全的即时办结'),
     fee=FREE(), online=ON('online_apply', '/gaj/swzx', 1), window='公安户政窗口 1楼 6–9号',
     appointment=False, express=False, cross_region='全市通办', complaint='12345',
     legal_basis=['《中华人民共和国户口登记条例》第八条'], result='户口注销证明', updated='2025-11-20')

# ---------------------------------------------------------------- 身份证 / 居住证 / 无犯罪
item('identity', base='000111204000', name='居民身份证换领', kind='gaj', dept='01', k='0104',
     aliases=['身份证到期换证', '身份证过期了', '换身份证', '身份证快到期', '身份證換領'],
     item_type='公共服务', so=['natural_person'], life=[],
     conditions=['居民身份证有效期满前3个月内，可申请换领',
                 '登记项目变更或证件严重损坏不能辨认的，应当申请换领',
                 '可在全国任一居民身份证受理点申请换领（跨省通办）',
                 '有效期满后仍可换领，但过期证件不能作为有效身份证明'],
     situations=[S('有效期满换领', '证件有效期即将届满或已届满。'),
                 S('登记项目变更换领', '姓名、民族等登记项目变更后换领。'),
                 S('损坏换领', '证件严重损坏不能辨认。')],
     materials=[M('原居民身份证', note='换领时交回原证'),
                M('居民户口簿', required=False, note='本市户籍的可通过户籍信息系统核验'),
                M('数码相片回执', required=False, source='中介机构', note='可在受理窗口免费现场拍照')],
     steps=[S('受理', '窗口采集人像和指纹信息，申请人核对登记表并签名，缴纳工本费。'),
            S('审核签发', '户籍所在地公安机关审核签发。'),
            S('制证', '由省公安厅统一制证并配送至受理点。'),
            S('领证', '凭受理回执到窗口领取，或申请时选择邮寄到家。')],
     legal=T(60, 'natural_day', note='交通不便的地区可以适当延长，延长时间不超过30日'),
     promised=T(15, note='跨省异地受理的为30个工作日'),
     fee=FEE(('居民身份证工本费', '每证20元', '《中华人民共和国居民身份证法》第二十条；领取最低生活保障金的居民免收')),
     online=ON('offline_only', None, 1), window='公安户政窗口 1楼 1–5号',
     appointment=True, express=True, cross_region='跨省通办', complaint='12345',
     legal_basis=['《中华人民共和国居民身份证法》第十一条'], result='居民身份证', updated='2026-02-26')

item('identity', base='000111205000', name='居民身份证补领', kind='gaj', dept='01', k='0105',
     aliases=['身份证丢了', '身份证掉了', '补办身份证', '身份证被偷了', '补身份证'],
     item_type='公共服务', so=['natural_person'], life=[],
     conditions=['居民身份证丢失、被盗的，应当申请补领',
                 '可在全国任一居民身份证受理点申请补领（跨省通办）',
                 '补领期间急需用证的，可同时申请临时居民身份证',
                 '补领后原证件自动作废，无需登报声明'],
     materials=[M('居民户口簿', required=False, note='本市户籍的可通过户籍信息系统核验'),
                M('数码相片回执', required=False, source='中介机构', note='可在受理窗口免费现场拍照')],
     steps=[S('受理', '窗口核验身份，采集人像和指纹信息，缴纳工本费。'),
            S('审核签发', '户籍所在地公安机关审核签发。'),
            S('制证', '由省公安厅统一制证。'),
            S('领证', '到窗口领取或邮寄到家。')],
     legal=T(60, 'natural_day'), promised=T(15, note='跨省异地受理的为30个工作日'),
     fee=FEE(('居民身份证工本费', '每证20元', '《中华人民共和国居民身份证法》第二十条')),
     online=ON('offline_only', None, 1), window='公安户政窗口 1楼 1–5号',
     appointment=True, express=True, cross_region='跨省通办', complaint='12345',
     legal_basis=['《中华人民共和国居民身份证法》第十一条'], result='居民身份证', updated='2026-02-26')

item('identity', base='000111206000', name='临时居民身份证申领', kind='gaj', dept='01', k='0106',
     aliases=['临时身份证', '办临时身份证', '急用身份证', '临时身份证坐飞机'],
     item_type='公共服务', so=['natural_person'], life=[],
     conditions=['正在申领、换领、补领居民身份证期间，急需使用居民身份证的，可申请临时居民身份证',
                 '申请人须本人到场',
                 '临时居民身份证有效期为3个月'],
     materials=[M('居民身份证受理回执', source='政府部门核发'),
                M('近期免冠照片', copies=2, required=False, note='窗口可现场拍照')],
     steps=[S('受理', '持受理回执到户政窗口申请，缴纳工本费。'),
            S('制证', '窗口现场制作临时居民身份证。')],
     legal=T(3), promised=T(1, note='急需乘机、乘车的可当日加急办理'),
     fee=FEE(('临时居民身份证工本费', '每证10元', '《国家发展改革委 财政部关于临时居民身份证收费标准的通知》')),
     online=ON('offline_only', None, 1), window='公安户政窗口 1楼 1–5号',
     appointment=False, express=False, cross_region='全市通办', complaint='12345',
     legal_basis=['《中华人民共和国临时居民身份证管理办法》'], result='临时居民身份证', updated='2026-02-26',
     status={'nl': 'suspended'})

item('identity', base='000111207000', name='居住证申领', kind='gaj', dept='01', k='0107',
     aliases=['办居住证', '暂住证', '外地人办居住证', '流动人口居住证', '居住證'],
     item_type='行政确认', so=['natural_person'], life=['迁居', '就业'],
     conditions=['离开常住户口所在地，到本市居住半年以上',
                 '符合有合法稳定就业、合法稳定住所、连续就读条件之一',
                 '须先办理居住登记，居住登记满半年后可申领居住证',
                 '未满16周岁的未成年人可由监护人代为申领',
                 '居住证每年签注一次，逾期未签注的暂停使用'],
     situations=[S('以合法稳定住所申领', '自有住房或租住房屋的，提交住所证明。'),
                 S('以合法稳定就业申领', '在本市就业或经商的，提交就业证明。'),
                 S('以连续就读申领', '在本市全日制学校就读的，提交学籍证明。')],
     materials=[M('居民身份证'),
                M('房屋租赁合同或不动产权证书', form='原件和复印件', situation='以合法稳定住所申领'),
                M('劳动合同或营业执照', form='原件和复印件', situation='以合法稳定就业申领'),
                M('学校出具的在读证明', situation='以连续就读申领'),
                M('数码相片回执', required=False, source='中介机构', note='可在受理窗口免费现场拍照')],
     steps=[S('申请', '在“松涛办”居住证专区在线申请，或到居住地派出所、户政窗口申请。'),
            S('审核', '居住地派出所核查居住登记和申领条件。'),
            S('发证', '审核通过后制发居住证，可到窗口领取或邮寄。')],
     legal=T(15), promised=T(10),
     fee=FEE(('首次申领', '免费', '《居住证暂行条例》第十八条'), ('换领、补领工本费', '每证20元', '《居住证暂行条例》第十八条')),
     online=ON('online_apply', '/gaj/jzz', 1), window='公安户政窗口 1楼 1–5号',
     appointment=True, express=True, cross_region='none', complaint='12345',
     legal_basis=['《居住证暂行条例》'], result='松涛市居住证', updated='2026-01-08')

item('identity', base='000111208000', name='无犯罪记录证明开具', kind='gaj', dept='01', k='0108',
     aliases=['开无犯罪证明', '无犯罪记录', '良民证', '政审证明'],
     item_type='公共服务', so=['natural_person'], life=['就业'],
     conditions=['本市户籍人员或在本市居住满6个月的非本市户籍人员，可申请开具',
                 '本人无法申请的，可委托他人代为申请，须提交委托书和双方身份证',
                 '证明用于出国（境）的，需注明用途和使用国家'],
     situations=[S('本人申请', '本人在线或到窗口申请。'),
                 S('委托他人代办', '委托他人到窗口代为申请。')],
     materials=[M('居民身份证'),
                M('委托书', situation='委托他人代办'),
                M('代办人居民身份证', situation='委托他人代办')],
     steps=[S('申请', '登录“松涛办”在线申请，或到派出所、户政窗口申请。'),
            S('核查', '公安机关查询违法犯罪记录信息。'),
            S('出具', '核查无记录的出具证明，在线申请的可下载电子证明。')],
     legal=T(3), promised=T(1, note='需要跨地区核查的为3个工作日'),
     fee=FREE(), online=ON('full_online', '/gaj/wfzjl', 0), window='公安户政窗口 1楼 1–5号',
     appointment=False, express=True, cross_region='全省通办', complaint='12345',
     legal_basis=['《公安部关于印发〈关于公安机关开具无犯罪记录证明的工作意见〉的通知》'], result='无犯罪记录证明', updated='2025-12-18')

# ---------------------------------------------------------------- 出入境 (市级)
item('exit-entry', base='000115201000', name='普通护照签发', kind='gaj', dept='09', k='0201', regions=['city'],
     agency_override='松涛市公安局出入境管理支队',
     aliases=['办护照', '申请护照', '护照到期换发', '护照丢了补办', '辦護照'],
     item_type='行政许可', so=['natural_person'], life=['出行'],
     conditions=['中国公民因前往外国定居、探亲、学习、就业、旅行、从事商务活动等非公务原因出国的，可申请普通护照',
                 '可在全国任一出入境管理机构申请（跨省通办）',
                 '未满16周岁的由监护人陪同申请',
                 '护照有效期不足6个月或签证页不足的，可申请换发'],
     situations=[S('首次申请', '首次申请普通护照。'),
                 S('换发', '护照有效期即将届满、签证页用完或损毁。'),
                 S('补发', '护照遗失或被盗，需先报失。'),
                 S('未满16周岁', '由监护人陪同办理。')],
     materials=[M('居民身份证'),
                M('出入境证件照片', required=False, note='出入境接待大厅提供免费现场照相'),
                M('原护照', situation='换发'),
                M('护照报失证明', situation='补发', source='政府部门核发'),
                M('监护人居民身份证和监护关系证明', situation='未满16周岁')],
     steps=[S('预约', '通过“移民局”APP或松涛出入境公众号预约。'),
            S('受理', '现场照相、采集指纹、填表并缴费。'),
            S('审批', '出入境管理机构审批。'),
            S('领证', '到大厅自助领证或选择邮寄。')],
     legal=T(15), promised=T(7, note='偏远地区或交通不便的为15个工作日'),
     fee=FEE(('普通护照', '每本120元', '《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》')),
     online=ON('offline_only', None, 1), halls_city=[('hall-st-exit', '护照签注区 1–12号')],
     appointment=True, express=True, cross_region='跨省通办', complaint='12367',
     legal_basis=['《中华人民共和国护照法》'], result='普通护照', updated='2026-04-10')

item('exit-entry', base='000115202000', name='往来港澳通行证及签注', kind='gaj', dept='09', k='0202', regions=['city'],
     agency_override='松涛市公安局出入境管理支队',
     aliases=['港澳通行证', '去香港办证', '港澳签注', '去澳门旅游签注', '港澳再签'],
     item_type='行政许可', so=['natural_person'], life=['出行'],
     conditions=['内地居民前往港澳地区旅游、探亲、商务、学习等，可申请往来港澳通行证及相应签注',
                 '持有效电子往来港澳通行证办理再次签注的，可在自助签注机即时办理',
                 '可在全国任一出入境管理机构申请（跨省通办）'],
     situations=[S('首次申领通行证', '首次申请往来港澳通行证。'),
                 S('再次签注', '持有效通行证再次办理签注。')],
     materials=[M('居民身份证'),
                M('出入境证件照片', required=False, note='出入境接待大厅提供免费现场照相'),
                M('有效往来港澳通行证', situation='再次签注')],
     steps=[S('申请', '现场或预约后到大厅申请，再次签注可使用自助签注机。'),
            S('审批', '出入境管理机构审批。'),
            S('领证', '到大厅领取或选择邮寄。')],
     legal=T(15), promised=T(7, note='自助签注机办理再次签注的即时办结'),
     fee=FEE(('往来港澳通行证（电子）', '每本60元', '发改价格〔2019〕914号'),
             ('签注', '每次15元', '发改价格〔2019〕914号')),
     online=ON('offline_only', None, 1), halls_city=[('hall-st-exit', '港澳台签注区 13–20号')],
     appointment=True, express=True, cross_region='跨省通办', complaint='12367',
     legal_basis=['《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》'], result='往来港澳通行证', updated='2026-04-10')

# ---------------------------------------------------------------- 婚姻
item('marriage', base='000112201000', name='内地居民结婚登记', kind='mz', dept='02', k='0301',
     aliases=['领结婚证', '扯证', '登记结婚', '领证', '结婚登记', '結婚登記'],
     item_type='行政确认', so=['natural_person'], life=['婚姻'],
     conditions=['男方年满22周岁，女方年满20周岁',
                 '双方完全自愿，且双方均无配偶',
                 '双方没有直系血亲和三代以内旁系血亲关系',
                 '内地居民结婚登记实行全国通办，可在一方常住户口所在地或经常居住地登记',
                 '双方必须亲自到场，不能委托他人代办'],
     situations=[S('初婚', '双方均为初次结婚。'),
                 S('再婚', '一方或双方曾经结婚，需提交离婚证或配偶死亡证明。')],
     materials=[M('双方居民身份证'),
                M('双方近期半身免冠合影照片', copies=3, note='2寸红底合影照片；婚姻登记处提供现场拍照'),
                M('离婚证或配偶死亡证明', situation='再婚')],
     steps=[S('预约', '通过“松涛办”预约登记日期，也可现场取号。'),
            S('填写声明', '双方填写《申请结婚登记声明书》并当面签名。'),
            S('审查', '婚姻登记员审查证件和声明。'),
            S('颁证', '符合条件的当场颁发结婚证，可自愿选择颁证仪式。')],
     legal=T(0, note='符合条件的当场予以登记'), promised=T(0, note='当场办结'),
     fee=FREE(), online=ON('offline_only', None, 1), window='结婚登记窗口 2楼',
     appointment=True, express=False, cross_region='跨省通办', complaint='12345',
     legal_basis=['《婚姻登记条例》'], result='结婚证', updated='2025-06-05',
     halls_by={'hm': [('hall-hm-marriage', '结婚登记大厅')]})

item('marriage', base='000112202000', name='内地居民离婚登记', kind='mz', dept='02', k='0302',
     aliases=['协议离婚', '离婚登记', '办离婚', '领离婚证', '離婚登記'],
     item_type='行政确认', so=['natural_person'], life=['婚姻'],
     conditions=['双方自愿离婚，并对子女抚养、财产及债务处理等事项协商一致',
                 '双方均须亲自到场，不能委托他人代办',
                 '自婚姻登记机关收到离婚登记申请之日起30日内，任何一方不愿离婚的，可以撤回申请',
                 '冷静期届满后30日内，双方应当亲自到婚姻登记机关申请发给离婚证，未申请的视为撤回离婚登记申请'],
     materials=[M('双方居民身份证'),
                M('双方结婚证', note='结婚证遗失的可先补领'),
                M('离婚协议书', copies=3, note='双方签字，载明子女抚养、财产及债务处理等事项')],
     steps=[S('申请', '双方持材料到婚姻登记机关提交离婚登记申请。'),
            S('受理', '登记机关受理后发给《离婚登记申请受理回执单》。'),
            S('冷静期', '受理之日起30日为离婚冷静期。'),
            S('审查登记', '冷静期届满后30日内双方到场，审查符合条件的当场发给离婚证。')],
     legal=T(30, 'natural_day', note='30日离婚冷静期不计入办结时限'), promised=T(0, note='冷静期届满后双方到场申请的当场发给离婚证'),
     fee=FREE(), online=ON('offline_only', None, 2), window='离婚登记窗口 2楼',
     appointment=True, express=False, cross_region='跨省通办', complaint='12345',
     legal_basis=['《中华人民共和国民法典》第一千零七十七条'], result='离婚证', updated='2025-06-05',
     halls_by={'hm': [('hall-hm-marriage', '离婚登记室')]})

item('marriage', base='000112203000', name='补领婚姻登记证', kind='mz', dept='02', k='0303',
     aliases=['结婚证丢了', '补结婚证', '离婚证丢了补办', '结婚证补办'],
     item_type='行政确认', so=['natural_person'], life=['婚姻'],
     conditions=['结婚证、离婚证遗失或者损毁的，可以申请补领',
                 '可向原办理婚姻登记的机关或者一方常住户口所在地的婚姻登记机关申请',
                 '补领结婚证的，可由双方或一方到场申请'],
     situations=[S('补领结婚证', '结婚证遗失或损毁。'), S('补领离婚证', '离婚证遗失或损毁。')],
     materials=[M('申请人居民身份证'),
                M('申请人近期半身免冠照片', copies=2, note='补领结婚证的为2寸双人合影，补领离婚证的为2寸单人照片'),
                M('婚姻登记档案证明', required=False, source='政府部门核发', note='在本市办理婚姻登记的由窗口调取')],
     steps=[S('申请', '到婚姻登记机关提出申请。'),
            S('核查档案', '登记机关调取或核查婚姻登记档案。'),
            S('补发', '核实无误后补发婚姻登记证。')],
     legal=T(30, 'natural_day'), promised=T(0, note='需要调取外地婚姻登记档案的为5个工作日'),
     fee=FREE(), online=ON('offline_only', None, 1), window='婚姻登记窗口 2楼',
     appointment=True, express=False, cross_region='全省通办', complaint='12345',
     legal_basis=['《婚姻登记条例》第十七条'], result='结婚证（补发）或离婚证（补发）', updated='2025-06-05',
     halls_by={'hm': [('hall-hm-marriage', '补证窗口')]})

# ---------------------------------------------------------------- 生育 母婴
item('maternity', base='000114201000', name='生育登记', kind='wj', dept='04', k='0401',
     aliases=['生孩子登记', '生育服务登记', '怀孕了要登记吗', '一孩登记', '二孩登记', '三孩登记'],
     item_type='公共服务', so=['natural_person'], life=['出生'],
     conditions=['夫妻生育子女的，均可办理生育登记，不设前置条件',
                 '可在怀孕后、子女出生前或出生后办理',
                 '夫妻一方户籍在本地或在本地居住的，可在本地办理',
                 '由夫妻任一方申请即可'],
     materials=[M('夫妻双方居民身份证', form='电子', exempt=True, note='通过实名认证在线核验'),
                M('结婚证', form='电子', exempt=True, required=False, note='通过婚姻登记信息共享核验')],
     steps=[S('在线申报', '登录“松涛办”生育登记模块填写信息。'),
            S('审核', '卫生健康部门在线核验。'),
            S('办结', '生成电子《生育登记服务单》，可在线下载打印。')],
     legal=T(1), promised=T(0, note='信息核验通过的即时办结'),
     fee=FREE(), online=ON('full_online', '/wjw/sydj', 0), window='卫生健康综合窗口',
     appointment=False, express=False, cross_region='全省通办', complaint='12345',
     legal_basis=['《松涛市人口与计划生育条例》'], result='生育登记服务单（电子）', updated='2025-09-01')

item('maternity', base='000114202000', name='育儿补贴申领', kind='wj', dept='04', k='0402',
     aliases=['育儿补贴', '生孩子补贴', '三岁以下补贴', '婴幼儿补贴', '育兒補貼'],
     item_type='行政给付', so=['natural_person'], life=['出生'],
     conditions=['2025年1月1日起出生、未满3周岁的婴幼儿，可申领育儿补贴',
                 '补贴标准为每孩每年3600元，按年发放至婴幼儿满3周岁',
                 '2025年1月1日前出生、当时未满3周岁的，按应补贴月数折算发放',
                 '由婴幼儿父母一方或其他监护人申请',
                 '育儿补贴免征个人所得税，不计入低保家庭收入'],
     materials=[M('婴幼儿出生医学证明', form='电子', exempt=True, note='通过电子证照库调取'),
                M('申请人居民身份证', form='电子', exempt=True),
                M('申请人本人名下银行账户或社会保障卡', note='补贴发放至该账户')],
     steps=[S('申请', '通过“松涛办”或育儿补贴信息管理系统在线申请。'),
            S('审核', '户籍所在地卫生健康部门在10个工作日内审核。'),
            S('发放', '审核通过后次月发放至申请人账户。')],
     legal=T(20), promised=T(10),
     fee=FREE(), online=ON('full_online', '/wjw/yebt', 0), window='卫生健康综合窗口',
     appointment=False, express=False, cross_region='none', complaint='12345',
     legal_basis=['《育儿补贴制度实施方案》'], updated='2025-10-12')

item('maternity', base='000121201000', name='生育津贴申领', kind='yb', dept='05', k='0501', regions=['city'],
     aliases=['产假工资', '生育津贴', '生育保险报销', '产假补贴', '生育津貼'],
     item_type='行政给付', so=['natural_person', 'legal_person'], life=['出生'],
     conditions=['职工生育时，所在单位已为其连续足额缴纳职工医保（含生育保险）满12个月',
                 '生育津贴按职工所在单位上年度职工月平均工资除以30再乘以产假天数计发',
                 '产假天数：顺产158天，难产增加15天，多胞胎每多生育1个婴儿增加15天',
                 '应在分娩之日起1年内申领',
                 '生育津贴一般由单位在线申领后发放给职工'],
     situations=[S('单位申领', '用人单位通过医保网上服务大厅申报。'),
                 S('难产或多胞胎', '需提供医疗机构出具的诊断证明。')],
     materials=[M('出生医学证明', form='电子', exempt=True, source='政府部门核发'),
                M('医疗机构出具的诊断证明', situation='难产或多胞胎', source='政府部门核发')],
     steps=[S('申报', '单位登录松涛医保网上服务大厅申报。'),
            S('审核', '医保经办机构审核。'),
            S('拨付', '审核通过后拨付至单位账户，单位发放给职工。')],
     legal=T(20), promised=T(10),
     fee=FREE(), online=ON('full_online', '/ybj/syjt', 0), halls_city=[('hall-st-center', '医保综合窗口 2楼 21–26号')],
     appointment=False, express=False, cross_region='none', complaint='12345',
     legal_basis=['《女职工劳动保护特别规定》'], updated='2026-01-20')

# ---------------------------------------------------------------- 社保
item('social-insurance', base='000113201000', name='城乡居民基本养老保险参保登记', kind='rs', dept='03', k='0601',
     aliases=['农保', '居民养老保险', '城乡居民养老参保', '没工作怎么交养老保险', '农村养老保险'],
     item_type='公共服务', so=['natural_person'], life=['养老'],
     conditions=['年满16周岁（不含在校学生）、未参加职工基本养老保险的本市户籍居民可参保',
                 '个人缴费标准设每年200元至5000元共12个档次，自主选择',
                 '选择200元档次的，政府每人每年补贴30元',
                 '选择500元及以上档次的，政府每人每年补贴60元',
                 '年满60周岁、累计缴费满15年的，可按月领取养老金'],
     materials=[M('居民身份证'), M('居民户口簿', required=False, exempt=True)],
     steps=[S('登记', '通过“松涛办”或村（社区）便民服务点办理参保登记。'),
            S('缴费', '通过税务缴费渠道按年缴纳。')],
     legal=T(5), promised=T(0, note='即时办结'),
     fee=FREE(), online=ON('full_online', '/rsj/cxjb', 0), window='社保综合窗口 1楼 10–14号',
     appointment=False, express=False, cross_region='全市通办', complaint='12345',
     legal_basis=['《国务院关于建立统一的城乡居民基本养老保险制度的意见》'], updated='2026-01-05',
     halls_by={'zx': [('hall-zx-center', '社保综合窗口 1楼'), ('hall-zx-taoyuan', '综合受理窗口')]})

item('social-insurance', base='000113202000', name='职工基本养老保险待遇申领', kind='rs', dept='03', k='0602', regions=['city'],
     agency_override='松涛市社会保险事业管理中心',
     aliases=['办退休', '退休手续', '领退休金', '养老金申领', '退休金'],
     item_type='行政给付', so=['natural_person', 'legal_person'], life=['退休'],
     conditions=['达到法定退休年龄',
                 '累计缴纳职工基本养老保险费满15年，自2030年1月1日起最低缴费年限逐步提高到20年',
                 '用人单位应在职工达到退休年龄前1个月申报',
                 '灵活就业人员可由本人申报',
                 '审核通过后从次月起按月发放基本养老金'],
     situations=[S('单位职工', '由用人单位申报。'), S('灵活就业人员', '由本人申报。')],
     materials=[M('居民身份证'), M('社会保障卡', exempt=True),
                M('职工人事档案', situation='单位职工', note='档案由单位或档案保管机构提交')],
     steps=[S('申报', '单位或个人在线申报，或到社保窗口申报。'),
            S('审核', '社保经办机构审核出生日期、缴费年限等。'),
            S('核定待遇', '核定养老金并通知本人。')],
     legal=T(20), promised=T(15),
     fee=FREE(), online=ON('online_apply', '/rsj/txsl', 1), halls_city=[('hall-st-center', '社保综合窗口 1楼 10–18号')],
     appointment=True, express=False, cross_region='none', complaint='12345',
     legal_basis=['《中华人民共和国社会保险法》第十六条'], updated='2026-03-30')

item('social-insurance', base='000113203000', name='社会保障卡申领', kind='rs', dept='03', k='0603',
     aliases=['办社保卡', '社保卡', '社保卡补办', '社保卡丢了', '社保卡换卡', '社保卡申領'],
     item_type='公共服务', so=['natural_person'], life=['出生', '就业'],
     conditions=['在本市参加社会保险的人员可申领社会保障卡',
                 '新生儿可凭户口簿由监护人代为申领',
                 '首次申领免费',
                 '社会保障卡遗失的，应先办理挂失'],
     situations=[S('首次申领', '首次申领社会保障卡。'),
                 S('补换卡', '社会保障卡遗失、损坏后补换。'),
                 S('监护人代办', '未成年人由监护人代为申领。')],
     materials=[M('居民身份证'),
                M('居民户口簿', situation='监护人代办'),
                M('监护人居民身份证', situation='监护人代办'),
                M('数码相片回执', required=False, source='中介机构', note='网点可现场拍照')],
     steps=[S('申请', '到社保卡服务网点或通过“松涛办”申请。'),
            S('制卡', '即时制卡网点当场制卡。'),
            S('领卡', '到网点领取或选择邮寄。')],
     legal=T(20), promised=T(0, note='在具备即时制卡条件的网点可当场领卡，其他网点为20个工作日'),
     fee=FEE(('首次申领', '免费', '人社部规定'), ('补卡、换卡工本费', '每张15元', '松价费〔2021〕8号')),
     online=ON('online_apply', '/rsj/sbk', 1), window='社保卡服务窗口 1楼 15–16号',
     appointment=False, express=True, cross_region='全省通办', complaint='12345',
     legal_basis=['《社会保障卡管理办法》'], result='社会保障卡', updated='2025-12-01')

item('social-insurance', base='000113204000', name='失业保险金申领', kind='rs', dept='03', k='0604', regions=['city'],
     agency_override='松涛市就业服务中心',
     aliases=['领失业金', '失业金', '失业保险', '被辞退了领钱', '失業金'],
     item_type='行政给付', so=['natural_person'], life=['失业'],
     conditions=['失业前用人单位和本人已缴纳失业保险费满1年',
                 '非因本人意愿中断就业',
                 '已进行失业登记，并有求职要求',
                 '失业保险金标准为本市最低工资标准的90%，目前为每月2034元',
                 '累计缴费满1年不足5年的，最长可领取12个月',
                 '应在终止或解除劳动合同之日起60日内申领'],
     materials=[M('居民身份证'), M('社会保障卡', exempt=True),
                M('解除或终止劳动关系证明', note='单位已在线报送的免交')],
     steps=[S('申请', '通过“松涛办”或就业服务窗口申请。'),
            S('审核', '经办机构审核缴费和离职信息。'),
            S('发放', '审核通过后按月发放至社会保障卡金融账户。')],
     legal=T(10), promised=T(5),
     fee=FREE(), online=ON('full_online', '/rsj/syj', 0), halls_city=[('hall-st-center', '就业服务窗口 1楼 19–20号')],
     appointment=False, express=False, cross_region='全省通办', complaint='12345',
     legal_basis=['《失业保险条例》'], updated='2026-02-10')

item('social-insurance', base='000113205000', name='丧葬补助金、抚恤金申领', kind='rs', dept='03', k='0605', regions=['city'],
     agency_override='松涛市社会保险事业管理中心',
     aliases=['丧葬费', '抚恤金', '老人去世领丧葬费', '死亡待遇', '喪葬費'],
     item_type='行政给付', so=['natural_person'], life=['身后'],
     conditions=['参加职工基本养老保险的人员死亡后，其遗属可申领丧葬补助金和抚恤金',
                 '丧葬补助金标准为每人5000元',
                 '抚恤金按死亡时本人缴费年限确定，最高为本市上年度职工月平均工资的10倍',
                 '可委托他人代为申领，须提交委托书'],
     situations=[S('遗属本人申领', '直系亲属申领。'), S('委托代办', '遗属委托他人申领。')],
     materials=[M('死亡证明或户口注销证明', exempt=True, note='死亡信息已共享的免交'),
                M('申领人居民身份证'),
                M('申领人与死者亲属关系证明', note='户口簿能反映亲属关系的无需另行提供'),
                M('委托书', situation='委托代办')],
     steps=[S('申请', '遗属在线或到社保窗口申请。'),
            S('审核', '社保经办机构审核。'),
            S('发放', '审核通过后发放至申领人银行账户。')],
     legal=T(20), promised=T(10),
     fee=FREE(), online=ON('full_online', '/rsj/szbz', 0), halls_city=[('hall-st-center', '社保综合窗口 1楼 10–18号')],
     appointment=False, express=False, cross_region='none', complaint='12345',
     legal_basis=['《中华人民共和国社会保险法》第十七条'], updated='2025-11-11')

# ---------------------------------------------------------------- 医保
item('medical', base='000121202000', name='城乡居民基本医疗保险参保登记', kind='yb', dept='05', k='0701',
     aliases=['居民医保', '新农合', '交医保', '小孩医保', '城乡医保'],
     item_type='公共服务', so=['natural_person'], life=['出生', '入学'],
     conditions=['未参加职工基本医疗保险的本市户籍居民、持本市居住证的常住人口及在校学生可参保',
                 '每年9月1日至12月31日为下一年度集中参保缴费期',
                 '2026年度个人缴费标准为每人每年400元',
                 '新生儿在出生后90日内参保缴费的，自出生之日起享受医保待遇',
                 '低保对象、特困人员的个人缴费由政府全额资助'],
     materials=[M('居民身份证或居民户口簿'), M('出生医学证明', situation='新生儿参保', exempt=True)],
     situations=[S('新生儿参保', '凭出生医学证明即可参保，无需等户口登记完成。'),
                 S('一般居民参保', '本人或家属代为登记缴费。')],
     steps=[S('登记', '通过“松涛医保”小程序或窗口办理参保登记。'),
            S('缴费', '通过税务缴费渠道缴纳个人缴费。')],
     legal=T(5), promised=T(0, note='即时办结'),
     fee=FREE(), online=ON('full_online', '/ybj/cxjm', 0), window='医保综合窗口 1楼',
     appointment=False, express=False, cross_region='全市通办', complaint='12345',
     legal_basis=['《中华人民共和国社会保险法》第二十五条'], updated='2025-09-01')

item('medical', base='000121203000', name='异地就医备案', kind='yb', dept='05', k='0702', regions=['city'],
     aliases=['异地就医', '外地看病报销', '跨省就医备案', '去外地住院', '異地就醫'],
     item_type='公共服务', so=['natural_person'], life=['退休', '就医'],
     conditions=['异地安置退休人员、异地长期居住人员、常驻异地工作人员可办理长期备案',
                 '临时外出就医人员可办理临时备案，有效期为6个月',
                 '长期备案的，备案后6个月内原则上不得变更或取消',
                 '备案后在就医地联网定点医疗机构可直接结算'],
     situations=[S('长期备案', '异地安置、长期居住、常驻工作。'), S('临时备案', '临时外出就医、转诊转院。')],
     materials=[M('医保电子凭证或社会保障卡', form='电子'),
                M('个人承诺书', form='电子', note='线上办理时在线签署')],
     steps=[S('申请', '通过国家医保服务平台APP或“松涛医保”小程序提交备案。'),
            S('办结', '系统自动审核，即时生效。')],
     legal=T(1), promised=T(0, note='线上备案即时办结'),
     fee=FREE(), online=ON('full_online', '/ybj/ydjy', 0), halls_city=[('hall-st-center', '医保综合窗口 2楼 21–26号')],
     appointment=False, express=False, cross_region='跨省通办', complaint='12345',
     legal_basis=['《关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》'], updated='2026-01-20')

item('medical', base='000121204000', name='门诊慢特病待遇认定', kind='yb', dept='05', k='0703', regions=['city'],
     aliases=['慢性病认定', '办慢病卡', '门特', '高血压报销', '慢特病'],
     item_type='行政确认', so=['natural_person'], life=['就医'],
     conditions=['参保人员患有本市规定的门诊慢特病病种，共48种',
                 '需提供二级及以上定点医院近1年内的诊断证明或病历资料',
                 '认定通过后次月起享受门诊慢特病待遇',
                 '高血压、糖尿病年度最高支付限额为每人每年1500元'],
     materials=[M('医保电子凭证或社会保障卡'),
                M('二级及以上定点医院出具的诊断证明', source='政府部门核发'),
                M('相关检查报告', form='复印件', copies=1)],
     steps=[S('申请', '在定点医院医保办或线上提交申请。'),
            S('评审', '医保经办机构组织专家评审。'),
            S('结果告知', '评审结果通过短信告知。')],
     legal=T(20), promised=T(15),
     fee=FREE(), online=ON('online_apply', '/ybj/mtb', 1), halls_city=[('hall-st-center', '医保综合窗口 2楼 21–26号')],
     appointment=False, express=False, cross_region='none', complaint='12345',
     legal_basis=['《松涛市门诊慢特病管理办法》'], updated='2025-08-15')

# ---------------------------------------------------------------- 公积金
item('housing-fund', base='000118201000', name='租房提取住房公积金', kind='gjj', dept='08', k='0801', regions=['city'],
     agency_override='松涛市住房公积金管理中心',
     aliases=['租房提公积金', '公积金付房租', '提公积金', '公积金提取', '租房提取'],
     item_type='公共服务', so=['natural_person'], life=['住房'],
     conditions=['职工本人及配偶在本市无自有住房且租赁住房自住',
                 '连续足额缴存住房公积金满3个月',
                 '无房租房提取每人每年最高18000元',
                 '每年可申请提取1次'],
     materials=[M('居民身份证'),
                M('婚姻状况声明', form='电子', note='在线填写'),
                M('住房租赁合同', required=False, note='无房证明通过不动产信息共享核验，按标准提取的无需提供租赁合同')],
     steps=[S('申请', '通过“松涛公积金”APP或网厅申请。'),
            S('审核', '系统自动核验住房和缴存信息。'),
            S('到账', '审核通过后1个工作日内转入本人银行卡。')],
     legal=T(3), promised=T(1),
     fee=FREE(), online=ON('full_online', '/gjj/zftq', 0), halls_city=[('hall-st-hpf', '个人业务窗口 1–8号')],
     appointment=False, express=False, cross_region='none', complaint='12329',
     legal_basis=['《住房公积金管理条例》第二十四条'], updated='2026-02-01')

item('housing-fund', base='000118202000', name='离退休提取住房公积金', kind='gjj', dept='08', k='0802', regions=['city'],
     agency_override='松涛市住房公积金管理中心',
     aliases=['退休提公积金', '退休取公积金', '公积金销户', '退休公积金怎么取'],
     item_type='公共服务', so=['natural_person'], life=['退休'],
     conditions=['职工办理离退休手续后，可申请提取住房公积金账户全部余额并销户',
                 '退休信息已由社保部门共享的，可在线办理',
                 '本人无法到场的，可委托他人代为办理，须提交公证委托书'],
     situations=[S('本人办理', '本人在线或到窗口办理。'), S('委托代办', '委托他人到窗口办理。')],
     materials=[M('居民身份证'), M('本人银行卡', note='须为本人名下一类银行账户'),
                M('公证委托书', situation='委托代办'), M('代办人居民身份证', situation='委托代办')],
     steps=[S('申请', '在线或到窗口申请。'), S('审核', '核验退休信息。'), S('到账', '审核通过后资金1个工作日内到账。')],
     legal=T(3), promised=T(0, note='即时办结，资金1个工作日内到账'),
     fee=FREE(), online=ON('full_online', '/gjj/txtq', 0), halls_city=[('hall-st-hpf', '个人业务窗口 1–8号')],
     appointment=False, express=False, cross_region='全省通办', complaint='12329',
     legal_basis=['《住房公积金管理条例》第二十四条'], updated='2026-02-01')

item('housing-fund', base='000118203000', name='住房公积金个人住房贷款', kind='gjj', dept='08', k='0803', regions=['city'],
     agency_override='松涛市住房公积金管理中心',
     aliases=['公积金贷款', '用公积金买房', '公积金贷款额度', '公積金貸款'],
     item_type='公共服务', so=['natural_person'], life=['住房'],
     conditions=['申请前连续足额缴存住房公积金满6个月',
                 '购买首套住房的，单人最高贷款额度50万元，夫妻双方最高70万元',
                 '贷款期限最长30年，且贷款到期日不超过借款人法定退休年龄后5年',
                 '首套住房最低首付款比例为20%'],
     materials=[M('借款人及配偶居民身份证'), M('婚姻状况证明', exempt=True),
                M('购房合同', form='原件和复印件', copies=2), M('首付款发票或收据', form='复印件')],
     steps=[S('申请', '在线预审后到公积金中心或受托银行提交申请。'),
            S('审批', '公积金中心审批贷款额度。'),
            S('签订合同', '签订借款合同并办理抵押登记。'),
            S('放款', '抵押登记完成后发放贷款。')],
     legal=T(20), promised=T(15, note='不含抵押登记时间'),
     fee=FREE(), online=ON('online_apply', '/gjj/dk', 1), halls_city=[('hall-st-hpf', '贷款业务区 9–14号')],
     appointment=True, express=False, cross_region='none', complaint='12329',
     legal_basis=['《住房公积金管理条例》第二十六条'], updated='2026-02-01')

# ---------------------------------------------------------------- 不动产
item('real-estate', base='000116201000', name='不动产登记资料查询', kind='bdc', dept='06', k='0901', regions=['city'],
     agency_override='松涛市不动产登记中心',
     aliases=['查房产', '查名下房产', '打印无房证明', '房产信息查询', '查封查询'],
     item_type='公共服务', so=['natural_person', 'legal_person'], life=['住房'],
     conditions=['权利人可查询本人名下不动产登记结果和原始资料',
                 '利害关系人可查询不动产的登记结果',
                 '可查询本人在本市有无不动产登记记录，用于无房证明'],
     materials=[M('查询人居民身份证'), M('利害关系证明材料', required=False, note='利害关系人查询时提供')],
     steps=[S('申请', '通过“松涛办”在线查询，或到不动产登记窗口、自助机查询。'), S('出具', '即时出具查询结果，可在线下载。')],
     legal=T(1), promised=T(0, note='即时办结'),
     fee=FREE(), online=ON('full_online', '/bdc/cx', 0), halls_city=[('hall-st-estate', '查询窗口 1楼 1–3号'), ('hall-st-center', '不动产综合窗口 3楼')],
     appointment=False, express=False, cross_region='全市通办', complaint='12345',
     legal_basis=['《不动产登记资料查询暂行办法》'], result='不动产登记信息查询结果', updated='2025-10-30')

item('real-estate', base='000116202000', name='不动产转移登记（二手房买卖）', kind='bdc', dept='06', k='0902', regions=['city'],
     agency_override='松涛市不动产登记中心',
     aliases=['二手房过户', '房子过户', '房产过户', '买二手房过户', '房屋過戶'],
     item_type='行政确认', so=['natural_person', 'legal_person'], life=['住房'],
     conditions=['买卖双方签订存量房买卖合同并完成网签备案',
                 '房屋无查封、抵押未注销的须先解除或经抵押权人同意',
                 '登记与缴税实行“一窗受理”，可在同一窗口缴纳契税',
                 '买卖双方须到场，不能到场的可委托他人，须提交经公证的委托书'],
     situations=[S('买卖双方到场', '双方本人到场申请。'), S('委托代理', '一方或双方委托代理人办理。')],
     materials=[M('买卖双方居民身份证'), M('不动产权证书'), M('存量房买卖合同', copies=2),
                M('经公证的委托书', situation='委托代理'), M('代理人居民身份证', situation='委托代理')],
     steps=[S('申请', '买卖双方到不动产登记窗口一窗申请。'),
            S('缴税', '在同一窗口缴纳契税等税费。'),
            S('审核', '登记机构审核。'),
            S('登簿发证', '记载于不动产登记簿，向买方核发不动产权证书或电子证照。')],
     legal=T(30), promised=T(3, note='一窗受理、税费同缴，不含缴税时间'),
     fee=FEE(('不动产登记费', '住宅每件80元，非住宅每件550元', '财税〔2016〕79号'),
             ('证书工本费', '第一本免收，每增加一本10元', '财税〔2016〕79号')),
     online=ON('online_apply', '/bdc/zydj', 1), halls_city=[('hall-st-estate', '登记受理区 5–18号')],
     appointment=True, express=True, cross_region='none', complaint='12345',
     legal_basis=['《不动产登记暂行条例》'], result='不动产权证书', updated='2025-10-30')

item('real-estate', base='000116203000', name='不动产权证书补证', kind='bdc', dept='06', k='0903', regions=['city'],
     agency_override='松涛市不动产登记中心',
     aliases=['房产证丢了', '补房产证', '房本丢了怎么办', '不动产证遗失'],
     item_type='行政确认', so=['natural_person', 'legal_person'], life=['住房'],
     conditions=['不动产权证书遗失、灭失的，权利人可申请补发',
                 '遗失声明由登记机构在松涛市不动产登记网公告15个工作日',
                 '公告期满无异议的，予以补发'],
     materials=[M('权利人居民身份证'), M('不动产权证书遗失声明', form='原件', note='窗口提供格式文本')],
     steps=[S('申请', '到不动产登记窗口提交申请。'),
            S('公告', '在松涛市不动产登记网公告15个工作日。'),
            S('补发', '公告期满无异议的补发证书。')],
     legal=T(30), promised=T(1, note='公告期满后1个工作日内补发，公告期不计入'),
     fee=FEE(('证书工本费', '每本10元', '财税〔2016〕79号')),
     online=ON('online_apply', '/bdc/bz', 1), halls_city=[('hall-st-estate', '登记受理区 5–18号')],
     appointment=True, express=True, cross_region='none', complaint='12345',
     legal_basis=['《不动产登记暂行条例实施细则》第二十二条'], result='不动产权证书', updated='2025-10-30')

# ---------------------------------------------------------------- 车驾管
item('vehicles', base='000117201000', name='机动车驾驶证期满换证', kind='gaj', dept='07', k='1001', regions=['city'],
     agency_override='松涛市公安局交通警察支队',
     aliases=['驾照到期换证', '换驾照', '驾驶证到期', '驾照六年换证', '駕照換證'],
     item_type='行政许可', so=['natural_person'], life=['出行'],
     conditions=['机动车驾驶证有效期满前90日内，可申请换证',
                 '申请人身体条件符合驾驶许可条件，须提交医疗机构出具的体检证明',
                 '年龄在70周岁以上的，每年提交一次身体条件证明',
                 '可在全国任一车辆管理所申请（跨省通办）'],
     materials=[M('居民身份证'), M('机动车驾驶证'),
                M('机动车驾驶人身体条件证明', source='中介机构', note='由县级或部队团级以上医疗机构出具，在“交管12123”APP可在线提交')],
     steps=[S('申请', '通过“交管12123”APP在线申请，或到车管所、交警服务站申请。'),
            S('审核', '车辆管理所审核。'),
            S('制证', '审核通过后制发新驾驶证，可邮寄到家。')],
     legal=T(1), promised=T(0, note='窗口办理的当场办结'),
     fee=FEE(('机动车驾驶证工本费', '每证10元', '发改价格〔2017〕1186号')),
     online=ON('full_online', '/jj/jzhz', 0), halls_city=[('hall-st-vehicle', '驾驶证业务区 1–6号')],
     appointment=True, express=True, cross_region='跨省通办', complaint='12345',
     legal_basis=['《机动车驾驶证申领和使用规定》'], result='机动车驾驶证', updated='2026-05-06')

item('vehicles', base='000117202000', name='机动车驾驶证遗失补领', kind='gaj', dept='07', k='1002', regions=['city'],
     agency_override='松涛市公安局交通警察支队',
     aliases=['驾照丢了', '补驾照', '驾驶证丢失', '补办驾驶证'],
     item_type='行政许可', so=['natural_person'], life=['出行'],
     conditions=['机动车驾驶证遗失的，可申请补领',
                 '驾驶证被扣押期间不得申请补领',
                 '可在全国任一车辆管理所申请（跨省通办）'],
     materials=[M('居民身份证')],
     steps=[S('申请', '通过“交管12123”APP在线申请或到车管所申请。'), S('制证', '补发驾驶证，原证作废。')],
     legal=T(1), promised=T(0, note='窗口办理的当场办结'),
     fee=FEE(('机动车驾驶证工本费', '每证10元', '发改价格〔2017〕1186号')),
     online=ON('full_online', '/jj/jzbl', 0), halls_city=[('hall-st-vehicle', '驾驶证业务区 1–6号')],
     appointment=True, express=True, cross_region='跨省通办', complaint='12345',
     legal_basis=['《机动车驾驶证申领和使用规定》'], result='机动车驾驶证', updated='2026-05-06')

item('vehicles', base='000117203000', name='机动车检验标志电子凭证核发（免检车辆）', kind='gaj', dept='07', k='1003', regions=['city'],
     agency_override='松涛市公安局交通警察支队',
     aliases=['6年免检', '车辆免检', '领年检标志', '免检标志', '私家车年检'],
     item_type='行政确认', so=['natural_person', 'legal_person'], life=['出行'],
     conditions=['非营运小型、微型载客汽车（面包车除外）注册登记之日起10年内，实行免上线检验',
                 '注册登记第6年、第10年申领检验标志',
                 '须在检验有效期满前3个月内申领',
                 '机动车涉及的交通违法行为和交通事故已处理完毕',
                 '机动车交通事故责任强制保险在有效期内'],
     materials=[M('机动车行驶证', exempt=True), M('交强险电子保单', form='电子', exempt=True)],
     steps=[S('申请', '通过“交管12123”APP申领。'), S('核发', '审核通过后核发检验标志电子凭证。')],
     legal=T(1), promised=T(0, note='即时办结'),
     fee=FREE(), online=ON('full_online', '/jj/mjbz', 0), halls_city=[('hall-st-vehicle', '机动车业务区 7–16号')],
     appointment=False, express=False, cross_region='跨省通办', complaint='12345',
     legal_basis=['《关于深化机动车检验制度改革优化车检服务工作的意见》'], result='机动车检验标志电子凭证', updated='2026-05-06')

# ---------------------------------------------------------------- 民政
item('civil-affairs', base='000112204000', name='最低生活保障审核确认', kind='mz', dept='02', k='1101',
     aliases=['低保', '申请低保', '吃低保', '办低保', '低保金', '低保申請'],
     item_type='行政给付', so=['natural_person'], life=['救助'],
     conditions=['持有本市户籍且在户籍所在地居住',
                 '共同生活的家庭成员月人均收入低于当地最低生活保障标准',
                 '2026年本市城乡低保标准统一为每人每月1050元',
                 '家庭人均金融资产不超过当地年低保标准的3倍',
                 '低保金按家庭月人均收入低于低保标准的差额发放',
                 '申请人可委托村（居）民委员会代为提出申请'],
     situations=[S('本人申请', '以家庭为单位由户主或家庭成员申请。'), S('委托申请', '本人申请有困难的，委托村（居）民委员会代为申请。')],
     materials=[M('家庭成员居民身份证和户口簿'),
                M('家庭经济状况核对授权书', note='所有共同生活家庭成员签字'),
                M('收入情况声明'),
                M('残疾、患病等证明', required=False, note='有重病、残疾成员的提供')],
     steps=[S('申请', '向户籍所在地乡镇（街道）提出申请，或通过“松涛办”在线申请。'),
            S('调查核对', '乡镇（街道）开展家庭经济状况核对和入户调查。'),
            S('公示', '审核意见在申请人所在村（社区）公示7天。'),
            S('审批', '区县民政局审批，审批通过的从次月起发放低保金。')],
     legal=T(30, note='特殊情况可延长至45个工作日'), promised=T(20),
     fee=FREE(), online=ON('online_apply', '/mzj/db', 1), window='民政综合窗口 1楼 20–22号',
     appointment=False, express=False, cross_region='none', complaint='12345',
     legal_basis=['《社会救助暂行办法》'], updated='2026-01-10',
     halls_by={'zx': [('hall-zx-center', '民政综合窗口 2楼'), ('hall-zx-taoyuan', '社会救助窗口')]})

item('civil-affairs', base='000112205000', name='临时救助', kind='mz', dept='02', k='1102',
     aliases=['急难救助', '临时困难补助', '突发困难救助', '生病没钱救助'],
     item_type='行政给付', so=['natural_person'], life=['救助'],
     conditions=['因火灾、交通事故、突发重大疾病等导致基本生活暂时出现严重困难的家庭或个人',
                 '临时救助金额一般不超过本市月低保标准的3倍，即3150元',
                 '对情况紧急的实行“先行救助”，事后补齐材料',
                 '非本市户籍人员在本市遭遇急难的，可向急难发生地申请'],
     materials=[M('申请人居民身份证'), M('困难情况说明'),
                M('医疗费用票据或事故证明', form='复印件', required=False)],
     steps=[S('申请', '向乡镇（街道）或区县民政局提出申请。'),
            S('审核', '乡镇（街道）审核，必要时入户调查。'),
            S('审批发放', '区县民政局审批，发放救助金。')],
     legal=T(15), promised=T(10, note='先行救助的24小时内发放'),
     fee=FREE(), online=ON('online_apply', '/mzj/lsjz', 1), window='民政综合窗口 1楼 20–22号',
     appointment=False, express=False, cross_region='none', complaint='12345',
     legal_basis=['《社会救助暂行办法》第四十七条'], updated='2026-01-10')

item('civil-affairs', base='000112206000', name='高龄津贴申领', kind='mz', dept='02', k='1103',
     aliases=['高龄补贴', '老人补贴', '八十岁补贴', '长寿金', '高齡津貼'],
     item_type='行政给付', so=['natural_person'], life=['养老'],
     conditions=['本市户籍、年满80周岁的老年人',
                 '80至89周岁的，每人每月100元',
                 '90至99周岁的，每人每月300元',
                 '100周岁及以上的，每人每月800元',
                 '自申请次月起按月发放',
                 '老人本人行动不便的，可由家属代为申请'],
     situations=[S('本人申请', '老人本人申请。'), S('家属代办', '家属持老人身份证和本人身份证代为申请。')],
     materials=[M('老人居民身份证'), M('老人本人名下社会保障卡或银行卡'),
                M('代办人居民身份证', situation='家属代办')],
     steps=[S('申请', '在线或到乡镇（街道）便民服务中心申请。'),
            S('审核', '乡镇（街道）审核户籍和年龄信息。'),
            S('发放', '审核通过后按月发放，每年需进行一次生存认证。')],
     legal=T(15), promised=T(10),
     fee=FREE(), online=ON('online_apply', '/mzj/gljt', 1), window='民政综合窗口 1楼 20–22号',
     appointment=False, express=False, cross_region='none', complaint='12345',
     legal_basis=['《松涛市高龄津贴发放办法》'], updated='2025-12-22',
     halls_by={'zx': [('hall-zx-center', '民政综合窗口 2楼'), ('hall-zx-taoyuan', '社会救助窗口')]})

item('civil-affairs', base='000112207000', name='老年人优待证办理', kind='mz', dept='02', k='1104',
     aliases=['老年证', '老人卡', '老年优待证', '坐公交老人卡', '老年證'],
     item_type='公共服务', so=['natural_person'], life=['养老'],
     conditions=['年满60周岁的本市户籍老年人和常住本市的非本市户籍老年人',
                 '持证享受公园、景区门票减免等优待',
                 '65周岁以上老年人持证免费乘坐市内公交',
                 '可由家属代为办理'],
     materials=[M('老人居民身份证'), M('近期1寸免冠照片', required=False, note='在线办理的上传电子照片'),
                M('代办人居民身份证', situation='家属代办')],
     situations=[S('家属代办', '家属持老人身份证代为办理。')],
     steps=[S('申请', '通过“松涛办”或便民服务中心申请。'), S('制证', '审核通过后制证。'), S('领证', '到窗口领取或邮寄到家。')],
     legal=T(5), promised=T(0, note='窗口申请的即时办结'),
     fee=FREE(), online=ON('full_online', '/mzj/lnz', 0), window='民政综合窗口 1楼 20–22号',
     appointment=False, express=True, cross_region='全市通办', complaint='12345',
     legal_basis=['《中华人民共和国老年人权益保障法》'], result='松涛市老年人优待证', updated='2025-12-22')

item('funeral', base='000112208000', name='惠民殡葬补贴申领', kind='mz', dept='02', k='1105',
     aliases=['殡葬补贴', '火化费减免', '丧事补贴', '骨灰安葬补贴', '殯葬補貼'],
     item_type='行政给付', so=['natural_person'], life=['身后'],
     conditions=['本市户籍居民去世后在本市殡仪馆火化的，免除遗体接运、存放、火化等基本殡葬服务费用',
                 '基本殡葬服务费用减免标准为每具遗体最高1500元',
                 '选择树葬、海葬等节地生态安葬的，给予一次性奖补3000元',
                 '基本殡葬服务费用在殡仪馆结算时直接减免，无需另行申请',
                 '节地生态安葬奖补应在安葬之日起6个月内申请'],
     situations=[S('基本殡葬服务费用减免', '在殡仪馆结算时直接减免。'),
                 S('节地生态安葬奖补', '由逝者家属提出申请。')],
     materials=[M('逝者火化证明', source='政府部门核发'),
                M('申请人居民身份证'),
                M('生态安葬证明', situation='节地生态安葬奖补', source='政府部门核发'),
                M('申请人银行卡', situation='节地生态安葬奖补')],
     steps=[S('申请', '在殡仪馆直接减免，或向区县民政局申请生态安葬奖补。'),
            S('审核', '区县民政局审核。'),
            S('发放', '审核通过后发放至申请人银行卡。')],
     legal=T(20), promised=T(10),
     fee=FREE(), online=ON('offline_only', None, 1), window='民政综合窗口 1楼 20–22号',
     appointment=False, express=False, cross_region='none', complaint='12345',
     legal_basis=['《殡葬管理条例》'], updated='2025-07-08')

# ---------------------------------------------------------------- 残疾人
item('disability', base='000119201000', name='残疾人证核发', kind='cl', dept='10', k='1201',
     aliases=['办残疾证', '残疾证', '评残', '残疾等级评定', '殘疾證'],
     item_type='行政确认', so=['natural_person'], life=['残疾'],
     conditions=['视力、听力、言语、肢体、智力、精神残疾或多重残疾的人员可申请',
                 '须到残联指定的评定机构进行残疾评定，评残费用由残联承担',
                 '未满18周岁或无民事行为能力的，由监护人代为申请',
                 '残疾人证申领实行跨省通办'],
     situations=[S('本人申请', '本人到场申请。'), S('监护人代办', '未成年人或无民事行为能力人由监护人代办。')],
     materials=[M('居民身份证或户口簿'), M('近期2寸白底免冠彩色照片', copies=3),
                M('监护人居民身份证', situation='监护人代办')],
     steps=[S('申请', '向户籍所在地区县残联提出申请，可在线申请。'),
            S('评定', '到指定评定机构进行残疾评定。'),
            S('审核', '区县残联审核评定结果，审核通过的予以公示5个工作日。'),
            S('发证', '制发第三代残疾人证，可邮寄。')],
     legal=T(30), promised=T(20, note='评定时间不计入'),
     fee=FREE(), online=ON('online_apply', '/cl/cjrz', 1), window='残联窗口 2楼',
     appointment=True, express=True, cross_region='跨省通办', complaint='12345',
     legal_basis=['《中国残疾人联合会关于印发〈中华人民共和国残疾人证管理办法〉的通知》'], result='中华人民共和国残疾人证', updated='2025-09-18')

item('disability', base='000119202000', name='困难残疾人生活补贴和重度残疾人护理补贴', kind='mz', dept='02', k='1202',
     aliases=['两项补贴', '残疾人补贴', '残疾人护理补贴', '残疾人生活补贴'],
     item_type='行政给付', so=['natural_person'], life=['残疾'],
     conditions=['持有第二代或第三代残疾人证的本市户籍残疾人',
                 '低保家庭中的残疾人可享受困难残疾人生活补贴，标准为每人每月160元',
                 '残疾等级为一级、二级的重度残疾人可享受护理补贴，标准为每人每月200元',
                 '两项补贴可同时享受',
                 '可由家属或监护人代为申请'],
     situations=[S('本人申请', '本人申请。'), S('家属代办', '由家属或监护人代为申请。')],
     materials=[M('残疾人证'), M('居民身份证'), M('本人银行卡或社会保障卡'),
                M('代办人居民身份证', situation='家属代办')],
     steps=[S('申请', '向乡镇（街道）提出申请，或通过“松涛办”在线申请。'),
            S('审核', '乡镇（街道）初审、区县残联复核。'),
            S('审批', '区县民政局审批，从审批次月起发放。')],
     legal=T(30), promised=T(20),
     fee=FREE(), online=ON('online_apply', '/mzj/cjbt', 1), window='民政综合窗口 1楼 20–22号',
     appointment=False, express=False, cross_region='none', complaint='12345',
     legal_basis=['《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》'], updated='2025-09-18')

# ---------------------------------------------------------------- 教育
item('education', base='000120201000', name='小学一年级新生入学报名', kind='jy', dept='11', k='1301',
     aliases=['小学报名', '一年级报名', '孩子上小学', '小学入学'],
     item_type='公共服务', so=['natural_person'], life=['入学'],
     conditions=['当年8月31日前年满6周岁的适龄儿童',
                 '本区县户籍适龄儿童按学区划分就近入学',
                 '随迁子女父母一方持有本市居住证满1年，且在本市连续缴纳社会保险满1年',
                 '每年5月15日至5月31日网上报名',
                 '录取结果于7月10日前公布'],
     situations=[S('本地户籍', '户籍和居住地在学区内。'), S('随迁子女', '父母在本市务工、经商的非本市户籍儿童。')],
     materials=[M('儿童居民户口簿'), M('父母居民身份证'),
                M('房屋产权证明或租赁合同', form='复印件'),
                M('居住证', situation='随迁子女'),
                M('社会保险缴费证明', situation='随迁子女', exempt=True, note='通过社保信息共享核验')],
     steps=[S('网上报名', '在“松涛入学”平台填写信息。'),
            S('审核', '教育局会同公安、住建、人社部门核验信息。'),
            S('录取', '按学区分配学位，公布录取结果。'),
            S('报到', '凭录取通知到学校报到。')],
     legal=T(30), promised=T(20),
     fee=FREE(), online=ON('full_online', '/jyj/xxrx', 0), window='教育服务窗口 2楼',
     hours='每年5月15日至5月31日报名期间：周一至周六 8:30–12:00、14:00–17:30',
     appointment=False, express=False, cross_region='none', complaint='12345',
     legal_basis=['《中华人民共和国义务教育法》'], result='入学通知书', updated='2026-04-15')

# ---------------------------------------------------------------- 企业 / 个体
item('business', base='000122201000', name='个体工商户设立登记', kind='sc', dept='12', k='1401',
     aliases=['办个体执照', '开店办营业执照', '个体户注册', '开小店', '個體戶登記'],
     item_type='行政许可', so=['natural_person'], life=['创业'],
     conditions=['有经营能力的自然人可申请',
                 '经营场所须合法，可使用住宅作为经营场所的须符合当地规定',
                 '个体工商户可以起字号，也可以不起字号',
                 '可委托他人代为办理，须提交委托书和代理人身份证'],
     situations=[S('本人申请', '经营者本人申请。'), S('委托代理', '委托他人代为申请。')],
     materials=[M('个体工商户登记（备案）申请书', note='在线填写'), M('经营者居民身份证'),
                M('经营场所使用证明', form='复印件'),
                M('委托书', situation='委托代理'), M('代理人居民身份证', situation='委托代理')],
     steps=[S('申请', '通过“松涛办”企业开办专区或窗口申请。'),
            S('审核', '市场监管部门审核。'),
            S('发照', '核准后发放营业执照，同步生成电子营业执照。')],
     legal=T(15), promised=T(0, note='材料齐全、符合法定形式的即时办结'),
     fee=FREE(), online=ON('full_online', '/scj/gtzc', 0), window='市场准入窗口 2楼 30–35号',
     appointment=True, express=True, cross_region='全市通办', complaint='12315',
     legal_basis=['《促进个体工商户发展条例》'], result='营业执照', updated='2026-03-12')

item('business', base='000122202000', name='有限责任公司设立登记', kind='sc', dept='12', k='1402', regions=['city'],
     aliases=['注册公司', '开公司', '办营业执照', '公司注册', '註冊公司'],
     item_type='行政许可', so=['legal_person'], life=['企业开办'],
     conditions=['公司名称须经自主申报且不与已登记名称重复',
                 '有符合公司章程规定的全体股东认缴的出资额',
                 '全体股东认缴的出资额应自公司成立之日起5年内缴足',
                 '新设企业首套印章免费刻制'],
     materials=[M('公司登记（备案）申请书'), M('公司章程'), M('股东主体资格证明'),
                M('法定代表人、董事、监事的任职文件'), M('住所使用证明', form='复印件')],
     steps=[S('申请', '通过企业开办一网通办平台一表填报。'),
            S('审核', '市场监管部门审核。'),
            S('发照', '核准后发放营业执照并同步刻章、税务、社保信息。')],
     legal=T(15), promised=T(1, note='企业开办全流程1个工作日内办结'),
     fee=FREE(), online=ON('full_online', '/scj/qykb', 0), halls_city=[('hall-st-center', '企业开办专区 3楼')],
     appointment=True, express=True, cross_region='全省通办', complaint='12315',
     legal_basis=['《中华人民共和国公司法》'], result='营业执照', updated='2026-03-12')

item('business', base='000122203000', name='食品经营许可', kind='sc', dept='12', k='1403',
     aliases=['办食品许可证', '开饭店许可证', '餐饮许可证', '食品经营许可证', '卖熟食要办什么证'],
     item_type='行政许可', so=['natural_person', 'legal_person'], life=['创业'],
     conditions=['已取得营业执照等主体资格',
                 '有与经营的食品品种、数量相适应的经营场所和设备设施',
                 '仅销售预包装食品的，无需申请许可，办理备案即可',
                 '食品经营许可证有效期为5年',
                 '需现场核查的，市场监管部门在受理后5个工作日内进行现场核查'],
     materials=[M('食品经营许可申请书'), M('营业执照', exempt=True),
                M('经营场所平面图和设备布局图'), M('食品安全管理制度文本')],
     steps=[S('申请', '在线或窗口申请。'), S('审查', '书面审查材料。'), S('现场核查', '需要时进行现场核查。'), S('发证', '核准后发放食品经营许可证。')],
     legal=T(10), promised=T(5, note='承诺制审批的当场发证'),
     fee=FREE(), online=ON('full_online', '/scj/spjy', 0), window='市场准入窗口 2楼 30–35号',
     appointment=True, express=True, cross_region='none', complaint='12315',
     legal_basis=['《中华人民共和国食品安全法》第三十五条'], result='食品经营许可证', updated='2026-03-12')

item('health', base='000114203000', name='食品从业人员健康体检和健康证明发放', kind='jk', dept='04', k='1404',
     aliases=['办健康证', '健康证', '餐饮健康证', '做健康证体检', '健康證'],
     item_type='公共服务', so=['natural_person'], life=['就业', '创业'],
     conditions=['从事接触直接入口食品工作的食品生产经营人员，应当每年进行健康检查，取得健康证明后方可上岗',
                 '健康证明有效期为1年',
                 '体检当天需空腹'],
     materials=[M('居民身份证')],
     steps=[S('预约', '通过“松涛疾控”公众号预约体检时间。'),
            S('体检', '到疾病预防控制中心体检门诊体检。'),
            S('发证', '体检合格的3个工作日后发放电子健康证明。')],
     legal=T(5), promised=T(3),
     fee=FEE(('健康体检费', '每人60元', '松价费〔2020〕15号')),
     online=ON('offline_only', None, 1), window='体检门诊 1楼',
     appointment=True, express=False, cross_region='none', complaint='12345',
     legal_basis=['《中华人民共和国食品安全法》第四十五条'], result='健康证明（电子）', updated='2026-02-18',
     halls_kind='jk')

# ---------------------------------------------------------------- 税务
item('tax', base='000123201000', name='自然人代开增值税发票', kind='tax', dept='13', k='1501',
     aliases=['代开发票', '个人开发票', '自然人开发票', '个人代开发票', '代開發票'],
     item_type='其他行政权力', so=['natural_person'], life=[],
     conditions=['自然人发生应税行为需要开具发票的，可申请代开',
                 '月销售额10万元以下的，免征增值税',
                 '出租不动产的，应向不动产所在地税务机关申请代开'],
     materials=[M('居民身份证'), M('合同或协议', form='复印件')],
     steps=[S('申请', '通过电子税务局“自然人代开”模块或办税服务厅申请。'),
            S('缴税', '按规定缴纳相关税费。'),
            S('开具', '开具电子发票。')],
     legal=T(1), promised=T(0, note='即时办结'),
     fee=FREE(), online=ON('full_online', '/sw/zrrdk', 0), window='办税服务厅 1楼 40–48号',
     appointment=True, express=False, cross_region='none', complaint='12366',
     legal_basis=['《中华人民共和国发票管理办法》'], result='增值税电子普通发票', updated='2026-01-22')

item('tax', base='000123202000', name='个人所得税综合所得年度汇算', kind='tax', dept='13', k='1502', regions=['city'],
     aliases=['个税汇算', '个税退税', '个人所得税退税', '年度汇算', '個稅退稅'],
     item_type='其他行政权力', so=['natural_person'], life=['就业'],
     conditions=['每年3月1日至6月30日办理上一年度综合所得汇算',
                 '年度综合所得收入不超过12万元且需要补税的，无需办理汇算',
                 '年度汇算需补税金额不超过400元的，无需办理汇算',
                 '可委托扣缴单位或他人代为办理'],
     materials=[M('居民身份证'), M('个人所得税APP实名注册信息', form='电子')],
     steps=[S('申报', '通过个人所得税APP填报。'),
            S('审核', '税务机关审核退税申请。'),
            S('退税', '审核通过后退税款退至本人银行卡。')],
     legal=T(20), promised=T(10, note='退税审核通过后一般10个工作日内到账'),
     fee=FREE(), online=ON('full_online', '/sw/gshs', 0), halls_city=[('hall-st-center', '办税服务区 4楼')],
     appointment=True, express=False, cross_region='跨省通办', complaint='12366',
     legal_basis=['《中华人民共和国个人所得税法》'], updated='2026-02-28')

# ---------------------------------------------------------------- 住房
item('housing', base='000124201000', name='公共租赁住房申请', kind='zj', dept='14', k='1601',
     aliases=['公租房', '申请公租房', '廉租房', '保障房', '公租房怎么申请', '公租房申請'],
     item_type='公共服务', so=['natural_person'], life=['住房'],
     conditions=['本市户籍家庭，或持有本市居住证满2年且在本市连续缴纳社会保险满1年的家庭',
                 '家庭人均月收入低于2800元',
                 '申请人及家庭成员在本市无自有住房',
                 '单身申请人须年满25周岁',
                 '公租房租金按同地段市场租金的60%收取'],
     materials=[M('家庭成员居民身份证和户口簿'), M('居住证', situation='非本市户籍家庭'),
                M('收入证明'), M('婚姻状况证明', exempt=True)],
     situations=[S('本市户籍家庭', '本市户籍家庭申请。'), S('非本市户籍家庭', '持居住证的新市民家庭申请。')],
     steps=[S('申请', '在“松涛办”住房保障专区或区县住建局窗口申请。'),
            S('审核', '街道初审、区县住建局复审。'),
            S('公示', '审核结果在区县住建局网站公示7个工作日。'),
            S('轮候配租', '公示无异议的纳入轮候，按轮候顺序配租。')],
     legal=T(30), promised=T(25, note='公示期不计入'),
     fee=FREE(), online=ON('online_apply', '/zjj/gzf', 1), window='住房保障窗口 2楼',
     appointment=True, express=False, cross_region='none', complaint='12345',
     legal_basis=['《公共租赁住房管理办法》'], result='公共租赁住房配租确认书', updated='2026-03-20',
     status={'yd': 'suspended'})

# ---------------------------------------------------------------- 退役军人
item('veterans', base='000125201000', name='退役军人优待证申领', kind='ty', dept='15', k='1701',
     aliases=['退役军人优待证', '优待证', '当兵的优待证', '退伍军人证', '優待證'],
     item_type='公共服务', so=['natural_person'], life=['退役'],
     conditions=['已完成信息采集的退役军人和其他优抚对象可申领',
                 '本人无法到场的，可委托近亲属代为申请',
                 '持证可享受交通、文旅、医疗等优待'],
     situations=[S('本人申请', '本人申请。'), S('近亲属代办', '委托近亲属代为申请。')],
     materials=[M('居民身份证'), M('退役证件', note='如退伍证、转业证等'),
                M('近亲属关系证明', situation='近亲属代办'), M('代办人居民身份证', situation='近亲属代办')],
     steps=[S('申请', '通过“退役军人优待证”微信小程序或区县退役军人服务中心申请。'),
            S('审核', '区县退役军人事务局审核。'),
            S('制证', '由省级统一制证。'),
            S('发证', '到服务站领取或邮寄。')],
     legal=T(60), promised=T(30),
     fee=FREE(), online=ON('online_apply', '/tyjr/ydz', 1), window='退役军人服务窗口 1楼',
     appointment=False, express=True, cross_region='none', complaint='12345',
     legal_basis=['《中华人民共和国退役军人保障法》'], result='中华人民共和国退役军人优待证', updated='2025-08-01')

# ---------------------------------------------------------------- 就业
item('employment', base='000126201000', name='就业创业证申领', kind='rs', dept='03', k='1801',
     aliases=['就业失业登记证', '失业登记', '就业创业证', '办失业证'],
     item_type='公共服务', so=['natural_person'], life=['就业', '失业'],
     conditions=['法定劳动年龄内、有劳动能力和就业要求的城乡劳动者',
                 '处于无业状态的，可同时办理失业登记',
                 '高校毕业生可在毕业年度申领'],
     materials=[M('居民身份证')],
     steps=[S('申请', '通过“松涛办”或就业服务窗口申请。'), S('办结', '即时生成电子就业创业证。')],
     legal=T(5), promised=T(0, note='即时办结'),
     fee=FREE(), online=ON('full_online', '/rsj/jycy', 0), window='就业服务窗口 1楼',
     appointment=False, express=False, cross_region='全省通办', complaint='12345',
     legal_basis=['《就业服务与就业管理规定》'], result='就业创业证（电子）', updated='2025-10-20')

item('employment', base='000126202000', name='灵活就业人员社会保险补贴', kind='rs', dept='03', k='1802',
     aliases=['灵活就业补贴', '社保补贴', '就业困难人员社保补贴', '4050补贴'],
     item_type='行政给付', so=['natural_person'], life=['就业'],
     conditions=['已认定为就业困难人员，并以灵活就业方式就业后缴纳社会保险费',
                 '按实际缴纳基本养老、医疗保险费的2/3给予补贴',
                 '补贴期限最长不超过3年',
                 '距法定退休年龄不足5年的，补贴期限可延长至退休',
                 '每季度申请一次'],
     materials=[M('居民身份证'), M('就业创业证', exempt=True), M('灵活就业情况承诺书')],
     steps=[S('申请', '每季度通过“松涛办”或就业服务窗口申请。'),
            S('审核', '就业服务机构审核。'),
            S('公示', '补贴名单公示5个工作日。'),
            S('发放', '公示无异议的发放至本人社会保障卡。')],
     legal=T(30), promised=T(20),
     fee=FREE(), online=ON('online_apply', '/rsj/lhjy', 1), window='就业服务窗口 1楼',
     appointment=False, express=False, cross_region='none', complaint='12345',
     legal_basis=['《就业补助资金管理办法》'], updated='2025-10-20')


# ---------------------------------------------------------------- halls
def HOURS_SPLIT():
    return [{'days': [1, 2, 3, 4, 5], 'open': '08:30', 'close': '12:00'},
            {'days': [1, 2, 3, 4, 5], 'open': '14:00', 'close': '17:30'}]


HALLS = [
    dict(id='hall-st-center', name='松涛市民服务中心', region='339900',
         address='松涛市鹤鸣区松风大道100号市民服务中心1-4楼', location={'lat': 28.4512, 'lon': 119.9236},
         hours=[{'days': [1, 2, 3, 4, 5], 'open': '09:00', 'close': '17:30'}, {'days': [6], 'open': '09:00', 'close': '12:00'}],
         hours_note='工作日中午不休息；周六上午仅开放社保、医保、户政综合窗口；法定节假日休息。',
         phone='0588-81112345', appointment_url=URL + '/yuyue/hall-st-center',
         transit='乘坐公交2路、15路至“市民中心”站下车；地铁2号线“松风大道站”C出口。'),
    dict(id='hall-st-exit', name='松涛市公安局出入境接待大厅', region='339900',
         address='松涛市枫桥区枫林路58号', location={'lat': 28.4398, 'lon': 119.9051},
         hours=[{'days': [1, 2, 3, 4, 5], 'open': '08:30', 'close': '17:30'}, {'days': [6], 'open': '08:30', 'close': '12:00'}],
         hours_note='周六上午只办理受理和领证业务；法定节假日休息。',
         phone='0588-81190000', appointment_url=URL + '/yuyue/hall-st-exit',
         transit='乘坐公交6路至“枫林路口”站下车，步行约200米。'),
    dict(id='hall-st-vehicle', name='松涛市公安局交通警察支队车辆管理所', region='339900',
         address='松涛市玉带区通衢路200号', location={'lat': 28.4701, 'lon': 119.9532},
         hours=HOURS_SPLIT(), hours_note='法定节假日休息；驾驶证业务可通过“交管12123”APP办理。',
         phone='0588-81170000', appointment_url=URL + '/yuyue/hall-st-vehicle',
         transit='乘坐公交9路、22路至“车管所”站下车。'),
    dict(id='hall-st-hpf', name='松涛市住房公积金管理中心服务大厅', region='339900',
         address='松涛市鹤鸣区松风大道118号', location={'lat': 28.4521, 'lon': 119.9262},
         hours=[{'days': [1, 2, 3, 4, 5], 'open': '09:00', 'close': '17:00'}],
         hours_note='中午不休息；法定节假日休息；公积金热线12329。',
         phone='0588-81180000', appointment_url=URL + '/yuyue/hall-st-hpf',
         transit='乘坐公交2路至“市民中心”站下车，向东步行约150米。'),
    dict(id='hall-st-estate', name='松涛市不动产登记中心', region='339900',
         address='松涛市枫桥区丹枫路16号', location={'lat': 28.4355, 'lon': 119.9117},
         hours=HOURS_SPLIT(), hours_note='每周三延时服务至19:00（仅限查询业务）；法定节假日休息。',
         phone='0588-81160000', appointment_url=URL + '/yuyue/hall-st-estate',
         transit='乘坐公交6路、11路至“丹枫路”站下车。'),
    dict(id='hall-hm-center', name='鹤鸣区政务服务中心', region='339902',
         address='松涛市鹤鸣区白鹤路27号', location={'lat': 28.4603, 'lon': 119.9311},
         hours=HOURS_SPLIT(), hours_note='每周四延时服务至19:00（仅限户政、社保窗口）；法定节假日休息。',
         phone='0588-82212345', appointment_url=URL + '/yuyue/hall-hm-center',
         transit='乘坐公交1路、15路至“白鹤路”站下车。'),
    dict(id='hall-hm-marriage', name='鹤鸣区婚姻登记处', region='339902',
         address='松涛市鹤鸣区鹤鸣公园东门南侧8号', location={'lat': 28.4588, 'lon': 119.9405},
         hours=[{'days': [1, 2, 3, 4, 5], 'open': '08:30', 'close': '12:00'}, {'days': [1, 2, 3, 4, 5], 'open': '14:00', 'close': '17:00'},
                {'days': [6], 'open': '09:00', 'close': '12:00'}],
         hours_note='5月20日、七夕等特殊日期正常开放并延长服务时间；周六上午仅办理结婚登记。',
         phone='0588-82202020', appointment_url=URL + '/yuyue/hall-hm-marriage',
         transit='乘坐公交3路至“鹤鸣公园”站下车，步行约100米。'),
    dict(id='hall-fq-center', name='枫桥区政务服务中心', region='339903',
         address='松涛市枫桥区秋水街99号', location={'lat': 28.4302, 'lon': 119.8987},
         hours=HOURS_SPLIT(), hours_note='法定节假日休息。',
         phone='0588-83312345', appointment_url=URL + '/yuyue/hall-fq-center',
         transit='乘坐公交6路、12路至“秋水街”站下车。'),
    dict(id='hall-yd-center', name='玉带区政务服务中心', region='339904',
         address='松涛市玉带区滨河东路5号玉带大厦1-3楼', location={'lat': 28.4805, 'lon': 119.9601},
         hours=[{'days': [1, 2, 3, 4, 5], 'open': '08:30', 'close': '12:00'}, {'days': [1, 2, 3, 4, 5], 'open': '13:30', 'close': '17:00'}],
         hours_note='法定节假日休息；每月最后一个周六上午开放户政、社保窗口。',
         phone='0588-84412345', appointment_url=URL + '/yuyue/hall-yd-center',
         transit='乘坐公交9路至“玉带大厦”站下车。'),
    dict(id='hall-zx-center', name='竹溪县政务服务中心', region='339921',
         address='竹溪县城关镇翠竹路188号', location={'lat': 28.6012, 'lon': 119.7855},
         hours=HOURS_SPLIT(), hours_note='法定节假日休息。',
         phone='0588-85512345', appointment_url=URL + '/yuyue/hall-zx-center',
         transit='乘坐县城公交1路至“政务中心”站下车。'),
    dict(id='hall-zx-taoyuan', name='竹溪县桃源镇便民服务中心', region='339921101',
         address='竹溪县桃源镇桃花街12号', location={'lat': 28.6533, 'lon': 119.7402},
         hours=HOURS_SPLIT(), hours_note='逢赶集日（农历每月初三、十三、二十三）中午不休息。',
         phone='0588-85560101', appointment_url=URL + '/yuyue/hall-zx-taoyuan',
         transit='乘坐竹溪至桃源城乡公交在“桃源镇政府”站下车。'),
    dict(id='hall-nl-center', name='南麓县政务服务中心', region='339922',
         address='南麓县南山镇迎宾大道66号', location={'lat': 28.3201, 'lon': 120.0213},
         hours=HOURS_SPLIT(), hours_note='法定节假日休息；每周六上午开放社保、医保窗口。',
         phone='0588-86612345', appointment_url=URL + '/yuyue/hall-nl-center',
         transit='乘坐县城公交2路、5路至“迎宾大道”站下车。'),
]
JK_HALL_NOTE = {r: f'{REG[r][1]}疾病预防控制中心体检门诊设在政务服务中心同楼' for r in DISTRICTS}

REGIONS = [
    {'code': '330000', 'name': '浙江省', 'level': 'province'},
    {'code': '339900', 'name': '松涛市', 'level': 'city', 'parent': '330000'},
    {'code': '339902', 'name': '鹤鸣区', 'level': 'county', 'parent': '339900'},
    {'code': '339903', 'name': '枫桥区', 'level': 'county', 'parent': '339900'},
    {'code': '339904', 'name': '玉带区', 'level': 'county', 'parent': '339900'},
    {'code': '339921', 'name': '竹溪县', 'level': 'county', 'parent': '339900'},
    {'code': '339922', 'name': '南麓县', 'level': 'county', 'parent': '339900'},
    {'code': '339921101', 'name': '桃源镇', 'level': 'town', 'parent': '339921'},
]


def build_guide(it, r):
    code = REG[r][0]
    g = {'code': f"{it['base']}-{code}", 'base_code': it['base'], 'name': it['name'], 'aliases': it['aliases'],
         'item_type': it['item_type'], 'status': it.get('status', {}).get(r, 'active'), 'region': code,
         'agency': it.get('agency_override') if r == 'city' and it.get('agency_override') else agency(it['kind'], r),
         'service_object': it['so']}
    if it.get('life'):
        g['life_events'] = it['life']
    g['conditions'] = it['conditions']
    if it.get('situations'):
        g['situations'] = it['situations']
    g['materials'] = it['materials']
    g['steps'] = it['steps']
    g['legal_time_limit'] = it['legal']
    g['promised_time_limit'] = it['promised']
    g['fee'] = it['fee']
    g['online'] = it['online']
    if r == 'city' and it.get('halls_city'):
        g['halls'] = [{'hall': h, 'window': w} for h, w in it['halls_city']]
    elif it.get('halls_by', {}).get(r):
        g['halls'] = [{'hall': h, 'window': w} for h, w in it['halls_by'][r]]
    else:
        h = {'hall': CENTER[r], 'window': it['window']}
        if it.get('halls_kind') == 'jk':
            h['note'] = JK_HALL_NOTE[r]
        g['halls'] = [h]
    if it.get('hours'):
        g['hours'] = it['hours']
    for f in ('appointment', 'express'):
        if f in it:
            g[f] = it[f]
    g['cross_region'] = it['cross_region']
    g['consult_phone'] = phone(r, it['dept'], it['k'])
    g['complaint_phone'] = it['complaint']
    g['legal_basis'] = it['legal_basis']
    if it.get('result'):
        g['result'] = it['result']
    g['updated_at'] = it['updated']
    return copy.deepcopy(g)


import re


class Dumper(yaml.SafeDumper):
    pass


def _str(dumper, value):
    # codes, phones, times and dates are quoted, as catalog-format.md recommends
    if re.fullmatch(r'[0-9][0-9:\-]*', value):
        return dumper.represent_scalar('tag:yaml.org,2002:str', value, style="'")
    return dumper.represent_str(value)


def _list(dumper, value):
    flow = bool(value) and all(isinstance(v, int) for v in value)
    return dumper.represent_sequence('tag:yaml.org,2002:seq', value, flow_style=flow)


Dumper.add_representer(str, _str)
Dumper.add_representer(list, _list)


def dump(path, data, title):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEADER.format(title))
        yaml.dump(data, f, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=1000)


REVOKED = [
    dict(code='000114290000-339900', base_code='000114290000', name='流动人口婚育证明办理',
         aliases=['婚育证明', '流动人口婚育证明', '外出务工婚育证明', '计生证明'],
         item_type='公共服务', status='revoked', region='339900', agency='松涛市卫生健康委员会',
         service_object=['natural_person'], life_events=['婚姻', '出生'],
         conditions=['本事项已取消：流动人口婚育证明已停止办理，办理其他事项时不再要求提供',
                     '需要了解本人生育登记信息的，可登录“松涛办”查询生育登记记录'],
         materials=[M('居民身份证'), M('结婚证', required=False)],
         steps=[S('申请', '到户籍所在地乡镇（街道）计生办申请。'), S('出具', '审核后出具婚育证明。')],
         legal_time_limit=T(5), promised_time_limit=T(3), fee=FREE(), online=ON('offline_only', None, 1),
         halls=[{'hall': 'hall-st-center', 'window': '卫生健康综合窗口 2楼'}],
         appointment=False, express=False, cross_region='none', consult_phone='0588-81040290', complaint_phone='12345',
         legal_basis=['《国务院关于第三批取消中央指定地方实施行政许可事项的决定》（国发〔2017〕7号）'],
         result='流动人口婚育证明', updated_at='2025-05-20'),
    dict(code='000112290000-339902', base_code='000112290000', name='社区居住证明开具',
         aliases=['开居住证明', '社区开证明', '居委会开居住证明', '住址证明'],
         item_type='公共服务', status='revoked', region='339902', agency='松涛市鹤鸣区民政局',
         service_object=['natural_person'],
         conditions=['本事项已取消：社区（村）不再出具居住证明',
                     '需要证明居住情况的，凭居住证、居住登记凭证或房屋租赁登记备案信息办理，办事单位可通过信息共享核查'],
         materials=[M('居民身份证'), M('房屋租赁合同', form='复印件')],
         steps=[S('申请', '向居住地社区居委会申请。'), S('出具', '社区核实后出具证明。')],
         legal_time_limit=T(5), promised_time_limit=T(2), fee=FREE(), online=ON('offline_only', None, 1),
         halls=[{'hall': 'hall-hm-center', 'window': '民政综合窗口 1楼 20–22号'}],
         appointment=False, express=False, cross_region='none', consult_phone='0588-82021190', complaint_phone='12345',
         legal_basis=['《关于做好证明事项清理工作的通知》（国办发〔2018〕47号）'],
         result='居住证明', updated_at='2025-07-31'),
]

BUNDLES = [
    dict(id='bundle-birth', name='出生一件事', aliases=['宝宝出生要办什么', '生孩子后要办哪些手续', '新生儿办证一次办', '出生一件事'],
         description='新生儿出生后，一次申请即可联办出生登记（入户）、城乡居民医保参保、社会保障卡申领和育儿补贴申领；职工还可同步申领生育津贴。可通过“松涛办”出生一件事专区或区县政务服务中心综合窗口办理。',
         items=['000111201000', '000121202000', '000113203000', '000114202000', '000121201000'],
         order_note='先凭出生医学证明办理出生登记；出生后90日内办理城乡居民医保参保，参保后申领社会保障卡；育儿补贴在入户后申请；生育津贴由单位申报，可同步进行。'),
    dict(id='bundle-retire', name='退休一件事', aliases=['办退休要跑哪些部门', '退休手续一次办', '退休一件事'],
         description='职工达到退休年龄时，一次申请联办基本养老保险待遇申领、离退休提取住房公积金和老年人优待证；退休后到外地居住的可同时办理异地就医备案。',
         items=['000113202000', '000118202000', '000112207000', '000121203000'],
         order_note='先办理养老保险待遇申领，退休信息共享后即可提取公积金；年满60周岁的可同时办理老年人优待证；异地安置的办理异地就医备案。'),
    dict(id='bundle-death', name='身后一件事', aliases=['家人去世要办什么', '老人走了要办哪些手续', '身后事办理', '身后一件事'],
         description='亲属去世后，一次申请联办户口注销、惠民殡葬补贴和丧葬补助金、抚恤金申领。',
         items=['000111203000', '000112208000', '000113205000'],
         order_note='先凭死亡医学证明办理户口注销，火化时直接减免基本殡葬服务费用；死亡信息共享后申领丧葬补助金和抚恤金。'),
    dict(id='bundle-shop', name='开小店一件事', aliases=['开个小吃店要办什么', '开饭店要办哪些证', '个体户开店一次办', '开小店一件事'],
         description='开办餐饮小店，一次申请联办个体工商户设立登记、食品经营许可和从业人员健康证明。',
         items=['000122201000', '000122203000', '000114203000'],
         order_note='先办理个体工商户设立登记取得营业执照，再申请食品经营许可；从业人员健康证明可提前办理，上岗前须取得。'),
]

FAQ = [
    dict(id='faq-st-idcard-validity', questions=['身份证有效期是怎么规定的？', '多大年纪身份证是长期的？'],
         answer='居民身份证有效期按申领时的年龄确定：未满16周岁的为5年；16至25周岁的为10年；26至45周岁的为20年；46周岁以上的为长期。',
         agency='松涛市公安局', region='339900', updated_at='2026-02-26', status='active'),
    dict(id='faq-st-idcard-train', questions=['身份证丢了怎么坐火车？', '没带身份证能坐高铁吗？'],
         answer='身份证丢失或忘带的，可在火车站公安制证口办理临时乘坐旅客列车身份证明，免费当场办理，当次有效。',
         agency='松涛市公安局', region='339900', updated_at='2026-02-26', status='active'),
    dict(id='faq-st-marriage-hukou-new', questions=['结婚登记要带户口本吗？', '外地户口能在松涛领结婚证吗？'],
         answer='自2025年5月10日起，内地居民结婚登记实行全国通办，双方只需携带本人有效居民身份证，无需提供户口簿，可在一方常住户口所在地或经常居住地登记。',
         agency='松涛市民政局', region='339900', updated_at='2025-06-05', status='active'),
    dict(id='faq-st-marriage-hukou-old', questions=['办理结婚登记需要带户口簿吗？', '结婚必须回户籍地吗？'],
         answer='办理结婚登记须携带双方户口簿原件，并只能在一方户籍所在地婚姻登记机关办理。',
         agency='松涛市民政局', region='339900', updated_at='2025-05-09', status='revoked'),
    dict(id='faq-st-pension-age', questions=['现在退休年龄怎么算？', '延迟退休怎么算？'],
         answer='自2025年1月1日起实施渐进式延迟法定退休年龄：男职工从60周岁逐步延迟到63周岁，女职工分别从50周岁、55周岁逐步延迟到55周岁、58周岁。可通过“松涛办”退休年龄计算器查询本人退休年龄。',
         agency='松涛市人力资源和社会保障局', region='339900', updated_at='2026-03-30', status='active'),
    dict(id='faq-st-si-break', questions=['社保断缴了有什么影响？', '社保断了几个月还能补吗？'],
         answer='职工基本养老保险缴费年限累计计算，中断后续缴不影响已缴年限。职工医保中断超过3个月的，续缴后设置待遇等待期，等待期内发生的医疗费用不予报销。',
         agency='松涛市社会保险事业管理中心', region='339900', updated_at='2025-11-11', status='active'),
    dict(id='faq-st-hpf-rate', questions=['公积金缴存比例是多少？', '公积金基数什么时候调？'],
         answer='本市住房公积金缴存基数每年7月1日调整一次，单位和职工缴存比例均为5%至12%，缴存基数上限为本市上年度职工月平均工资的3倍。',
         agency='松涛市住房公积金管理中心', region='339900', updated_at='2025-07-01', status='active'),
    dict(id='faq-st-hpf-rent-old', questions=['租房提取公积金每年能提多少？'],
         answer='无房职工租房提取住房公积金，每人每年最高可提取12000元，须提供经备案的租赁合同。',
         agency='松涛市住房公积金管理中心', region='339900', updated_at='2024-12-31', status='revoked'),
    dict(id='faq-st-12345', questions=['12345热线几点有人接？', '晚上能打12345吗？'],
         answer='松涛市12345政务服务便民热线全年无休、24小时人工接听，可咨询政策、查询办事指南，也可投诉建议。',
         agency='松涛市政务服务管理办公室', region='339900', updated_at='2026-01-02', status='active'),
    dict(id='faq-st-passport-photo', questions=['办护照要自己带照片吗？', '出入境大厅照相收费吗？'],
         answer='不需要自带照片。出入境接待大厅提供免费现场照相，照片同时用于证件制作。',
         agency='松涛市公安局出入境管理支队', region='339900', updated_at='2026-04-10', status='active'),
    dict(id='faq-st-driving-expired', questions=['驾照过期了怎么办？', '驾驶证过期一年多还能换吗？'],
         answer='驾驶证超过有效期的不得驾驶机动车。超过有效期一年以上未换证的，驾驶证将被注销；注销未超过二年的，考试道路交通安全法律、法规和相关知识合格后可以恢复驾驶资格。',
         agency='松涛市公安局交通警察支队', region='339900', updated_at='2026-05-06', status='active'),
    dict(id='faq-st-lowincome-car', questions=['家里有车能吃低保吗？'],
         answer='家庭成员名下有机动车的，原则上不予认定低保；残疾人用于功能性补偿代步的机动车、价值较低的摩托车和电动三轮车除外。',
         agency='松涛市民政局', region='339900', updated_at='2026-01-10', status='active'),
    dict(id='faq-st-taoyuan-service',
         answer='竹溪县桃源镇便民服务中心可受理城乡居民养老保险、低保、高龄津贴等民生事项，户籍、身份证业务请到竹溪县政务服务中心或辖区派出所办理。赶集日中午不休息。',
         agency='竹溪县人民政府桃源镇', region='339921101', updated_at='2025-12-01', status='active'),
    dict(id='faq-st-assist',
         answer='本市各级政务服务中心为老年人、残疾人、孕妇等群体提供帮办代办服务，设有“绿色通道”窗口，可优先办理。行动不便的，可拨打所在政务服务中心电话预约上门服务，上门服务不收取任何费用。',
         agency='松涛市政务服务管理办公室', region='339900', updated_at='2025-10-09', status='active'),
    dict(id='faq-st-enrollment-points',
         answer='随迁子女入学实行积分排序，积分由居住证年限、社保缴纳年限和住所情况构成。居住证每满1年计10分，社会保险每连续缴纳满1年计10分，自有住房计20分。学位不足时按积分从高到低安排。',
         agency='松涛市教育局', region='339900', updated_at='2026-04-15', status='active'),
    dict(id='faq-st-newborn-name', questions=['宝宝上户口能用生僻字吗？', '孩子取名有什么限制？'],
         answer='新生儿姓名应使用规范汉字，不得使用或含有已简化的繁体字、已淘汰的异体字、自造字、外国文字、汉语拼音字母、阿拉伯数字和符号等。',
         agency='松涛市公安局', region='339900', updated_at='2026-03-02', status='active'),
    dict(id='faq-st-divorce-cooling', questions=['离婚冷静期多久？', '协议离婚要多长时间？'],
         answer='协议离婚申请受理后有30日离婚冷静期，期间任何一方不愿离婚的可撤回申请。冷静期届满后30日内，双方须亲自到婚姻登记机关申请发给离婚证，逾期未申请的视为撤回申请。',
         agency='松涛市民政局', region='339900', updated_at='2025-06-05', status='active'),
    dict(id='faq-st-heating-none',
         answer='松涛市没有集中供暖，冬季取暖补贴仅针对低保、特困人员发放，每户每年300元，由乡镇（街道）在每年12月随低保金一并发放，无需另行申请。',
         agency='松涛市民政局', region='339900', updated_at='2025-11-28', status='active'),
]


def main():
    gdir = os.path.join(CAT, 'guides')
    os.makedirs(gdir, exist_ok=True)
    for f in os.listdir(gdir):
        os.remove(os.path.join(gdir, f))
    files = {}
    for file, it in ITEMS:
        regs = it.get('regions', DISTRICTS)
        for r in regs:
            files.setdefault(file, []).append(build_guide(it, r))
    titles = {'hukou': '户籍', 'identity': '身份证件、居住证和无犯罪记录证明', 'exit-entry': '出入境证件',
              'marriage': '婚姻登记', 'maternity': '生育和母婴', 'social-insurance': '社会保险', 'medical': '医疗保障',
              'housing-fund': '住房公积金', 'real-estate': '不动产登记', 'vehicles': '车驾管', 'civil-affairs': '民政救助和老年人',
              'funeral': '殡葬', 'disability': '残疾人', 'education': '教育入学', 'business': '市场主体登记和食品经营',
              'health': '卫生健康证明', 'tax': '税务', 'housing': '住房保障', 'veterans': '退役军人', 'employment': '劳动就业'}
    for file, guides in files.items():
        if file == 'tax':
            with open(os.path.join(gdir, 'tax.json'), 'w', encoding='utf-8') as f:
                json.dump(guides, f, ensure_ascii=False, indent=2)
        else:
            dump(os.path.join(gdir, file + '.yaml'), guides, titles[file])
    # revoked: one as a single-object file, one inside a list file
    dump(os.path.join(gdir, 'revoked-marriage-birth-proof.yaml'), REVOKED[0], '已取消的证明事项（单个指南对象）')
    dump(os.path.join(gdir, 'revoked-residence-proof.yml'), [REVOKED[1]], '已取消的证明事项')
    dump(os.path.join(CAT, 'halls.yaml'), HALLS, '办事大厅')
    dump(os.path.join(CAT, 'regions.yaml'), REGIONS, '行政区划')
    dump(os.path.join(CAT, 'bundles.yaml'), BUNDLES, '“一件事”主题套餐')
    dump(os.path.join(CAT, 'faq.yaml'), FAQ, '12345热线知识库条目')
    n = sum(len(v) for v in files.values()) + len(REVOKED)
    print('items', len(ITEMS) + len(REVOKED), 'guides', n)


if __name__ == '__main__':
    main()
