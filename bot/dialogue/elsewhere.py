"""A question about another city's own policy: "深圳的人才补贴能领多少", "上海的医保个人账户
怎么查". The catalog is one city's (or province's): its 人才补贴 guide is no answer to what
Shenzhen pays, however close the search finds it. Such a question gets "not found" (with
the close items as suggestions and the hotline), never another place's answer.

Read only when a clause opens with a place and 的 ("長沙的高齡津貼"), the place one of
China's provinces, their capitals and other large cities (general geography, no catalog's
words), and not a region the catalog itself names (its regions are taken out first). A
place elsewhere in a sentence is a story or a destination ("转到长沙的医院", "卖家是长沙的",
"去香港的签注"), and 香港, 澳门, 台湾 are where 通行证 lead: neither is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nlu.textnorm import fold

_PROVINCES = ("北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 "
              "河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 内蒙古 广西 西藏 宁夏 新疆")
_CITIES = ("石家庄 太原 沈阳 长春 哈尔滨 南京 杭州 合肥 福州 南昌 济南 郑州 武汉 长沙 广州 "
           "海口 成都 贵阳 昆明 西安 兰州 西宁 呼和浩特 南宁 拉萨 银川 乌鲁木齐 深圳 大连 青岛 "
           "宁波 厦门 苏州 无锡 东莞 佛山 温州 泉州 烟台 唐山 徐州 常州 珠海 中山 惠州 洛阳 "
           "绍兴 嘉兴")
_PLACES = sorted({*_PROVINCES.split(), *_CITIES.split()}, key=len, reverse=True)
#: A clause that opens with a place and 的 (spaces are clause breaks once folded).
_OPENING = re.compile(r"(?:^|[,.;:!?\s])(?:在|问下|请问|咨询一下|我想问)?(" + "|".join(_PLACES)
                      + r")(?:市|省)?的")


#: Words of moving from there or of handling here: "上海的社保转过来", "深圳的户口迁过来",
#: "北京的驾照能在这边换吗" ask about this catalog's own items.
_HERE = re.compile(r"迁|转|过来|回来|调|这里|这边|这儿|在这|本地|本市|我们这|咱们这")


def other_place(question: str, without_own: Callable[[str], str]) -> str | None:
    """The other place whose own policy ``question`` asks about, if any; ``without_own``
    takes the catalog's region names out of folded text (Regions.without_names)."""
    folded = fold(question)
    found = _OPENING.search(without_own(folded))
    return found.group(1) if found and not _HERE.search(folded) else None
