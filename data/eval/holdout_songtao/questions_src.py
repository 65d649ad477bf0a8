DIST = ('hm', 'fq', 'yd', 'zx', 'nl')


def HALLS_ANY(key):
    # a district item asked without a region: the nearest hall of any district counts
    return [sorted({hall(key, r) for r in DIST})]


# -*- coding: utf-8 -*-
# Hand-written questions; executed by build_questions.py (Q single-turn, N negative, MT multi-turn).

# ============================ 户籍：出生登记
Q('materials', '宝宝刚生下来，上户口要带些啥', 'birth', ['出生医学证明', '父母双方居民身份证'])
Q('fact-in-field time', '娃出生多久之内必须去报户口啊', 'birth', ['出生后1个月内'])
Q('agent', '小孩上户口能不能让爷爷奶奶去办，我们两口子都在外地上班回不来', 'birth', ['祖父母或外祖父母代为申报'])
Q('materials conditions', '没领结婚证生的孩子怎么上户口', 'birth', ['亲子鉴定证明'])
Q('online', '给孩子报户口可以在网上办吗？', 'birth', ['gaj/csdj'])
Q('location', '我家在鹤鸣区，新生儿落户去哪个地方办', 'birth', [hall('birth', 'hm'), '公安户政窗口'], region='hm')
Q('time typo', '新生而上护口多长时间能办好', 'birth', ['材料齐全的即时办结'])
Q('long conditions materials', '你好，我老婆上个月在市妇幼生的二宝，当时忙着坐月子一直没去派出所，现在孩子已经出生四十多天了，听说超过一个月就麻烦了。想问一下现在去上户口还来得及吗，除了出生证明还要额外准备什么材料？', 'birth', ['未及时申报的情况说明'])
Q('express', '孩子户口办好以后户口本能不能寄回家', 'birth', ['可选择邮寄户口簿'])
Q('result', '新生儿入户办完给个什么东西', 'birth', ['婴儿户口页'])
Q('traditional materials', '新生兒入戶要準備哪些資料？', 'birth', ['出生医学证明'])

# ============================ 户籍迁入（投靠）
Q('conditions fact-in-field', '我爸妈都六十出头了，想把户口迁到我这边来一起住，有什么条件', 'move', ['男年满60周岁、女年满55周岁'])
Q('fact-in-field', '夫妻投靠落户要结婚满几年', 'move', ['结婚满2年'])
Q('process', '投靠落户还要回老家开准迁证吗', 'move', ['无需回迁出地开具准迁证和迁移证'])
Q('time', '投靠亲属落户多久能批下来', 'move', ['10个工作日', '核查时间不计入办理时限'])
Q('conditions', '被投靠的人要落户多久才能让别人来投靠', 'move', ['已在本市落户满1年'])
Q('materials', '老婆投靠我落户要准备哪些材料', 'move', ['被投靠人合法固定住所证明', '被投靠人居民身份证和居民户口簿'])
Q('compound region', '我在枫桥区有房，想让我老婆孩子户口迁过来，要结婚几年？去哪里办？', 'move', ['结婚满2年', hall('move', 'fq')], region='fq')
Q('cross-region', '户口从外省迁过来能不能只在松涛这边办就行', 'move', ['跨省通办'])

# ============================ 死亡户口注销
Q('fact-in-field time', '家里老人走了，户口要在多长时间内去销掉', 'deathreg', ['应当在1个月以内'])
Q('materials', '注销死亡人员户口要带什么东西', 'deathreg', ['居民死亡医学证明', '死者居民户口簿'])
Q('process', '我爸在医院去世的，派出所会自己给注销户口吗', 'deathreg', ['派出所可主动办理注销'])
Q('result', '销户以后能不能开个注销证明，办继承要用', 'deathreg', ['户口注销证明'])
Q('location', '竹溪县注销死亡人员户口在哪儿办', 'deathreg', [hall('deathreg', 'zx')], region='zx')
Q('agent', '老人去世了我们兄妹都在外地，能托朋友去派出所销户口吗', 'deathreg', ['代办人须携带委托书和本人居民身份证'])
Q('materials', '人走了身份证要交回吗？身份证找不到了怎么办', 'deathreg', ['注销时一并交回', '遗失的在申报表中注明'])

# ============================ 身份证换领
Q('fact-in-field', '身份证还有两个月到期，现在可以去换吗', 'idrenew', ['有效期满前3个月内'])
Q('fee', '换身份证要多少钱', 'idrenew', ['居民身份证工本费', '每证20元'])
Q('cross-region', '我户口在松涛，人在广州打工，身份证到期了能在广州换吗', 'idrenew', ['跨省通办'])
Q('express', '换的新身份证能快递到家里吗', 'idrenew', ['选择邮寄到家'])
Q('conditions', '身份证过期了还能用不', 'idrenew', ['过期证件不能作为有效身份证明'])
Q('location', '枫桥区换身份证上哪儿去', 'idrenew', [hall('idrenew', 'fq'), hall('idrenew', 'fq', 'address')], region='fq')
Q('howto typo', '身份正快过期了咋换', 'idrenew', ['原居民身份证'], any_=HALLS_ANY('idrenew'))
Q('traditional materials', '身份證過期了要怎麼換，要帶什麼東西？', 'idrenew', ['原居民身份证'])
Q('time', '换身份证一般几天能拿到新证', 'idrenew', ['15个工作日'])
Q('appointment', '换身份证要提前预约吗', 'idrenew', [], any_=[['yuyue/hall-hm-center', 'yuyue/hall-fq-center', 'yuyue/hall-yd-center', 'yuyue/hall-zx-center', 'yuyue/hall-nl-center']], d='居民身份证换领：预约（指南 appointment: true，大厅预约地址）')
Q('fee conditions', '低保户换身份证也要交钱吗', 'idrenew', ['领取最低生活保障金的居民免收'])
Q('phone region', '玉带区换身份证的咨询电话是多少', 'idrenew', [phone('idrenew', 'yd')], region='yd')

# ============================ 身份证补领
Q('conditions', '身份证丢了要不要登报声明作废', 'idlost', ['无需登报声明'])
Q('time', '身份证掉了补办要多久', 'idlost', ['15个工作日'])
Q('conditions', '补身份证这段时间要坐飞机出差，咋整', 'idlost', ['可同时申请临时居民身份证'])
Q('cross-region', '我在外地打工身份证被偷了，必须回老家补吗', 'idlost', ['全国任一居民身份证受理点申请补领'])
Q('compound materials fee', '补办身份证要带啥，多少钱', 'idlost', ['居民户口簿', '每证20元'])
Q('typo howto', '身分证不见了怎么补', 'idlost', ['居民户口簿'], any_=HALLS_ANY('idlost'))
Q('region location', '我在南麓县，身份证丢了去哪补，几点开门', 'idlost', [hall('idlost', 'nl'), '08:30'], region='nl')

# ============================ 临时身份证
Q('compound fee time', '临时身份证多少钱？多久能拿到？', 'idtemp', ['每证10元', '急需乘机、乘车的可当日加急办理'])
Q('fact-in-field', '临时身份证能用多长时间', 'idtemp', ['有效期为3个月'])
Q('suspended region', '南麓县现在能办临时身份证吗', 'idtemp', [], region='nl', d='临时居民身份证申领：南麓县指南暂停，应告知状态和可办理的地区')
Q('agent', '帮老婆代办临时身份证行不行，她在医院走不开', 'idtemp', ['申请人须本人到场'])
Q('materials', '办临时身份证需要啥材料', 'idtemp', ['居民身份证受理回执'])

# ============================ 居住证
Q('fact-in-field conditions', '外地人在松涛要住多久才可以办居住证', 'resid', ['居住半年以上'])
Q('materials', '办居住证要啥材料，我是租房子住的', 'resid', ['房屋租赁合同或不动产权证书'])
Q('fee', '居住证办理收费吗', 'resid', ['首次申领', '换领、补领工本费'])
Q('conditions', '居住证是不是每年都要去签注一下', 'resid', ['居住证每年签注一次'])
Q('agent', '小孩12岁能办居住证吗，谁去办', 'resid', ['由监护人代为申领'])
Q('online typo', '居主证网上可以申请吗', 'resid', ['gaj/jzz'])
Q('location region', '玉带区办居住证几点上班', 'resid', [hall('resid', 'yd'), '13:30'], region='yd')
Q('conditions', '我在松涛上学的外地学生能办居住证吗', 'resid', ['以连续就读申领'], any_=[['学校出具的在读证明', '连续就读条件之一']])
Q('traditional express', '居住證辦好了可以郵寄嗎？', 'resid', ['可到窗口领取或邮寄'])

# ============================ 无犯罪记录证明
Q('agent', '开无犯罪记录证明必须本人去吗，能不能找人代办', 'nocrime', ['可委托他人代为申请'])
Q('conditions fact-in-field', '外地户口能在松涛开无犯罪证明吗', 'nocrime', ['在本市居住满6个月的非本市户籍人员'])
Q('online howto', '无犯罪记录证明网上怎么开', 'nocrime', ['gaj/wfzjl'])
Q('conditions', '开无犯罪证明是出国用的，有什么要注意', 'nocrime', ['需注明用途和使用国家'])
Q('time', '无犯罪证明几天能出来', 'nocrime', ['需要跨地区核查的为3个工作日'])
Q('typo result', '公司入职要良民证，派处所开的那个叫啥', 'nocrime', ['无犯罪记录证明'])

