# -*- coding: utf-8 -*-
"""Generate the fictional 泉澜市 catalog (held-out evaluation).  同要素: one item
definition, one guide per implementing region."""
import os, yaml, copy

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'catalog')

REGIONS = [
    dict(code='880000', name='澜江省', level='province'),
    dict(code='880500', name='泉澜市', level='city', parent='880000'),
    dict(code='880502', name='清河区', level='county', parent='880500'),
    dict(code='880503', name='望海区', level='county', parent='880500'),
    dict(code='880504', name='东岭区', level='county', parent='880500'),
    dict(code='880521', name='云溪县', level='county', parent='880500'),
    dict(code='880521101', name='石门镇', level='town', parent='880521'),
]
# key -> (code, name, phone digit, hall id)
DIST = {
    'qh': ('880502', '清河区', '6', 'qhzw'),
    'wh': ('880503', '望海区', '7', 'whzw'),
    'dl': ('880504', '东岭区', '5', 'dlzw'),
    'yx': ('880521', '云溪县', '3', 'yxzw'),
}
CITY = ('880500', '泉澜市', '8')

WD = list(range(1, 6))
def h(*spans, days=WD):
    return [dict(days=days, open=a, close=b) for a, b in spans]

HALLS = [
    dict(id='qlzw', name='泉澜市政务服务中心', region='880500', address='泉澜市清河区市民大道168号',
         location=dict(lat=27.8512, lon=117.4023),
         hours=h(('09:00', '12:00'), ('13:30', '17:30')) + h(('09:00', '12:00'), days=[6]),
         hours_note='周六上午开放综合受理窗口；法定节假日休息', phone='0000-88012300',
         appointment_url='https://zwfw.quanlan.example/yuyue',
         transit='乘坐3路、15路公交至市民中心站下车；地铁1号线市民中心站B口出'),
    dict(id='qhzw', name='清河区政务服务中心', region='880502', address='泉澜市清河区清源路25号',
         location=dict(lat=27.8603, lon=117.3891),
         hours=h(('08:30', '12:00'), ('14:00', '17:30')) + h(('09:00', '12:00'), days=[6]),
         hours_note='周六上午仅开放户政、社保窗口', phone='0000-66012300',
         appointment_url='https://zwfw.quanlan.example/yuyue/qinghe',
         transit='乘坐6路、21路公交至清源路口站，步行约200米'),
    dict(id='whzw', name='望海区政务服务中心', region='880503', address='泉澜市望海区海滨大道301号',
         location=dict(lat=27.8225, lon=117.4517),
         hours=h(('09:00', '17:00')), hours_note='中午不休息，法定节假日休息', phone='0000-77012300',
         appointment_url='https://zwfw.quanlan.example/yuyue/wanghai',
         transit='地铁2号线海滨大道站C口出，向东步行约300米'),
    dict(id='dlzw', name='东岭区政务服务中心', region='880504', address='泉澜市东岭区岭南路88号东岭大厦1-3层',
         location=dict(lat=27.8790, lon=117.4402),
         hours=h(('08:30', '12:00'), ('14:30', '18:00')), phone='0000-55012300'),
    dict(id='yxzw', name='云溪县政务服务中心', region='880521', address='云溪县城关镇溪桥路9号',
         location=dict(lat=27.7421, lon=117.3105),
         hours=h(('08:00', '12:00'), ('14:30', '17:30')) + h(('08:30', '11:30'), days=[6]),
         hours_note='周六上午开放', phone='0000-33012300',
         transit='乘坐县城1路公交至县政务中心站'),
    dict(id='smbm', name='云溪县石门镇便民服务中心', region='880521101', address='云溪县石门镇石门街56号',
         location=dict(lat=27.7098, lon=117.2811),
         hours=h(('08:30', '12:00'), ('14:30', '17:30')), hours_note='逢农历初一、十五集日延长至18:00',
         phone='0000-33712345'),
    dict(id='crj', name='泉澜市公安局出入境接待大厅', region='880500', address='泉澜市清河区警民路12号',
         location=dict(lat=27.8555, lon=117.3960),
         hours=h(('08:30', '17:30')) + h(('09:00', '16:00'), days=[6]),
         hours_note='周六全天受理，周日及法定节假日休息', phone='0000-81101100',
         appointment_url='https://crj.quanlan.example/yuyue',
         transit='乘坐9路公交至警民路站，出入境大厅在公安局大楼东侧'),
    dict(id='bdc', name='泉澜市不动产登记中心', region='880500', address='泉澜市望海区金融街7号',
         location=dict(lat=27.8301, lon=117.4380),
         hours=h(('09:00', '12:00'), ('13:00', '17:00')), phone='0000-82201200',
         appointment_url='https://bdc.quanlan.example/yuyue',
         transit='地铁2号线金融街站A口出'),
    dict(id='gjj', name='泉澜市住房公积金管理中心服务大厅', region='880500', address='泉澜市清河区长乐路66号',
         location=dict(lat=27.8470, lon=117.4105),
         hours=h(('09:00', '17:00')), phone='0000-82312329',
         appointment_url='https://gjj.quanlan.example/yuyue'),
    dict(id='sbdt', name='泉澜市社会保险服务大厅', region='880500', address='泉澜市东岭区劳动路40号',
         location=dict(lat=27.8702, lon=117.4288),
         hours=h(('08:30', '12:00'), ('13:30', '17:00')), phone='0000-86112333',
         transit='乘坐5路、12路公交至劳动路站'),
    dict(id='cgs', name='泉澜市公安局交通警察支队车辆管理所', region='880500', address='泉澜市东岭区环城北路200号',
         location=dict(lat=27.8956, lon=117.4511),
         hours=h(('08:30', '12:00'), ('13:30', '17:30')) + h(('09:00', '12:00'), days=[6]),
         hours_note='周六上午仅办理驾驶证业务', phone='0000-81222122',
         appointment_url='https://ql.122.example/yuyue'),
    dict(id='gzc', name='泉澜市公证处', region='880500', address='泉澜市清河区正义路3号',
         location=dict(lat=27.8533, lon=117.4001),
         hours=h(('09:00', '12:00'), ('14:00', '17:30')), phone='0000-85012348',
         appointment_url='https://gzc.quanlan.example/yuyue'),
    dict(id='whhy', name='望海区婚姻登记处', region='880503', address='泉澜市望海区海棠路17号',
         location=dict(lat=27.8188, lon=117.4602),
         hours=h(('09:00', '12:00'), ('13:30', '17:00')),
         hours_note='5月20日、七夕等特殊日期遇周末照常开放', phone='0000-77215200',
         appointment_url='https://zwfw.quanlan.example/yuyue/hunyin'),
    dict(id='swdt', name='国家税务总局泉澜市税务局办税服务厅', region='880500', address='泉澜市清河区财富路18号',
         location=dict(lat=27.8491, lon=117.4160),
         hours=h(('09:00', '12:00'), ('13:30', '17:00')), phone='0000-89912366'),
    dict(id='zjj', name='泉澜市住房和城乡建设局行政审批窗口', region='880500', address='泉澜市清河区市民大道168号泉澜市政务服务中心3楼',
         location=dict(lat=27.8512, lon=117.4025),
         hours=h(('09:00', '12:00'), ('13:30', '17:30')), phone='0000-84401234'),
]

AG_DIGIT = dict(ga='1', mz='2', wj='3', jy='4', yb='5', rs='6', ty='7', sj='8', sf='9', cl='0')
AG_WIN = dict(ga='公安户政窗口', mz='民政综合窗口', wj='卫健窗口', jy='教育窗口', yb='医保窗口',
              rs='人社窗口', ty='退役军人服务窗口', sj='市场监管窗口', sf='公共法律服务窗口', cl='残联窗口')

def agency(ag, dk):
    code, name, r, hall = DIST[dk]
    if ag == 'ga':
        return '云溪县公安局' if dk == 'yx' else f'泉澜市公安局{name}分局'
    return name + dict(mz='民政局', wj='卫生健康局', jy='教育局', yb='医疗保障局', rs='人力资源和社会保障局',
                       ty='退役军人事务局', sj='市场监督管理局', sf='司法局', cl='残疾人联合会')[ag]

def phone(r, a):
    return f'0000-{r}{a}36{r}{a}0{a}'

def M(name, form='原件', copies=1, required=True, source='申请人自备', exempt=None, situation=None, note=None):
    d = dict(name=name, form=form, copies=copies, required=required, source=source)
    if exempt is not None: d['exempt'] = exempt
    if situation: d['situation'] = situation
    if note: d['note'] = note
    return d

def S(name, description):
    return dict(name=name, description=description)

def T(value, unit='working_day', note=None):
    d = dict(value=value, unit=unit)
    if note: d['note'] = note
    return d

def FEE(*items):
    if not items:
        return dict(charged=False, items=[])
    return dict(charged=True, items=[dict(name=n, amount=a, basis=b) for n, a, b in items])

def ON(depth, url=None, visits=1):
    d = dict(depth=depth, visits=visits)
    if url: d['url'] = url
    return d

U = 'https://zwfw.quanlan.example/bs/'
SFZ_FEE_BASIS = '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》'

# ---------------------------------------------------------------- district items
D = {}
D['sfz_first'] = dict(
    base='880100100101', name='居民身份证首次申领', ag='ga', type='行政确认',
    aliases=['第一次办身份证', '小孩办身份证', '办新身份证', '初次领身份证'],
    events=['出生', '入学'],
    conditions=['具有本区常住户口的中国公民', '年满16周岁的公民应当申领居民身份证；未满16周岁的公民可以依照规定申领',
                '未满16周岁的申领人须由监护人陪同到场，监护人代为填写申领登记表',
                '申领人须本人到受理窗口采集人像和指纹'],
    situations=[S('年满16周岁首次申领', '本人持户口簿到窗口办理'), S('未满16周岁首次申领', '由监护人陪同办理')],
    materials=[M('居民户口簿', source='政府部门核发'),
               M('符合标准的证件照片', form='电子', required=False, note='可在受理窗口现场免费采集，无需自带照片'),
               M('监护人居民身份证', situation='未满16周岁首次申领')],
    steps=[S('申请', '申领人本人到户籍所在地受理窗口，采集人像和指纹'), S('受理', '窗口审核材料，出具受理回执'),
           S('审批', '户政部门审核'), S('制证', '省公安厅统一制证'),
           S('领证', '凭受理回执到原受理窗口领取，或选择邮政寄递到家')],
    legal=T(60, 'natural_day'), promised=T(15, note='自受理之日起计算'),
    fee=FEE(('居民身份证工本费', 20, SFZ_FEE_BASIS)), online=ON('offline_only', visits=1),
    appointment=True, express=True, cross_region='none', result='居民身份证',
    basis=['《中华人民共和国居民身份证法》'])
