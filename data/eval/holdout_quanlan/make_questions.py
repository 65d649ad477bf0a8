# -*- coding: utf-8 -*-
"""Write questions.yaml (single-turn) for the 泉澜 held-out set.  Wording is hand-written;
codes and {placeholders} are resolved from the catalog and every fact is checked."""
import os, yaml
from qlib import *

HERE = os.path.dirname(os.path.abspath(__file__))
QS = []


ZH = {'compound': '一问多事', 'long': '长叙述', 'fact-in-field': '字段内事实', 'phone': '咨询/投诉电话', 'appointment': '预约',
      'express': '邮寄', 'visits': '跑动次数', 'agent': '代办/申请人', 'cross-region': '通办范围', 'result': '办理结果',
      'amount': '领取金额', 'howto': '怎么办', 'materials': '材料', 'time': '办结时限', 'fee': '收费', 'location': '办理地点',
      'online': '网上办理', 'process': '流程', 'conditions': '受理条件', 'revoked': '已撤销', 'suspended': '暂停',
      'faq': '知识库', 'bundle': '一件事', 'region': '按区划作答', 'traditional': '繁体', 'typo': '错别字'}
ROT = {'n': 0}
ROT_REG = ['qh', 'wh', 'dl', 'yx']


def Q(item, say, tags, c=(), a=(), n=(), r=None, m=False, ask=False, desc=None):
    tags = tags.split()
    if (r is None and item and not item.startswith(('faq', 'bundle')) and 'city' not in INDEX[item]
            and 'cross-region' not in tags):
        ROT['n'] += 1
        if ROT['n'] % 5 == 2:
            r, m = ROT_REG[(ROT['n'] // 5) % 4], True
    if r and item and not item.startswith(('faq', 'bundle')) and 'city' not in INDEX[item] and 'region' not in tags:
        tags.append('region')
    t = turn(item, say, c, a, n, reg=r if (item and not item.startswith(('faq', 'bundle'))) else None, ask=ask)
    name = (BY_CODE[t['codes'][0]]['name'] if t.get('codes') and t['codes'][0] in BY_CODE else
            (FAQ[item]['answer'][:12] if item and item.startswith('faq') else (BUNDLES[item]['name'] if item and item.startswith('bundle') else '目录外事项')))
    asp = '、'.join(ZH[t] for t in tags if t in ZH)
    d = dict(id=f'q-{len(QS) + 1:03d}', description=desc or f"{name}：考{asp}", tags=tags)
    if r and m:
        d['metadata'] = region_meta(r)
    d['turns'] = [t]
    QS.append(d)


# ---- 居民身份证首次申领
Q('sfz_first', '我家小孩15岁了，能办身份证吗，要大人陪着去吗', 'conditions compound agent fact-in-field', c=['未满16周岁', '监护人陪同'])
Q('sfz_first', '第一次办身份证要带啥，要不要自己带照片', 'materials compound fact-in-field', c=['居民户口簿', '现场免费采集'])
Q('sfz_first', '娃第一次办身分证多少钱 在哪办', 'fee location compound typo', c=['20元', '{hall}'], r='qh', m=True)
Q('sfz_first', '初次办身份证多久能拿到？能寄到家里吗', 'time express compound', c=['15个工作日'], a=[EX])
Q('sfz_first', '我儿子今年刚满16周岁，户口在东岭区，之前在老家读书一直没办过身份证，现在转学回来，下个月要去参加考试，准考证上要填身份证号。请问第一次办身份证需要他本人去吗，东岭那边在哪个地方办，电话多少？',
  'long agent location phone compound', c=['采集人像和指纹', '{hall}', '{phone}'], n=['{phone:qh}'], r='dl')
Q('sfz_first', '我女儿今年10岁，户口在东岭区，下个月要跟学校舞蹈队坐高铁去省城比赛，老师说住酒店最好带身份证，我们想趁这周末给她办一个。请问这么小能办身份证吗？办要多少钱？能不能在网上预约？',
  'long conditions fee appointment compound', c=['未满16周岁', '20元'], a=[AP], r='dl')
Q('sfz_first', '望海区办身份证的电话多少', 'phone', c=['{phone}'], n=['{phone:dl}'], r='wh')
# ---- 换领
Q('sfz_renew', '身份证快过期了，提前多久可以去换', 'fact-in-field conditions', c=['三个月'], n=['15个工作日'])
Q('sfz_renew', '我今年30岁换身份证，新的能用几年', 'fact-in-field conditions', c=['20年'])
Q('sfz_renew', '身份证到期了我在外省打工，能在当地换吗', 'cross-region', a=[['跨省通办', '全国任一']])
Q('sfz_renew', '換身份證要多少錢，要多久', 'traditional fee time compound', c=['20元', '15个工作日'])
Q('sfz_renew', '身份证过期换证可以预约吗', 'appointment', a=[AP], c=['{appt}'], r='wh', m=True)
Q('sfz_renew', '身份证换领网上能申请吗 网址是什么', 'online', c=['https://zwfw.quanlan.example/bs/sfzhl'])
Q('sfz_renew', '我妈今年47岁，身份证下个月就到期了，她人在云溪县老家，平时在镇上帮人看店，不太会用手机。我想问一下换新身份证需要带什么东西，旧的过期了还要不要交回去，新证是长期的吗？',
  'long materials fact-in-field compound', c=['原居民身份证', '交回', '长期有效'], r='yx')
Q('sfz_renew', '我是清河区的，今年45岁，身份证明年一月份到期，我在工厂上班平时请不了假，只有周六有空。想问下清河区政务中心周六能不能换身份证？可以提前在网上预约吗？换好了能直接寄到家里吗？',
  'long appointment express location compound', c=['{appt}'], a=[AP, EX, ['周六', '星期六', '6']], r='qh')
Q('sfz_renew', '身份证换领可以寄到家吗', 'express', a=[EX])
Q('sfz_renew', '身份证换领跑几趟', 'visits', c=['1次'])
Q('sfz_renew', '身份证过期了怎么换', 'howto', c=['原居民身份证', '15个工作日', '{hall}'], r='dl', m=True)
# ---- 补领
Q('sfz_lost', '身份证丢了咋补', 'howto', c=['40元', '15个工作日', '居民户口簿'])
Q('sfz_lost', '身分证掉了补办要钱不', 'typo fee', c=['40元'], n=['20元'])
Q('sfz_lost', '我爷爷82岁了，身份证找不到了，前几天翻遍了家里都没找到。他腿脚不方便，出门要坐轮椅，我们家住在六楼没有电梯。我是他孙子，能不能我拿着户口本替他去补身份证？如果不行有没有别的办法？',
  'long agent fact-in-field', c=['上门服务'], a=[['不能委托', '本人到场']])
Q('sfz_lost', '身份证丢了在清河哪里补，电话多少', 'location phone compound', c=['{hall}', '{phone}'], n=['{phone:wh}'], r='qh', m=True)
Q('sfz_lost', '身份证被偷了，我在外地上班，能在外地补吗', 'cross-region', a=[['跨省通办', '全国任一']])
Q('sfz_lost', '补身份证要跑几趟', 'visits', c=['1次'])
Q('sfz_lost', '补办身份证能寄到家吗，多少天', 'express time compound', a=[EX], c=['15个工作日'])
Q('sfz_lost', '補辦身份證去哪裡辦', 'traditional location', c=['{hall}', '{addr}'], r='dl', m=True)
Q('sfz_lost', '身份证丢了，补办的时候户口薄一定要带吗', 'fact-in-field materials typo', c=['免于提交'])
Q('sfz_lost', '在清河补身份证能不能网上预约', 'appointment', a=[AP], c=['{appt}'], r='qh', m=True)
# ---- 临时身份证
Q('sfz_temp', '临时身份证能用多久，多少钱', 'fact-in-field fee compound', c=['3个月', '10元'])
Q('sfz_temp', '临时身份证当天能拿吗', 'time', a=[['即办', '当场制发']])
Q('sfz_temp', '云溪县办临时身份证打哪个电话问', 'phone', c=['{phone}'], r='yx')
Q('sfz_temp', '东岭区办临时身份证要预约吗', 'appointment', a=[NOAP], r='dl')
# ---- 出生登记
Q('birth_hukou', '宝宝出生多久内要去上户口', 'fact-in-field', c=['1个月'])
Q('birth_hukou', '新生儿落户要带啥', 'materials', c=['出生医学证明', '父母双方居民身份证'])
Q('birth_hukou', '小孩上户口要不要结婚证', 'fact-in-field materials', c=['免于提交'])
Q('birth_hukou', '在望海区给孩子报户口能网上办吗', 'online', c=['https://zwfw.quanlan.example/bs/csdj'], r='wh', m=True)
Q('birth_hukou', '我和孩子爸爸一直没去领结婚证，孩子上个月在市妇幼保健院出生了，出生证也拿到了，现在想给孩子上户口跟我落在一起。请问非婚生的孩子能落户吗？需要准备什么材料，当天能办好吗？',
  'long materials time compound', c=['非婚生育情况说明', '出生医学证明', '即办'])
Q('birth_hukou', '娃上户口收钱吗', 'fee', a=[FREE])
Q('birth_hukou', '我老婆上周在望海区人民医院生了个女儿，我们俩户口都在望海区。我白天在工地上班实在走不开，老婆还在坐月子，想问孩子上户口能不能让孩子奶奶去办？要跑几趟？望海区政务中心电话是多少？',
  'long agent visits phone compound', c=['委托的近亲属', '1次'], a=[['{phone}', '{hphone}']], r='wh')
Q('birth_hukou', '望海区给小孩上户口能预约吗', 'appointment', a=[AP], c=['{appt}'], r='wh', m=True)
Q('birth_hukou', '新生儿户口本能邮寄吗', 'express', a=[NOEX])
Q('birth_hukou', '怎么给孩子上户口', 'howto', c=['出生医学证明', '即办', '{hall}'], r='yx', m=True)
Q('birth_hukou', '新生儿上户口爷爷奶奶能去办吗', 'agent', c=['委托的近亲属'])
# ---- 户口迁入
Q('hukou_move', '我老公户口在外地，结婚几年可以迁过来', 'fact-in-field conditions', c=['结婚满2年'], n=['10个工作日'])
Q('hukou_move', '我妈58岁了，想把户口迁到我这里，可以吗', 'fact-in-field conditions', c=['女满55周岁'])
Q('hukou_move', '户口迁过来还要回老家开迁移证吗', 'cross-region fact-in-field', c=['无需回原籍'])
Q('hukou_move', '投靠子女落户要多久，在东岭哪里办', 'time location compound', c=['10个工作日', '{hall}'], r='dl')
Q('hukou_move', '夫妻投靠要什么材料', 'materials', c=['结婚证', '迁入人居民身份证'])
Q('hukou_move', '我父母都在老家农村，我爸63岁、我妈57岁，我在东岭区买了房子，户口也在东岭区。想把他们的户口迁过来一起住，请问他们符合投靠条件吗？还需要回老家开迁移证吗？要带哪些材料？',
  'long conditions cross-region materials compound fact-in-field', c=['男满60周岁', '无需回原籍', '亲属关系证明'], r='dl')
Q('hukou_move', '迁户口能预约吗', 'appointment', a=[AP])
# ---- 死亡注销
Q('death_hukou', '老人走了多长时间内要去销户口', 'fact-in-field', c=['1个月'])
Q('death_hukou', '去世的人身份证找不到了还能销户吗', 'fact-in-field materials', c=['书面说明'])
Q('death_hukou', '我爸在云溪县去世了，注销户口去哪，打什么电话', 'location phone compound', c=['{hall}', '{phone}'], r='yx')
Q('death_hukou', '销户要钱吗，当天能办完吗', 'fee time compound', a=[FREE], c=['即办'])
Q('death_hukou', '我爷爷上周在云溪县家里过世了，已经火化了，火化证明也拿到了。家里人让我去派出所把户口销掉，但是爷爷的身份证找不到了。请问没有身份证能不能销户？除了户口本还要带什么？',
  'long materials fact-in-field compound', c=['书面说明', '火化证明', '申报人居民身份证'], r='yx')
Q('death_hukou', '老人销户口邻居能去办吗', 'agent', c=['邻居'])
# ---- 居住证
Q('juzhuzheng', '外地人在这边住多久可以办居住证', 'fact-in-field conditions', c=['满6个月'], n=['10个工作日'])
Q('juzhuzheng', '居住证办下来要多久 能不能寄', 'time express compound', c=['10个工作日'], a=[EX])
Q('juzhuzheng', '租房子住的办居住证要什么', 'materials fact-in-field', c=['房屋租赁合同', '登记备案'])
Q('juzhuzheng', '居住证收费吗', 'fee', a=[FREE])
Q('juzhuzheng', '办居住证在清河什么地方', 'location', c=['{hall}', '{addr}'], r='qh', m=True)
Q('juzhuzheng', '我是外省人，在望海区一家电子厂上班快一年了，住厂里宿舍，老婆孩子也接过来了。想办个居住证给孩子以后上学用。请问我这种情况要带什么材料？多久能办好？能不能寄到厂里？',
  'long materials time express compound', c=['劳动合同或营业执照', '10个工作日'], a=[EX], r='wh')
Q('juzhuzheng', '居住证要去几次', 'visits', c=['1次'])
Q('juzhuzheng', '云溪县办居住证能寄到家吗', 'express', a=[EX], r='yx', m=True)
Q('juzhuzheng', '在清河区办居住证怎么办', 'howto', c=['居民身份证', '10个工作日', '{hall}'], r='qh', m=True)
# ---- 结婚登记
Q('marriage', '男的多大可以领证', 'fact-in-field conditions', c=['22周岁'])
Q('marriage', '领结婚证要带什么', 'materials', c=['双方居民身份证', '合影2寸照片'])
Q('marriage', '扯证能不能我一个人去，她在外地上班', 'agent', a=[['共同亲自', '不能委托']])
Q('marriage', '在望海区领证去哪里 要预约吗', 'location appointment compound', c=['望海区婚姻登记处', '海棠路17号'], a=[AP], r='wh', m=True)
Q('marriage', '我户口在外省，老婆是泉澜的，能在这边登记结婚吗', 'cross-region', a=[['全国通办', '跨省通办']])
Q('marriage', '领结婚证多少钱', 'fee', a=[FREE], n=['9元'])
Q('marriage', '结婚登记户口本还要带吗', 'fact-in-field materials', c=['可不提交'])
Q('marriage', '結婚登記照片要什麼顏色底', 'traditional fact-in-field materials', c=['红色背景'])
Q('marriage', '领证周六能去吗', 'fact-in-field', c=['周一至周五'])
Q('marriage', '我和女朋友都是东岭区的，打算下个月领证。女朋友在外地出差要月底才回来，我们想赶在她生日那天领证，我想先去把手续办了，她回来再补签字可以吗？东岭区婚姻登记在哪里，可以预约吗？',
  'long agent location appointment compound', c=['{hall}'], a=[['共同亲自', '不能委托'], AP], r='dl')
Q('marriage', '办结婚证要跑几次', 'visits', c=['1次'])
Q('marriage', '清河区婚姻登记投诉电话', 'phone', c=['{cphone}'], r='qh', m=True)
# ---- 补领结婚证
Q('marriage_replace', '结婚证丢了怎么补', 'howto', c=['申请人居民身份证', '9元', '即办'])
Q('marriage_replace', '补结婚证两口子都要去吗', 'agent fact-in-field', c=['一方申请'])
Q('marriage_replace', '东岭区补领结婚证咨询电话', 'phone', c=['{phone}'], n=['{phone:qh}'], r='dl')
Q('marriage_replace', '补办结婚证多少钱', 'fee', c=['9元'])
Q('marriage_replace', '我和老公是2010年在外省老家结的婚，现在户口都在清河区，前段时间搬家把两本结婚证都弄丢了，现在银行办房贷要用结婚证。请问可以在清河区补吗？要交多少钱？当天能拿到吗？',
  'long cross-region fee time compound', c=['一方常住户口所在地', '9元', '即办'], r='qh')
Q('marriage_replace', '补结婚证能预约吗', 'appointment', a=[AP])
Q('marriage_replace', '结婚证补办能寄给我吗', 'express', a=[NOEX])
Q('marriage_replace', '补结婚证咨询电话', 'phone', c=['{phone}'], r='qh', m=True)
# ---- 离婚
Q('divorce', '离婚冷静期是多久', 'fact-in-field', c=['30日'])
Q('divorce', '协议离婚要去几趟', 'visits', c=['2次'])
Q('divorce', '离婚要带什么材料', 'materials', c=['离婚协议书', '结婚证'])
Q('divorce', '我和老公结婚八年了，感情破裂想协议离婚，孩子归我，房子存款也都商量好了。他现在在外地工作，说太忙不想专门回来，能不能委托律师替他来办？离婚协议上要写清楚哪些内容？',
  'long agent fact-in-field compound', c=['不能委托他人代办', '子女抚养'])
Q('divorce', '我在清河区，和前夫上个月已经去申请了离婚，当时窗口说有冷静期要等。现在冷静期快到了，请问冷静期满了以后多长时间内要去领离婚证？过了时间会怎么样？这次还要两个人一起去吗？',
  'long fact-in-field agent compound', c=['冷静期届满后30日内', '视为撤回', '双方共同'], r='qh')
Q('divorce', '办离婚要预约吗', 'appointment', a=[AP])
# ---- 生育登记
Q('birth_reg', '准生证现在还要办吗 怎么办', 'online howto', c=['https://zwfw.quanlan.example/bs/sydj'], a=[['全程网办', '网上']])
Q('birth_reg', '生育登记有啥条件，生三胎能登记吗', 'conditions', c=['不设条件限制'])
Q('birth_reg', '生育登记要去现场吗', 'visits online', a=[ZERO], c=['https://zwfw.quanlan.example/bs/sydj'])
Q('birth_reg', '生育登記辦完給什麼', 'traditional result', c=['生育登记服务单'])
# ---- 入学
Q('school', '孩子9月满6岁能上一年级吗', 'fact-in-field conditions', c=['8月31日前年满6周岁'])
Q('school', '小学报名啥时候开始', 'fact-in-field', c=['6月1日至6月15日'])
Q('school', '我们两口子是从外省来泉澜打工的，孩子明年要上一年级，户口还在老家农村，我在望海区一家超市上班，居住证办了8个月。请问孩子能在望海区报名上小学吗？要准备哪些材料？',
  'long conditions fact-in-field materials compound', c=['居住证满1年', '劳动合同或营业执照'], r='wh')
Q('school', '一年级报名要什么材料', 'materials', c=['居民户口簿', '预防接种证查验证明'])
Q('school', '上小学报名在哪个网站', 'online', c=['https://ruxue.quanlan.example'])
Q('school', '云溪县小学招生咨询电话多少', 'phone', c=['{phone}'], r='yx', m=True)
Q('school', '我家孩子今年9月份满6周岁，生日是9月10号，户口在清河区，家里房子也在学区，房产证是我和我爱人的名字。想问一下孩子今年能报名上一年级吗？报名是什么时候？要准备哪些东西？',
  'long fact-in-field materials compound', c=['8月31日前年满6周岁', '6月1日至6月15日', '预防接种证查验证明'], r='qh')
# ---- 低保
Q('dibao', '低保一个月能领多少钱', 'amount fact-in-field', a=[['850元', '680元']])
Q('dibao', '申请低保要在本地住多久', 'fact-in-field conditions', c=['满1年'], n=['20个工作日'])
Q('dibao', '低保审批要公示几天', 'fact-in-field process', c=['7天'])
Q('dibao', '我是东岭区的，老伴去年中风瘫痪了，我没有工作，儿子在外地打工也顾不上家，家里每个月就靠我打零工挣一千来块钱，还要给老伴买药。想申请低保，能不能让社区帮我去申请？要准备什么材料？',
  'long agent materials compound', c=['委托村（居）民委员会', '最低生活保障申请书', '家庭经济状况核对授权书'], r='dl')
Q('dibao', '石门镇的人申请低报可以在镇上办吗', 'location typo', c=['石门镇便民服务中心'], r='yx', m=True)
Q('dibao', '低保多久能批下来', 'time', c=['20个工作日'])
Q('dibao', '农村低保标准多少', 'amount', c=['680元'])
Q('dibao', '吃低保要交钱吗？钱怎么发', 'fee process compound', a=[FREE], c=['社会保障卡'])
Q('dibao', '办低保要预约吗', 'appointment', a=[NOAP])
Q('dibao', '低保能让村委会帮忙申请吗', 'agent', c=['委托村（居）民委员会'])
Q('dibao', '云溪县办低保打什么电话问', 'phone', c=['{phone}'], r='yx', m=True)
Q('dibao', '望海区怎么申请低保', 'howto', c=['最低生活保障申请书', '20个工作日', '{hall}'], r='wh', m=True)
# ---- 特困
Q('tekun', '五保户一个月补多少钱', 'amount', c=['1105元'])
Q('tekun', '孤寡老人多大年纪能申请特困', 'fact-in-field conditions', c=['满60周岁'])
Q('tekun', '清河区特困供养去哪申请', 'location', c=['{hall}'], r='qh')
Q('tekun', '我们小区有个孤寡老人，今年75岁，无儿无女，老伴前年走了，也没有退休金和其他收入，一个人住在望海区老房子里。社区说他可以申请特困供养，想问一下批下来每个月能领多少钱？需要公示吗？',
  'long amount process compound', c=['1105元', '公示7天'], r='wh')
# ---- 临时救助
Q('linshi', '家里着火了能申请临时救助吗，最多给多少', 'conditions amount compound', c=['火灾', '5100元'])
Q('linshi', '急难救助多久能拿到钱', 'fact-in-field', c=['24小时内'], n=['10个工作日'])
Q('linshi', '临时救助在望海区打哪个电话', 'phone', c=['{phone}'], r='wh', m=True)
Q('linshi', '我邻居家上周失火，房子烧了一半，男主人还被烧伤住院了，家里一下子没了收入，孩子还在上学。他们户口在望海区。请问可以申请什么救助？最多能给多少钱？急的话多久能到？',
  'long amount fact-in-field compound', c=['5100元', '24小时内'], r='wh')
# ---- 高龄津贴
Q('gaoling', '我奶奶92了，高龄补贴每个月多少', 'amount fact-in-field', c=['300元'])
Q('gaoling', '80岁老人补贴怎么申请，要跑吗', 'howto visits compound', c=['https://zwfw.quanlan.example/bs/gljt', '社会保障卡'], a=[ZERO])
Q('gaoling', '长寿金子女能帮忙申请吗', 'agent', c=['家属代为申请'])
Q('gaoling', '高龄津贴审批要公示吗，几天', 'fact-in-field process', c=['5天'])
Q('gaoling', '高龄津贴发到哪里', 'fact-in-field', c=['社会保障卡'])
Q('gaoling', '我父亲今年刚过80岁生日，户口在云溪县石门镇，他耳朵不好也不会用手机。听说80岁以上的老人每个月有补贴，我想替他申请，请问一个月能拿多少，需要带什么，在镇上能办吗？',
  'long amount agent materials location compound', c=['100元', '代办人居民身份证', '石门镇便民服务中心'], r='yx')
Q('gaoling', '我外婆今年101岁了，户口在望海区，一直是我舅舅在照顾。去年搬家后高龄津贴好像没再发了。想问问100岁以上的津贴每个月是多少，发到哪张卡上，有问题打哪个电话问？',
  'long amount fact-in-field phone compound', c=['800元', '社会保障卡', '{phone}'], r='wh')
Q('gaoling', '高龄津贴要不要跑腿', 'visits', a=[ZERO])
Q('gaoling', '高龄津贴我替老爸申请要带什么', 'agent materials', c=['代办人居民身份证'])
Q('gaoling', '怎么申请高龄补贴', 'howto', c=['社会保障卡', '15个工作日', 'https://zwfw.quanlan.example/bs/gljt'], r='wh', m=True)
# ---- 养老服务补贴
Q('yanglao_butie', '失能老人养老补贴一个月多少，是发现金吗', 'amount compound fact-in-field', c=['400元', '服务券'])
Q('yanglao_butie', '养老服务补贴要评估吗 评估要钱吗', 'process fee compound', c=['免费上门评估'])
Q('yanglao_butie', '居家养老补贴多少岁可以申请', 'conditions fact-in-field', c=['年满60周岁'])
# ---- 老年人优待证
Q('laonian', '老年证怎么办', 'howto', c=['老年人居民身份证', '即办', 'https://zwfw.quanlan.example/bs/lnz'])
Q('laonian', '外地老人在泉澜能办老年卡吗', 'conditions fact-in-field', c=['居住满6个月'])
Q('laonian', '老年卡几岁坐公交免费', 'fact-in-field', c=['65周岁'])
Q('laonian', '我妈办老年证我去代办行不', 'agent', c=['家属持双方身份证'])
Q('laonian', '老年证能寄吗', 'express', a=[EX])
Q('laonian', '东岭办敬老卡要带照片吗', 'materials fact-in-field', c=['现场免费拍照'], r='dl', m=True)
Q('laonian', '我妈今年66岁了，户口在云溪县，她不识字也不会用智能手机，平时去菜市场都是坐公交车。听说老年人可以办个优待证坐公交免费。请问我去帮她办可以吗？需要带什么？当场能拿到吗？',
  'long agent materials time compound', c=['家属持双方身份证', '近期1寸免冠照片', '即办'], r='yx')
# ---- 残疾人证
Q('canji_zheng', '办残疾证要什么材料', 'materials', c=['残疾评定表', '近期2寸免冠白底彩色照片'])
Q('canji_zheng', '残疾评定要自己出钱吗', 'fee fact-in-field', c=['残联承担'])
Q('canji_zheng', '孩子智力有问题，办残疾证家长能代办吗', 'agent', c=['监护人代为申请'])
Q('canji_zheng', '残疾证办好能寄到家吗 要跑几次', 'express visits compound', a=[EX], c=['2次'])
Q('canji_zheng', '清河区残联办证电话', 'phone', c=['{phone}'], r='qh', m=True)
Q('canji_zheng', '殘疾證多久能辦下來', 'traditional time', c=['15个工作日'])
Q('canji_zheng', '我父亲今年70岁，前年中风后右边手脚不能动，走路要人扶，生活基本靠我妈照顾。听社区的人说可以办残疾证，还有补贴。请问在东岭区要怎么办？要去医院做鉴定吗，鉴定要花钱吗？办好要多久？',
  'long howto process fee time compound', c=['指定医疗机构', '残联承担', '15个工作日', '{hall}'], r='dl')
Q('canji_zheng', '办残废证可以预约吗', 'appointment typo', a=[NOAP])
Q('canji_zheng', '残疾证怎么办', 'howto', c=['残疾评定表', '15个工作日', '{hall}'], r='qh', m=True)
# ---- 残疾人两项补贴
Q('canji_butie', '一级残疾护理补贴每个月多少', 'amount', c=['150元'])
Q('canji_butie', '残疾人生活补贴什么人能领', 'conditions', c=['低保家庭'])
Q('canji_butie', '我女儿今年十九岁，小时候出车祸落下二级肢体残疾，残疾证也办了，我们家是低保户。听社区的人说残疾人有两种补贴，我想问问她两种都能领吗？每个月一共多少？钱发到哪里？',
  'long amount fact-in-field compound', c=['120元', '100元', '社会保障卡'])
Q('canji_butie', '望海区残疾补贴哪个部门管，电话多少', 'phone compound', c=['{phone}', '望海区民政局'], r='wh')
Q('canji_butie', '我儿子今年八岁，先天听力残疾，残疾等级一级，去年已经办了残疾证，户口在望海区。我和他爸都在上班，收入一般，家里不是低保户。请问他能领哪种补贴？每个月多少钱？怎么申请？',
  'long conditions amount howto compound', c=['护理补贴', '150元', 'https://zwfw.quanlan.example/bs/cjbt'], r='wh')
# ---- 居民医保
Q('jumin_yibao', '居民医保一年交多少', 'fee', c=['380元'], n=['350元'])
Q('jumin_yibao', '新生儿医保要多久内办', 'fact-in-field', c=['90日内'])
Q('jumin_yibao', '医保什么时候交', 'fact-in-field', c=['9月1日至12月31日'])
Q('jumin_yibao', '新农合在网上能交吗', 'online', c=['https://ybj.quanlan.example/cb'])
Q('jumin_yibao', '石门镇能办居民医保吗', 'location', c=['石门镇便民服务中心'], r='yx', m=True)
Q('jumin_yibao', '外地户口能在这参加居民医保吗', 'conditions', c=['居住证'])
Q('jumin_yibao', '我家住云溪县石门镇，儿子上个月在县医院刚出生，还没上户口。听人说小孩医保要尽早交，请问新生儿要在出生多少天以内参保才能报销生孩子住院的钱？一年交多少钱？在镇上能交吗？',
  'long fact-in-field fee location compound', c=['90日内', '380元', '石门镇便民服务中心'], r='yx')
Q('jumin_yibao', '居民医保今年是不是一个人交350', 'revoked fee', c=['380元'], n=['350元'],
  desc='已撤销的知识库条目（2024年度350元）不得作答，应按在用指南答380元')
# ---- 居民养老
Q('jumin_yanglao', '农村养老保险一年最少交多少', 'fact-in-field', c=['200元'])
Q('jumin_yanglao', '居民养老保险交满多少年能领', 'fact-in-field', c=['满15年'])
Q('jumin_yanglao', '新农保在网上怎么交', 'online', c=['https://zwfw.quanlan.example/bs/cxjyl'])
Q('jumin_yanglao', '我是东岭区农村户口，今年50岁，一直在家种地养鸡，从来没交过养老保险，村里人说老了没保障。现在想开始交，请问现在交还来得及吗？交满多少年才能领？一年最少交多少钱？',
  'long conditions fact-in-field compound', c=['满15年', '200元'], r='dl')
# ---- 退役军人优待证
Q('youdai', '退伍军人优待证怎么申请', 'howto', c=['退出现役证明材料', '30个工作日', 'https://zwfw.quanlan.example/bs/yddz'])
Q('youdai', '优待证能寄到家吗', 'express', a=[EX])
Q('youdai', '东岭退役军人事务局电话多少', 'phone', c=['{phone}'], r='dl', m=True)
Q('youdai', '老兵证要交照片吗', 'fact-in-field materials', c=['蓝底'])
Q('youdai', '我是2008年从部队退伍的老兵，户口在云溪县，听说现在有退役军人优待证，可以享受优待。我的退伍证还在，之前也在村里做过信息采集。请问办证要多长时间？可以邮寄吗？云溪县的电话是多少？',
  'long time express phone compound', c=['30个工作日', '{phone}'], a=[EX], r='yx')
# ---- 个体户设立
Q('geti_new', '开个小店办营业执照要多久', 'time', c=['1个工作日'])
Q('geti_new', '个体户执照网上能办吗，要跑腿吗', 'online visits compound', c=['https://scjg.quanlan.example/gtzc'], a=[ZERO])
Q('geti_new', '办个体执照要钱吗 能邮寄吗', 'fee express compound', a=[FREE, EX])
Q('geti_new', '租的店面办执照要什么材料', 'materials fact-in-field', c=['租赁合同'])
Q('geti_new', '望海区个体户登记咨询电话', 'phone', c=['{phone}'], r='wh', m=True)
Q('geti_new', '营业执照办好了给什么', 'result', c=['营业执照（个体工商户）'])
Q('geti_new', '我今年52岁，去年厂里效益不好下岗了，想在清河区菜市场租个摊位卖水果，听说要办个体户营业执照。我不太会用电脑，能不能去窗口找人帮忙办？办执照要交钱吗？大概多久能拿到？',
  'long location fee time compound', c=['{hall}', '1个工作日'], a=[FREE], r='qh')
Q('geti_new', '投诉电话是多少，东岭区办个体户执照被刁难', 'phone', c=['{cphone}'], r='dl', m=True)
Q('geti_new', '开个体户怎么申请执照', 'howto', c=['经营者居民身份证', '1个工作日', 'https://scjg.quanlan.example/gtzc'], r='dl', m=True)
# ---- 个体户变更/注销
Q('geti_change', '个体户换了地址多久内要去变更', 'fact-in-field', c=['30日内'])
Q('geti_change', '执照改经营范围网上能办吗', 'online', c=['https://scjg.quanlan.example/gtbg'])
Q('geti_change', '营业执照变更要不要交原来的执照', 'materials fact-in-field', c=['电子营业执照可免交'])
Q('geti_change', '营业执照变更后新执照能寄吗', 'express', a=[EX])
Q('geti_cancel', '个体户不干了怎么注销', 'howto', c=['公示期20日', 'https://scjg.quanlan.example/gtzx'])
Q('geti_cancel', '注销执照公示多久', 'fact-in-field', c=['20日'])
Q('geti_cancel', '营业执照丢了还能注销吗', 'fact-in-field', c=['公告作废'])
Q('geti_cancel', '我在东岭区开的服装店做了三年，生意不好，上个月已经关门了，店里也没欠钱，税都交清了。现在想把个体户营业执照注销掉，请问要公示多久？需要跑去窗口吗？执照原件找不到了怎么办？',
  'long fact-in-field visits compound', c=['20日', '公告作废'], a=[ZERO], r='dl')
# ---- 食品经营许可
Q('food_new', '开饭店要办食品经营许可证，要什么材料', 'materials', c=['经营场所平面布局图', '从业人员健康证明'])
Q('food_new', '食品经营许可证多久能批', 'time', c=['5个工作日'])
Q('food_new', '只卖预包装食品要办许可证吗', 'conditions fact-in-field', c=['办理备案即可'])
Q('food_new', '食品许可证有效期几年', 'result fact-in-field', c=['有效期5年'])
Q('food_new', '我准备在清河区开一家卖米粉的小吃店，营业执照上周已经办好了，店面也装修好了。现在要办食品经营许可证，请问店里的员工需要什么证明？会有人来店里检查吗？大概多久能拿证？',
  'long fact-in-field process time compound', c=['健康证明', '现场核查', '5个工作日'], r='qh')
Q('food_new', '食品经营许可可以预约吗', 'appointment', a=[AP], r='yx', m=True)
Q('food_new', '食品经营许可证能寄吗 要去几次', 'express visits compound', a=[EX], c=['1次'])
Q('food_new', '健康證有效期多久', 'traditional fact-in-field', c=['有效期为1年'])
Q('food_new', '我和朋友在望海区合伙开了一家奶茶店，营业执照已经下来了，店面正在装修，下个月想开业，现在要办食品经营许可。想问一下可以提前预约窗口吗？许可证办好能寄过来吗？咨询电话是多少？',
  'long appointment express phone compound', c=['{phone}', '{appt}'], a=[AP, EX], r='wh')
Q('food_new', '食品经营许可证怎么申请', 'howto', c=['食品经营许可申请书', '5个工作日', 'https://scjg.quanlan.example/spjy'])
Q('food_change', '食品许可证信息变了多久内要变更', 'fact-in-field', c=['10个工作日内'], n=['3个工作日'])
Q('food_change', '饭店搬地址了，食品许可证办变更就行吗', 'conditions fact-in-field', c=['重新申请'])
Q('food_change', '食品许可证变更要几天', 'time', c=['3个工作日'])
Q('food_change', '食品许可变更可以预约吗', 'appointment', a=[AP])
Q('food_cancel', '饭店关门了食品许可证要注销吗，多久内', 'fact-in-field', c=['30个工作日内'])
Q('food_cancel', '东岭区注销食品许可证网上办地址', 'online', c=['https://scjg.quanlan.example/spjyzx'], r='dl', m=True)
Q('food_cancel', '注销食品许可证要跑吗', 'visits', a=[ZERO])
# ---- 法律援助
Q('legal_aid', '打官司没钱请律师咋办', 'howto', c=['法律援助申请表', '5个工作日', 'https://fy.quanlan.example'])
Q('legal_aid', '农民工讨薪申请法律援助要开经济困难证明吗', 'fact-in-field conditions', c=['免予核查经济困难状况'])
Q('legal_aid', '法律援助收入多少以下可以申请', 'conditions fact-in-field', c=['2倍'])
Q('legal_aid', '经济困难证明要社区盖章吗', 'fact-in-field materials', c=['无需村（居）委会盖章'])
Q('legal_aid', '望海区法律援助电话', 'phone', c=['{phone}'], r='wh', m=True)
Q('legal_aid', '法援申请可以预约吗', 'appointment', a=[AP])
Q('legal_aid', '我在清河区一个工地干活，包工头欠了我三个月工资一万二，一直拖着不给，我找了好几次都找不到人。我想去告他但是请不起律师。听说可以申请法律援助，我这种情况要不要开收入证明？去哪里申请？',
  'long conditions location compound', c=['免予核查经济困难状况', '{hall}'], r='qh')
Q('legal_aid', '精神病人申请法律援助谁来申请', 'agent', c=['法定代理人'])
Q('legal_aid', '清河区申请法律援助要跑几次', 'visits', c=['1次'], r='qh', m=True)
# ---- 护照
Q('passport', '办护照要多少钱 多久拿到', 'fee time compound', c=['120元', '7个工作日'])
Q('passport', '第一次办护照要带什么', 'materials', c=['居民身份证', '出入境证件申请表'])
Q('passport', '护照能寄到家吗', 'express', a=[EX])
Q('passport', '办护照在哪里，周六上班吗', 'location compound', c=['警民路12号'], a=[['周六', '星期六', '6']])
Q('passport', '护照要预约吗 在哪预约', 'appointment', a=[AP], c=['https://crj.quanlan.example/yuyue'])
Q('passport', '小孩办护照家长要陪吗', 'agent fact-in-field', c=['监护人陪同'])
Q('passport', '护照还有5个月过期能换吗', 'fact-in-field conditions', c=['不足6个月'])
Q('passport', '我户口是外省的，人在清河区上班，能在这办护照吗', 'cross-region', a=[['跨省通办', '全国任一']], r='qh', m=True)
Q('passport', '辦護照的電話是多少', 'traditional phone', c=['0000-81101101'])
Q('passport', '我家住云溪县，儿子今年12岁，从来没出过国，也没有任何证件，暑假要跟学校去新加坡游学，需要办护照。我们要去哪里办？小孩子需要本人到场吗？我可以陪他去吗？要多少钱？',
  'long location agent fee compound', c=['泉澜市公安局出入境接待大厅', '监护人陪同', '120元'], r='yx')
Q('passport', '护照怎么办', 'howto', c=['居民身份证', '7个工作日', 'https://crj.quanlan.example'])
Q('passport', '护照要跑几次', 'visits', c=['1次'])
Q('passport', '办护照不满意投诉打哪个电话', 'phone', c=['0000-12345'])
# ---- 港澳台
Q('gangao', '去香港要办什么证 多少钱', 'fee', c=['60元', '15元'])
Q('gangao', '港澳签注二次多少钱', 'fee fact-in-field', c=['30元'])
Q('gangao', '港澳通行证续签能在机器上办吗', 'fact-in-field', c=['自助签注机'])
Q('gangao', '港澳通行证多久能办好，能快递吗', 'time express compound', c=['7个工作日'], a=[EX])
Q('gangao', '去澳门办证要跑几趟', 'visits', c=['1次'])
Q('gangao', '下个月我要带父母去香港玩几天，我们三个人都没有港澳通行证，我爸妈都七十多了，住在云溪县乡下。请问办通行证加一次签注每个人要多少钱？大概几天能拿到？老人腿脚不好能不能寄回家？',
  'long fee time express compound', c=['60元', '15元', '7个工作日'], a=[EX])
Q('gangao', '港澳通行证可以网上预约吗', 'appointment', a=[AP], c=['https://crj.quanlan.example/yuyue'])
Q('gangao', '港澳通行证怎么办理', 'howto', c=['居民身份证', '7个工作日', 'https://crj.quanlan.example'])
Q('taiwan', '去台湾的通行证多久办好', 'time', c=['10个工作日'])
Q('taiwan', '台湾通行证要钱吗', 'fee', c=['60元'])
Q('taiwan', '台湾通行证能寄吗', 'express', a=[EX])
# ---- 公积金
Q('gjj_rent', '租房能提多少公积金', 'amount fact-in-field', c=['15000元', '24000元'])
Q('gjj_rent', '公基金租房提取要交多久才能提', 'typo fact-in-field', c=['满3个月'])
Q('gjj_rent', '租房提公积金要去现场吗，网址多少', 'online visits compound', c=['https://gjj.quanlan.example/tq'], a=[ZERO])
Q('gjj_rent', '公积金提取要开无房证明吗', 'fact-in-field materials', c=['无需提交'])
Q('gjj_rent', '租房公积金一年能提几次', 'fact-in-field', c=['每年可提取1次'])
Q('gjj_rent', '公积金中心电话', 'phone', c=['0000-82312329'])
Q('gjj_rent', '公积金提取要预约吗', 'appointment', a=[AP], c=['https://gjj.quanlan.example/yuyue'])
Q('gjj_rent', '我在清河区租房住，单身，在公司交公积金两年了，房租每个月两千，房东是个人不是中介。听说租房可以提取公积金，我想问一年最多能提多少？需要跑去公积金中心吗？要不要房东签字的合同？',
  'long amount online materials compound', c=['15000元', 'https://gjj.quanlan.example/tq', '登记备案的租赁合同'], a=[ZERO], r='qh', m=True)
Q('gjj_retire', '退休了公积金怎么取', 'howto', c=['https://gjj.quanlan.example/tq', '即办', '本人银行卡'])
Q('gjj_retire', '退休提公积金要退休证吗', 'fact-in-field materials', c=['无需提交'])
Q('gjj_retire', '我在外省退休的，公积金在泉澜，能异地取吗', 'cross-region', a=[['跨省通办']])
Q('gjj_loan', '公积金贷款最多能贷多少', 'fact-in-field conditions', c=['60万元', '80万元'])
Q('gjj_loan', '公基金贷款要交满几个月', 'typo fact-in-field', c=['满6个月'])
Q('gjj_loan', '公积金贷款要跑几趟，能预约吗', 'visits appointment compound', c=['2次', 'https://gjj.quanlan.example/yuyue'], a=[AP])
Q('gjj_loan', '公积金贷款审批多久', 'time', c=['15个工作日'])
Q('gjj_loan', '公積金貸款要什麼材料', 'traditional materials', c=['购房合同', '首付款发票'])
Q('gjj_loan', '我和老婆两个人都交公积金，已经交了四年，准备在泉澜买第一套房，看中了东岭区一套新房，总价一百五十万。请问我们用公积金最多能贷多少？首付要付多少比例？去公积金中心前要预约吗？',
  'long fact-in-field appointment compound', c=['80万元', '20%'], a=[AP])
# ---- 不动产
Q('bdc_transfer', '二手房过户要交多少登记费', 'fee', c=['住宅每件80元'])
Q('bdc_transfer', '房子过户要带啥', 'materials', c=['不动产权证书', '房屋买卖合同'])
Q('bdc_transfer', '过户几天能拿到新房产证，能寄吗', 'time express compound', c=['5个工作日'], a=[EX])
Q('bdc_transfer', '过户在哪里办，要预约吗', 'location appointment compound', c=['泉澜市不动产登记中心', '金融街7号', 'https://bdc.quanlan.example/yuyue'], a=[AP])
Q('bdc_transfer', '我在望海区买了套二手房，卖家是外地人，现在人不在泉澜。我们已经在中介那里网签了，税也在税务窗口交了。请问过户需要卖家本人一起来吗？完税凭证要不要打印出来带过去？',
  'long agent fact-in-field compound', c=['双方共同申请', '税务数据共享'], r='wh', m=True)
Q('bdc_transfer', '过户要去几次', 'visits', c=['1次'])
Q('bdc_transfer', '不动产登记中心电话多少', 'phone', a=[['0000-82201201', '0000-82201200']])
Q('bdc_transfer', '二手房过户怎么办', 'howto', c=['不动产权证书', '5个工作日', '泉澜市不动产登记中心'])
Q('bdc_mortgage', '办抵押登记一定要去不动产中心吗', 'online fact-in-field', c=['银行网点'])
Q('bdc_mortgage', '商铺抵押登记费多少', 'fee', c=['非住宅每件550元'])
Q('bdc_mortgage', '房子抵押登记能预约吗', 'appointment', a=[AP], c=['https://bdc.quanlan.example/yuyue'])
Q('bdc_lost', '房产证丢了怎么补', 'howto', c=['补发申请书', '5个工作日', '公告期15个工作日'])
Q('bdc_lost', '补房本要登报吗', 'fact-in-field', c=['门户网站'])
Q('bdc_lost', '房本补办要多少钱', 'fee', c=['10元'])
Q('bdc_lost', '房产证补发能寄吗', 'express', a=[EX])
Q('bdc_lost', '补房产证要跑几次', 'visits', c=['1次'])
Q('bdc_lost', '我家在东岭区，房子是2015年买的。前几天搬家整理东西，发现房产证不见了，翻遍了都没找到。现在房子要卖，请问房产证丢了要怎么补？要不要去报纸上登遗失声明？补办要多久？',
  'long howto fact-in-field time compound', c=['门户网站', '公告期15个工作日', '5个工作日'], r='dl', m=True)
# ---- 车驾管
Q('jsz_lost', '驾照丢了在手机上能补吗', 'online', c=['https://ql.122.example'])
Q('jsz_lost', '驾驶证补办多少钱', 'fee', c=['10元'])
Q('jsz_lost', '驾照掉了人在外省能补吗', 'cross-region', a=[['跨省通办']])
Q('jsz_lost', '驾照补办可以预约吗', 'appointment', a=[AP], c=['https://ql.122.example/yuyue'])
Q('jsz_lost', '车管所电话', 'phone', c=['0000-81222122'])
Q('jsz_lost', '驾照丢了怎么补', 'howto', c=['居民身份证', '即办', 'https://ql.122.example'])
Q('jsz_renew', '驾照到期提前多久换', 'fact-in-field', c=['90日内'])
Q('jsz_renew', '我爸72了驾照还要每年体检吗', 'fact-in-field conditions', c=['每年提交身体条件证明'])
Q('jsz_renew', '驾照换证体检去哪做', 'fact-in-field', c=['县级或者部队团级以上医疗机构'])
Q('jsz_renew', '驾照换证能寄到家吗，要钱吗', 'express fee compound', a=[EX], c=['10元'])
Q('car_reg', '新车上牌要多少钱', 'fee', c=['小型汽车每副100元'])
Q('car_reg', '买新车上牌去哪里办', 'location', c=['泉澜市公安局交通警察支队车辆管理所', '环城北路200号'])
Q('car_reg', '上牌当天能拿到牌照吗', 'time', c=['即办'])
Q('car_reg', '新车上牌要带什么', 'materials', c=['购车发票', '机动车整车出厂合格证明'])
Q('car_reg', '上牌要预约吗', 'appointment', a=[AP], c=['https://ql.122.example/yuyue'])
Q('car_reg', '上牌要去几趟', 'visits', c=['1次'])
Q('car_reg', '我上周在东岭区的4S店买了辆新车，销售说可以帮我代办上牌，但要收八百块服务费，我觉得太贵了，想自己跑一趟去办。请问自己上牌要带什么？车管所在哪里？当天能不能拿到车牌？',
  'long materials location time compound', c=['购车发票', '环城北路200号', '即办'])
# ---- 企业、建设、税务
Q('company', '注册公司要多少天', 'time', c=['1个工作日'])
Q('company', '开公司刻章要钱吗', 'fact-in-field fee', c=['首套印章免费'])
Q('company', '注册公司在哪个网站办', 'online', c=['https://qykb.quanlan.example'])
Q('company', '开公司要跑几次', 'visits', a=[ZERO])
Q('sgxk', '多大的工程要办施工许可证', 'conditions fact-in-field', c=['100万元', '500平方米'])
Q('sgxk', '施工许可证几天能办好', 'time', c=['3个工作日'])
Q('sgxk', '施工许可证能快递吗', 'express', a=[NOEX + ['电子施工许可证']])
Q('invoice', '个体户怎么领发票', 'howto', c=['https://etax.lanjiang.example', '数电发票'])
Q('invoice', '领发票要去税务局吗', 'visits online', a=[ZERO])
# ---- 公证
Q('gz_edu', '出国要做学历公证多少钱', 'fee', c=['每件200元'])
Q('gz_edu', '学历公证我人在国外，能让家里人代办吗', 'agent', c=['授权委托书'])
Q('gz_edu', '学历公证能寄吗 在哪办', 'express location compound', a=[EX], c=['泉澜市公证处', '正义路3号'])
Q('gz_edu', '公证处电话', 'phone', c=['0000-85012348'])
Q('gz_edu', '学历公证可以预约吗', 'appointment', a=[AP], c=['https://gzc.quanlan.example/yuyue'])
Q('gz_edu', '我女儿在英国读研究生，学校要她国内本科的毕业证、学位证公证，她人在国外今年回不来，学校要求月底前交材料。请问我当妈的能不能代她去公证处办？要带什么？公证书能不能直接寄到家？',
  'long agent materials express compound', c=['授权委托书', '毕业证书、学位证书'], a=[EX])
Q('gz_inherit', '继承公证收费标准', 'fee', c=['最低200元'])
Q('gz_inherit', '父母房子继承公证要几个人去', 'agent conditions', c=['全体继承人'])
Q('gz_inherit', '继承公证要跑几次', 'visits', c=['2次'])
Q('gz_inherit', '继承公证要不要先预约', 'appointment', a=[AP], c=['https://gzc.quanlan.example/yuyue'])
# ---- 社保
Q('retire', '办退休要缴费满多少年', 'fact-in-field conditions', c=['满15年'])
Q('retire', '退休手续网上能办吗', 'online', c=['https://sb.quanlan.example/tx'])
Q('retire', '办退休要多久', 'time', c=['10个工作日'])
Q('retire', '特殊工种提前退休要什么材料', 'materials', c=['特殊工种审批材料'])
Q('retire', '办退休要预约吗', 'appointment', a=[AP])
Q('retire', '我今年刚好到退休年龄了，在工厂上了二十多年班，社保一直是单位交的，中间换过一次单位。单位说退休手续现在可以自己在网上办，请问要满足什么条件？网上在哪里申请？多久能批下来？',
  'long conditions online time compound', c=['满15年', 'https://sb.quanlan.example/tx', '10个工作日'])
Q('shiye', '失业金一个月多少钱', 'amount', c=['1890元'])
Q('shiye', '失业金能领几个月', 'fact-in-field', c=['12个月'])
Q('shiye', '被辞退了能领失业金吗，要交满多久', 'conditions fact-in-field compound', c=['非因本人意愿', '满1年'])
Q('shiye', '失业金在哪申请', 'online', c=['https://sb.quanlan.example/sy'])
Q('shiye', '办失业金要去社保局吗', 'visits', a=[ZERO])
Q('shiye', '失业金咨询电话多少', 'phone', c=['0000-86112333'])
Q('shiye', '失业金怎么领', 'howto', c=['社会保障卡', '5个工作日', 'https://sb.quanlan.example/sy'])
Q('shiye', '我在一家公司干了三年，公司上个月效益不好把我们一批人裁了，公司给了补偿，签了解除劳动合同协议。我现在还没找到新工作，想问问能不能领失业金？一个月能领多少？最长能领多久？',
  'long conditions amount fact-in-field compound', c=['非因本人意愿', '1890元', '12个月'])
Q('flex', '自由职业怎么交社保', 'howto', c=['https://sb.quanlan.example/lhjy', '即办', '居民身份证'])
Q('flex', '灵活就业社保基数怎么选', 'fact-in-field', c=['60%至300%'])
Q('sbk', '社保卡丢了补卡要钱吗', 'fee', c=['20元'])
Q('sbk', '社保卡丢了先挂失，电话多少', 'phone fact-in-field', c=['0000-86112333'])
Q('sbk', '社保卡坏了换卡收费吗', 'fee fact-in-field', c=['免收工本费'])
Q('sbk', '社保卡补办当天能拿吗', 'time', c=['即办'])
Q('sbk', '社保卡补好了能寄吗', 'express', a=[EX])
Q('sbk', '我妈昨天去菜市场买菜，钱包被偷了，里面有社保卡和身份证。她有高血压，平时要用社保卡在药店拿药，现在没卡很着急。请问社保卡要怎么挂失？补卡要多少钱？能当天拿到新卡吗？',
  'long phone fee time compound', c=['0000-86112333', '20元', '即办'])
# ---- 住房、公安证明
Q('gongzu', '公租房申请条件 收入多少以下', 'conditions fact-in-field', c=['3500元'])
Q('gongzu', '外地人申请公租房社保要交多久', 'fact-in-field', c=['满1年'], n=['20个工作日'])
Q('gongzu', '公租房申请公示几天', 'fact-in-field process', c=['10天'])
Q('no_crime', '开无犯罪记录证明要去派出所吗', 'online visits', c=['https://ga.quanlan.example/wfzjl'], a=[ZERO])
Q('no_crime', '无犯罪证明能找人代开吗', 'agent', c=['委托书'])
Q('no_crime', '良民证几天能开出来', 'time', c=['1个工作日'])
# ---- 撤销 / 暂停
Q('hunyu', '婚育证明在哪开', 'revoked', n=['婚育情况证明'])
Q('hunyu', '外出打工要办流动人口婚育证吗', 'revoked', n=['计生专用章'])
Q('zanzhu', '暂住证怎么办', 'revoked', n=['房东证明'])
Q('yanzhao', '個體戶執照還要年檢嗎', 'revoked traditional', n=['年度验照报告书'])
Q('yanzhao', '营业执照年审去哪里', 'revoked', n=['年检章'])
Q('gjj_zx', '装修能提公积金吗', 'suspended', n=['装修合同'])
Q('gjj_zx', '公积金装修提取要什么材料', 'suspended materials', n=['装修费用发票'])
Q('jingshi', '经济适用房怎么申请', 'suspended', n=['经济适用住房购买申请表'])
Q('jingshi', '我想买经适房，户籍要满几年', 'suspended fact-in-field', n=['满5年'])
# ---- FAQ
Q('faq-014', '2023年春节政务大厅几号上班', 'revoked faq', a=[REVW], n=['1月28日'])
Q('faq-001', '身份证办好没有怎么查', 'faq', c=['办证进度查询'])
Q('faq-002', '社保卡跟医保卡是一个吗', 'faq', c=['医保卡就是社会保障卡'])
Q('faq-003', '去外地看病医保能报吗，要备案吗', 'faq', c=['异地就医备案'])
Q('faq-003', '没备案在外地看病回来报销比例少多少', 'faq fact-in-field', c=['下降10个百分点'])
Q('faq-004', '公积金缴存比例是多少', 'faq', c=['5%至12%'])
Q('faq-004', '公积金基数上限多少', 'faq fact-in-field', c=['29850元'])
Q('faq-006', '12345热线晚上有人接吗', 'faq', c=['7×24小时'])
Q('faq-007', '70岁老人去政务中心要排队吗', 'faq', c=['无需取号排队'])
Q('faq-007', '老人走不动路，办事能上门吗', 'faq agent', c=['上门服务'])
Q('faq-008', '房产证加老婆名字要交契税吗', 'faq', c=['免征契税'])
Q('faq-009', '居住证积分怎么算', 'faq', c=['每满1年积10分'])
Q('faq-010', '电子证照能代替复印件吗', 'faq', c=['亮证'])
Q('faq-011', '公积金密码忘了咋办', 'faq', c=['人脸识别'])
Q('faq-012', '驾照体检结果多久有效', 'faq fact-in-field', c=['6个月内有效'])
Q('faq-013', '市政务中心中午休息吗', 'faq location', c=['13:30'])
Q('faq-016', '违章罚款在哪交', 'faq', c=['12123'])
Q('faq-017', '什么是一件事一次办', 'faq', c=['一次填报'])
Q('faq-005', '宝宝医保超过90天再交，出生时住院的钱还能报吗', 'faq fact-in-field', c=['缴费次月'])
# ---- 一件事
Q('bundle-birth', '生孩子以后要办哪些手续，能一次办吗', 'bundle', c=['出生一件事'], a=[['出生登记', '新生儿落户']])
Q('bundle-retire', '退休一件事都包括啥', 'bundle', c=['退休一件事'], a=[['住房公积金提取', '公积金销户', '公积金']])
Q('bundle-restaurant', '开饭店一件事要办哪些证', 'bundle', c=['食品经营许可', '营业执照'])
Q('bundle-death', '亲人去世了要办哪些手续', 'bundle', c=['继承公证'], a=[['死亡注销户口', '注销户口']])
Q('bundle-restaurant', '开餐馆先办执照还是先办食品许可', 'bundle process', c=['先办理营业执照'])
Q('bundle-birth', '出生一件事医保卡跟着一起办吗', 'bundle', c=['同步制发'])

# ---- 补充：长问句、渠道地区
Q('sfz_lost', '我在清河区一家饭店当服务员，上周下班路上钱包被偷了，身份证也在里面。老板说没身份证不能给我交社保，我挺着急的。请问补身份证要跑几趟？能不能网上先预约，省得排队？办好了能不能寄到饭店？',
  'long visits appointment express compound', c=['1次', '{appt}'], a=[AP, EX], r='qh')
Q('marriage_replace', '我和老伴结婚四十多年了，结婚证是当年在望海区领的，前几年老房子拆迁搬家弄丢了。现在要办遗产方面的手续需要结婚证。老伴身体不好出不了门，我一个人去能补吗？望海区在哪里补，电话多少？',
  'long agent location phone compound', c=['一方申请', '{hall}', '{phone}'], r='wh')
Q('gaoling', '我奶奶今年89岁，户口在东岭区，一个人住在老小区，我们子女都在外地上班，一年只能回来两三次。听说高龄津贴网上就能申请，我在外地用手机帮她申请可以吗？要不要她本人跑去窗口？每个月多少钱？',
  'long agent visits amount compound', c=['家属代为申请', '100元'], a=[ZERO], r='dl')
Q('canji_zheng', '我弟弟三十多岁，小时候发高烧后智力一直有问题，说话也不清楚，一直没办过残疾证，户口在云溪县石门镇。我爸妈年纪大了，想趁现在给他把残疾证办了。请问家属能代他申请吗？要跑几次？办好能寄回家吗？',
  'long agent visits express compound', c=['监护人代为申请', '2次'], a=[EX], r='yx')
Q('food_new', '我在清河区老街租了个二十平米的门面，打算开一家卤味熟食店，营业执照已经拿到了。朋友说卖熟食必须办食品经营许可证，不然会被罚。请问这个许可证怎么办？要准备什么材料？多久能批下来？',
  'long howto materials time compound', c=['经营场所平面布局图', '5个工作日', 'https://scjg.quanlan.example/spjy'], r='qh')
Q('dibao', '我哥哥在望海区，前两年查出尿毒症，每周要透析三次，工作也丢了，嫂子一个人打工养家，两个孩子还在读书，家里实在困难。我想帮他们申请低保，请问我这个当弟弟的能替他们去办吗？有什么电话可以先咨询一下？',
  'long agent phone compound', c=['委托村（居）民委员会', '{phone}'], r='wh')
Q('juzhuzheng', '我是外省人，去年在东岭区买了一套二手房，已经住了快一年了，户口还在老家没迁。现在小孩要在这边读幼儿园，园里说要居住证。请问我这种有房的办居住证要带什么？要跑几次？能寄到家里吗？',
  'long materials visits express compound', c=['房屋产权证明或房屋租赁合同', '1次'], a=[EX], r='dl')
Q('sfz_renew', '我在云溪县乡下种茶叶，身份证上个月刚过期，去银行取钱柜台说证件过期了不给办。县城离我家有四十多公里，一趟要坐一个多小时车。请问过期的身份证怎么换？能不能先预约，别白跑？县里政务中心周六开门吗？',
  'long howto appointment location compound', c=['原居民身份证', '15个工作日', '{hall}'], a=[AP, ['周六', '星期六', '6']], r='yx')
Q('hukou_move', '我是清河区户口，去年和外省的老公结婚，到明年就结婚满两年了。他想把户口迁过来，以后孩子上学方便。请问夫妻投靠具体怎么办？要准备哪些材料？多长时间能办好？清河区户政电话是多少？',
  'long howto materials time phone compound', c=['结婚证', '10个工作日', '{phone}'], r='qh')
Q('legal_aid', '我是望海区的环卫工，上个月骑电动车下班被一辆小车撞了，腿骨折住院，司机现在不肯赔钱。家里就我一个人有收入，请不起律师。想申请法律援助，可以先在网上预约吗？要跑几趟？多久能给我派律师？',
  'long appointment visits time compound', c=['{appt}', '1次', '5个工作日'], a=[AP], r='wh')
Q('gjj_retire', '我父亲去年在东岭区一家国企退休，退休手续都办完了，退休金也领上了。他住房公积金账户里还有十几万一直没取。他不会用手机，请问退休了公积金怎么取出来？需要他本人到公积金中心去吗？当天能到账吗？',
  'long howto visits time compound', c=['本人银行卡', '即办'], a=[ZERO], r='dl', m=True)
Q('passport', '我在清河区上班，公司下个月派我去德国出差半个月，我的护照去年就过期了。平时工作日请假不方便，请问出入境大厅周末开门吗？换护照要带什么？可以先网上预约吗？护照能寄到公司吗？',
  'long location materials appointment express compound', c=['原护照', 'https://crj.quanlan.example/yuyue'], a=[['周六', '星期六'], AP, EX], r='qh', m=True)
Q('divorce', '我和前妻都在东岭区，两个人商量好了协议离婚，孩子跟她，房子归我。她上班的地方离得远，不想请假跑来跑去。请问办离婚是不是一定要两个人都到场？一共要去登记处跑几次？东岭区在哪里办？',
  'long agent visits location compound', c=['双方须共同亲自到场', '2次', '{hall}'], r='dl')
Q('tekun', '我们村里有个老光棍，今年68岁，眼睛不好干不了活，兄弟姐妹都不在了，一个人住在云溪县石门镇的老屋里，靠邻居接济过日子。村干部说可以帮他申请特困供养。请问在哪里申请？有什么条件？镇上有电话能问吗？',
  'long location conditions phone compound', c=['石门镇便民服务中心', '满60周岁'], a=[['{phone}', '0000-33712345']], r='yx')
Q('bdc_transfer', '我父母在望海区有套老房子要卖给我表哥，买卖双方都是自家人。我爸妈七十多岁了腿脚不方便，过户时能不能由我代他们去办？需要跑不动产登记中心几趟？过完户新证能不能寄？',
  'long agent visits express compound', c=['双方共同申请', '1次'], a=[EX], r='wh', m=True)
Q('school', '我家在清河区，孩子今年要上小学，户口和房子都在这边。前两天登录入学报名网站一直打不开，也不知道哪里出了问题，报名截止日期快到了，心里很着急。请问入学报名的网址是什么？有没有电话可以咨询？能不能去窗口预约现场报名？',
  'long online phone appointment compound', c=['https://ruxue.quanlan.example', '{phone}'], a=[NOAP], r='qh')
Q('jumin_yibao', '我是望海区的，以前在公司上班交的职工医保，今年辞职在家带孩子了，医保就断了。听说可以交居民医保，请问我这种情况怎么交？一年多少钱？什么时候交？能不能在手机上办，不想跑去窗口？',
  'long howto fee fact-in-field visits compound', c=['380元', '9月1日至12月31日', 'https://ybj.quanlan.example/cb'], a=[ZERO], r='wh')
Q('youdai', '我爸是东岭区的退伍老兵，今年八十多岁了，常年卧床，自己去不了服务站。听说退役军人优待证可以享受不少优待，我想在网上帮他申请。请问要交什么材料？办好的证能不能直接寄到家里？要等多久？',
  'long materials express time compound', c=['退出现役证明材料', '30个工作日'], a=[EX], r='dl')
Q('laonian', '我妈今年刚满60岁，户口在清河区，下个月要从老家过来跟我住。听说清河区老年人可以办优待证，有些景点能免门票。她不会用手机，我在网上帮她申请的话，证能寄到家吗？还要她本人跑一趟吗？',
  'long express visits compound', c=['1次'], a=[EX], r='qh')
Q('birth_hukou', '我媳妇在云溪县人民医院生了二胎，是个儿子，出生医学证明已经拿到了。我们俩户口都在云溪县石门镇，我在外地跑运输回不来。孩子上户口能让他外公去办吗？要带什么？县里户政窗口电话多少？',
  'long agent materials phone compound', c=['委托的近亲属', '出生医学证明', '{phone}'], r='yx')
Q('marriage', '领结婚证怎么办', 'howto', c=['双方居民身份证', '即办', '{hall}'], r='wh', m=True)
Q('canji_butie', '残疾人补贴怎么申请', 'howto', c=['残疾人证', '20个工作日', 'https://zwfw.quanlan.example/bs/cjbt'], r='dl', m=True)
Q('divorce', '离婚可以网上预约吗', 'appointment', a=[AP], c=['{appt}'], r='wh', m=True)
# ---- 目录外（negative）
for s, tg in [('狩猎证在哪办', ''), ('渔船登记找哪个部门', ''), ('养狗要办狗证吗在哪办', ''), ('教师资格证认定怎么申请', ''),
              ('献血证丢了怎么补', ''), ('燃气开户去哪办', ''), ('烟草专卖零售许可证怎么办', ''), ('出租车从业资格证怎么考', ''),
              ('导游证怎么申请', ''), ('林木采伐许可证怎么办', ''), ('取水许可证要什么材料', ''), ('烟花爆竹零售许可在哪申请', ''),
              ('户外广告牌设置审批去哪', ''), ('城市道路挖掘许可怎么办', ''), ('商标注册怎么弄', ''), ('宽带安装电话多少', ''),
              ('明天泉澜天气怎么样', ''), ('医师执业注册怎么办', ''), ('民办幼儿园办学许可怎么申请', ''), ('船员证到期怎么换', ''),
              ('電動車上牌去哪裡', 'traditional'), ('护士执业证怎么注册', ''), ('彩票中奖了去哪兑奖', ''), ('房屋拆迁补偿标准多少', ''), ('无线电台执照怎么办', ''), ('宠物医院诊疗许可证怎么申请', ''), ('种子生产经营许可证怎么办', ''),
              ('律师执业证怎么申请', ''), ('小区物业乱收费找谁', ''), ('养老院设立备案怎么办', ''), ('二手车交易市场在哪', ''), ('水费怎么交', ''),
              ('我爸在望海区海边有条小渔船，平时打鱼补贴家用，已经开了十几年，一直没有登记过，最近听说渔船要办证要年检，不然不能出海，还可能被罚款。请问渔船登记要去哪里办？需要什么材料？', 'long'),
              ('我准备在东岭区开一家小型游泳馆，场地已经租好了，正在装修，打算暑假前开业，招了三个救生员。听说游泳场所要办卫生许可证才能开门营业，请问这个证在哪里办，需要多长时间？', 'long'),
              ('我是外地来的应届大学生，师范毕业，普通话证也考了二级甲等，在培训机构代过一年课，想在泉澜当老师。请问教师资格证认定要去哪里申请？需要准备什么材料？体检在哪里做？', 'long')]:
    Q(None, s, ('negative ' + tg).strip(), desc='目录中没有的事项，应说明未找到并引导拨打12345')


def main():
    if ERRORS:
        print('\n'.join(ERRORS)); raise SystemExit(1)
    with open(os.path.join(HERE, 'questions.yaml'), 'w', encoding='utf-8') as f:
        yaml.safe_dump(dict(version=1, conversations=QS), f, allow_unicode=True, sort_keys=False, width=1000)
    print('questions', len(QS))


if __name__ == '__main__':
    main()