# ============================ 护照
Q('fee', '办护照多少钱一本', 'passport', ['每本120元'])
Q('materials faq', '办护照要自己带照片吗', 'passport', ['提供免费现场照相'], extra=['faq-st-passport-photo'])
Q('location', '松涛护照在哪里办，地址多少', 'passport', ['松涛市公安局出入境接待大厅', '枫林路58号'])
Q('agent conditions', '小孩10岁办护照家长要陪着吗', 'passport', ['由监护人陪同申请'])
Q('time', '护照多久能拿到手', 'passport', ['7个工作日'], any_=[['偏远地区或交通不便的为15个工作日', '15个工作日']])
Q('traditional conditions', '護照還有5個月就到期了，現在可以換嗎？', 'passport', ['护照有效期不足6个月'])
Q('location', '周六能去办护照吗', 'passport', ['周六上午只办理受理和领证业务'])
Q('express', '护照办好了能快递给我吗', 'passport', ['选择邮寄'])
Q('materials', '护照丢了补办要带什么', 'passport', ['护照报失证明'])
Q('typo fee', '办户照要几多钱', 'passport', ['每本120元'])
Q('cross-region', '我是外省户口在松涛上班，能在松涛办护照吗', 'passport', ['全国任一出入境管理机构申请'])

# ============================ 港澳通行证
Q('fee', '去香港旅游签注多少钱一次', 'hkmo', ['每次15元'])
Q('process', '港澳通行证再签注能在自助机上办吗', 'hkmo', ['可在自助签注机即时办理'])
Q('compound materials fee', '第一次办港澳通行证要带什么，办证多少钱', 'hkmo', ['居民身份证', '每本60元'])
Q('phone', '港澳通行证办理的投诉电话是多少', 'hkmo', ['12367'])
Q('traditional time', '港澳通行證要辦多久？', 'hkmo', ['7个工作日'], any_=[['自助签注机办理再次签注的即时办结', '7个工作日']])

# ============================ 结婚登记
Q('fact-in-field conditions', '女孩子多大可以领结婚证', 'marry', ['女方年满20周岁'])
Q('materials faq revoked', '扯证还要带户口本吗', 'marry', [], any_=[['无需提供户口簿', '双方居民身份证']], nc=['须携带双方户口簿原件'], extra=['faq-st-marriage-hukou-new'], d='结婚登记：材料不再要户口簿（现行FAQ），不得引用已废止的旧FAQ')
Q('materials', '领结婚证照片要几张，什么底色', 'marry', ['2寸红底合影照片'])
Q('agent', '对象在部队回不来，我一个人能先去领证吗', 'marry', ['双方必须亲自到场'])
Q('region location', '鹤鸣区在哪里领结婚证，周六能去吗', 'marry', ['鹤鸣区婚姻登记处', '周六上午仅办理结婚登记'], region='hm')
Q('materials', '我是二婚，登记结婚还要带离婚证吗', 'marry', ['离婚证或配偶死亡证明'])
Q('traditional cross-region', '結婚登記可以在外地辦嗎？我們戶口都不在松濤', 'marry', ['经常居住地登记'])
Q('time', '领结婚证当天能拿到吗', 'marry', ['符合条件的当场颁发结婚证'], any_=[['当场办结', '符合条件的当场予以登记']])
Q('fact-in-field typo', '男的要满几岁才能领节婚证', 'marry', ['男方年满22周岁'])
Q('appointment', '领结婚证可以网上预约日子吗', 'marry', ['通过“松涛办”预约登记日期'])
Q('conditions', '表哥表妹能登记结婚吗', 'marry', ['三代以内旁系血亲关系'])

# ============================ 离婚登记
Q('fact-in-field faq', '协议离婚的冷静期有多少天', 'divorce', [], any_=[['受理之日起30日为离婚冷静期', '有30日离婚冷静期']], extra=['faq-st-divorce-cooling'])
Q('materials', '协议离婚要准备什么材料', 'divorce', ['离婚协议书', '双方结婚证'])
Q('fact-in-field', '冷静期过了以后多少天内要去领离婚证，不去会咋样', 'divorce', [], any_=[['未申请的视为撤回离婚登记申请', '冷静期届满后30日内']])
Q('agent', '离婚能委托律师代办吗', 'divorce', ['不能委托他人代办'])
Q('visits', '协议离婚要跑几趟民政局', 'divorce', ['冷静期届满后30日内双方到场'])
Q('traditional materials', '離婚協議書要幾份？', 'divorce', ['离婚协议书'])

# ============================ 补领婚姻登记证
Q('materials howto', '结婚证弄丢了咋补', 'marrycert', ['申请人居民身份证', '2寸双人合影'], any_=HALLS_ANY('marrycert'))
Q('conditions', '补结婚证两个人都要去吗', 'marrycert', ['可由双方或一方到场申请'])
Q('time', '在外省登记的结婚证在松涛能补吗，多久', 'marrycert', ['需要调取外地婚姻登记档案的为5个工作日'])
Q('materials', '离婚证丢了补办要单人照还是合影', 'marrycert', ['补领离婚证的为2寸单人照片'])

# ============================ 生育登记
Q('conditions', '生三胎还要审批吗，生育登记有什么条件', 'birthreg', ['不设前置条件'])
Q('online', '生育登记在网上哪里办', 'birthreg', ['wjw/sydj'])
Q('materials', '办生育登记要不要交结婚证', 'birthreg', ['通过婚姻登记信息共享核验'])
Q('conditions', '孩子都生下来了还能补办生育登记吗', 'birthreg', ['子女出生前或出生后办理'])
Q('result', '生育登记办完会给什么', 'birthreg', ['生育登记服务单（电子）'])

# ============================ 育儿补贴
Q('amount', '国家发的育儿补贴一年有多少钱', 'childsub', ['每孩每年3600元'])
Q('conditions', '孩子是2024年出生的能领育儿补贴吗', 'childsub', ['按应补贴月数折算发放'])
Q('process', '育儿补贴审核通过以后钱什么时候到账', 'childsub', ['次月发放至申请人账户'])
Q('conditions', '育儿补贴会不会算进低保收入里', 'childsub', ['不计入低保家庭收入'])
Q('traditional conditions', '育兒補貼要繳個人所得稅嗎？', 'childsub', ['育儿补贴免征个人所得税'])
Q('fact-in-field', '育儿补贴发到孩子几岁', 'childsub', ['按年发放至婴幼儿满3周岁'])
Q('online howto', '育儿补贴怎么申请', 'childsub', ['wjw/yebt', '申请人本人名下银行账户或社会保障卡'])
Q('long amount conditions', '我家闺女是2025年3月出生的，现在一岁多了，听邻居说国家现在有给小孩的育儿补贴，我们一直都不知道，也没申请过。请问这个补贴一年到底能领多少钱，现在申请还来得及吗？钱是打到谁的卡上？', 'childsub', ['每孩每年3600元', '补贴发放至该账户'])

# ============================ 生育津贴
Q('amount process', '产假工资是怎么算的', 'maternity', ['除以30再乘以产假天数'])
Q('fact-in-field', '生孩子顺产产假多少天', 'maternity', ['顺产158天'])
Q('fact-in-field', '剖腹产难产的话生育津贴多算几天', 'maternity', ['难产增加15天'])
Q('fact-in-field', '生育津贴要在多长时间内申请', 'maternity', ['分娩之日起1年内申领'])
Q('conditions', '刚换工作医保才交了8个月，生孩子能领生育津贴吗', 'maternity', ['满12个月'])
Q('agent', '生育津贴是自己去申请还是公司去弄', 'maternity', ['由单位在线申领后发放给职工'])
Q('typo amount', '生育金贴双胞胎能多领吗', 'maternity', ['多胞胎每多生育1个婴儿增加15天'])

# ============================ 城乡居民养老保险
Q('fact-in-field fee', '农村养老保险一年最少交多少钱', 'ruralpension', ['每年200元至5000元'])
Q('amount', '居民养老保险交500那一档，政府补贴多少', 'ruralpension', ['政府每人每年补贴60元'])
Q('conditions fact-in-field', '交农保交到多少岁能领钱', 'ruralpension', ['年满60周岁、累计缴费满15年'])
Q('location faq', '我住桃源镇，交居民养老保险能在镇上办吗', 'ruralpension', ['桃源镇便民服务中心'], region='zx', extra=['faq-st-taoyuan-service'])
Q('conditions', '还在读大学能参加城乡居民养老保险吗', 'ruralpension', ['不含在校学生'])
Q('amount', '交200块钱档次的国家给补多少', 'ruralpension', ['政府每人每年补贴30元'])

# ============================ 职工养老待遇（退休）
Q('conditions fact-in-field', '办退休社保要交满多少年', 'retire', ['累计缴纳职工基本养老保险费满15年'])
Q('fact-in-field', '退休手续单位要提前多久报上去', 'retire', ['达到退休年龄前1个月申报'])
Q('agent', '我是灵活就业的，没单位，退休自己怎么办', 'retire', ['灵活就业人员可由本人申报'])
Q('amount', '退休批下来以后养老金从什么时候开始发', 'retire', ['从次月起按月发放基本养老金'])
Q('location', '办退休在哪个大厅', 'retire', ['松涛市民服务中心'])
Q('faq fact-in-field', '我是女工人，现在到底多少岁退休', 'faq-st-pension-age', ['逐步延迟到55周岁、58周岁'])
Q('traditional time', '辦退休手續要多久才會批下來？', 'retire', ['15个工作日'])

# ============================ 社保卡
Q('fee', '社保卡丢了补一张要钱吗', 'sicard', ['每张15元'])
Q('time', '社保卡当天能拿到吗', 'sicard', ['在具备即时制卡条件的网点可当场领卡'])
Q('materials agent', '给刚出生的孩子办社保卡要带什么', 'sicard', ['居民户口簿', '监护人居民身份证'])
Q('process', '社保卡丢了第一步要干啥', 'sicard', ['应先办理挂失'])
Q('region phone location', '南麓县社保卡在哪办，电话多少', 'sicard', [hall('sicard', 'nl'), phone('sicard', 'nl')], region='nl')
Q('typo fee', '社报卡第一次办收费不', 'sicard', ['首次申领免费'])
Q('express', '社保卡做好了可以寄过来吗', 'sicard', ['到网点领取或选择邮寄'])