D['sfz_renew'] = dict(
    base='880100100102', name='居民身份证换领', ag='ga', type='行政确认',
    aliases=['身份证到期换证', '身份证过期了换', '换身份证', '身份证坏了换新的'],
    conditions=['居民身份证有效期满前三个月内可申请换领', '证件严重损坏不能辨认或登记项目发生变更的，应当申请换领',
                '居民身份证有效期：16周岁至25周岁的发给有效期10年的证件；26周岁至45周岁的发给有效期20年的证件；46周岁以上的发给长期有效的证件',
                '可在全国任一公安机关受理点申请换领（跨省通办）'],
    situations=[S('有效期满换领', '证件有效期将满或已过期'), S('证件损坏换领', '证件损坏无法识别'),
                S('登记项目变更换领', '姓名、出生日期等登记项目变更')],
    materials=[M('原居民身份证', note='已过期的证件同样需交回'), M('居民户口簿', required=False, source='政府部门核发',
               note='登记项目变更换领的须提交，其他情形可不提交'),
               M('证件照片', form='电子', required=False, note='可在受理窗口现场免费采集')],
    steps=[S('申请', '本人到受理窗口采集人像和指纹'), S('受理', '交回原证或登记原证信息'), S('制证', '省公安厅统一制证'),
           S('领证', '窗口领取或邮政寄递')],
    legal=T(60, 'natural_day'), promised=T(15, note='异地（跨省）受理的为30个工作日'),
    fee=FEE(('居民身份证工本费', 20, SFZ_FEE_BASIS)), online=ON('online_apply', U + 'sfzhl', 1),
    appointment=True, express=True, cross_region='跨省通办', result='居民身份证',
    basis=['《中华人民共和国居民身份证法》'])
D['sfz_lost'] = dict(
    base='880100100103', name='居民身份证补领', ag='ga', type='行政确认',
    aliases=['身份证丢了', '身份证掉了怎么补', '补办身份证', '身份证被偷了'],
    conditions=['居民身份证丢失的，应当申请补领；补领后原证自动作废',
                '补领须申请人本人到场采集人像和指纹，不能委托他人代办；行动不便的老年人、重病患者可预约上门服务',
                '急需用证的可同时申领临时居民身份证', '可在全国任一公安机关受理点申请补领（跨省通办）'],
    materials=[M('居民户口簿', source='政府部门核发', exempt=True, note='户籍在本区的可免于提交，由窗口在线核验'),
               M('丢失情况说明', required=False, note='本人签名，写明丢失时间和地点')],
    steps=[S('申请', '本人到受理窗口采集人像和指纹'), S('受理', '原证挂失作废'), S('制证', '省公安厅统一制证'),
           S('领证', '窗口领取或邮政寄递')],
    legal=T(60, 'natural_day'), promised=T(15, note='异地（跨省）受理的为30个工作日'),
    fee=FEE(('居民身份证工本费（补领）', 40, SFZ_FEE_BASIS)), online=ON('offline_only', visits=1),
    appointment=True, express=True, cross_region='跨省通办', result='居民身份证',
    basis=['《中华人民共和国居民身份证法》'])
D['sfz_temp'] = dict(
    base='880100100104', name='临时居民身份证申领', ag='ga', type='行政确认',
    aliases=['临时身份证', '没身份证坐飞机', '临时证'],
    conditions=['在申请领取、换领或者补领居民身份证期间，急需使用居民身份证的，可以申请领取临时居民身份证',
                '临时居民身份证有效期为3个月'],
    materials=[M('居民身份证受理回执', note='正在办理正式证件的回执'), M('居民户口簿', required=False, source='政府部门核发')],
    steps=[S('申请', '本人到窗口提出申请并拍照'), S('制发', '当场制发')],
    legal=T(3, 'natural_day'), promised=T(0, note='当场制发'),
    fee=FEE(('临时居民身份证工本费', 10, SFZ_FEE_BASIS)), online=ON('offline_only', visits=1),
    appointment=False, express=False, cross_region='全省通办', result='临时居民身份证',
    basis=['《中华人民共和国临时居民身份证管理办法》'])
D['birth_hukou'] = dict(
    base='880100100201', name='出生登记', ag='ga', type='行政确认',
    aliases=['新生儿落户', '小孩上户口', '宝宝报户口', '新生儿上户口', '孩子入户'],
    events=['出生'],
    conditions=['婴儿出生后应当自出生之日起1个月内申报出生登记；超过1个月的须提交情况说明',
                '婴儿可随父或随母申报常住户口', '由父母、监护人或其委托的近亲属申报'],
    situations=[S('随父落户', '在父亲户籍所在地申报'), S('随母落户', '在母亲户籍所在地申报'),
                S('非婚生育', '父母未办理结婚登记的')],
    materials=[M('出生医学证明', source='政府部门核发', note='由助产医疗机构签发'),
               M('父母双方居民身份证'), M('落户方的居民户口簿', source='政府部门核发'),
               M('结婚证', exempt=True, note='可通过婚姻登记数据共享核验，免于提交'),
               M('非婚生育情况说明', situation='非婚生育', note='须父母双方签名')],
    steps=[S('网上申请', '通过泉澜政务网提交出生登记申请'), S('受理', '户政窗口核验出生医学证明原件'),
           S('登记', '审核通过后当场打印户口簿页')],
    legal=T(30, 'natural_day'), promised=T(0), fee=FEE(),
    online=ON('online_apply', U + 'csdj', 1), appointment=True, express=False, cross_region='none',
    result='居民户口簿（新生儿户口页）', basis=['《中华人民共和国户口登记条例》'])
D['hukou_move'] = dict(
    base='880100100202', name='户口迁入（投靠）', ag='ga', type='行政确认',
    aliases=['投靠落户', '把户口迁过来', '夫妻投靠', '老人投靠子女', '户口迁到老公这边'],
    conditions=['夫妻投靠：双方结婚满2年', '父母投靠子女：男满60周岁、女满55周岁，且子女在本市有合法固定住所',
                '未成年子女投靠父母：父或母一方为本区户籍', '已实行迁移证电子化，无需回原籍开具迁移证（跨省通办）'],
    situations=[S('夫妻投靠', '配偶户口迁入'), S('父母投靠子女', '父母户口迁入子女处'),
                S('未成年子女投靠父母', '未成年子女户口迁入父母处')],
    materials=[M('迁入人居民身份证'), M('迁入人居民户口簿', source='政府部门核发'),
               M('结婚证', situation='夫妻投靠'), M('亲属关系证明', situation='父母投靠子女', note='户口簿能体现亲属关系的免于提交'),
               M('子女房屋产权证明', situation='父母投靠子女', exempt=True, note='可通过不动产登记数据共享核验'),
               M('出生医学证明', situation='未成年子女投靠父母')],
    steps=[S('申请', '向迁入地户政窗口提出申请'), S('审核', '审核迁入条件'),
           S('办结', '准予迁入后，迁入地直接办理落户，原籍户口同步迁出')],
    legal=T(30), promised=T(10), fee=FEE(), online=ON('online_apply', U + 'hkqr', 1),
    appointment=True, express=False, cross_region='跨省通办', result='准予迁入证明、居民户口簿',
    basis=['《中华人民共和国户口登记条例》'])
D['death_hukou'] = dict(
    base='880100100203', name='死亡注销户口', ag='ga', type='行政确认',
    aliases=['人走了销户口', '老人去世户口注销', '死亡销户', '去世了注销户口'],
    events=['身后'],
    conditions=['公民死亡后，应当在1个月内由户主、亲属、抚养人或者邻居申报死亡注销户口',
                '医院内死亡的，以死亡医学证明为准；医院外死亡的，以公安机关出具的死亡证明或火化证明为准'],
    materials=[M('死亡医学证明或火化证明', source='政府部门核发', exempt=True, note='本市签发的可通过数据共享获取'),
               M('死者居民户口簿', source='政府部门核发'),
               M('死者居民身份证', note='无法收回的，由申报人书面说明情况'), M('申报人居民身份证')],
    steps=[S('申报', '到户政窗口申报'), S('注销', '当场注销户口并收回居民身份证')],
    legal=T(3), promised=T(0), fee=FEE(), online=ON('offline_only', visits=1),
    appointment=False, express=False, cross_region='全市通办', result='户口注销证明',
    basis=['《中华人民共和国户口登记条例》'])
D['juzhuzheng'] = dict(
    base='880100100301', name='居住证申领', ag='ga', type='行政确认',
    aliases=['办居住证', '外地人办居住证', '居住证怎么办', '流动人口居住证'],
    conditions=['离开常住户口所在地，到本区居住半年以上，且已办理居住登记满6个月',
                '符合有合法稳定就业、合法稳定住所、连续就读条件之一', '首次申领居住证不收取费用'],
    situations=[S('合法稳定就业', '在本区就业的'), S('合法稳定住所', '在本区有自有或租赁住房的'),
                S('连续就读', '在本区学校连续就读的')],
    materials=[M('居民身份证'), M('证件照片', form='电子', required=False, note='可在窗口现场采集'),
               M('劳动合同或营业执照', situation='合法稳定就业'),
               M('房屋产权证明或房屋租赁合同', situation='合法稳定住所', note='租赁合同须经租赁登记备案'),
               M('学生证或在读证明', situation='连续就读')],
    steps=[S('申请', '网上提交或到窗口申请'), S('审核', '社区民警核查居住情况'), S('制证', '审核通过后制证'),
           S('领证', '窗口领取或邮寄')],
    legal=T(15), promised=T(10), fee=FEE(), online=ON('online_apply', U + 'jzz', 1),
    appointment=False, express=True, cross_region='全市通办', result='泉澜市居住证',
    basis=['《居住证暂行条例》'])
D['marriage'] = dict(
    base='880100200101', name='内地居民结婚登记', ag='mz', type='行政确认',
    aliases=['领结婚证', '扯证', '登记结婚', '领证结婚'],
    events=['婚姻'],
    conditions=['男方年满22周岁，女方年满20周岁', '双方均无配偶，且非直系血亲和三代以内旁系血亲',
                '双方须共同亲自到婚姻登记机关申请，不能委托他人代办',
                '实行全国通办，可在任一方户籍地或经常居住地的婚姻登记机关办理'],
    materials=[M('双方居民身份证'), M('双方近期半身免冠合影2寸照片', copies=3, note='红色背景；可在登记处现场拍摄'),
               M('居民户口簿', required=False, source='政府部门核发', note='全国通办后可不提交')],
    steps=[S('预约', '可通过网上预约选择登记日期'), S('申请', '双方共同到场填写申请结婚登记声明书'),
           S('审查', '登记员审查材料并询问'), S('颁证', '当场颁发结婚证，可选择颁证仪式')],
    legal=T(0), promised=T(0), fee=FEE(), online=ON('offline_only', visits=1),
    hours='周一至周五9:00-12:00、13:30-17:00（法定节假日除外）',
    appointment=True, express=False, cross_region='跨省通办', result='结婚证',
    basis=['《中华人民共和国民法典》', '《婚姻登记条例》'])
D['marriage_replace'] = dict(
    base='880100200102', name='补领结婚证', ag='mz', type='行政确认',
    aliases=['结婚证丢了', '结婚证补办', '补结婚证', '结婚证找不到了'],
    events=['婚姻'],
    conditions=['结婚证遗失或者损毁的，当事人可以向原办理婚姻登记的机关或者一方常住户口所在地的婚姻登记机关申请补领',
                '可由当事人一方申请补领，申请人须亲自到场'],
    situations=[S('双方共同申请', '夫妻双方一起到场'), S('一方申请', '仅一方到场')],
    materials=[M('申请人居民身份证'), M('双方近期半身免冠合影2寸照片', copies=2, situation='双方共同申请'),
               M('申请人近期2寸单人半身免冠照片', copies=2, situation='一方申请'),
               M('婚姻登记档案证明', required=False, note='在其他登记机关结婚的，可由登记处协助调档')],
    steps=[S('申请', '到婚姻登记处填写补领结婚证申请书'), S('审查', '查询婚姻登记档案'), S('发证', '补发结婚证')],
    legal=T(30, 'natural_day'), promised=T(0, note='需跨机关调取婚姻登记档案的，3个工作日内办结'),
    fee=FEE(('结婚证工本费', 9, '国家发展改革委、财政部婚姻登记收费标准')), online=ON('offline_only', visits=1),
    appointment=True, express=False, cross_region='跨省通办', result='结婚证',
    basis=['《婚姻登记条例》'])
