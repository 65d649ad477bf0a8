# -*- coding: utf-8 -*-
"""Write conversations.yaml (multi-turn) for the 泉澜 held-out set."""
import os, yaml
from qlib import *

HERE = os.path.dirname(os.path.abspath(__file__))
CS = []


def C(desc, tags, turns, meta=None):
    d = dict(id=f'c-{len(CS) + 1:03d}', description=desc, tags=tags.split())
    if meta:
        d['metadata'] = region_meta(meta)
    d['turns'] = turns
    assert 3 <= len(turns) <= 6, desc
    CS.append(d)


T = turn
# 坐标：东岭区政务服务中心附近、石门镇便民服务中心附近、望海区政务服务中心附近
NEAR_DL = (27.8797, 117.4396)
NEAR_SM = (27.7102, 117.2816)
NEAR_WH = (27.8229, 117.4512)

C('身份证补领：先问怎么办，再问费用，说出所在区后问地点，最后问邮寄', 'follow-up region howto fee location express', [
    T('sfz_lost', '身份证丢了咋整', c=['居民户口簿', '15个工作日']),
    T('sfz_lost', '要多少钱', c=['40元'], n=['20元']),
    T('sfz_lost', '我住清河区的，去哪办', c=['{hall}'], reg='qh'),
    T('sfz_lost', '能寄到家不', a=[EX], reg='qh'),
])
C('结婚登记：材料、年龄、望海区地点、预约', 'follow-up region materials fact-in-field location appointment', [
    T('marriage', '想跟对象去领证，要带啥', c=['双方居民身份证']),
    T('marriage', '女的多大可以', c=['20周岁']),
    T('marriage', '我们在望海区，在哪领', c=['望海区婚姻登记处'], reg='wh'),
    T('marriage', '要预约吗', a=[AP], c=['https://zwfw.quanlan.example/yuyue/hunyin'], reg='wh'),
])
C('东岭区渠道：低保申请后切换到高龄津贴', 'follow-up region howto amount fact-in-field visits', [
    T('dibao', '低保怎么申请', c=['最低生活保障申请书', '{hall}'], reg='dl'),
    T('dibao', '一个月能给多少', a=[['850元', '680元']], reg='dl'),
    T('dibao', '要公示几天', c=['7天'], reg='dl'),
    T('gaoling', '那我妈85岁了，有没有高龄补贴，多少钱', c=['100元'], reg='dl'),
    T('gaoling', '这个要跑腿吗', a=[ZERO], reg='dl'),
], meta='dl')
C('护照：时限、费用、邮寄、地点', 'follow-up time fee express location', [
    T('passport', '办护照要多久', c=['7个工作日']),
    T('passport', '多少钱', c=['120元']),
    T('passport', '能邮寄吗', a=[EX]),
    T('passport', '在哪办', c=['警民路12号']),
])
C('身份证换领：分享位置后给出东岭区大厅、电话、下班时间', 'follow-up region materials location phone', [
    T('sfz_renew', '身份证到期了要换', c=['原居民身份证']),
    T('sfz_renew', loc=NEAR_DL, c=['东岭区政务服务中心'], reg='dl'),
    T('sfz_renew', '电话多少', c=['{phone}'], reg='dl'),
    T('sfz_renew', '几点下班', c=['18:00'], reg='dl'),
])
C('居住证：中途改口所在区（清河→望海）', 'follow-up region fact-in-field location time', [
    T('juzhuzheng', '办居住证要住多久', c=['满6个月'], n=['10个工作日'], reg='qh'),
    T('juzhuzheng', '去哪办', c=['{hall}'], reg='qh'),
    T('juzhuzheng', '我其实住在望海区', c=['{hall}'], n=['清源路25号'], reg='wh'),
    T('juzhuzheng', '多久拿证', c=['10个工作日'], reg='wh'),
], meta='qh')
C('开餐馆一件事，再分别问营业执照和食品许可', 'bundle follow-up time materials', [
    T('bundle-restaurant', '想开个小饭馆，要办哪些证', c=['食品经营许可', '营业执照']),
    T('geti_new', '营业执照多久能下来', c=['1个工作日']),
    T('food_new', '那食品许可证呢，多久', c=['5个工作日']),
    T('food_new', '员工要什么证明', c=['从业人员健康证明']),
])
C('公积金租房提取：条件、额度、网址、到账', 'follow-up typo conditions amount online time', [
    T('gjj_rent', '公基金能拿来交房租吗', c=['无自有住房']),
    T('gjj_rent', '一年能提多少', c=['15000元']),
    T('gjj_rent', '在哪弄', c=['https://gjj.quanlan.example/tq']),
    T('gjj_rent', '多久到账', c=['即办']),
])
C('离婚：材料、冷静期、跑几次、代办', 'follow-up materials fact-in-field visits agent', [
    T('divorce', '离婚要什么手续', c=['离婚协议书']),
    T('divorce', '冷静期多久', c=['30日']),
    T('divorce', '要跑几次', c=['2次']),
    T('divorce', '可以请律师代办吗', c=['不能委托他人代办']),
])
C('云溪县渠道：出生落户后切换到新生儿医保，问镇上能否办理', 'follow-up region howto fact-in-field fee location', [
    T('birth_hukou', '孩子出生了怎么上户口', c=['出生医学证明', '{hall}'], reg='yx'),
    T('birth_hukou', '多久之内要办', c=['1个月'], reg='yx'),
    T('jumin_yibao', '医保也要办吧，多少钱', c=['380元'], reg='yx'),
    T('jumin_yibao', '在石门镇能办吗', c=['石门镇便民服务中心'], reg='yx'),
], meta='yx')
C('残疾人证到两项补贴', 'follow-up materials fee amount fact-in-field', [
    T('canji_zheng', '孩子有残疾，想办残疾证', c=['残疾评定表']),
    T('canji_zheng', '鉴定要钱吗', c=['残联承担']),
    T('canji_butie', '办好了有补贴吗，每月多少', a=[['120元', '150元', '100元']]),
    T('canji_butie', '补贴发到哪', c=['社会保障卡']),
])
C('退休一件事：养老金申领与公积金销户', 'bundle follow-up online time fact-in-field', [
    T('bundle-retire', '我要退休了要办哪些事', c=['退休一件事']),
    T('retire', '养老金怎么申请', c=['https://sb.quanlan.example/tx']),
    T('gjj_retire', '公积金能取出来吗，多久到账', c=['即办']),
    T('gjj_retire', '要带退休证吗', c=['无需提交']),
])
C('繁体：首次申领身份证', 'traditional follow-up materials fee time', [
    T('sfz_first', '小朋友第一次辦身份證要帶什麼', c=['居民户口簿']),
    T('sfz_first', '要多少錢', c=['20元']),
    T('sfz_first', '多久可以拿到', c=['15个工作日']),
])
C('二手房过户：材料、费用、预约、时限', 'follow-up materials fee appointment time', [
    T('bdc_transfer', '买二手房过户要啥材料', c=['不动产权证书']),
    T('bdc_transfer', '费用多少', c=['住宅每件80元']),
    T('bdc_transfer', '能预约吗', a=[AP], c=['https://bdc.quanlan.example/yuyue']),
    T('bdc_transfer', '办完几天拿证', c=['5个工作日']),
])
C('父母投靠：中途改口（清河→东岭），问地点和电话', 'follow-up region conditions materials location phone', [
    T('hukou_move', '想把我爸妈户口迁过来，他们要多大岁数', c=['男满60周岁'], reg='qh'),
    T('hukou_move', '要带什么', c=['亲属关系证明'], reg='qh'),
    T('hukou_move', '我弄错了，我房子在东岭区', c=['{hall}'], n=['清源路25号'], reg='dl'),
    T('hukou_move', '电话呢', c=['{phone}'], n=['{phone:qh}'], reg='dl'),
], meta='qh')
C('失业金：条件、金额、期限、申请网址', 'follow-up conditions amount fact-in-field online', [
    T('shiye', '被裁员了能领钱吗', c=['满1年']),
    T('shiye', '每月多少', c=['1890元']),
    T('shiye', '能领多久', c=['12个月']),
    T('shiye', '去哪申请', c=['https://sb.quanlan.example/sy']),
])
C('目录外事项后转到老年人优待证', 'negative follow-up materials agent', [
    T(None, '狗证在哪办'),
    T('laonian', '那老年证呢，要带啥', c=['老年人居民身份证']),
    T('laonian', '我妈能不能我代办', c=['家属持双方身份证']),
])
C('老人补领身份证：上门服务、费用、云溪县电话', 'follow-up agent fee phone region', [
    T('sfz_lost', '我爸身份证丢了，他八十多了走不动路', c=['上门服务']),
    T('sfz_lost', '补办多少钱', c=['40元']),
    T('sfz_lost', '我们在云溪县，打哪个电话约上门', c=['{phone}'], reg='yx'),
])
C('港澳通行证：办证、签注费、自助续签、时限', 'follow-up fee fact-in-field time', [
    T('gangao', '去澳门要办啥证', c=['往来港澳通行证']),
    T('gangao', '签注多少钱', c=['15元']),
    T('gangao', '以后续签能在机器上办吗', c=['自助签注机']),
    T('gangao', '办证多久', c=['7个工作日']),
])
C('望海区渠道：讨薪法律援助', 'follow-up region materials fact-in-field time location', [
    T('legal_aid', '老板欠工资不给，想找免费律师', c=['法律援助申请表'], reg='wh'),
    T('legal_aid', '要开困难证明吗', c=['免予核查经济困难状况'], reg='wh'),
    T('legal_aid', '多久能批', c=['5个工作日'], reg='wh'),
    T('legal_aid', '在哪申请', c=['{hall}'], reg='wh'),
], meta='wh')
C('清河区渠道：一年级入学', 'follow-up region materials fact-in-field online time', [
    T('school', '孩子上一年级要准备啥', c=['预防接种证查验证明'], reg='qh'),
    T('school', '什么时候报名', c=['6月1日至6月15日'], reg='qh'),
    T('school', '网址呢', c=['https://ruxue.quanlan.example'], reg='qh'),
    T('school', '多久出结果', c=['20个工作日'], reg='qh'),
], meta='qh')
C('补领结婚证：一方能否办理、费用、当天', 'follow-up materials agent fee time', [
    T('marriage_replace', '结婚证丢了', c=['申请人居民身份证']),
    T('marriage_replace', '要两个人一起去吗', c=['一方申请']),
    T('marriage_replace', '多少钱', c=['9元']),
    T('marriage_replace', '当天能拿吗', c=['即办']),
])
C('新车上牌后切换到驾驶证期满换证', 'follow-up location fee materials fact-in-field', [
    T('car_reg', '新车上牌在哪', c=['环城北路200号']),
    T('car_reg', '要多少钱', c=['小型汽车每副100元']),
    T('jsz_renew', '顺便问下驾照快到期了怎么换', c=['身体条件证明']),
    T('jsz_renew', '提前多久能换', c=['90日内']),
])
C('东岭区渠道：个体户变更到注销', 'follow-up region fact-in-field online fee', [
    T('geti_change', '个体户换了店址要变更吗', c=['30日内'], reg='dl'),
    T('geti_change', '网上能办吗', c=['https://scjg.quanlan.example/gtbg'], reg='dl'),
    T('geti_cancel', '要是干脆不干了要注销呢，公示多久', c=['20日'], reg='dl'),
    T('geti_cancel', '注销要钱吗', a=[FREE], reg='dl'),
], meta='dl')
C('知识库段落：异地就医备案', 'faq follow-up fact-in-field', [
    T('faq-003', '去外地看病要备案吗', c=['异地就医备案']),
    T('faq-003', '临时出去看病的备案管多久', c=['6个月']),
    T('faq-003', '不备案报销少多少', c=['下降10个百分点']),
])
C('高龄津贴：金额、申请途径、分享位置到石门镇、材料', 'follow-up amount online region location materials', [
    T('gaoling', '我爷爷90岁有补贴吗', c=['300元']),
    T('gaoling', '在哪申请', c=['https://zwfw.quanlan.example/bs/gljt']),
    T('gaoling', loc=NEAR_SM, c=['石门镇便民服务中心'], reg='yx'),
    T('gaoling', '要带什么', c=['社会保障卡'], reg='yx'),
])
C('云溪县：特困供养转低保', 'follow-up region materials amount fact-in-field', [
    T('tekun', '五保户怎么申请', c=['特困人员救助供养申请书'], reg='yx'),
    T('tekun', '每月多少', c=['1105元'], reg='yx'),
    T('dibao', '不够条件的话能吃低保吗，标准多少', a=[['850元', '680元']], reg='yx'),
    T('dibao', '低保要在本地住多久', c=['满1年'], n=['20个工作日'], reg='yx'),
], meta='yx')
C('社保卡遗失：挂失、电话、费用、当天、地点', 'follow-up phone fee time location', [
    T('sbk', '社保卡丢了', c=['挂失']),
    T('sbk', '挂失电话多少', c=['0000-86112333']),
    T('sbk', '补卡多少钱', c=['20元']),
    T('sbk', '当天能拿吗', c=['即办']),
    T('sbk', '市政务中心能办吗', c=['泉澜市政务服务中心']),
])
C('身后一件事：销户材料与继承公证', 'bundle follow-up materials fee agent', [
    T('bundle-death', '家里老人去世了要办什么', a=[['死亡注销户口', '注销户口']]),
    T('death_hukou', '销户要带什么', c=['死者居民户口簿']),
    T('gz_inherit', '房子继承要公证吗，多少钱', c=['最低200元']),
    T('gz_inherit', '要几个人去', c=['全体继承人']),
])
C('清河区渠道：退役军人优待证', 'follow-up region materials time express phone', [
    T('youdai', '退伍军人优待证怎么办', c=['退出现役证明材料'], reg='qh'),
    T('youdai', '多久', c=['30个工作日'], reg='qh'),
    T('youdai', '能寄吗', a=[EX], reg='qh'),
    T('youdai', '电话', c=['{phone}'], reg='qh'),
], meta='qh')
C('身份证丢失急用：临时身份证与正式补领（可追问）', 'follow-up fee fact-in-field', [
    T(['sfz_temp', 'sfz_lost'], '身份证丢了后天要坐火车咋办', a=[['临时居民身份证']], ask=True),
    T('sfz_temp', '临时的多少钱', c=['10元']),
    T('sfz_temp', '能用多久', c=['3个月']),
    T('sfz_lost', '正式的补办多少钱', c=['40元'], n=['10元']),
])
C('望海区：食品经营许可变更', 'follow-up region fact-in-field time conditions appointment', [
    T('food_change', '食品许可证上的负责人换了要办啥，多久内办', c=['10个工作日内'], n=['3个工作日'], reg='wh'),
    T('food_change', '多久办好', c=['3个工作日'], reg='wh'),
    T('food_change', '要是搬店呢', c=['重新申请'], reg='wh'),
    T('food_change', '可以预约吗', a=[AP], reg='wh'),
], meta='wh')
C('公积金贷款：缴存时长、额度、材料、时限、跑几次', 'follow-up typo fact-in-field materials time visits', [
    T('gjj_loan', '公基金贷款要交多久', c=['满6个月']),
    T('gjj_loan', '最多贷多少', c=['60万元']),
    T('gjj_loan', '要带什么', c=['购房合同']),
    T('gjj_loan', '审批多久', c=['15个工作日']),
    T('gjj_loan', '要跑几次', c=['2次']),
])
C('已撤销的暂住证，转居住证', 'revoked follow-up fact-in-field fee', [
    T('zanzhu', '暂住证还要办吗', n=['房东证明']),
    T('juzhuzheng', '那现在外地人办什么，要住多久', c=['满6个月']),
    T('juzhuzheng', '要多少钱', a=[FREE]),
])
C('暂停的装修提取，转租房提取', 'suspended follow-up amount fact-in-field', [
    T('gjj_zx', '装修房子能提公积金吗', n=['装修合同']),
    T('gjj_rent', '那租房能提吗，一年多少', c=['15000元']),
    T('gjj_rent', '要无房证明吗', c=['无需提交']),
])
C('东岭区渠道：养老服务补贴', 'follow-up region amount process', [
    T('yanglao_butie', '失能老人有补贴吗', c=['400元'], reg='dl'),
    T('yanglao_butie', '半失能呢', c=['200元'], reg='dl'),
    T('yanglao_butie', '谁来评估', c=['免费上门评估'], reg='dl'),
    T('yanglao_butie', '公示多久', c=['7天'], reg='dl'),
], meta='dl')
C('生育登记转出生登记', 'follow-up online visits fact-in-field materials', [
    T('birth_reg', '怀孕了要去登记吗', c=['https://zwfw.quanlan.example/bs/sydj']),
    T('birth_reg', '要去现场吗', a=[ZERO]),
    T('birth_hukou', '生了以后上户口多久内', c=['1个月']),
    T('birth_hukou', '要结婚证吗', c=['免于提交']),
])
C('无犯罪记录证明：网办、时限、代办', 'follow-up online time agent', [
    T('no_crime', '开无犯罪证明', c=['https://ga.quanlan.example/wfzjl']),
    T('no_crime', '几天', c=['1个工作日']),
    T('no_crime', '能让同事帮我开吗', c=['委托书']),
])
C('望海区改到云溪县：身份证补领电话与大厅周六', 'follow-up region phone location', [
    T('sfz_lost', '身份证补办电话', c=['{phone}'], reg='wh'),
    T('sfz_lost', '我现在住在云溪县了', c=['{phone}'], n=['{phone:wh}'], reg='yx'),
    T('sfz_lost', '云溪县政务中心周六开吗', a=[['周六', '星期六', '6']], c=['{hall}'], reg='yx'),
], meta='wh')
C('学历公证：材料、费用、译文费、时限、邮寄', 'follow-up materials fee time express', [
    T('gz_edu', '出国要学历公证，怎么弄', c=['毕业证书、学位证书']),
    T('gz_edu', '多少钱', c=['每件200元']),
    T('gz_edu', '翻译另外收钱吗', c=['每件100元']),
    T('gz_edu', '几天拿到', c=['5个工作日']),
    T('gz_edu', '能寄吗', a=[EX]),
])
C('清河区：临时救助（复合追问）', 'follow-up region conditions amount time compound process', [
    T('linshi', '家里人得了重病，能申请临时救助吗', c=['突发重大疾病'], reg='qh'),
    T('linshi', '最多多少钱，多久到', c=['5100元', '10个工作日'], reg='qh'),
    T('linshi', '要公示吗', c=['公示3天'], reg='qh'),
], meta='qh')
C('城乡居民养老保险：网办、档次、领取年龄', 'follow-up online fact-in-field', [
    T('jumin_yanglao', '农民怎么交养老保险', c=['https://zwfw.quanlan.example/bs/cxjyl']),
    T('jumin_yanglao', '最高一年交多少', c=['5000元']),
    T('jumin_yanglao', '几岁能领', c=['年满60周岁']),
])
C('繁体+分享位置：望海区补办结婚证', 'traditional follow-up region location fee appointment', [
    T('marriage_replace', '結婚證不見了要怎麼補辦', c=['申请人居民身份证']),
    T('marriage_replace', loc=NEAR_WH, c=['望海区婚姻登记处'], reg='wh'),
    T('marriage_replace', '要多少錢', c=['9元'], reg='wh'),
    T('marriage_replace', '可以預約嗎', a=[AP], c=['https://zwfw.quanlan.example/yuyue/hunyin'], reg='wh'),
])
C('长问句开头的食品经营许可，追问复合问题', 'long follow-up region compound materials time express visits', [
    T('food_new', '我在云溪县城开了一家早餐店，卖包子豆浆，营业执照上个月已经办下来了，店里请了两个帮工。听说还要办食品经营许可证，不然市场监管会来查。请问要准备什么材料？',
      c=['经营场所平面布局图', '食品安全管理制度'], reg='yx'),
    T('food_new', '多久能批，能寄过来吗', c=['5个工作日'], a=[EX], reg='yx'),
    T('food_new', '要跑几次', c=['1次'], reg='yx'),
])
C('不动产证书遗失补发：公告、费用、时限', 'follow-up fact-in-field fee time', [
    T('bdc_lost', '房本丢了', c=['补发申请书']),
    T('bdc_lost', '要登报吗', c=['门户网站']),
    T('bdc_lost', '公告多久，补办多少钱', c=['公告期15个工作日', '10元']),
    T('bdc_lost', '公告完了几天拿证', c=['5个工作日']),
])


def main():
    if ERRORS:
        print('\n'.join(ERRORS)); raise SystemExit(1)
    with open(os.path.join(HERE, 'conversations.yaml'), 'w', encoding='utf-8') as f:
        yaml.safe_dump(dict(version=1, conversations=CS), f, allow_unicode=True, sort_keys=False, width=1000)
    print('conversations', len(CS))


if __name__ == '__main__':
    main()