# ============================ 失业保险金
Q('amount', '失业金每个月能领多少钱', 'unemp', ['目前为每月2034元'])
Q('fact-in-field', '交了3年失业保险能领几个月失业金', 'unemp', ['最长可领取12个月'])
Q('conditions', '我自己辞职的能领失业金吗', 'unemp', ['非因本人意愿中断就业'])
Q('fact-in-field', '被公司辞退两个多月了，现在申请失业金还来得及吗', 'unemp', ['解除劳动合同之日起60日内申领'])
Q('traditional online', '失業金怎麼申請，網上能辦嗎？', 'unemp', ['rsj/syj'])
Q('typo conditions', '失业经要交够多久的失业保险才能领', 'unemp', ['已缴纳失业保险费满1年'])
Q('process', '失业金发到哪张卡上', 'unemp', ['社会保障卡金融账户'])

# ============================ 丧葬补助金、抚恤金
Q('amount', '老人去世了丧葬补助金能领多少', 'funeralsi', ['丧葬补助金标准为每人5000元'])
Q('amount', '抚恤金最多能发多少', 'funeralsi', ['上年度职工月平均工资的10倍'])
Q('agent', '领丧葬费能让亲戚帮忙代领吗', 'funeralsi', ['可委托他人代为申领'])
Q('online', '丧葬费抚恤金能网上申请吗', 'funeralsi', ['rsj/szbz'])

# ============================ 城乡居民医保
Q('fee fact-in-field', '今年居民医保一个人交多少钱', 'resmed', ['每人每年400元'])
Q('fact-in-field', '居民医保什么时候交', 'resmed', ['每年9月1日至12月31日'])
Q('fact-in-field', '新生儿多久内参保才能从出生就报销', 'resmed', ['出生后90日内参保缴费'])
Q('conditions', '低保户交医保要自己出钱吗', 'resmed', ['由政府全额资助'])
Q('online typo', '新农合网上能交吗，在哪交', 'resmed', ['ybj/cxjm'])
Q('conditions', '宝宝还没上户口，能先办医保吗', 'resmed', ['无需等户口登记完成'])
Q('traditional conditions', '外地人有居住證可以參加城鄉居民醫保嗎？', 'resmed', ['持本市居住证的常住人口'])

# ============================ 异地就医备案
Q('howto online', '去外地住院要备案吗，怎么弄', 'remote', ['国家医保服务平台APP', '医保电子凭证或社会保障卡'])
Q('fact-in-field', '临时外出就医备案有效期多久', 'remote', ['有效期为6个月'])
Q('conditions', '异地长期备案之后能马上改回来吗', 'remote', ['备案后6个月内原则上不得变更或取消'])
Q('traditional time', '異地就醫備案要多久才生效？', 'remote', ['系统自动审核，即时生效'])
Q('conditions', '退休后去儿子那边长住，在外地看病怎么报销', 'remote', ['异地安置退休人员'])
Q('long conditions process', '我父亲今年刚退休，老家在竹溪县，他准备下个月去深圳帮我带孩子，至少要住两三年，平时有高血压要经常去医院开药。想问问他在深圳看病能不能直接用松涛的医保结算？需要办什么手续，要不要回来跑一趟？', 'remote', ['异地安置退休人员', '国家医保服务平台APP'])

# ============================ 门诊慢特病
Q('amount', '高血压办了慢病卡一年能报多少', 'chronic', ['每人每年1500元'])
Q('materials', '慢特病认定要什么材料', 'chronic', ['二级及以上定点医院出具的诊断证明'])
Q('fact-in-field', '慢病认定通过了啥时候开始享受待遇', 'chronic', ['认定通过后次月起享受'])
Q('process', '慢性病评审结果怎么通知我', 'chronic', ['评审结果通过短信告知'])
Q('typo conditions', '门诊慢性并的诊断证明要多久以内的', 'chronic', ['近1年内的诊断证明'])

# ============================ 公积金租房提取
Q('amount revoked', '租房提公积金一年最多能提多少', 'hpfrent', ['每人每年最高18000元'], nc=['每人每年最高可提取12000元'], d='租房提取住房公积金：现行额度；不得引用已废止的旧额度FAQ')
Q('conditions fact-in-field', '刚交公积金两个月能租房提取吗', 'hpfrent', ['连续足额缴存住房公积金满3个月'])
Q('materials', '租房提取公积金一定要租房合同吗', 'hpfrent', ['无需提供租赁合同'])
Q('time', '租房提取公积金多久到账', 'hpfrent', ['1个工作日内转入本人银行卡'])
Q('phone', '公积金租房提取的咨询电话', 'hpfrent', [phone('hpfrent', 'city')])
Q('typo online', '租房提公基金可以在手机上弄吗', 'hpfrent', ['松涛公积金'])
Q('fact-in-field', '租房提取一年能提几次', 'hpfrent', ['每年可申请提取1次'])

# ============================ 离退休提取公积金
Q('howto', '退休了公积金怎么全部取出来', 'hpfretire', ['全部余额并销户', 'gjj/txtq'])
Q('agent', '我爸退休了腿脚不方便，公积金我能帮他取吗', 'hpfretire', ['须提交公证委托书'])
Q('time', '退休提取公积金钱多久到账', 'hpfretire', ['资金1个工作日内到账'])

# ============================ 公积金贷款
Q('amount fact-in-field', '公积金贷款夫妻俩最多能贷多少', 'hpfloan', ['夫妻双方最高70万元'])
Q('conditions', '公积金要交满几个月才能贷款', 'hpfloan', ['连续足额缴存住房公积金满6个月'])
Q('fact-in-field', '公积金贷款最长能贷几年', 'hpfloan', ['贷款期限最长30年'])
Q('fact-in-field', '公积金买首套房首付最少几成', 'hpfloan', ['最低首付款比例为20%'])
Q('time', '公积金贷款审批要多久', 'hpfloan', ['不含抵押登记时间'])
Q('traditional amount', '一個人申請公積金貸款最多可以貸多少？', 'hpfloan', ['单人最高贷款额度50万元'])
Q('faq', '公积金缴存比例是多少', 'faq-st-hpf-rate', ['5%至12%'])
Q('faq fact-in-field', '公积金基数几月份调整', 'faq-st-hpf-rate', ['每年7月1日调整一次'])

# ============================ 不动产
Q('online howto', '怎么查我名下有几套房', 'estquery', ['查询人居民身份证', 'bdc/cx'])
Q('result', '无房证明去哪里开', 'estquery', ['用于无房证明'])
Q('location', '不动产登记中心周三晚上开门吗', 'estquery', ['每周三延时服务至19:00'])
Q('fee', '二手房过户登记费多少钱', 'esttransfer', ['住宅每件80元'])
Q('time', '二手房过户要几天', 'esttransfer', ['3个工作日'], any_=[['一窗受理、税费同缴', '不含缴税时间']])
Q('agent', '卖房的人在外地来不了，怎么过户', 'esttransfer', ['经公证的委托书'])
Q('conditions', '房子贷款没还完能过户吗', 'esttransfer', ['抵押未注销的须先解除'])
Q('process', '买二手房契税在哪里交', 'esttransfer', ['在同一窗口缴纳契税'])
Q('fee', '过户的时候多要一本房产证要多少钱', 'esttransfer', ['每增加一本10元'])
Q('compound location fee', '二手房过户在哪儿办，登记费多少', 'esttransfer', ['松涛市不动产登记中心', '住宅每件80元'])
Q('conditions', '房产证丢了要登报吗', 'estlost', ['在松涛市不动产登记网公告15个工作日'])
Q('fee', '补房本要多少钱', 'estlost', ['每本10元'])
Q('fact-in-field typo', '补房产正公告期多长', 'estlost', ['公告15个工作日'])
Q('traditional time', '房產證遺失補辦要多久？', 'estlost', ['公告期满后1个工作日内补发'])

# ============================ 车驾管
Q('fact-in-field', '驾照快到期了，提前多久可以换', 'dlrenew', ['有效期满前90日内'])
Q('materials', '换驾照要体检吗', 'dlrenew', ['机动车驾驶人身体条件证明'])
Q('conditions fact-in-field', '我72岁了，驾照换证有什么特别要求', 'dlrenew', ['每年提交一次身体条件证明'])
Q('fee', '换驾驶证工本费多少', 'dlrenew', ['每证10元'])
Q('cross-region', '驾照在外省能换吗', 'dlrenew', ['全国任一车辆管理所申请'])
Q('faq', '驾照过期了还能开车吗', 'faq-st-driving-expired', ['不得驾驶机动车'])
Q('faq', '驾驶证过期一年多了还能恢复吗', 'faq-st-driving-expired', ['注销未超过二年的'])
Q('online typo', '加照到期能在手机上换吗', 'dlrenew', ['交管12123'])
Q('traditional express', '駕照換證可以寄到家裡嗎？', 'dlrenew', ['可邮寄到家'])
Q('online', '驾驶证丢了能网上补吗', 'dllost', ['jj/jzbl'])
Q('conditions', '驾照被交警扣了，说丢了能补一本吗', 'dllost', ['被扣押期间不得申请补领'])
Q('fee location', '驾照丢了补办多少钱，在哪办', 'dllost', ['每证10元', '车辆管理所'], d='机动车驾驶证遗失补领：收费和地点', )
Q('howto', '新车6年免检怎么领标志', 'inspect', ['交管12123'])
Q('fact-in-field', '私家车第几年要去领检验标志', 'inspect', ['第6年、第10年'])
Q('conditions', '有违章没处理能领年检标志吗', 'inspect', ['交通违法行为和交通事故已处理完毕'])
Q('fact-in-field', '免检标志提前多久可以申领', 'inspect', ['有效期满前3个月内申领'])