D['divorce'] = dict(
    base='880100200103', name='内地居民离婚登记', ag='mz', type='行政确认',
    aliases=['协议离婚', '办离婚', '离婚手续'], events=['婚姻'],
    conditions=['双方自愿离婚，并已对子女抚养、财产及债务处理等事项协商一致', '双方须共同亲自到场，不能委托他人代办',
                '离婚冷静期：自婚姻登记机关收到离婚登记申请之日起30日内，任何一方不愿意离婚的，可以撤回申请'],
    materials=[M('双方居民身份证'), M('双方结婚证'), M('离婚协议书', copies=3, note='须双方亲笔签名，载明子女抚养、财产及债务处理意见'),
               M('双方近期2寸单人半身免冠照片', copies=2, note='每人2张')],
    steps=[S('申请', '双方共同到场提交申请，领取离婚登记申请受理回执单'),
           S('冷静期', '自收到申请之日起30日为离婚冷静期'),
           S('审查', '冷静期届满后30日内，双方共同到婚姻登记机关申请发给离婚证；逾期未申请的视为撤回'),
           S('登记', '审查通过后当场发给离婚证')],
    legal=T(0), promised=T(0, note='不含30日离婚冷静期'), fee=FEE(), online=ON('offline_only', visits=2),
    appointment=True, express=False, cross_region='跨省通办', result='离婚证', basis=['《中华人民共和国民法典》'])
D['birth_reg'] = dict(
    base='880100300101', name='生育登记', ag='wj', type='公共服务',
    aliases=['准生证', '生育服务证', '怀孕了要登记吗', '生孩子登记'], events=['生育', '出生'],
    conditions=['夫妻生育子女均可登记，不设条件限制', '可在夫妻任一方户籍地或现居住地登记'],
    materials=[M('夫妻双方居民身份证', form='电子', exempt=True, note='网上办理时系统自动核验')],
    steps=[S('网上登记', '登录泉澜政务网或“泉澜办”小程序填写信息'), S('出证', '系统即时生成电子生育登记服务单')],
    legal=T(0), promised=T(0), fee=FEE(), online=ON('full_online', U + 'sydj', 0),
    appointment=False, express=False, cross_region='全省通办', result='生育登记服务单（电子）',
    basis=['《澜江省人口与计划生育条例》'])
D['school'] = dict(
    base='880100400101', name='义务教育小学一年级入学登记', ag='jy', type='公共服务',
    aliases=['小孩上小学报名', '一年级报名', '入学登记', '上学报名', '小学招生'], events=['入学'],
    conditions=['当年8月31日前年满6周岁的适龄儿童', '本区户籍儿童按学区划片入学',
                '随迁子女：父母一方持有本区居住证满1年，且有合法稳定就业或住所'],
    situations=[S('本区户籍适龄儿童', '户籍和住房均在学区内'), S('随迁子女', '非本区户籍')],
    materials=[M('居民户口簿', source='政府部门核发'), M('房屋产权证明或购房合同', situation='本区户籍适龄儿童', exempt=True,
               note='可通过不动产登记数据共享核验'),
               M('居住证', situation='随迁子女', note='须在有效期内，且办理满1年'),
               M('劳动合同或营业执照', situation='随迁子女'),
               M('预防接种证查验证明', note='由社区卫生服务中心出具')],
    steps=[S('网上报名', '每年6月1日至6月15日登录泉澜入学服务平台报名'), S('材料审核', '学校审核报名材料'),
           S('派位录取', '7月下旬公布录取结果')],
    legal=T(20), promised=T(20, note='自报名截止之日起计算'), fee=FEE(),
    online=ON('online_apply', 'https://ruxue.quanlan.example', 1), hours='每年6月1日至6月15日网上报名',
    appointment=False, express=False, cross_region='none', result='入学通知书', basis=['《中华人民共和国义务教育法》'])
D['dibao'] = dict(
    base='880100200201', name='最低生活保障申请', ag='mz', type='行政给付',
    aliases=['低保', '吃低保', '申请低保', '办低保', '低保户'], events=['救助'],
    conditions=['具有本区户籍，且在本区实际居住满1年',
                '共同生活的家庭成员月人均收入低于本市最低生活保障标准：城市每人每月850元，农村每人每月680元',
                '家庭财产状况符合本市规定', '申请人本人申请有困难的，可以委托村（居）民委员会代为提出申请'],
    situations=[S('本人申请', '由家庭成员本人提出'), S('委托申请', '委托村（居）民委员会代为提出申请')],
    materials=[M('最低生活保障申请书', note='可在窗口领取，或由村（居）民委员会协助填写'), M('申请人居民身份证'),
               M('居民户口簿', source='政府部门核发'), M('家庭收入情况声明'),
               M('家庭经济状况核对授权书', note='所有共同生活家庭成员均须签字'),
               M('委托书', situation='委托申请')],
    steps=[S('申请', '向户籍所在地镇人民政府（街道办事处）提出申请'), S('调查', '入户调查家庭经济状况'),
           S('公示', '审核意见在申请人所在村（居）公示7天'), S('审批', '区民政局审批'),
           S('发放', '低保金按保障标准与家庭月人均收入的差额按月发放至本人社会保障卡')],
    legal=T(30), promised=T(20), fee=FEE(), online=ON('online_apply', U + 'dibao', 1),
    appointment=False, express=False, cross_region='全市通办', result='最低生活保障金领取证',
    basis=['《社会救助暂行办法》'])
D['tekun'] = dict(
    base='880100200202', name='特困人员救助供养', ag='mz', type='行政给付',
    aliases=['五保户', '特困供养', '孤寡老人救助', '特困人员'], events=['救助'],
    conditions=['无劳动能力、无生活来源、无法定赡养抚养扶养义务人或者其法定义务人无履行义务能力',
                '老年人满60周岁、残疾人或未满16周岁的未成年人',
                '基本生活标准为每人每月1105元，另按照护等级发放照料护理费'],
    situations=[S('分散供养', '在家生活'), S('集中供养', '入住敬老院等供养服务机构')],
    materials=[M('特困人员救助供养申请书'), M('申请人居民身份证'), M('居民户口簿', source='政府部门核发'),
               M('残疾人证', situation='分散供养', required=False, note='残疾人申请的提供')],
    steps=[S('申请', '向户籍所在地镇人民政府（街道办事处）提出申请'), S('调查', '入户调查核实'),
           S('公示', '在申请人所在村（居）公示7天'), S('审批', '区民政局审批'), S('发放', '按月发放供养金')],
    legal=T(30), promised=T(20), fee=FEE(), online=ON('offline_only', visits=1),
    appointment=False, express=False, cross_region='none', result='特困人员救助供养证',
    basis=['《社会救助暂行办法》'])
D['linshi'] = dict(
    base='880100200203', name='临时救助', ag='mz', type='行政给付',
    aliases=['急难救助', '临时困难补助', '家里出事了申请救助', '遇到急事救助'], events=['救助'],
    conditions=['因火灾、交通事故等意外事件或家庭成员突发重大疾病，导致基本生活暂时出现严重困难的家庭或个人',
                '救助金额一般不超过本市城市低保标准的6倍，即最高5100元',
                '情况紧急的实行先行救助，24小时内发放'],
    situations=[S('一般救助', '按程序审核后发放'), S('急难型救助', '先行救助，事后补齐手续')],
    materials=[M('临时救助申请书'), M('申请人居民身份证'), M('困难情况证明材料', note='如医疗费用票据、事故证明等')],
    steps=[S('申请', '向镇（街道）或区民政局提出申请'), S('审核', '核实困难情况'),
           S('公示', '一般救助在村（居）公示3天，急难型救助不公示'), S('发放', '发放救助金')],
    legal=T(15), promised=T(10), fee=FEE(), online=ON('online_apply', U + 'lsjz', 1),
    appointment=False, express=False, cross_region='全市通办', result='临时救助金',
    basis=['《社会救助暂行办法》'])
D['gaoling'] = dict(
    base='880100200301', name='高龄津贴发放', ag='mz', type='行政给付',
    aliases=['高龄补贴', '老人80岁补贴', '长寿补贴', '高龄老人津贴'], events=['养老'],
    conditions=['具有本市户籍且年满80周岁的老年人',
                '津贴标准：80至89周岁每人每月100元，90至99周岁每人每月300元，100周岁及以上每人每月800元',
                '本人行动不便的，可由家属代为申请'],
    situations=[S('本人申请', '老人本人申请'), S('家属代为申请', '由子女等家属代办')],
    materials=[M('老年人居民身份证'), M('社会保障卡', note='津贴发放至老人本人名下社会保障卡金融账户'),
               M('代办人居民身份证', situation='家属代为申请')],
    steps=[S('申请', '网上申请或向户籍所在地社区（村）提出申请'), S('审核', '镇（街道）审核'),
           S('公示', '在社区（村）公示5天'), S('发放', '自审核通过次月起按月发放')],
    legal=T(20), promised=T(15), fee=FEE(), online=ON('full_online', U + 'gljt', 0),
    appointment=False, express=False, cross_region='全市通办', result='高龄津贴按月发放',
    basis=['《澜江省老年人权益保障条例》'])
D['yanglao_butie'] = dict(
    base='880100200302', name='经济困难老年人养老服务补贴', ag='mz', type='行政给付',
    aliases=['养老服务补贴', '居家养老补贴', '失能老人补贴', '困难老人养老补贴'], events=['养老'],
    conditions=['本市户籍年满60周岁', '属于低保、特困或低收入家庭的老年人',
                '经能力评估为失能或半失能',
                '补贴标准：失能老人每人每月400元，半失能老人每人每月200元，以居家养老服务券形式发放'],
    materials=[M('养老服务补贴申请表'), M('老年人居民身份证'), M('老年人能力评估报告', source='中介机构', note='由区民政局委托的评估机构免费上门评估')],
    steps=[S('申请', '向社区（村）提出申请'), S('评估', '第三方机构上门评估'), S('公示', '在社区（村）公示7天'),
           S('审批', '区民政局审批'), S('发放', '按月发放居家养老服务券')],
    legal=T(30), promised=T(20), fee=FEE(), online=ON('online_apply', U + 'ylbt', 1),
    appointment=False, express=False, cross_region='none', result='居家养老服务券',
    basis=['《澜江省养老服务条例》'])
D['laonian'] = dict(
    base='880100200303', name='老年人优待证办理', ag='mz', type='公共服务',
    aliases=['老年证', '敬老卡', '老人优待证', '老年卡坐公交'], events=['养老'],
    conditions=['年满60周岁的本市户籍老年人，或在本市居住满6个月的非本市户籍老年人',
                '持证老年人年满65周岁可免费乘坐市内公交车', '本人行动不便的，可由家属持双方身份证代为办理'],
    situations=[S('本市户籍老年人', ''), S('非本市户籍老年人', '持本市居住证')],
    materials=[M('老年人居民身份证'), M('近期1寸免冠照片', note='窗口可现场免费拍照'),
               M('居住证', situation='非本市户籍老年人'), M('代办人居民身份证', required=False, note='家属代办时提供')],
    steps=[S('申请', '网上申请或到窗口申请'), S('制证', '当场制证')],
    legal=T(5), promised=T(0), fee=FEE(), online=ON('online_apply', U + 'lnz', 1),
    appointment=False, express=True, cross_region='全市通办', result='泉澜市老年人优待证',
    basis=['《澜江省老年人权益保障条例》'])
D['canji_zheng'] = dict(
    base='880100500101', name='残疾人证新办', ag='cl', type='行政确认',
    aliases=['办残疾证', '残疾证申请', '第一次办残疾证', '残疾证怎么办'], events=['残疾人'],
    conditions=['具有本区户籍', '视力、听力、言语、肢体、智力、精神残疾或多重残疾',
                '须到区残联指定的医疗机构进行残疾评定，评定费用由残联承担',
                '智力、精神残疾人及未成年人由监护人代为申请'],
    materials=[M('居民户口簿', source='政府部门核发'), M('申请人居民身份证'),
               M('近期2寸免冠白底彩色照片', copies=3), M('残疾评定表', source='政府部门核发', note='由指定医疗机构评定医生填写')],
    steps=[S('申请', '网上或窗口申请，领取评定表'), S('评定', '到指定医疗机构评定'), S('审核', '区残联审核'),
           S('发证', '制证后窗口领取或邮寄')],
    legal=T(20), promised=T(15, note='自评定结论送达之日起计算'), fee=FEE(), online=ON('online_apply', U + 'cjz', 2),
    appointment=False, express=True, cross_region='全省通办', result='中华人民共和国残疾人证',
    basis=['《中华人民共和国残疾人保障法》'])
D['canji_butie'] = dict(
    base='880100500102', name='困难残疾人生活补贴和重度残疾人护理补贴', ag='mz', type='行政给付',
    aliases=['残疾人两项补贴', '残疾补贴', '残疾人护理补贴', '残疾人生活补贴'], events=['残疾人'],
    conditions=['持有第二代中华人民共和国残疾人证', '生活补贴：低保家庭中的残疾人，每人每月120元',
                '护理补贴：残疾等级为一级的每人每月150元，二级的每人每月100元'],
    situations=[S('生活补贴', ''), S('护理补贴', '')],
    materials=[M('残疾人证'), M('申请人居民身份证'), M('社会保障卡', note='补贴发放至本人社会保障卡')],
    steps=[S('申请', '网上或向社区（村）提出申请'), S('审核', '镇（街道）初审、区残联审核'),
           S('公示', '公示5天'), S('发放', '按月发放')],
    legal=T(30), promised=T(20), fee=FEE(), online=ON('online_apply', U + 'cjbt', 1),
    appointment=False, express=False, cross_region='全省通办', result='残疾人两项补贴按月发放',
    basis=['《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》'])
D['jumin_yibao'] = dict(
    base='880100600101', name='城乡居民基本医疗保险参保登记', ag='yb', type='公共服务',
    aliases=['居民医保', '新农合', '交医保', '小孩医保参保', '农村合作医疗'], events=['出生', '医疗'],
    conditions=['不属于职工基本医疗保险覆盖范围的本区户籍居民，或持有本区居住证的非本区户籍人员',
                '新生儿自出生之日起90日内参保缴费的，自出生之日起享受医保待遇',
                '集中缴费期为每年9月1日至12月31日'],
    materials=[M('居民身份证或户口簿', exempt=True, note='网上办理时自动核验'),
               M('出生医学证明', required=False, note='新生儿参保时提供')],
    steps=[S('登记', '通过“泉澜医保”小程序或窗口参保登记'), S('缴费', '通过税务缴费渠道缴纳个人缴费')],
    legal=T(0), promised=T(0),
    fee=FEE(('城乡居民医保个人缴费', '2025年度每人每年380元', '泉澜市医疗保障局年度缴费通知')),
    online=ON('full_online', 'https://ybj.quanlan.example/cb', 0),
    appointment=False, express=False, cross_region='全市通办', result='城乡居民医保参保登记信息',
    basis=['《中华人民共和国社会保险法》'])
D['jumin_yanglao'] = dict(
    base='880100600102', name='城乡居民基本养老保险参保登记', ag='rs', type='公共服务',
    aliases=['农村养老保险', '新农保', '居民养老保险', '农民交养老保险'], events=['养老'],
    conditions=['年满16周岁（不含在校学生），非国家机关和事业单位工作人员，不属于职工基本养老保险覆盖范围的本区户籍居民',
                '个人缴费标准设每年200元至5000元共12个档次，可自主选择', '年满60周岁、累计缴费满15年的可按月领取养老金'],
    materials=[M('居民身份证或户口簿', exempt=True)],
    steps=[S('登记', '网上或到村（社区）代办点登记'), S('缴费', '选择缴费档次，通过税务渠道缴费')],
    legal=T(0), promised=T(0), fee=FEE(), online=ON('full_online', U + 'cxjyl', 0),
    appointment=False, express=False, cross_region='全市通办', result='城乡居民养老保险参保登记信息',
    basis=['《国务院关于建立统一的城乡居民基本养老保险制度的意见》'])
D['youdai'] = dict(
    base='880100700101', name='退役军人优待证申领', ag='ty', type='公共服务',
    aliases=['退役军人优待证', '优待证', '老兵证', '退伍军人优待证'], events=['退役'],
    conditions=['户籍在本区的退役军人和其他优抚对象', '已完成退役军人信息采集'],
    materials=[M('居民身份证'), M('退出现役证明材料', note='如退伍证、转业证等'),
               M('近期2寸蓝底免冠彩色照片', form='电子', note='可网上上传电子照片')],
    steps=[S('申请', '网上或到退役军人服务站申请'), S('审核', '区退役军人事务局审核'), S('制证', '省统一制证'),
           S('领证', '服务站领取或邮寄')],
    legal=T(60, 'natural_day'), promised=T(30), fee=FEE(), online=ON('online_apply', U + 'yddz', 1),
    appointment=False, express=True, cross_region='none', result='中华人民共和国退役军人优待证',
    basis=['《中华人民共和国退役军人保障法》'])
D['geti_new'] = dict(
    base='880100800101', name='个体工商户设立登记', ag='sj', type='行政许可',
    aliases=['办营业执照', '开个体户', '个体执照', '开店办执照', '个体户营业执照'], events=['企业开办', '经营'],
    conditions=['有经营能力的自然人', '有固定的经营场所', '经营范围不属于法律法规禁止的'],
    materials=[M('个体工商户登记（备案）申请书', form='电子'), M('经营者居民身份证', form='电子', exempt=True),
               M('经营场所使用证明', form='电子', note='自有房产提交产权证明，租赁的提交租赁合同；产权证明可通过数据共享免于提交')],
    steps=[S('网上申请', '登录泉澜市场主体登记平台填报'), S('审核', '市场监管部门审核'),
           S('发照', '领取电子营业执照，纸质执照可免费邮寄')],
    legal=T(15), promised=T(1), fee=FEE(), online=ON('full_online', 'https://scjg.quanlan.example/gtzc', 0),
    appointment=False, express=True, cross_region='全市通办', result='营业执照（个体工商户）',
    basis=['《促进个体工商户发展条例》'])
D['geti_change'] = dict(
    base='880100800102', name='个体工商户变更登记', ag='sj', type='行政许可',
    aliases=['营业执照变更', '改执照经营范围', '个体户改名字', '执照换地址'], events=['经营'],
    conditions=['个体工商户登记事项发生变更的，应当自变更之日起30日内申请变更登记'],
    situations=[S('变更经营场所', ''), S('变更经营范围', ''), S('变更名称', '')],
    materials=[M('个体工商户变更登记申请书', form='电子'), M('营业执照正副本', note='电子营业执照可免交'),
               M('变更后经营场所使用证明', situation='变更经营场所')],
    steps=[S('网上申请', '登录泉澜市场主体登记平台'), S('审核', '审核'), S('发照', '换发营业执照')],
    legal=T(15), promised=T(0), fee=FEE(), online=ON('full_online', 'https://scjg.quanlan.example/gtbg', 0),
    appointment=False, express=True, cross_region='全市通办', result='营业执照（个体工商户）',
    basis=['《促进个体工商户发展条例》'])
D['geti_cancel'] = dict(
    base='880100800103', name='个体工商户注销登记', ag='sj', type='行政许可',
    aliases=['注销营业执照', '个体户关门注销', '不干了注销执照', '执照注销'], events=['注销'],
    conditions=['无未结清的债务，已结清应缴税款', '适用简易注销的，须通过国家企业信用信息公示系统公示，公示期20日'],
    materials=[M('个体工商户注销登记申请书', form='电子'),
               M('营业执照正副本', note='遗失的可在国家企业信用信息公示系统免费公告作废')],
    steps=[S('公示', '简易注销在国家企业信用信息公示系统公示，公示期20日'), S('申请', '公示期满无异议后提交注销申请'),
           S('办结', '当场准予注销')],
    legal=T(15), promised=T(0, note='公示期不计入办理时限'), fee=FEE(),
    online=ON('full_online', 'https://scjg.quanlan.example/gtzx', 0),
    appointment=False, express=False, cross_region='全市通办', result='准予注销登记通知书',
    basis=['《促进个体工商户发展条例》'])
D['food_new'] = dict(
    base='880100800201', name='食品经营许可（新办）', ag='sj', type='行政许可',
    aliases=['办食品经营许可证', '开饭店办证', '餐饮许可证', '卖熟食要办什么证', '食品许可证'], events=['企业开办', '经营'],
    conditions=['具有与经营的食品品种、数量相适应的经营场所', '配备专职或兼职食品安全管理人员',
                '从事接触直接入口食品工作的从业人员须持有效健康证明', '仅销售预包装食品的，办理备案即可，无需申请许可'],
    situations=[S('餐饮服务', '开饭店、小吃店、奶茶店等'), S('食品销售', '销售散装食品等')],
    materials=[M('食品经营许可申请书', form='电子'), M('营业执照', form='电子', exempt=True, note='通过电子证照库获取'),
               M('经营场所平面布局图', note='标明设备布局和卫生设施；餐饮服务须标注操作流程'),
               M('食品安全管理制度'), M('从业人员健康证明', note='健康证明有效期为1年')],
    steps=[S('申请', '网上提交申请'), S('受理', '材料齐全当场受理'),
           S('现场核查', '需要现场核查的，于受理后3个工作日内组织核查'), S('决定', '作出许可决定'),
           S('发证', '发证，可邮寄送达')],
    legal=T(10), promised=T(5), fee=FEE(), online=ON('online_apply', 'https://scjg.quanlan.example/spjy', 1),
    appointment=True, express=True, cross_region='none', result='食品经营许可证（有效期5年）',
    basis=['《中华人民共和国食品安全法》', '《食品经营许可和备案管理办法》'])