# ============================ 低保
Q('amount', '低保标准一个月多少钱', 'dibao', ['每人每月1050元'])
Q('fact-in-field process', '低保审批要公示几天', 'dibao', ['公示7天'])
Q('amount', '低保批下来从什么时候开始发钱', 'dibao', ['从次月起发放低保金'])
Q('conditions', '家里存款多少就不能吃低保了', 'dibao', ['不超过当地年低保标准的3倍'])
Q('faq conditions', '家里有辆旧车还能申请低保吗', 'faq-st-lowincome-car', ['原则上不予认定低保'])
Q('amount', '低保金是按人头发固定数吗', 'dibao', ['差额发放'])
Q('location', '我在竹溪县桃源镇，申请低保去哪儿', 'dibao', ['竹溪县桃源镇便民服务中心'], region='zx')
Q('long agent region', '我妈今年六十五岁，一个人住在枫桥区，没有退休金，身体也不好，平时就靠我们几个子女给点钱。她自己不识字也不会用手机，我们又都在外地。想问一下能不能帮她申请低保，她本人办不了的话可以找谁代她申请？', 'dibao', ['委托村（居）民委员会代为提出申请'], region='fq')
Q('typo', '申请底保的材料有哪些', 'dibao', ['家庭经济状况核对授权书'])
Q('traditional time', '低保申請要多久才會批？', 'dibao', ['特殊情况可延长至45个工作日'], any_=[['20个工作日', '30个工作日']])

# ============================ 临时救助
Q('conditions', '家里着火了生活过不下去，有什么救助', 'tempaid', ['因火灾、交通事故、突发重大疾病'])
Q('amount', '临时救助最多给多少钱', 'tempaid', ['即3150元'])
Q('conditions', '外地人在松涛出车祸了能申请临时救助吗', 'tempaid', ['可向急难发生地申请'])
Q('time', '临时救助很急的话多久能拿到钱', 'tempaid', ['先行救助的24小时内发放'])
Q('long conditions amount', '你好，我是外地来松涛打工的，上周老公在工地突然脑溢血住院了，已经花了好几万，家里积蓄都用光了，孩子还在上学，现在房租都交不起。听说可以申请临时救助，我们不是本地户口能申请吗？大概能给多少钱？', 'tempaid', ['可向急难发生地申请', '即3150元'])

# ============================ 高龄津贴
Q('amount fact-in-field', '我奶奶92岁了，高龄津贴一个月多少钱', 'elderly', ['每人每月300元'])
Q('amount', '八十岁老人补贴多少', 'elderly', ['每人每月100元'])
Q('process', '高龄补贴需要每年认证吗', 'elderly', ['每年需进行一次生存认证'])
Q('agent', '老人瘫在床上，高龄津贴家属能代办吗', 'elderly', ['可由家属代为申请'])
Q('fact-in-field', '高龄津贴申请了从什么时候开始发', 'elderly', ['自申请次月起按月发放'])
Q('amount typo', '百岁老人的长受金是多少', 'elderly', ['每人每月800元'])
Q('traditional amount', '高齡津貼90歲以上每個月領多少？', 'elderly', ['每人每月300元'])
Q('region location', '竹溪县桃源镇能办高龄津贴吗', 'elderly', ['竹溪县桃源镇便民服务中心'], region='zx')

# ============================ 老年人优待证
Q('conditions fact-in-field', '老年证多大年纪可以办', 'oldcard', ['年满60周岁'])
Q('fact-in-field', '老人坐公交免费要多少岁', 'oldcard', ['65周岁以上老年人持证免费乘坐市内公交'])
Q('conditions', '外地老人跟儿子住在松涛，能办老年优待证吗', 'oldcard', ['常住本市的非本市户籍老年人'])
Q('express', '老年证能寄到家吗', 'oldcard', ['到窗口领取或邮寄到家'])
Q('online', '老年证网上能申请吗', 'oldcard', ['mzj/lnz'])
Q('agent materials', '帮我妈代办老年证要带什么', 'oldcard', ['老人居民身份证', '代办人居民身份证'])

# ============================ 殡葬
Q('amount', '火化费用能减免多少', 'burial', ['每具遗体最高1500元'])
Q('amount', '海葬树葬有没有补贴', 'burial', ['一次性奖补3000元'])
Q('process', '殡葬费用减免要去民政局单独申请吗', 'burial', ['在殡仪馆结算时直接减免'])
Q('fact-in-field', '生态安葬补贴多久内要申请', 'burial', ['安葬之日起6个月内申请'])
Q('traditional amount', '殯葬補貼可以減免多少錢？', 'burial', ['每具遗体最高1500元'])

# ============================ 残疾人证
Q('fee', '办残疾证评残要自己掏钱吗', 'discard', ['评残费用由残联承担'])
Q('agent', '孩子智力有问题，残疾证谁去办', 'discard', ['由监护人代为申请'])
Q('fact-in-field process', '残疾证审核通过了要公示几天', 'discard', ['公示5个工作日'])
Q('materials', '办残疾证照片要几张什么样的', 'discard', ['近期2寸白底免冠彩色照片'])
Q('cross-region', '户口在松涛，人在外省，能在外省办残疾证吗', 'discard', ['残疾人证申领实行跨省通办'])
Q('typo howto', '残急证怎么办理', 'discard', ['指定评定机构进行残疾评定', 'cl/cjrz'], any_=HALLS_ANY('discard'))
Q('express', '残疾证办好可以邮寄吗', 'discard', ['制发第三代残疾人证，可邮寄'])

# ============================ 两项补贴
Q('amount', '重度残疾人护理补贴一个月多少', 'dissub', ['每人每月200元'])
Q('conditions', '残疾人两项补贴能同时领吗', 'dissub', ['两项补贴可同时享受'])
Q('amount', '困难残疾人生活补贴是多少钱', 'dissub', ['每人每月160元'])
Q('conditions', '三级残疾能领护理补贴吗', 'dissub', ['一级、二级的重度残疾人'])
Q('compound amount agent', '我哥是一级残疾，护理补贴每月多少？我能帮他去申请吗？', 'dissub', ['每人每月200元', '可由家属或监护人代为申请'])

# ============================ 小学入学
Q('conditions fact-in-field', '孩子9月份才满6岁，今年能上一年级吗', 'school', ['当年8月31日前年满6周岁'])
Q('fact-in-field', '一年级什么时候报名', 'school', ['每年5月15日至5月31日网上报名'])
Q('conditions', '外地户口的孩子在松涛上小学要什么条件', 'school', ['持有本市居住证满1年'])
Q('fact-in-field', '小学录取结果啥时候出来', 'school', ['7月10日前公布'])
Q('faq', '随迁子女上学积分怎么算', 'faq-st-enrollment-points', ['居住证每满1年计10分'])
Q('materials', '上一年级报名要准备啥材料', 'school', ['儿童居民户口簿', '父母居民身份证'])
Q('traditional online', '小學一年級報名可以網上報嗎？', 'school', ['jyj/xxrx'])
Q('faq', '自己有房子积分加多少', 'faq-st-enrollment-points', ['自有住房计20分'])

# ============================ 个体户 / 公司 / 食品 / 健康证
Q('time', '个体户营业执照当天能拿到吗', 'indiv', ['符合法定形式的即时办结'])
Q('conditions', '个体户一定要起名字吗', 'indiv', ['可以不起字号'])
Q('conditions', '用自己家住房开网店能办个体执照吗', 'indiv', ['住宅作为经营场所'])
Q('online typo', '个体户营业职照网上怎么申请', 'indiv', ['scj/gtzc'])
Q('phone', '个体户注册有问题要投诉打哪个电话', 'indiv', ['12315'])
Q('location region', '玉带区开小店办执照在哪个窗口', 'indiv', [hall('indiv', 'yd'), '市场准入窗口'], region='yd')
Q('agent', '开个体户能让我儿子帮我去办吗', 'indiv', ['委托他人代为申请'], any_=[['代理人居民身份证', '委托代理']])
Q('fee', '注册公司刻公章要钱吗', 'company', ['首套印章免费刻制'])
Q('fact-in-field', '注册资本要在多久之内缴足', 'company', ['自公司成立之日起5年内缴足'])
Q('time', '开公司全部办下来要多久', 'company', ['企业开办全流程1个工作日内办结'])
Q('traditional materials', '註冊公司要準備什麼材料？', 'company', ['公司章程'])
Q('conditions', '只卖包装好的零食饮料，要办食品经营许可证吗', 'food', ['办理备案即可'])
Q('fact-in-field', '食品经营许可证有效期几年', 'food', ['有效期为5年'])
Q('process', '办餐饮许可证会有人来现场检查吗', 'food', ['受理后5个工作日内进行现场核查'])
Q('fee', '健康证体检多少钱', 'healthcert', ['每人60元'])
Q('fact-in-field', '健康证有效期多久', 'healthcert', ['健康证明有效期为1年'])
Q('conditions', '做健康证体检要空腹吗', 'healthcert', ['体检当天需空腹'])
Q('time', '健康证体检完几天能拿', 'healthcert', ['体检合格的3个工作日后'])
Q('appointment', '办健康证需要预约吗', 'healthcert', ['松涛疾控'])
Q('typo', '健康正在哪里办', 'healthcert', ['疾病预防控制中心体检门诊'])