D['food_change'] = dict(
    base='880100800202', name='食品经营许可（变更）', ag='sj', type='行政许可',
    aliases=['食品许可证变更', '食品经营许可证改信息', '餐饮许可证变更'], events=['经营'],
    conditions=['许可证载明的许可事项发生变化的，应当在变化后10个工作日内申请变更',
                '经营场所迁址的，应当重新申请食品经营许可，不适用变更'],
    materials=[M('食品经营许可变更申请书', form='电子'), M('食品经营许可证正副本'),
               M('与变更事项有关的材料', note='如变更主体业态的提交新的平面布局图')],
    steps=[S('申请', '网上提交'), S('审核', '审核，必要时现场核查'), S('发证', '换发许可证')],
    legal=T(10), promised=T(3), fee=FEE(), online=ON('online_apply', 'https://scjg.quanlan.example/spjybg', 1),
    appointment=True, express=True, cross_region='none', result='食品经营许可证', basis=['《食品经营许可和备案管理办法》'])
D['food_cancel'] = dict(
    base='880100800203', name='食品经营许可（注销）', ag='sj', type='行政许可',
    aliases=['注销食品许可证', '饭店不开了注销许可证', '食品经营许可证注销'], events=['注销'],
    conditions=['食品经营者终止食品经营，或许可被撤回、撤销的，应当在30个工作日内申请注销'],
    materials=[M('食品经营许可注销申请书', form='电子'), M('食品经营许可证正副本', note='遗失的提交遗失情况说明')],
    steps=[S('申请', '网上提交注销申请'), S('办结', '当场办结')],
    legal=T(10), promised=T(0), fee=FEE(), online=ON('full_online', 'https://scjg.quanlan.example/spjyzx', 0),
    appointment=False, express=False, cross_region='none', result='注销食品经营许可决定书',
    basis=['《食品经营许可和备案管理办法》'])
D['legal_aid'] = dict(
    base='880100900101', name='法律援助申请', ag='sf', type='公共服务',
    aliases=['免费请律师', '没钱请律师', '法援', '打官司找律师免费'], events=['法律'],
    conditions=['经济困难标准：家庭月人均收入低于本市最低生活保障标准的2倍',
                '农民工请求支付劳动报酬、工伤赔偿的，免予核查经济困难状况',
                '无民事行为能力人或者限制民事行为能力人，由其法定代理人代为提出申请'],
    situations=[S('本人申请', ''), S('法定代理人代为申请', '')],
    materials=[M('法律援助申请表'), M('申请人居民身份证'),
               M('经济困难状况说明表', note='由申请人如实填写个人诚信承诺，无需村（居）委会盖章'),
               M('与所申请法律援助事项有关的材料', note='如劳动合同、欠条、起诉状等'),
               M('法定代理人身份证明', situation='法定代理人代为申请')],
    steps=[S('申请', '网上或到公共法律服务中心提出申请'), S('审查', '法律援助机构审查'),
           S('决定', '作出给予或不予法律援助的决定'), S('指派', '指派律师承办')],
    legal=T(7), promised=T(5), fee=FEE(), online=ON('online_apply', 'https://fy.quanlan.example', 1),
    appointment=True, express=False, cross_region='全市通办', result='给予法律援助决定书',
    basis=['《中华人民共和国法律援助法》'])
EXTRA_HALLS = {('marriage', 'wh'): 'whhy', ('marriage_replace', 'wh'): 'whhy', ('divorce', 'wh'): 'whhy'}
TOWN_ITEMS = {'dibao', 'tekun', 'linshi', 'gaoling', 'yanglao_butie', 'laonian', 'jumin_yibao', 'jumin_yanglao'}

# ---------------------------------------------------------------- city items
CU = 'https://zwfw.quanlan.example/bs/'
C = {}
C['passport'] = dict(
    base='880200100101', name='普通护照签发', ag='泉澜市公安局', type='行政许可',
    aliases=['办护照', '出国护照', '护照怎么办', '护照过期换发', '护照丢了'], events=['出入境'],
    conditions=['中国公民因私出国', '未满16周岁的申请人须由监护人陪同办理',
                '可在全国任一出入境管理窗口申请（跨省通办）', '护照有效期不足6个月的可申请换发'],
    situations=[S('首次申请', ''), S('换发', '有效期不足6个月或签证页用完'), S('补发', '护照遗失或被盗')],
    materials=[M('居民身份证'), M('出入境证件申请表', note='可现场填写或在自助机打印'),
               M('出入境证件照片', form='电子', note='可现场免费采集'), M('原护照', situation='换发'),
               M('护照遗失情况说明', situation='补发'), M('监护人居民身份证', required=False, note='未满16周岁申请人提供')],
    steps=[S('预约', '通过“泉澜出入境”预约'), S('受理', '窗口采集照片、指纹'), S('审批', '审批'),
           S('制证', '制证'), S('领证', '窗口领取或选择邮寄')],
    legal=T(15), promised=T(7), fee=FEE(('普通护照', 120, '国家发展改革委、财政部出入境证件收费标准')),
    online=ON('online_apply', 'https://crj.quanlan.example', 1), halls=['crj'],
    appointment=True, express=True, cross_region='跨省通办', result='中华人民共和国普通护照',
    basis=['《中华人民共和国护照法》'], phone='0000-81101101')
C['gangao'] = dict(
    base='880200100102', name='往来港澳通行证及签注签发', ag='泉澜市公安局', type='行政许可',
    aliases=['港澳通行证', '去香港办证', '港澳签注', '去澳门旅游办证', '港澳通行证续签'], events=['出入境'],
    conditions=['内地居民因私前往香港、澳门', '持有效电子往来港澳通行证的，再次签注可在自助签注机即时办理'],
    situations=[S('办证并签注', ''), S('仅办理签注', '已有有效通行证')],
    materials=[M('居民身份证'), M('出入境证件照片', form='电子', note='可现场免费采集'),
               M('往来港澳通行证', situation='仅办理签注')],
    steps=[S('受理', '窗口或自助机受理'), S('审批', '审批'), S('发证', '领取或邮寄')],
    legal=T(15), promised=T(7, note='自助签注机办理签注的即时办结'),
    fee=FEE(('往来港澳通行证（电子）', 60, '出入境证件收费标准'), ('一次有效签注', 15, '出入境证件收费标准'),
            ('二次有效签注', 30, '出入境证件收费标准')),
    online=ON('online_apply', 'https://crj.quanlan.example', 1), halls=['crj'],
    appointment=True, express=True, cross_region='跨省通办', result='往来港澳通行证',
    basis=['《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》'], phone='0000-81101101')
C['taiwan'] = dict(
    base='880200100103', name='往来台湾通行证及签注签发', ag='泉澜市公安局', type='行政许可',
    aliases=['台湾通行证', '去台湾办证', '大陆居民往来台湾通行证'], events=['出入境'],
    conditions=['大陆居民因私前往台湾地区'],
    materials=[M('居民身份证'), M('出入境证件照片', form='电子', note='可现场免费采集')],
    steps=[S('受理', '窗口受理'), S('审批', '审批'), S('发证', '领取或邮寄')],
    legal=T(15), promised=T(10),
    fee=FEE(('往来台湾通行证（电子）', 60, '出入境证件收费标准'), ('一次有效签注', 15, '出入境证件收费标准')),
    online=ON('online_apply', 'https://crj.quanlan.example', 1), halls=['crj'],
    appointment=True, express=True, cross_region='跨省通办', result='往来台湾通行证',
    basis=['《中国公民往来台湾地区管理办法》'], phone='0000-81101101')
C['gjj_rent'] = dict(
    base='880200200101', name='住房公积金提取（租赁住房）', ag='泉澜市住房公积金管理中心', type='公共服务',
    aliases=['租房提公积金', '公积金交房租', '公积金提取', '公积金取出来'], events=['住房'],
    conditions=['职工及配偶在本市无自有住房且租房自住', '连续足额缴存住房公积金满3个月',
                '每年可提取1次，提取额度：单身职工每年不超过15000元，已婚家庭每年不超过24000元'],
    materials=[M('居民身份证'), M('无房证明', exempt=True, note='由中心通过不动产登记数据共享核查，无需提交'),
               M('房屋租赁合同', required=False, note='租住商品房按实际房租提取的须提交登记备案的租赁合同'),
               M('本人银行卡', note='须为一类借记卡')],
    steps=[S('申请', '通过泉澜公积金网上服务大厅或“泉澜公积金”APP申请'), S('审核', '系统自动审核'),
           S('到账', '提取资金转入本人名下银行卡')],
    legal=T(3), promised=T(0), fee=FEE(), online=ON('full_online', 'https://gjj.quanlan.example/tq', 0),
    halls=['gjj'], appointment=True, express=False, cross_region='全市通办', result='提取资金到账',
    basis=['《住房公积金管理条例》'], phone='0000-82312329')
C['gjj_retire'] = dict(
    base='880200200102', name='住房公积金提取（离休、退休）', ag='泉澜市住房公积金管理中心', type='公共服务',
    aliases=['退休提公积金', '退休了公积金怎么取', '公积金销户', '退休销户提取'], events=['退休'],
    conditions=['职工达到法定退休年龄并办理离休、退休手续', '提取本人住房公积金账户全部余额并销户'],
    materials=[M('居民身份证'), M('离退休证明', exempt=True, note='通过社保数据共享核验，无需提交'), M('本人银行卡')],
    steps=[S('申请', '网上或窗口申请'), S('到账', '即时审核，资金转入本人银行卡')],
    legal=T(3), promised=T(0), fee=FEE(), online=ON('full_online', 'https://gjj.quanlan.example/tq', 0),
    halls=['gjj'], appointment=True, express=False, cross_region='跨省通办', result='销户提取资金到账',
    basis=['《住房公积金管理条例》'], phone='0000-82312329')
C['gjj_loan'] = dict(
    base='880200200103', name='住房公积金个人住房贷款', ag='泉澜市住房公积金管理中心', type='公共服务',
    aliases=['公积金贷款', '用公积金买房贷款', '公积金贷多少', '公基金贷款'], events=['住房'],
    conditions=['申请前连续足额缴存住房公积金满6个月', '贷款最高额度：单方缴存职工60万元，双方缴存职工80万元',
                '购买首套住房的首付款比例不低于20%'],
    materials=[M('借款人及配偶居民身份证'), M('婚姻状况证明', exempt=True, note='通过婚姻登记数据共享核验'),
               M('购房合同', note='须为网签备案合同'), M('首付款发票或收据'), M('收入证明', required=False)],
    steps=[S('申请', '预约后到服务大厅提交申请'), S('审批', '中心审批'), S('签约', '签订借款合同并办理抵押登记'),
           S('放款', '放款')],
    legal=T(20), promised=T(15), fee=FEE(), online=ON('online_apply', 'https://gjj.quanlan.example/dk', 2),
    halls=['gjj'], appointment=True, express=False, cross_region='none', result='住房公积金借款合同',
    basis=['《住房公积金管理条例》'], phone='0000-82312329')