# ============================ 税务
Q('howto online', '个人怎么代开发票', 'invoice', ['sw/zrrdk', '合同或协议'])
Q('conditions', '个人代开发票金额不大，要交增值税吗', 'invoice', ['月销售额10万元以下的，免征增值税'])
Q('location', '房子租出去了要开发票，去哪个税务局', 'invoice', ['向不动产所在地税务机关申请代开'])
Q('fact-in-field', '个税退税什么时候可以办', 'iit', ['每年3月1日至6月30日'])
Q('conditions', '个税汇算要补税200块，必须补吗', 'iit', ['不超过400元的，无需办理汇算'])
Q('time', '个税退税一般多久到账', 'iit', ['一般10个工作日内到账'])
Q('traditional agent', '個稅年度匯算可以請公司幫我辦嗎？', 'iit', ['可委托扣缴单位或他人代为办理'])

# ============================ 公租房
Q('conditions fact-in-field', '申请公租房家庭收入要低于多少', 'pubhouse', ['家庭人均月收入低于2800元'])
Q('conditions', '外地人能申请公租房吗', 'pubhouse', ['持有本市居住证满2年'])
Q('fact-in-field', '单身能申请公租房吗，有年龄要求吗', 'pubhouse', ['单身申请人须年满25周岁'])
Q('fee', '公租房租金怎么收', 'pubhouse', ['同地段市场租金的60%'])
Q('fact-in-field process', '公租房审核结果公示几天', 'pubhouse', ['公示7个工作日'])
Q('suspended region', '玉带区现在还能申请公租房吗', 'pubhouse', [], region='yd', d='公共租赁住房申请：玉带区指南暂停，应告知状态和可办理的地区')
Q('region location', '鹤鸣区公租房在哪里申请', 'pubhouse', [hall('pubhouse', 'hm'), '住房保障窗口'], region='hm')

# ============================ 退役军人优待证
Q('location', '退役军人优待证在哪申请', 'veteran', ['区县退役军人服务中心'])
Q('time', '退役军人优待证办下来要多久', 'veteran', ['30个工作日'], any_=[['由省级统一制证', '30个工作日']])
Q('agent', '我老公退伍的，优待证我能替他办吗', 'veteran', ['可委托近亲属代为申请'])
Q('express', '优待证办好能邮寄吗', 'veteran', ['到服务站领取或邮寄'])
Q('traditional materials', '退役軍人優待證要帶哪些證件？', 'veteran', ['退役证件'])

# ============================ 就业
Q('howto', '失业登记怎么办', 'jobcard', ['可同时办理失业登记', 'rsj/jycy'])
Q('conditions', '应届毕业生能办就业创业证吗', 'jobcard', ['高校毕业生可在毕业年度申领'])
Q('amount', '灵活就业社保补贴能补多少', 'flexsub', ['按实际缴纳基本养老、医疗保险费的2/3'])
Q('fact-in-field', '社保补贴最多能领几年', 'flexsub', ['补贴期限最长不超过3年'])
Q('conditions', '离退休不到5年了，社保补贴能延长吗', 'flexsub', ['可延长至退休'])
Q('fact-in-field', '灵活就业社保补贴多久申请一次', 'flexsub', ['每季度申请一次'])
Q('process fact-in-field', '社保补贴名单要公示几天', 'flexsub', ['补贴名单公示5个工作日'])

# ============================ 废止事项
Q('revoked', '出去打工要开流动人口婚育证明，去哪开', 'hunyu', ['本事项已取消'], d='流动人口婚育证明：已撤销事项，应告知已取消')
Q('revoked', '社区还能开居住证明吗', 'juzhuzm', ['社区（村）不再出具居住证明'], d='社区居住证明开具：已撤销事项')
Q('revoked materials', '居委会开居住证明要带啥', 'juzhuzm', ['本事项已取消'], d='社区居住证明开具：问材料，应告知已撤销')
Q('revoked typo', '婚育正明在哪里办', 'hunyu', ['本事项已取消'], d='流动人口婚育证明：错别字，已撤销')
Q('revoked faq', '以前说结婚要回户口所在地登记，现在还是这样吗', 'faq-st-marriage-hukou-new', ['实行全国通办'], nc=['只能在一方户籍所在地婚姻登记机关办理'], d='结婚登记地点：旧FAQ已废止，应以现行FAQ回答')

# ============================ 热线知识库
Q('faq', '身份证有效期是几年', 'faq-st-idcard-validity', ['16至25周岁的为10年'])
Q('faq fact-in-field', '50岁换的身份证有效期是多久', 'faq-st-idcard-validity', ['46周岁以上的为长期'])
Q('faq', '身份证丢了怎么坐火车', 'faq-st-idcard-train', ['临时乘坐旅客列车身份证明'])
Q('faq', '社保断了三个月，医保会怎么样', 'faq-st-si-break', ['待遇等待期'])
Q('faq', '社保断缴了以前交的还算不算', 'faq-st-si-break', ['不影响已缴年限'])
Q('faq', '12345晚上有人接吗', 'faq-st-12345', ['24小时人工接听'])
Q('faq', '宝宝取名字能用繁体字吗', 'faq-st-newborn-name', ['已简化的繁体字'])
Q('faq', '老人行动不便，能不能上门办业务', 'faq-st-assist', ['预约上门服务'])
Q('faq fee', '上门服务收费吗', 'faq-st-assist', ['上门服务不收取任何费用'])
Q('faq amount', '冬天取暖补贴怎么领，多少钱', 'faq-st-heating-none', ['每户每年300元'])
Q('faq', '桃源镇能办身份证吗', 'faq-st-taoyuan-service', ['竹溪县政务服务中心或辖区派出所'])
Q('faq traditional', '孕婦去辦事可以優先辦理嗎？', 'faq-st-assist', ['绿色通道'])

# ============================ 一件事
Q('bundle', '生了孩子要办哪些手续，能不能一起办', 'bundle:birth', ['出生登记', '社会保障卡申领', '育儿补贴申领'])
Q('bundle', '办退休要跑哪些部门', 'bundle:retire', ['职工基本养老保险待遇申领', '离退休提取住房公积金'])
Q('bundle', '家里老人去世了，要办哪些事', 'bundle:death', ['死亡人员户口注销', '惠民殡葬补贴申领'])
Q('bundle', '开个小吃店要办哪些证', 'bundle:shop', ['个体工商户设立登记', '食品经营许可'])
Q('bundle compound', '退休了想把公积金取出来，顺便办个老年证，能一起办吗', 'bundle:retire', ['离退休提取住房公积金', '老年人优待证办理'])
Q('bundle traditional', '家裡老人過世了，要辦哪些手續？', 'bundle:death', ['死亡人员户口注销', '丧葬补助金、抚恤金申领'])
Q('bundle long', '我和朋友打算在竹溪县城开一家卖米粉的小店，两个人自己做自己卖，店面已经租好了。之前从来没开过店，完全不懂要办哪些手续，是不是要先办营业执照？我们俩做吃的是不是还要办健康证？能不能一次把这些都办了？', 'bundle:shop', ['个体工商户设立登记', '食品从业人员健康体检'], region='zx')
Q('bundle', '新生儿落户和医保能一起办吗', 'bundle:birth', ['出生登记', '城乡居民基本医疗保险参保登记'])