C['bdc_transfer'] = dict(
    base='880200300101', name='不动产转移登记（二手房买卖）', ag='泉澜市自然资源和规划局', type='行政确认',
    aliases=['二手房过户', '房子过户', '买房过户', '房产过户'], events=['住房'],
    conditions=['买卖双方共同申请', '已完成网签备案并缴纳相关税费'],
    materials=[M('不动产权证书'), M('买卖双方居民身份证'), M('房屋买卖合同', note='网签备案合同'),
               M('完税凭证', exempt=True, note='通过税务数据共享获取'), M('婚姻状况证明', required=False)],
    steps=[S('预约', '网上预约'), S('受理', '一窗受理，交易、缴税、登记同步办理'), S('审核', '登簿'),
           S('发证', '窗口领取或邮寄不动产权证书')],
    legal=T(30), promised=T(5),
    fee=FEE(('不动产登记费', '住宅每件80元', '财政部 国家发展改革委不动产登记收费标准'),
            ('不动产权证书工本费', '第一本免费，每增加一本10元', '同上')),
    online=ON('online_apply', 'https://bdc.quanlan.example', 1), halls=['bdc'],
    appointment=True, express=True, cross_region='全市通办', result='不动产权证书',
    basis=['《不动产登记暂行条例》'], phone='0000-82201201')
C['bdc_mortgage'] = dict(
    base='880200300102', name='不动产抵押登记', ag='泉澜市自然资源和规划局', type='行政确认',
    aliases=['房子抵押', '办抵押登记', '银行抵押登记', '房产抵押'], events=['住房'],
    conditions=['抵押人与抵押权人共同申请；银行已接入“不动产登记+金融服务”的，可在银行网点直接申请'],
    materials=[M('不动产权证书'), M('抵押合同'), M('主债权合同'), M('双方身份证明')],
    steps=[S('申请', '在银行网点或网上申请'), S('审核', '审核登簿'), S('发证', '生成电子不动产登记证明')],
    legal=T(30), promised=T(0),
    fee=FEE(('不动产登记费', '住宅每件80元，非住宅每件550元', '不动产登记收费标准')),
    online=ON('full_online', 'https://bdc.quanlan.example/dy', 0), halls=['bdc'],
    appointment=True, express=False, cross_region='全市通办', result='不动产登记证明（电子）',
    basis=['《不动产登记暂行条例》'], phone='0000-82201201')
C['bdc_lost'] = dict(
    base='880200300103', name='不动产权证书遗失补发', ag='泉澜市自然资源和规划局', type='行政确认',
    aliases=['房产证丢了', '补房产证', '房本丢了', '土地证丢了补办'], events=['住房'],
    conditions=['不动产权证书遗失、灭失的，权利人可申请补发'],
    materials=[M('补发申请书'), M('权利人居民身份证'), M('遗失声明', note='由登记中心在门户网站免费刊登')],
    steps=[S('申请', '向不动产登记中心申请'), S('公告', '在泉澜市不动产登记中心门户网站发布遗失公告，公告期15个工作日'),
           S('补发', '公告期满无异议的，补发不动产权证书')],
    legal=T(30), promised=T(5, note='公告期不计入办理时限'),
    fee=FEE(('不动产权证书工本费', 10, '不动产登记收费标准')),
    online=ON('online_apply', 'https://bdc.quanlan.example', 1), halls=['bdc'],
    appointment=True, express=True, cross_region='全市通办', result='不动产权证书', basis=['《不动产登记暂行条例》'],
    phone='0000-82201201')
C['jsz_lost'] = dict(
    base='880200400101', name='机动车驾驶证补领', ag='泉澜市公安局交通警察支队', type='行政许可',
    aliases=['驾照丢了', '驾驶证补办', '驾照补证', '驾驶证掉了'], events=['交通'],
    conditions=['机动车驾驶证遗失的，可以向驾驶证核发地或者驾驶人居住地车辆管理所申请补领（跨省通办）'],
    materials=[M('居民身份证'), M('证件照片', form='电子', note='可通过交管12123上传')],
    steps=[S('申请', '通过交管12123APP或到车管所申请'), S('补证', '窗口当场补证或邮寄')],
    legal=T(1), promised=T(0), fee=FEE(('机动车驾驶证工本费', 10, '公安交通管理收费标准')),
    online=ON('full_online', 'https://ql.122.example', 0), halls=['cgs'],
    appointment=True, express=True, cross_region='跨省通办', result='机动车驾驶证',
    basis=['《机动车驾驶证申领和使用规定》'], phone='0000-81222122')
C['jsz_renew'] = dict(
    base='880200400102', name='机动车驾驶证期满换证', ag='泉澜市公安局交通警察支队', type='行政许可',
    aliases=['驾照到期换证', '驾照过期了', '驾驶证换本', '驾照六年换证'], events=['交通'],
    conditions=['机动车驾驶证有效期满前90日内申请换证', '年满70周岁的，须每年提交身体条件证明'],
    materials=[M('居民身份证'), M('机动车驾驶证'),
               M('身体条件证明', source='中介机构', note='由县级或者部队团级以上医疗机构出具，可由医院直接上传电子体检信息')],
    steps=[S('体检', '到指定医院体检'), S('申请', '交管12123APP提交'), S('换证', '邮寄新证')],
    legal=T(1), promised=T(0), fee=FEE(('机动车驾驶证工本费', 10, '公安交通管理收费标准')),
    online=ON('full_online', 'https://ql.122.example', 0), halls=['cgs'],
    appointment=True, express=True, cross_region='跨省通办', result='机动车驾驶证',
    basis=['《机动车驾驶证申领和使用规定》'], phone='0000-81222122')
C['car_reg'] = dict(
    base='880200400103', name='机动车注册登记（新车上牌）', ag='泉澜市公安局交通警察支队', type='行政许可',
    aliases=['新车上牌', '买车上牌照', '上牌', '新车挂牌'], events=['交通'],
    conditions=['机动车所有人住所在本市', '已缴纳车辆购置税并投保交强险'],
    materials=[M('机动车所有人身份证明'), M('购车发票'), M('机动车整车出厂合格证明'),
               M('交强险凭证', exempt=True, note='通过保险信息联网核查'), M('车辆购置税完税证明', exempt=True)],
    steps=[S('查验', '到查验区查验车辆'), S('受理', '选号'), S('发牌', '当场核发号牌、行驶证')],
    legal=T(2), promised=T(0),
    fee=FEE(('机动车号牌工本费', '小型汽车每副100元', '公安交通管理收费标准'), ('机动车行驶证工本费', 10, '同上'),
            ('机动车登记证书工本费', 10, '同上')),
    online=ON('online_apply', 'https://ql.122.example', 1), halls=['cgs'],
    appointment=True, express=False, cross_region='none', result='机动车号牌、机动车行驶证、机动车登记证书',
    basis=['《机动车登记规定》'], phone='0000-81222122')
C['company'] = dict(
    base='880200500101', name='企业设立登记（有限责任公司）', ag='泉澜市市场监督管理局', type='行政许可',
    aliases=['开公司', '注册公司', '办公司营业执照', '成立公司'], events=['企业开办'],
    service=['legal_person', 'natural_person'],
    conditions=['有符合公司章程规定的全体股东认缴的出资额', '有公司名称和住所',
                '通过企业开办“一网通办”平台，营业执照、公章刻制、发票申领、社保登记一次办结，首套印章免费'],
    materials=[M('公司登记（备案）申请书', form='电子'), M('公司章程', form='电子'), M('股东主体资格证明', form='电子'),
               M('住所使用证明', form='电子', note='实行住所申报承诺制')],
    steps=[S('网上申请', '登录泉澜企业开办一网通办平台'), S('审核', '审核'), S('发照', '电子营业执照即时生成，纸质执照免费邮寄')],
    legal=T(15), promised=T(1), fee=FEE(), online=ON('full_online', 'https://qykb.quanlan.example', 0),
    halls=['qlzw'], appointment=False, express=True, cross_region='全市通办', result='营业执照',
    basis=['《中华人民共和国公司法》', '《中华人民共和国市场主体登记管理条例》'], phone='0000-88801234')
C['sgxk'] = dict(
    base='880200600101', name='建筑工程施工许可证核发', ag='泉澜市住房和城乡建设局', type='行政许可',
    aliases=['施工许可证', '办施工证', '开工许可'], events=['建设'], service=['legal_person'],
    conditions=['已经办理该建筑工程用地批准手续', '已取得建设工程规划许可证',
                '工程投资额在100万元以上（含）或者建筑面积在500平方米以上（含）的建筑工程须申请'],
    materials=[M('建筑工程施工许可申请表', form='电子'), M('建设工程规划许可证', exempt=True),
               M('施工合同', form='电子'), M('施工图设计文件审查合格书', exempt=True)],
    steps=[S('申请', '工程建设项目审批管理系统提交'), S('审核', '审核'), S('发证', '核发电子施工许可证')],
    legal=T(7), promised=T(3), fee=FEE(), online=ON('full_online', 'https://gcjs.quanlan.example', 0),
    halls=['zjj'], appointment=False, express=False, cross_region='none', result='建筑工程施工许可证',
    basis=['《中华人民共和国建筑法》', '《建筑工程施工许可管理办法》'], phone='0000-84401234')
C['gz_edu'] = dict(
    base='880200700101', name='学历公证', ag='泉澜市公证处', type='公共服务',
    aliases=['毕业证公证', '出国学历公证', '学位证公证'], events=['出入境'],
    conditions=['申请人为本市户籍或学历在本市取得', '可委托他人代为申请，代理人须持授权委托书'],
    situations=[S('本人申请', ''), S('委托代理', '')],
    materials=[M('申请人居民身份证'), M('毕业证书、学位证书'), M('授权委托书', situation='委托代理', note='须经公证或由申请人到场签署')],
    steps=[S('申请', '网上或到公证处申请'), S('审查', '核实学历真实性'), S('出证', '出具公证书，可邮寄')],
    legal=T(15), promised=T(5),
    fee=FEE(('学历公证费', '每件200元', '澜江省公证服务收费标准'), ('译文相符公证费', '每件100元', '同上')),
    online=ON('online_apply', 'https://gzc.quanlan.example', 1), halls=['gzc'],
    appointment=True, express=True, cross_region='全省通办', result='公证书', basis=['《中华人民共和国公证法》'],
    phone='0000-85012348')
C['gz_inherit'] = dict(
    base='880200700102', name='继承公证', ag='泉澜市公证处', type='公共服务',
    aliases=['遗产继承公证', '父母房子继承', '继承房产公证'], events=['身后'],
    conditions=['全体继承人须到场或委托代理人到场', '被继承人的遗产在本市或被继承人生前住所地在本市'],
    materials=[M('继承人居民身份证'), M('被继承人死亡证明'), M('亲属关系证明'), M('遗产权利凭证', note='如不动产权证书、存款凭证等')],
    steps=[S('申请', '预约后到公证处申请'), S('调查', '核实继承人及遗产情况'), S('出证', '出具公证书')],
    legal=T(30), promised=T(15),
    fee=FEE(('继承公证费', '按遗产价值分段累进收取，最低200元', '澜江省公证服务收费标准')),
    online=ON('offline_only', visits=2), halls=['gzc'], appointment=True, express=False, cross_region='none',
    result='公证书', basis=['《中华人民共和国公证法》'], phone='0000-85012348')
C['retire'] = dict(
    base='880200800101', name='企业职工基本养老保险待遇申领（退休）', ag='泉澜市社会保险事业中心', type='行政给付',
    aliases=['办退休', '退休手续', '领养老金', '退休了怎么领退休金'], events=['退休'],
    conditions=['达到法定退休年龄', '累计缴费年限满15年', '按月领取基本养老金，金额按个人缴费情况计算'],
    situations=[S('正常退休', ''), S('特殊工种提前退休', '从事特殊工种满规定年限')],
    materials=[M('居民身份证'), M('社会保障卡'), M('特殊工种审批材料', situation='特殊工种提前退休')],
    steps=[S('申请', '网上或窗口申请'), S('审核', '审核缴费年限'), S('核定', '核定养老金'), S('发放', '按月发放至社会保障卡')],
    legal=T(20), promised=T(10), fee=FEE(), online=ON('full_online', 'https://sb.quanlan.example/tx', 0),
    halls=['sbdt'], appointment=True, express=False, cross_region='全省通办', result='基本养老金核定表',
    basis=['《中华人民共和国社会保险法》'], phone='0000-86112333')