# ============================ 更多长留言、复合、繁体
Q('long materials conditions', '您好，我是湖南人，在松涛的电子厂上班快一年了，一直在厂附近租房子住，房东也给签了合同。现在孩子要在这边上学，学校说要居住证。请问我这种情况能办居住证吗？需要带哪些材料？', 'resid', ['居住半年以上', '房屋租赁合同或不动产权证书'])
Q('long process time', '师傅你好，我和我老公因为性格不合打算协议离婚，孩子和房子都商量好了，离婚协议也写好了。听说现在离婚不能当天拿证，有个冷静期。想问一下从去民政局申请到最后拿到离婚证大概要多长时间，中间要跑几次？', 'divorce', ['受理之日起30日为离婚冷静期', '冷静期届满后30日内双方到场'])
Q('long conditions', '我家在鹤鸣区，老公是松涛户口，我是安徽户口，我们结婚一年半了，孩子去年出生已经落在他的户口上。现在我也想把户口迁过来，可是听人说要结婚满两年才行，我这种情况能不能迁？要去哪里办？', 'move', ['已生育子女的', hall('move', 'hm')], region='hm')
Q('long amount', '你好，我爷爷今年八十七岁，奶奶八十三岁，都是竹溪县桃源镇的农村户口，两个人都没有退休金，就靠种地和子女给钱生活。听说八十岁以上的老人政府每个月有补贴，想问一下他们俩每个人每月能领多少？要到哪里去申请？', 'elderly', ['每人每月100元', '竹溪县桃源镇便民服务中心'], region='zx')
Q('long fact-in-field', '我在松涛一家物流公司干了快三年，每个月都交五险。上个月公司说经营困难要裁员，我被裁了，签了解除合同的协议，公司也给了补偿。现在一直在找工作，还没找到。想问一下失业金每个月能领多少，最多能领几个月？', 'unemp', ['目前为每月2034元', '最长可领取12个月'])
Q('long conditions', '我今年二十六岁，单身，户口在外省，在松涛做保安三年了，居住证办了两年多，社保也一直在交。现在每个月工资三千左右，房租太贵了，想申请公租房。像我这种外地单身的，符合申请条件吗？', 'pubhouse', ['持有本市居住证满2年', '单身申请人须年满25周岁'])
Q('long materials fee', '你好，我在外地上大学，暑假回来才发现身份证找不到了，可能是在学校丢的，下周就要回学校了。请问补办身份证要带什么？要多少钱？做好以后我人在外地，能不能寄到学校去？', 'idlost', ['居民户口簿', '每证20元'], any_=[['到窗口领取或邮寄到家', '跨省通办']])
Q('long conditions', '我爸是退伍军人，当了八年兵，退伍后一直在南麓县老家务农，现在岁数大了腿脚不好，出门很不方便，也不会用智能手机。听说现在退役军人可以办优待证，坐车看病都有优惠。我能替他去申请吗？要带什么证件？', 'veteran', ['可委托近亲属代为申请', '近亲属关系证明'], region='nl')
Q('long time', '你们好，我是南麓县的，孩子是去年十一月出生的，当时因为老公出差、我在坐月子，就没有去给孩子上户口，现在已经半年多了。请问超过时间没报户口会不会罚款？现在去办要准备什么，当天能办好吗？', 'birth', ['未及时申报的情况说明', '材料齐全的即时办结'], region='nl')
Q('long amount conditions', '我是二级肢体残疾，前几年出车祸落下的，家里是低保户，有残疾证，户口在枫桥区，平时靠我妈照顾。听说残疾人有生活补贴和护理补贴，不知道我能不能两个都领，每个月分别是多少钱？', 'dissub', ['两项补贴可同时享受', '每人每月160元', '每人每月200元'], region='fq')
Q('long conditions fee', '我老婆是做餐饮的，在玉带区开了家小面馆，生意还行，前阵子又雇了两个服务员。现在市场监管的人说员工都要有健康证，请问健康证去哪里体检，多少钱一个人，办好了能用多久？', 'healthcert', [hall('healthcert', 'yd'), '每人60元', '健康证明有效期为1年'], region='yd')
Q('long process', '我们村有户人家想申请低保，他家男人常年在外面打工，听说收入还不少，村里说审核完要公示，我想问一下公示是在哪里公示，要公示几天？要是有人觉得他家条件不错、有意见，可以怎么反映？', 'dibao', ['公示7天', '12345'])
Q('compound time fee', '换驾照要多久，工本费多少', 'dlrenew', ['窗口办理的当场办结', '每证10元'])
Q('compound conditions time', '生育津贴要交满多久医保，申请后多久能到账', 'maternity', ['满12个月', '10个工作日'])
Q('compound amount conditions', '低保一个月多少钱？要本地户口吗？', 'dibao', ['每人每月1050元', '持有本市户籍'])
Q('compound materials online', '无犯罪记录证明要带什么？能网上开吗？', 'nocrime', ['居民身份证', 'gaj/wfzjl'])
Q('compound express appointment', '补领身份证能邮寄吗？要不要预约？', 'idlost', ['到窗口领取或邮寄到家', '公安户政窗口'])
Q('compound fee time', '残疾证办理要钱吗？多久能办好？', 'discard', ['评残费用由残联承担', '评定时间不计入'])
Q('compound conditions location', '育儿补贴谁可以申请，在哪申请', 'childsub', ['由婴幼儿父母一方或其他监护人申请', 'wjw/yebt'])
Q('compound time result', '离婚登记当天能拿证吗？最后拿到的是什么证？', 'divorce', ['离婚冷静期', '当场发给离婚证'])
Q('compound amount fact-in-field', '高龄津贴80岁每月多少？100岁呢？', 'elderly', ['每人每月100元', '每人每月800元'])
Q('compound fee materials', '健康证体检多少钱，要带什么', 'healthcert', ['每人60元', '居民身份证'])
Q('compound visits online', '出生登记能网上办吗，要跑几次？', 'birth', ['gaj/csdj', '在线申报'])
Q('compound cross-region time', '驾照补领能在外地办吗？多久？', 'dllost', ['全国任一车辆管理所申请', '窗口办理的当场办结'])
Q('compound region phone location', '我在玉带区，社保卡在哪办？电话多少？', 'sicard', [hall('sicard', 'yd'), phone('sicard', 'yd')], region='yd')
Q('traditional amount', '失業保險金一個月可以領多少錢？', 'unemp', ['目前为每月2034元'])
Q('traditional conditions', '申請公租房需要什麼條件？', 'pubhouse', ['家庭人均月收入低于2800元'])
Q('traditional fee', '換身份證要多少錢？', 'idrenew', ['每证20元'])
Q('traditional amount', '低保標準每個月多少錢？', 'dibao', ['每人每月1050元'])
Q('visits', '办残疾证要跑几趟', 'discard', ['到指定评定机构进行残疾评定'])
Q('visits online', '异地就医备案要不要去窗口跑一趟', 'remote', ['系统自动审核，即时生效'])
Q('result', '办完残疾证拿到的是什么证', 'discard', ['中华人民共和国残疾人证'])
Q('result', '食品经营许可办下来给什么证', 'food', ['食品经营许可证'])
Q('appointment', '二手房过户能预约吗', 'esttransfer', ['松涛市不动产登记中心'], any_=[['yuyue/hall-st-estate', '登记受理区']])
Q('phone', '残疾证办理咨询电话', 'discard', [], any_=[[phone('discard', r) for r in DIST]])
Q('phone region', '枫桥区低保咨询电话多少', 'dibao', [phone('dibao', 'fq')], region='fq')
Q('phone', '不动产登记有意见投诉打什么电话', 'esttransfer', ['12345'])
Q('location region', '南麓县的政务服务中心在哪，能办结婚登记吗', 'marry', [hall('marry', 'nl'), hall('marry', 'nl', 'address')], region='nl')
Q('process', '低保申请的流程是怎样的', 'dibao', ['家庭经济状况核对和入户调查'])
Q('process', '残疾证办理流程', 'discard', ['向户籍所在地区县残联提出申请'])
Q('process', '公租房申请流程', 'pubhouse', ['纳入轮候，按轮候顺序配租'])
Q('howto', '老年证怎么办', 'oldcard', ['老人居民身份证'], any_=[['mzj/lnz', '便民服务中心申请']])
Q('howto', '城乡居民医保怎么参保', 'resmed', ['居民身份证或居民户口簿'], any_=[['ybj/cxjm', '松涛医保']])
Q('howto', '公积金贷款怎么办', 'hpfloan', ['借款人及配偶居民身份证', '购房合同', 'gjj/dk'])
Q('howto region', '我在竹溪县，残疾证怎么办', 'discard', ['居民身份证或户口簿', hall('discard', 'zx')], region='zx')
Q('howto typo', '港澳通行政怎么办', 'hkmo', ['居民身份证'], any_=[['松涛市公安局出入境接待大厅', '枫林路58号']])
Q('cross-region', '结婚证丢了在外省能补吗', 'marrycert', ['一方常住户口所在地的婚姻登记机关'])
Q('cross-region', '社保卡能在外地补办吗', 'sicard', ['全省通办'])
Q('cross-region', '个人所得税汇算在外地能办吗', 'iit', ['跨省通办'])
Q('result', '二手房过户完拿到什么', 'esttransfer', ['不动产权证书'])
Q('fact-in-field', '投靠子女落户，子女要在松涛有房子吗', 'move', ['被投靠人须在本市有合法固定住所'])
Q('fact-in-field', '临时救助先救助后补材料吗', 'tempaid', ['事后补齐材料'])

# ============================ 不在目录（negative）
N('养狗要办狗证去哪办', '犬只登记不在目录')
N('结婚证上名字打错了怎么更正', '婚姻登记更正不在目录（目录只有结婚、离婚、补领）')
N('去美国旅游签证在哪办', '外国签证不在目录（目录只有护照和港澳通行证）')
N('驾照想增驾考B2要怎么报名', '增驾申请不在目录')
N('二手车过户要带什么', '机动车转移登记不在目录（目录只有二手房过户）')
N('驾照扣满12分了怎么学习', '满分教育不在目录')
N('社保卡密码忘了怎么重置', '社保卡密码重置不在目录（目录只有申领/补换）')
N('单身证明在哪里开', '婚姻状况证明不在目录')
N('房贷还完了，抵押怎么注销', '抵押权注销登记不在目录')
N('新买的商品房怎么办房产证', '首次登记不在目录（目录只有二手房转移、补证、查询）')
N('公积金从外地转到松涛怎么转', '公积金异地转移接续不在目录')
N('装修房子能提取公积金吗', '装修提取不在目录')
N('公积金贷款想提前还款怎么办', '公积金提前还款不在目录')
N('残疾证到期了换新证怎么办', '残疾人证换领不在目录（目录只有核发）')
N('个体户不干了怎么注销', '个体工商户注销不在目录')
N('公司营业执照年报在哪里填', '企业年报不在目录')
N('特困人员供养怎么申请', '特困供养不在目录')
N('医保卡里的钱能给家里人用吗', '家庭共济不在目录')
N('职工医保转到外地怎么办', '医保关系转移不在目录')
N('去台湾的通行证怎么办', '往来台湾通行证不在目录')
N('户口本丢了怎么补', '户口簿补领不在目录')
N('户口本上想改个名字怎么弄', '姓名变更不在目录')
N('跟外国人结婚去哪登记', '涉外婚姻登记不在目录（目录为内地居民结婚登记）')
N('做试管婴儿医保能报销吗', '辅助生殖报销不在目录')
N('产检的费用怎么报销', '生育医疗费用报销不在目录（目录只有生育津贴）')
N('初中想转学怎么办手续', '转学不在目录')
N('孩子上幼儿园怎么报名', '幼儿园入园不在目录')
N('车船税在哪里交', '车船税不在目录')
N('墓地多少钱一个', '经营性公墓价格不在目录')
N('退伍的一次性经济补助怎么领', '退役金/一次性补助不在目录')
N('公司拖欠工资去哪里投诉', '劳动保障监察投诉不在目录')
N('劳动仲裁怎么申请', '劳动仲裁不在目录')
N('医师执业证怎么注册', '医师执业注册不在目录')
N('出生证明丢了怎么补办', '出生医学证明补发不在目录（只作材料出现）')
N('开小卖部要办烟草专卖许可证吗，在哪办', '烟草专卖零售许可不在目录')
N('网约车驾驶员证怎么考', '网约车驾驶员证不在目录')
N('建筑施工许可证怎么办', '建筑工程施工许可不在目录')
N('钓鱼证在哪里办', '与本地事项无关')
N('政务服务中心附近哪里好停车', '停车信息目录没有')
N('市民服务中心食堂对外开放吗', '目录没有的日常问题')
N('身份证号码最后一位X是什么意思', '身份证常识，目录没有')
N('在路边摆摊卖水果要办什么证吗', '流动摊贩管理不在目录')
N('房产税怎么交', '房产税不在目录')
N('老年证丢了怎么补办', '老年人优待证补办不在目录（目录只有办理）')
N('狗咬人了找哪个部门', '与目录无关')
N('結婚證上的照片能換嗎？', '婚姻登记证换照不在目录', tags='negative traditional')
N('醫保報銷比例是多少？', '医保报销比例不在目录', tags='negative traditional')
N('公基金账户密码忘了咋办', '公积金账户密码不在目录', tags='negative typo')