C['shiye'] = dict(
    base='880200800102', name='失业保险金申领', ag='泉澜市社会保险事业中心', type='行政给付',
    aliases=['失业金', '领失业金', '失业补助金', '没工作了领钱'], events=['就业'],
    conditions=['失业前用人单位和本人已缴纳失业保险费满1年', '非因本人意愿中断就业', '已进行失业登记，并有求职要求',
                '失业保险金按本市最低工资标准的90%发放，每人每月1890元',
                '领取期限：累计缴费满1年不满5年的，最长领取12个月'],
    materials=[M('居民身份证'), M('社会保障卡')],
    steps=[S('申请', '网上申请'), S('审核', '审核'), S('发放', '按月发放至社会保障卡')],
    legal=T(10), promised=T(5), fee=FEE(), online=ON('full_online', 'https://sb.quanlan.example/sy', 0),
    halls=['sbdt'], appointment=False, express=False, cross_region='全省通办', result='失业保险金按月发放',
    basis=['《失业保险条例》'], phone='0000-86112333')
C['flex'] = dict(
    base='880200800103', name='灵活就业人员参保登记', ag='泉澜市社会保险事业中心', type='公共服务',
    aliases=['自由职业交社保', '灵活就业交社保', '个人交社保', '个人缴纳养老保险'], events=['就业'],
    conditions=['年满16周岁、未达到法定退休年龄的无雇工个体工商户、非全日制从业人员等灵活就业人员',
                '缴费基数可在本省社平工资的60%至300%之间自选'],
    materials=[M('居民身份证', exempt=True)],
    steps=[S('登记', '网上登记'), S('缴费', '通过税务渠道按月或按季缴费')],
    legal=T(0), promised=T(0), fee=FEE(), online=ON('full_online', 'https://sb.quanlan.example/lhjy', 0),
    halls=['sbdt'], appointment=False, express=False, cross_region='全省通办', result='参保登记信息',
    basis=['《中华人民共和国社会保险法》'], phone='0000-86112333')
C['sbk'] = dict(
    base='880200800104', name='社会保障卡补换', ag='泉澜市人力资源和社会保障局', type='公共服务',
    aliases=['社保卡丢了', '社保卡补办', '社保卡换卡', '社保卡坏了'], events=['医疗'],
    conditions=['社会保障卡遗失的须先挂失，可拨打0000-86112333或通过“泉澜人社”APP挂失', '卡片损坏换卡的免收工本费'],
    situations=[S('遗失补卡', ''), S('损坏换卡', '')],
    materials=[M('居民身份证'), M('原社会保障卡', situation='损坏换卡')],
    steps=[S('挂失', '遗失的先挂失'), S('申请', '到即时制卡网点申请'), S('制卡', '即时制卡，当场领取')],
    legal=T(5), promised=T(0), fee=FEE(('社会保障卡补卡工本费', 20, '澜江省社会保障卡收费标准')),
    online=ON('online_apply', 'https://sb.quanlan.example/sbk', 1), halls=['sbdt', 'qlzw'],
    appointment=False, express=True, cross_region='全市通办', result='社会保障卡', basis=['《社会保障卡管理办法》'],
    phone='0000-86112333')
C['invoice'] = dict(
    base='880200900101', name='发票领用', ag='国家税务总局泉澜市税务局', type='其他行政权力',
    aliases=['领发票', '申请发票', '怎么开发票', '数电发票'], events=['经营'], service=['legal_person', 'natural_person'],
    conditions=['已办理税务信息确认的纳税人', '全面推行数电发票，通过电子税务局直接开具，无需领用纸质发票'],
    materials=[M('经办人身份证明', form='电子', exempt=True)],
    steps=[S('申请', '登录电子税务局'), S('开票', '确认开票额度后直接开具数电发票')],
    legal=T(5), promised=T(0), fee=FEE(), online=ON('full_online', 'https://etax.lanjiang.example', 0),
    halls=['swdt'], appointment=True, express=False, cross_region='全省通办', result='数电发票开票额度',
    basis=['《中华人民共和国发票管理办法》'], phone='0000-89912366')
C['gongzu'] = dict(
    base='880201000101', name='公共租赁住房申请', ag='泉澜市住房和城乡建设局', type='公共服务',
    aliases=['公租房', '申请公租房', '廉租房', '租政府的房子'], events=['住房'],
    conditions=['申请人家庭在本市无自有住房', '家庭人均月收入低于3500元',
                '非本市户籍的，须在本市连续缴纳社会保险满1年'],
    materials=[M('公共租赁住房申请表'), M('家庭成员居民身份证'), M('收入证明'), M('居住证', situation=None, required=False, note='非本市户籍申请人提供')],
    steps=[S('申请', '网上申请'), S('审核', '区住建部门审核'), S('公示', '审核结果公示10天'), S('轮候', '进入轮候库，摇号配租')],
    legal=T(30), promised=T(20, note='不含轮候时间'), fee=FEE(), online=ON('online_apply', 'https://zfbz.quanlan.example', 1),
    halls=['zjj'], appointment=False, express=False, cross_region='none', result='公共租赁住房配租确认书',
    basis=['《公共租赁住房管理办法》'], phone='0000-84401235')
C['no_crime'] = dict(
    base='880201100101', name='无犯罪记录证明出具', ag='泉澜市公安局', type='公共服务',
    aliases=['无犯罪证明', '良民证', '开无犯罪记录证明', '无犯罪记录'], events=['就业'],
    conditions=['本市户籍人员或在本市居住的人员', '可委托他人代为申请，受托人须持委托书和双方身份证'],
    materials=[M('申请人居民身份证'), M('委托书', required=False, note='委托他人代办时提供')],
    steps=[S('申请', '网上申请'), S('核查', '公安机关核查'), S('出证', '出具电子证明，可在线下载')],
    legal=T(3), promised=T(1), fee=FEE(), online=ON('full_online', 'https://ga.quanlan.example/wfzjl', 0),
    halls=['qlzw'], appointment=False, express=False, cross_region='跨省通办', result='无犯罪记录证明',
    basis=['《公安机关办理无犯罪记录证明工作规定》'], phone='0000-81101110')

# revoked / suspended (city)
C['hunyu'] = dict(
    base='880209900101', name='流动人口婚育证明办理', ag='泉澜市卫生健康委员会', type='行政确认', status='revoked',
    aliases=['婚育证明', '流动人口婚育证', '计生证明'],
    conditions=['流动人口离开户籍地外出务工前办理'],
    materials=[M('居民身份证'), M('结婚证'), M('村（居）委会出具的婚育情况证明', note='须加盖计生专用章')],
    steps=[S('申请', '户籍地申请'), S('发证', '发证')],
    legal=T(5), promised=T(3), fee=FEE(), online=ON('offline_only', visits=1), halls=['qlzw'],
    cross_region='none', result='流动人口婚育证明', phone='0000-88301234')
C['zanzhu'] = dict(
    base='880209900102', name='暂住证核发', ag='泉澜市公安局', type='行政许可', status='revoked',
    aliases=['暂住证', '办暂住证'],
    conditions=['暂住时间拟超过1个月的外来人员'],
    materials=[M('居民身份证'), M('暂住地房东证明', note='须房东签字并附房产证复印件')],
    steps=[S('申请', '向派出所申请'), S('发证', '发证')],
    legal=T(7), promised=T(7), fee=FEE(('暂住证工本费', 5, '原收费标准')), online=ON('offline_only', visits=2),
    halls=['qlzw'], cross_region='none', result='暂住证', phone='0000-81101110')
C['yanzhao'] = dict(
    base='880209900103', name='个体工商户年度验照', ag='泉澜市市场监督管理局', type='其他行政权力', status='revoked',
    aliases=['个体户年检', '执照年检', '营业执照年审'],
    conditions=['每年3月1日至6月30日参加年度验照'],
    materials=[M('营业执照正副本'), M('年度验照报告书', note='须加盖经营者印章')],
    steps=[S('申请', '窗口提交'), S('验照', '加盖年检章')],
    legal=T(5), promised=T(5), fee=FEE(('验照费', 50, '原收费标准')), online=ON('offline_only', visits=1),
    halls=['qlzw'], cross_region='none', result='加盖年检章的营业执照', phone='0000-88801234')
C['gjj_zx'] = dict(
    base='880200200104', name='住房公积金提取（自住住房装修）', ag='泉澜市住房公积金管理中心', type='公共服务', status='suspended',
    aliases=['装修提公积金', '公积金装修提取', '装房子取公积金'], events=['住房'],
    conditions=['对自有住房进行装修，且装修费用超过5万元'],
    materials=[M('居民身份证'), M('装修合同'), M('装修费用发票', note='发票金额须与装修合同一致')],
    steps=[S('申请', '窗口申请'), S('审核', '审核'), S('到账', '到账')],
    legal=T(5), promised=T(3), fee=FEE(), online=ON('offline_only', visits=1), halls=['gjj'],
    appointment=False, express=False, cross_region='none', result='提取资金到账', phone='0000-82312329')
C['jingshi'] = dict(
    base='880201000102', name='经济适用住房购买资格申请', ag='泉澜市住房和城乡建设局', type='行政确认', status='suspended',
    aliases=['经适房', '经济适用房申请', '买经济适用房'], events=['住房'],
    conditions=['本市户籍满5年的低收入住房困难家庭'],
    materials=[M('经济适用住房购买申请表'), M('户口簿'), M('家庭收入证明', note='须由工作单位盖章')],
    steps=[S('申请', '申请'), S('审核', '审核'), S('公示', '公示15天'), S('发证', '发放购房资格证明')],
    legal=T(30), promised=T(30), fee=FEE(), online=ON('offline_only', visits=2), halls=['zjj'],
    cross_region='none', result='经济适用住房购买资格证明', phone='0000-84401235')

UPD = ['2025-03-18', '2025-04-02', '2025-05-20', '2025-06-11', '2025-07-01']


def common(item, key, i):
    g = dict(base_code=item['base'], name=item['name'])
    if item.get('aliases'): g['aliases'] = item['aliases']
    g['item_type'] = item['type']
    g['status'] = item.get('status', 'active')
    return g


def fill(g, item, i):
    g['service_object'] = item.get('service', ['natural_person'])
    if item.get('events'): g['life_events'] = item['events']
    g['conditions'] = item['conditions']
    if item.get('situations'): g['situations'] = item['situations']
    g['materials'] = item['materials']
    g['steps'] = item['steps']
    g['legal_time_limit'] = item['legal']
    g['promised_time_limit'] = item['promised']
    g['fee'] = item['fee']
    g['online'] = item['online']


def tail(g, item, i):
    if item.get('hours'): g['hours'] = item['hours']
    for k in ('appointment', 'express'):
        if k in item: g[k] = item[k]
    if 'cross_region' in item: g['cross_region'] = item['cross_region']


def build():
    guides = {}
    index = {}  # key -> {region_key: code}
    i = 0
    for key, it in D.items():
        files = []
        index[key] = {}
        for dk, (rcode, rname, r, hall) in DIST.items():
            i += 1
            g = dict(code=f"{it['base']}-{rcode}")
            g.update(common(it, key, i))
            g['region'] = rcode
            g['agency'] = agency(it['ag'], dk)
            fill(g, it, i)
            hl = [dict(hall=hall, window=AG_WIN[it['ag']])]
            if (key, dk) in EXTRA_HALLS:
                hl.insert(0, dict(hall=EXTRA_HALLS[(key, dk)], note='婚姻登记专门场所'))
            if dk == 'yx' and key in TOWN_ITEMS:
                hl.append(dict(hall='smbm', note='石门镇辖区居民可就近办理'))
            g['halls'] = hl
            tail(g, it, i)
            g['consult_phone'] = phone(r, AG_DIGIT[it['ag']])
            g['complaint_phone'] = f'0000-{r}0012345'
            if it.get('basis'): g['legal_basis'] = it['basis']
            if it.get('result'): g['result'] = it['result']
            g['updated_at'] = UPD[i % len(UPD)]
            files.append(g)
            index[key][dk] = g['code']
        guides[key] = files
    for key, it in C.items():
        i += 1
        g = dict(code=f"{it['base']}-880500")
        g.update(common(it, key, i))
        g['region'] = '880500'
        g['agency'] = it['ag']
        fill(g, it, i)
        g['halls'] = it['halls']
        tail(g, it, i)
        g['consult_phone'] = it['phone']
        g['complaint_phone'] = '0000-12345'
        if it.get('basis'): g['legal_basis'] = it['basis']
        if it.get('result'): g['result'] = it['result']
        g['updated_at'] = UPD[i % len(UPD)]
        guides[key] = [g]
        index[key] = {'city': g['code']}
    return guides, index


FAQ = [
    dict(id='faq-001', questions=['身份证办好了怎么查进度', '身份证做好没有在哪里看'],
         answer='居民身份证办理进度可登录“泉澜公安”微信公众号“办证进度查询”栏目，输入受理回执上的受理编号查询；也可拨打0000-81101110人工查询。制证完成后会发送短信通知领取。',
         agency='泉澜市公安局', updated_at='2025-04-10'),
    dict(id='faq-002', questions=['社保卡和医保卡是一张卡吗', '医保卡在哪办'],
         answer='泉澜市的医保卡就是社会保障卡，一张卡同时具有医保结算、养老金领取、金融支付等功能，不需要另外办理医保卡。也可以在“泉澜医保”小程序激活医保电子凭证，看病时扫码结算。',
         agency='泉澜市人力资源和社会保障局', updated_at='2025-03-02'),
    dict(id='faq-003',
         answer='异地就医备案说明：参保人员到市外就医前，可通过国家医保服务平台APP或“泉澜医保”小程序办理异地就医备案，即时生效。异地长期居住人员备案后在备案地就医直接结算；临时外出就医人员备案有效期为6个月。未备案先行就医的，回参保地手工报销，报销比例下降10个百分点。',
         agency='泉澜市医疗保障局', updated_at='2025-05-08'),
    dict(id='faq-004',
         answer='住房公积金缴存比例政策：本市住房公积金单位和职工缴存比例均为5%至12%，由单位在范围内自主确定；月缴存基数上限为本市上年度职工月平均工资的3倍，即29850元，下限为本市最低工资标准2100元。每年7月1日调整一次缴存基数。',
         agency='泉澜市住房公积金管理中心', updated_at='2025-07-01'),
    dict(id='faq-005', questions=['刚出生的宝宝医保多久内要交', '新生儿医保什么时候办'],
         answer='新生儿自出生之日起90日内办理城乡居民医保参保缴费的，自出生之日起享受医保待遇，出生期间的住院费用也可以报销。超过90日参保的，自缴费次月起享受待遇。可在“泉澜医保”小程序办理，也可通过出生一件事一次办理。',
         agency='泉澜市医疗保障局', updated_at='2025-02-18'),
    dict(id='faq-006',
         answer='12345政务服务便民热线受理范围：泉澜市12345热线7×24小时受理企业和群众的政策咨询、投诉举报、求助和意见建议，涉及行政执法、公共服务等事项。紧急警情请拨打110，火警119，急救120。热线不受理涉及国家秘密、已进入诉讼程序的事项。',
         agency='泉澜市12345政务服务便民热线', updated_at='2025-01-15'),
    dict(id='faq-007',
         answer='老年人办事绿色通道：全市各级政务服务中心均设置老年人优先窗口，年满70周岁的老年人凭身份证可优先办理，无需取号排队。行动不便的高龄、失能老年人可拨打所在区政务服务中心电话申请上门服务，身份证补领、社保认证、高龄津贴等事项可上门受理。',
         agency='泉澜市政务服务管理局', updated_at='2025-06-05'),
    dict(id='faq-008', questions=['房产证上加老婆名字怎么办', '房本加名'],
         answer='夫妻间房产加名属于不动产更正或转移登记，夫妻双方须持身份证、结婚证、不动产权证书和夫妻财产约定书到泉澜市不动产登记中心共同申请。夫妻间加名免征契税，登记费按住宅每件80元收取。',
         agency='泉澜市自然资源和规划局', region='880500', updated_at='2025-04-22'),
    dict(id='faq-009', questions=['居住证积分怎么算', '积分入学怎么积分'],
         answer='泉澜市居住证积分由基础分和加分组成：持有居住证每满1年积10分，在本市连续缴纳社会保险每满1年积20分，具有大专以上学历加20分。积分可用于随迁子女入学排序和公共租赁住房轮候。积分在“泉澜办”小程序“居住证积分”栏目查询。',
         agency='泉澜市公安局', updated_at='2025-03-28'),
    dict(id='faq-010',
         answer='电子证照使用说明：泉澜市已实现居民身份证、户口簿、结婚证、营业执照、不动产权证书等电子证照共享。在政务服务中心办事时，可在“泉澜办”小程序出示电子证照（亮证），窗口核验后即可免交纸质材料的复印件。',
         agency='泉澜市政务服务管理局', updated_at='2025-05-30'),
    dict(id='faq-011', questions=['公积金账号忘了怎么查', '公积金密码忘了'],
         answer='住房公积金个人账号可在“泉澜公积金”APP用身份证号登录后查看；查询密码遗忘的，可在APP通过人脸识别重置，或携带身份证到泉澜市住房公积金管理中心服务大厅重置。',
         agency='泉澜市住房公积金管理中心', updated_at='2025-06-18'),
    dict(id='faq-012',
         answer='机动车驾驶证体检说明：驾驶人可到全市18家指定医疗机构进行驾驶人身体条件检查，体检结果由医院直接上传至公安交管系统，6个月内有效。年满70周岁的驾驶人须每年提交一次身体条件证明，可通过交管12123APP在线提交。',
         agency='泉澜市公安局交通警察支队', updated_at='2025-02-27'),
    dict(id='faq-013', questions=['政务中心中午休息吗', '政务大厅几点下班'],
         answer='泉澜市政务服务中心工作时间为周一至周五9:00-12:00、13:30-17:30，周六上午9:00-12:00开放综合受理窗口；望海区政务服务中心中午不休息。各区县政务服务中心时间略有差异，请以各中心公布的时间为准。',
         agency='泉澜市政务服务管理局', updated_at='2025-05-12'),
    dict(id='faq-014', questions=['2023年春节政务大厅上班吗'],
         answer='2023年春节期间（1月21日至1月27日），全市政务服务中心暂停窗口服务，1月28日（星期六）正常上班。',
         agency='泉澜市政务服务管理局', updated_at='2023-01-10', status='revoked'),
    dict(id='faq-015', questions=['居民医保一年交多少钱', '今年医保交多少'],
         answer='2024年度城乡居民医保个人缴费标准为每人每年350元，缴费期为2023年9月1日至12月31日。',
         agency='泉澜市医疗保障局', updated_at='2023-08-20', status='revoked'),
    dict(id='faq-016', questions=['交通违章在哪处理', '违章罚款怎么交'],
         answer='交通违法可通过交管12123APP在线处理并缴纳罚款；需要现场处理的，可到泉澜市公安局交通警察支队车辆管理所或各交警大队违法处理窗口办理。',
         agency='泉澜市公安局交通警察支队', updated_at='2025-04-03'),
    dict(id='faq-017',
         answer='一件事一次办说明：泉澜市推行“一件事一次办”，新生儿出生、退休、开办餐馆、身后事等事项可在“泉澜办”小程序“一件事”专区一次填报、一套材料，由后台分送各部门办理，办理结果统一反馈。',
         agency='泉澜市政务服务管理局', updated_at='2025-06-30'),
]

BUNDLES = [
    dict(id='bundle-birth', name='出生一件事', aliases=['新生儿出生一件事', '生孩子要办的事', '宝宝出生办证'],
         description='新生儿出生后，一次申请即可办理出生登记（落户）、城乡居民医保参保登记、社会保障卡申领等事项。',
         items=['880100100201', '880100600101', '880200800104'],
         order_note='先办理出生登记（落户），再办理医保参保，社会保障卡随医保参保同步制发'),
    dict(id='bundle-retire', name='退休一件事', aliases=['办退休一件事', '退休要办哪些手续'],
         description='职工退休时一次申请，同步办理养老保险待遇申领、住房公积金退休提取等事项。',
         items=['880200800101', '880200200102'],
         order_note='先办理养老保险待遇申领，退休审批通过后再办理公积金销户提取'),
    dict(id='bundle-restaurant', name='开办餐馆一件事', aliases=['开饭店一件事', '开餐馆要办什么证'],
         description='开办餐馆一次申请，同步办理营业执照（个体工商户设立登记）、食品经营许可等事项。',
         items=['880100800101', '880100800201'],
         order_note='先办理营业执照，再办理食品经营许可；可并联提交'),
    dict(id='bundle-death', name='身后一件事', aliases=['老人去世要办什么', '亲人过世办手续'],
         description='亲人去世后，一次申请办理死亡注销户口、继承公证预约等事项。',
         items=['880100100203', '880200700102'],
         order_note='先注销户口，再办理继承公证'),
]


def dump(obj, path):
    with open(path, 'w', encoding='utf-8') as f:
        yaml.safe_dump(obj, f, allow_unicode=True, sort_keys=False, width=200)


def main():
    guides, index = build()
    gdir = os.path.join(OUT, 'guides')
    os.makedirs(gdir, exist_ok=True)
    for fn in os.listdir(gdir):
        os.remove(os.path.join(gdir, fn))
    for key, gl in guides.items():
        dump(gl if len(gl) > 1 else gl[0], os.path.join(gdir, f'{key}.yaml'))
    dump(REGIONS, os.path.join(OUT, 'regions.yaml'))
    dump(HALLS, os.path.join(OUT, 'halls.yaml'))
    dump(FAQ, os.path.join(OUT, 'faq.yaml'))
    dump(BUNDLES, os.path.join(OUT, 'bundles.yaml'))
    n = sum(len(v) for v in guides.values())
    print('items', len(guides), 'guides', n, 'halls', len(HALLS), 'faq', len(FAQ), 'bundles', len(BUNDLES))
    return guides, index


if __name__ == '__main__':
    main()