# ============================ 多轮
MT('出生登记：怎么办→时限→换区→邮寄', 'howto time region location express',
   ('宝宝出生了要上户口，怎么弄', 'birth', None, ['出生医学证明']),
   ('那要多久', 'birth', None, ['材料齐全的即时办结']),
   ('我住在枫桥区，去哪里办', 'birth', 'fq', [hall('birth', 'fq')]),
   ('户口本能寄回来吗', 'birth', 'fq', ['可选择邮寄户口簿']))
MT('身份证换领：材料→费用→邮寄', 'materials fee express',
   ('身份证要到期了，换证要带什么', 'idrenew', None, ['原居民身份证']),
   ('多少钱', 'idrenew', None, ['每证20元']),
   ('能寄到家吗', 'idrenew', None, ['选择邮寄到家']))
MT('结婚登记：材料→预约→换区→开放时间', 'materials appointment region location',
   ('想去领结婚证，要带啥', 'marry', None, ['双方居民身份证']),
   ('要预约吗', 'marry', None, ['通过“松涛办”预约登记日期']),
   ('我们在鹤鸣区', 'marry', 'hm', ['鹤鸣区婚姻登记处']),
   ('周六开门不', 'marry', 'hm', ['周六上午仅办理结婚登记']))
MT('低保：怎么申请→金额→公示期', 'howto amount fact-in-field',
   ('低保怎么申请', 'dibao', None, ['向户籍所在地乡镇（街道）提出申请']),
   ('一个月能拿多少', 'dibao', None, ['差额发放']),
   ('要公示几天', 'dibao', None, ['公示7天']))
MT('护照：材料→费用→地点', 'materials fee location',
   ('办护照要准备什么', 'passport', None, ['居民身份证']),
   ('要多少钱', 'passport', None, ['每本120元']),
   ('在哪里办', 'passport', None, ['枫林路58号']))
MT('公积金贷款：条件→额度→期限', 'conditions amount fact-in-field',
   ('公积金贷款有什么条件', 'hpfloan', None, ['连续足额缴存住房公积金满6个月']),
   ('最多贷多少', 'hpfloan', None, ['夫妻双方最高70万元']),
   ('最长几年', 'hpfloan', None, ['贷款期限最长30年']))
MT('高龄津贴：怎么申请→90岁金额→代办', 'howto amount agent',
   ('高龄津贴怎么申请', 'elderly', None, ['老人居民身份证']),
   ('九十岁的一个月多少', 'elderly', None, ['每人每月300元']),
   ('能让家里人代办吗', 'elderly', None, ['可由家属代为申请']))
MT('居住证：条件→网办→换区地址', 'conditions online region location',
   ('外地人办居住证有什么条件', 'resid', None, ['居住半年以上']),
   ('网上能办吗', 'resid', None, ['gaj/jzz']),
   ('我住玉带区，窗口在哪', 'resid', 'yd', [hall('resid', 'yd', 'address')]))
MT('失业金：怎么领→金额→期限', 'howto amount fact-in-field',
   ('失业金怎么领', 'unemp', None, ['rsj/syj']),
   ('每个月多少钱', 'unemp', None, ['目前为每月2034元']),
   ('能领几个月', 'unemp', None, ['最长可领取12个月']))
MT('小学入学：报名时间→随迁条件', 'fact-in-field conditions',
   ('孩子明年上一年级，什么时候报名', 'school', None, ['每年5月15日至5月31日网上报名']),
   ('我们是外地户口的话呢', 'school', None, ['持有本市居住证满1年']))
MT('残疾证：怎么办→费用→邮寄', 'howto fee express',
   ('残疾证怎么办理', 'discard', None, ['指定评定机构进行残疾评定']),
   ('评残要花钱吗', 'discard', None, ['评残费用由残联承担']),
   ('证能寄到家吗', 'discard', None, ['制发第三代残疾人证，可邮寄']))
MT('二手房过户：流程→费用→时限', 'process fee time',
   ('二手房过户流程是怎么样的', 'esttransfer', None, ['在同一窗口缴纳契税']),
   ('登记费多少', 'esttransfer', None, ['住宅每件80元']),
   ('要几天', 'esttransfer', None, ['一窗受理、税费同缴']))
MT('健康证：费用→换区地点', 'fee region location',
   ('办健康证多少钱', 'healthcert', None, ['每人60元']),
   ('我在南麓县，去哪里体检', 'healthcert', 'nl', [hall('healthcert', 'nl')]))
MT('育儿补贴：金额→怎么申请', 'amount online',
   ('育儿补贴一年多少钱', 'childsub', None, ['每孩每年3600元']),
   ('那怎么申请', 'childsub', None, ['wjw/yebt']))
MT('临时身份证：费用→在暂停地区', 'fee suspended region',
   ('临时身份证多少钱', 'idtemp', None, ['每证10元']),
   ('我在南麓县', 'idtemp', 'nl', []))
MT('公租房：条件→在暂停地区', 'conditions suspended region',
   ('公租房申请要什么条件', 'pubhouse', None, ['家庭人均月收入低于2800元']),
   ('我是玉带区的', 'pubhouse', 'yd', []))
MT('驾照换证：体检→网办', 'materials online',
   ('驾照到期换证要体检吗', 'dlrenew', None, ['机动车驾驶人身体条件证明']),
   ('网上能办吗', 'dlrenew', None, ['交管12123']))
MT('无犯罪记录证明：代办→时限', 'agent time',
   ('开无犯罪记录证明', 'nocrime', None, ['gaj/wfzjl']),
   ('可以别人代办吗', 'nocrime', None, ['可委托他人代为申请']),
   ('几天出', 'nocrime', None, ['需要跨地区核查的为3个工作日']))
MT('异地就医备案：临时有效期→是否跑窗口', 'fact-in-field visits',
   ('异地就医备案怎么办', 'remote', None, ['国家医保服务平台APP']),
   ('临时的有效期多久', 'remote', None, ['有效期为6个月']),
   ('要去窗口吗', 'remote', None, ['系统自动审核，即时生效']))
MT('殡葬补贴：生态安葬→申请期限', 'amount fact-in-field',
   ('殡葬补贴有哪些', 'burial', None, ['每具遗体最高1500元']),
   ('树葬有补贴吗', 'burial', None, ['一次性奖补3000元']),
   ('要多久之内申请', 'burial', None, ['安葬之日起6个月内申请']))
MT('协议离婚：怎么办→冷静期→代办', 'howto fact-in-field agent',
   ('协议离婚怎么办', 'divorce', None, ['离婚协议书']),
   ('冷静期多久', 'divorce', None, ['受理之日起30日为离婚冷静期']),
   ('能委托律师去吗', 'divorce', None, ['不能委托他人代办']))
MT('社保卡补办：费用→时限→换区', 'fee time region location',
   ('社保卡丢了', 'sicard', None, ['应先办理挂失']),
   ('补卡多少钱', 'sicard', None, ['每张15元']),
   ('当天能拿吗', 'sicard', None, ['在具备即时制卡条件的网点可当场领卡']),
   ('我在竹溪县，去哪', 'sicard', 'zx', [hall('sicard', 'zx')]))
MT('食品经营许可：时限→有效期', 'time fact-in-field',
   ('开饭店要办食品经营许可', 'food', None, ['食品经营许可申请书']),
   ('要多久', 'food', None, ['承诺制审批的当场发证']),
   ('有效期几年', 'food', None, ['有效期为5年']))
MT('城乡居民养老：缴费→补贴', 'fee amount',
   ('城乡居民养老保险怎么交', 'ruralpension', None, ['rsj/cxjb']),
   ('最低档多少', 'ruralpension', None, ['每年200元至5000元']),
   ('政府补多少', 'ruralpension', None, ['政府每人每年补贴30元']))
MT('退役军人优待证：时限→邮寄', 'time express',
   ('退役军人优待证怎么申请', 'veteran', None, ['退役军人优待证”微信小程序']),
   ('多久能拿到', 'veteran', None, ['由省级统一制证']),
   ('能寄吗', 'veteran', None, ['到服务站领取或邮寄']))
MT('个税汇算：时间→到账', 'fact-in-field time',
   ('个税年度汇算', 'iit', None, ['sw/gshs']),
   ('什么时候能办', 'iit', None, ['每年3月1日至6月30日']),
   ('多久到账', 'iit', None, ['一般10个工作日内到账']))
MT('两项补贴：护理补贴金额→同时享受', 'amount conditions',
   ('重度残疾人护理补贴', 'dissub', None, ['一级、二级的重度残疾人']),
   ('一个月多少钱', 'dissub', None, ['每人每月200元']),
   ('能和生活补贴一起领吗', 'dissub', None, ['两项补贴可同时享受']))
MT('投靠落户：年龄→时限', 'fact-in-field time',
   ('老人投靠子女落户', 'move', None, ['父母投靠子女']),
   ('爸妈要多大年纪', 'move', None, ['男年满60周岁、女年满55周岁']),
   ('要多久', 'move', None, ['核查时间不计入办理时限']))
MT('生育津贴：难产天数→申领期限', 'fact-in-field',
   ('生育津贴怎么算', 'maternity', None, ['除以30再乘以产假天数']),
   ('难产多几天', 'maternity', None, ['难产增加15天']),
   ('多久内要申请', 'maternity', None, ['分娩之日起1年内申领']))
MT('死亡户口注销：材料→代办→转一件事', 'materials agent bundle',
   ('老人走了要销户口', 'deathreg', None, ['应当在1个月以内']),
   ('要带什么', 'deathreg', None, ['死者居民户口簿']),
   ('能让别人代办吗', 'deathreg', None, ['代办人须携带委托书和本人居民身份证']),
   ('除了销户还要办哪些手续', 'bundle:death', None, ['惠民殡葬补贴申领', '丧葬补助金、抚恤金申领']))
MT('门诊慢特病：材料→时限', 'materials time',
   ('慢病认定怎么申请', 'chronic', None, ['在定点医院医保办或线上提交申请']),
   ('要什么材料', 'chronic', None, ['二级及以上定点医院出具的诊断证明']),
   ('多久有结果', 'chronic', None, ['15个工作日']))
MT('房产证补证：公告期→费用', 'fact-in-field fee',
   ('房产证丢了怎么办', 'estlost', None, ['不动产权证书遗失声明']),
   ('要公告多久', 'estlost', None, ['公告15个工作日']),
   ('要多少钱', 'estlost', None, ['每本10元']))
MT('公司设立：时限→刻章', 'time fee',
   ('想注册个公司', 'company', None, ['scj/qykb']),
   ('多久能办完', 'company', None, ['企业开办全流程1个工作日内办结']),
   ('刻章收费吗', 'company', None, ['首套印章免费刻制']))
MT('灵活就业社保补贴：金额→公示', 'amount fact-in-field',
   ('灵活就业社保补贴', 'flexsub', None, ['已认定为就业困难人员']),
   ('补多少', 'flexsub', None, ['按实际缴纳基本养老、医疗保险费的2/3']),
   ('公示几天', 'flexsub', None, ['补贴名单公示5个工作日']))
MT('港澳通行证：签注费→自助', 'fee process',
   ('港澳通行证怎么办', 'hkmo', None, ['居民身份证']),
   ('签注多少钱', 'hkmo', None, ['每次15元']),
   ('能自助签注吗', 'hkmo', None, ['可在自助签注机即时办理']))
MT('临时救助：金额→紧急时限', 'amount time',
   ('临时救助怎么申请', 'tempaid', None, ['困难情况说明']),
   ('最多能给多少', 'tempaid', None, ['即3150元']),
   ('急的话多久能到', 'tempaid', None, ['先行救助的24小时内发放']))
MT('老年证：材料→邮寄→换区', 'materials express region location',
   ('老年证怎么办', 'oldcard', None, ['老人居民身份证']),
   ('能寄到家吗', 'oldcard', None, ['到窗口领取或邮寄到家']),
   ('我在枫桥区，窗口在哪', 'oldcard', 'fq', [hall('oldcard', 'fq')]))
MT('补领结婚证：一人到场→时限', 'conditions time',
   ('结婚证丢了', 'marrycert', None, ['申请人居民身份证']),
   ('一个人能去吗', 'marrycert', None, ['可由双方或一方到场申请']),
   ('多久能补好', 'marrycert', None, ['需要调取外地婚姻登记档案的为5个工作日']))
MT('身份证补领→转临时身份证', 'conditions fee',
   ('身份证掉了', 'idlost', None, ['居民户口簿']),
   ('急着坐飞机怎么办', 'idlost', None, ['可同时申请临时居民身份证']),
   ('临时身份证多少钱', 'idtemp', None, ['每证10元']))
MT('不动产查询：网上查→延时', 'online location',
   ('想查下我名下的房子', 'estquery', None, ['权利人可查询本人名下不动产']),
   ('能在网上查吗', 'estquery', None, ['bdc/cx']),
   ('窗口周三晚上开吗', 'estquery', None, ['每周三延时服务至19:00']))
MT('代开发票：网办→免税', 'online conditions',
   ('个人代开发票', 'invoice', None, ['自然人发生应税行为需要开具发票的']),
   ('网上能办吗', 'invoice', None, ['sw/zrrdk']),
   ('要交税吗', 'invoice', None, ['月销售额10万元以下的，免征增值税']))
MT('居住证（繁体）：材料→时限', 'traditional materials time',
   ('辦居住證要什麼材料？', 'resid', None, ['居民身份证']),
   ('要多久？', 'resid', None, ['10个工作日']))
MT('身份证换领→户口本补领（不在目录）', 'negative',
   ('身份证到期换领要带什么', 'idrenew', None, ['原居民身份证']),
   ('那户口本丢了怎么补', None))
MT('错别字多轮：公积金租房提取', 'typo amount time',
   ('租房提公基金怎么弄', 'hpfrent', None, ['松涛公积金']),
   ('一年能体多少', 'hpfrent', None, ['每人每年最高18000元']),
   ('几天到帐', 'hpfrent', None, ['1个工作日内转入本人银行卡']))
MT('出生一件事→换区', 'bundle region',
   ('宝宝出生后要办的手续能一次办吗', 'bundle:birth', None, ['出生登记', '社会保障卡申领']),
   ('我是南麓县的', 'bundle:birth', 'nl', ['出生登记']))
MT('高龄津贴（繁体）：金额→代办', 'traditional amount agent',
   ('高齡津貼怎麼申請？', 'elderly', None, ['老人居民身份证']),
   ('100歲的每月多少？', 'elderly', None, ['每人每月800元']),
   ('家屬可以代辦嗎？', 'elderly', None, ['可由家属代为申请']))

# ============================ 追加：繁体与长留言
Q('traditional fact-in-field', '小孩出生後多久要去報戶口？', 'birth', ['出生后1个月内'])
Q('traditional conditions', '身份證丟了要登報嗎？', 'idlost', ['无需登报声明'])
Q('traditional amount', '育兒補貼一年可以領多少錢？', 'childsub', ['每孩每年3600元'])
Q('traditional fee', '港澳通行證簽注一次多少錢？', 'hkmo', ['每次15元'])
Q('traditional conditions', '租房提取公積金要繳存滿幾個月？', 'hpfrent', ['连续足额缴存住房公积金满3个月'])
Q('traditional fact-in-field', '臨時外出就醫備案有效期多久？', 'remote', ['有效期为6个月'])
Q('traditional time', '無犯罪記錄證明幾天可以拿到？', 'nocrime', ['需要跨地区核查的为3个工作日'])
Q('traditional region location', '我住在鶴鳴區，結婚登記要去哪裡辦？', 'marry', ['鹤鸣区婚姻登记处'], region='hm')
Q('traditional fee', '健康證體檢費多少錢？', 'healthcert', ['每人60元'])
Q('traditional conditions', '老年優待證幾歲可以辦？', 'oldcard', ['年满60周岁'])
Q('traditional faq', '12345熱線晚上有人接聽嗎？', 'faq-st-12345', ['24小时人工接听'])
Q('traditional long conditions', '您好，我是從香港回來松濤定居的，太太是本地人，我們結婚已經三年了，現在我想把戶口遷到太太家裡，她在楓橋區有自己的房子。請問夫妻投靠落戶需要符合什麼條件？要準備哪些材料？', 'move', ['结婚满2年', '被投靠人合法固定住所证明'], region='fq')
Q('long amount fact-in-field', '我老公在单位上班交了五年多医保，我是灵活就业没交生育保险。我下个月预产期，医生说可能要剖腹产。想问问生育津贴是不是只有他单位能帮我领？我这种情况能领吗？产假一般算多少天？', 'maternity', ['顺产158天', '所在单位已为其连续足额缴纳职工医保'])
Q('long conditions process', '你好，我儿子今年8月20号满六岁，我们是外省户口，我和他爸在松涛做生意好几年了，居住证办了两年，社保一直在交。今年9月想让他在玉带区上一年级，请问我们这种情况怎么报名，什么时候报，要准备哪些材料？', 'school', ['持有本市居住证满1年', '每年5月15日至5月31日网上报名'], region='yd')
Q('long fee time', '我在枫桥区买了套二手房，卖家说下周可以一起去办过户。我是第一次买房，啥都不懂，想先问问：过户要交哪些费用，登记费多少钱？从申请到拿到房产证大概要几天？卖家的贷款还没有还完会不会有影响？', 'esttransfer', ['住宅每件80元', '抵押未注销的须先解除'])
Q('long agent', '我父亲今年八十二岁，户口在鹤鸣区，前段时间中风以后一直卧床，没办法自己出门。听说满八十岁的老人有高龄津贴，以前我们都没领过。请问我作为儿子能不能替他去申请？需要带上他的哪些证件？', 'elderly', ['可由家属代为申请', '老人居民身份证'], region='hm')
Q('long online time', '我们公司新招了一个外地的小伙子，入职要求提供无犯罪记录证明，他户口在老家，但是在松涛已经租房住了一年多了。请问他能在松涛这边开吗？可不可以在网上直接申请，大概几天能拿到证明？', 'nocrime', ['在本市居住满6个月的非本市户籍人员', 'gaj/wfzjl'])
Q('long howto', '你好，我今年五十八岁，刚从厂里下岗，一直没找到合适的工作，现在在外面做点零工，社保都是自己交的，压力很大。听人说像我这个年纪的灵活就业可以申请社保补贴，请问能补多少，能补几年？', 'flexsub', ['按实际缴纳基本养老、医疗保险费的2/3', '可延长至退休'])
