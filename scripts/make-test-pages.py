#!/usr/bin/env python3
"""Generate dubao's own test pages and their gold annotations, then self-test them.

    python3 scripts/make-test-pages.py          # write pages + gold, run the self-test
    python3 scripts/make-test-pages.py --check  # only run the self-test on the files on disk

Every page is built from its articles: each paragraph is written once, here, as a
UTF-8 string with a little markup, and both the page bytes and the gold record
are derived from it, so the two cannot drift apart.

Markup inside paragraph strings:
  ¦            a column break: the printed page has blank lines here (mid-sentence);
               the gold paragraph has nothing.
  ⟨...⟩        justification spaces: printed with a space between every character
               (`发 力 ， 均 衡 用 力`); the gold has the characters without spaces.
  {下转3版}    a continuation marker: printed as `（下转3版）`, absent from the gold
               paragraph, recorded as `continues: "3版"`.
  {上接第1版}  a back-reference marker: printed as `（上接第1版）`, absent from the gold
               paragraph, recorded nowhere.
  ‖            a forced line break (hard-wrapped layouts only): the printed line ends
               here, e.g. inside a number (`1.2‖万人`) or a URL; the gold has nothing.
  {转第6版}    a continuation marker in the `转` form: printed as `（转第6版）`, absent
               from the gold paragraph, recorded as `continues: "6版"`.
  ␣            an OCR stray space: printed as one half-width space (inside a word,
               a name or a number); the gold has nothing.
  {紧接第1版}  a back-reference marker in the `紧接` form: printed as `（紧接第1版）`,
               absent from the gold paragraph, recorded nowhere (like {上接…}).

The pages are invented (places, people, numbers), written to look like real
PDF-to-text / OCR output of Chinese newspapers.  See
Tests/DubaoCoreTests/Fixtures/pages/README.md for what each page exercises.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES_DIR = ROOT / "Tests/DubaoCoreTests/Fixtures/pages"
GOLD_DIR = ROOT / "Tests/DubaoCoreTests/Fixtures/pages-gold"

COLBREAK = "¦"
MARK_SRC = re.compile(r"\{下转(\S{1,4}?)版\}")
JUST_SRC = re.compile(r"⟨(.*?)⟩")
BACK_SRC = re.compile(r"\{上接(.{1,6}?)\}")
BACK2_SRC = re.compile(r"\{紧接(.{1,6}?)\}")
TURN_SRC = re.compile(r"\{转第(\S{1,4}?)版\}")
FORCE = "‖"
STRAY = "␣"

# ---------------------------------------------------------------------------
# text helpers


def gold_text(s):
    """The paragraph as the gold stores it."""
    s = s.replace(COLBREAK, "").replace(FORCE, "").replace(STRAY, "")
    s = MARK_SRC.sub("", s)
    s = TURN_SRC.sub("", s)
    s = BACK_SRC.sub("", s)
    s = BACK2_SRC.sub("", s)
    s = JUST_SRC.sub(lambda m: m.group(1), s)
    return s.rstrip()


def print_text(s, halfwidth=False):
    """The paragraph as the page prints it (column breaks still marked)."""
    if halfwidth:
        s = MARK_SRC.sub(lambda m: " (下转%s版)" % m.group(1), s)
    else:
        s = MARK_SRC.sub(lambda m: "（下转%s版）" % m.group(1), s)
    s = BACK_SRC.sub(lambda m: "（上接%s）" % m.group(1), s)
    s = BACK2_SRC.sub(lambda m: "（紧接%s）" % m.group(1), s)
    s = TURN_SRC.sub(lambda m: "（转第%s版）" % m.group(1), s)
    s = JUST_SRC.sub(lambda m: " ".join(m.group(1)), s)
    s = s.replace(STRAY, " ")
    return s


CN_DIG = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
          "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
SCALE = {"万": 10 ** 4, "亿": 10 ** 8}


def cn_int(s):
    total, num = 0, 0
    for ch in s:
        if ch in CN_DIG:
            num = CN_DIG[ch]
        elif ch in CN_UNIT:
            total += (num or 1) * CN_UNIT[ch]
            num = 0
    return total + num


def parse_value(text):
    """Value of a figure's text with scale words applied (best effort; checked by eye).
    A scale after 多/余 (`60多万元`, `1800余万元`) applies too."""
    text = unicodedata.normalize("NFKC", text)
    m = re.search(r"(\d+(?:\.\d+)?)(?:[多余])?([万亿]*)", text)
    if m:
        v = float(m.group(1))
        scales = m.group(2)
    else:
        m = re.search(r"([零〇一二两三四五六七八九十百千]+)(?:[多余])?([万亿]*)", text)
        v = float(cn_int(m.group(1)))
        scales = m.group(2)
    for ch in scales:
        v *= SCALE[ch]
    v = round(v, 6)
    return int(v) if v == int(v) else v


def F(text, unit, bound, kind, indicator, where="body", change=None, optional=False,
      value=None, value_max=None):
    f = {"text": text, "value": parse_value(text) if value is None else value,
         "unit": unit, "bound": bound, "kind": kind, "indicator": indicator, "where": where}
    if value_max is not None:
        f["value_max"] = value_max
    if change:
        f["change"] = change
    if optional:
        f["optional"] = True
    return f


def T(text, unit, bound, kind, indicator, **kw):
    """A figure printed in a title."""
    return F(text, unit, bound, kind, indicator, where="title", **kw)


class Art:
    def __init__(self, titles=(), headline=None, column=None, kind="news", authors=(),
                 place=None, date=None, paras=(), figs=()):
        self.titles = list(titles)
        self.headline = headline if headline is not None else (self.titles[0] if self.titles else None)
        self.column = column
        self.kind = kind
        self.authors = list(authors)
        self.place = place
        self.date = date
        self.paras = list(paras)
        self.figs = list(figs)

    def record(self):
        cont = None
        for p in self.paras:
            m = MARK_SRC.search(p) or TURN_SRC.search(p)
            if m:
                cont = m.group(1) + "版"
        return {
            "titles": self.titles,
            "headline": self.headline,
            "column": self.column,
            "kind": self.kind,
            "authors": self.authors,
            "place": self.place,
            "date": self.date,
            "continues": cont,
            "paragraphs": [gold_text(p) for p in self.paras],
            "figures": self.figs,
        }


# ---------------------------------------------------------------------------
# layout helpers: each returns a list of printed lines


CLOSING = set("，。、；：？！）」』”’》…,;:?!)%")


NUMCH = set("0123456789.%")


def wrapped(paras, width=20, indent="  ", halfwidth=False, narrow_ascii=False):
    """Hard-wrapped body: every line ~width characters, paragraphs start indented.
    A column break (¦) puts a blank line after the line in which it falls.
    narrow_ascii: ASCII letters and digits take half a column (as in print) and a
    line is not broken inside a run of digits."""
    out = []
    for p in paras:
        s = print_text(p, halfwidth)
        cur, n, w = indent, 0.0, width - 1
        pending_break = False
        for i, ch in enumerate(s):
            if (narrow_ascii and ch in NUMCH and i and s[i - 1] in NUMCH
                    and ch not in CLOSING):
                cur += ch
                n += 0.5
                continue
            if ch == COLBREAK:
                pending_break = True
                continue
            if ch == FORCE:
                out.append(cur.rstrip())
                cur, n, w = "", 0.0, width
                continue
            if n >= w and ch not in CLOSING:
                out.append(cur.rstrip())
                if pending_break:
                    out.append("")
                    pending_break = False
                cur, n, w = "", 0.0, width
                if ch == " ":
                    continue
            cur += ch
            n += 0.5 if ch == " " or (narrow_ascii and ch.isascii()) else 1
        if cur.strip():
            out.append(cur.rstrip())
            if pending_break:
                out.append("")
    return out


def longlines(paras, halfwidth=False, gap=1):
    """One paragraph per line, blank lines between them (the layout of seeds 000, 002, 003).
    A column break (¦) splits the line there, with blank lines between the parts."""
    out = []
    for p in paras:
        s = print_text(p, halfwidth)
        parts = s.split(COLBREAK)
        for i, part in enumerate(parts):
            out.append(part)
            out.extend([""] * (gap if i == len(parts) - 1 else 3))
    return out


def title(*lines):
    out = []
    for t in lines:
        out.append(t)
        out.append("")
    return out


# ---------------------------------------------------------------------------
# page p01: city paper (绵阳), titles above bodies, hard wraps at ~20 characters


def page_p01():
    a1 = Art(
        titles=["绵阳科技城新区一季度项目集中签约", "——32个项目总投资超420亿元"],
        headline="绵阳科技城新区一季度项目集中签约",
        authors=["罗志刚", "唐悦"], place=None, date="2024-03-12",
        paras=[
            "本报讯 3月12日，绵阳科技城新区2024年一季度重大项目集中签约活动举行，现场签约项目32个，总投资超420亿元，涉及电子信息、先进材料、核技术应用等领域。",
            "据介绍，此次签约的项目中，制造业项目21个、总投资286.5亿元，其中投资10亿元以上的项目9个。华鼎光电显示模组、蜀源新能源电池二期等一批重点项目落户新区，预计全部达产后可新增产值约600亿元、新增就业岗位1.2万个。",
            "2024年是科技城新区建设的攻坚之年。新区将围绕“一核三区”空间布局，力争全年完成固定资产投资500亿元以上，规上工业增加值增长12%，新培育高新技术企业60家。",
            "一季度以来，新区已累计走访对接企业186家，开展专题招商活动14场，新签约项目履约率达到87.5%，其中已开工项目11个。",
            "签约仪式上，新区还与3所高校院所签订人才共引共育协议，将共建联合实验室和中试基地，推动科研成果在新区转化落地。",
            "新区管委会相关负责人表示，下一步将对重点项目实行“一对一”专班服务，对签约项目实行“签约即入库、入库即服务”全周期跟踪，确保签约项目当年开工率不低于70%，推动更多项目早落地、早开工、早投产，为绵阳加快建设中国科技城{下转3版}",
        ],
        figs=[
            T("32个", "个", "exact", "actual", "签约项目"),
            T("420亿元", "元", "at_least", "actual", "签约项目总投资"),
            F("32个", "个", "exact", "actual", "签约项目"),
            F("420亿元", "元", "at_least", "actual", "签约项目总投资"),
            F("21个", "个", "exact", "actual", "签约制造业项目"),
            F("286.5亿元", "元", "exact", "actual", "制造业项目总投资"),
            F("10亿元以上", "元", "at_least", "actual", "单个项目投资额"),
            F("9个", "个", "exact", "actual", "投资10亿元以上的签约项目"),
            F("约600亿元", "元", "about", "target", "达产后新增产值"),
            F("1.2万个", "个", "exact", "target", "新增就业岗位"),
            F("500亿元以上", "元", "at_least", "target", "全年固定资产投资"),
            F("12%", "%", "exact", "target", "规上工业增加值", change="increase"),
            F("60家", "家", "exact", "target", "新培育高新技术企业"),
            F("186家", "家", "exact", "actual", "走访对接企业"),
            F("14场", "场", "exact", "actual", "专题招商活动"),
            F("87.5%", "%", "exact", "actual", "新签约项目履约率"),
            F("11个", "个", "exact", "actual", "已开工签约项目"),
            F("3所", "所", "exact", "actual", "签订人才共引共育协议的高校院所"),
            F("70%", "%", "at_least", "target", "签约项目当年开工率"),
        ],
    )
    a2 = Art(
        titles=["安州区春耕备耕全面展开"],
        authors=["何佳", "邓小川"], place="安州", date="2024-03-11",
        paras=[
            "本报安州讯 3月11日，记者在安州区花荄镇看到，连片的油菜田里，农技人员正指导种植户开展病虫害统防统治，田间地头一派繁忙。",
            "今年，安州区计划完成粮食播种面积28.6万亩、油菜种植面积9.3万亩，确保粮食总产稳定在11万吨以上。目前，全区已储备各类种子1850吨、化肥2.6万吨，检修农机具3400余台，能够满足春耕生产需要。",
            "为破解“谁来种地”难题，安州区组建农业社会化服务组织46个，推广“全程托管”服务模式，托管服务面积较去年增加1.5万亩。同时开通农技服务热线0816-4321789，组织120名农技人员下沉一线开展技术指导。",
            "安州区农业农村局负责人介绍，今年全区将新建高标准农田2.2万亩，水稻机插秧面积达到65%以上，农作物耕种收综合机械化率力争提高2个百分点。同时，该区将发放耕地地力保护补贴4600余万元，确保惠农资金及时足额发放到户。",
            "“今年墒情好，种子化肥都提前备齐了，心里踏实。”花荄镇种粮大户李德明说，他流转的380亩土地今年将全部种上优质稻。",
        ],
        figs=[
            F("28.6万亩", "亩", "exact", "target", "粮食播种面积"),
            F("9.3万亩", "亩", "exact", "target", "油菜种植面积"),
            F("11万吨以上", "吨", "at_least", "target", "粮食总产"),
            F("1850吨", "吨", "exact", "actual", "储备种子"),
            F("2.6万吨", "吨", "exact", "actual", "储备化肥"),
            F("3400余台", "台", "at_least", "actual", "检修农机具"),
            F("46个", "个", "exact", "actual", "农业社会化服务组织"),
            F("1.5万亩", "亩", "exact", "actual", "托管服务面积", change="increase"),
            F("120名", "名", "exact", "actual", "下沉一线农技人员"),
            F("2.2万亩", "亩", "exact", "target", "新建高标准农田"),
            F("65%以上", "%", "at_least", "target", "水稻机插秧面积占比"),
            F("2个百分点", "百分点", "exact", "target", "农作物耕种收综合机械化率", change="increase"),
            F("4600余万元", "元", "at_least", "target", "发放耕地地力保护补贴"),
            F("380亩", "亩", "exact", "actual", "种粮大户流转土地"),
        ],
    )
    a3 = Art(
        titles=["涪城区老旧小区改造", "今年将惠及1.4万户居民"],
        headline="涪城区老旧小区改造 今年将惠及1.4万户居民",
        authors=["杨帆", "王雨桐"], place=None, date="2024-03-10",
        paras=[
            "3月10日，记者从涪城区住房和城乡建设局获悉，今年该区计划实施老旧小区改造项目58个，涉及楼栋436栋、居民1.4万户，总投资约3.2亿元，目前已有17个项目完成招标。",
            "据了解，“十四五”以来，涪城区已累计完成老旧小区改造216个，加装电梯312部，新增停车位2800余个。今年的改造将重点解决管网老化、屋面渗漏、消防通道不畅等问题，并同步推进一批“完整社区”建设。",
            "在樊华街道高新小区，去年完成改造的6栋居民楼外立面焕然一新，新建的口袋公园里，不少老人在晒太阳、下象棋。“楼道亮了，路也平了，还加装了2部电梯，上下楼方便多了。”72岁的居民张秀英说。",
            "该局负责人介绍，改造将坚持“先民生后提升”，每个项目开工前须征求居民意见，居民同意率达到80%以上方可实施，力争年底前全部完工，改造期间将通过公示栏、业主群及时公开施工进度。",
        ],
        figs=[
            T("1.4万户", "户", "exact", "target", "改造惠及居民"),
            F("58个", "个", "exact", "target", "老旧小区改造项目"),
            F("436栋", "栋", "exact", "target", "改造涉及楼栋"),
            F("1.4万户", "户", "exact", "target", "改造涉及居民"),
            F("约3.2亿元", "元", "about", "target", "老旧小区改造总投资"),
            F("17个", "个", "exact", "actual", "完成招标项目"),
            F("216个", "个", "exact", "actual", "累计完成老旧小区改造"),
            F("312部", "部", "exact", "actual", "加装电梯"),
            F("2800余个", "个", "at_least", "actual", "新增停车位"),
            F("6栋", "栋", "exact", "actual", "高新小区完成改造居民楼"),
            F("2部", "部", "exact", "actual", "高新小区加装电梯"),
            F("72岁", "岁", "exact", "actual", "居民年龄", optional=True),
            F("80%以上", "%", "at_least", "target", "居民同意率"),
        ],
    )
    lines = []
    lines += ["", ""]
    lines += title(*a1.titles)
    lines += ["  □本报记者 罗志刚 实习生 唐悦"]
    lines += wrapped(a1.paras, 20, "  ")
    lines += [""]
    lines += title(*a2.titles)
    lines += ["　　□本报记者 何佳 通讯员 邓小川"]
    lines += wrapped(a2.paras, 20, "　　")
    lines += [""]
    lines += ["涪城区老旧小区改造", "今年将惠及1.4万户居民", ""]
    lines += wrapped(a3.paras, 20, "　")
    lines += ["　（记者 杨帆 实习生 王雨桐）", ""]
    return "p01_mianyang_titles_above", [a1, a2, a3], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# p02: city paper (江门), titles BELOW bodies, two titles together between bodies


def page_p02():
    a = Art(
        titles=["台山海上风电装备产业园", "首台12兆瓦机组下线"],
        headline="台山海上风电装备产业园 首台12兆瓦机组下线",
        authors=["陈晓", "梁思敏"], place="台山", date="2024-03-07",
        paras=[
            "本报台山讯 3月7日，台山海上风电装备产业园内，随着最后一片叶片完成吊装测试，园区首台12兆瓦海上风电机组正式下线，标志着江门海上风电装备制造实现“零的突破”。",
            "该产业园占地面积3200亩，已完成投资约46亿元，引进整机、叶片、塔筒等配套企业8家。首台机组从开工生产到下线用时不到5个月，比原计划提前约40天。",
            "按照计划，园区今年将实现年产海上风电机组100台套、产值突破80亿元，带动上下游就业3000人以上。台山市相关负责人表示，将加快推进码头、重件道路等配套设施建设，打造粤港澳大湾区海上风电装备制造基地。园区全面投产后，预计每年可减少二氧化碳排放约18万吨。",
        ],
        figs=[
            T("12兆瓦", "兆瓦", "exact", "actual", "首台海上风电机组单机容量"),
            F("12兆瓦", "兆瓦", "exact", "actual", "首台海上风电机组单机容量"),
            F("3200亩", "亩", "exact", "actual", "产业园占地面积"),
            F("约46亿元", "元", "about", "actual", "产业园已完成投资"),
            F("8家", "家", "exact", "actual", "引进配套企业"),
            F("不到5个月", "个月", "at_most", "actual", "首台机组开工到下线用时"),
            F("约40天", "天", "about", "actual", "比原计划提前", optional=True),
            F("100台套", "台套", "exact", "target", "年产海上风电机组"),
            F("80亿元", "元", "at_least", "target", "园区产值"),
            F("3000人以上", "人", "at_least", "target", "带动上下游就业"),
            F("约18万吨", "吨", "about", "target", "每年减少二氧化碳排放", change="decrease"),
        ],
    )
    b = Art(
        titles=["开平碉楼景区游客接待量同比增长31.6%"],
        authors=["吴伟健"], place="开平", date="2024-03-06",
        paras=[
            "本报开平讯 3月6日，记者从开平市文化广电旅游体育局获悉，2024年春节以来，开平碉楼与村落景区累计接待游客58.3万人次，同比增长31.6%；实现旅游收入4.12亿元，同比增长27.9%。",
            "客流增长的背后，是当地持续推动文旅融合的努力。去年以来，开平新增民宿客房620间，推出“碉楼夜游”“侨乡美食季”等活动23场，自力村、马降龙村等景区还开通了直达广州南站的旅游专线。",
            "为缓解节假日停车难，景区新建生态停车场3处，新增停车位1200个，并在高峰时段开通免费接驳车。",
            "开平市文广旅体局负责人介绍，今年将投入1.8亿元实施景区提质工程，力争全年接待游客突破600万人次。",
        ],
        figs=[
            T("31.6%", "%", "exact", "actual", "碉楼景区游客接待量", change="increase"),
            F("58.3万人次", "人次", "exact", "actual", "碉楼景区接待游客"),
            F("31.6%", "%", "exact", "actual", "碉楼景区接待游客", change="increase"),
            F("4.12亿元", "元", "exact", "actual", "旅游收入"),
            F("27.9%", "%", "exact", "actual", "旅游收入", change="increase"),
            F("620间", "间", "exact", "actual", "新增民宿客房"),
            F("23场", "场", "exact", "actual", "推出文旅活动"),
            F("3处", "处", "exact", "actual", "新建生态停车场"),
            F("1200个", "个", "exact", "actual", "新增停车位"),
            F("1.8亿元", "元", "exact", "target", "景区提质工程投入"),
            F("600万人次", "人次", "at_least", "target", "全年接待游客"),
        ],
    )
    c = Art(
        titles=["新会陈皮全产业链总产值突破260亿元"],
        authors=["林芳", "区嘉欣"], place="新会", date=None,
        paras=[
            "本报新会讯 近日，记者从新会区农业农村局获悉，去年新会陈皮全产业链总产值突破260亿元，同比增长8.3%，带动7万余人就业。",
            "近年来，新会区坚持“以柑为基、以皮为核”，全区柑橘种植面积达到13.5万亩，培育陈皮相关经营主体1900余家，建成省级现代农业产业园2个。当地还推出陈皮溯源平台，消费者扫码即可查询产地、年份等信息，已累计赋码1.6亿枚。目前，全区陈皮仓储面积超过100万平方米。",
            "新会区相关负责人表示，今年将重点推进陈皮深加工和文旅融合项目，力争全产业链总产值增长10%以上。",
        ],
        figs=[
            T("260亿元", "元", "at_least", "actual", "陈皮全产业链总产值"),
            F("260亿元", "元", "at_least", "actual", "陈皮全产业链总产值"),
            F("8.3%", "%", "exact", "actual", "陈皮全产业链总产值", change="increase"),
            F("7万余人", "人", "at_least", "actual", "带动就业"),
            F("13.5万亩", "亩", "exact", "actual", "柑橘种植面积"),
            F("1900余家", "家", "at_least", "actual", "陈皮相关经营主体"),
            F("2个", "个", "exact", "actual", "省级现代农业产业园"),
            F("1.6亿枚", "枚", "exact", "actual", "溯源平台累计赋码"),
            F("100万平方米", "平方米", "at_least", "actual", "陈皮仓储面积"),
            F("10%以上", "%", "at_least", "target", "全产业链总产值", change="increase"),
        ],
    )
    d = Art(
        titles=["鹤山“侨乡网格”让群众办事少跑腿"],
        kind="feature", authors=["黄嘉怡", "苏振华"], place=None, date=None,
        paras=[
            "走进鹤山市沙坪街道党群服务中心，“侨乡网格”服务台前，网格员正通过平板电脑为一位老人办理社保待遇资格认证。不到10分钟，业务就办好了。",
            "去年以来，鹤山市把全市划分为1286个网格，配备专兼职网格员3100余名，将社保、民政、户籍等87项高频事项下沉到网格办理，驾驶证换领等业务还可通过“交管12123”App在网格服务点预约。“过去办个证明要跑好几趟，现在在家门口就能办。”沙坪街道居民梁伯说。",
            "为让网格员“接得住”，鹤山市还建立了“周培训、月考核”制度，累计开展业务培训46期。数据显示，去年全市网格累计收集解决群众诉求2.3万件，群众满意率达到98.2%。",
            "在沙坪街道中山社区，网格员李敏负责的网格有住户420户。她每天入户走访，把群众反映的问题录入“智慧网格”平台，一般问题当天交办、3天内反馈。去年，她累计帮助居民解决问题310余件。",
            "“网格虽小，连着千家万户。”鹤山市委政法委有关负责人表示，下一步将推动更多服务事项进网格，力争年内实现“15分钟便民服务圈”全覆盖。",
        ],
        figs=[
            F("不到10分钟", "分钟", "at_most", "actual", "网格办理社保认证用时"),
            F("1286个", "个", "exact", "actual", "划分网格"),
            F("3100余名", "名", "at_least", "actual", "专兼职网格员"),
            F("87项", "项", "exact", "actual", "下沉网格的高频事项"),
            F("46期", "期", "exact", "actual", "累计开展业务培训"),
            F("2.3万件", "件", "exact", "actual", "收集解决群众诉求"),
            F("98.2%", "%", "exact", "actual", "群众满意率"),
            F("420户", "户", "exact", "actual", "网格住户"),
            F("3天内", "天", "at_most", "actual", "一般问题反馈时限"),
            F("310余件", "件", "at_least", "actual", "帮助居民解决问题"),
            F("15分钟", "分钟", "exact", "target", "便民服务圈", optional=True),
        ],
    )
    lines = ["", ""]
    lines += ["  □记者 陈晓 通讯员 梁思敏 报道"]
    lines += wrapped(a.paras, 19, "  ")
    lines += [""]
    lines += ["  □记者 吴伟健 报道"]
    lines += wrapped(b.paras, 19, "  ")
    lines += [""]
    lines += title("台山海上风电装备产业园", "首台12兆瓦机组下线", b.titles[0])
    lines += ["  □记者 林芳 通讯员 区嘉欣 报道"]
    lines += wrapped(c.paras, 19, "  ")
    lines += [""]
    lines += title(c.titles[0])
    lines += wrapped(d.paras, 19, "  ")
    lines += ["  （珠江晚报记者 黄嘉怡 苏振华）", ""]
    lines += title(d.titles[0])
    return "p02_jiangmen_titles_below", [a, b, c, d], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# p03: provincial daily, wire stories (新华社) + editorial with series line + signed
# opinion under a column banner; long lines (one paragraph per line)


def page_p03():
    a = Art(
        titles=["稳住农业基本盘 夯实发展压舱石", "全国春播粮食面积稳定在9.4亿亩以上"],
        headline="全国春播粮食面积稳定在9.4亿亩以上",
        authors=["赵文博", "孙雨晴"], place="北京", date="2024-03-05",
        paras=[
            "新华社北京3月5日电（记者 赵文博、孙雨晴）记者5日从农业农村部获悉，2024年全国春播粮食面积预计稳定在9.4亿亩以上，其中大豆面积稳定在1.5亿亩左右，春耕生产总体进展顺利。",
            "农业农村部种植业管理司负责人介绍，截至3月4日，全国已春播粮食1260万亩，完成意向面积的1.3%，进度同比快0.2个百分点。目前春耕所需种子供应充足，杂交玉米、杂交水稻种子可供量分别达到15.6亿公斤和3.5亿公斤，均高于常年用种需求。",
            "农资保障方面，全国春耕化肥可供量超过6000万吨，农机具检修率达到85%以上。农业农村部已会同有关部门下达资金120亿元，支持实施粮油生产提单产行动，各地已培训农民和农技人员超过200万人次。",
            "十四届全国人大二次会议5日在京开幕，粮食安全是代表委员关注的热点话题。该负责人表示，下一步将组织1.2万名农技人员下沉一线，确保全年粮食产量保持在1.3万亿斤以上，为经济社会发展大局提供有力支撑。",
        ],
        figs=[
            T("9.4亿亩以上", "亩", "at_least", "target", "全国春播粮食面积"),
            F("9.4亿亩以上", "亩", "at_least", "target", "全国春播粮食面积"),
            F("1.5亿亩左右", "亩", "about", "target", "大豆面积"),
            F("1260万亩", "亩", "exact", "actual", "已春播粮食"),
            F("1.3%", "%", "exact", "actual", "春播完成意向面积比例"),
            F("0.2个百分点", "百分点", "exact", "actual", "春播进度", change="increase"),
            F("15.6亿公斤", "公斤", "exact", "actual", "杂交玉米种子可供量"),
            F("3.5亿公斤", "公斤", "exact", "actual", "杂交水稻种子可供量"),
            F("6000万吨", "吨", "at_least", "actual", "春耕化肥可供量"),
            F("85%以上", "%", "at_least", "actual", "农机具检修率"),
            F("120亿元", "元", "exact", "actual", "下达粮油生产提单产资金"),
            F("200万人次", "人次", "at_least", "actual", "培训农民和农技人员"),
            F("1.2万名", "名", "exact", "target", "下沉一线农技人员"),
            F("1.3万亿斤以上", "斤", "at_least", "target", "全年粮食产量"),
        ],
    )
    b = Art(
        titles=["广东今年首批重大项目集中开工"],
        authors=["周嘉明"], place="广州", date="2024-03-04",
        paras=[
            "新华社广州3月4日电（记者 周嘉明）广东省2024年第一批重大项目4日集中开工，共涉及项目1086个，总投资约1.1万亿元，覆盖先进制造业、交通、能源、水利、民生等领域。",
            "其中产业项目占比达到62%，年度计划投资2860亿元。据广东省发展改革委介绍，今年全省安排省重点建设项目1530个，年度计划投资1万亿元以上，将有力拉动有效投资、稳定经济增长。",
            "记者在广州南沙区开工现场看到，一批先进制造、海洋经济项目同步开工。南沙区当天集中开工项目56个，总投资达到580亿元。",
        ],
        figs=[
            F("1086个", "个", "exact", "actual", "集中开工项目"),
            F("约1.1万亿元", "元", "about", "actual", "集中开工项目总投资"),
            F("62%", "%", "exact", "actual", "产业项目占比"),
            F("2860亿元", "元", "exact", "target", "开工项目年度计划投资"),
            F("1530个", "个", "exact", "target", "省重点建设项目"),
            F("1万亿元以上", "元", "at_least", "target", "省重点建设项目年度计划投资"),
            F("56个", "个", "exact", "actual", "南沙区集中开工项目"),
            F("580亿元", "元", "exact", "actual", "南沙区开工项目总投资"),
        ],
    )
    c = Art(
        titles=["把“开门红”化作“全年红”", "——“实干争先”系列评论之三"],
        headline="把“开门红”化作“全年红”",
        column="“实干争先”系列评论", kind="opinion", authors=[], place=None, date=None,
        paras=[
            "一年之计在于春。连日来，全省各地重大项目集中开工、招商签约捷报频传，处处涌动着干事创业的热潮。“开门红”来之不易，更要乘势而上，把良好开局转化为全年发展的强劲动能。各地要以只争朝夕的紧迫感抓好各项工作，切实把握发展主动权。",
            "今年全省确定了地区生产总值增长5.5%左右的预期目标，完成这一目标，靠的是一个项目一个项目地推进、一件事情一件事情地落实。要把目标任务细化到月、分解到周、落实到人，定期比进度、晒成绩，让“比学赶超”成为常态。",
            "抓项目就是抓发展。一季度是全年工作的基础，要对照全年目标倒排工期，对已签约的项目逐个建立台账，确保签约项目一季度开工率不低于40%；对在建项目强化要素保障，推动尽快形成实物工作量。",
            "实干才能争先。各级干部要拿出“拼”的精神、“抢”的劲头，少一些坐而论道，多一些起而行之，以实干实绩把“开门红”化作“全年红”。",
        ],
        figs=[
            F("5.5%左右", "%", "about", "target", "地区生产总值", change="increase"),
            F("40%", "%", "at_least", "target", "签约项目一季度开工率"),
        ],
    )
    d = Art(
        titles=["以项目攻坚蓄积发展后劲"],
        column="实干争先 基层说", kind="opinion", authors=["刘建国"], place=None, date=None,
        paras=[
            "发展抓项目，项目抓落实。去年，武胜县地区生产总值增长6.8%，固定资产投资增长9.2%，其中产业投资占比提高到46%，项目建设成为拉动经济增长的主引擎。",
            "实践证明，哪里的项目多、质量好，哪里的发展就快、后劲就足。去年，全县新开工亿元以上项目42个，竣工投产项目28个，新增规上工业企业17家。",
            "今年，我们将坚持“项目为王”，实行县级领导联系重点项目制度，全年计划实施重点项目150个以上，新建高标准农田5万亩，力争新引进亿元以上产业项目30个。我们将以更实的作风、更硬的举措，推动项目早开工、早见效，为全省高质量发展贡献武胜力量。",
            "干部是事业发展的决定因素。我们将持续开展“项目比武”活动，每季度对各乡镇、部门项目推进情况排名通报，让能干事者有舞台、干成事者有位子，真正把发展蓝图变为现实。",
        ],
        figs=[
            F("6.8%", "%", "exact", "actual", "地区生产总值", change="increase"),
            F("9.2%", "%", "exact", "actual", "固定资产投资", change="increase"),
            F("46%", "%", "exact", "actual", "产业投资占比"),
            F("亿元以上", "元", "at_least", "actual", "新开工项目投资额", optional=True, value=100000000),
            F("42个", "个", "exact", "actual", "新开工亿元以上项目"),
            F("28个", "个", "exact", "actual", "竣工投产项目"),
            F("17家", "家", "exact", "actual", "新增规上工业企业"),
            F("150个以上", "个", "at_least", "target", "实施重点项目"),
            F("5万亩", "亩", "exact", "target", "新建高标准农田"),
            F("亿元以上", "元", "at_least", "target", "新引进产业项目投资额", optional=True, value=100000000),
            F("30个", "个", "exact", "target", "新引进亿元以上产业项目"),
        ],
    )
    lines = ["", "", ""]
    lines += title(*a.titles)
    lines += longlines(a.paras)
    lines += [""]
    lines += title(*b.titles)
    lines += longlines(b.paras)
    lines += ["", ""]
    lines += title(c.titles[0], c.titles[1], "■ 本报评论员")
    lines += longlines(c.paras)
    lines += [""]
    lines += title("实干争先 基层说", d.titles[0], "武胜县委书记 刘建国")
    lines += longlines(d.paras)
    return "p03_xinhua_wire_opinion", [a, b, c, d], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# p04: county paper (安吉), UTF-8 with BOM; teaser, column banner + editor's note,
# feature, photo caption, short news; NO year anywhere on the page (dates --MM-DD)


def page_p04():
    teaser = Art(
        titles=["全县一季度经济运行分析会召开 奋力实现首季“开门红”"],
        kind="teaser", authors=[], place=None, date=None,
        paras=["详细报道见2版"],
        figs=[],
    )
    teaser2 = Art(
        titles=["县委常委会召开会议 研究部署春季农业生产等工作"],
        kind="teaser", authors=[], place=None, date=None,
        paras=["详细报道见3版"],
        figs=[],
    )
    note = Art(
        titles=[], headline=None, column="新农人 新故事", kind="notice", authors=[],
        place=None, date=None,
        paras=[
            "编者按　乡村振兴，关键在人。越来越多的年轻人回到乡村，把新理念、新技术带进田间地头。即日起，本报推出“新农人 新故事”专栏，讲述他们扎根乡土、追梦田野的故事。欢迎读者提供线索，报料电话：0572-5123456。",
        ],
        figs=[],
    )
    feat = Art(
        titles=["90后“茶二代”的数字茶园"],
        column="新农人 新故事", kind="feature", authors=["沈佳琪", "吴卓远"], place=None,
        date=None,
        paras=[
            "春分将至，清晨的安吉县溪龙乡白茶基地里，28岁的沈浩正操控无人机在茶垄上空巡飞。屏幕上，每一片茶园的墒情、虫情数据实时跳动。",
            "沈浩是土生土长的溪龙人，大学毕业后在杭州一家互联网公司工作了5年。父亲年纪渐长，家里的320亩茶园需要人接手，他便辞职回了乡。“刚回来那会儿，村里人都觉得我是回来‘躺平’的。”沈浩笑着说。",
            "回乡第二年，沈浩投入80余万元建起智慧茶园管理系统，布设传感器160个，实现水肥一体化精准灌溉。茶园亩均用工减少35%，春茶亩产值提高到1.2万元。去年，他的茶园销售额达到960万元，同比增长18%，其中线上销售占比超过40%。",
            "技术之外，沈浩更看重品牌。他注册了自己的白茶品牌，在电商平台开设直播间，每年春茶季直播超过200场，单场最高成交额达到36万元。他还邀请游客走进茶园采茶、制茶，去年接待研学游客1.3万人次。",
            "沈浩的尝试也带动了村里的年轻人。溪龙乡已有40余名大学生回乡从事茶叶种植、加工和电商销售，乡里专门建起青年创业园，提供免费办公场地和直播设备。",
            "如今，沈浩牵头成立的茶叶专业合作社已吸纳社员63户，带动周边农户户均增收2.6万元。他计划今年再流转茶园200亩，力争合作社年销售额突破1500万元。今年春茶季，合作社还与县里3家茶企签订了保底收购协议。“家乡的茶，也能做出新味道。”",
        ],
        figs=[
            F("28岁", "岁", "exact", "actual", "沈浩年龄", optional=True),
            F("5年", "年", "exact", "actual", "在互联网公司工作年限", optional=True),
            F("320亩", "亩", "exact", "actual", "家中茶园面积"),
            F("80余万元", "元", "at_least", "actual", "智慧茶园管理系统投入"),
            F("160个", "个", "exact", "actual", "布设传感器"),
            F("35%", "%", "exact", "actual", "茶园亩均用工", change="decrease"),
            F("1.2万元", "元", "exact", "actual", "春茶亩产值"),
            F("960万元", "元", "exact", "actual", "茶园销售额"),
            F("18%", "%", "exact", "actual", "茶园销售额", change="increase"),
            F("40%", "%", "at_least", "actual", "线上销售占比"),
            F("200场", "场", "at_least", "actual", "春茶季直播"),
            F("36万元", "元", "exact", "actual", "直播单场最高成交额"),
            F("1.3万人次", "人次", "exact", "actual", "接待研学游客"),
            F("40余名", "名", "at_least", "actual", "回乡大学生"),
            F("63户", "户", "exact", "actual", "合作社社员"),
            F("2.6万元", "元", "exact", "actual", "带动周边农户户均增收", change="increase"),
            F("200亩", "亩", "exact", "target", "计划流转茶园"),
            F("1500万元", "元", "at_least", "target", "合作社年销售额"),
            F("3家", "家", "exact", "actual", "签订保底收购协议的茶企"),
        ],
    )
    photo = Art(
        titles=[], headline=None, kind="photo", authors=["周立新"], place=None, date="--03-17",
        paras=[
            "3月17日，安吉县天荒坪镇大溪村的茶农在茶园里采摘春茶。近日，随着气温回升，当地明前茶陆续开采，茶园里一派繁忙景象。据了解，当地今年春茶品质较好，茶农采摘热情高涨。",
        ],
        figs=[],
    )
    news = Art(
        titles=["递铺街道“两山”合作社首批项目签约"],
        authors=["姚晓东"], place=None, date="--03-18",
        paras=[
            "本报讯 3月18日，递铺街道“两山”合作社首批生态资源项目集中签约，共签约项目6个，总金额2.35亿元。",
            "此次签约的项目涉及闲置农房盘活、林下经济、乡村研学等领域，预计可带动村集体年均增收300万元以上。据悉，该合作社已完成全街道第三轮生态资源摸底，收储闲置农房147幢、山林2.1万亩，下一步将再推出一批优质资源项目。据了解，“两山”合作社成立以来，已累计盘活闲置资源资产1.6亿元，带动村集体增收1200余万元。",
            "递铺街道相关负责人表示，“两山”合作社将坚持“政府引导、市场运作、村民受益”，力争年内完成生态资源项目交易额5亿元以上，让绿水青山持续转化为金山银山。",
        ],
        figs=[
            F("6个", "个", "exact", "actual", "签约项目"),
            F("2.35亿元", "元", "exact", "actual", "签约项目总金额"),
            F("300万元以上", "元", "at_least", "target", "带动村集体年均增收", change="increase"),
            F("147幢", "幢", "exact", "actual", "收储闲置农房"),
            F("2.1万亩", "亩", "exact", "actual", "收储山林"),
            F("1.6亿元", "元", "exact", "actual", "累计盘活闲置资源资产"),
            F("1200余万元", "元", "at_least", "actual", "带动村集体增收", change="increase"),
            F("5亿元以上", "元", "at_least", "target", "生态资源项目交易额"),
        ],
    )
    news2 = Art(
        titles=["全县春季义务植树活动启动"],
        authors=["钱慧敏"], place=None, date="--03-12",
        paras=[
            "本报讯 3月12日，县四套班子领导与机关干部、志愿者等600余人来到孝丰镇横溪坞村，参加春季义务植树活动。",
            "今年，全县计划完成新造林和森林质量精准提升1.8万亩，新建“千万工程”绿化示范村20个，义务植树80万株以上。截至目前，全县已栽植苗木32万株。",
            "活动现场，大家分工协作、挥锹铲土，种下红枫、银杏、樱花等苗木1200余株。县林业部门还组织技术人员现场指导，确保苗木栽一棵、活一棵。活动结束后，各单位还将对所植苗木落实管护责任。",
        ],
        figs=[
            F("600余人", "人", "at_least", "actual", "参加义务植树人员"),
            F("1.8万亩", "亩", "exact", "target", "新造林和森林质量精准提升"),
            F("20个", "个", "exact", "target", "新建绿化示范村"),
            F("80万株以上", "株", "at_least", "target", "义务植树"),
            F("32万株", "株", "exact", "actual", "已栽植苗木"),
            F("1200余株", "株", "at_least", "actual", "活动现场栽种苗木"),
        ],
    )
    lines = [""]
    lines += title(teaser.titles[0], teaser.paras[0])
    lines += title(teaser2.titles[0], teaser2.paras[0])
    lines += title("新农人 新故事")
    lines += wrapped(note.paras, 21, "　　")
    lines += [""]
    lines += title(feat.titles[0])
    lines += ["　　□本报记者 沈佳琪 通讯员 吴卓远"]
    lines += wrapped(feat.paras, 21, "　　")
    lines += ["", ""]
    lines += [photo.paras[0] + " ■ 周立新 摄", ""]
    lines += title(news.titles[0])
    lines += ["　　□记者 姚晓东 报道"]
    lines += wrapped(news.paras, 21, "　　")
    lines += [""]
    lines += title(news2.titles[0])
    lines += ["　　□通讯员 钱慧敏"]
    lines += wrapped(news2.paras, 21, "　　")
    return "p04_anji_county_teaser_photo_note", [teaser, teaser2, note, feat, photo, news, news2], lines, "utf-8-sig", "\n"


# ---------------------------------------------------------------------------
# p05: county report (南丰), GB18030 with CRLF; long article with intertitles and a
# byline split over two lines; a short news item after it


def page_p05():
    a = Art(
        titles=["小蜜桔做成富民大产业", "——南丰县推进蜜桔全产业链发展纪实"],
        headline="小蜜桔做成富民大产业",
        kind="news", authors=["刘思远", "黄晓燕"], place="南丰", date="2024-03-20",
        paras=[
            "本报南丰讯 3月20日，2024年南丰蜜桔产业发展大会在南丰县召开。记者从会上获悉，去年南丰蜜桔种植面积稳定在70万亩左右，总产量达到15.8亿斤，全产业链产值突破215亿元，同比增长9.6%，蜜桔产业已成为当地农民增收致富的“金果子”。",
            "南丰种植蜜桔已有1300多年历史。近年来，该县围绕“品种优化、品质提升、品牌打造”，推动蜜桔产业从“卖鲜果”向“卖产品”“卖文化”转变，走出了一条一二三产业融合发展的路子。",
            "品种改良 让老树结出“新果子”",
            "走进南丰县市山镇的蜜桔品种改良示范基地，一排排新嫁接的桔树已抽出嫩芽。“老品种果子小、皮厚，卖不上价，改良后的新品种果大皮薄、糖度高，每斤能多卖1元钱。”基地负责人曾德华说。",
            "为解决品种老化问题，南丰县设立蜜桔品种改良专项资金，每年安排3000万元，对高接换种、老果园改造给予每亩1200元补助。目前，全县已完成品种改良12.6万亩，建成标准化示范基地45个，优质果率由65%提高到82%。",
            "精深加工 延伸产业“链条子”",
            "在南丰县工业园区的一家蜜桔深加工企业，生产线上的蜜桔经过清洗、分级、榨汁，最终变成桔汁、桔饼、桔酒等产品。企业负责人介绍，公司去年加工蜜桔4.5万吨，实现产值3.2亿元，今年计划新上一条果酒生产线，产能将提高50%。",
            "目前，南丰县已培育蜜桔加工企业58家，其中规上企业19家，开发出果汁、果酒、果胶、精油等8大类60余个产品，蜜桔加工转化率达到35%。县里还建成冷链仓储库容12万吨，有效延长了鲜果销售期。",
            "品牌营销 擦亮金字“招牌子”",
            "“以前是坐在家里等客商，现在是主动把蜜桔卖到全国。”南丰县蜜桔产业发展服务中心主任吴建平说。南丰县统一使用“南丰蜜桔”地理标志，建立质量追溯体系，在全国32个大中城市设立品牌直营店和销售网点，并与12家电商平台建立合作。",
            "去年，南丰蜜桔电商销售额达到38亿元，同比增长21%，产品出口东南亚、中东等20多个国家和地区，出口额1.6亿美元。“南丰蜜桔”品牌价值达到228.7亿元，连续多年位居全国柑橘类区域公用品牌前列。",
            "联农带农 鼓起果农“钱袋子”",
            "产业兴旺，果农受益。南丰县推广“龙头企业+合作社+农户”模式，全县蜜桔专业合作社发展到436家，带动果农5.6万户。去年，全县农村居民人均可支配收入增长7.8%，其中来自蜜桔产业的收入占比超过60%。",
            "南丰县委主要负责人表示，今年南丰将实施蜜桔产业提质增效三年行动，力争到2026年全产业链产值突破300亿元，让小蜜桔真正成为群众增收致富的“摇钱树”。",
        ],
        figs=[
            F("70万亩左右", "亩", "about", "actual", "蜜桔种植面积"),
            F("15.8亿斤", "斤", "exact", "actual", "蜜桔总产量"),
            F("215亿元", "元", "at_least", "actual", "蜜桔全产业链产值"),
            F("9.6%", "%", "exact", "actual", "蜜桔全产业链产值", change="increase"),
            F("1300多年", "年", "at_least", "actual", "南丰种植蜜桔历史", optional=True),
            F("1元", "元", "exact", "actual", "改良品种每斤多卖", change="increase", optional=True),
            F("3000万元", "元", "exact", "actual", "每年品种改良专项资金"),
            F("1200元", "元", "exact", "actual", "每亩品种改良补助"),
            F("12.6万亩", "亩", "exact", "actual", "完成品种改良"),
            F("45个", "个", "exact", "actual", "标准化示范基地"),
            F("65%", "%", "exact", "actual", "优质果率（改良前）"),
            F("82%", "%", "exact", "actual", "优质果率"),
            F("4.5万吨", "吨", "exact", "actual", "企业加工蜜桔"),
            F("3.2亿元", "元", "exact", "actual", "企业产值"),
            F("一条", "条", "exact", "target", "新上果酒生产线", optional=True),
            F("50%", "%", "exact", "target", "企业产能", change="increase"),
            F("58家", "家", "exact", "actual", "蜜桔加工企业"),
            F("19家", "家", "exact", "actual", "规上蜜桔加工企业"),
            F("8大类", "大类", "exact", "actual", "蜜桔加工产品类别"),
            F("60余个", "个", "at_least", "actual", "蜜桔加工产品"),
            F("35%", "%", "exact", "actual", "蜜桔加工转化率"),
            F("12万吨", "吨", "exact", "actual", "冷链仓储库容"),
            F("32个", "个", "exact", "actual", "设立直营店和销售网点的大中城市"),
            F("12家", "家", "exact", "actual", "合作电商平台"),
            F("38亿元", "元", "exact", "actual", "蜜桔电商销售额"),
            F("21%", "%", "exact", "actual", "蜜桔电商销售额", change="increase"),
            F("20多个", "个", "at_least", "actual", "出口国家和地区"),
            F("1.6亿美元", "美元", "exact", "actual", "蜜桔出口额"),
            F("228.7亿元", "元", "exact", "actual", "南丰蜜桔品牌价值"),
            F("436家", "家", "exact", "actual", "蜜桔专业合作社"),
            F("5.6万户", "户", "exact", "actual", "带动果农"),
            F("7.8%", "%", "exact", "actual", "农村居民人均可支配收入", change="increase"),
            F("60%", "%", "at_least", "actual", "来自蜜桔产业的收入占比"),
            F("三年", "年", "exact", "target", "蜜桔产业提质增效行动期限", optional=True),
            F("300亿元", "元", "at_least", "target", "2026年蜜桔全产业链产值"),
        ],
    )
    b = Art(
        titles=["南丰部署春季森林防火工作"],
        authors=["邱文涛"], place=None, date="2024-03-19",
        paras=[
            "本报讯 3月19日，南丰县召开春季森林防火工作会议，部署清明节前后森林防火工作。",
            "会议要求，各乡镇要落实网格化管理责任，在重点林区设置临时检查站86个，组建专业扑火队伍23支、半专业扑火队伍160支，确保火情早发现、早处置。全县森林防火24小时值班电话：0794-3221119。",
            "会议通报，今年以来全县已开展森林防火宣传进村入户活动120余场次，发放宣传资料3.6万份。各地要严格野外火源管控，清明期间在重点路口、墓区安排专人值守。",
            "去年，南丰县未发生较大以上森林火灾，森林覆盖率保持在75.2%。全县将持续压实各级责任，坚决守住不发生重大森林火灾的底线。",
        ],
        figs=[
            F("86个", "个", "exact", "target", "设置临时检查站"),
            F("23支", "支", "exact", "target", "专业扑火队伍"),
            F("160支", "支", "exact", "target", "半专业扑火队伍"),
            F("24小时", "小时", "exact", "target", "森林防火值班", optional=True),
            F("120余场次", "场次", "at_least", "actual", "森林防火宣传进村入户活动"),
            F("3.6万份", "份", "exact", "actual", "发放宣传资料"),
            F("75.2%", "%", "exact", "actual", "森林覆盖率"),
        ],
    )
    lines = ["", ""]
    lines += title(*a.titles)
    lines += ["  □记 者 刘思远", "   通讯员 黄晓燕 报道"]
    for p in a.paras:
        if "。" not in p and "，" not in p:      # an intertitle
            lines += ["", "    " + p, ""]
        else:
            lines += wrapped([p], 22, "  ")
    lines += [""]
    lines += title(b.titles[0])
    lines += ["  记者 邱文涛"]
    lines += wrapped(b.paras, 22, "  ")
    return "p05_nanfeng_gb18030_crlf", [a, b], lines, "gb18030", "\r\n"


# ---------------------------------------------------------------------------
# p06: city paper (宜昌), UTF-16 with BOM, half-width punctuation like seed 003,
# justification spaces, column breaks mid-sentence, year from `2024年3月1日`


def page_p06():
    a = Art(
        titles=["全市优化营商环境大会召开 以一流营商环境激发高质量发展新活力"],
        authors=["高远", "李静"], place=None, date="2024-02-29",
        paras=[
            "本报讯(记者 高远 通讯员 李静)2月29日上午,全市优化营商环境大会召开。会议总结去年营商环境建设成效,部署今年重点任务,动员全市上下以一流营商环境激发高质量发展新活力。",
            "会议指出,去年全市新登记经营主体9.86万户,同比增¦长12.4%;政务服务事项“一网通办”率达到98.5%,企业开办时间压缩至1个工作日以内,全市营商环境评价位居全省第2位。",
            "据介绍,去年我市累计为企业减税降费及退税缓费46.8亿元,惠及经营主体23万户次;“企业服务直通车”平台共受理企业诉求1.2万件,办结率达99.1%。",
            "会议强调,要坚持⟨“有求必应、无事不扰”⟩,持续打造市场化、法治化、国际化一流营商环境。今年,全市将新增减税降费及退税缓费50亿元以上,力争新增经营主体10万户,推动⟨“高效办成一件事”重点事项清单⟩全部落地。",
            "会议要求,各级各部门要把优化营商环境作为“一把手”工程,建立问题线索“直通车”,对企业反映的问题实行¦清单化管理、闭环式办理,确保件件有回音、事事有着落。",
            "会上,对2023年度营商环境建设先进单位进行了通报表扬,市发展改革委、市政务服务和大数据管理局等单位负责同志作了交流发言。",
        ],
        figs=[
            F("9.86万户", "户", "exact", "actual", "新登记经营主体"),
            F("12.4%", "%", "exact", "actual", "新登记经营主体", change="increase"),
            F("98.5%", "%", "exact", "actual", "政务服务事项一网通办率"),
            F("1个工作日以内", "个工作日", "at_most", "actual", "企业开办时间"),
            F("46.8亿元", "元", "exact", "actual", "减税降费及退税缓费"),
            F("23万户次", "户次", "exact", "actual", "惠及经营主体"),
            F("1.2万件", "件", "exact", "actual", "受理企业诉求"),
            F("99.1%", "%", "exact", "actual", "企业诉求办结率"),
            F("50亿元以上", "元", "at_least", "target", "新增减税降费及退税缓费"),
            F("10万户", "户", "exact", "target", "新增经营主体"),
        ],
    )
    b = Art(
        titles=["《宜昌市物业管理条例》3月1日起施行"],
        authors=["周婷"], place=None, date="2024-03-01",
        paras=[
            "本报讯(记者 周婷)记者从市人大常委会获悉,经湖北省第十四届人民代表大会常务委员会批准的《宜昌市物业管理条例》,将于2024年3月1日起施行。",
            "条例共9章68条,对业主大会和业主委员会、前期物业管理、物业服务、物业的使用和维护等作了规定。条例明确,物业服务企业应当每半年公示⟨一次物业服务费收支情况⟩,业主委员会委员每届任期不超过5年。条例还对电梯、消防等共用设施设备的维修养护作出规定,明确住宅专项维修资金的使用程序,破解“维修难、用钱难”问题。",
            "据统计,全市现有物业管理项目2860个,物业服务企业612家,服务¦面积约1.5亿平方米。条例的施行,将为规范物业管理活动、维护业主合法权益提供法治保障。",
        ],
        figs=[
            F("9章", "章", "exact", "actual", "条例章数", optional=True),
            F("68条", "条", "exact", "actual", "条例条数", optional=True),
            F("5年", "年", "at_most", "target", "业主委员会委员每届任期", optional=True),
            F("2860个", "个", "exact", "actual", "物业管理项目"),
            F("612家", "家", "exact", "actual", "物业服务企业"),
            F("约1.5亿平方米", "平方米", "about", "actual", "物业服务面积"),
        ],
    )
    c = Art(
        titles=["夷陵区春季植树造林已完成4.6万亩"],
        authors=["陈思"], place="夷陵", date="2024-02-27",
        paras=[
            "本报夷陵讯(记者 陈思)2月27日,在夷陵区黄花镇的荒山坡上,200余名干部群众挥锹培土、扶苗浇水,种下一株株柑橘苗和马尾松,现场一派热火朝天的景象。",
            "据介绍,今年以来,夷陵区已完成春季植树造林4.6万亩,栽植苗木120万株,比去年同期增加8000亩。该区将⟨“植绿”与“兴业”⟩结合起来,发展经济林¦和林下经济,让荒山变成“金山”。",
            "近年来,夷陵区持续推进长江岸线生态修复,全区森林覆盖率达到69.2%,已建成省级森林城镇6个。按照计划,夷陵区今年将完成国土绿化12万亩,新建森林乡村15个,并组织开展“绿满夷陵”全民义务植树活动。",
        ],
        figs=[
            T("4.6万亩", "亩", "exact", "actual", "春季植树造林"),
            F("200余名", "名", "at_least", "actual", "参加植树的干部群众"),
            F("4.6万亩", "亩", "exact", "actual", "春季植树造林"),
            F("120万株", "株", "exact", "actual", "栽植苗木"),
            F("8000亩", "亩", "exact", "actual", "植树造林面积", change="increase"),
            F("69.2%", "%", "exact", "actual", "森林覆盖率"),
            F("6个", "个", "exact", "actual", "省级森林城镇"),
            F("12万亩", "亩", "exact", "target", "完成国土绿化"),
            F("15个", "个", "exact", "target", "新建森林乡村"),
        ],
    )
    d = Art(
        titles=["我市新增7家国家级专精特新“小巨人”企业"],
        authors=["吴敏"], place=None, date="2024-02-26",
        paras=[
            "本报讯(记者 吴敏)2月26日,记者从市经济和信息化局获悉,我市又有7家企业入选国家级专精特新“小巨人”企业名单,全市国家级专精特新“小巨人”企业总数达到38家,居全省第3位。",
            "这些企业主要分布在精细化工、生物医药、装备制造等领域,去年实现营业收入合计46.3亿元,研发投入强度平均达到5.6%。今年,我市将实施优质中小企业梯度¦培育工程,力争新培育省级专精特新企业100家以上。",
            "市经信局负责人表示,将在融资对接、人才引进、市场开拓等方面加大支持力度,对新认定的国家级“小巨人”企业给予一次性奖励50万元,引导更多企业走“专精特新”发展之路。",
        ],
        figs=[
            T("7家", "家", "exact", "actual", "新增国家级专精特新小巨人企业"),
            F("7家", "家", "exact", "actual", "新增国家级专精特新小巨人企业"),
            F("38家", "家", "exact", "actual", "国家级专精特新小巨人企业总数"),
            F("46.3亿元", "元", "exact", "actual", "小巨人企业营业收入"),
            F("5.6%", "%", "exact", "actual", "研发投入强度"),
            F("100家以上", "家", "at_least", "target", "新培育省级专精特新企业"),
            F("50万元", "元", "exact", "target", "新认定国家级小巨人企业一次性奖励"),
        ],
    )
    lines = ["", "", "", ""]
    lines += title(a.titles[0])
    lines += longlines(a.paras, halfwidth=True)
    lines += title(b.titles[0])
    lines += longlines(b.paras, halfwidth=True)
    lines += ["", ""]
    lines += title(c.titles[0])
    lines += longlines(c.paras, halfwidth=True)
    lines += [""]
    lines += title(d.titles[0])
    lines += longlines(d.paras, halfwidth=True)
    return "p06_yichang_utf16_halfwidth", [a, b, c, d], lines, "utf-16", "\n"


# ---------------------------------------------------------------------------
# q01: national daily (人民日报 style): plain byline lines `本报记者 A B` under the
# title, `——` subtitle, datelines `本报郑州3月6日电`, photo credit `新华社记者 X摄`
# after a caption, an article continued from page 1 (`（上接第1版）`, mid-sentence)


def page_q01():
    a = Art(
        titles=["河南八千多万亩麦田春管正酣", "——各地抢抓有利墒情促弱转壮"],
        headline="河南八千多万亩麦田春管正酣",
        authors=["张文杰", "刘晓燕"], place="郑州", date="2024-03-06",
        paras=[
            "本报郑州3月6日电　眼下，河南8536万亩小麦陆续进入返青起身期，田间管理进入关键阶段。记者从河南省农业农村厅获悉，截至3月5日，全省已完成小麦春季追肥5200多万亩、化学除草4100万亩，分别占应管面积的61%和48%。",
            "“今年苗情总体好于常年，一二类苗占比达到89.3%，比上年提高4.2个百分点。”河南省农业农村厅种植业管理处负责人介绍，去冬以来全省大部分地区降水偏多，土壤墒情适宜，但部分晚播麦田苗情偏弱，需要分类施策、促弱转壮。",
            "为抓好春季麦田管理，河南省组织1.6万名农技人员深入田间地头，开展“科技壮苗”行动，累计举办现场培训会2300余场。同时，统筹中央和省级财政资金12.8亿元，支持各地实施小麦“一喷三防”，确保应防尽防。",
            "在驻马店市上蔡县的一处高标准农田示范区，两架植保无人机正在麦田上空作业。“以前打药要请人干好几天，现在一架无人机一天就能作业800亩。”种粮大户王建国说，今年他流转的1500亩麦田全部用上了水肥一体化设施。",
            "针对部分地区可能出现的“倒春寒”，河南省气象部门与农业农村部门建立会商机制，每周发布一次麦田管理技术指导意见。各地已储备防冻物资3.5万吨，确保一旦发生冻害能够及时补救。",
            "河南省今年将新建和提升高标准农田750万亩，力争全年粮食产量稳定在1300亿斤以上，确保2024年夏粮丰收到手。",
        ],
        figs=[
            T("八千多万亩", "亩", "at_least", "actual", "河南小麦面积"),
            F("8536万亩", "亩", "exact", "actual", "河南小麦面积"),
            F("5200多万亩", "亩", "at_least", "actual", "完成小麦春季追肥"),
            F("4100万亩", "亩", "exact", "actual", "完成化学除草"),
            F("61%", "%", "exact", "actual", "追肥占应管面积比例"),
            F("48%", "%", "exact", "actual", "化学除草占应管面积比例"),
            F("89.3%", "%", "exact", "actual", "一二类苗占比"),
            F("4.2个百分点", "百分点", "exact", "actual", "一二类苗占比", change="increase"),
            F("1.6万名", "名", "exact", "actual", "深入田间的农技人员"),
            F("2300余场", "场", "at_least", "actual", "现场培训会"),
            F("12.8亿元", "元", "exact", "actual", "一喷三防财政资金"),
            F("两架", "架", "exact", "actual", "作业的植保无人机", optional=True),
            F("800亩", "亩", "exact", "actual", "一架无人机日作业面积"),
            F("1500亩", "亩", "exact", "actual", "种粮大户流转麦田"),
            F("3.5万吨", "吨", "exact", "actual", "储备防冻物资"),
            F("750万亩", "亩", "exact", "target", "新建和提升高标准农田"),
            F("1300亿斤以上", "斤", "at_least", "target", "全年粮食产量"),
        ],
    )
    photo = Art(
        titles=[], headline=None, kind="photo", authors=["谢剑飞"], place=None,
        date="2024-03-05",
        paras=[
            "3月5日，在河北省邢台市南和区一家农机专业合作社，农机手在检修播种机具。春耕临近，各地抓紧检修农机具，为春播生产做好准备。",
        ],
        figs=[],
    )
    b = Art(
        titles=["重庆1—2月中欧班列开行912列"],
        authors=["刘新吾", "陈佳"], place="重庆", date="2024-03-04",
        paras=[
            "本报重庆3月4日电　记者从重庆市政府口岸和物流办获悉：1—2月，中欧班列（成渝）重庆方向累计开行912列，同比增长18.6%；运输货物8.2万标箱，货值超过230亿元。",
            "今年以来，重庆不断加密至欧洲、中亚方向的班列线路，新开通至匈牙利布达佩斯、哈萨克斯坦阿拉木图等城市的线路5条，通达境外城市增至118个。重庆还推出“班列+跨境电商”模式，带动笔记本电脑、汽车零部件等产品出口。",
            "据介绍，重庆今年计划开行中欧班列5000列以上，力争中欧班列（成渝）全年开行量保持全国前列，进一步推动西部陆海新通道与中欧班列联运。",
        ],
        figs=[
            T("912列", "列", "exact", "actual", "中欧班列开行"),
            F("912列", "列", "exact", "actual", "中欧班列开行"),
            F("18.6%", "%", "exact", "actual", "中欧班列开行", change="increase"),
            F("8.2万标箱", "标箱", "exact", "actual", "运输货物"),
            F("230亿元", "元", "at_least", "actual", "运输货值"),
            F("5条", "条", "exact", "actual", "新开通班列线路"),
            F("118个", "个", "exact", "actual", "通达境外城市"),
            F("5000列以上", "列", "at_least", "target", "全年开行中欧班列"),
        ],
    )
    c = Art(
        titles=["小县城里的“大制造”"],
        kind="feature", authors=[], place=None, date=None,
        paras=[
            "{上接第1版}的订单已经排到了6月份。”在江西省赣州市南康区一家家具企业的智能车间里，企业负责人刘志华指着正在运转的自动化生产线告诉记者。",
            "南康是全国重要的实木家具生产基地。近年来，当地推动家具产业数字化改造，已有420多家企业完成智能化升级，生产效率平均提高30%以上，产品不良率下降到1.5%以内。去年，南康家具产业集群产值达到2860亿元，同比增长9.1%。",
            "从“南康制造”到“南康智造”，离不开营商环境的持续优化。南康区在全省率先推行“标准地+承诺制”改革，项目审批时间压缩到20个工作日以内。南康还建成家具产业大数据平台，为中小企业提供设计、检测、物流等一站式服务，平台注册企业超过1.2万家。",
            "“家门口就有活干，一个月能挣七八千元。”在车间里操作数控机床的李红梅说。目前，南康家具产业带动就业超过40万人，越来越多外出务工人员选择回乡就业创业。",
            "开放通道也让南康家具“卖全球”。依托赣州国际陆港，南康开通了直达欧洲、中亚的铁海联运班列，去年家具出口额达到86亿元。“以前是货等车，现在是车等货。”一位外贸企业负责人说。今年，南康将力争家具产业集群产值突破3000亿元。",
        ],
        figs=[
            F("420多家", "家", "at_least", "actual", "完成智能化升级的家具企业"),
            F("30%以上", "%", "at_least", "actual", "生产效率", change="increase"),
            F("1.5%以内", "%", "at_most", "actual", "产品不良率"),
            F("2860亿元", "元", "exact", "actual", "南康家具产业集群产值"),
            F("9.1%", "%", "exact", "actual", "南康家具产业集群产值", change="increase"),
            F("20个工作日以内", "个工作日", "at_most", "actual", "项目审批时间"),
            F("1.2万家", "家", "at_least", "actual", "大数据平台注册企业"),
            F("七八千元", "元", "exact", "actual", "工人月收入", value=7000, value_max=8000,
              optional=True),
            F("40万人", "人", "at_least", "actual", "家具产业带动就业"),
            F("86亿元", "元", "exact", "actual", "家具出口额"),
            F("3000亿元", "元", "at_least", "target", "南康家具产业集群产值"),
        ],
    )
    ind = "　　"
    lines = ["", ""]
    lines += [a.titles[0], a.titles[1], "本报记者 张文杰 刘晓燕", ""]
    lines += wrapped(a.paras, 16, ind, narrow_ascii=True)
    lines += [""]
    lines += wrapped(photo.paras, 16, ind, narrow_ascii=True)
    lines += ["　　新华社记者 谢剑飞摄", "", ""]
    lines += [b.titles[0], "本报记者 刘新吾 通讯员 陈佳", ""]
    lines += wrapped(b.paras, 16, ind, narrow_ascii=True)
    lines += ["", ""]
    lines += title(c.titles[0])
    lines += wrapped(c.paras, 16, ind, narrow_ascii=True)
    return "q01_renmin_plain_bylines_continued", [a, photo, b, c], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# q02: provincial daily (浙江日报 style) with page furniture: date/weekday header,
# page label, section name, editors line between articles, footer with address and
# phone; datelines with the credit after them, with and without brackets; a lead
# dated by the day only (`6日`), whose month comes from the page


def page_q02():
    a = Art(
        titles=["全省一季度412个重大项目集中开工"],
        authors=["王晨", "李婧"], place="杭州", date="2024-03-07",
        paras=[
            "本报杭州3月7日讯（记者 王晨 通讯员 李婧）7日，全省一季度重大项目集中开工活动在各地同步举行。此次集中开工项目412个，总投资3860亿元，其中单体投资10亿元以上项目96个。",
            "从项目类型看，产业项目238个、总投资2150亿元，占比55.7%；基础设施项目106个、总投资1240亿元；民生项目68个，涉及教育、医疗、养老等领域。",
            "省发展改革委有关负责人介绍，今年全省将实施省重大项目1100个以上，完成年度投资1.2万亿元以上，并建立重大项目“赛马”机制，每季度对各地项目开工率、投资完成率进行通报。",
            "在杭州钱塘区的开工现场，一家新能源汽车零部件企业的新厂房项目正式动工。该项目总投资45亿元，达产后预计年产值可达80亿元。",
            "为保障项目顺利推进，我省将强化用地、用能、资金等要素保障，今年安排新增建设用地计划指标优先保障省重大项目，并发行专项债券支持项目建设。各地将对集中开工项目实行“一项目一专班”，协调解决征地拆迁、施工许可等问题。",
        ],
        figs=[
            T("412个", "个", "exact", "actual", "集中开工重大项目"),
            F("412个", "个", "exact", "actual", "集中开工重大项目"),
            F("3860亿元", "元", "exact", "actual", "集中开工项目总投资"),
            F("10亿元以上", "元", "at_least", "actual", "单体投资"),
            F("96个", "个", "exact", "actual", "单体投资10亿元以上项目"),
            F("238个", "个", "exact", "actual", "产业项目"),
            F("2150亿元", "元", "exact", "actual", "产业项目总投资"),
            F("55.7%", "%", "exact", "actual", "产业项目投资占比"),
            F("106个", "个", "exact", "actual", "基础设施项目"),
            F("1240亿元", "元", "exact", "actual", "基础设施项目总投资"),
            F("68个", "个", "exact", "actual", "民生项目"),
            F("1100个以上", "个", "at_least", "target", "实施省重大项目"),
            F("1.2万亿元以上", "元", "at_least", "target", "省重大项目年度投资"),
            F("45亿元", "元", "exact", "actual", "新厂房项目总投资"),
            F("80亿元", "元", "exact", "target", "新厂房项目达产后年产值"),
        ],
    )
    b = Art(
        titles=["湖州出台十条措施支持“人工智能+”产业发展"],
        authors=["沈梦", "钱程"], place=None, date="2024-03-06",
        paras=[
            "本报讯 记者 沈梦 通讯员 钱程 6日，湖州市召开“人工智能+”产业发展推进会，发布《关于加快推进“人工智能+”产业发展的若干措施》，从算力支撑、场景开放、人才引育等方面推出十条措施。",
            "根据措施，湖州将设立总规模20亿元的人工智能产业基金，对新建智能算力中心按设备投资额的10%给予补助，单个项目最高补助2000万元；每年开放应用场景不少于50个。",
            "去年，湖州人工智能核心产业营业收入达到386亿元，同比增长21.3%，集聚相关企业420余家。到2027年，湖州力争人工智能核心产业营业收入突破1000亿元。",
            "在人才引育方面，湖州将对新引进的人工智能领域顶尖人才团队给予最高1亿元的综合资助，每年组织“人工智能+”专题招聘活动10场以上。湖州市经信局负责人表示，将围绕纺织、建材、物流等传统产业，每年遴选一批示范项目，推动人工智能技术与实体经济深度融合。",
        ],
        figs=[
            T("十条", "条", "exact", "actual", "支持人工智能+产业发展措施"),
            F("十条", "条", "exact", "actual", "支持人工智能+产业发展措施"),
            F("20亿元", "元", "exact", "target", "人工智能产业基金总规模"),
            F("10%", "%", "exact", "target", "智能算力中心设备投资补助比例"),
            F("2000万元", "元", "at_most", "target", "单个项目补助"),
            F("50个", "个", "at_least", "target", "每年开放应用场景"),
            F("386亿元", "元", "exact", "actual", "人工智能核心产业营业收入"),
            F("21.3%", "%", "exact", "actual", "人工智能核心产业营业收入", change="increase"),
            F("420余家", "家", "at_least", "actual", "集聚人工智能相关企业"),
            F("1000亿元", "元", "at_least", "target", "2027年人工智能核心产业营业收入"),
            F("1亿元", "元", "at_most", "target", "顶尖人才团队综合资助"),
            F("10场以上", "场", "at_least", "target", "人工智能+专题招聘活动"),
        ],
    )
    c = Art(
        titles=["宁波舟山港1—2月集装箱吞吐量增长11.4%"],
        authors=["郑妍", "徐鹏"], place=None, date=None,
        paras=[
            "本报讯（通讯员 郑妍 记者 徐鹏）近日，记者从宁波舟山港集团获悉，1—2月，宁波舟山港完成集装箱吞吐量590.6万标准箱，同比增长11.4%，继续位居全球港口前列。",
            "今年以来，宁波舟山港新增集装箱航线8条，航线总数达到303条，其中“一带一路”航线126条。港口还加快建设智慧码头，梅山港区远程操控岸桥占比已超过七成。",
            "据介绍，宁波舟山港今年计划完成货物吞吐量13.5亿吨，集装箱吞吐量力争突破3700万标准箱。港口将加快推进梅山港区二期、金塘港区大浦口集装箱码头等工程建设，新增集装箱泊位4个。",
        ],
        figs=[
            T("11.4%", "%", "exact", "actual", "集装箱吞吐量", change="increase"),
            F("590.6万标准箱", "标准箱", "exact", "actual", "集装箱吞吐量"),
            F("11.4%", "%", "exact", "actual", "集装箱吞吐量", change="increase"),
            F("8条", "条", "exact", "actual", "新增集装箱航线"),
            F("303条", "条", "exact", "actual", "集装箱航线总数"),
            F("126条", "条", "exact", "actual", "一带一路航线"),
            F("七成", "成", "at_least", "actual", "远程操控岸桥占比", optional=True),
            F("13.5亿吨", "吨", "exact", "target", "货物吞吐量"),
            F("3700万标准箱", "标准箱", "at_least", "target", "集装箱吞吐量"),
            F("4个", "个", "exact", "target", "新增集装箱泊位"),
        ],
    )
    d = Art(
        titles=["衢州医共体让群众在家门口看好病"],
        authors=["周洁", "方晓", "吴丹"], place="衢州", date="2024-03-07",
        paras=[
            "本报衢州3月7日讯（记者 周洁 共享联盟柯城站 方晓 通讯员 吴丹）7日上午，在柯城区华墅乡卫生院，从杭州来的心内科专家正在坐诊。“不用跑大医院，在乡里就能看上专家门诊。”前来复诊的村民徐大伯说。",
            "衢州自推进县域医共体建设以来，已组建县域医共体12个，下沉医务人员1860余名，基层就诊率提高到68.5%。去年，全市基层医疗卫生机构门急诊人次同比增长7.9%，县域就诊率达到91.2%。",
            "今年，衢州将新建规范化村卫生室50家，推动二级以上医院专家每周到基层坐诊不少于2次，让群众“小病不出村、常见病不出乡”。",
        ],
        figs=[
            F("12个", "个", "exact", "actual", "组建县域医共体"),
            F("1860余名", "名", "at_least", "actual", "下沉医务人员"),
            F("68.5%", "%", "exact", "actual", "基层就诊率"),
            F("7.9%", "%", "exact", "actual", "基层医疗卫生机构门急诊人次", change="increase"),
            F("91.2%", "%", "exact", "actual", "县域就诊率"),
            F("50家", "家", "exact", "target", "新建规范化村卫生室"),
            F("2次", "次", "at_least", "target", "专家每周到基层坐诊"),
        ],
    )
    lines = ["2024年3月8日　星期五", "第4版", "要闻", "", ""]
    lines += title(a.titles[0])
    lines += longlines(a.paras)
    lines += [""]
    lines += title(b.titles[0])
    lines += longlines(b.paras)
    lines += ["", "责任编辑：王晓峰　美术编辑：李楠", "", ""]
    lines += title(c.titles[0])
    lines += longlines(c.paras)
    lines += [""]
    lines += title(d.titles[0])
    lines += longlines(d.paras)
    lines += ["", "", "本报地址：杭州市体育场路178号　邮政编码：310039　新闻热线：0571-85311234　零售价：1.50元"]
    return "q02_zhejiang_page_furniture", [a, b, c, d], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# q03: evening paper (哈尔滨): lead story, a `短　讯` briefs banner with four items
# (each its own article, titles with a `●` bullet), then a regular article with a
# `□` byline that is NOT in the briefs column


def page_q03():
    a = Art(
        titles=["哈尔滨冰雪季累计接待游客9032万人次"],
        authors=["赵雪"], place=None, date="2024-03-03",
        paras=[
            "本报讯（记者 赵雪）3月3日，记者从哈尔滨市文化广电和旅游局获悉，2023—2024冰雪季，哈尔滨累计接待游客9032万人次，同比增长62.7%；实现旅游总收入1350.4亿元，同比增长81.2%。",
            "冰雪季期间，哈尔滨冰雪大世界、太阳岛雪博会等景区持续火爆。其中，2024年春节假期8天，全市接待游客1009.3万人次，实现旅游收入164.2亿元，均创历史新高。",
            "为接住“泼天的富贵”，哈尔滨新增旅游公交线路12条，开放机关事业单位停车场215处，组织志愿者2.6万人次参与服务保障。下一步，哈尔滨将推出“四季游”产品，力争全年接待游客突破1.6亿人次。",
            "冰雪热也带动了消费。冰雪季期间，全市重点商圈客流量同比增长45%，中央大街日均客流最高超过30万人次，全市酒店平均入住率达到86%。市文旅局负责人表示，将借势推动冰雪经济向避暑旅游、研学旅游延伸，让“冷资源”持续释放“热效应”。",
        ],
        figs=[
            T("9032万人次", "人次", "exact", "actual", "冰雪季接待游客"),
            F("9032万人次", "人次", "exact", "actual", "冰雪季接待游客"),
            F("62.7%", "%", "exact", "actual", "冰雪季接待游客", change="increase"),
            F("1350.4亿元", "元", "exact", "actual", "旅游总收入"),
            F("81.2%", "%", "exact", "actual", "旅游总收入", change="increase"),
            F("8天", "天", "exact", "actual", "春节假期", optional=True),
            F("1009.3万人次", "人次", "exact", "actual", "春节假期接待游客"),
            F("164.2亿元", "元", "exact", "actual", "春节假期旅游收入"),
            F("12条", "条", "exact", "actual", "新增旅游公交线路"),
            F("215处", "处", "exact", "actual", "开放机关事业单位停车场"),
            F("2.6万人次", "人次", "exact", "actual", "志愿者参与服务保障"),
            F("1.6亿人次", "人次", "at_least", "target", "全年接待游客"),
            F("45%", "%", "exact", "actual", "重点商圈客流量", change="increase"),
            F("30万人次", "人次", "at_least", "actual", "中央大街日均客流最高"),
            F("86%", "%", "exact", "actual", "酒店平均入住率"),
        ],
    )
    col = "短讯"
    b1 = Art(
        titles=["松北区新增3处社区老年食堂"], column=col,
        authors=["王楠"], place=None, date=None,
        paras=[
            "本报讯（记者 王楠）近日，松北区新建的3处社区老年食堂投入运营，可为周边1200余名老年人提供助餐服务，80岁以上老人每餐可享受3元补贴。至此，全区社区老年食堂已达到17处。",
        ],
        figs=[
            T("3处", "处", "exact", "actual", "新增社区老年食堂"),
            F("3处", "处", "exact", "actual", "新建社区老年食堂"),
            F("1200余名", "名", "at_least", "actual", "可提供助餐服务的老年人"),
            F("80岁以上", "岁", "at_least", "actual", "享受补贴老人年龄", optional=True),
            F("3元", "元", "exact", "actual", "每餐补贴"),
            F("17处", "处", "exact", "actual", "全区社区老年食堂"),
        ],
    )
    b2 = Art(
        titles=["地铁3号线加密早高峰行车间隔"], column=col,
        authors=["刘畅", "马骏"], place=None, date="2024-03-02",
        paras=[
            "本报讯（记者 刘畅 通讯员 马骏）3月2日起，哈尔滨地铁3号线早高峰行车间隔由6分钟缩短至5分钟，每日增开列车24列次，预计早高峰运送能力提升约15%。地铁运营公司提醒，乘客可通过“哈尔滨地铁”App查询实时列车信息，错峰出行。",
        ],
        figs=[
            F("6分钟", "分钟", "exact", "actual", "原早高峰行车间隔"),
            F("5分钟", "分钟", "exact", "actual", "早高峰行车间隔"),
            F("24列次", "列次", "exact", "actual", "每日增开列车", change="increase"),
            F("约15%", "%", "about", "target", "早高峰运送能力", change="increase"),
        ],
    )
    b3 = Art(
        titles=["呼兰区启动春季农机具检修"], column=col,
        authors=["周敏"], place=None, date="2024-03-01",
        paras=[
            "本报讯 3月1日起，呼兰区组织农机技术人员深入21个乡镇（街道），开展春季农机具检修服务，计划检修拖拉机、播种机等各类农机具5600台套。截至目前，已检修各类农机具1800余台套，为春耕生产提供了保障。",
        ],
        figs=[
            F("21个", "个", "exact", "actual", "开展检修服务的乡镇（街道）"),
            F("5600台套", "台套", "exact", "target", "计划检修农机具"),
            F("1800余台套", "台套", "at_least", "actual", "已检修农机具"),
        ],
    )
    b4 = Art(
        titles=["全市开展燃气安全专项检查"], column=col,
        authors=[], place=None, date=None,
        paras=[
            "本报讯 近日，市城管局联合消防、市场监管等部门开展燃气安全专项检查，已检查餐饮场所3860家，排查整改隐患412处，暂扣不合格气瓶156个。检查将持续到4月底，市民发现燃气安全隐患可拨打12345热线举报。",
        ],
        figs=[
            F("3860家", "家", "exact", "actual", "检查餐饮场所"),
            F("412处", "处", "exact", "actual", "排查整改隐患"),
            F("156个", "个", "exact", "actual", "暂扣不合格气瓶"),
        ],
    )
    e = Art(
        titles=["冰雪运动进校园覆盖学生68万人"],
        authors=["钱卫东"], place=None, date="2024-02-29",
        paras=[
            "2月29日，在哈尔滨市道外区南马路小学的冰场上，300多名学生在体育老师的带领下练习滑冰。这是该校寒假后开设的第一节冰上体育课。",
            "哈尔滨市教育局相关负责人介绍，全市已有412所中小学开设冰雪体育课程，浇筑校园冰场186块，冰雪运动覆盖学生68万人。今年，全市将新建校园冰场20块，力争让每名中小学生掌握1项冰雪运动技能。",
            "“孩子们在冰上摔倒了爬起来，笑声一片。”体育老师孙立伟说，学校每周安排2节冰上课，还组建了速滑队和冰球队。",
            "据悉，哈尔滨还将举办第十届中小学生冰雪运动会，设置速度滑冰、越野滑雪、冰球等7个大项，预计参赛学生超过5000人。",
        ],
        figs=[
            T("68万人", "人", "exact", "actual", "冰雪运动覆盖学生"),
            F("300多名", "名", "at_least", "actual", "练习滑冰的学生"),
            F("412所", "所", "exact", "actual", "开设冰雪体育课程的中小学"),
            F("186块", "块", "exact", "actual", "浇筑校园冰场"),
            F("68万人", "人", "exact", "actual", "冰雪运动覆盖学生"),
            F("20块", "块", "exact", "target", "新建校园冰场"),
            F("1项", "项", "exact", "target", "每名学生掌握冰雪运动技能", optional=True),
            F("2节", "节", "exact", "actual", "每周冰上课", optional=True),
            F("7个", "个", "exact", "target", "冰雪运动会大项"),
            F("5000人", "人", "at_least", "target", "冰雪运动会参赛学生"),
        ],
    )
    f = Art(
        titles=["道里区“一站式”办理新生儿出生“多证联办”"],
        authors=["黄佳"], place=None, date="2024-02-28",
        paras=[
            "本报讯（记者 黄佳）2月28日，道里区政务服务中心为一名新生儿办结出生医学证明、户口登记、医保参保等“多证联办”业务，全程用时不到1小时。",
            "据介绍，“多证联办”将原来需要分别到4个部门办理的5项业务整合为“一件事”，家长只需提交1次材料，办理时间由原来的15个工作日压缩至3个工作日以内。",
            "今年以来，道里区已梳理推出企业开办、不动产登记等“一件事”集成服务32项，累计办件1.1万件。区政务服务中心还开设“周末不打烊”窗口，方便上班族办事。",
        ],
        figs=[
            F("不到1小时", "小时", "at_most", "actual", "多证联办全程用时"),
            F("4个", "个", "exact", "actual", "原需分别办理的部门"),
            F("5项", "项", "exact", "actual", "整合的业务"),
            F("1次", "次", "exact", "actual", "家长提交材料", optional=True),
            F("15个工作日", "个工作日", "exact", "actual", "原办理时间"),
            F("3个工作日以内", "个工作日", "at_most", "actual", "办理时间"),
            F("32项", "项", "exact", "actual", "一件事集成服务"),
            F("1.1万件", "件", "exact", "actual", "累计办件"),
        ],
    )
    ind = "　　"
    lines = ["", ""]
    lines += title(a.titles[0])
    lines += wrapped(a.paras, 21, ind, narrow_ascii=True)
    lines += ["", "", "短　讯", ""]
    for it in (b1, b2, b3, b4):
        lines += ["●" + it.titles[0]]
        body = wrapped(it.paras, 21, ind, narrow_ascii=True)
        if it is b3:
            body[-1] += "（周敏）"
        lines += body
        lines += [""]
    lines += [""]
    lines += title(e.titles[0])
    lines += ["　　□本报记者 钱卫东"]
    lines += wrapped(e.paras, 21, ind, narrow_ascii=True)
    lines += [""]
    lines += title(f.titles[0])
    lines += wrapped(f.paras, 21, ind, narrow_ascii=True)
    return "q03_harbin_briefs_column", [a, b1, b2, b3, b4, e, f], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# q04: county paper (武隆, 重庆), hard wraps at ~20 characters with figures broken
# across lines (`1.2` / `万人次`, `3` / `00万元`) and a URL broken (`www.cqwl` /
# `sc.com`); titles BELOW their bodies; closing credits in brackets on the same
# line as the final sentence


def page_q04():
    a = Art(
        titles=["武隆春风行动招聘会提供岗位4800余个"],
        authors=["张晓东", "李敏"], place=None, date="2024-03-12",
        paras=[
            "本报讯 3月12日，武隆区2024年春季“春风行动”暨就业援助月专场招聘会在区人力资源市场举行，126家企业提供岗位4800余个，吸引来自全区各乡镇（街道）的求职者1.2‖万人次进场，现场初步达成就业意向1100余人。",
            "据了解，今年以来，武隆区已累计组织线上线下招聘活动36场，帮助城乡劳动者实现就业创业3260人，其中脱贫劳动力850人。区人力社保局还开通“就业直通车”，为外出务工人员提供免费返岗服务，已发车42趟。",
            "今年，武隆区还将实施“技能武隆”培训计划，面向农村劳动力开展厨师、民宿管家、电商直播等技能培训，全年培训2000人次以上，持证就业率达到70%以上。",
            "下一步，武隆区将持续开展“就业援助月”系列活动，城镇调查失业率控制在5.5%以内，力争全年城镇新增就业4500人以上。",
        ],
        figs=[
            T("4800余个", "个", "at_least", "actual", "招聘会提供岗位"),
            F("126家", "家", "exact", "actual", "参加招聘会企业"),
            F("4800余个", "个", "at_least", "actual", "招聘会提供岗位"),
            F("1.2万人次", "人次", "exact", "actual", "进场求职者"),
            F("1100余人", "人", "at_least", "actual", "初步达成就业意向"),
            F("36场", "场", "exact", "actual", "组织招聘活动"),
            F("3260人", "人", "exact", "actual", "实现就业创业"),
            F("850人", "人", "exact", "actual", "实现就业的脱贫劳动力"),
            F("42趟", "趟", "exact", "actual", "就业直通车发车"),
            F("2000人次以上", "人次", "at_least", "target", "技能培训"),
            F("70%以上", "%", "at_least", "target", "持证就业率"),
            F("5.5%以内", "%", "at_most", "target", "城镇调查失业率"),
            F("4500人以上", "人", "at_least", "target", "城镇新增就业"),
        ],
    )
    b = Art(
        titles=["武隆今年发展高山蔬菜8.5万亩"],
        authors=["刘洋"], place=None, date="2024-03-11",
        paras=[
            "本报讯（记者 刘洋）3月11日，记者从武隆区农业农村委获悉，今年该区将在仙女山、白马山片区发展高山蔬菜8.5万亩，预计实现产值6.8亿元，带动1.5万户农户增收。",
            "为稳定种植规模，区级财政今年专门安排3‖00万元专项资金，对集中连片种植50亩以上的经营主体给予每亩200元补助，并组织农技人员开展育苗、测土配方等技术服务。",
            "为拓宽销路，武隆区建成高山蔬菜产地冷链集配中心6个，并在消费帮扶电商平台开设专区，市民和游客可随时通过手机登录www.cqwl‖sc.com选购。去年，全区线上销售高山蔬菜1.8万吨，同比增长23%。",
            "“高山蔬菜错季上市，价格比平坝地区高三成左右。”白马镇种植大户冉光明说，他今年种了120亩莲花白和萝卜，已和重庆主城的两家商超签订了订单。",
        ],
        figs=[
            T("8.5万亩", "亩", "exact", "target", "发展高山蔬菜"),
            F("8.5万亩", "亩", "exact", "target", "发展高山蔬菜"),
            F("6.8亿元", "元", "exact", "target", "高山蔬菜产值"),
            F("1.5万户", "户", "exact", "target", "带动增收农户"),
            F("300万元", "元", "exact", "target", "高山蔬菜专项资金"),
            F("50亩以上", "亩", "at_least", "target", "补助的集中连片种植规模", optional=True),
            F("200元", "元", "exact", "target", "每亩补助"),
            F("6个", "个", "exact", "actual", "产地冷链集配中心"),
            F("1.8万吨", "吨", "exact", "actual", "线上销售高山蔬菜"),
            F("23%", "%", "exact", "actual", "线上销售高山蔬菜", change="increase"),
            F("三成左右", "成", "about", "actual", "高山蔬菜价格高出平坝地区", optional=True),
            F("120亩", "亩", "exact", "actual", "种植大户种植莲花白和萝卜"),
            F("两家", "家", "exact", "actual", "签订订单的商超", optional=True),
        ],
    )
    c = Art(
        titles=["民宿“抱团”闯市场", "村民家门口增收"],
        headline="民宿“抱团”闯市场 村民家门口增收",
        kind="feature", authors=["王欣"], place=None, date=None,
        paras=[
            "走进武隆区仙女山街道石梁子社区，一栋栋白墙青瓦的民宿错落有致。“以前各家单打独斗，旺季抢客、淡季冷清，现在加入民宿联盟，客源稳定多了。”民宿经营户陈桂芳说。",
            "2022年，当地牵头成立民宿发展联盟，统一服务标准、统一线上营销、统一布草洗涤，目前已吸纳民宿186家，床位5400余张。去年，联盟成员接待游客52万人次，户均增收6.3万元。",
            "联盟还与周边村集体合作，组织村民为民宿供应土鸡、腊肉、高山蔬菜等农产品，去年带动销售农产品860余万元，60多名村民在民宿就近务工。",
            "为破解淡季“空房”难题，联盟推出“冬季康养”“研学旅居”等产品，去年淡季平均入住率由不到30%提高到55%。",
            "下一步，该街道将推动联盟民宿提档升级，计划今年新评定精品民宿30家。",
        ],
        figs=[
            F("186家", "家", "exact", "actual", "联盟吸纳民宿"),
            F("5400余张", "张", "at_least", "actual", "联盟民宿床位"),
            F("52万人次", "人次", "exact", "actual", "联盟成员接待游客"),
            F("6.3万元", "元", "exact", "actual", "联盟成员户均增收", change="increase"),
            F("860余万元", "元", "at_least", "actual", "带动销售农产品"),
            F("60多名", "名", "at_least", "actual", "在民宿就近务工村民"),
            F("不到30%", "%", "at_most", "actual", "原淡季平均入住率"),
            F("55%", "%", "exact", "actual", "淡季平均入住率"),
            F("30家", "家", "exact", "target", "新评定精品民宿"),
        ],
    )
    d = Art(
        titles=["白马山隧道改扩建工程完成投资过半"],
        authors=["向红"], place=None, date="2024-03-08",
        paras=[
            "本报讯（记者 向红）3月8日，记者在白马山隧道改扩建工程施工现场看到，工人们正在进行二次衬砌作业。目前，该工程已累计完成投资2.36亿元，占总投资的52%，隧道掘进总长度达到3.1公里。",
            "白马山隧道改扩建工程全长4.8公里，总投资4.5亿元，建成后将把原来的双向两车道拓宽为双向四车道，通行时间由原来的20分钟缩短至8分钟左右，进一步改善武隆至南川方向的交通条件。",
            "为减少施工对群众出行的影响，项目部在隧道两端设置了临时便道和交通疏导点，安排交通协管员24人轮班值守，旅游高峰期间实行错峰施工。",
            "项目负责人介绍，工程计划于今年10月底前建成通车，届时将有效缓解旅游旺季的交通压力，预计隧道日均通行能力可提高到1.5万辆次。",
        ],
        figs=[
            F("2.36亿元", "元", "exact", "actual", "改扩建工程累计完成投资"),
            F("52%", "%", "exact", "actual", "完成投资占总投资比例"),
            F("3.1公里", "公里", "exact", "actual", "隧道掘进总长度"),
            F("4.8公里", "公里", "exact", "actual", "改扩建工程全长"),
            F("4.5亿元", "元", "exact", "actual", "改扩建工程总投资"),
            F("双向两车道", "车道", "exact", "actual", "原隧道车道数", optional=True, value=2),
            F("双向四车道", "车道", "exact", "target", "改扩建后车道数", optional=True, value=4),
            F("20分钟", "分钟", "exact", "actual", "原通行时间"),
            F("8分钟左右", "分钟", "about", "target", "改扩建后通行时间"),
            F("24人", "人", "exact", "actual", "轮班值守交通协管员"),
            F("1.5万辆次", "辆次", "exact", "target", "隧道日均通行能力"),
        ],
    )
    # the closing credits are printed on the last line of the body; the gold paragraphs
    # end with the sentence before them
    credits = {id(a): "（通讯员 张晓东 记者 李敏）", id(c): "（记者 王欣）"}
    lines = ["", ""]
    for art in (a, b, d, c):
        cr = credits.get(id(art))
        printed = art.paras[:-1] + [art.paras[-1] + cr] if cr else art.paras
        lines += wrapped(printed, 20, "  ", narrow_ascii=True)
        lines += [""]
        lines += art.titles + [""]
    return "q04_wulong_hardwrap_broken_figures", [a, b, d, c], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# q05: provincial daily (云南): interview with kicker + headline + `——访` subtitle,
# `□ 本报记者 X` byline, intertitles, `记者：` / `答：` paragraphs; an editorial
# signed `本报评论员` on a line AFTER its last paragraph; then a short news item


def page_q05():
    a = Art(
        titles=["建设面向南亚东南亚辐射中心", "让更多“云品”走出国门", "——访云南省商务厅厅长杨光明"],
        headline="让更多“云品”走出国门",
        kind="feature", authors=["段晓燕"], place=None, date=None,
        paras=[
            "今年是云南加快建设面向南亚东南亚辐射中心的关键之年。围绕稳外贸、扩开放、促消费等话题，记者近日专访了云南省商务厅厅长杨光明。",
            "外贸结构持续优化",
            "记者：去年云南外贸发展呈现哪些特点？",
            "答：去年，全省外贸进出口总额达到2581.2亿元，同比增长5.6%，其中出口1412.6亿元，增长8.3%。对东盟进出口1163.5亿元，占全省外贸总额的45.1%。鲜花、咖啡、蔬菜等“云品”出口到全球80多个国家和地区。",
            "记者：中老铁路开通运营两年多来，给云南开放带来了哪些变化？",
            "答：中老铁路让云南从开放末梢走向开放前沿。截至目前，中老铁路累计发送跨境货物超过1000万吨，货物品类从开通初期的10多种扩展到2700多种。我们依托中老铁路发展“铁路+口岸+园区”模式，磨憨等地的进出口加工园区已落地企业130余家。",
            "今年重点抓好三件事",
            "记者：2024年，云南商务工作将在哪些方面发力？",
            "答：一是抓外贸稳规模，力争全年外贸进出口增长6%以上；二是抓口岸提效能，推动磨憨、河口等重点口岸整体通关时间再压缩10%；三是抓消费促升级，开展“彩云好物”消费季活动，全年举办促消费活动1000场以上。",
            "记者：消费是经济增长的“压舱石”，云南在促消费方面有哪些新举措？",
            "答：我们将围绕汽车、家电、家居等大宗消费，推出以旧换新等支持政策，省级财政安排促消费资金3亿元。同时大力发展夜间经济、首店经济，今年力争新引进品牌首店100家，全省社会消费品零售总额增长5%左右。",
            "记者：如何让更多企业享受到开放红利？",
            "答：我们将建立重点外贸企业“白名单”，今年新增有进出口实绩的企业300家以上。同时扩大出口信用保险覆盖面，力争小微外贸企业投保覆盖率达到85%，帮助企业降低经营风险。",
        ],
        figs=[
            F("2581.2亿元", "元", "exact", "actual", "全省外贸进出口总额"),
            F("5.6%", "%", "exact", "actual", "全省外贸进出口总额", change="increase"),
            F("1412.6亿元", "元", "exact", "actual", "出口"),
            F("8.3%", "%", "exact", "actual", "出口", change="increase"),
            F("1163.5亿元", "元", "exact", "actual", "对东盟进出口"),
            F("45.1%", "%", "exact", "actual", "对东盟进出口占外贸总额比例"),
            F("80多个", "个", "at_least", "actual", "云品出口国家和地区"),
            F("两年多", "年", "at_least", "actual", "中老铁路开通运营时间", optional=True),
            F("1000万吨", "吨", "at_least", "actual", "中老铁路累计发送跨境货物"),
            F("10多种", "种", "at_least", "actual", "开通初期货物品类"),
            F("2700多种", "种", "at_least", "actual", "中老铁路货物品类"),
            F("130余家", "家", "at_least", "actual", "进出口加工园区落地企业"),
            F("三件", "件", "exact", "target", "今年重点工作", optional=True),
            F("6%以上", "%", "at_least", "target", "全年外贸进出口", change="increase"),
            F("10%", "%", "exact", "target", "重点口岸整体通关时间", change="decrease"),
            F("1000场以上", "场", "at_least", "target", "促消费活动"),
            F("3亿元", "元", "exact", "target", "省级促消费资金"),
            F("100家", "家", "exact", "target", "新引进品牌首店"),
            F("5%左右", "%", "about", "target", "全省社会消费品零售总额", change="increase"),
            F("300家以上", "家", "at_least", "target", "新增有进出口实绩的企业"),
            F("85%", "%", "exact", "target", "小微外贸企业投保覆盖率"),
        ],
    )
    b = Art(
        titles=["以一流营商环境厚植发展沃土"],
        kind="opinion", authors=[], place=None, date=None,
        paras=[
            "营商环境就是生产力、竞争力。去年，全省新设经营主体62.3万户，同比增长14.2%，越来越多的企业选择在云南投资兴业。成绩来之不易，但对标先进地区，我们在政务服务效率、要素保障、涉企执法等方面仍有不小差距。",
            "优化营商环境，要从企业最盼的事做起。企业开办能否再快一点，审批材料能否再少一点，政策兑现能否再实一点，都是检验营商环境的“试金石”。各地各部门要多到企业走一走、问一问，把企业的“急难愁盼”当作自己的“头等大事”。",
            "优化营商环境，要让法治成为最好的营商环境。要坚持依法平等保护各类经营主体，规范涉企行政检查，坚决防止“新官不理旧账”，让企业家安心经营、放心投资。",
            "营商环境没有最好，只有更好。全省上下要以刀刃向内的勇气推进改革，久久为功，让云南成为投资兴业的热土。",
        ],
        figs=[
            F("62.3万户", "户", "exact", "actual", "全省新设经营主体"),
            F("14.2%", "%", "exact", "actual", "全省新设经营主体", change="increase"),
        ],
    )
    c = Art(
        titles=["昆明新开3条南亚东南亚航线"],
        authors=["李春华"], place=None, date="2024-03-10",
        paras=[
            "本报讯（记者 李春华）3月10日，随着一架飞往老挝琅勃拉邦的客机从昆明长水国际机场起飞，昆明新开通的3条南亚东南亚航线正式运营。至此，昆明长水国际机场通航南亚东南亚城市达到34个，每周执行国际客运航班386班。",
            "据介绍，今年昆明长水国际机场计划新开国际及地区航线10条以上，力争全年国际及地区旅客吞吐量恢复到300万人次以上。",
            "新航线开通后，昆明至琅勃拉邦每周将执行航班4班，单程飞行时间约1小时20分钟。民航部门提醒，旅客可提前通过航空公司官方渠道购票，并预留充足的安检和边检时间。",
        ],
        figs=[
            T("3条", "条", "exact", "actual", "新开南亚东南亚航线"),
            F("3条", "条", "exact", "actual", "新开通南亚东南亚航线"),
            F("34个", "个", "exact", "actual", "通航南亚东南亚城市"),
            F("386班", "班", "exact", "actual", "每周执行国际客运航班"),
            F("10条以上", "条", "at_least", "target", "新开国际及地区航线"),
            F("300万人次以上", "人次", "at_least", "target", "国际及地区旅客吞吐量"),
            F("4班", "班", "exact", "target", "昆明至琅勃拉邦每周航班"),
            F("约1小时20分钟", "分钟", "about", "actual", "单程飞行时间", value=80, optional=True),
        ],
    )
    ind = "  "
    lines = ["", ""]
    lines += [a.titles[0], a.titles[1], a.titles[2], "", "  □ 本报记者 段晓燕", ""]
    for p in a.paras:
        if "，" not in p and "？" not in p and "。" not in p:      # an intertitle
            lines += ["", "      " + p, ""]
        else:
            lines += wrapped([p], 23, ind, narrow_ascii=True)
    lines += ["", ""]
    lines += title(b.titles[0])
    lines += wrapped(b.paras, 23, ind, narrow_ascii=True)
    lines += ["                    本报评论员", ""]
    lines += title(c.titles[0])
    lines += wrapped(c.paras, 23, ind, narrow_ascii=True)
    return "q05_yunnan_interview_editorial_signed_at_end", [a, b, c], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# q06: city paper (拉萨 / 西藏), UTF-8 with CRLF, trailing spaces and tabs, tab
# indentation, full-width digits (`２月２８日`, `５．６％`, `２０２４年`), a lead dated
# in Chinese numerals (`二月二十六日`); the page's only year is in full-width digits


def page_q06():
    a = Art(
        titles=["拉萨２４个重点项目集中开工"],
        authors=["次仁卓嘎", "王海涛"], place="拉萨", date="2024-02-28",
        paras=[
            "本报拉萨讯（记者 次仁卓嘎 通讯员 王海涛）２月２８日，拉萨市２０２４年第一批重点项目集中开工仪式在柳梧新区举行。此次集中开工项目２４个，总投资５６．８亿元，涵盖清洁能源、文化旅游、城市基础设施等领域。",
            "据介绍，去年拉萨市固定资产投资同比增长５．６％，其中民间投资增长１２．３％。今年，拉萨市计划实施重点项目１８０个，年度计划投资２１０亿元。",
            "拉萨市发展改革委负责人表示，将建立重点项目“周调度、月通报”机制，确保续建项目4月底前全面复工，全年新开工项目开工率达到90%以上。",
            "在当天开工的拉萨市净土健康产业园二期项目现场，挖掘机、运输车来回穿梭。项目负责人介绍，二期项目总投资８．６亿元，建成后可年加工牦牛肉、青稞制品等农畜产品５万吨，带动周边２０００余户农牧民增收。",
        ],
        figs=[
            T("２４个", "个", "exact", "actual", "集中开工重点项目"),
            F("２４个", "个", "exact", "actual", "集中开工重点项目"),
            F("５６．８亿元", "元", "exact", "actual", "集中开工项目总投资"),
            F("５．６％", "%", "exact", "actual", "固定资产投资", change="increase"),
            F("１２．３％", "%", "exact", "actual", "民间投资", change="increase"),
            F("１８０个", "个", "exact", "target", "实施重点项目"),
            F("２１０亿元", "元", "exact", "target", "重点项目年度计划投资"),
            F("90%以上", "%", "at_least", "target", "新开工项目开工率"),
            F("８．６亿元", "元", "exact", "actual", "净土健康产业园二期总投资"),
            F("５万吨", "吨", "exact", "target", "年加工农畜产品"),
            F("２０００余户", "户", "at_least", "target", "带动增收农牧民"),
        ],
    )
    b = Art(
        titles=["日喀则今年推广青稞良种５０万亩"],
        authors=["格桑曲珍", "索朗"], place="日喀则", date="2024-02-26",
        paras=[
            "本报日喀则讯 二月二十六日，日喀则市召开青稞良种推广暨春耕备耕工作会议。记者从会上获悉，今年全市计划推广青稞良种５０万亩，良种覆盖率稳定在９５％以上。",
            "去年，日喀则市青稞播种面积达到８５．２万亩，总产量４２．６万吨，同比增长3.8%，平均亩产达到５００公斤。",
            "为保障春耕生产，日喀则市已调运化肥１．６万吨、农药８６吨，检修农机具１．２万台套，组织农技人员３２０名分片包干开展技术指导。",
            "会议要求，各县（区）要抓住春播前的关键时期，加快推进高标准农田建设和农田水利设施维修，今年全市新建高标准农田１２万亩，完成灌溉渠道清淤整修６００公里，确保适时播种、一播全苗。",
        ],
        figs=[
            T("５０万亩", "亩", "exact", "target", "推广青稞良种"),
            F("５０万亩", "亩", "exact", "target", "推广青稞良种"),
            F("９５％以上", "%", "at_least", "target", "青稞良种覆盖率"),
            F("８５．２万亩", "亩", "exact", "actual", "青稞播种面积"),
            F("４２．６万吨", "吨", "exact", "actual", "青稞总产量"),
            F("3.8%", "%", "exact", "actual", "青稞总产量", change="increase"),
            F("５００公斤", "公斤", "exact", "actual", "青稞平均亩产"),
            F("１．６万吨", "吨", "exact", "actual", "调运化肥"),
            F("８６吨", "吨", "exact", "actual", "调运农药"),
            F("１．２万台套", "台套", "exact", "actual", "检修农机具"),
            F("３２０名", "名", "exact", "actual", "分片包干农技人员"),
            F("１２万亩", "亩", "exact", "target", "新建高标准农田"),
            F("６００公里", "公里", "exact", "target", "灌溉渠道清淤整修"),
        ],
    )
    c = Art(
        titles=["海拔4500米的巡诊路"],
        kind="feature", authors=["尼玛次仁"], place=None, date=None,
        paras=[
            "清晨七点，那曲市色尼区达萨乡的牧场上还覆着一层薄雪。乡村医生白玛背起药箱，骑上摩托车，开始了一天的巡诊。",
            "白玛负责的３个村分散在方圆２００多平方公里的草原上，住着牧民１６０多户。“牧民放牧走得远，我们就要跑得更远。”从医１８年，白玛骑坏了４辆摩托车，累计巡诊超过３万人次。",
            "近年来，那曲市持续加强基层医疗卫生服务能力建设，全市１１４个乡镇卫生院全部配备了远程诊疗设备，乡村医生实现村村全覆盖。２０２３年，全市农牧民健康体检覆盖率达到９２．６％。",
            "如今，白玛的药箱里多了一台便携式心电图机和一部平板电脑。遇到拿不准的病情，她可以通过远程诊疗系统连线拉萨的专家。去年，她通过远程会诊帮助牧民确诊疾病６０余例。",
            "去年冬天，一位牧民深夜突发急病，白玛接到电话后冒着风雪赶了４０多公里山路，连夜把病人送到乡卫生院，通过远程会诊及时得到救治。“那天晚上风特别大，手都冻麻了。”白玛回忆说。",
            "“只要牧民需要，我就一直干下去。”白玛说。",
        ],
        figs=[
            T("4500米", "米", "exact", "actual", "巡诊路海拔", optional=True),
            F("３个", "个", "exact", "actual", "白玛负责的村"),
            F("２００多平方公里", "平方公里", "at_least", "actual", "负责村庄分布范围"),
            F("１６０多户", "户", "at_least", "actual", "负责村庄牧民"),
            F("１８年", "年", "exact", "actual", "白玛从医年限", optional=True),
            F("４辆", "辆", "exact", "actual", "骑坏摩托车", optional=True),
            F("３万人次", "人次", "at_least", "actual", "累计巡诊"),
            F("４０多公里", "公里", "at_least", "actual", "深夜赶的山路", optional=True),
            F("１１４个", "个", "exact", "actual", "配备远程诊疗设备的乡镇卫生院"),
            F("９２．６％", "%", "exact", "actual", "农牧民健康体检覆盖率"),
            F("６０余例", "例", "at_least", "actual", "远程会诊帮助确诊疾病"),
        ],
    )
    d = Art(
        titles=["拉萨启动春季城乡环境卫生整治"],
        authors=["央金"], place=None, date="2024-03-01",
        paras=[
            "本报讯（记者 央金）３月１日，拉萨市春季城乡环境卫生集中整治行动启动，全市组织干部群众１．５万余人次，清理河道、街巷和农牧区房前屋后垃圾。",
            "此次整治为期两个月，重点整治背街小巷、城乡接合部、农贸市场等区域环境卫生。拉萨市将新增垃圾分类投放点３２０个，力争城区生活垃圾无害化处理率保持在１００％。",
            "启动仪式后，城关区、堆龙德庆区等地的志愿者分赴拉萨河沿岸和各社区开展清扫活动。拉萨市城市管理和综合执法局负责人表示，将建立“门前三包”责任台账，对整治不力的单位进行通报，推动城乡环境卫生由“集中整治”向“长效管护”转变。",
        ],
        figs=[
            F("１．５万余人次", "人次", "at_least", "actual", "组织干部群众"),
            F("两个月", "个月", "exact", "target", "整治期限", optional=True),
            F("３２０个", "个", "exact", "target", "新增垃圾分类投放点"),
            F("１００％", "%", "exact", "target", "城区生活垃圾无害化处理率"),
        ],
    )
    lines = ["", ""]
    lines += [a.titles[0] + "  ", ""]
    lines += wrapped(a.paras, 22, "\t")
    lines += ["", ""]
    lines += [b.titles[0] + " ", ""]
    lines += wrapped(b.paras, 22, "\t")
    lines += ["\t（记者 格桑曲珍 通讯员 索朗）", "", ""]
    lines += title(c.titles[0])
    lines += ["\t记者 尼玛次仁", ""]
    lines += wrapped(c.paras, 22, "\t")
    lines += ["", ""]
    lines += title(d.titles[0])
    lines += wrapped(d.paras, 22, "\t")
    # trailing blanks left by the converter on some lines
    for i in range(len(lines)):
        if lines[i].strip() and i % 3 == 0:
            lines[i] += "  "
        elif lines[i].strip() and i % 7 == 1:
            lines[i] += "\t"
    return "q06_lhasa_crlf_fullwidth_digits", [a, b, c, d], lines, "utf-8", "\r\n"


# ---------------------------------------------------------------------------
# r01: workers' daily (工人日报 style), 江苏; WIDE lines, one paragraph per line and
# NO blank lines inside an article (blank lines only between articles); a three-line
# title stack (kicker, main title, `——` subtitle) above the first article; the other
# two titles are followed by their bodies with no blank line; a closing credit stuck
# to the last sentence of the third article


def page_r01():
    a = Art(
        titles=["深化产业工人队伍建设改革", "常州三百多个“技能加油站”开进车间",
                "——今年将培训产业工人12万人次"],
        headline="常州三百多个“技能加油站”开进车间",
        authors=["陈立新", "朱晓岚"], place=None, date="2024-03-14",
        paras=[
            "本报讯（记者 陈立新 通讯员 朱晓岚）3月14日，江苏省常州市在武进国家高新区召开深化产业工人队伍建设改革推进会。记者从会上获悉，常州已在规上工业企业和产业园区建成职工技能培训站点326个，被一线职工称为家门口的“技能加油站”。",
            "常州是制造业大市，全市现有产业工人约115万人，其中高技能人才28.6万人，占技能人才总量的31.2%。去年，全市开展职工技能培训9.8万人次，新增技能等级证书持证人员4.1万人。",
            "“以前考个证要跑到市区，现在车间旁边就能上课。”在一家新能源电池企业的培训站点，操作工周立强刚刚通过了电工中级考核。他告诉记者，企业对取得高一级证书的职工每月增加技能津贴300元到800元。",
            "按照《常州市2024年产业工人队伍建设改革工作要点》，今年全市将新建技能培训站点50个以上，培训产业工人12万人次，力争新增高技能人才2万人，到2025年底高技能人才占技能人才比例达到35%。市总工会还将安排1000万元专项资金，对新评选的“常州工匠”每人给予2万元奖励。",
        ],
        figs=[
            T("三百多个", "个", "at_least", "actual", "技能加油站"),
            T("12万人次", "人次", "exact", "target", "培训产业工人"),
            F("326个", "个", "exact", "actual", "职工技能培训站点"),
            F("约115万人", "人", "about", "actual", "产业工人"),
            F("28.6万人", "人", "exact", "actual", "高技能人才"),
            F("31.2%", "%", "exact", "actual", "高技能人才占技能人才总量比例"),
            F("9.8万人次", "人次", "exact", "actual", "职工技能培训"),
            F("4.1万人", "人", "exact", "actual", "新增技能等级证书持证人员"),
            F("300元到800元", "元", "exact", "actual", "每月增加技能津贴", value=300, value_max=800,
              change="increase"),
            F("50个以上", "个", "at_least", "target", "新建技能培训站点"),
            F("12万人次", "人次", "exact", "target", "培训产业工人"),
            F("2万人", "人", "exact", "target", "新增高技能人才"),
            F("35%", "%", "exact", "target", "高技能人才占技能人才比例"),
            F("1000万元", "元", "exact", "target", "常州工匠专项资金"),
            F("2万元", "元", "exact", "target", "常州工匠每人奖励"),
        ],
    )
    b = Art(
        titles=["江苏38万名新就业形态劳动者有了职业伤害保障"],
        authors=["孙海燕"], place="南京", date="2024-03-13",
        paras=[
            "本报南京3月13日电　（记者 孙海燕）记者今天从江苏省人力资源和社会保障厅获悉，截至2月底，江苏已有38.2万名外卖骑手、快递员、网约车司机等新就业形态劳动者参加职业伤害保障，参保人数居全国前列。",
            "据介绍，江苏自2022年7月起开展新就业形态就业人员职业伤害保障试点，目前已覆盖7家平台企业。去年，全省共认定职业伤害1.1万件，支付职业伤害保障待遇1.36亿元，平均认定时间由原来的30个工作日缩短至12个工作日。",
            "“以前送餐路上摔了跤，医药费都得自己扛。现在有了保障，跑单心里踏实多了。”南京外卖骑手刘志勇说。",
            "江苏省人社厅有关负责人表示，今年将推动更多平台企业纳入试点，在全省建设“骑手驿站”等户外劳动者服务站点2000个以上，让新就业形态劳动者“累了有地歇、渴了有水喝”。",
        ],
        figs=[
            T("38万名", "名", "exact", "actual", "参加职业伤害保障的新就业形态劳动者"),
            F("38.2万名", "名", "exact", "actual", "参加职业伤害保障的新就业形态劳动者"),
            F("7家", "家", "exact", "actual", "试点覆盖平台企业"),
            F("1.1万件", "件", "exact", "actual", "认定职业伤害"),
            F("1.36亿元", "元", "exact", "actual", "支付职业伤害保障待遇"),
            F("30个工作日", "个工作日", "exact", "actual", "原平均认定时间"),
            F("12个工作日", "个工作日", "exact", "actual", "平均认定时间"),
            F("2000个以上", "个", "at_least", "target", "户外劳动者服务站点"),
        ],
    )
    c = Art(
        titles=["苏州工业园区职工夜校“一座难求”"],
        authors=["王静怡", "顾晨"], place=None, date="2024-03-12",
        paras=[
            "3月12日晚上7点，苏州工业园区职工服务中心的教室里座无虚席，40多名年轻职工正跟着老师学习短视频剪辑。这是园区今年春季职工夜校开设的第一堂课。",
            "今年春季，园区职工夜校共开设摄影、烘焙、声乐、Python编程等28门课程，每门课程收费仅50元。报名通道开启后不到10分钟，1680个名额就被一抢而空。",
            "“下班后有个好去处，还能结识新朋友。”在一家外资企业做质检员的李婉婷说，她一口气报了声乐和烘焙两门课。",
            "园区总工会负责人介绍，职工夜校自2023年开办以来，已累计服务职工2.3万人次。今年将把夜校开进10个产业社区，全年开设课程200门以上。",
        ],
        figs=[
            F("40多名", "名", "at_least", "actual", "学习短视频剪辑的职工"),
            F("28门", "门", "exact", "actual", "职工夜校课程"),
            F("50元", "元", "exact", "actual", "每门课程收费"),
            F("不到10分钟", "分钟", "at_most", "actual", "名额抢光用时"),
            F("1680个", "个", "exact", "actual", "夜校名额"),
            F("两门", "门", "exact", "actual", "报名课程", optional=True),
            F("2.3万人次", "人次", "exact", "actual", "累计服务职工"),
            F("10个", "个", "exact", "target", "夜校开进产业社区"),
            F("200门以上", "门", "at_least", "target", "全年开设课程"),
        ],
    )
    d = Art(
        titles=["一线职工的“小发明”省下大成本"],
        kind="feature", authors=["周海涛", "钱玉梅"], place=None, date=None,
        paras=[
            "在无锡一家汽车零部件企业的机加工车间，一台自动上下料装置正在有条不紊地工作。这台装置是数控车工蒋卫东和工友们利用业余时间琢磨出来的，花费不到3万元，却让一条生产线每年节约人工成本60多万元。",
            "“设备是死的，人是活的。干活时多想一步，就能少走很多弯路。”蒋卫东说。他所在的创新工作室成立5年来，已完成技术革新项目47项，获得国家专利23件，累计为企业创造经济效益1800余万元。",
            "像这样的职工创新工作室，无锡已建成612家，其中全国示范性劳模和工匠人才创新工作室9家。去年，全市职工提出合理化建议4.6万条，被采纳实施1.9万条。",
            "无锡市总工会负责人表示，将继续为一线职工搭建创新平台，对获评市级以上示范的创新工作室给予最高10万元的资金支持。",
        ],
        figs=[
            F("不到3万元", "元", "at_most", "actual", "自动上下料装置花费"),
            F("60多万元", "元", "at_least", "actual", "生产线每年节约人工成本", value=600000),
            F("5年", "年", "exact", "actual", "创新工作室成立年限", optional=True),
            F("47项", "项", "exact", "actual", "完成技术革新项目"),
            F("23件", "件", "exact", "actual", "获得国家专利"),
            F("1800余万元", "元", "at_least", "actual", "为企业创造经济效益", value=18000000),
            F("612家", "家", "exact", "actual", "职工创新工作室"),
            F("9家", "家", "exact", "actual", "全国示范性劳模和工匠人才创新工作室"),
            F("4.6万条", "条", "exact", "actual", "职工提出合理化建议"),
            F("1.9万条", "条", "exact", "actual", "被采纳实施合理化建议"),
            F("10万元", "元", "at_most", "target", "示范创新工作室资金支持"),
        ],
    )
    lines = ["", ""]
    lines += a.titles
    lines += [print_text(p) for p in a.paras]
    lines += [""]
    lines += b.titles
    lines += [print_text(p) for p in b.paras]
    lines += [""]
    lines += c.titles
    lines += [print_text(p) for p in c.paras[:-1]]
    lines += [print_text(c.paras[-1]) + "（工人日报记者 王静怡 通讯员 顾晨）"]
    lines += [""]
    lines += d.titles
    lines += ["本报记者 周海涛 通讯员 钱玉梅"]
    lines += [print_text(p) for p in d.paras]
    return "r01_changzhou_wide_no_blank_lines", [a, b, c, d], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# r02: provincial daily (海南日报 style), photo-news page: three photos in sequence,
# each a caption paragraph followed by its own credit line (`本报记者 X 摄`,
# `通讯员 Y 摄`, `新华社发`), the first with a short title of its own; then two news


def page_r02():
    ph1 = Art(
        titles=["春风送岗到身边"], kind="photo", authors=["符传明"], place=None,
        date="2024-03-16",
        paras=[
            "3月16日，求职者在海口江东新区春季专场招聘会上了解岗位信息。当天，186家企业带来就业岗位5200余个，涉及现代服务业、高新技术产业、热带特色高效农业等领域。",
        ],
        figs=[
            F("186家", "家", "exact", "actual", "参加招聘会企业"),
            F("5200余个", "个", "at_least", "actual", "就业岗位"),
        ],
    )
    ph2 = Art(
        titles=[], headline=None, kind="photo", authors=["李海涛"], place=None,
        date="2024-03-15",
        paras=[
            "3月15日，在三亚市崖州区南繁科技城的育种基地，科研人员在查看水稻长势。目前，南繁基地已进入收获季，今年来琼开展南繁科研育种的单位超过800家。",
        ],
        figs=[
            F("800家", "家", "at_least", "actual", "来琼南繁科研育种单位"),
        ],
    )
    ph3 = Art(
        titles=[], headline=None, kind="photo", authors=[], place=None, date="2024-03-14",
        paras=[
            "3月14日，游客在万宁市日月湾体验冲浪。今年以来，万宁已举办冲浪赛事和培训活动30余场，吸引冲浪爱好者5.6万人次。",
        ],
        figs=[
            F("30余场", "场", "at_least", "actual", "冲浪赛事和培训活动"),
            F("5.6万人次", "人次", "exact", "actual", "吸引冲浪爱好者"),
        ],
    )
    a = Art(
        titles=["海南启动“候鸟”人才服务季"],
        authors=["黎雅琴", "吴小青"], place="海口", date="2024-03-16",
        paras=[
            "本报海口3月16日讯（记者 黎雅琴 通讯员 吴小青）3月16日，2024年海南“候鸟”人才服务季在海口启动。活动将持续到4月底，组织“候鸟”人才在医疗、教育、科技、农业等领域开展志愿服务。",
            "据统计，今冬在海南过冬的“候鸟”人群约160万人，其中具有专业技术职称的“候鸟”人才超过2.8万人。去年，全省“候鸟”人才工作站共开展志愿服务1.2万余场次，服务群众45万人次。",
            "启动仪式上，来自黑龙江的退休眼科医生赵德明和20多名“候鸟”专家一起，为当地群众开展义诊。“在海南住了六个冬天，能为这里做点事，心里高兴。”赵德明说。",
            "今年，海南将新建“候鸟”人才工作站20家，总数达到136家，并建立“候鸟”人才数据库，全年引导5000名以上“候鸟”人才参与志愿服务。",
            "为让“候鸟”人才留得住、用得好，海南还推出柔性引才政策，对在琼服务满3个月的“候鸟”专家给予每月最高5000元的服务补贴，并在医疗、交通等方面提供便利。省委人才发展局有关负责人说，“候鸟”人才是海南自由贸易港建设的一支重要力量。",
        ],
        figs=[
            F("约160万人", "人", "about", "actual", "在海南过冬的候鸟人群"),
            F("2.8万人", "人", "at_least", "actual", "具有专业技术职称的候鸟人才"),
            F("1.2万余场次", "场次", "at_least", "actual", "候鸟人才志愿服务"),
            F("45万人次", "人次", "exact", "actual", "服务群众"),
            F("20多名", "名", "at_least", "actual", "参加义诊的候鸟专家"),
            F("六个", "个", "exact", "actual", "在海南居住冬天数", optional=True),
            F("20家", "家", "exact", "target", "新建候鸟人才工作站"),
            F("136家", "家", "exact", "target", "候鸟人才工作站总数"),
            F("5000名以上", "名", "at_least", "target", "参与志愿服务的候鸟人才"),
            F("3个月", "个月", "at_least", "target", "候鸟专家在琼服务时间", optional=True),
            F("5000元", "元", "at_most", "target", "每月服务补贴"),
        ],
    )
    b = Art(
        titles=["三亚凤凰机场新开两条国际航线"],
        authors=["林志远"], place="三亚", date="2024-03-15",
        paras=[
            "本报三亚3月15日讯（记者 林志远）3月15日，三亚至吉隆坡、三亚至曼谷两条国际客运航线同日开通，每条航线每周执行航班4班。至此，三亚凤凰国际机场已恢复和新开国际及地区航线18条。",
            "据介绍，今年三亚计划新开国际航线8条以上，力争全年入境游客突破60万人次。",
            "当天首航的吉隆坡航班上座率达到92%。“从吉隆坡飞三亚只要3个多小时，周末就能来度假。”马来西亚游客陈美玲说。今年以来，三亚接待入境游客12.3万人次，同比增长2.1倍，免签入境政策和国际航线加密带动效应明显。",
            "三亚市旅游和文化广电体育局负责人介绍，三亚还将在重点客源市场举办旅游推介活动15场，推出多语种导览、外卡支付等服务，提升入境游客的便利度。",
            "记者从海南省交通运输厅了解到，今年以来海南已开通和恢复境外客运航线42条，每周往返航班超过200班。全省计划年内将境外客运航线恢复和新开到60条以上，进一步织密国际航线网络。",
        ],
        figs=[
            T("两条", "条", "exact", "actual", "新开国际航线"),
            F("两条", "条", "exact", "actual", "开通国际客运航线"),
            F("4班", "班", "exact", "actual", "每条航线每周航班"),
            F("18条", "条", "exact", "actual", "恢复和新开国际及地区航线"),
            F("8条以上", "条", "at_least", "target", "新开国际航线"),
            F("60万人次", "人次", "at_least", "target", "全年入境游客"),
            F("92%", "%", "exact", "actual", "吉隆坡首航航班上座率"),
            F("3个多小时", "小时", "at_least", "actual", "吉隆坡至三亚飞行时间", optional=True),
            F("12.3万人次", "人次", "exact", "actual", "三亚接待入境游客"),
            F("2.1倍", "倍", "exact", "actual", "三亚接待入境游客", change="increase"),
            F("15场", "场", "exact", "target", "重点客源市场旅游推介活动"),
            F("42条", "条", "exact", "actual", "开通和恢复境外客运航线"),
            F("200班", "班", "at_least", "actual", "每周往返航班"),
            F("60条以上", "条", "at_least", "target", "境外客运航线"),
        ],
    )
    c = Art(
        titles=["儋州洋浦国际集装箱码头二期工程开工"],
        authors=["陈蔚林"], place=None, date="2024-03-13",
        paras=[
            "本报讯（记者 陈蔚林）3月13日，洋浦国际集装箱码头二期工程在儋州洋浦经济开发区开工建设。项目总投资约38.6亿元，计划新建2个20万吨级集装箱泊位，设计年通过能力200万标准箱，预计2026年建成投产。",
            "去年，洋浦港完成集装箱吞吐量201.7万标准箱，同比增长16.8%，开通内外贸航线52条。二期工程建成后，洋浦港集装箱年通过能力将提高到500万标准箱以上，进一步增强海南自由贸易港的国际航运枢纽功能。",
            "洋浦经济开发区有关负责人介绍，今年开发区计划实施重点项目120个，完成投资500亿元以上。目前，已有18个项目开工建设，一季度新增注册企业1260家，其中外资企业46家。",
            "据了解，二期工程采用自动化岸桥和智能闸口系统，建成后单箱作业时间可缩短15%左右，将为航运企业节约大量物流成本。",
        ],
        figs=[
            F("约38.6亿元", "元", "about", "target", "二期工程总投资"),
            F("2个", "个", "exact", "target", "新建集装箱泊位"),
            F("20万吨级", "吨级", "exact", "target", "集装箱泊位等级", optional=True),
            F("200万标准箱", "标准箱", "exact", "target", "二期工程设计年通过能力"),
            F("201.7万标准箱", "标准箱", "exact", "actual", "洋浦港集装箱吞吐量"),
            F("16.8%", "%", "exact", "actual", "洋浦港集装箱吞吐量", change="increase"),
            F("52条", "条", "exact", "actual", "内外贸航线"),
            F("500万标准箱以上", "标准箱", "at_least", "target", "洋浦港集装箱年通过能力"),
            F("120个", "个", "exact", "target", "开发区重点项目"),
            F("500亿元以上", "元", "at_least", "target", "开发区完成投资"),
            F("18个", "个", "exact", "actual", "已开工项目"),
            F("1260家", "家", "exact", "actual", "一季度新增注册企业"),
            F("46家", "家", "exact", "actual", "新增外资企业"),
            F("15%左右", "%", "about", "target", "单箱作业时间", change="decrease"),
        ],
    )
    lines = ["", ""]
    lines += title(ph1.titles[0])
    lines += [ph1.paras[0], "本报记者 符传明 摄", ""]
    lines += [ph2.paras[0], "通讯员 李海涛 摄", ""]
    lines += [ph3.paras[0], "新华社发", "", ""]
    lines += title(a.titles[0])
    lines += longlines(a.paras)
    lines += [""]
    lines += title(b.titles[0])
    lines += longlines(b.paras)
    lines += [""]
    lines += title(c.titles[0])
    lines += longlines(c.paras)
    return "r02_hainan_photo_credits", [ph1, ph2, ph3, a, b, c], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# r03: provincial daily (甘肃日报 style), hard wraps at ~24 columns; a series banner
# with an editor's note `【编者按】…` (kind notice), the first piece of the series
# (feature), a `■ 记者手记` sidebar with its own title (kind opinion, column
# 记者手记), then an unrelated news item credited at the end by `（本报记者 X）` on a
# line of its own after a blank line (NOT in the series column)


def page_r03():
    note = Art(
        titles=[], headline=None, column="陇原乡村振兴纪行", kind="notice", authors=[],
        place=None, date=None,
        paras=[
            "【编者按】甘肃是全国重要的马铃薯、中药材和高原夏菜产区。今年以来，各地聚焦特色产业，念好“土特产”三字经，乡村振兴呈现新气象。即日起，本报推出“陇原乡村振兴纪行”系列报道，走进田间地头、农家院落，记录发展变化，展现陇原儿女建设和美乡村的奋斗身影。敬请关注。",
        ],
        figs=[],
    )
    feat = Art(
        titles=["小土豆的“蝶变”"],
        column="陇原乡村振兴纪行", kind="feature", authors=["王振华", "李娟"], place=None,
        date=None,
        paras=[
            "初春的定西，寒意未消。安定区香泉镇的马铃薯种薯繁育基地里，一排排温室大棚整齐排列，技术员正在查看脱毒种苗的长势。",
            "“过去种土豆靠天吃饭，一亩地收个一千多斤就算好年景。现在用上脱毒种薯，亩产能到4吨。”种植大户张文福一边说，一边掰着手指给记者算账。去年，他种的260亩马铃薯纯收入超过40万元。",
            "定西被称为“中国薯都”。全市马铃薯种植面积常年稳定在300万亩左右，年产鲜薯500万吨以上。近年来，当地建成脱毒种薯繁育体系，原原种年生产能力达到12亿粒，良种覆盖率提高到95%。",
            "种得好，还要卖得好、加工好。在定西马铃薯产业园，一条条生产线上，鲜薯被加工成精淀粉、全粉、薯条等产品。全市已有马铃薯加工企业36家，年加工转化能力达到170万吨，产品远销东南亚、中东等地。去年，全市马铃薯产业全产业链产值达到256亿元。",
            "在安定区西巩驿镇，马铃薯主食化加工车间里飘出阵阵面香。土豆馒头、土豆面条、土豆粉丝等20多种产品通过电商平台卖到全国各地。车间负责人说，去年仅土豆面条一项就卖出了3200多吨，带动周边120多名群众在家门口就业。",
            "“一颗土豆，从种到卖，每个环节都能让农民多挣一份钱。”定西市农业农村局负责人介绍，全市已培育马铃薯产业化龙头企业28家、农民专业合作社1300多个，带动农户户均增收5800元。",
            "2024年，定西计划新建标准化种薯繁育基地5万亩，力争全产业链产值突破280亿元，让“救命薯”真正成为群众的“致富薯”。",
        ],
        figs=[
            F("一千多斤", "斤", "at_least", "actual", "过去马铃薯亩产", optional=True),
            F("4吨", "吨", "exact", "actual", "脱毒种薯亩产"),
            F("260亩", "亩", "exact", "actual", "种植大户马铃薯种植面积"),
            F("40万元", "元", "at_least", "actual", "种植大户纯收入"),
            F("300万亩左右", "亩", "about", "actual", "马铃薯种植面积"),
            F("500万吨以上", "吨", "at_least", "actual", "年产鲜薯"),
            F("12亿粒", "粒", "exact", "actual", "原原种年生产能力"),
            F("95%", "%", "exact", "actual", "良种覆盖率"),
            F("36家", "家", "exact", "actual", "马铃薯加工企业"),
            F("170万吨", "吨", "exact", "actual", "年加工转化能力"),
            F("256亿元", "元", "exact", "actual", "马铃薯全产业链产值"),
            F("20多种", "种", "at_least", "actual", "马铃薯主食化产品"),
            F("3200多吨", "吨", "at_least", "actual", "土豆面条销量"),
            F("120多名", "名", "at_least", "actual", "带动就业群众"),
            F("28家", "家", "exact", "actual", "马铃薯产业化龙头企业"),
            F("1300多个", "个", "at_least", "actual", "农民专业合作社"),
            F("5800元", "元", "exact", "actual", "带动农户户均增收", change="increase"),
            F("5万亩", "亩", "exact", "target", "新建标准化种薯繁育基地"),
            F("280亿元", "元", "at_least", "target", "马铃薯全产业链产值"),
        ],
    )
    side = Art(
        titles=["让“土特产”更有“金含量”"],
        column="记者手记", kind="opinion", authors=[], place=None, date=None,
        paras=[
            "从“救命薯”到“致富薯”，定西马铃薯的蝶变，靠的不是运气，而是几十年如一日的坚持。",
            "采访中，记者感触最深的是“链”的力量。种薯、种植、加工、销售环环相扣，哪一环短了，农民都难以稳定增收。把产业链留在县域，把增值收益更多留给农民，“土特产”才能真正有“金含量”。",
            "小土豆的故事也提醒我们，特色产业要走得远，离不开科技的支撑。一粒脱毒种薯背后，是科研人员多年的攻关；一条加工生产线背后，是企业对市场的敏锐判断。",
            "乡村振兴没有捷径。只有因地制宜、久久为功，才能让更多“小土豆”长成“大产业”。",
        ],
        figs=[],
    )
    news = Art(
        titles=["临夏州春季造林绿化全面启动"],
        authors=["马明远"], place="临夏", date="2024-03-11",
        paras=[
            "本报临夏讯 3月11日，临夏州2024年春季造林绿化活动在积石山县启动。来自州县机关、驻地部队和当地群众的2000余人参加义务植树，栽植云杉、油松等苗木1.5万株。",
            "今年，临夏州计划完成造林绿化任务12.6万亩，其中人工造林4.2万亩、退化林修复3.8万亩，义务植树300万株以上。截至目前，全州已调运各类苗木860万株，储备量可满足春季造林需求。",
            "据了解，积石山县地震灾区的生态修复将同步推进，今年将对受损林地开展补植补造，力争年底前完成修复面积1.1万亩。",
            "近年来，临夏州持续推进国土绿化，全州森林覆盖率由2019年的12.1%提高到去年的14.3%。州林草局负责人表示，今年将继续坚持“宜乔则乔、宜灌则灌、宜草则草”，科学开展造林绿化，提高苗木成活率。",
        ],
        figs=[
            F("2000余人", "人", "at_least", "actual", "参加义务植树人员"),
            F("1.5万株", "株", "exact", "actual", "栽植苗木"),
            F("12.6万亩", "亩", "exact", "target", "造林绿化任务"),
            F("4.2万亩", "亩", "exact", "target", "人工造林"),
            F("3.8万亩", "亩", "exact", "target", "退化林修复"),
            F("300万株以上", "株", "at_least", "target", "义务植树"),
            F("860万株", "株", "exact", "actual", "已调运苗木"),
            F("1.1万亩", "亩", "exact", "target", "受损林地修复面积"),
            F("12.1%", "%", "exact", "actual", "2019年森林覆盖率"),
            F("14.3%", "%", "exact", "actual", "森林覆盖率"),
        ],
    )
    ind = "  "
    lines = ["", ""]
    lines += title("陇原乡村振兴纪行")
    lines += wrapped(note.paras, 24, ind, narrow_ascii=True)
    lines += [""]
    lines += title(feat.titles[0])
    lines += ["  □ 本报记者 王振华 通讯员 李娟", ""]
    lines += wrapped(feat.paras, 24, ind, narrow_ascii=True)
    lines += ["", ""]
    lines += ["■ 记者手记", ""]
    lines += title(side.titles[0])
    lines += wrapped(side.paras, 24, ind, narrow_ascii=True)
    lines += ["", ""]
    lines += title(news.titles[0])
    lines += wrapped(news.paras, 24, ind, narrow_ascii=True)
    lines += ["", "                  （本报记者 马明远）"]
    return "r03_gansu_editor_note_sidebar_credit_after", [note, feat, side, news], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# r04: provincial daily (内蒙古日报 style), hard wraps at ~22 columns, paragraphs
# indented with two full-width spaces, titles ABOVE bodies; bylines
# `文/本报记者 X  图/本报记者 Y` and `本报记者 X 文/图`; a dateline
# `本报讯（记者 X 实习生 Y）`; the first article runs on `（转第6版）`


def page_r04():
    a = Art(
        titles=["鄂尔多斯：绿电点亮“零碳产业园”"],
        kind="feature", authors=["巴特尔", "王磊"], place=None, date=None,
        paras=[
            "走进鄂尔多斯市伊金霍洛旗蒙苏经济开发区零碳产业园，一排排光伏板在阳光下熠熠生辉，园区里的电池、电机、整车生产线正在满负荷运转。",
            "这里是全国首个零碳产业园。园区80%的电力直接来自风电、光伏和储能，其余20%通过绿电交易实现“零碳”供应。截至目前，园区已落地新能源产业链项目38个，总投资超过1200亿元。",
            "“用绿电生产出来的电池，出口欧洲更有竞争力。”园区一家储能电池企业负责人介绍，企业去年产值达到86亿元，同比增长42%，今年一季度订单已排满。",
            "2024年，园区计划再引进上下游配套企业15家以上，力争新能源装备制造产值突破600亿元。伊金霍洛旗有关负责人表示，下一步将推动绿电直供范围从园区向周边{转第6版}",
        ],
        figs=[
            F("80%", "%", "exact", "actual", "园区电力来自风光储的比例"),
            F("20%", "%", "exact", "actual", "通过绿电交易供应的电力比例"),
            F("38个", "个", "exact", "actual", "落地新能源产业链项目"),
            F("1200亿元", "元", "at_least", "actual", "新能源产业链项目总投资"),
            F("86亿元", "元", "exact", "actual", "储能电池企业产值"),
            F("42%", "%", "exact", "actual", "储能电池企业产值", change="increase"),
            F("15家以上", "家", "at_least", "target", "引进上下游配套企业"),
            F("600亿元", "元", "at_least", "target", "新能源装备制造产值"),
        ],
    )
    b = Art(
        titles=["包头稀土新材料产业链加速延伸"],
        authors=["高娃"], place=None, date="2024-03-11",
        paras=[
            "3月11日，在包头稀土高新区一家永磁材料企业的生产车间里，自动化生产线上的机械臂正在快速分拣磁钢产品。该企业年产高性能钕铁硼磁材1.5万吨，产品广泛应用于新能源汽车和风力发电机。",
            "包头是我国稀土资源最富集的地区之一。近年来，包头围绕稀土新材料、永磁电机等环节延链补链，全市稀土企业达到186家，去年稀土产业产值达到980亿元，同比增长18.6%。",
            "“过去卖稀土原料，现在卖磁材和电机，附加值能提高十几倍。”包头市工信局有关负责人介绍，全市稀土就地转化率已由5年前的不足20%提高到去年的55%以上。",
            "今年，包头将实施稀土产业项目52个，力争稀土产业产值突破1000亿元，永磁材料产能达到20万吨。",
        ],
        figs=[
            F("1.5万吨", "吨", "exact", "actual", "企业高性能钕铁硼磁材年产量"),
            F("186家", "家", "exact", "actual", "稀土企业"),
            F("980亿元", "元", "exact", "actual", "稀土产业产值"),
            F("18.6%", "%", "exact", "actual", "稀土产业产值", change="increase"),
            F("十几倍", "倍", "at_least", "actual", "附加值提高", change="increase", value=10,
              optional=True),
            F("不足20%", "%", "at_most", "actual", "5年前稀土就地转化率"),
            F("55%以上", "%", "at_least", "actual", "稀土就地转化率"),
            F("52个", "个", "exact", "target", "实施稀土产业项目"),
            F("1000亿元", "元", "at_least", "target", "稀土产业产值"),
            F("20万吨", "吨", "exact", "target", "永磁材料产能"),
        ],
    )
    c = Art(
        titles=["呼和浩特开通首批“通勤定制公交”"],
        authors=["刘云飞", "张雅婷"], place=None, date="2024-03-12",
        paras=[
            "本报讯（记者 刘云飞 实习生 张雅婷）3月12日，呼和浩特市首批8条“通勤定制公交”线路正式开通，连接如意开发区、金桥开发区等产业园区和主要居住区，日均可服务通勤乘客3000人次。",
            "据介绍，定制公交实行“一人一座、站点直达”，乘客可通过手机小程序提前预约座位，票价为每人每次4元。与乘坐普通公交相比，平均通勤时间可缩短20分钟左右。",
            "呼和浩特公交集团有关负责人表示，将根据市民预约需求动态调整线路，年内力争将定制公交线路增加到30条。",
            "开通首日，记者在如意开发区站看到，不少乘客手持手机出示预约码上车。“以前上班要倒两趟车，现在一趟直达，每天能多睡半小时。”在一家乳企上班的王丽娜说。据统计，开通首日8条线路共运送乘客2160人次。",
        ],
        figs=[
            F("8条", "条", "exact", "actual", "通勤定制公交线路"),
            F("3000人次", "人次", "exact", "actual", "日均服务通勤乘客"),
            F("4元", "元", "exact", "actual", "定制公交票价"),
            F("两趟", "趟", "exact", "actual", "以前上班换乘次数", optional=True),
            F("8条", "条", "exact", "actual", "开通首日运营线路"),
            F("2160人次", "人次", "exact", "actual", "开通首日运送乘客"),
            F("20分钟左右", "分钟", "about", "target", "平均通勤时间", change="decrease"),
            F("30条", "条", "exact", "target", "定制公交线路"),
        ],
    )
    d = Art(
        titles=["锡林郭勒牧区春季接羔保育忙"],
        authors=["其其格"], place=None, date="2024-03-10",
        paras=[
            "3月10日，锡林郭勒盟阿巴嘎旗别力古台镇牧民乌力吉的暖棚里，刚出生的小羊羔在母羊身边蹒跚学步。“今年已经接了160多只羔，成活率比去年高。”乌力吉一边给羊羔喂奶一边说。",
            "进入接羔保育关键期，锡林郭勒盟组织200多名兽医和技术人员深入牧区，开展巡回技术服务。全盟已储备饲草料36.5万吨，建成标准化暖棚2.8万座，预计今年春季可接羔保育仔畜680万头只，成活率稳定在98%以上。",
            "为应对可能出现的倒春寒和沙尘天气，各旗县还组建了应急保障队伍86支，储备防灾物资1.2万吨。当地气象部门每天通过手机短信和广播向牧民发布天气预警信息，提醒牧民及时将母畜和幼畜转入暖棚。",
            "“有了暖棚和储备的草料，心里有底了。”乌力吉说，他打算今年再扩建一座暖棚，把羊群规模控制在合理范围内，实现草畜平衡。",
            "据了解，今年锡林郭勒盟还将发放草原生态保护补助奖励资金9.6亿元，引导牧民减畜转产、科学养殖。",
        ],
        figs=[
            F("160多只", "只", "at_least", "actual", "已接羔"),
            F("200多名", "名", "at_least", "actual", "深入牧区兽医和技术人员"),
            F("36.5万吨", "吨", "exact", "actual", "储备饲草料"),
            F("2.8万座", "座", "exact", "actual", "标准化暖棚"),
            F("680万头只", "头只", "exact", "target", "春季接羔保育仔畜"),
            F("98%以上", "%", "at_least", "target", "仔畜成活率"),
            F("86支", "支", "exact", "actual", "应急保障队伍"),
            F("1.2万吨", "吨", "exact", "actual", "储备防灾物资"),
            F("9.6亿元", "元", "exact", "target", "草原生态保护补助奖励资金"),
        ],
    )
    ind = "　　"
    lines = ["", ""]
    lines += title(a.titles[0])
    lines += ["文/本报记者 巴特尔  图/本报记者 王磊", ""]
    lines += wrapped(a.paras, 22, ind, narrow_ascii=True)
    lines += ["", ""]
    lines += title(b.titles[0])
    lines += ["本报记者 高娃 文/图", ""]
    lines += wrapped(b.paras, 22, ind, narrow_ascii=True)
    lines += ["", ""]
    lines += title(c.titles[0])
    lines += wrapped(c.paras, 22, ind, narrow_ascii=True)
    lines += ["", ""]
    lines += title(d.titles[0])
    lines += ["文·图/本报记者 其其格", ""]
    lines += wrapped(d.paras, 22, ind, narrow_ascii=True)
    return "r04_neimenggu_hardwrap_photo_bylines_turn", [a, b, c, d], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# r05: science daily (科技日报 style), 福建; Latin text mixed with Chinese: `AI`,
# `5G`, `App`, `iPhone`, a URL, units `TB`, `km`, `GW`, ranges `3~5年`, `30%~40%`,
# decimals, an English abbreviation in a title, a full date `2024年3月15日`, a date
# range `3月15日—17日`; credits with no space between role and name
# (`（记者谢开飞 通讯员林晓雯）`) and the dateline `科技日报福州3月15日电`


def page_r05():
    a = Art(
        titles=["AI赋能“智慧农业” 安溪10万亩茶园有了“数字管家”"],
        authors=["谢开飞", "林晓雯"], place="福州", date="2024-03-15",
        paras=[
            "科技日报福州3月15日电 （记者谢开飞 通讯员林晓雯）记者15日从福建省农业农村厅获悉，由福建农林大学与当地企业联合研发的茶园AI管理平台已在安溪县推广应用，覆盖茶园面积10.6万亩。该平台依托5G网络和1200余个物联网传感器，实时采集土壤温湿度、光照、虫情等数据，病虫害识别准确率达到95.3%。",
            "据介绍，平台搭载自主研发的茶叶病虫害识别大模型，训练数据超过500TB。茶农用手机拍照上传，3秒内即可获得诊断结果和防治建议。与传统方式相比，农药使用量减少30%~40%，茶叶亩均增收1200元。",
            "“以前看病虫害全凭经验，现在打开App拍一拍就知道。”安溪县感德镇茶农陈建华说，他家的50亩茶园去年用上了这套系统。目前，茶农可通过微信小程序或登录网站www.axcha-ai.cn免费使用平台服务。",
            "福建农林大学教授、平台研发负责人黄志明表示，团队计划3~5年内将平台推广至全省100万亩茶园，力争优质茶比例提高到50%~60%。",
        ],
        figs=[
            T("10万亩", "亩", "exact", "actual", "茶园"),
            F("10.6万亩", "亩", "exact", "actual", "AI管理平台覆盖茶园面积"),
            F("1200余个", "个", "at_least", "actual", "物联网传感器"),
            F("95.3%", "%", "exact", "actual", "病虫害识别准确率"),
            F("500TB", "TB", "at_least", "actual", "大模型训练数据"),
            F("3秒内", "秒", "at_most", "actual", "获得诊断结果用时"),
            F("30%~40%", "%", "exact", "actual", "农药使用量", value=30, value_max=40,
              change="decrease"),
            F("1200元", "元", "exact", "actual", "茶叶亩均增收", change="increase"),
            F("50亩", "亩", "exact", "actual", "茶农家茶园面积"),
            F("3~5年", "年", "exact", "target", "平台推广期限", value=3, value_max=5,
              optional=True),
            F("100万亩", "亩", "exact", "target", "平台推广茶园面积"),
            F("50%~60%", "%", "exact", "target", "优质茶比例", value=50, value_max=60),
        ],
    )
    b = Art(
        titles=["海上风电“5G+AI”智慧运维中心在莆田投用"],
        authors=["符晓波", "陈思琪"], place=None, date="2024-03-16",
        paras=[
            "科技日报讯 （记者符晓波 通讯员陈思琪）3月16日，福建首个海上风电“5G+AI”智慧运维中心在莆田市秀屿区投入使用。该中心距平海湾海上风电场约30km，可对场内126台风机进行全天候远程监测，单台风机故障排查时间由原来的4小时缩短至40分钟以内。",
            "截至2月底，福建海上风电累计并网装机容量达到3.85GW，年发电量可达120亿千瓦时，每年可节约标准煤约360万吨。运维中心投用后，预计每年可减少运维船出海作业200余次，风机可利用率提高2.5个百分点。",
            "运维人员通过iPhone、iPad等移动终端即可查看每台风机的实时运行状态，出现异常时系统会自动推送告警信息。根据福建省发展改革委2024年3月15日发布的规划，到2025年底，全省海上风电并网装机容量将达到5GW以上。",
        ],
        figs=[
            F("约30km", "km", "about", "actual", "运维中心距海上风电场距离"),
            F("126台", "台", "exact", "actual", "远程监测风机"),
            F("4小时", "小时", "exact", "actual", "原单台风机故障排查时间"),
            F("40分钟以内", "分钟", "at_most", "actual", "单台风机故障排查时间"),
            F("3.85GW", "GW", "exact", "actual", "海上风电累计并网装机容量"),
            F("120亿千瓦时", "千瓦时", "exact", "actual", "海上风电年发电量"),
            F("约360万吨", "吨", "about", "actual", "每年节约标准煤"),
            F("200余次", "次", "at_least", "target", "每年减少运维船出海作业", change="decrease"),
            F("2.5个百分点", "百分点", "exact", "target", "风机可利用率", change="increase"),
            F("5GW以上", "GW", "at_least", "target", "海上风电并网装机容量"),
        ],
    )
    c = Art(
        titles=["两岸青年科技创新论坛在厦门举办"],
        authors=["林可欣"], place=None, date="2024-03-15",
        paras=[
            "科技日报讯 （记者林可欣）3月15日—17日，2024海峡两岸青年科技创新论坛在厦门举办。来自两岸高校、科研院所和科技企业的600余名青年科技工作者参加论坛，围绕人工智能、集成电路、新能源等领域开展交流。",
            "论坛期间，两岸32家机构签署合作协议，涉及项目45个、金额18.7亿元。双方将在未来3年内共建联合实验室10个，每年互派青年科研人员交流不少于100人次。",
            "在成果展示区，一款厚度仅0.03毫米的柔性显示薄膜吸引了不少观众。研发团队介绍，这款薄膜可弯折20万次以上，已应用于新一代折叠屏手机。另一款国产AI芯片算力达到256TOPS，功耗却不到60W，引起与会企业浓厚兴趣。",
        ],
        figs=[
            F("600余名", "名", "at_least", "actual", "参加论坛青年科技工作者"),
            F("32家", "家", "exact", "actual", "签署合作协议机构"),
            F("45个", "个", "exact", "actual", "合作协议涉及项目"),
            F("18.7亿元", "元", "exact", "actual", "合作协议金额"),
            F("3年", "年", "exact", "target", "共建联合实验室期限", optional=True),
            F("10个", "个", "exact", "target", "共建联合实验室"),
            F("100人次", "人次", "at_least", "target", "每年互派青年科研人员交流"),
            F("0.03毫米", "毫米", "exact", "actual", "柔性显示薄膜厚度"),
            F("20万次以上", "次", "at_least", "actual", "薄膜可弯折次数"),
            F("256TOPS", "TOPS", "exact", "actual", "AI芯片算力"),
            F("不到60W", "W", "at_most", "actual", "AI芯片功耗"),
        ],
    )
    d = Art(
        titles=["福建5G基站突破8万个"],
        authors=["符晓波"], place=None, date="2024-03-14",
        paras=[
            "科技日报讯 （记者符晓波）记者3月14日从福建省通信管理局获悉，截至2月底，福建累计建成5G基站8.6万个，每万人拥有5G基站20.6个，5G移动电话用户达到2860万户，占移动电话用户总数的58.7%。",
            "在福州、厦门等地，5G网络已实现城区和县城连续覆盖，重点工业园区、港口和医院实现深度覆盖。全省“5G+工业互联网”项目超过1300个，千兆光网覆盖家庭超过1500万户，平均下载速率达到410.5Mbps。",
            "按照计划，今年福建将新建5G基站1.5万个，推动5G网络向重点乡镇和行政村延伸，力争5G用户普及率达到70%。",
            "福建省通信管理局有关负责人表示，将加快推进5G-A（5G-Advanced）试点，在福州、厦门、泉州3个城市开展商用验证，探索低空经济、车联网等新场景应用。到2025年，全省5G基站总数将超过10万个。",
        ],
        figs=[
            T("8万个", "个", "at_least", "actual", "5G基站"),
            F("8.6万个", "个", "exact", "actual", "累计建成5G基站"),
            F("20.6个", "个", "exact", "actual", "每万人拥有5G基站"),
            F("2860万户", "户", "exact", "actual", "5G移动电话用户"),
            F("58.7%", "%", "exact", "actual", "5G用户占移动电话用户比例"),
            F("1300个", "个", "at_least", "actual", "5G+工业互联网项目"),
            F("1500万户", "户", "at_least", "actual", "千兆光网覆盖家庭"),
            F("410.5Mbps", "Mbps", "exact", "actual", "平均下载速率"),
            F("1.5万个", "个", "exact", "target", "新建5G基站"),
            F("70%", "%", "exact", "target", "5G用户普及率"),
            F("3个", "个", "exact", "target", "5G-A商用验证城市", optional=True),
            F("10万个", "个", "at_least", "target", "全省5G基站总数"),
        ],
    )
    lines = ["", ""]
    for art in (a, b, c, d):
        lines += title(art.titles[0])
        lines += longlines(art.paras)
        lines += [""]
    return "r05_fujian_science_latin_units", [a, b, c, d], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# r06: provincial daily (广西日报 style) as OCR leaves it: running header
# `广西日报 2024年3月9日 星期六`, a folio `第 5 版` between articles and `- 5 -` at
# the bottom; stray half-width spaces inside words, a name and a number; a dateline
# split over two lines (`本报南宁` / `3月8日讯…`); a title followed by its lead with no
# blank line; a lead whose only year in the article is `去年（2023年）` (date 2024)


def page_r06():
    a = Art(
        titles=["南宁一季度86个重大项目集中开工"],
        authors=["韦丽萍", "黄志坚"], place="南宁", date="2024-03-08",
        paras=[
            "本报南宁‖3月8日讯（记者 韦丽萍 通讯员 黄志坚）8日，南宁市2024年一季度重大项目集中开工活动在五象新区举行。此次集中开工项目86个，总投资41␣2.6亿元，涵盖先进制造、新能␣源、现代物流、城市更新等领域。",
            "从项目类型看，产业项目52个、总投资268.4亿元，占比65%；基础设施项目21个、总投资103.5亿元；民生项目13个，涉及学校、医院、保障性住房等。其中，投资10亿元以上项目12个。",
            "南宁市发展改革委负责人介绍，今年南宁将实施市重大项目1200个以上，完成年度投资1500亿元以上，并对集中开工项目实行“一项目一专班”，推动项目早␣投产、早见效。",
            "在开工现场之一的南宁临空经济示范区，一个总投资35亿元的航空物流园项目正式动工。项目建成后，预计年货邮处理能力可达50万吨，将带动跨境电商、冷链物流等产业集聚发展。",
        ],
        figs=[
            T("86个", "个", "exact", "actual", "集中开工重大项目"),
            F("86个", "个", "exact", "actual", "集中开工项目"),
            F("412.6亿元", "元", "exact", "actual", "集中开工项目总投资"),
            F("52个", "个", "exact", "actual", "产业项目"),
            F("268.4亿元", "元", "exact", "actual", "产业项目总投资"),
            F("65%", "%", "exact", "actual", "产业项目投资占比"),
            F("21个", "个", "exact", "actual", "基础设施项目"),
            F("103.5亿元", "元", "exact", "actual", "基础设施项目总投资"),
            F("13个", "个", "exact", "actual", "民生项目"),
            F("10亿元以上", "元", "at_least", "actual", "单个项目投资额"),
            F("12个", "个", "exact", "actual", "投资10亿元以上项目"),
            F("1200个以上", "个", "at_least", "target", "实施市重大项目"),
            F("1500亿元以上", "元", "at_least", "target", "市重大项目年度投资"),
            F("35亿元", "元", "exact", "actual", "航空物流园项目总投资"),
            F("50万吨", "吨", "exact", "target", "航空物流园年货邮处理能力"),
        ],
    )
    b = Art(
        titles=["柳州螺蛳粉产业链加速“出海”"],
        authors=["覃少华"], place="柳州", date="2024-03-07",
        paras=[
            "本报柳州讯（记者 覃少华）3月7日，记者从柳州市商务局获悉，去年（2023年）柳州螺蛳粉全产业链销售收入达到669.2亿元，同比增长10.3%，其中袋装螺蛳粉销售收入182.3亿元。",
            "目前，柳州螺蛳粉已出口到美国、加拿大、澳大利亚等30多个国家和地区。去年，柳州螺蛳粉出口额达到1.06亿元，同比增长30%以上。",
            "“我们今年准备在海外新开3个仓库，把配送时间缩短到3到5天。”柳␣州一家螺蛳粉企业负责人说。柳州市计划今年推动螺蛳粉全产业链销售收入突破700亿元，培育年销售收入超10亿元的龙头企业5家。",
        ],
        figs=[
            F("669.2亿元", "元", "exact", "actual", "螺蛳粉全产业链销售收入"),
            F("10.3%", "%", "exact", "actual", "螺蛳粉全产业链销售收入", change="increase"),
            F("182.3亿元", "元", "exact", "actual", "袋装螺蛳粉销售收入"),
            F("30多个", "个", "at_least", "actual", "螺蛳粉出口国家和地区"),
            F("1.06亿元", "元", "exact", "actual", "螺蛳粉出口额"),
            F("30%以上", "%", "at_least", "actual", "螺蛳粉出口额", change="increase"),
            F("3个", "个", "exact", "target", "海外新开仓库"),
            F("3到5天", "天", "exact", "target", "海外配送时间", value=3, value_max=5),
            F("700亿元", "元", "at_least", "target", "螺蛳粉全产业链销售收入"),
            F("10亿元", "元", "at_least", "target", "龙头企业年销售收入"),
            F("5家", "家", "exact", "target", "培育龙头企业"),
        ],
    )
    c = Art(
        titles=["北海银滩春季游客同比增长三成"],
        authors=["梁燕"], place=None, date="2024-03-06",
        paras=[
            "本报讯（记者 梁␣燕）3月6日，记者从北海市文化广电和旅游局获悉，今年1—2月，北海银滩景区接待游客186.5万人次，同比增长31.2%，实现旅游收入12.8亿元。",
            "为迎接春季旅游旺季，北海银滩新增沙滩音乐节、海上运动体验等项目12个，开通至南宁、桂林的旅游专线巴士，每天发车40班次。",
            "北海市有关负责人表示，今年将力争接待游客突破2000万人次，旅游总消费增长15%以上。",
        ],
        figs=[
            T("三成", "成", "exact", "actual", "北海银滩春季游客", change="increase", optional=True),
            F("186.5万人次", "人次", "exact", "actual", "北海银滩景区接待游客"),
            F("31.2%", "%", "exact", "actual", "北海银滩景区接待游客", change="increase"),
            F("12.8亿元", "元", "exact", "actual", "旅游收入"),
            F("12个", "个", "exact", "actual", "新增旅游项目"),
            F("40班次", "班次", "exact", "actual", "旅游专线巴士每天发车"),
            F("2000万人次", "人次", "at_least", "target", "接待游客"),
            F("15%以上", "%", "at_least", "target", "旅游总消费", change="increase"),
        ],
    )
    d = Art(
        titles=["桂林漓江沿线启动春季生态巡护"],
        authors=["蒋林", "秦文"], place="桂林", date="2024-03-07",
        paras=[
            "本报桂林讯（记者 蒋␣林 通讯员 秦␣文）3月7日,桂林市启动2024年漓江沿线春季生态巡护行动,组织执法人员、志愿者等1100余人,对漓江干流及主要支流开展为期2个月的巡查。",
            "据介绍,今年的巡护将重点整治非法采砂、违规捕捞和沿岸垃圾乱堆乱放等问题。去年,漓江流域水质优良比例保持100%,桂林市共清理河道垃圾2.3万吨,劝导和查处违规行为860余起。",
            "桂林市漓江风景名胜区管理委员会负责人表示,将运用无人机和视频监控对重点河段实行24小时监测,让漓江山水更加秀美。",
            "在阳朔县兴坪镇,志愿者们沿江岸捡拾垃圾、劝导游客文明游览。“保护漓江,人人有责,我们每个月都会来巡一次。”志愿者␣莫小兰说,她参加漓江巡护志愿服务已经4年了。",
            "据悉,桂林市今年还将投入资金1.8亿元,实施漓江支流综合治理和沿岸生态修复项目9个,新建污水处理设施23处,力争漓江干流水质稳定保持Ⅱ类以上。",
            "漓江是桂林的“母亲河”。近年来,桂林坚持生态优先,关停漓江沿岸采石场、养殖场等120多家,漓江沿线森林覆盖率达到80%以上,江中的野生鱼类种群逐步恢复。不少市民说,如今在江边散步,常能看到白鹭在水面上飞过。",
        ],
        figs=[
            F("1100余人", "人", "at_least", "actual", "参加巡护人员"),
            F("2个月", "个月", "exact", "target", "巡查期限", optional=True),
            F("100%", "%", "exact", "actual", "漓江流域水质优良比例"),
            F("2.3万吨", "吨", "exact", "actual", "清理河道垃圾"),
            F("860余起", "起", "at_least", "actual", "劝导和查处违规行为"),
            F("4年", "年", "exact", "actual", "志愿者参加巡护年限", optional=True),
            F("1.8亿元", "元", "exact", "target", "漓江治理投入资金"),
            F("9个", "个", "exact", "target", "支流综合治理和生态修复项目"),
            F("23处", "处", "exact", "target", "新建污水处理设施"),
            F("120多家", "家", "at_least", "actual", "关停漓江沿岸采石场养殖场"),
            F("80%以上", "%", "at_least", "actual", "漓江沿线森林覆盖率"),
            F("24小时", "小时", "exact", "target", "重点河段监测", optional=True),
        ],
    )
    ind = "  "
    lines = ["广西日报 2024年3月9日 星期六", "", ""]
    lines += [a.titles[0]]
    lines += wrapped(a.paras, 24, ind, narrow_ascii=True)
    lines += ["", ""]
    lines += title(b.titles[0])
    lines += wrapped(b.paras, 24, ind, narrow_ascii=True)
    lines += ["", "第 5 版", "", ""]
    lines += title(c.titles[0])
    lines += wrapped(c.paras, 24, ind, narrow_ascii=True)
    lines += ["", ""]
    lines += title(d.titles[0])
    lines += wrapped(d.paras, 24, ind, narrow_ascii=True)
    lines += ["", "", "                        - 5 -"]
    return "r06_guangxi_ocr_noise", [a, b, c, d], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# s01: provincial daily (安徽日报 style), government work report: a header with the
# full date, the opening news, a `□ 本报记者 X 整理` summary with two intertitles
# (`过去一年`, `今年主要预期目标`) and long lists of actual results and targets
# separated by 、 and ；, then a news item in which delegates repeat some targets


def page_s01():
    a = Art(
        titles=["省十四届人大三次会议在合肥开幕"],
        authors=["程晓东", "汪蕾"], place="合肥", date="2025-01-14",
        paras=[
            "本报合肥1月14日讯（记者 程晓东 汪蕾）1月14日上午，安徽省第十四届人民代表大会第三次会议在合肥开幕。大会应出席代表728名，出席693名，符合法定人数。截至14日18时，大会共收到代表议案12件、建议586件。",
            "受省人民政府委托，省长代表省政府向大会作政府工作报告。报告指出，2024年是实现“十四五”规划目标任务的关键一年，全省经济总量迈上5万亿元新台阶，主要经济指标增速保持在全国第一方阵。",
            "报告提出，2025年是“十四五”规划收官之年，也是为“十五五”良好开局打牢基础的关键之年。全省将坚持稳中求进工作总基调，统筹扩大内需和深化供给侧结构性改革，确保完成全年目标任务。",
            "会议期间，代表们将审查计划报告和预算报告，审议省人民代表大会常务委员会工作报告等。大会会期5天半，将于1月19日下午闭幕。大会期间还将选举产生省人民代表大会常务委员会部分组成人员。",
        ],
        figs=[
            F("728名", "名", "exact", "actual", "应出席代表"),
            F("693名", "名", "exact", "actual", "出席代表"),
            F("12件", "件", "exact", "actual", "收到代表议案"),
            F("586件", "件", "exact", "actual", "收到代表建议"),
            F("5万亿元", "元", "at_least", "actual", "全省经济总量"),
            F("5天半", "天", "exact", "target", "大会会期", value=5.5, optional=True),
        ],
    )
    b = Art(
        titles=["2025年省政府工作报告要点"],
        kind="feature", authors=["程晓东"], place=None, date=None,
        paras=[
            "过去一年",
            "全省地区生产总值达到5.06万亿元、增长5.8%，一般公共预算收入3890.2亿元、增长3.1%，规模以上工业增加值增长8.6%，固定资产投资增长4.2%，社会消费品零售总额2.46万亿元、增长5.5%；城镇新增就业68.3万人，城镇调查失业率5.2%；居民人均可支配收入36218元、增长5.6%，其中农村居民人均可支配收入21785元、增长6.9%。",
            "粮食总产量达到834.7亿斤，连续8年稳定在800亿斤以上；新增高标准农田416万亩。高新技术企业突破2.1万家，研发投入强度达到2.55%，比上年提高0.16个百分点；新能源汽车产量168.5万辆、增长28.7%。全年新开工亿元以上项目4215个，实际使用外资21.6亿美元。",
            "今年主要预期目标",
            "报告提出，2025年全省经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长3%，规模以上工业增加值增长7%以上；城镇新增就业65万人以上，城镇调查失业率5.5%以内；居民人均可支配收入增长与经济增长基本同步；粮食产量稳定在830亿斤以上；单位地区生产总值能耗下降2.5%左右，主要污染物排放量持续下降。",
            "围绕实现上述目标，报告部署了十个方面重点任务。其中提出，今年要新培育国家级专精特新“小巨人”企业60家以上，力争高新技术企业数量达到2.4万家；开工建设重点项目1200个、完成投资5000亿元以上；新建改造农村供水工程680处，改造提升农村公路3000公里；新增普惠托育托位2万个，实施城镇老旧小区改造2350个。",
        ],
        figs=[
            F("5.06万亿元", "元", "exact", "actual", "地区生产总值"),
            F("5.8%", "%", "exact", "actual", "地区生产总值", change="increase"),
            F("3890.2亿元", "元", "exact", "actual", "一般公共预算收入"),
            F("3.1%", "%", "exact", "actual", "一般公共预算收入", change="increase"),
            F("8.6%", "%", "exact", "actual", "规模以上工业增加值", change="increase"),
            F("4.2%", "%", "exact", "actual", "固定资产投资", change="increase"),
            F("2.46万亿元", "元", "exact", "actual", "社会消费品零售总额"),
            F("5.5%", "%", "exact", "actual", "社会消费品零售总额", change="increase"),
            F("68.3万人", "人", "exact", "actual", "城镇新增就业"),
            F("5.2%", "%", "exact", "actual", "城镇调查失业率"),
            F("36218元", "元", "exact", "actual", "居民人均可支配收入"),
            F("5.6%", "%", "exact", "actual", "居民人均可支配收入", change="increase"),
            F("21785元", "元", "exact", "actual", "农村居民人均可支配收入"),
            F("6.9%", "%", "exact", "actual", "农村居民人均可支配收入", change="increase"),
            F("834.7亿斤", "斤", "exact", "actual", "粮食总产量"),
            F("8年", "年", "exact", "actual", "粮食总产量稳定在800亿斤以上的年数", optional=True),
            F("800亿斤以上", "斤", "at_least", "actual", "粮食总产量"),
            F("416万亩", "亩", "exact", "actual", "新增高标准农田"),
            F("2.1万家", "家", "at_least", "actual", "高新技术企业"),
            F("2.55%", "%", "exact", "actual", "研发投入强度"),
            F("0.16个百分点", "百分点", "exact", "actual", "研发投入强度", change="increase"),
            F("168.5万辆", "辆", "exact", "actual", "新能源汽车产量"),
            F("28.7%", "%", "exact", "actual", "新能源汽车产量", change="increase"),
            F("亿元以上", "元", "at_least", "actual", "新开工项目投资额门槛", value=100000000, optional=True),
            F("4215个", "个", "exact", "actual", "新开工亿元以上项目"),
            F("21.6亿美元", "美元", "exact", "actual", "实际使用外资"),
            F("5.5%左右", "%", "about", "target", "地区生产总值", change="increase"),
            F("3%", "%", "exact", "target", "一般公共预算收入", change="increase"),
            F("7%以上", "%", "at_least", "target", "规模以上工业增加值", change="increase"),
            F("65万人以上", "人", "at_least", "target", "城镇新增就业"),
            F("5.5%以内", "%", "at_most", "target", "城镇调查失业率"),
            F("830亿斤以上", "斤", "at_least", "target", "粮食产量"),
            F("2.5%左右", "%", "about", "target", "单位地区生产总值能耗", change="decrease"),
            F("十个", "个", "exact", "target", "重点任务方面"),
            F("60家以上", "家", "at_least", "target", "新培育国家级专精特新“小巨人”企业"),
            F("2.4万家", "家", "exact", "target", "高新技术企业数量"),
            F("1200个", "个", "exact", "target", "开工建设重点项目"),
            F("5000亿元以上", "元", "at_least", "target", "重点项目完成投资"),
            F("680处", "处", "exact", "target", "新建改造农村供水工程"),
            F("3000公里", "公里", "exact", "target", "改造提升农村公路"),
            F("2万个", "个", "exact", "target", "新增普惠托育托位"),
            F("2350个", "个", "exact", "target", "城镇老旧小区改造"),
        ],
    )
    c = Art(
        titles=["代表热议政府工作报告：目标实 举措硬"],
        authors=["汪蕾"], place=None, date="2025-01-14",
        paras=[
            "本报讯（记者 汪蕾）1月14日下午，出席省十四届人大三次会议的代表们分组审议政府工作报告。大家认为，报告目标明确、举措务实，提出的地区生产总值增长5.5%左右等预期目标积极稳妥、切实可行。",
            "“报告里提到今年要新建改造农村供水工程680处，这件事老百姓最关心。”来自六安市金寨县的代表陈玉兰说，她所在的村去年接通了自来水，全村216户村民告别了挑水吃的日子。",
            "合肥市代表周明远表示，去年合肥集成电路产业产值增长22%，今年将力争突破2000亿元，为全省完成规模以上工业增加值增长7%以上的目标多作贡献。",
            "来自芜湖的代表孙立群说，报告提出新增普惠托育托位2万个，回应了年轻家庭的期盼，建议加大对社区嵌入式托育机构的支持力度。",
            "来自亳州的代表马俊峰关注乡村振兴。他说，去年亳州中药材种植面积达到126万亩，今年将新建现代中药材产业园3个，让药农的“钱袋子”更鼓。“报告提出的每一项目标都有具体举措支撑，我们有信心完成。”",
        ],
        figs=[
            F("5.5%左右", "%", "about", "target", "地区生产总值", change="increase"),
            F("680处", "处", "exact", "target", "新建改造农村供水工程"),
            F("216户", "户", "exact", "actual", "接通自来水的村民"),
            F("22%", "%", "exact", "actual", "合肥集成电路产业产值", change="increase"),
            F("2000亿元", "元", "at_least", "target", "合肥集成电路产业产值"),
            F("7%以上", "%", "at_least", "target", "全省规模以上工业增加值", change="increase"),
            F("2万个", "个", "exact", "target", "新增普惠托育托位"),
            F("126万亩", "亩", "exact", "actual", "亳州中药材种植面积"),
            F("3个", "个", "exact", "target", "新建现代中药材产业园"),
        ],
    )
    lines = ["安徽日报　2025年1月15日　星期三", "", ""]
    lines += title(a.titles[0])
    lines += longlines(a.paras)
    lines += ["", ""]
    lines += title(b.titles[0])
    lines += ["□ 本报记者 程晓东 整理", ""]
    lines += longlines(b.paras)
    lines += ["", ""]
    lines += title(c.titles[0])
    lines += longlines(c.paras)
    return "s01_anhui_work_report_targets", [a, b, c], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# s02: city paper (哈密), a statistical bulletin (统计公报) in summary: a short news
# about its release, then the bulletin itself under an issuing-body line and a
# date line, with numbered intertitles (`一、综合`) and dozens of actual figures
# (比上年, 同比, 个百分点, 万元/亿元/万吨/亿千瓦时/万千瓦时/万人次) and traps
# (years, 第一季度, 1—2月, 第二位, 12345热线, 5A级/4A级, G30, 11.1∶55.4∶33.5)


def page_s02():
    a = Art(
        titles=["去年我市地区生产总值增长6.7%"],
        authors=["阿依古丽·买买提", "刘建军"], place=None, date="2025-03-18",
        paras=[
            "本报讯（记者 阿依古丽·买买提 通讯员 刘建军）3月18日，哈密市统计局、国家统计局哈密调查队联合发布《2024年哈密市国民经济和社会发展统计公报》。公报显示，2024年全市经济运行稳中有进，地区生产总值增速居全疆第二位。",
            "公报显示，去年全市外贸进出口总额达到215.6亿元，同比增长34.8%，增速居全疆前列；全市新登记经营主体1.36万户，年末实有经营主体9.2万户。",
            "市统计局相关负责人介绍，去年全市规模以上工业企业达到186家，比上年增加14家，能源工业对经济增长的贡献率超过六成。今年第一季度和1—2月的主要经济数据将于4月中旬发布，市民可拨打12345热线咨询统计数据查询事宜。据悉，公报全文将在哈密市人民政府网站发布，供社会各界查阅。",
        ],
        figs=[
            T("6.7%", "%", "exact", "actual", "地区生产总值", change="increase"),
            F("215.6亿元", "元", "exact", "actual", "外贸进出口总额"),
            F("34.8%", "%", "exact", "actual", "外贸进出口总额", change="increase"),
            F("1.36万户", "户", "exact", "actual", "新登记经营主体"),
            F("9.2万户", "户", "exact", "actual", "年末实有经营主体"),
            F("186家", "家", "exact", "actual", "规模以上工业企业"),
            F("14家", "家", "exact", "actual", "规模以上工业企业", change="increase"),
            F("六成", "成", "at_least", "actual", "能源工业对经济增长的贡献率", optional=True),
        ],
    )
    b = Art(
        titles=["2024年哈密市国民经济和社会发展统计公报（摘要）"],
        kind="feature", authors=[], place=None, date=None,
        paras=[
            "一、综合",
            "初步核算，全年全市实现地区生产总值1286.42亿元，按不变价格计算，比上年增长6.7%。其中，第一产业增加值142.36亿元，增长5.9%；第二产业增加值712.85亿元，增长8.1%；第三产业增加值431.21亿元，增长4.6%。三次产业结构调整为11.1∶55.4∶33.5。全年人均地区生产总值18.43万元，比上年增长6.2%。",
            "年末全市常住人口69.8万人，比上年末增加0.4万人。全年城镇新增就业1.26万人，城镇调查失业率4.8%，比上年下降0.3个百分点。",
            "二、农业",
            "全年粮食播种面积68.52万亩，比上年增加1.35万亩；粮食产量31.6万吨，增长3.2%。棉花产量9.8万吨，下降4.5%。年末牛存栏28.6万头，羊存栏186.3万只。全年设施农业面积达到2.1万亩。",
            "三、工业和能源",
            "全年规模以上工业增加值比上年增长9.3%。在规模以上工业中，能源工业增加值增长10.6%，占规模以上工业增加值的比重为78.4%。全年原煤产量1.12亿吨，增长12.7%；发电量785.6亿千瓦时，增长8.9%，其中新能源发电量236.4亿千瓦时，增长31.2%。年末全市新能源装机容量达到1280万千瓦，比上年末增加316万千瓦。全年重点用能企业节电3620万千瓦时。",
            "四、固定资产投资",
            "全年固定资产投资比上年下降2.4%。其中，工业投资增长5.1%，基础设施投资下降11.8%。G30连霍高速哈密段改扩建、哈密至罗布泊铁路扩能改造等重点项目加快推进。",
            "五、国内贸易和旅游",
            "全年社会消费品零售总额186.74亿元，比上年增长7.2%。全年接待国内外游客1026.8万人次，增长18.5%；实现旅游收入112.3亿元，增长21.6%。年末全市共有A级旅游景区32个，其中5A级景区1个、4A级景区9个。年末全市共有星级饭店18家。",
            "六、居民收入和社会保障",
            "全年全体居民人均可支配收入38652元，比上年增长6.1%。按常住地分，城镇居民人均可支配收入46230元，增长5.2%；农村居民人均可支配收入24518元，增长7.6%。年末全市参加基本养老保险人数48.6万人，参加基本医疗保险人数66.3万人。全年12345热线受理群众诉求8.9万件，办结率99.2%。",
            "七、教育和科技",
            "年末全市共有普通高等学校2所，在校学生1.86万人；普通高中15所，在校学生2.43万人。全年专利授权量1263件，比上年增长15.4%。全市研究与试验发展经费投入4.85亿元，相当于地区生产总值的0.38%。",
            "注：公报中部分数据为初步统计数；地区生产总值和各产业增加值绝对数按现价计算，增长速度按不变价格计算。",
        ],
        figs=[
            F("1286.42亿元", "元", "exact", "actual", "地区生产总值"),
            F("6.7%", "%", "exact", "actual", "地区生产总值", change="increase"),
            F("142.36亿元", "元", "exact", "actual", "第一产业增加值"),
            F("5.9%", "%", "exact", "actual", "第一产业增加值", change="increase"),
            F("712.85亿元", "元", "exact", "actual", "第二产业增加值"),
            F("8.1%", "%", "exact", "actual", "第二产业增加值", change="increase"),
            F("431.21亿元", "元", "exact", "actual", "第三产业增加值"),
            F("4.6%", "%", "exact", "actual", "第三产业增加值", change="increase"),
            F("11.1", "%", "exact", "actual", "第一产业占比", optional=True),
            F("55.4", "%", "exact", "actual", "第二产业占比", optional=True),
            F("33.5", "%", "exact", "actual", "第三产业占比", optional=True),
            F("18.43万元", "元", "exact", "actual", "人均地区生产总值"),
            F("6.2%", "%", "exact", "actual", "人均地区生产总值", change="increase"),
            F("69.8万人", "人", "exact", "actual", "年末常住人口"),
            F("0.4万人", "人", "exact", "actual", "常住人口", change="increase"),
            F("1.26万人", "人", "exact", "actual", "城镇新增就业"),
            F("4.8%", "%", "exact", "actual", "城镇调查失业率"),
            F("0.3个百分点", "百分点", "exact", "actual", "城镇调查失业率", change="decrease"),
            F("68.52万亩", "亩", "exact", "actual", "粮食播种面积"),
            F("1.35万亩", "亩", "exact", "actual", "粮食播种面积", change="increase"),
            F("31.6万吨", "吨", "exact", "actual", "粮食产量"),
            F("3.2%", "%", "exact", "actual", "粮食产量", change="increase"),
            F("9.8万吨", "吨", "exact", "actual", "棉花产量"),
            F("4.5%", "%", "exact", "actual", "棉花产量", change="decrease"),
            F("28.6万头", "头", "exact", "actual", "年末牛存栏"),
            F("186.3万只", "只", "exact", "actual", "年末羊存栏"),
            F("2.1万亩", "亩", "exact", "actual", "设施农业面积"),
            F("9.3%", "%", "exact", "actual", "规模以上工业增加值", change="increase"),
            F("10.6%", "%", "exact", "actual", "能源工业增加值", change="increase"),
            F("78.4%", "%", "exact", "actual", "能源工业增加值占规模以上工业增加值比重"),
            F("1.12亿吨", "吨", "exact", "actual", "原煤产量"),
            F("12.7%", "%", "exact", "actual", "原煤产量", change="increase"),
            F("785.6亿千瓦时", "千瓦时", "exact", "actual", "发电量"),
            F("8.9%", "%", "exact", "actual", "发电量", change="increase"),
            F("236.4亿千瓦时", "千瓦时", "exact", "actual", "新能源发电量"),
            F("31.2%", "%", "exact", "actual", "新能源发电量", change="increase"),
            F("1280万千瓦", "千瓦", "exact", "actual", "新能源装机容量"),
            F("316万千瓦", "千瓦", "exact", "actual", "新能源装机容量", change="increase"),
            F("3620万千瓦时", "千瓦时", "exact", "actual", "重点用能企业节电"),
            F("2.4%", "%", "exact", "actual", "固定资产投资", change="decrease"),
            F("5.1%", "%", "exact", "actual", "工业投资", change="increase"),
            F("11.8%", "%", "exact", "actual", "基础设施投资", change="decrease"),
            F("186.74亿元", "元", "exact", "actual", "社会消费品零售总额"),
            F("7.2%", "%", "exact", "actual", "社会消费品零售总额", change="increase"),
            F("1026.8万人次", "人次", "exact", "actual", "接待国内外游客"),
            F("18.5%", "%", "exact", "actual", "接待国内外游客", change="increase"),
            F("112.3亿元", "元", "exact", "actual", "旅游收入"),
            F("21.6%", "%", "exact", "actual", "旅游收入", change="increase"),
            F("32个", "个", "exact", "actual", "A级旅游景区"),
            F("1个", "个", "exact", "actual", "5A级景区"),
            F("9个", "个", "exact", "actual", "4A级景区"),
            F("18家", "家", "exact", "actual", "星级饭店"),
            F("38652元", "元", "exact", "actual", "全体居民人均可支配收入"),
            F("6.1%", "%", "exact", "actual", "全体居民人均可支配收入", change="increase"),
            F("46230元", "元", "exact", "actual", "城镇居民人均可支配收入"),
            F("5.2%", "%", "exact", "actual", "城镇居民人均可支配收入", change="increase"),
            F("24518元", "元", "exact", "actual", "农村居民人均可支配收入"),
            F("7.6%", "%", "exact", "actual", "农村居民人均可支配收入", change="increase"),
            F("48.6万人", "人", "exact", "actual", "参加基本养老保险人数"),
            F("66.3万人", "人", "exact", "actual", "参加基本医疗保险人数"),
            F("8.9万件", "件", "exact", "actual", "12345热线受理群众诉求"),
            F("99.2%", "%", "exact", "actual", "群众诉求办结率"),
            F("2所", "所", "exact", "actual", "普通高等学校"),
            F("1.86万人", "人", "exact", "actual", "普通高校在校学生"),
            F("15所", "所", "exact", "actual", "普通高中"),
            F("2.43万人", "人", "exact", "actual", "普通高中在校学生"),
            F("1263件", "件", "exact", "actual", "专利授权量"),
            F("15.4%", "%", "exact", "actual", "专利授权量", change="increase"),
            F("4.85亿元", "元", "exact", "actual", "研究与试验发展经费投入"),
            F("0.38%", "%", "exact", "actual", "研究与试验发展经费投入强度"),
        ],
    )
    lines = ["", ""]
    lines += title(a.titles[0])
    lines += longlines(a.paras)
    lines += ["", ""]
    lines += title(b.titles[0])
    lines += ["哈密市统计局　国家统计局哈密调查队", "（2025年3月18日）", ""]
    lines += longlines(b.paras)
    return "s02_hami_statistical_bulletin", [a, b], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# s03: provincial daily (陕西日报 style), hard wraps at ~18 columns, titles BELOW
# bodies; figures broken across lines (`2‖.3万亿元`, `百分之‖六`, `一千二百‖余名`),
# Chinese-numeral figures (`一千二百余名`, `两万余亩`, `三成`, `七成以上`, `翻一番`,
# `百分之百`), ranges (`3至5个`, `7.5亿至8亿吨`, `5%—6%`, `20万~30万元`) and
# `2×66万千瓦`


def page_s03():
    a = Art(
        titles=["神木2×66万千瓦煤电一体化项目", "首台机组投运"],
        headline="神木2×66万千瓦煤电一体化项目 首台机组投运",
        authors=["雷振华"], place="榆林", date="2025-03-25",
        paras=[
            "本报榆林讯（记者 雷振华）3月25日，神木清水工业园2×66万千瓦煤电一体化项目1号机组顺利通过168小时满负荷试运行，正式投入商业运营。该项目总投资约58亿元，两台机组全部投运后，年发电量可达72亿千瓦时。",
            "据介绍，项目建设高峰期有一千二百‖余名工人同时作业。项目采用国产化率百分之百的超超临界机组，供电煤耗比全国煤电机组平均水平低百分之六左右，每年可节约标准煤约25万吨。项目配套建设的4公里输煤廊道投用后，每年可减少公路运煤约1000万吨。",
            "2号机组计划于今年6月底前投运。神木市相关负责人表示，2025年全市将新开工能源化工项目3至5个，力争能源化工产业产值增长8%以上。",
            "“项目建成后，将有力保障陕北至湖北特高压输电工程的电源需求。”项目负责人说，目前2号机组已完成锅炉水压试验，各项调试工作正在有序推进。",
        ],
        figs=[
            T("2×66万千瓦", "千瓦", "exact", "actual", "煤电一体化项目装机容量", value=1320000, optional=True),
            F("2×66万千瓦", "千瓦", "exact", "actual", "煤电一体化项目装机容量", value=1320000, optional=True),
            F("168小时", "小时", "exact", "actual", "满负荷试运行时长", optional=True),
            F("约58亿元", "元", "about", "actual", "项目总投资"),
            F("两台", "台", "exact", "actual", "项目机组", optional=True),
            F("72亿千瓦时", "千瓦时", "exact", "target", "年发电量"),
            F("一千二百余名", "名", "at_least", "actual", "高峰期同时作业工人"),
            F("百分之百", "%", "exact", "actual", "机组国产化率", value=100),
            F("百分之六左右", "%", "about", "actual", "供电煤耗低于全国平均水平", value=6),
            F("约25万吨", "吨", "about", "target", "每年节约标准煤"),
            F("4公里", "公里", "exact", "actual", "配套输煤廊道长度"),
            F("约1000万吨", "吨", "about", "target", "每年减少公路运煤", change="decrease"),
            F("3至5个", "个", "exact", "target", "新开工能源化工项目", value=3, value_max=5),
            F("8%以上", "%", "at_least", "target", "能源化工产业产值", change="increase"),
        ],
    )
    b = Art(
        titles=["全省能源化工产业总产值突破2.3万亿元"],
        authors=["韩雪", "马国强"], place=None, date="2025-03-24",
        paras=[
            "本报讯（记者 韩雪 通讯员 马国强）记者3月24日从省发展和改革委员会获悉，2024年全省能源化工产业总产值达到2‖.3万亿元，煤炭产量7.8亿吨，原油产量2600万吨，天然气产量超过310亿立方米，能源工业增加值占全省规上工业的七成以上。",
            "“十四五”以来，全省累计建成智能化煤矿236处，智能化产能占比超过六成，省级以上绿色矿山达到152座。今年，我省将力争煤炭产量稳定在7.5亿至8亿吨，新增新能源装机1500万千瓦以上，新型储能装机规模翻一番。去年全省新增新能源装机1230万千瓦，风电、光伏发电量占全省发电量的比重由2020年的9.6%提高到19.3%。",
            "“今年全省能源工业投资力争增长百分之‖六，一批千万吨级煤矿将开工建设。”省发展改革委相关负责人说。",
        ],
        figs=[
            T("2.3万亿元", "元", "at_least", "actual", "能源化工产业总产值"),
            F("2.3万亿元", "元", "exact", "actual", "能源化工产业总产值"),
            F("7.8亿吨", "吨", "exact", "actual", "煤炭产量"),
            F("2600万吨", "吨", "exact", "actual", "原油产量"),
            F("310亿立方米", "立方米", "at_least", "actual", "天然气产量"),
            F("七成以上", "成", "at_least", "actual", "能源工业增加值占规上工业比重", optional=True),
            F("236处", "处", "exact", "actual", "累计建成智能化煤矿"),
            F("152座", "座", "exact", "actual", "省级以上绿色矿山"),
            F("六成", "成", "at_least", "actual", "智能化产能占比", optional=True),
            F("7.5亿至8亿吨", "吨", "exact", "target", "煤炭产量", value=750000000, value_max=800000000),
            F("1500万千瓦以上", "千瓦", "at_least", "target", "新增新能源装机"),
            F("1230万千瓦", "千瓦", "exact", "actual", "新增新能源装机"),
            F("9.6%", "%", "exact", "actual", "风电光伏发电量占比（2020年）"),
            F("19.3%", "%", "exact", "actual", "风电光伏发电量占比"),
            F("翻一番", "番", "exact", "target", "新型储能装机规模", value=1, change="increase", optional=True),
            F("百分之六", "%", "exact", "target", "能源工业投资", value=6, change="increase"),
            F("千万吨级", "吨", "at_least", "target", "开工建设煤矿规模", value=10000000, optional=True),
        ],
    )
    c = Art(
        titles=["洛川苹果“触网”记"],
        kind="feature", authors=["杨柳", "白亚军"], place=None, date=None,
        paras=[
            "早春时节，洛川县凤栖街道谷咀村的果园里，果农张建军正忙着给苹果树拉枝。“以前光会种，不会卖，现在一部手机就能把苹果卖到全国。”张建军说，他家15亩果园去年通过直播卖出苹果两万余斤，收入比往年多了三成。",
            "谷咀村所在的凤栖街道有苹果园两万余亩。近年来，洛川县建成村级电商服务站186个，培育本土电商主播八百余名，去年全县苹果网络零售额达到32.6亿元，同比增长18.2%。",
            "“去年我们合作社的苹果在网上卖了260多万元，带动周边48户果农每户增收1.2万元。”谷咀村苹果专业合作社理事长王海燕说，今年合作社计划再开3个直播间。",
            "在洛川县苹果产业园，一条智能分选线每小时可分选苹果20吨，分选后的优果率提高5%—6%。园区负责人介绍，园区帮扶的小微网店，年纯收入一般在20万~30万元，头部网店年销售额超过千万元。洛川县电子商务中心负责人说，县里正在筹建苹果直播基地，建成后可同时容纳50个直播间开播。",
            "今年，洛川县计划新建冷链仓储库容10万吨，力争苹果网络零售额增长15%。（本报记者 杨柳 通讯员 白亚军）",
        ],
        figs=[
            F("15亩", "亩", "exact", "actual", "张建军家果园面积"),
            F("两万余斤", "斤", "at_least", "actual", "直播卖出苹果"),
            F("三成", "成", "exact", "actual", "果农收入", change="increase", optional=True),
            F("两万余亩", "亩", "at_least", "actual", "凤栖街道苹果园"),
            F("186个", "个", "exact", "actual", "村级电商服务站"),
            F("八百余名", "名", "at_least", "actual", "培育本土电商主播"),
            F("32.6亿元", "元", "exact", "actual", "苹果网络零售额"),
            F("18.2%", "%", "exact", "actual", "苹果网络零售额", change="increase"),
            F("260多万元", "元", "at_least", "actual", "合作社苹果网络销售额"),
            F("48户", "户", "exact", "actual", "合作社带动果农"),
            F("1.2万元", "元", "exact", "actual", "果农每户增收", change="increase"),
            F("3个", "个", "exact", "target", "合作社新开直播间"),
            F("20吨", "吨", "exact", "actual", "智能分选线每小时分选苹果"),
            F("5%—6%", "%", "exact", "actual", "优果率", value=5, value_max=6, change="increase"),
            F("20万~30万元", "元", "exact", "actual", "小微网店年纯收入", value=200000, value_max=300000),
            F("千万元", "元", "at_least", "actual", "头部网店年销售额", value=10000000, optional=True),
            F("50个", "个", "exact", "target", "直播基地可同时容纳直播间"),
            F("10万吨", "吨", "exact", "target", "新建冷链仓储库容"),
            F("15%", "%", "exact", "target", "苹果网络零售额", change="increase"),
        ],
    )
    d = Art(
        titles=["延安今年计划营造林60万亩"],
        authors=["高鹏"], place="延安", date="2025-03-21",
        paras=[
            "本报延安讯（记者 高鹏）3月21日，延安市2025年春季义务植树活动在宝塔区启动。今年全市计划完成营造林60万亩，其中人工造林18万亩、退化林修复22万亩，义务植树三百五十万株以上。",
            "延安市林业局负责人介绍，全市森林覆盖率已由1999年的33.5%提高到48.1%，入黄泥沙量较20年前减少八成以上。近年来，延安坚持退耕还林与产业发展相结合，全市山地苹果、红枣等经济林面积发展到420万亩，带动林农户均年增收6000元以上。",
            "活动现场，300余名干部群众栽下侧柏、油松等苗木4500株。",
        ],
        figs=[
            T("60万亩", "亩", "exact", "target", "营造林"),
            F("60万亩", "亩", "exact", "target", "营造林"),
            F("18万亩", "亩", "exact", "target", "人工造林"),
            F("22万亩", "亩", "exact", "target", "退化林修复"),
            F("三百五十万株以上", "株", "at_least", "target", "义务植树", value=3500000),
            F("33.5%", "%", "exact", "actual", "森林覆盖率（1999年）"),
            F("48.1%", "%", "exact", "actual", "森林覆盖率"),
            F("420万亩", "亩", "exact", "actual", "经济林面积"),
            F("6000元以上", "元", "at_least", "actual", "林农户均年增收", change="increase"),
            F("八成以上", "成", "at_least", "actual", "入黄泥沙量", change="decrease", optional=True),
            F("300余名", "名", "at_least", "actual", "参加植树干部群众"),
            F("4500株", "株", "exact", "actual", "栽下苗木"),
        ],
    )
    # the closing credit of c is printed after its last sentence; the gold ends before it
    c_gold_last = c.paras[-1].replace("（本报记者 杨柳 通讯员 白亚军）", "")
    printed_c = list(c.paras)
    c.paras[-1] = c_gold_last
    lines = ["", ""]
    lines += wrapped(a.paras, 18, "  ", narrow_ascii=True)
    lines += [""] + a.titles + [""]
    lines += wrapped(b.paras, 18, "  ", narrow_ascii=True)
    lines += [""] + b.titles + [""]
    lines += wrapped(printed_c, 18, "  ", narrow_ascii=True)
    lines += [""] + c.titles + [""]
    lines += wrapped(d.paras, 18, "  ", narrow_ascii=True)
    lines += [""] + d.titles + [""]
    return "s03_shaanxi_hardwrap_cn_numerals_ranges", [a, b, c, d], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# s04: provincial daily (辽宁日报 style), a page of five short news items, titles
# above, each with its own dateline; targets phrased as plans (计划, 预计, 力争,
# 到2025年底, 确保), progress (已完成…%, 累计), comparisons (较去年同期增加,
# 由…提高到…, 由原来的…缩短至…, 压减); traps PM2.5, 国三, 一件事一次办, 一季度


def page_s04():
    a = Art(
        titles=["沈阳今年实施城市更新项目230个"],
        authors=["孙明宇"], place="沈阳", date="2024-04-08",
        paras=[
            "本报沈阳4月8日讯（记者 孙明宇）记者从沈阳市住房和城乡建设局获悉，今年沈阳计划实施城市更新项目230个，总投资约680亿元，预计可带动就业岗位4.5万个。截至目前，已开工项目92个，已完成年度投资计划的18.6%。其中，老旧小区改造项目126个，涉及居民8.6万户。",
            "按照规划，到2025年底，全市将累计改造老旧小区3000个以上，老旧供水管网改造率由目前的45%提高到80%。沈阳市住建局相关负责人表示，将坚持“先地下、后地上”，统筹推进管网改造和道路维修，尽量减少对居民生活的影响。",
        ],
        figs=[
            T("230个", "个", "exact", "target", "城市更新项目"),
            F("230个", "个", "exact", "target", "城市更新项目"),
            F("约680亿元", "元", "about", "target", "城市更新项目总投资"),
            F("4.5万个", "个", "exact", "target", "带动就业岗位"),
            F("92个", "个", "exact", "actual", "已开工项目"),
            F("18.6%", "%", "exact", "actual", "完成年度投资计划比例"),
            F("126个", "个", "exact", "target", "老旧小区改造项目"),
            F("8.6万户", "户", "exact", "target", "老旧小区改造涉及居民"),
            F("3000个以上", "个", "at_least", "target", "累计改造老旧小区"),
            F("45%", "%", "exact", "actual", "老旧供水管网改造率（目前）"),
            F("80%", "%", "exact", "target", "老旧供水管网改造率"),
        ],
    )
    b = Art(
        titles=["大连港一季度集装箱吞吐量118.6万标准箱"],
        authors=["王海鹰", "张越"], place="大连", date="2024-04-08",
        paras=[
            "本报大连4月8日讯（记者 王海鹰 通讯员 张越）一季度，大连港集装箱吞吐量完成118.6万标准箱，较去年同期增加9.2万标准箱；新开外贸航线5条，外贸航线总数达到86条。",
            "今年以来，大连港推行“船边直提”“抵港直装”等模式，进口货物平均通关时间由原来的36小时缩短至8小时，企业物流成本压减15%左右。预计全年集装箱吞吐量将突破500万标准箱。大连港相关负责人表示，将加密日韩、东南亚航线，巩固东北亚国际航运中心地位。",
        ],
        figs=[
            T("118.6万标准箱", "标准箱", "exact", "actual", "大连港一季度集装箱吞吐量"),
            F("118.6万标准箱", "标准箱", "exact", "actual", "大连港集装箱吞吐量"),
            F("9.2万标准箱", "标准箱", "exact", "actual", "集装箱吞吐量", change="increase"),
            F("5条", "条", "exact", "actual", "新开外贸航线"),
            F("86条", "条", "exact", "actual", "外贸航线总数"),
            F("36小时", "小时", "exact", "actual", "原进口货物平均通关时间"),
            F("8小时", "小时", "exact", "actual", "进口货物平均通关时间"),
            F("15%左右", "%", "about", "actual", "企业物流成本", change="decrease"),
            F("500万标准箱", "标准箱", "at_least", "target", "全年集装箱吞吐量"),
        ],
    )
    c = Art(
        titles=["鞍山打好蓝天保卫战 确保优良天数比例85%以上"],
        authors=["李晶"], place="鞍山", date="2024-04-07",
        paras=[
            "本报鞍山4月7日讯（记者 李晶）4月7日，鞍山市召开大气污染防治工作会议，确保今年全市PM2.5平均浓度控制在35微克/立方米以内，优良天数比例达到85%以上。",
            "去年以来，鞍山累计完成钢铁企业超低排放改造项目47个，压减燃煤消费量62万吨，淘汰国三及以下排放标准柴油货车1860辆。今年将力争再完成改造项目20个，重点行业颗粒物排放量较去年下降10%。",
            "鞍山市生态环境局负责人介绍，一季度全市优良天数72天，同比增加9天。",
        ],
        figs=[
            T("85%以上", "%", "at_least", "target", "优良天数比例"),
            F("35微克/立方米以内", "微克/立方米", "at_most", "target", "PM2.5平均浓度"),
            F("85%以上", "%", "at_least", "target", "优良天数比例"),
            F("47个", "个", "exact", "actual", "完成钢铁企业超低排放改造项目"),
            F("62万吨", "吨", "exact", "actual", "燃煤消费量", change="decrease"),
            F("1860辆", "辆", "exact", "actual", "淘汰柴油货车"),
            F("20个", "个", "exact", "target", "完成改造项目"),
            F("10%", "%", "exact", "target", "重点行业颗粒物排放量", change="decrease"),
            F("72天", "天", "exact", "actual", "一季度优良天数"),
            F("9天", "天", "exact", "actual", "优良天数", change="increase"),
        ],
    )
    d = Art(
        titles=["锦州春耕物资储备到位"],
        authors=["赵丹", "刘洋"], place="锦州", date="2024-04-06",
        paras=[
            "本报锦州4月6日讯（记者 赵丹 通讯员 刘洋）眼下正值春耕时节，锦州市已完成春播备耕物资储备，其中化肥28.5万吨、种子1.36万吨。截至4月5日，全市已完成整地面积312万亩，占计划的76%。",
            "今年，锦州计划粮食播种面积稳定在560万亩以上，确保粮食总产达到65亿斤，玉米单产较去年提高3%。目前，全市已组织农技人员1200余名深入田间地头开展技术指导，发放耕地地力保护补贴3.8亿元。锦州市农业农村局提醒，农户要选购正规渠道的种子化肥，注意保留购货凭证。",
        ],
        figs=[
            F("28.5万吨", "吨", "exact", "actual", "储备化肥"),
            F("1.36万吨", "吨", "exact", "actual", "储备种子"),
            F("312万亩", "亩", "exact", "actual", "完成整地面积"),
            F("76%", "%", "exact", "actual", "整地面积占计划比例"),
            F("560万亩以上", "亩", "at_least", "target", "粮食播种面积"),
            F("65亿斤", "斤", "exact", "target", "粮食总产"),
            F("3%", "%", "exact", "target", "玉米单产", change="increase"),
            F("1200余名", "名", "at_least", "actual", "组织农技人员"),
            F("3.8亿元", "元", "exact", "actual", "发放耕地地力保护补贴"),
        ],
    )
    e = Art(
        titles=["丹东企业开办时间缩短至0.5个工作日"],
        authors=["姜波"], place="丹东", date="2024-04-05",
        paras=[
            "本报丹东4月5日讯（记者 姜波）4月5日，丹东市政务服务中心“一件事一次办”专区正式运行。企业开办时间由原来的3个工作日缩短至0.5个工作日，办事材料压减60%。",
            "据了解，今年丹东将推出高频“一件事”事项30项，力争全市政务服务事项网上可办率达到98%以上，到2025年实现“一网通办”全覆盖。截至3月底，丹东累计为企业和群众办理“一件事”业务1.2万件，平均跑动次数由2.5次减少至0.3次。“以前开公司要跑好几个窗口，现在一个窗口半天就办完了。”刚领到营业执照的企业负责人王先生说。",
        ],
        figs=[
            T("0.5个工作日", "个工作日", "exact", "actual", "企业开办时间"),
            F("3个工作日", "个工作日", "exact", "actual", "原企业开办时间"),
            F("0.5个工作日", "个工作日", "exact", "actual", "企业开办时间"),
            F("60%", "%", "exact", "actual", "办事材料", change="decrease"),
            F("30项", "项", "exact", "target", "推出高频“一件事”事项"),
            F("98%以上", "%", "at_least", "target", "政务服务事项网上可办率"),
            F("1.2万件", "件", "exact", "actual", "累计办理“一件事”业务"),
            F("2.5次", "次", "exact", "actual", "原平均跑动次数"),
            F("0.3次", "次", "exact", "actual", "平均跑动次数"),
        ],
    )
    f = Art(
        titles=["营口港30万吨级原油码头二期开工"],
        authors=["周婷", "陈鹏"], place="营口", date="2024-04-07",
        paras=[
            "本报营口4月7日讯（记者 周婷 通讯员 陈鹏）4月7日，营口港仙人岛港区30万吨级原油码头二期工程开工建设。工程总投资约26亿元，计划工期30个月，建成后港区原油年通过能力将由2000万吨提高到3500万吨。",
            "一季度，营口港完成货物吞吐量6820万吨，同比增长4.3%，其中集装箱吞吐量128.6万标准箱。今年，营口港还将新开通至东南亚的集装箱航线2条。",
        ],
        figs=[
            T("30万吨级", "吨", "exact", "actual", "原油码头泊位等级", optional=True),
            F("30万吨级", "吨", "exact", "actual", "原油码头泊位等级", optional=True),
            F("约26亿元", "元", "about", "actual", "码头二期工程总投资"),
            F("30个月", "个月", "exact", "target", "码头二期工程计划工期"),
            F("2000万吨", "吨", "exact", "actual", "港区原油年通过能力（现）"),
            F("3500万吨", "吨", "exact", "target", "港区原油年通过能力"),
            F("6820万吨", "吨", "exact", "actual", "营口港一季度货物吞吐量"),
            F("4.3%", "%", "exact", "actual", "营口港货物吞吐量", change="increase"),
            F("128.6万标准箱", "标准箱", "exact", "actual", "营口港一季度集装箱吞吐量"),
            F("2条", "条", "exact", "target", "新开通至东南亚集装箱航线"),
        ],
    )
    lines = ["辽宁日报　2024年4月9日　星期二", "第3版　要闻", "", ""]
    for art in (a, b, f, c, d, e):
        lines += title(art.titles[0])
        lines += wrapped(art.paras, 24, "　　")
        lines += ["", ""]
    return "s04_liaoning_briefs_plans_progress", [a, b, f, c, d, e], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# s05: provincial daily (湖南日报 style), hard wraps at ~22 columns, titles above:
# a two-line title with figures (`三年新增就业超10万人`) over a feature without
# dateline (`□ 本报记者 X 通讯员 Y`); a photo caption without title followed by its
# credit line `本报记者 X 摄`; an opinion piece under a column banner with the
# author's name under the title and `（作者系中共新宁县委书记）` after its end


def page_s05():
    a = Art(
        titles=["邵阳打造“家门口”就业圈", "三年新增就业超10万人"],
        headline="邵阳打造“家门口”就业圈 三年新增就业超10万人",
        kind="feature", authors=["曾晓华", "罗毅"], place=None, date=None,
        paras=[
            "清晨7点，邵东市仙槎桥镇的箱包帮扶车间里，缝纫机的嗒嗒声已经响成一片。45岁的车间工人刘桂英一边赶制订单，一边告诉记者，她在这里干了3年，每月能挣4000多元，还能照顾家里的老人和孩子。",
            "2022年以来，邵阳市累计新增城镇就业10.3万人，帮助4.6万名农村劳动力就近就业，城镇调查失业率始终控制在5.5%以内。全市建成就业帮扶车间386个，吸纳就业1.8万人，其中脱贫人口6200余人。邵阳市还建立“就业驿站”218个，把招聘信息、技能培训送到群众身边。",
            "“把车间建在家门口，是我们稳就业的一招。”邵阳市人社局负责人介绍，市里对新建帮扶车间给予最高10万元的一次性补贴，对吸纳脱贫劳动力就业的，按每人每年2000元标准给予奖补。",
            "在隆回县，返乡青年李文斌创办的电子元器件加工厂吸纳了附近5个村的120多名村民就业，人均月收入3500元左右。“在家门口上班，一年能多攒两三万元。”村民罗小芳说。",
            "与此同时，邵阳大力培育“邵阳师傅”等劳务品牌，去年开展职业技能培训5.2万人次，新增技能人才1.3万人，其中高技能人才3100人。2025年，全市计划新增城镇就业3.5万人，力争农村劳动力转移就业稳定在160万人以上。",
        ],
        figs=[
            T("三年", "年", "exact", "actual", "新增就业统计期", optional=True),
            T("10万人", "人", "at_least", "actual", "新增就业"),
            F("45岁", "岁", "exact", "actual", "车间工人年龄", optional=True),
            F("3年", "年", "exact", "actual", "在车间工作年限", optional=True),
            F("4000多元", "元", "at_least", "actual", "车间工人月收入"),
            F("10.3万人", "人", "exact", "actual", "累计新增城镇就业"),
            F("4.6万名", "名", "exact", "actual", "就近就业农村劳动力"),
            F("5.5%以内", "%", "at_most", "actual", "城镇调查失业率"),
            F("386个", "个", "exact", "actual", "就业帮扶车间"),
            F("1.8万人", "人", "exact", "actual", "帮扶车间吸纳就业"),
            F("6200余人", "人", "at_least", "actual", "帮扶车间吸纳脱贫人口就业"),
            F("218个", "个", "exact", "actual", "就业驿站"),
            F("10万元", "元", "at_most", "actual", "新建帮扶车间一次性补贴"),
            F("2000元", "元", "exact", "actual", "吸纳脱贫劳动力就业每人每年奖补"),
            F("5个", "个", "exact", "actual", "加工厂吸纳就业村民所在村"),
            F("120多名", "名", "at_least", "actual", "加工厂吸纳就业村民"),
            F("3500元左右", "元", "about", "actual", "村民人均月收入"),
            F("两三万元", "元", "exact", "actual", "村民一年多攒", value=20000, value_max=30000, optional=True),
            F("5.2万人次", "人次", "exact", "actual", "职业技能培训"),
            F("1.3万人", "人", "exact", "actual", "新增技能人才"),
            F("3100人", "人", "exact", "actual", "新增高技能人才"),
            F("3.5万人", "人", "exact", "target", "新增城镇就业"),
            F("160万人以上", "人", "at_least", "target", "农村劳动力转移就业"),
        ],
    )
    ph = Art(
        titles=[], headline=None, kind="photo", authors=["唐俊"], place=None, date="2025-04-02",
        paras=[
            "4月2日，新宁县崀山镇的农民在油菜花田间追施硼肥。今年，新宁县种植油菜28万亩，预计产油菜籽3.9万吨。眼下，当地正组织农技人员开展油菜菌核病防治。",
        ],
        figs=[
            F("28万亩", "亩", "exact", "actual", "种植油菜"),
            F("3.9万吨", "吨", "exact", "target", "油菜籽产量"),
        ],
    )
    b = Art(
        titles=["以“三个转变”推动县域经济高质量发展"],
        column="县域经济大家谈", kind="opinion", authors=["刘志强"], place=None, date=None,
        paras=[
            "县域强则省域强。新宁县地处湘西南，是典型的山区县、农业县。2022年以来，我们坚持把发展县域经济作为“一号工程”，全县地区生产总值年均增长6.8%，一般公共预算收入由8.6亿元增加到11.2亿元。",
            "推动县域经济高质量发展，关键是实现三个转变。一是从“卖资源”向“卖产品”转变。全县脐橙种植面积达到42万亩，我们引进果品精深加工企业，脐橙加工转化率提高到35%。二是从“引项目”向“建链条”转变。去年新引进亿元以上项目28个，其中产业链配套项目19个。",
            "三是从“保基本”向“优服务”转变。今年，我们将新建改扩建学校12所，新增学位6000个，新增养老床位800张，让群众在家门口享受更好的公共服务。",
            "实践证明，县域经济的活力在于产业。去年，全县规模以上工业企业达到126家，规模以上工业增加值增长9.2%。推动县域经济高质量发展，离不开一支敢干事、能干事的干部队伍。我们深入开展“走找想促”活动，全县干部下沉一线帮助企业解决问题430多个。",
            "县域经济大有可为。我们将以更大力度推动产业转型升级，力争到2027年全县地区生产总值突破300亿元，为建设现代化新湖南贡献新宁力量。",
        ],
        figs=[
            F("6.8%", "%", "exact", "actual", "地区生产总值年均", change="increase"),
            F("8.6亿元", "元", "exact", "actual", "一般公共预算收入（2022年前）"),
            F("11.2亿元", "元", "exact", "actual", "一般公共预算收入"),
            F("42万亩", "亩", "exact", "actual", "脐橙种植面积"),
            F("35%", "%", "exact", "actual", "脐橙加工转化率"),
            F("亿元以上", "元", "at_least", "actual", "新引进项目投资额门槛", value=100000000, optional=True),
            F("28个", "个", "exact", "actual", "新引进亿元以上项目"),
            F("19个", "个", "exact", "actual", "产业链配套项目"),
            F("12所", "所", "exact", "target", "新建改扩建学校"),
            F("6000个", "个", "exact", "target", "新增学位"),
            F("800张", "张", "exact", "target", "新增养老床位"),
            F("126家", "家", "exact", "actual", "规模以上工业企业"),
            F("9.2%", "%", "exact", "actual", "规模以上工业增加值", change="increase"),
            F("430多个", "个", "at_least", "actual", "帮助企业解决问题"),
            F("300亿元", "元", "at_least", "target", "2027年全县地区生产总值"),
        ],
    )
    d = Art(
        titles=["一季度全省交通投资286.5亿元"],
        authors=["彭雅琪", "何亮"], place="长沙", date="2025-04-02",
        paras=[
            "本报长沙4月2日讯（记者 彭雅琪 通讯员 何亮）记者今天从省交通运输厅获悉，一季度全省完成交通固定资产投资286.5亿元，完成年度计划的24.6%，同比增长7.1%。一季度，全省新开工重点交通项目16个，9个项目建成通车。",
            "今年，全省计划新改建农村公路5000公里，力争新增高速公路通车里程300公里以上，到年底高速公路通车总里程突破8000公里。省交通运输厅相关负责人表示，将加快推进在建高速公路项目建设，确保全年完成交通固定资产投资1000亿元以上。",
        ],
        figs=[
            T("286.5亿元", "元", "exact", "actual", "一季度全省交通投资"),
            F("286.5亿元", "元", "exact", "actual", "交通固定资产投资"),
            F("24.6%", "%", "exact", "actual", "完成年度计划比例"),
            F("7.1%", "%", "exact", "actual", "交通固定资产投资", change="increase"),
            F("16个", "个", "exact", "actual", "新开工重点交通项目"),
            F("9个", "个", "exact", "actual", "建成通车项目"),
            F("5000公里", "公里", "exact", "target", "新改建农村公路"),
            F("300公里以上", "公里", "at_least", "target", "新增高速公路通车里程"),
            F("8000公里", "公里", "at_least", "target", "高速公路通车总里程"),
            F("1000亿元以上", "元", "at_least", "target", "全年交通固定资产投资"),
        ],
    )
    lines = ["", ""]
    lines += a.titles + [""]
    lines += ["　　□ 本报记者 曾晓华 通讯员 罗毅", ""]
    lines += wrapped(a.paras, 22, "　　")
    lines += ["", ""]
    lines += wrapped(ph.paras, 22, "　　")
    lines += ["　　本报记者 唐俊 摄", "", ""]
    lines += ["县域经济大家谈", ""]
    lines += title(b.titles[0])
    lines += ["　　刘志强", ""]
    lines += wrapped(b.paras, 22, "　　")
    lines += ["　　（作者系中共新宁县委书记）", "", ""]
    lines += title(d.titles[0])
    lines += wrapped(d.paras, 22, "　　")
    return "s05_hunan_feature_photo_official_signed", [a, ph, b, d], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# s06: county media centre page (寿阳, 山西), GB18030 + CRLF; paragraphs one per line
# with NO blank lines inside an article, blank lines only between articles; titles
# directly above the first paragraph; a page header; datelines `寿阳讯（融媒记者 X）`;
# full-width digits and `％` in some figures, half-width in others


def page_s06():
    a = Art(
        titles=["寿阳今年新建高标准农田５．２万亩"],
        authors=["郭晓峰"], place="寿阳", date="2025-03-26",
        paras=[
            "寿阳讯（融媒记者 郭晓峰）３月２６日，寿阳县召开2025年春耕生产暨高标准农田建设推进会。今年，全县计划粮食播种面积稳定在１２０万亩以上，新建高标准农田５．２万亩，粮食总产力争达到４．８亿斤。",
            "去年，全县粮食总产达到４．６５亿斤，同比增长５．６％，玉米单产突破６００公斤，农业社会化服务面积占比达到62%。",
            "会议要求，各乡镇要在4月10日前完成农资储备和农机检修，确保春播农机具３２００余台套全部到位。今年，全县还将推广玉米大豆带状复合种植３．５万亩，建设千亩以上示范方１０个。",
            "“今年我们合作社托管了１．２万亩地，从种到收全程机械化。”寿阳县兴农合作社理事长李建国说。",
        ],
        figs=[
            T("５．２万亩", "亩", "exact", "target", "新建高标准农田"),
            F("１２０万亩以上", "亩", "at_least", "target", "粮食播种面积"),
            F("５．２万亩", "亩", "exact", "target", "新建高标准农田"),
            F("４．８亿斤", "斤", "exact", "target", "粮食总产"),
            F("４．６５亿斤", "斤", "exact", "actual", "粮食总产"),
            F("５．６％", "%", "exact", "actual", "粮食总产", change="increase"),
            F("６００公斤", "公斤", "at_least", "actual", "玉米单产"),
            F("62%", "%", "exact", "actual", "农业社会化服务面积占比"),
            F("３２００余台套", "台套", "at_least", "target", "春播农机具"),
            F("３．５万亩", "亩", "exact", "target", "推广玉米大豆带状复合种植"),
            F("千亩以上", "亩", "at_least", "target", "示范方规模", value=1000, optional=True),
            F("１０个", "个", "exact", "target", "建设示范方"),
            F("１．２万亩", "亩", "exact", "actual", "合作社托管土地"),
        ],
    )
    d = Art(
        titles=["我县第一批重点项目集中开工"],
        authors=["韩冰"], place="寿阳", date="2025-03-28",
        paras=[
            "寿阳讯 ３月２８日，寿阳县举行2025年第一批重点项目集中开工活动，集中开工项目１８个，总投资３２．６亿元，预计年内完成投资１５．８亿元。",
            "此次开工项目涵盖新能源、新材料、现代农业等领域，其中投资亿元以上项目９个。项目全部建成后，预计可新增就业岗位２１００个。去年，全县共实施重点项目１２６个，完成投资８９．３亿元，完成年度计划的１０６％。县发改局负责人表示，将实行县领导包联重点项目制度，推动项目早投产、早见效。",
        ],
        figs=[
            F("１８个", "个", "exact", "actual", "集中开工项目"),
            F("３２．６亿元", "元", "exact", "actual", "集中开工项目总投资"),
            F("１５．８亿元", "元", "exact", "target", "年内完成投资"),
            F("亿元以上", "元", "at_least", "actual", "开工项目投资额门槛", value=100000000, optional=True),
            F("９个", "个", "exact", "actual", "投资亿元以上项目"),
            F("２１００个", "个", "exact", "target", "新增就业岗位"),
            F("１２６个", "个", "exact", "actual", "实施重点项目"),
            F("８９．３亿元", "元", "exact", "actual", "重点项目完成投资"),
            F("１０６％", "%", "exact", "actual", "完成年度计划比例"),
        ],
    )
    b = Art(
        titles=["寿阳一季度接待游客同比增长１８．３％"],
        authors=["王丽娟", "张宏"], place="寿阳", date="2025-04-01",
        paras=[
            "寿阳讯（融媒记者 王丽娟 通讯员 张宏）记者４月１日从县文化和旅游局获悉，今年一季度，全县接待游客８６．２万人次，同比增长１８．３％；实现旅游收入５．４亿元，同比增长21.7%。",
            "县文旅局负责人介绍，今年将力争全年接待游客突破４００万人次，新增星级农家乐１５家，打造精品旅游线路６条。清明、五一假期，寿阳将推出“游古城·品寿阳”系列活动２０余场。一季度，全县新增星级农家乐3家，“古城夜游”项目接待游客4.6万人次。县文旅局还将联合周边县区推出“晋中古城游”联票，游客持票可游览景区８处。",
        ],
        figs=[
            T("１８．３％", "%", "exact", "actual", "接待游客", change="increase"),
            F("８６．２万人次", "人次", "exact", "actual", "接待游客"),
            F("１８．３％", "%", "exact", "actual", "接待游客", change="increase"),
            F("５．４亿元", "元", "exact", "actual", "旅游收入"),
            F("21.7%", "%", "exact", "actual", "旅游收入", change="increase"),
            F("４００万人次", "人次", "at_least", "target", "全年接待游客"),
            F("１５家", "家", "exact", "target", "新增星级农家乐"),
            F("６条", "条", "exact", "target", "打造精品旅游线路"),
            F("２０余场", "场", "at_least", "target", "推出系列活动"),
            F("3家", "家", "exact", "actual", "一季度新增星级农家乐"),
            F("4.6万人次", "人次", "exact", "actual", "古城夜游项目接待游客"),
            F("８处", "处", "exact", "target", "联票可游览景区"),
        ],
    )
    c = Art(
        titles=["朝阳社区：志愿服务“暖”到家"],
        kind="feature", authors=["李娜"], place=None, date=None,
        paras=[
            "走进寿阳县朝阳街道朝阳社区，志愿者们正忙着为独居老人打扫卫生、测量血压。社区共有居民２３６０户，其中60岁以上老人８２０余人。",
            "近年来，社区组建志愿服务队１２支，注册志愿者８６０余人，推行“居民点单、社区派单、志愿者接单”服务模式。去年，社区累计开展志愿服务活动420余场次，居民满意率达到９８．６％。社区还开设了“老年食堂”，每天为８０余名老人提供午餐，每餐只收５元。社区党委书记张慧敏介绍，今年社区计划新招募志愿者２００名，把服务延伸到每一栋楼。",
            "“有事找志愿者，比找自家孩子还方便。”78岁的居民赵秀兰说。",
        ],
        figs=[
            F("２３６０户", "户", "exact", "actual", "社区居民"),
            F("60岁以上", "岁", "at_least", "actual", "老人年龄界限", optional=True),
            F("８２０余人", "人", "at_least", "actual", "60岁以上老人"),
            F("１２支", "支", "exact", "actual", "志愿服务队"),
            F("８６０余人", "人", "at_least", "actual", "注册志愿者"),
            F("420余场次", "场次", "at_least", "actual", "开展志愿服务活动"),
            F("９８．６％", "%", "exact", "actual", "居民满意率"),
            F("８０余名", "名", "at_least", "actual", "老年食堂每天供餐老人"),
            F("５元", "元", "exact", "actual", "老年食堂每餐收费"),
            F("２００名", "名", "exact", "target", "新招募志愿者"),
            F("78岁", "岁", "exact", "actual", "居民年龄", optional=True),
        ],
    )
    e = Art(
        titles=["县城今年改造老旧供热管网４５公里"],
        authors=["赵鹏"], place="寿阳", date="2025-03-30",
        paras=[
            "寿阳讯（融媒记者 赵鹏）３月３０日，记者从县住建局获悉，今年寿阳将投资１．２６亿元，改造县城老旧供热管网４５公里、老旧小区２６个，惠及居民５８００余户。",
            "去年供暖季，县城集中供热面积达到６８０万平方米，较上个供暖季增加４２万平方米，居民室温普遍保持在18℃以上。",
            "据介绍，改造完成后，管网热损失率将由原来的１８％降低到８％以下，每年可节约标准煤约１．５万吨。县住建局要求，施工单位必须在10月15日供暖前完成全部管网改造任务。",
        ],
        figs=[
            T("４５公里", "公里", "exact", "target", "改造老旧供热管网"),
            F("１．２６亿元", "元", "exact", "target", "供热管网改造投资"),
            F("４５公里", "公里", "exact", "target", "改造老旧供热管网"),
            F("２６个", "个", "exact", "target", "改造老旧小区"),
            F("５８００余户", "户", "at_least", "target", "惠及居民"),
            F("６８０万平方米", "平方米", "exact", "actual", "县城集中供热面积"),
            F("４２万平方米", "平方米", "exact", "actual", "集中供热面积", change="increase"),
            F("18℃以上", "℃", "at_least", "actual", "居民室温"),
            F("１８％", "%", "exact", "actual", "原管网热损失率"),
            F("８％以下", "%", "at_most", "target", "管网热损失率"),
            F("约１．５万吨", "吨", "about", "target", "每年节约标准煤"),
        ],
    )
    f = Art(
        titles=["省级专家每周来寿阳坐诊"],
        authors=["刘芳"], place="寿阳", date="2025-03-31",
        paras=[
            "寿阳讯 ３月３１日，寿阳县人民医院与山西医科大学第二医院签订医联体合作协议。根据协议，省级专家每周到寿阳坐诊不少于２次，力争今年县域内就诊率达到９０％以上。",
            "去年，县人民医院门急诊量达到３２．６万人次，同比增长１２．４％，开展三四级手术１８６０台。医联体建立后，县人民医院将在胸痛、卒中等5个专科与省级医院开展远程会诊。",
        ],
        figs=[
            F("２次", "次", "at_least", "target", "省级专家每周坐诊"),
            F("９０％以上", "%", "at_least", "target", "县域内就诊率"),
            F("３２．６万人次", "人次", "exact", "actual", "县人民医院门急诊量"),
            F("１２．４％", "%", "exact", "actual", "县人民医院门急诊量", change="increase"),
            F("１８６０台", "台", "exact", "actual", "开展三四级手术"),
            F("5个", "个", "exact", "target", "开展远程会诊专科"),
        ],
    )
    lines = ["寿阳新闻　2025年4月2日　星期三　第２版", ""]
    lines += a.titles + [print_text(p) for p in a.paras]
    lines += [""]
    lines += d.titles + [print_text(p) for p in d.paras[:-1]]
    lines += [print_text(d.paras[-1]) + "（融媒记者 韩冰）"]
    lines += [""]
    lines += b.titles + [print_text(p) for p in b.paras]
    lines += [""]
    lines += [""]
    lines += e.titles + [print_text(p) for p in e.paras]
    lines += [""]
    lines += f.titles + [print_text(p) for p in f.paras] + ["（融媒记者 刘芳）"]
    lines += [""]
    lines += c.titles + ["融媒记者 李娜"] + [print_text(p) for p in c.paras]
    return "s06_shouyang_gb18030_crlf_no_blank_lines", [a, d, b, e, f, c], lines, "gb18030", "\r\n"


# ---------------------------------------------------------------------------
# t01: 贵州日报 要闻 page: a running header of the NEXT page image repeated in the
# middle of an article (between the two halves of a sentence cut by a column break),
# a lead dated by the day only, an editors line `本版编辑：…　版式：…` at the end


def at_column_break(lines, extra):
    """Put page furniture into the blank line that a column break (¦) left."""
    i = lines.index("")
    return lines[:i] + ["", ""] + extra + ["", ""] + lines[i + 1:]


def page_t01():
    header = "贵州日报　2024年4月12日　星期五　要闻"
    a = Art(
        titles=["全省“四化”重点项目一季度完成投资386亿元"],
        authors=["王芳", "杨帆"], place="贵阳", date="2024-04-11",
        paras=[
            "本报贵阳讯（记者 王芳 通讯员 杨帆）4月11日，记者从省发展改革委获悉，今年一季度，全省新型工业化、新型城镇化、农业现代化、旅游产业化“四化”重点项目完成投资386亿元，同比增长9.6%，完成年度计划的24.3%。",
            "今年，我省共安排“四化”重点项目500个，年度计划投资1580亿元。其中，新型工业化项目236个，计划投资820亿元；新型城镇化项目142个，计划投资460亿元；农业现代化和旅游产业化项目122个，计划投资300亿元。",
            "从进度看，一季度全省“四化”重点项目开工率达到87%，较去年同期提高6.2个百分点。在黔南州，总投资52亿元的磷化工新材料产业园项目已完成主体厂房建设，预计今年8月投产；在遵义市，一批城市更新¦项目加快推进，累计改造老旧小区164个，惠及居民3.2万户。",
            "省发展改革委有关负责人表示，下一步将建立重点项目“红黄绿”调度机制，对进度滞后项目实行挂牌督办，确保全年完成投资1580亿元以上，力争带动社会投资超过2000亿元。",
        ],
        figs=[
            T("386亿元", "元", "exact", "actual", "四化重点项目一季度完成投资"),
            F("386亿元", "元", "exact", "actual", "四化重点项目一季度完成投资"),
            F("9.6%", "%", "exact", "actual", "四化重点项目完成投资", change="increase"),
            F("24.3%", "%", "exact", "actual", "完成年度计划比例"),
            F("500个", "个", "exact", "actual", "安排四化重点项目"),
            F("1580亿元", "元", "exact", "target", "年度计划投资"),
            F("236个", "个", "exact", "actual", "新型工业化项目"),
            F("820亿元", "元", "exact", "target", "新型工业化项目计划投资"),
            F("142个", "个", "exact", "actual", "新型城镇化项目"),
            F("460亿元", "元", "exact", "target", "新型城镇化项目计划投资"),
            F("122个", "个", "exact", "actual", "农业现代化和旅游产业化项目"),
            F("300亿元", "元", "exact", "target", "农业现代化和旅游产业化项目计划投资"),
            F("87%", "%", "exact", "actual", "一季度重点项目开工率"),
            F("6.2个百分点", "百分点", "exact", "actual", "重点项目开工率", change="increase"),
            F("52亿元", "元", "exact", "actual", "磷化工新材料产业园项目总投资"),
            F("164个", "个", "exact", "actual", "累计改造老旧小区"),
            F("3.2万户", "户", "exact", "actual", "老旧小区改造惠及居民"),
            F("1580亿元以上", "元", "at_least", "target", "全年完成投资"),
            F("超过2000亿元", "元", "at_least", "target", "带动社会投资"),
        ],
    )
    b = Art(
        titles=["湄潭茶青市场日交易量突破80万斤"],
        authors=["赵倩"], place=None, date="2024-04-10",
        paras=[
            "本报讯（记者 赵倩）10日，在湄潭县永兴镇茶青交易市场，来自周边乡镇的茶农背着刚采摘的鲜叶排起长队。当天，市场茶青交易量突破80万斤，交易额达1200余万元。",
            "“今年开春气温回升快，芽头长得好，一斤独芽能卖到60元左右。”茶农冯德贵一边过秤一边说，他家种了12亩茶园，预计今年春茶收入能超过8万元。",
            "湄潭县现有茶园面积60万亩，去年茶叶产量8.6万吨、产值达到72.3亿元。今年，该县计划新建标准化茶叶加工厂15个，力争茶产业综合产值突破300亿元。",
            "为保障春茶采摘，湄潭县组织采茶工培训班36期，培训采茶工5200余人次，并在各茶区设置茶青收购点128个，让茶农“就近卖、当天结”。",
        ],
        figs=[
            T("80万斤", "斤", "at_least", "actual", "茶青市场日交易量"),
            F("80万斤", "斤", "at_least", "actual", "茶青交易量"),
            F("1200余万元", "元", "at_least", "actual", "茶青交易额"),
            F("60元左右", "元", "about", "actual", "独芽每斤价格"),
            F("12亩", "亩", "exact", "actual", "茶农家茶园"),
            F("超过8万元", "元", "at_least", "target", "预计春茶收入"),
            F("60万亩", "亩", "exact", "actual", "茶园面积"),
            F("8.6万吨", "吨", "exact", "actual", "茶叶产量"),
            F("72.3亿元", "元", "exact", "actual", "茶叶产值"),
            F("15个", "个", "exact", "target", "新建标准化茶叶加工厂"),
            F("300亿元", "元", "at_least", "target", "茶产业综合产值"),
            F("36期", "期", "exact", "actual", "组织采茶工培训班"),
            F("5200余人次", "人次", "at_least", "actual", "培训采茶工"),
            F("128个", "个", "exact", "actual", "设置茶青收购点"),
        ],
    )
    c = Art(
        titles=["贵阳至黄平高速公路全线贯通"],
        authors=["陈晨", "吴雪"], place=None, date="2024-04-11",
        paras=[
            "本报讯（记者 陈晨 实习生 吴雪）4月11日，贵阳至黄平高速公路最后一座特大桥顺利合龙，标志着这条高速公路全线贯通。项目全长128公里，总投资186亿元，设计时速100公里。",
            "项目建成通车后，贵阳至黄平的车程将由现在的2.5小时缩短至1小时左右，沿线23万人出行将更加便捷。据了解，项目建设高峰期投入施工人员4600余人，带动沿线群众务工就业1800余人。",
            "省公路建设部门表示，该项目计划于今年6月底前建成通车。",
            "目前，我省高速公路通车里程已达8784公里，县县通高速的优势进一步巩固。今年全省计划新开工高速公路项目5个，续建项目17个。",
        ],
        figs=[
            F("128公里", "公里", "exact", "actual", "项目全长"),
            F("186亿元", "元", "exact", "actual", "项目总投资"),
            F("100公里", "公里", "exact", "actual", "设计时速"),
            F("2.5小时", "小时", "exact", "actual", "贵阳至黄平现车程"),
            F("1小时左右", "小时", "about", "target", "通车后贵阳至黄平车程"),
            F("23万人", "人", "exact", "target", "出行受益沿线群众"),
            F("4600余人", "人", "at_least", "actual", "高峰期施工人员"),
            F("1800余人", "人", "at_least", "actual", "带动沿线群众务工就业"),
            F("8784公里", "公里", "exact", "actual", "高速公路通车里程"),
            F("5个", "个", "exact", "target", "新开工高速公路项目"),
            F("17个", "个", "exact", "target", "续建高速公路项目"),
        ],
    )
    d = Art(
        titles=["黔东南州新增4个省级森林康养基地"],
        authors=["潘红", "杨光明"], place="凯里", date="2024-04-09",
        paras=[
            "本报凯里讯（记者 潘红 通讯员 杨光明）4月9日，记者从黔东南州林业局获悉，该州雷公山、云台山等4个基地新近入选省级森林康养基地，全州省级以上森林康养基地总数达到21个。",
            "黔东南州森林覆盖率达到68.9%，发展森林康养具有得天独厚的条件。去年，全州森林康养基地共接待游客312万人次，实现综合收入26.5亿元，带动周边4800余户群众增收。",
            "“夏天来这里避暑的游客特别多，我家的民宿6月份的房间已经订满了。”雷山县西江镇民宿经营户杨秀英说。州林业局负责人介绍，今年全州将新建森林步道120公里，力争森林康养年接待游客突破350万人次。",
            "下一步，黔东南州将把森林康养与民族文化、乡村旅游结合起来，推出一批森林康养精品线路，让绿水青山更好地转化为金山银山。",
        ],
        figs=[
            T("4个", "个", "exact", "actual", "新增省级森林康养基地"),
            F("4个", "个", "exact", "actual", "新入选省级森林康养基地"),
            F("21个", "个", "exact", "actual", "省级以上森林康养基地总数"),
            F("68.9%", "%", "exact", "actual", "森林覆盖率"),
            F("312万人次", "人次", "exact", "actual", "森林康养基地接待游客"),
            F("26.5亿元", "元", "exact", "actual", "森林康养综合收入"),
            F("4800余户", "户", "at_least", "actual", "带动增收群众"),
            F("120公里", "公里", "exact", "target", "新建森林步道"),
            F("350万人次", "人次", "at_least", "target", "森林康养年接待游客"),
        ],
    )
    lines = [header, "", ""]
    lines += title(a.titles[0])
    lines += at_column_break(wrapped(a.paras, 22, "　　"), [header])
    lines += [""]
    lines += title(b.titles[0])
    lines += wrapped(b.paras, 22, "　　")
    lines += [""]
    lines += title(c.titles[0])
    lines += wrapped(c.paras, 22, "　　")
    lines += [""]
    lines += title(d.titles[0])
    lines += wrapped(d.paras, 22, "　　")
    lines += ["", "", "本版编辑：张婷　版式：李冬"]
    return "t01_guizhou_running_header_midtext", [a, b, c, d], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# t02: 吉林日报, hard wraps at ~20: title lines letter-spaced by the PDF tool
# (`全 省 春 耕 …`, digits too), justification spaces in bylines, datelines and
# credits (`本 报 讯`, `□ 本 报 记 者  王 芳  孙 磊`, `（记 者  刘 洋）`)


def spaced(s):
    return " ".join(s.replace(" ", ""))


def page_t02():
    a = Art(
        titles=["全省春耕生产全面铺开", "已备化肥210万吨"],
        headline="全省春耕生产全面铺开 已备化肥210万吨",
        authors=["王芳", "孙磊"], place=None, date="2024-04-08",
        paras=[
            "⟨本报讯⟩ 4月8日，记者从省农业农村厅获悉，全省春耕生产由南向北全面铺开。截至目前，全省已备春耕化肥210万吨、种子11.6万吨，分别占需求量的95%和98%以上。",
            "今年，我省粮食播种面积稳定在9000万亩以上，其中玉米面积6500万亩左右。省农业农村厅组织1200名农技人员深入田间地头，开展“千名专家进万村”技术服务活动。",
            "在梨树县，农机合作社正在检修农机具。“我们合作社今年托管土地3.5万亩，新添了8台大马力拖拉机。”合作社负责人张国庆说。",
            "省农业农村厅有关负责人介绍，今年我省继续实施黑土地保护工程，推广秸秆覆盖还田、深松整地等技术，推动粮食生产稳产增产。",
            "据介绍，今年全省将新建高标准农田420万亩，保护性耕作面积力争达到4000万亩，农作物耕种收综合机械化率达到94%。",
            "针对春季低温天气，省气象部门加密发布农业气象服务信息，提醒农民适时抢墒播种。",
        ],
        figs=[
            T("210万吨", "吨", "exact", "actual", "已备春耕化肥"),
            F("210万吨", "吨", "exact", "actual", "已备春耕化肥"),
            F("11.6万吨", "吨", "exact", "actual", "已备种子"),
            F("95%", "%", "exact", "actual", "化肥占需求量比例"),
            F("98%以上", "%", "at_least", "actual", "种子占需求量比例"),
            F("9000万亩以上", "亩", "at_least", "target", "粮食播种面积"),
            F("6500万亩左右", "亩", "about", "target", "玉米面积"),
            F("1200名", "名", "exact", "actual", "组织农技人员"),
            F("3.5万亩", "亩", "exact", "actual", "合作社托管土地"),
            F("8台", "台", "exact", "actual", "新添大马力拖拉机"),
            F("420万亩", "亩", "exact", "target", "新建高标准农田"),
            F("4000万亩", "亩", "exact", "target", "保护性耕作面积"),
            F("94%", "%", "exact", "target", "农作物耕种收综合机械化率"),
        ],
    )
    b = Art(
        titles=["长春新区一季度新签约项目42个"],
        authors=["孙磊"], place="长春", date="2024-04-08",
        paras=[
            "⟨本报长春4月8日讯（记者⟩  ⟨孙磊）⟩8日，长春新区举行一季度重点项目集中签约活动，现场签约项目42个，总投资326亿元，涉及光电信息、生物医药、新能源汽车零部件等领域。",
            "一季度，长春新区地区生产总值同比增长7.8%，规上工业增加值同比增长11.2%。新区今年将围绕“四大集群”开展精准招商，力争全年引进超亿元项目100个以上。",
            "签约仪式后，新区还举行了政银企对接会，8家银行与32家企业达成授信意向，授信金额达58亿元，重点支持科技型中小企业发展。",
        ],
        figs=[
            T("42个", "个", "exact", "actual", "新签约项目"),
            F("42个", "个", "exact", "actual", "现场签约项目"),
            F("326亿元", "元", "exact", "actual", "签约项目总投资"),
            F("7.8%", "%", "exact", "actual", "地区生产总值", change="increase"),
            F("11.2%", "%", "exact", "actual", "规上工业增加值", change="increase"),
            F("超亿元", "元", "at_least", "target", "引进项目投资额门槛", value=100000000, optional=True),
            F("100个以上", "个", "at_least", "target", "引进超亿元项目"),
            F("8家", "家", "exact", "actual", "达成授信意向银行"),
            F("32家", "家", "exact", "actual", "达成授信意向企业"),
            F("58亿元", "元", "exact", "actual", "授信金额"),
        ],
    )
    c = Art(
        titles=["延边新开通12条城乡公交线路"],
        authors=["刘洋"], place=None, date="2024-04-07",
        paras=[
            "本报讯 4月7日，延边州新开通的12条城乡公交线路正式运营，覆盖沿线86个行政村，惠及村民4.3万人。",
            "“以前进城要走3公里到公路边等车，现在公交车开到了家门口，票价只要2元。”龙井市东盛涌镇村民金顺姬说。据悉，到今年底，延边州将实现具备条件的建制村通客车率100%。",
            "为方便群众出行，延边州还在沿线设置候车亭210个，开通“预约公交”服务，村民可通过电话或微信小程序提前预约乘车。去年，全州城乡公交累计运送乘客1860万人次。",
            "州交通运输局负责人表示，下一步将继续优化城乡公交线网布局，推动客运、货运、邮政快递融合发展，让农村群众出行更方便、寄递更快捷。",
        ],
        figs=[
            T("12条", "条", "exact", "actual", "新开通城乡公交线路"),
            F("12条", "条", "exact", "actual", "新开通城乡公交线路"),
            F("86个", "个", "exact", "actual", "覆盖行政村"),
            F("4.3万人", "人", "exact", "actual", "惠及村民"),
            F("3公里", "公里", "exact", "actual", "原到公路边等车距离"),
            F("2元", "元", "exact", "actual", "公交票价"),
            F("100%", "%", "exact", "target", "建制村通客车率"),
            F("210个", "个", "exact", "actual", "设置候车亭"),
            F("1860万人次", "人次", "exact", "actual", "城乡公交累计运送乘客"),
        ],
    )
    d = Art(
        titles=["查干湖畔的“春捕人”"],
        kind="feature", authors=["李雪"], place=None, date=None,
        paras=[
            "清晨5点，查干湖面上的薄雾还没散尽，渔工们已经驾着渔船出发了。“开江以后的胖头鱼最肥，一网下去能有好几千斤。”今年58岁的老渔把头刘长贵站在船头，一边指挥收网一边说。",
            "刘长贵在查干湖打了30多年鱼，从冬捕到春捕，见证了湖区的变化。“过去靠人拉马拽，现在用上了机械绞盘，一天能多收两网。”他说，这几年湖区实行“人放天养”，严格控制捕捞量，鱼越来越大，价格也越来越好。",
            "据介绍，今年查干湖春捕计划捕捞鲜鱼800吨左右，比去年增加约10%。湖区还推出了“春捕体验游”，游客可以跟着渔工出湖，亲手拉网收鱼。",
            "太阳升高了，满载的渔船陆续靠岸。岸边早已等候着收鱼的商贩和游客，刚出水的鲜鱼活蹦乱跳，很快就被抢购一空。刘长贵擦了擦脸上的汗水，笑着说：“守着这片湖，日子越过越有奔头。”",
        ],
        figs=[
            F("58岁", "岁", "exact", "actual", "渔把头年龄", optional=True),
            F("30多年", "年", "at_least", "actual", "打鱼年限", optional=True),
            F("两网", "网", "exact", "actual", "机械绞盘每天多收", optional=True),
            F("800吨左右", "吨", "about", "target", "春捕计划捕捞鲜鱼"),
            F("约10%", "%", "about", "target", "春捕捕捞量", change="increase"),
        ],
    )
    lines = ["吉林日报　2024年4月9日　星期二", "第2版　要闻", "", ""]
    lines += [spaced(t) for t in a.titles] + [""]
    lines += ["  □ 本 报 记 者  王 芳  孙 磊", ""]
    lines += wrapped(a.paras, 20, "  ")
    lines += ["", ""]
    lines += [spaced(b.titles[0]), ""]
    lines += wrapped(b.paras, 20, "  ")
    lines += ["", ""]
    lines += [spaced(c.titles[0]), ""]
    lines += wrapped(c.paras, 20, "  ")
    lines += ["  （记 者  刘 洋）", "", ""]
    lines += [spaced(d.titles[0]), ""]
    lines += ["  □ 记 者  李 雪", ""]
    lines += wrapped(d.paras, 20, "  ")
    return "t02_jilin_spaced_titles_bylines", [a, b, c, d], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# t03: 宁夏日报 理论版: long signed article (`□ 马文杰` under the title), numbered
# intertitles `一、…`, quotations in “” and 「」, footnote references `[1]` and a
# `注释：` list, `（作者单位：…）` at the end; a second signed piece under a column
# banner with `（作者系…）`; an unsigned `编辑手记` with a call for contributions


def page_t03():
    a = Art(
        titles=["以新质生产力塑造发展新优势"],
        kind="opinion", authors=["马文杰"], place=None, date=None,
        paras=[
            "发展新质生产力是推动高质量发展的内在要求和重要着力点。习近平总书记强调：“新质生产力是创新起主导作用，摆脱传统经济增长方式、生产力发展路径，具有高科技、高效能、高质量特征，符合新发展理念的先进生产力质态。”[1]对于欠发达地区而言，如何把握新质生产力的科学内涵，因地制宜推动传统产业转型升级、培育壮大新兴产业，是一道必须答好的时代课题。",
            "一、深刻把握新质生产力的科学内涵",
            "新质生产力的“新”，在于以科技创新推动产业创新；“质”，在于以高质量供给引领和创造新需求。马克思在《资本论》中指出，「劳动生产力是由多种情况决定的」，其中包括「科学的发展水平和它在工艺上应用的程度」。[2]这一论断揭示了科学技术在生产力发展中的决定性作用。",
            "需要注意的是，发展新质生产力不是忽视、放弃传统产业，而是要用新技术改造提升传统产业，积极促进产业高端化、智能化、绿色化，防止一哄而上、泡沫化，也不要搞一种模式。",
            "二、立足区情找准发力点",
            "宁夏是能源资源富集地区，也是国家新能源综合示范区。截至2023年底，全区新能源装机容量达到3600万千瓦，占电力总装机的50%以上，新能源利用率保持在97%以上。这为发展绿电制氢、储能、算力等新兴产业提供了坚实基础。",
            "近年来，“东数西算”工程宁夏枢纽节点加快建设，中卫数据中心集群标准机架规模已超过8万架。[3]同时也要看到，全区研发投入强度为1.57%，低于全国平均水平1.08个百分点，科技创新能力不足仍是制约发展的突出短板。",
            "三、以深化改革打通堵点卡点",
            "发展新质生产力，必须进一步全面深化改革，形成与之相适应的新型生产关系。要着力打通束缚新质生产力发展的堵点卡点，创新生产要素配置方式，让各类先进优质生产要素向发展新质生产力顺畅流动。",
            "要健全以企业为主体的科技创新体系，力争到2027年全区高新技术企业数量达到1000家以上，研发经费投入年均增长15%左右。同时，要畅通教育、科技、人才的良性循环，完善人才“引育留用”机制，营造「近者悦、远者来」的良好环境。",
            "注释：",
            "[1]《加快发展新质生产力 扎实推进高质量发展》，《人民日报》2024年2月2日。",
            "[2]《马克思恩格斯文集》第5卷，人民出版社2009年版，第53页。",
            "[3]宁夏回族自治区统计局：《2023年宁夏回族自治区国民经济和社会发展统计公报》。",
        ],
        figs=[
            F("3600万千瓦", "千瓦", "exact", "actual", "新能源装机容量"),
            F("50%以上", "%", "at_least", "actual", "新能源装机占电力总装机比例"),
            F("97%以上", "%", "at_least", "actual", "新能源利用率"),
            F("超过8万架", "架", "at_least", "actual", "数据中心集群标准机架规模"),
            F("1.57%", "%", "exact", "actual", "研发投入强度"),
            F("1.08个百分点", "百分点", "exact", "actual", "研发投入强度低于全国平均水平"),
            F("1000家以上", "家", "at_least", "target", "高新技术企业数量"),
            F("15%左右", "%", "about", "target", "研发经费投入年均增长", change="increase"),
        ],
    )
    b = Art(
        titles=["在守正创新中彰显理论力量"],
        column="学思践悟", kind="opinion", authors=["杨柳"], place=None, date=None,
        paras=[
            "理论的生命力在于创新。党的十八大以来，我们党以一系列原创性理论成果推动马克思主义中国化时代化不断取得新的飞跃，为新时代各项事业发展提供了科学指引。",
            "守正才能不迷失方向，创新才能把握时代。学习理论，既要读原著、学原文、悟原理，也要坚持问题导向，在回答实践之问中深化认识。唯有如此，理论学习才能真正转化为推动工作的实际成效。",
            "“纸上得来终觉浅，绝知此事要躬行。”党员干部要把学习成果转化为谋划工作的思路、推动发展的举措，在解决群众急难愁盼问题中检验学习成效。",
        ],
    )
    c = Art(
        titles=[], headline=None, column="编辑手记", kind="notice", authors=[], place=None,
        date=None,
        paras=[
            "新质生产力是当前理论界和实践界共同关注的热点。本期刊发的文章，从科学内涵、区情实际和改革路径三个层面进行了阐释，希望能为读者深入学习思考提供有益参考。欢迎广大读者围绕“发展新质生产力”踊跃来稿，来稿请注明作者单位和联系方式，字数以3000字以内为宜。来稿一经采用，即付稿酬。",
        ],
        figs=[
            F("三个", "个", "exact", "actual", "阐释层面", optional=True),
            F("3000字以内", "字", "at_most", "target", "来稿字数", optional=True),
        ],
    )
    lines = ["宁夏日报　2024年5月20日　星期一", "第7版　理论", "", ""]
    lines += title(a.titles[0])
    lines += ["□ 马文杰", ""]
    lines += longlines(a.paras)
    lines += ["（作者单位：宁夏大学马克思主义学院）", "", ""]
    lines += title("学思践悟")
    lines += title(b.titles[0])
    lines += ["□ 杨 柳", ""]
    lines += longlines(b.paras)
    lines += ["（作者系中共宁夏区委党校哲学教研部教授）", "", ""]
    lines += ["■ 编辑手记", ""]
    lines += longlines(c.paras)
    lines += ["", "本版编辑：马蕾　投稿邮箱：nxrbllzk@126.com"]
    return "t03_ningxia_theory_page", [a, b, c], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# t04: 天津日报 区域 page, hard wraps at ~19: the first article has its title ABOVE,
# the others BELOW their bodies; three title lines stand together between two bodies
# (two for the 武清 article, one for the wire story); a 新华社 wire story ends with
# the end mark `（完）` (not text)


def page_t04():
    a = Art(
        titles=["滨海新区一季度新登记市场主体1.2万户"],
        authors=["刘佳", "王静"], place=None, date="2024-04-15",
        paras=[
            "本报讯 4月15日，记者从滨海新区市场监管局获悉，一季度，新区新登记各类市场主体1.2万户，同比增长13.6%，其中新登记企业5800余户。截至3月底，新区实有市场主体达到46.8万户。",
            "为优化营商环境，滨海新区今年推出“证照联办”改革，企业开办时间压缩至1个工作日以内，全程网办率达到96%。",
            "新区市场监管局负责人表示，今年将力争新增市场主体5万户以上，培育“专精特新”中小企业120家，推动更多企业在新区扎根成长、做大做强。",
            "与此同时，新区还将持续开展“个转企”服务，引导有条件的个体工商户转型升级为企业，进一步激发市场主体活力。",
        ],
        figs=[
            T("1.2万户", "户", "exact", "actual", "新登记市场主体"),
            F("1.2万户", "户", "exact", "actual", "新登记市场主体"),
            F("13.6%", "%", "exact", "actual", "新登记市场主体", change="increase"),
            F("5800余户", "户", "at_least", "actual", "新登记企业"),
            F("46.8万户", "户", "exact", "actual", "实有市场主体"),
            F("1个工作日以内", "个工作日", "at_most", "actual", "企业开办时间"),
            F("96%", "%", "exact", "actual", "全程网办率"),
            F("5万户以上", "户", "at_least", "target", "新增市场主体"),
            F("120家", "家", "exact", "target", "培育专精特新中小企业"),
        ],
    )
    b = Art(
        titles=["武清区“春风行动”专场招聘会举行", "210家企业提供岗位6300余个"],
        # An event line over a figures line: kicker and headline, as in seed 004.
        headline="210家企业提供岗位6300余个",
        authors=["张雯"], place="武清", date="2024-04-14",
        paras=[
            "本报武清讯 4月14日，武清区“春风行动”暨民营企业专场招聘会在区人力资源市场举行，210家企业提供岗位6300余个，吸引求职者8000余人次进场，初步达成就业意向2100余人。",
            "“我学的是电气自动化，今天有3家企业给我发了面试通知。”应届毕业生李浩说。据介绍，今年以来武清区已累计举办各类招聘活动45场，帮助1.6万人实现就业。",
            "招聘会现场还设置了政策咨询、技能培训报名等服务台，为求职者提供“一站式”服务。武清区人社局负责人表示，今年全区将开展职业技能培训1.2万人次。",
        ],
        figs=[
            T("210家", "家", "exact", "actual", "参加招聘会企业"),
            T("6300余个", "个", "at_least", "actual", "招聘会提供岗位"),
            F("210家", "家", "exact", "actual", "参加招聘会企业"),
            F("6300余个", "个", "at_least", "actual", "招聘会提供岗位"),
            F("8000余人次", "人次", "at_least", "actual", "进场求职者"),
            F("2100余人", "人", "at_least", "actual", "初步达成就业意向"),
            F("3家", "家", "exact", "actual", "发面试通知企业"),
            F("45场", "场", "exact", "actual", "累计举办招聘活动"),
            F("1.6万人", "人", "exact", "actual", "帮助实现就业"),
            F("1.2万人次", "人次", "exact", "target", "开展职业技能培训"),
        ],
    )
    c = Art(
        titles=["天津港一季度集装箱吞吐量同比增长8.5%"],
        authors=["周然"], place="天津", date="2024-04-15",
        paras=[
            "新华社天津4月15日电（记者 周然）记者15日从天津港集团获悉，今年一季度，天津港完成集装箱吞吐量548万标准箱，同比增长8.5%，增速位居全国沿海主要港口前列。",
            "一季度，天津港新开通集装箱航线6条，航线总数达到145条。天津港集团有关负责人表示，今年将加快推进北疆港区C段智能化集装箱码头建设，力争全年集装箱吞吐量突破2300万标准箱。",
            "据介绍，天津港正加快建设世界一流智慧港口、绿色港口，持续提升港口综合服务能力，更好服务京津冀协同发展和共建“一带一路”。",
        ],
        figs=[
            T("8.5%", "%", "exact", "actual", "集装箱吞吐量", change="increase"),
            F("548万标准箱", "标准箱", "exact", "actual", "一季度集装箱吞吐量"),
            F("8.5%", "%", "exact", "actual", "集装箱吞吐量", change="increase"),
            F("6条", "条", "exact", "actual", "新开通集装箱航线"),
            F("145条", "条", "exact", "actual", "航线总数"),
            F("2300万标准箱", "标准箱", "at_least", "target", "全年集装箱吞吐量"),
        ],
    )
    d = Art(
        titles=["宝坻小站稻育秧工作全面启动"],
        authors=["孙悦", "郑凯"], place="宝坻", date="2024-04-12",
        paras=[
            "本报宝坻讯 4月12日，宝坻区2024年小站稻育秧工作全面启动。今年，全区计划种植小站稻32万亩，比去年增加1.5万亩，建设集中育秧工厂28个。",
            "在八门城镇的育秧工厂里，自动化播种流水线每小时可播种秧盘800盘。“用上流水线，育秧效率比人工提高了10倍。”种植大户马振江说。",
            "据了解，宝坻区今年还将推广稻蟹混养模式5万亩，每亩可增收600元左右。",
        ],
        figs=[
            F("32万亩", "亩", "exact", "target", "计划种植小站稻"),
            F("1.5万亩", "亩", "exact", "target", "小站稻种植面积", change="increase"),
            F("28个", "个", "exact", "target", "建设集中育秧工厂"),
            F("800盘", "盘", "exact", "actual", "流水线每小时播种秧盘"),
            F("10倍", "倍", "exact", "actual", "育秧效率", change="increase"),
            F("5万亩", "亩", "exact", "target", "推广稻蟹混养"),
            F("600元左右", "元", "about", "target", "稻蟹混养每亩增收"),
        ],
    )
    e = Art(
        titles=["蓟州区“农文旅”融合带旺乡村游"],
        kind="feature", authors=["高洁"], place=None, date=None,
        paras=[
            "春日的蓟州区下营镇，山花烂漫，游人如织。常州村的农家院门前停满了外地车辆，不少游客专程从北京赶来踏青赏花、品尝农家菜。",
            "近年来，蓟州区以“农文旅”融合为抓手，打造了一批特色民宿和乡村旅游精品线路。目前，全区共有农家院和民宿1800余家，其中精品民宿156家。去年，全区乡村旅游接待游客1260万人次，实现旅游收入58.3亿元。",
            "“一到周末，20间客房全部订满。”常州村民宿经营者于凤芹说，她家去年的经营收入超过40万元。",
            "为提升乡村旅游品质，蓟州区今年将继续完善乡村道路、停车场、旅游厕所等配套设施，引导农家院向精品民宿转型，推动乡村旅游从“观光游”向“休闲度假游”升级，让游客留下来、住下来。",
        ],
        figs=[
            F("1800余家", "家", "at_least", "actual", "农家院和民宿"),
            F("156家", "家", "exact", "actual", "精品民宿"),
            F("1260万人次", "人次", "exact", "actual", "乡村旅游接待游客"),
            F("58.3亿元", "元", "exact", "actual", "乡村旅游收入"),
            F("20间", "间", "exact", "actual", "民宿客房"),
            F("超过40万元", "元", "at_least", "actual", "民宿经营收入"),
        ],
    )
    lines = ["天津日报　2024年4月16日　星期二", "第5版　区域", "", ""]
    lines += title(a.titles[0])
    lines += ["  □记者 刘佳 通讯员 王静 报道"]
    lines += wrapped(a.paras, 19, "  ")
    lines += [""]
    lines += ["  □记者 张雯 报道"]
    lines += wrapped(b.paras, 19, "  ")
    lines += [""]
    printed = c.paras[:-1] + [c.paras[-1] + "（完）"]
    lines += wrapped(printed, 19, "  ")
    lines += [""]
    lines += title(b.titles[0], b.titles[1], c.titles[0])
    lines += ["  □记者 孙悦 通讯员 郑凯 报道"]
    lines += wrapped(d.paras, 19, "  ")
    lines += [""]
    lines += title(d.titles[0])
    lines += wrapped(e.paras, 19, "  ")
    lines += ["  （记者 高洁）", ""]
    lines += title(e.titles[0])
    return "t04_tianjin_mixed_titles_wire_end_mark", [a, b, c, d, e], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# t05: 西宁晚报 社会新闻 page (A2), hard wraps at ~18: short items, plain byline
# lines `晚报记者 X 实习生 Y` and `本报记者 X 文/图`, residents' quotes, an item
# continued `（下转A3版）`, a `■链接` box and a `相关新闻` box, a lead dated `昨天`


def page_t05():
    a = Art(
        titles=["电梯停运15天 高层住户犯了难"],
        authors=["马晓燕", "李想"], place=None, date="2024-06-03",
        paras=[
            "本报讯 “我家住18楼，老伴腿脚不好，这些天基本没下过楼。”6月3日，家住城西区海湖路某小区的市民王女士向本报反映，小区3号楼的两部电梯自5月19日起停运，至今已有15天。",
            "记者在现场看到，3号楼共有26层、住户150余户，两部电梯门口都贴着“设备维修，暂停使用”的告示。住在21楼的李大爷今年72岁，他说：“上一趟楼要歇好几回，买菜都得等孩子下班。”",
            "对此，小区物业公司负责人解释，电梯主板老化需要更换，配件从外地厂家订购，{下转A3版}",
        ],
        figs=[
            T("15天", "天", "exact", "actual", "电梯停运时长"),
            F("两部", "部", "exact", "actual", "停运电梯", optional=True),
            F("15天", "天", "exact", "actual", "电梯停运时长"),
            F("26层", "层", "exact", "actual", "3号楼楼层数"),
            F("150余户", "户", "at_least", "actual", "3号楼住户"),
            F("两部", "部", "exact", "actual", "贴告示的电梯", optional=True),
            F("72岁", "岁", "exact", "actual", "居民年龄", optional=True),
        ],
    )
    link = Art(
        titles=["电梯停运 这些规定要知道"],
        column="链接", kind="feature", authors=[], place=None, date=None,
        paras=[
            "根据《西宁市电梯安全管理办法》，电梯因故障停运超过72小时的，使用单位应当在电梯出入口显著位置公告停运原因和预计恢复时间；住宅电梯需要更换主要部件的，可按规定申请使用专项维修资金。市民如遇电梯长期停运，可拨打12345热线反映。",
        ],
        figs=[
            F("超过72小时", "小时", "at_least", "actual", "须公告的电梯停运时长", optional=True),
        ],
    )
    b = Art(
        titles=["“爱心冰柜”进社区 户外劳动者有了“解暑站”"],
        authors=["韩雪"], place=None, date="2024-06-03",
        paras=[
            "本报讯 6月3日中午，气温升至29℃，城东区东关大街的“爱心冰柜”前，环卫工人张师傅取出一瓶矿泉水一饮而尽。“天一热，干一会儿活就满头大汗，有了这个冰柜，随时能喝上凉水。”",
            "据了解，城东区今年在辖区主次干道沿线设置“爱心冰柜”12台，每天由志愿者补充矿泉水、绿豆汤等饮品，预计整个夏季可服务环卫工人、快递小哥等户外劳动者3万人次。",
            "“我们店每天拿出50瓶水放进冰柜，也算尽一份心。”冰柜旁一家便利店的店主马女士说。",
            "城东区总工会有关负责人表示，除了“爱心冰柜”，辖区内的工会驿站也将延长开放时间，为户外劳动者提供防暑药品和休息场所。",
        ],
        figs=[
            F("29℃", "℃", "exact", "actual", "当日气温"),
            F("12台", "台", "exact", "actual", "设置爱心冰柜"),
            F("3万人次", "人次", "exact", "target", "服务户外劳动者"),
            F("50瓶", "瓶", "exact", "actual", "便利店每天捐水"),
        ],
    )
    rel = Art(
        titles=["城北区32处“劳动者港湾”开放"],
        column="相关新闻", authors=["祁明"], place=None, date="2024-06-03",
        paras=[
            "本报讯（晚报记者 祁明）记者6月3日从城北区总工会获悉，该区依托银行网点、社区服务站等建成的32处“劳动者港湾”已全部开放，为户外劳动者提供饮水、休息、手机充电等服务。",
            "今年，城北区总工会还将新建“劳动者港湾”10处，实现街道全覆盖。",
            "“跑了一上午单，能进来喝口热水、充会儿电，心里暖和。”外卖骑手小刘说。",
        ],
        figs=[
            T("32处", "处", "exact", "actual", "开放劳动者港湾"),
            F("32处", "处", "exact", "actual", "建成劳动者港湾"),
            F("10处", "处", "exact", "target", "新建劳动者港湾"),
        ],
    )
    e = Art(
        titles=["男子醉酒误入快速路 民警及时救助"],
        authors=["祁明", "赵永刚"], place=None, date="2024-06-03",
        paras=[
            "本报讯（晚报记者 祁明 通讯员 赵永刚）昨天凌晨1时许，一名男子醉酒后步行误入海湖大道快速路，在车流中摇摇晃晃，十分危险。巡逻民警发现后立即设置警示标志，将其带离至安全地带。",
            "经了解，该男子当晚与朋友聚餐，饮酒后独自步行回家迷了路，已在快速路上走了近2公里。民警联系其家属将其接回，并提醒市民酒后切勿在道路上独自行走。",
            "交警部门提示，快速路禁止行人和非机动车进入，今年以来，全市已劝离误入快速路的行人40余人次。",
        ],
        figs=[
            F("近2公里", "公里", "about", "actual", "男子在快速路上行走距离"),
            F("40余人次", "人次", "at_least", "actual", "劝离误入快速路行人"),
        ],
    )
    f = Art(
        titles=["湟水河畔夜市开市 200个摊位“点亮”夜经济"],
        authors=["韩雪"], place=None, date="2024-06-01",
        paras=[
            "本报讯 6月1日晚，位于湟水河畔的“河湟夜市”正式开市，200个摊位一字排开，酿皮、手抓羊肉、酸奶等西宁特色小吃吸引了大批市民和游客。",
            "“晚上出来散散步，顺便带孩子吃点小吃，很方便。”市民马先生说。据夜市运营方介绍，开市当晚客流量超过2万人次。夜市将持续运营至10月底，每晚18时至24时开放。",
            "为保障夜市安全有序，城管、市场监管、公安等部门联合设立了服务站，对摊位食品安全、消防安全进行巡查，并在周边增设临时停车区域，方便市民和游客前来“打卡”。",
        ],
        figs=[
            T("200个", "个", "exact", "actual", "夜市摊位"),
            F("200个", "个", "exact", "actual", "夜市摊位"),
            F("超过2万人次", "人次", "at_least", "actual", "开市当晚客流量"),
        ],
    )
    lines = ["西宁晚报　2024年6月4日　星期二", "A2", "社会新闻", "", ""]
    lines += title(a.titles[0])
    lines += ["  晚报记者 马晓燕 实习生 李想", ""]
    lines += wrapped(a.paras, 18, "  ")
    lines += ["", ""]
    lines += ["  ■链接", ""]
    lines += title(link.titles[0])
    lines += wrapped(link.paras, 18, "  ")
    lines += ["", ""]
    lines += title(b.titles[0])
    lines += ["  本报记者 韩雪 文/图", ""]
    lines += wrapped(b.paras, 18, "  ")
    lines += ["", ""]
    lines += ["  相关新闻", ""]
    lines += title(rel.titles[0])
    lines += wrapped(rel.paras, 18, "  ")
    lines += ["", ""]
    lines += title(e.titles[0])
    lines += wrapped(e.paras, 18, "  ")
    lines += ["", ""]
    lines += title(f.titles[0])
    lines += wrapped(f.paras, 18, "  ")
    lines += ["  （韩雪）"]
    lines += ["", "", "责编：马丽　美编：韩梅　校对：李娟"]
    return "t05_xining_evening_social_news", [a, link, b, rel, e, f], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# t06: 九江日报 综合新闻, UTF-8 with BOM and CR-only line ends (old Mac): one
# paragraph per line, blank lines only between articles; a dateline credit broken
# over two lines (`本报讯（记者 刘敏` / `通讯员 陈涛）4月25日，…`); a photo caption with
# its credit in brackets at its end `（本报记者 张雨 摄）`; a dateline with mixed
# half-/full-width brackets `本报都昌讯(记者 吴涛 通讯员 余志）`; a feature with a
# plain byline line under its title


def page_t06():
    a = Art(
        titles=["九江港一季度货物吞吐量同比增长12.3%"],
        authors=["刘敏", "陈涛"], place=None, date="2024-04-25",
        paras=[
            "本报讯（记者 刘敏 通讯员 陈涛）4月25日，记者从市港口航运管理局获悉，今年一季度，九江港完成货物吞吐量4260万吨，同比增长12.3%；完成集装箱吞吐量16.8万标准箱，同比增长9.1%。",
            "今年，九江港将加快推进红光国际港二期等5个港口项目建设，力争全年货物吞吐量突破1.8亿吨。",
            "市港口航运管理局有关负责人介绍，九江港正积极拓展江海联运、铁水联运业务，推动港口由“装卸港”向“物流港”“贸易港”转型。",
        ],
        figs=[
            T("12.3%", "%", "exact", "actual", "货物吞吐量", change="increase"),
            F("4260万吨", "吨", "exact", "actual", "一季度货物吞吐量"),
            F("12.3%", "%", "exact", "actual", "货物吞吐量", change="increase"),
            F("16.8万标准箱", "标准箱", "exact", "actual", "集装箱吞吐量"),
            F("9.1%", "%", "exact", "actual", "集装箱吞吐量", change="increase"),
            F("5个", "个", "exact", "target", "推进港口项目建设"),
            F("1.8亿吨", "吨", "at_least", "target", "全年货物吞吐量"),
        ],
    )
    photo = Art(
        titles=[], headline=None, kind="photo", authors=["张雨"], place=None, date="2024-04-24",
        paras=[
            "4月24日，在庐山西海风景名胜区，游客乘坐游船欣赏湖光山色。今年以来，庐山西海已接待游客156万人次，同比增长21.5%。",
        ],
        figs=[
            F("156万人次", "人次", "exact", "actual", "接待游客"),
            F("21.5%", "%", "exact", "actual", "接待游客", change="increase"),
        ],
    )
    c = Art(
        titles=["都昌开展春季禁渔专项执法行动"],
        authors=["吴涛", "余志"], place="都昌", date="2024-04-24",
        paras=[
            "本报都昌讯(记者 吴涛 通讯员 余志）4月24日，都昌县启动2024年春季禁渔期专项执法行动，出动执法人员320人次、执法船艇45艘次，对鄱阳湖都昌水域开展拉网式巡查。",
            "今年3月20日至6月20日为鄱阳湖春季禁渔期(以下简称“禁渔期”)。禁渔期内，都昌县将在重点水域设立24小时值守点16个，实行“人防+技防”全天候监管。去年，该县共查处非法捕捞案件37起，收缴违规网具1200余张。",
            "县农业农村局提醒广大群众，禁渔期内严禁在禁渔水域进行任何形式的捕捞作业，发现非法捕捞行为可拨打举报电话0792-2612345。",
        ],
        figs=[
            F("320人次", "人次", "exact", "actual", "出动执法人员"),
            F("45艘次", "艘次", "exact", "actual", "出动执法船艇"),
            F("24小时", "小时", "exact", "target", "值守时长", optional=True),
            F("16个", "个", "exact", "target", "设立值守点"),
            F("37起", "起", "exact", "actual", "查处非法捕捞案件"),
            F("1200余张", "张", "at_least", "actual", "收缴违规网具"),
        ],
    )
    d = Art(
        titles=["“共享菜园”里的邻里情"],
        kind="feature", authors=["黄珊"], place=None, date=None,
        paras=[
            "清晨，濂溪区十里街道莲花社区的“共享菜园”里，几位居民正在给刚栽下的辣椒苗浇水。这块原本堆满建筑垃圾的闲置地，如今被划分成40块，由社区居民认领种植。",
            "“退休后闲不住，种种菜、聊聊天，跟邻居们越处越亲。”65岁的居民周阿姨说。社区党委书记方琳介绍，菜园收获的蔬菜有一部分会送给社区里的独居老人，去年共送出蔬菜800多斤。",
            "今年，社区计划把“共享菜园”扩大到2亩，并引入专业农技志愿者开展种植指导，让更多居民参与进来。",
            "傍晚时分，菜园里又热闹起来。下班回家的年轻人、放学的孩子们纷纷来到地头，拔草、浇水、摘菜，欢声笑语在小区里回荡。有的居民还把自家种菜的经验写成小贴士，贴在菜园门口的公告栏上。“菜园种的是菜，收获的是邻里之间的情分。”方琳说。",
        ],
        figs=[
            F("40块", "块", "exact", "actual", "菜园划分地块"),
            F("65岁", "岁", "exact", "actual", "居民年龄", optional=True),
            F("800多斤", "斤", "at_least", "actual", "送出蔬菜"),
            F("2亩", "亩", "exact", "target", "共享菜园面积"),
        ],
    )
    e = Art(
        titles=["修水“金丝皇菊”种植面积扩至3.2万亩"],
        authors=["徐丽", "冷文"], place="修水", date="2024-04-23",
        paras=[
            "本报修水讯（记者 徐丽 通讯员 冷文）4月23日，在修水县黄港镇的菊花育苗基地，村民们正忙着移栽菊苗。今年，该县金丝皇菊种植面积扩大到3.2万亩，比去年增加4000亩。",
            "修水县现有菊花加工企业42家，去年菊花产业综合产值达到15.6亿元，带动1.1万户农户增收。“一亩菊花纯收入能有6000元左右，比种水稻强多了。”黄港镇种植户卢建华说。",
            "县农业农村局负责人介绍，今年将新建菊花标准化生产基地8个，力争菊花产业综合产值突破18亿元。",
            "此外，修水县还将举办菊花文化旅游节，推动菊花产业与乡村旅游融合发展，进一步拉长产业链、提升附加值。",
        ],
        figs=[
            T("3.2万亩", "亩", "exact", "actual", "金丝皇菊种植面积"),
            F("3.2万亩", "亩", "exact", "actual", "金丝皇菊种植面积"),
            F("4000亩", "亩", "exact", "actual", "金丝皇菊种植面积", change="increase"),
            F("42家", "家", "exact", "actual", "菊花加工企业"),
            F("15.6亿元", "元", "exact", "actual", "菊花产业综合产值"),
            F("1.1万户", "户", "exact", "actual", "带动增收农户"),
            F("6000元左右", "元", "about", "actual", "每亩菊花纯收入"),
            F("8个", "个", "exact", "target", "新建菊花标准化生产基地"),
            F("18亿元", "元", "at_least", "target", "菊花产业综合产值"),
        ],
    )
    g = Art(
        titles=["市区新增公共停车泊位2600个"],
        authors=["邹萍"], place=None, date="2024-04-22",
        paras=[
            "本报讯(记者 邹萍)4月22日，记者从市城管局获悉，今年以来，市区通过挖潜利用闲置地块、推进机关单位停车场错时开放等方式，新增公共停车泊位2600个，其中新能源汽车充电泊位480个。",
            "市城管局有关负责人介绍，今年市区计划新建公共停车场12个、新增停车泊位6000个以上，并将在主城区推广“智慧停车”系统，市民通过手机即可查询空余泊位、在线缴费（具体开放时段以各停车场公示为准）。",
            "市民陈先生说：“以前下班回家，在小区周边转几圈都找不到车位，现在附近新开了停车场，停车方便多了。”",
        ],
        figs=[
            T("2600个", "个", "exact", "actual", "新增公共停车泊位"),
            F("2600个", "个", "exact", "actual", "新增公共停车泊位"),
            F("480个", "个", "exact", "actual", "新能源汽车充电泊位"),
            F("12个", "个", "exact", "target", "新建公共停车场"),
            F("6000个以上", "个", "at_least", "target", "新增停车泊位"),
        ],
    )
    lead = print_text(a.paras[0])
    cut = lead.index("通讯员")
    lines = ["九江日报　2024年4月26日　星期五", "第3版　综合新闻", ""]
    lines += a.titles + [lead[:cut].rstrip(), lead[cut:]] + [print_text(p) for p in a.paras[1:]]
    lines += [""]
    lines += [print_text(photo.paras[0]) + "（本报记者 张雨 摄）"]
    lines += [""]
    lines += c.titles + [print_text(p) for p in c.paras]
    lines += [""]
    lines += [""]
    lines += e.titles + [print_text(p) for p in e.paras]
    lines += [""]
    lines += g.titles + [print_text(p) for p in g.paras]
    lines += [""]
    lines += d.titles + ["本报记者 黄珊"] + [print_text(p) for p in d.paras]
    return "t06_jiujiang_bom_cr_only", [a, photo, c, e, g, d], lines, "utf-8-sig", "\r"


# ---------------------------------------------------------------------------
# u01: 襄阳日报 (湖北) 要闻 page 2 carrying three continuations from page 1, each under
# its repeated title: `（上接第一版）` (Chinese numeral) opening a body that starts
# mid-sentence, `（紧接第1版）` on a line of its own under a two-line title (the part
# closed by a credit printed here), `（上接第一版）` before a whole sentence; one
# ordinary news item; a feature that jumps `（转第8版）` in the middle of a sentence,
# directly followed by the next continuation's title


def page_u01():
    c1 = Art(
        titles=["襄阳汽车产业一季度产值增长11.2%"],
        kind="feature", authors=[], place=None, date=None,
        paras=[
            "{上接第一版}和零部件企业同步发力，带动全市汽车产业链上下游协同增长。一季度，全市汽车产业完成产值486.3亿元，其中新能源汽车产值占比提升至27.5%。",
            "在襄阳高新区一家新能源汽车电驱动系统企业的生产车间，两条新投产的自动化产线满负荷运转。企业负责人介绍，今年以来企业已接到订单12.6万套，同比增长38.5%，产品配套国内8家整车企业。",
            "4月28日，襄阳市召开汽车产业链链长制工作推进会，提出今年将新引进汽车零部件项目30个以上，力争全年汽车产业产值突破2000亿元。",
            "“订单多了，我们也在抓紧招人。”该企业人力资源部负责人说，今年企业计划新招技术工人600名，目前已到岗410名。",
        ],
        figs=[
            T("11.2%", "%", "exact", "actual", "汽车产业产值", change="increase"),
            F("486.3亿元", "元", "exact", "actual", "一季度汽车产业产值"),
            F("27.5%", "%", "exact", "actual", "新能源汽车产值占比"),
            F("两条", "条", "exact", "actual", "新投产自动化产线", optional=True),
            F("12.6万套", "套", "exact", "actual", "企业订单"),
            F("38.5%", "%", "exact", "actual", "企业订单", change="increase"),
            F("8家", "家", "exact", "actual", "配套整车企业"),
            F("30个以上", "个", "at_least", "target", "新引进汽车零部件项目"),
            F("2000亿元", "元", "at_least", "target", "全年汽车产业产值"),
            F("600名", "名", "exact", "target", "计划新招技术工人"),
            F("410名", "名", "exact", "actual", "已到岗技术工人"),
        ],
    )
    c2 = Art(
        titles=["汉江生态保护修复提速", "今年实施重点工程45项"],
        headline="汉江生态保护修复提速 今年实施重点工程45项",
        kind="feature", authors=["周立", "黄敏"], place=None, date=None,
        paras=[
            "在谷城县汉江沿岸，昔日的砂石堆场如今已变成连片的湿地公园。去年以来，谷城县累计拆除沿江违规码头17处，修复岸线12.8公里，栽植乔灌木9.6万株。",
            "今年，襄阳将统筹推进汉江干流及支流综合治理，实施水污染防治、岸线修复、水土保持等重点工程45项，总投资68.4亿元，确保汉江襄阳段水质稳定保持在Ⅱ类以上。",
            "在宜城市，当地对汉江沿线的12家砂石企业实施整合关停，腾退岸线资源5.3公里，并在腾退区域补植芦苇、菖蒲等水生植物，昔日尘土飞扬的江滩重现水草丰美。",
            "市生态环境局有关负责人表示，襄阳将持续开展“清四乱”专项行动，对发现的问题实行清单化管理、销号式整改，让一江清水永续北上。",
        ],
        figs=[
            T("45项", "项", "exact", "target", "汉江生态重点工程"),
            F("17处", "处", "exact", "actual", "拆除沿江违规码头"),
            F("12.8公里", "公里", "exact", "actual", "修复岸线"),
            F("9.6万株", "株", "exact", "actual", "栽植乔灌木"),
            F("45项", "项", "exact", "target", "汉江生态重点工程"),
            F("68.4亿元", "元", "exact", "target", "重点工程总投资"),
            F("12家", "家", "exact", "actual", "整合关停砂石企业"),
            F("5.3公里", "公里", "exact", "actual", "腾退岸线资源"),
        ],
    )
    n = Art(
        titles=["枣阳126万亩小麦进入灌浆期"],
        authors=["刘畅", "王志军"], place="枣阳", date="2024-05-06",
        paras=[
            "本报枣阳讯（记者 刘畅 通讯员 王志军）5月6日，在枣阳市琚湾镇的万亩小麦示范片，麦穗饱满、长势喜人，植保无人机正在田间开展“一喷三防”作业。",
            "今年，枣阳市小麦种植面积126万亩，目前已全面进入灌浆期。全市已组织农技人员260名分片包村，指导农户开展病虫害防治，累计完成统防统治面积98万亩。",
            "枣阳市农业农村局负责人介绍，预计今年全市小麦单产比去年提高5%以上，总产有望达到52万吨。目前，全市已检修联合收割机3100余台，计划在5月下旬陆续开镰，确保颗粒归仓。",
        ],
        figs=[
            T("126万亩", "亩", "exact", "actual", "小麦种植面积"),
            F("126万亩", "亩", "exact", "actual", "小麦种植面积"),
            F("260名", "名", "exact", "actual", "分片包村农技人员"),
            F("98万亩", "亩", "exact", "actual", "统防统治面积"),
            F("5%以上", "%", "at_least", "target", "小麦单产", change="increase"),
            F("52万吨", "吨", "exact", "target", "小麦总产"),
            F("3100余台", "台", "at_least", "actual", "检修联合收割机"),
        ],
    )
    j = Art(
        titles=["老河口“小梨子”做成大产业"],
        authors=["孙琳", "李华"], place="老河口", date="2024-05-05",
        paras=[
            "本报老河口讯 5月5日，在老河口市李楼镇的梨园里，果农们正忙着给幼果套袋。“一个袋子套上去，一个梨能多卖两毛钱。”种植户陈大勇笑着说，他家种的45亩砂梨，去年收入超过30万元。",
            "老河口是全国有名的砂梨之乡，全市砂梨种植面积达到8.2万亩，年产鲜梨16万吨。近年来，当地建成冷链仓储设施32座，培育梨膏、梨汁等深加工企业11家，推动梨产业从“卖鲜果”向{转第8版}",
        ],
        figs=[
            F("45亩", "亩", "exact", "actual", "陈大勇家砂梨种植面积"),
            F("30万元", "元", "at_least", "actual", "陈大勇家砂梨收入"),
            F("8.2万亩", "亩", "exact", "actual", "砂梨种植面积"),
            F("16万吨", "吨", "exact", "actual", "年产鲜梨"),
            F("32座", "座", "exact", "actual", "冷链仓储设施"),
            F("11家", "家", "exact", "actual", "深加工企业"),
        ],
    )
    c3 = Art(
        titles=["襄阳都市圈“一小时通勤圈”加快成形"],
        kind="feature", authors=[], place=None, date=None,
        paras=[
            "{上接第一版}去年以来，襄阳加快推进都市圈交通基础设施互联互通，襄阳至南漳、襄阳至宜城城际公交相继开通，日均客流达到1.8万人次。",
            "今年，襄阳将新开工建设都市圈快速通道4条、总里程186公里，推动襄阳与宜城、南漳、谷城等地实现半小时通达，都市圈内主要城镇实现“一小时通勤”。",
            "与此同时，襄阳还将推进都市圈政务服务“跨城通办”，首批推出高频事项150项，让群众办事少跑腿。",
            "“以前到襄阳城区看病要转两趟车，现在坐城际公交40分钟就到了。”家住宜城市小河镇的刘桂兰说，她每个月都要去市区复查，交通方便了，省时又省钱。",
        ],
        figs=[
            F("1.8万人次", "人次", "exact", "actual", "城际公交日均客流"),
            F("4条", "条", "exact", "target", "新开工都市圈快速通道"),
            F("186公里", "公里", "exact", "target", "快速通道总里程"),
            F("150项", "项", "exact", "target", "跨城通办首批高频事项"),
            F("两趟", "趟", "exact", "actual", "过去转车次数", optional=True),
            F("40分钟", "分钟", "exact", "actual", "城际公交到市区用时"),
        ],
    )
    ind = "　　"
    lines = ["襄阳日报　2024年5月7日　星期二", "第2版　要闻", "", ""]
    lines += title(c1.titles[0])
    lines += wrapped(c1.paras, 21, ind)
    lines += ["", ""]
    lines += [c2.titles[0], c2.titles[1], "", "（紧接第1版）"]
    lines += wrapped(c2.paras, 21, ind)
    lines += ["　　（本报记者 周立 通讯员 黄敏）", "", ""]
    lines += title(n.titles[0])
    lines += wrapped(n.paras, 21, ind)
    lines += ["", ""]
    lines += title(j.titles[0])
    lines += ["　　□ 本报记者 孙琳 通讯员 李华", ""]
    lines += wrapped(j.paras, 21, ind)
    lines += [""]
    lines += title(c3.titles[0])
    lines += wrapped(c3.paras, 21, ind)
    return "u01_xiangyang_continuations_jump", [c1, c2, n, j, c3], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# u02: 上海法治报 notices page (B4 公告·服务): a `关于…的公告` signed at the end by an
# organisation line and a date line `2024年5月6日`; a 征文启事 with phone and e-mail;
# a column banner `以案说法` with a `【编者按】` note and a case report carrying a
# `【法官说法】` subhead; a letter-spaced `讣　告` signed and dated at the end


def page_u02():
    gg = Art(
        titles=["关于公开征求《上海市公共法律服务促进办法（草案）》意见的公告"],
        kind="notice", authors=[], place=None, date=None,
        paras=[
            "为进一步推进公共法律服务体系建设，提高立法的公开性和透明度，市司法局起草了《上海市公共法律服务促进办法（草案）》（以下简称《草案》），现向社会公开征求意见。",
            "一、征求意见时间：自本公告发布之日起30日内。",
            "二、公众可通过以下方式提出意见：（一）登录市司法局门户网站（sfj.sh.gov.cn），在“政民互动—意见征集”栏目中提交；（二）发送电子邮件至gflfw2024@sfj.sh.gov.cn；（三）信函寄至上海市黄浦区人民路1号市司法局公共法律服务处（邮编：200001），并在信封上注明“草案意见”字样。",
            "三、联系电话：021-23456789；传真：021-23456790。",
            "特此公告。",
        ],
        figs=[
            F("30日内", "日", "at_most", "target", "征求意见时间", optional=True),
        ],
    )
    qs = Art(
        titles=["“法治故事”主题征文启事"],
        kind="notice", authors=[], place=None, date=None,
        paras=[
            "为展现新时代法治建设成就，讲好基层法治故事，即日起，本报面向社会征集“法治故事”主题征文。",
            "一、征文内容：围绕身边的法治人物、法治事件，讲述法律如何护航百姓生活。体裁以记叙文、散文为主，字数在3000字以内。",
            "二、征文时间：即日起至2024年8月31日。",
            "三、投稿方式：来稿请发送至电子邮箱fzgs@shfzb.com.cn，邮件主题注明“法治故事征文”，并附作者姓名、联系电话。咨询电话：021-63218875。",
            "四、评选办法：本报将组织专家评审，评出一等奖3名、二等奖6名、三等奖10名，获奖作品将在本报及新媒体平台刊发。",
        ],
        figs=[
            F("3000字以内", "字", "at_most", "target", "征文字数"),
            F("3名", "名", "exact", "target", "一等奖"),
            F("6名", "名", "exact", "target", "二等奖"),
            F("10名", "名", "exact", "target", "三等奖"),
        ],
    )
    note = Art(
        titles=[], headline=None, column="以案说法", kind="notice", authors=[],
        place=None, date=None,
        paras=[
            "【编者按】民间借贷纠纷是基层法院受理最多的案件类型之一。借条怎么写、利息怎么算、超过诉讼时效怎么办？本期“以案说法”选取一起典型案例，请法官为读者释法答疑。",
        ],
        figs=[],
    )
    case = Art(
        titles=["一张借条引发的官司"],
        column="以案说法", kind="feature", authors=["沈佳", "顾晓"], place=None, date=None,
        paras=[
            "市民老周几年前向朋友小吴出借20万元，双方约定一年内归还，月利率1.5%。借款到期后，小吴以生意亏损为由迟迟未还。",
            "去年，老周将小吴诉至闵行区人民法院，要求归还借款本金及利息共计26.4万元。庭审中，小吴辩称借款已超过诉讼时效，且约定的利率过高。",
            "法院审理后认为，老周在借款到期后曾多次通过微信催讨，诉讼时效因此中断，小吴的时效抗辩不能成立；但双方约定的利率超过了合同成立时一年期贷款市场报价利率的四倍，超出部分不予支持。最终，法院判决小吴归还借款本金20万元，并按法定上限支付利息。",
            "【法官说法】",
            "承办法官王丽表示，出借人应注意保留借条、转账记录和催款证据，借款人也应诚信履约，避免因小失大。诉讼时效期间为3年，自权利人知道或者应当知道权利受到损害之日起计算。民间借贷的利率不得超过合同成立时一年期贷款市场报价利率的4倍。",
        ],
        figs=[
            F("20万元", "元", "exact", "actual", "出借金额"),
            F("1.5%", "%", "exact", "actual", "约定月利率"),
            F("26.4万元", "元", "exact", "actual", "诉请本金及利息"),
            F("四倍", "倍", "exact", "actual", "利率上限倍数", optional=True),
            F("20万元", "元", "exact", "actual", "判决归还借款本金"),
            F("3年", "年", "exact", "actual", "诉讼时效期间", optional=True),
            F("4倍", "倍", "exact", "actual", "利率上限倍数", optional=True),
        ],
    )
    fu = Art(
        titles=["讣告"],
        kind="notice", authors=[], place=None, date="2024-05-03",
        paras=[
            "上海法治报社原副总编辑、高级编辑陈伯华同志，因病医治无效，于2024年5月3日在上海逝世，享年87岁。",
            "陈伯华同志1937年出生于浙江宁波，1962年参加工作，1979年调入本报，长期从事政法新闻的采访和编辑工作，1997年退休。他采写、编辑的多篇稿件获全国和上海市新闻奖。",
            "陈伯华同志遗体告别仪式定于2024年5月8日上午10时在上海市龙华殡仪馆举行。",
            "特此讣告。",
        ],
        figs=[
            F("87岁", "岁", "exact", "actual", "享年", optional=True),
        ],
    )
    ind = "　　"
    sig = "　" * 14
    lines = ["上海法治报　2024年5月7日　星期二", "B4", "公告·服务", "", ""]
    lines += title(gg.titles[0])
    lines += wrapped(gg.paras, 24, ind)
    lines += [sig + "上海市司法局", sig[:-1] + "2024年5月6日", "", ""]
    lines += title(qs.titles[0])
    lines += wrapped(qs.paras, 24, ind)
    lines += [sig + "上海法治报社", "", ""]
    lines += title("以案说法")
    lines += wrapped(note.paras, 24, ind)
    lines += [""]
    lines += title(case.titles[0])
    lines += ["　　□ 本报记者 沈佳 通讯员 顾晓", ""]
    lines += wrapped(case.paras, 24, ind)
    lines += ["", ""]
    lines += title("讣　告")
    lines += wrapped(fu.paras, 24, ind)
    lines += [sig + "上海法治报社", sig[:-1] + "2024年5月6日"]
    return "u02_shanghai_legal_notices", [gg, qs, note, case, fu], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# u03: 沧州日报 (河北) 经济 page: one paragraph per line with blank lines between
# paragraphs; a statistics table left by PDF-to-text inside the first article (a
# caption line, a header row, seven rows of cells separated by runs of full-width
# spaces, consecutive lines without blank lines, a `—` cell and a negative cell),
# followed by a `注：` line and more prose; then a short news item


TABLE_SEP = "　　"


def page_u03():
    rows = [
        "指标 绝对数 比上年同期增长（%）",
        "地区生产总值（亿元） 1062.8 5.8",
        "规模以上工业增加值（亿元） — 7.2",
        "社会消费品零售总额（亿元） 356.9 6.3",
        "一般公共预算收入（亿元） 58.4 4.7",
        "城镇居民人均可支配收入（元） 13265 5.2",
        "农村居民人均可支配收入（元） 6842 7.1",
        "进出口总值（亿元） 96.3 -2.4",
    ]
    a = Art(
        titles=["一季度沧州经济运行稳中有进", "地区生产总值同比增长5.8%"],
        headline="一季度沧州经济运行稳中有进 地区生产总值同比增长5.8%",
        authors=["赵文静"], place=None, date="2024-04-23",
        paras=[
            "本报讯（记者 赵文静）4月23日，记者从市统计局获悉，一季度，全市地区生产总值完成1062.8亿元，按不变价格计算，同比增长5.8%，增速比全省高0.6个百分点。",
            "分产业看，第一产业增加值68.5亿元，增长3.1%；第二产业增加值412.6亿元，增长6.7%；第三产业增加值581.7亿元，增长5.4%。",
            "工业生产较快增长。一季度，全市规模以上工业增加值同比增长7.2%，其中装备制造业增长12.4%，石化产业增长5.1%。消费市场持续回暖，全市社会消费品零售总额完成356.9亿元，增长6.3%。",
            "居民收入稳步增加。一季度，全市城镇居民人均可支配收入13265元，增长5.2%；农村居民人均可支配收入6842元，增长7.1%，农村居民收入增速快于城镇居民1.9个百分点。",
            "一季度全市主要经济指标",
        ] + rows + [
            "注：地区生产总值增速按不变价格计算。",
            "市统计局有关负责人表示，一季度全市经济开局良好，但外贸进出口总值96.3亿元，同比下降2.4%，下一步要在稳外贸、扩内需上持续用力，巩固经济回升向好态势。二季度，全市将抓好156个省市重点项目建设，确保上半年经济运行保持在合理区间。",
        ],
        figs=[
            T("5.8%", "%", "exact", "actual", "地区生产总值", change="increase"),
            F("1062.8亿元", "元", "exact", "actual", "地区生产总值"),
            F("5.8%", "%", "exact", "actual", "地区生产总值", change="increase"),
            F("0.6个百分点", "百分点", "exact", "actual", "增速比全省高"),
            F("68.5亿元", "元", "exact", "actual", "第一产业增加值"),
            F("3.1%", "%", "exact", "actual", "第一产业增加值", change="increase"),
            F("412.6亿元", "元", "exact", "actual", "第二产业增加值"),
            F("6.7%", "%", "exact", "actual", "第二产业增加值", change="increase"),
            F("581.7亿元", "元", "exact", "actual", "第三产业增加值"),
            F("5.4%", "%", "exact", "actual", "第三产业增加值", change="increase"),
            F("7.2%", "%", "exact", "actual", "规模以上工业增加值", change="increase"),
            F("12.4%", "%", "exact", "actual", "装备制造业增加值", change="increase"),
            F("5.1%", "%", "exact", "actual", "石化产业增加值", change="increase"),
            F("356.9亿元", "元", "exact", "actual", "社会消费品零售总额"),
            F("6.3%", "%", "exact", "actual", "社会消费品零售总额", change="increase"),
            F("13265元", "元", "exact", "actual", "城镇居民人均可支配收入"),
            F("5.2%", "%", "exact", "actual", "城镇居民人均可支配收入", change="increase"),
            F("6842元", "元", "exact", "actual", "农村居民人均可支配收入"),
            F("7.1%", "%", "exact", "actual", "农村居民人均可支配收入", change="increase"),
            F("1.9个百分点", "百分点", "exact", "actual", "农村居民收入增速快于城镇居民"),
            # table cells: optional (no unit printed beside the number); value with the
            # row's scale applied, unit from the row label
            F("1062.8", "元", "exact", "actual", "地区生产总值", optional=True, value=106280000000),
            F("5.8", "%", "exact", "actual", "地区生产总值", change="increase", optional=True),
            F("7.2", "%", "exact", "actual", "规模以上工业增加值", change="increase", optional=True),
            F("356.9", "元", "exact", "actual", "社会消费品零售总额", optional=True, value=35690000000),
            F("6.3", "%", "exact", "actual", "社会消费品零售总额", change="increase", optional=True),
            F("58.4", "元", "exact", "actual", "一般公共预算收入", optional=True, value=5840000000),
            F("4.7", "%", "exact", "actual", "一般公共预算收入", change="increase", optional=True),
            F("13265", "元", "exact", "actual", "城镇居民人均可支配收入", optional=True),
            F("5.2", "%", "exact", "actual", "城镇居民人均可支配收入", change="increase", optional=True),
            F("6842", "元", "exact", "actual", "农村居民人均可支配收入", optional=True),
            F("7.1", "%", "exact", "actual", "农村居民人均可支配收入", change="increase", optional=True),
            F("96.3", "元", "exact", "actual", "进出口总值", optional=True, value=9630000000),
            F("-2.4", "%", "exact", "actual", "进出口总值", change="decrease", optional=True, value=-2.4),
            F("96.3亿元", "元", "exact", "actual", "外贸进出口总值"),
            F("2.4%", "%", "exact", "actual", "外贸进出口总值", change="decrease"),
            F("156个", "个", "exact", "target", "二季度抓好省市重点项目"),
        ],
    )
    b = Art(
        titles=["黄骅港一季度集装箱吞吐量突破30万标箱"],
        authors=["孙浩", "李明远"], place="黄骅", date="2024-04-22",
        paras=[
            "本报黄骅讯（记者 孙浩 通讯员 李明远）4月22日，记者从黄骅港务公司获悉，一季度，黄骅港完成集装箱吞吐量30.6万标箱，同比增长18.2%；完成货物吞吐量8540万吨，同比增长4.3%。",
            "今年以来，黄骅港新开通至东南亚、中东的集装箱航线3条，集装箱航线总数达到46条。黄骅港务公司有关负责人表示，今年将力争集装箱吞吐量突破130万标箱。",
            "为提升通关效率，黄骅港还推行“提前申报、船边直提”模式，进口集装箱平均通关时间压缩至12小时以内，较去年同期缩短了6小时。",
        ],
        figs=[
            T("30万标箱", "标箱", "at_least", "actual", "集装箱吞吐量"),
            F("30.6万标箱", "标箱", "exact", "actual", "集装箱吞吐量"),
            F("18.2%", "%", "exact", "actual", "集装箱吞吐量", change="increase"),
            F("8540万吨", "吨", "exact", "actual", "货物吞吐量"),
            F("4.3%", "%", "exact", "actual", "货物吞吐量", change="increase"),
            F("3条", "条", "exact", "actual", "新开通集装箱航线"),
            F("46条", "条", "exact", "actual", "集装箱航线总数"),
            F("130万标箱", "标箱", "at_least", "target", "全年集装箱吞吐量"),
            F("12小时以内", "小时", "at_most", "actual", "进口集装箱平均通关时间"),
            F("6小时", "小时", "exact", "actual", "进口集装箱平均通关时间", change="decrease"),
        ],
    )
    c = Art(
        titles=["任丘白洋淀温泉城春季文旅消费升温"],
        authors=["高雅"], place="任丘", date="2024-04-21",
        paras=[
            "本报任丘讯（记者 高雅）4月21日，任丘白洋淀温泉城迎来周末客流高峰，温泉度假、湿地观鸟、民俗展演等项目吸引了京津冀各地游客。",
            "今年以来，任丘市推出温泉康养、研学旅行等精品线路8条，举办文旅消费季活动26场。一季度，全市接待游客186.5万人次，实现旅游收入14.2亿元，分别增长23.6%和27.1%。",
            "任丘市文化广电和旅游局负责人表示，下一步将加快白洋淀温泉城配套设施建设，力争全年接待游客突破800万人次。",
        ],
        figs=[
            F("8条", "条", "exact", "actual", "精品线路"),
            F("26场", "场", "exact", "actual", "文旅消费季活动"),
            F("186.5万人次", "人次", "exact", "actual", "一季度接待游客"),
            F("14.2亿元", "元", "exact", "actual", "一季度旅游收入"),
            F("23.6%", "%", "exact", "actual", "接待游客", change="increase"),
            F("27.1%", "%", "exact", "actual", "旅游收入", change="increase"),
            F("800万人次", "人次", "at_least", "target", "全年接待游客"),
        ],
    )
    d = Art(
        titles=["泊头铸造产业绿色改造提速"],
        authors=["张志刚"], place="泊头", date="2024-04-19",
        paras=[
            "本报泊头讯（通讯员 张志刚）4月19日，记者在泊头市交河镇一家铸造企业看到，新上的中频感应电炉取代了原来的冲天炉，车间里不见了往日的烟尘。",
            "泊头是全国重要的铸造产业基地，现有铸造企业380余家。今年以来，泊头市投入技改资金9.8亿元，推动56家铸造企业完成绿色化改造，预计全年可减少二氧化碳排放4.6万吨。",
            "“改造后，每吨铸件的能耗下降了18%，产品合格率提高到98.5%，订单也多了。”企业负责人李建军说。泊头市工信局负责人表示，今年还将推动铸造企业向精密铸造、智能铸造转型，力争铸造产业产值突破200亿元。",
        ],
        figs=[
            F("380余家", "家", "at_least", "actual", "铸造企业"),
            F("9.8亿元", "元", "exact", "actual", "投入技改资金"),
            F("56家", "家", "exact", "actual", "完成绿色化改造铸造企业"),
            F("4.6万吨", "吨", "exact", "target", "减少二氧化碳排放"),
            F("18%", "%", "exact", "actual", "每吨铸件能耗", change="decrease"),
            F("98.5%", "%", "exact", "actual", "产品合格率"),
            F("200亿元", "元", "at_least", "target", "铸造产业产值"),
        ],
    )
    lines = ["沧州日报　2024年4月24日　星期三", "第2版　经济", "", ""]
    lines += a.titles + [""]
    body = [print_text(p) for p in a.paras]
    ti = a.paras.index(rows[0]) - 1
    for p in body[:ti]:
        lines += [p, ""]
    lines += [body[ti]]
    lines += [TABLE_SEP.join(r.split(" ")) for r in rows]
    lines += [""]
    for p in body[ti + 1 + len(rows):]:
        lines += [p, ""]
    lines += [""]
    for x in (b, c, d):
        lines += x.titles + [""]
        for p in x.paras:
            lines += [print_text(p), ""]
        lines += [""]
    return "u03_cangzhou_statistics_table", [a, b, c, d], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# u04: 北京 district paper (顺义时讯), titles above bodies, hard wraps at ~22 with
# full-width indents; credits at the END in other forms: `（文/张明远 图/李晓）` stuck
# to the last sentence, a plain last line `本报记者 王晓峰 报道`, `（通讯员 赵立新）` on
# its own line; a 副刊 essay under a banner `潮白文苑`, signed `□ 刘静` above and
# closed by `（2024年3月写于北京）`


def page_u04():
    a = Art(
        titles=["顺义春季花卉节开幕 百万株郁金香竞相绽放"],
        authors=["张明远", "李晓"], place=None, date="2024-04-16",
        paras=[
            "本报讯 4月16日，2024北京顺义春季花卉节在国际鲜花港开幕。本届花卉节以“花海顺义 春光无限”为主题，展出郁金香、风信子、洋水仙等花卉120余个品种、100万余株，将持续至5月12日。走进园区，红、黄、紫、白各色郁金香连片盛开，不少市民带着孩子赏花拍照，享受春日好时光。",
            "据介绍，本届花卉节新增夜间灯光秀和花艺市集，并推出鲜花港至汉石桥湿地的骑行线路。开幕首日，花卉节共接待游客2.3万人次。",
            "区文化和旅游局有关负责人表示，花卉节期间还将举办花艺大赛、亲子研学等活动30余场，进一步擦亮“花园城市”名片。为方便市民出行，花卉节期间还开通了地铁15号线国展站至鲜花港的接驳专线，每15分钟发一班车。",
        ],
        figs=[
            T("百万株", "株", "exact", "actual", "展出郁金香", optional=True),
            F("120余个", "个", "at_least", "actual", "展出花卉品种"),
            F("100万余株", "株", "at_least", "actual", "展出花卉"),
            F("2.3万人次", "人次", "exact", "actual", "开幕首日接待游客"),
            F("30余场", "场", "at_least", "target", "花卉节期间活动"),
            F("15分钟", "分钟", "exact", "actual", "接驳专线发车间隔"),
        ],
    )
    b = Art(
        titles=["区医院开通“一站式”出院结算服务"],
        authors=["王晓峰"], place=None, date="2024-04-15",
        paras=[
            "本报讯 4月15日起，顺义区医院在住院部一楼开设“一站式”出院结算服务窗口，患者出院时可在床旁完成医保报销、费用结算和票据打印，不必再往返多个窗口排队。",
            "“以前办出院要跑三四个地方，排队就得一个多小时，现在护士拿着平板电脑来病房，十分钟就办好了。”刚刚出院的患者家属孙女士说。",
            "据了解，该院日均出院患者约180人，服务推出后，患者出院结算平均用时由45分钟缩短至10分钟以内。下一步，医院还将在门诊推行“先诊疗后付费”，进一步减少患者排队次数。",
        ],
        figs=[
            F("一个多小时", "小时", "at_least", "actual", "过去办出院排队时间", optional=True),
            F("十分钟", "分钟", "exact", "actual", "床旁办理出院用时", optional=True),
            F("约180人", "人", "about", "actual", "日均出院患者"),
            F("45分钟", "分钟", "exact", "actual", "出院结算平均用时"),
            F("10分钟以内", "分钟", "at_most", "actual", "出院结算平均用时"),
        ],
    )
    c = Art(
        titles=["南彩镇为百余名老人免费体检"],
        authors=["赵立新"], place=None, date="2024-04-12",
        paras=[
            "本报讯 4月12日至13日，南彩镇社区卫生服务中心组织医护人员走进辖区8个村，为65岁以上老人开展免费健康体检，共为152名老人建立和更新了健康档案。",
            "体检项目包括血压、血糖、心电图、B超等，对查出的慢性病患者，医护人员将纳入家庭医生签约服务进行跟踪管理。“家门口就能做体检，还不用花钱，真是办到了我们心坎上。”南彩村78岁的村民李凤兰说。今年，南彩镇还将为行动不便的老人提供上门体检服务。",
        ],
        figs=[
            T("百余名", "名", "at_least", "actual", "免费体检老人"),
            F("8个", "个", "exact", "actual", "走进的村"),
            F("65岁以上", "岁", "at_least", "actual", "体检老人年龄", optional=True),
            F("152名", "名", "exact", "actual", "建立和更新健康档案的老人"),
            F("78岁", "岁", "exact", "actual", "村民年龄", optional=True),
        ],
    )
    d = Art(
        titles=["潮白河畔的春天"],
        column="潮白文苑", kind="feature", authors=["刘静"], place=None, date=None,
        paras=[
            "去年秋天，我搬进了潮白河边的一栋老楼。那时河岸上的芦苇已经枯黄，风一吹，沙沙作响，像是有人在低声说话。",
            "搬来之前，朋友劝我：“那一片都是老房子，出门就是河滩，有什么好住的？”我没有解释。我只是喜欢那条河，喜欢它不声不响地从城边流过，把北方的天空映得格外辽远。",
            "整个冬天，我很少到河边去。直到一个周末的早晨，推开窗，忽然看见对岸的柳树冒出了一层淡淡的绿意，像谁用毛笔轻轻点染过。我这才想起，春天已经来了。",
            "从那以后，我几乎每天傍晚都沿着河堤散步。钓鱼的老人、放风筝的孩子、骑车经过的年轻人，还有在草地上追逐的小狗，让这条河一下子热闹起来。河水比冬天清亮了许多，偶尔有几只白鹭从水面掠过，又落进远处的芦苇丛里。",
            "一位在河边住了大半辈子的老人告诉我，从前这段河道常年断流，河床里堆满了垃圾，夏天一到，连窗户都不敢开。这些年河道治理好了，水回来了，鸟也回来了。说这话时，他望着河面，眼里满是笑意。",
            "前些天，社区组织居民在河边补种花木。我也扛着铁锹去了，和邻居们一起栽下了一排海棠。休息的时候，大家坐在河堤上聊天，说起小时候在河里摸鱼、游泳的往事，说起这些年家门口的变化，笑声一阵接着一阵。不知不觉间，夕阳已经把河面染成了金红色。",
            "我想，潮白河的春天，不只是柳绿花红，更是一条河的重生，是一座城对美好生活的执着守望。",
        ],
        figs=[],
    )
    ind = "　　"
    lines = ["顺义时讯　2024年4月17日　星期三　第3版", "", ""]
    lines += title(a.titles[0])
    body = wrapped(a.paras, 22, ind)
    body[-1] += "（文/张明远 图/李晓）"
    lines += body
    lines += ["", ""]
    lines += title(b.titles[0])
    lines += wrapped(b.paras, 22, ind)
    lines += ["　　本报记者 王晓峰 报道", "", ""]
    lines += title(c.titles[0])
    lines += wrapped(c.paras, 22, ind)
    lines += ["　　（通讯员 赵立新）", "", ""]
    lines += title("潮白文苑")
    lines += title(d.titles[0])
    lines += ["□ 刘静", ""]
    lines += wrapped(d.paras, 22, ind)
    lines += ["　　　　　　　　　　（2024年3月写于北京）"]
    return "u04_shunyi_credits_at_end", [a, b, c, d], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# u05: 营山报 (四川 county paper): hard wraps at ~24 columns, paragraphs NOT indented
# and separated by single blank lines, titles BELOW bodies (one two-line title),
# `□` bylines ABOVE bodies, one item with a dateline credit and no byline; a column
# break in the middle of a sentence leaves a single blank line inside a paragraph


def blank_paragraphs(paras, width=24):
    """Hard-wrapped paragraphs without indent, one blank line after each."""
    out = []
    for p in paras:
        out += wrapped([p], width, "", narrow_ascii=True)
        out += [""]
    return out


def page_u05():
    a = Art(
        titles=["家门口招聘会送岗3200余个"],
        authors=["杨雪", "何军"], place=None, date="2024-05-09",
        paras=[
            "本报讯 5月9日，营山县2024年“春风行动”暨就业援助月专场招聘会在县城人民广场举行，86家企业现场提供就业岗位3200余个，吸引求职群众4000余人次。",
            "“我在外面打了多年工，现在家门口就能找到合适的工作，还能照顾老人和孩子。”在一家鞋业公司的招聘台前，来自安化镇的村民王秀英当场签订了用工协议。招聘会上，县人社局还设置了政策咨询、技能培训报名等服务台，现场登记培训意向群众310人。截至当天下午，共有1120名求职者与企业达成初步就业意向。",
            "据了解，今年以来，营山县已累计组织各类招聘活动23场，帮助1860名群众实现就近就业。下一步，该县¦将聚焦返乡农民工、高校毕业生等重点群体，持续开展“送岗下乡”活动，力争全年新增城镇就业2500人以上。",
        ],
        figs=[
            T("3200余个", "个", "at_least", "actual", "招聘会提供就业岗位"),
            F("86家", "家", "exact", "actual", "参加招聘会企业"),
            F("3200余个", "个", "at_least", "actual", "招聘会提供就业岗位"),
            F("4000余人次", "人次", "at_least", "actual", "求职群众"),
            F("310人", "人", "exact", "actual", "登记培训意向群众"),
            F("1120名", "名", "exact", "actual", "达成初步就业意向求职者"),
            F("23场", "场", "exact", "actual", "组织招聘活动"),
            F("1860名", "名", "exact", "actual", "实现就近就业群众"),
            F("2500人以上", "人", "at_least", "target", "全年新增城镇就业"),
        ],
    )
    b = Art(
        titles=["双河镇“柑橘+”", "带富一方百姓"],
        headline="双河镇“柑橘+” 带富一方百姓",
        authors=["罗敏"], place=None, date="2024-05-08",
        paras=[
            "5月8日，在营山县双河镇的柑橘基地里，果农们正忙着疏果、施肥。放眼望去，漫山遍野的柑橘树枝繁叶茂，小小的青果挂满枝头。今年春季雨水充足，果树挂果率明显高于往年。",
            "双河镇柑橘种植面积已达1.2万亩，去年产量2.6万吨，产值1.5亿元。近年来，该镇探索“柑橘+乡村旅游”“柑橘+电商”模式，建成柑橘采摘园5个、电商服务站12个，去年通过网络销售柑橘6800吨。",
            "“以前柑橘熟了只能等贩子上门收，价格说了不算。现在游客来园里采摘，网上订单也不断，一斤能多卖五六毛钱。”果农李成富说。",
            "在双河镇柑橘分拣中心，一条智能分拣线正在调试。工作人员介绍，这条线每小时可分拣柑橘5吨，能按大小、糖度自动分级，分级后的精品果每斤能多卖1元左右。",
            "双河镇党委负责人介绍，今年全镇将新发展晚熟柑橘1500亩，建设冷链仓储库2座，力争柑橘产值突破2亿元，带动群众户均增收3000元以上。",
        ],
        figs=[
            F("1.2万亩", "亩", "exact", "actual", "柑橘种植面积"),
            F("2.6万吨", "吨", "exact", "actual", "柑橘产量"),
            F("1.5亿元", "元", "exact", "actual", "柑橘产值"),
            F("5个", "个", "exact", "actual", "柑橘采摘园"),
            F("12个", "个", "exact", "actual", "电商服务站"),
            F("6800吨", "吨", "exact", "actual", "网络销售柑橘"),
            F("五六毛钱", "毛钱", "exact", "actual", "每斤多卖", value=5, value_max=6, optional=True),
            F("5吨", "吨", "exact", "actual", "智能分拣线每小时分拣柑橘"),
            F("1元左右", "元", "about", "actual", "精品果每斤多卖"),
            F("1500亩", "亩", "exact", "target", "新发展晚熟柑橘"),
            F("2座", "座", "exact", "target", "建设冷链仓储库"),
            F("2亿元", "元", "at_least", "target", "柑橘产值"),
            F("3000元以上", "元", "at_least", "target", "户均增收", change="increase"),
        ],
    )
    c = Art(
        titles=["县人民医院开展“送医下乡”义诊活动"],
        authors=["蒋丽"], place=None, date="2024-05-07",
        paras=[
            "本报讯（通讯员 蒋丽）5月7日，营山县人民医院组织内科、外科、眼科等科室的18名医护人员走进小桥镇，开展“送医下乡”义诊活动。",
            "活动现场，医护人员为群众免费测量血压、血糖，开展健康咨询，并发放常用药品和健康宣传资料。当天共接诊群众420余人次，发放药品价值1.2万元。",
            "“我这腰疼了好几年，一直没舍得去城里看，今天专家给我仔细检查了，还教了我几个锻炼的动作。”68岁的村民刘大爷说。不少群众拉着医护人员的手，连声道谢。",
            "据悉，今年县人民医院将组织义诊活动不少于20场，覆盖全县所有乡镇，让群众在家门口享受到县级医院的优质医疗服务。",
        ],
        figs=[
            F("18名", "名", "exact", "actual", "参加义诊医护人员"),
            F("420余人次", "人次", "at_least", "actual", "接诊群众"),
            F("1.2万元", "元", "exact", "actual", "发放药品价值"),
            F("68岁", "岁", "exact", "actual", "村民年龄", optional=True),
            F("20场", "场", "at_least", "target", "义诊活动"),
        ],
    )
    d = Art(
        titles=["“新农人”张强的养蜂经"],
        kind="feature", authors=["谢飞"], place=None, date=None,
        paras=[
            "清晨，营山县清水乡的山坡上，几百个蜂箱整齐排列，蜜蜂嗡嗡地飞进飞出。身穿防护服的张强正小心地打开蜂箱，查看蜂群的情况。",
            "今年32岁的张强，大学毕业后在成都一家公司做了几年销售。2019年，他辞职回乡，用积攒的8万元买下了第一批蜂群。“刚开始一窍不通，第一年蜂群死了一大半，差点没坚持下来。”张强说。",
            "不服输的他四处拜师学艺，还自学了病虫害防治知识。如今，他的养蜂场已发展到600多箱，去年产蜂蜜9吨，收入40多万元。他还牵头成立了养蜂专业合作社，带动周边26户村民养蜂增收。",
            "在张强的带动下，清水乡的养蜂户从最初的几户发展到如今的40多户。每到割蜜季节，合作社统一收购、统一包装，通过电商平台销往全国各地，一斤土蜂蜜能卖到80元。",
            "“下一步，我想打造自己的蜂蜜品牌，再搞一个养蜂科普基地，让更多人了解蜜蜂、爱上乡村。”张强说。",
        ],
        figs=[
            F("几百个", "个", "at_least", "actual", "蜂箱", optional=True),
            F("32岁", "岁", "exact", "actual", "张强年龄", optional=True),
            F("8万元", "元", "exact", "actual", "购买第一批蜂群资金"),
            F("600多箱", "箱", "at_least", "actual", "养蜂场规模"),
            F("9吨", "吨", "exact", "actual", "去年产蜂蜜"),
            F("40多万元", "元", "at_least", "actual", "去年收入"),
            F("26户", "户", "exact", "actual", "带动养蜂增收村民"),
            F("40多户", "户", "at_least", "actual", "清水乡养蜂户"),
            F("80元", "元", "exact", "actual", "每斤土蜂蜜售价"),
        ],
    )
    lines = ["营山报　2024年5月10日　星期五", "", ""]
    lines += ["□本报记者 杨雪 通讯员 何军", ""]
    lines += blank_paragraphs(a.paras)
    lines += [a.titles[0], ""]
    lines += ["□本报记者 罗敏", ""]
    lines += blank_paragraphs(b.paras)
    lines += [b.titles[0], b.titles[1], ""]
    lines += blank_paragraphs(c.paras)
    lines += [c.titles[0], ""]
    lines += ["□本报记者 谢飞", ""]
    lines += blank_paragraphs(d.paras)
    lines += [d.titles[0]]
    return "u05_yingshan_blank_line_paragraphs", [a, b, c, d], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# u06: 山东教育报 style page (潍坊), hard wraps at ~22, titles above bodies: a news item
# with numbered measures `（一）…（四）` as paragraphs after a lead-in ending in `：`;
# an interview (headline + `——访…` subtitle) with `问：` / `答：` paragraphs, one
# question short enough to look like a title; a feature with `【…】` subheads; a news
# item whose lead opens with a quotation before the date `本报寿光讯 “……”，3月2日，…`
# and whose credit closes it


def page_u06():
    a = Art(
        titles=["潍坊出台10项措施扩大优质教育资源供给"],
        authors=["韩冬", "刘倩"], place="潍坊", date="2024-03-04",
        paras=[
            "本报潍坊讯（记者 韩冬 通讯员 刘倩）3月4日，潍坊市教育局等六部门联合印发《关于扩大优质教育资源供给的若干措施》，从学位供给、师资配备、集团化办学、课后服务等方面提出10项具体措施。《措施》明确，到2025年底，全市将新建、改扩建中小学和幼儿园120所，新增学位6.5万个。主要措施包括：",
            "（一）扩大学位供给。优先在城区新建住宅小区和人口集中区域布局学校，今年新建、改扩建学校45所，新增学位2.4万个。",
            "（二）加强师资配备。今年面向社会公开招聘教师1800名，其中音体美等紧缺学科教师不少于300名。",
            "（三）推进集团化办学。组建覆盖城乡的教育集团60个以上，实现城区优质学校与农村学校结对帮扶全覆盖。",
            "（四）提升课后服务质量。义务教育学校每天提供课后服务不少于2小时，鼓励引进科技、体育、艺术等校外优质资源。",
        ],
        figs=[
            T("10项", "项", "exact", "actual", "扩大优质教育资源供给措施"),
            F("六部门", "部门", "exact", "actual", "联合印发部门", optional=True),
            F("10项", "项", "exact", "actual", "具体措施"),
            F("120所", "所", "exact", "target", "新建改扩建中小学和幼儿园"),
            F("6.5万个", "个", "exact", "target", "新增学位"),
            F("45所", "所", "exact", "target", "今年新建改扩建学校"),
            F("2.4万个", "个", "exact", "target", "今年新增学位"),
            F("1800名", "名", "exact", "target", "公开招聘教师"),
            F("300名", "名", "at_least", "target", "紧缺学科教师"),
            F("60个以上", "个", "at_least", "target", "教育集团"),
            F("2小时", "小时", "at_least", "target", "每天课后服务时长"),
        ],
    )
    b = Art(
        titles=["推进“双减”提质增效 让教育回归育人本真", "——访潍坊市教育局局长孙立新"],
        headline="推进“双减”提质增效 让教育回归育人本真",
        kind="feature", authors=["王燕"], place=None, date=None,
        paras=[
            "新学期开学之际，围绕“双减”工作如何走深走实、课后服务如何提质增效等问题，记者专访了潍坊市教育局局长孙立新。",
            "问：“双减”实施以来，潍坊取得了哪些成效？",
            "答：我们把“双减”作为教育领域的一场深刻变革来抓。目前，全市1260所义务教育学校课后服务实现全覆盖，学生参与率达到96.8%。全市学科类校外培训机构由“双减”前的1030家压减到42家。",
            "问：今年有哪些新变化？",
            "答：今年，我们将推动课后服务从“有没有”向“好不好”转变，要求每所学校开设特色社团不少于10个，全市引进校外优质资源200项以上。",
            "问：如何减轻学生作业负担？",
            "答：我们严格控制书面作业总量，小学一二年级不布置书面家庭作业，三至六年级书面作业平均完成时间不超过60分钟，初中不超过90分钟。同时，鼓励教师布置分层作业、弹性作业和个性化作业。",
        ],
        figs=[
            F("1260所", "所", "exact", "actual", "课后服务全覆盖的义务教育学校"),
            F("96.8%", "%", "exact", "actual", "学生参与课后服务比例"),
            F("1030家", "家", "exact", "actual", "双减前学科类校外培训机构"),
            F("42家", "家", "exact", "actual", "学科类校外培训机构"),
            F("10个", "个", "at_least", "target", "每校特色社团"),
            F("200项以上", "项", "at_least", "target", "引进校外优质资源"),
            F("60分钟", "分钟", "at_most", "target", "三至六年级书面作业平均完成时间"),
            F("90分钟", "分钟", "at_most", "target", "初中书面作业平均完成时间"),
        ],
    )
    c = Art(
        titles=["青州：乡村学校有了“新气象”"],
        kind="feature", authors=["李冰", "张华"], place=None, date=None,
        paras=[
            "走进青州市王坟镇中心小学，塑胶跑道平整宽阔，图书室里书香四溢，录播教室里，孩子们正通过大屏幕和城区学校的同学一起上音乐课。",
            "【硬件升级 校园变了样】",
            "去年以来，青州市投入资金3.6亿元，对42所乡村学校实施改造提升，新建塑胶运动场28个、功能教室156间，乡村学校办学条件实现了与城区学校“同标准”。",
            "【教师交流 课堂活起来】",
            "青州市每年选派城区骨干教师120名到乡村学校支教，同时组织乡村教师到城区学校跟岗学习。“城里来的老师带来了新方法，孩子们上课积极多了。”王坟镇中心小学校长赵军说。",
            "【家校共育 孩子笑开颜】",
            "针对乡村留守儿童较多的情况，青州市在乡村学校全部建立“亲情聊天室”，组织教师定期家访，去年共开展家访活动1.3万人次。青州市教育和体育局负责人表示，今年将再投入1.2亿元，完成15所乡村学校改造提升。",
        ],
        figs=[
            F("3.6亿元", "元", "exact", "actual", "乡村学校改造投入资金"),
            F("42所", "所", "exact", "actual", "改造提升乡村学校"),
            F("28个", "个", "exact", "actual", "新建塑胶运动场"),
            F("156间", "间", "exact", "actual", "新建功能教室"),
            F("120名", "名", "exact", "actual", "每年选派支教骨干教师"),
            F("1.3万人次", "人次", "exact", "actual", "家访活动"),
            F("1.2亿元", "元", "exact", "target", "再投入乡村学校改造资金"),
            F("15所", "所", "exact", "target", "改造提升乡村学校"),
        ],
    )
    d = Art(
        titles=["寿光“四点半课堂”解了家长燃眉之急"],
        authors=["王燕", "郑雪"], place="寿光", date="2024-03-02",
        paras=[
            "本报寿光讯 “放学后孩子在学校就能把作业写完，我们接孩子也不用那么赶了”，3月2日，在寿光市圣城街道第一小学门口，家长王丽芳对记者说。",
            "新学期起，寿光市在全市86所小学全面推行“四点半课堂”，由学校教师和志愿者为学生提供作业辅导、阅读、体育锻炼等服务，目前已有3.1万名学生报名参加。",
            "寿光市教育和体育局有关负责人介绍，“四点半课堂”坚持学生自愿参加，服务时间一般到17时30分，确有需要的可适当延长。",
        ],
        figs=[
            F("86所", "所", "exact", "actual", "推行四点半课堂的小学"),
            F("3.1万名", "名", "exact", "actual", "报名参加学生"),
        ],
    )
    ind = "　　"
    lines = ["山东教育报　2024年3月6日　星期三", "第2版　综合新闻", "", ""]
    lines += title(a.titles[0])
    lines += wrapped(a.paras, 22, ind)
    lines += ["", ""]
    lines += [b.titles[0], b.titles[1], ""]
    lines += ["　　□ 本报记者 王燕", ""]
    lines += wrapped(b.paras, 22, ind)
    lines += ["", ""]
    lines += title(c.titles[0])
    lines += ["　　□ 本报记者 李冰 通讯员 张华", ""]
    lines += wrapped(c.paras, 22, ind)
    lines += ["", ""]
    lines += title(d.titles[0])
    body = wrapped(d.paras, 22, ind)
    body[-1] += "（记者 王燕 通讯员 郑雪）"
    lines += body
    return "u06_weifang_education_interview_measures", [a, b, c, d], lines, "utf-8", "\n"




# ---------------------------------------------------------------------------
# v01: national economic daily (经济日报 style), FRONT PAGE in print order:
# masthead lines (报名, Latin name, CN number, date, lunar date, 今日8版, weather),
# a lead story with kicker / main title / `——` subtitle and a 新华社 wire dateline,
# three teasers (`详见第2版`, `→3版`, `详见第5版`), a `导　读` box listing page
# contents, and a short 评论员文章 under `本报评论员`


def page_v01():
    lead = Art(
        titles=["秋粮收购进度快于上年同期", "全国累计收购秋粮突破4200万吨",
                "——各地加密收购网点 优化售粮服务"],
        headline="全国累计收购秋粮突破4200万吨",
        authors=["高振宇", "林晓蕾"], place="北京", date="2024-10-15",
        paras=[
            "新华社北京10月15日电（记者 高振宇 林晓蕾）记者15日从国家粮食和物资储备局获悉，截至10月10日，主产区各类粮食企业累计收购秋粮4200多万吨，同比增加380万吨，收购进度快于上年同期。",
            "今年秋粮收购总体平稳有序。国家粮食和物资储备局有关负责人介绍，各地共设立收购网点1.8万个，比上年增加1200个，预计今年秋粮收购量将达到2亿吨以上。东北地区新季玉米、大豆陆续上市，湖北、安徽等地已启动中晚稻最低收购价执行预案的准备工作。",
            "为方便农民售粮，多地推行“预约收购”“上门收购”等服务，售粮平均排队时间由去年的2小时左右缩短至30分钟以内。中央财政今年安排粮食烘干设施补助资金35亿元，新增日烘干能力8万吨，有效缓解了雨季潮粮“卖难”问题。",
            "该负责人表示，下一步将指导各地落实好收购资金，确保收购贷款应贷尽贷，全年收购贷款投放力争达到3000亿元以上，坚决守住农民“种粮卖得出”的底线。",
        ],
        figs=[
            T("4200万吨", "吨", "at_least", "actual", "累计收购秋粮"),
            F("4200多万吨", "吨", "at_least", "actual", "累计收购秋粮"),
            F("380万吨", "吨", "exact", "actual", "秋粮收购量", change="increase"),
            F("1.8万个", "个", "exact", "actual", "收购网点"),
            F("1200个", "个", "exact", "actual", "收购网点", change="increase"),
            F("2亿吨以上", "吨", "at_least", "target", "今年秋粮收购量"),
            F("2小时左右", "小时", "about", "actual", "去年售粮平均排队时间"),
            F("30分钟以内", "分钟", "at_most", "actual", "售粮平均排队时间"),
            F("35亿元", "元", "exact", "actual", "粮食烘干设施补助资金"),
            F("8万吨", "吨", "exact", "actual", "新增日烘干能力"),
            F("3000亿元以上", "元", "at_least", "target", "全年收购贷款投放"),
        ],
    )
    rail = Art(
        titles=["前三季度全国铁路发送旅客33.7亿人次"],
        authors=["齐慧敏"], place="北京", date="2024-10-15",
        paras=[
            "本报北京10月15日讯（记者 齐慧敏）记者从中国国家铁路集团有限公司获悉，前三季度，全国铁路累计发送旅客33.7亿人次，同比增长14.9%，创历史同期新高；发送货物39.1亿吨，保持高位运行。",
            "今年以来，国铁集团持续优化列车运行图，前三季度日均开行旅客列车1.1万列，比去年同期增加800余列。10月1日至7日国庆假期，全国铁路累计发送旅客1.56亿人次。",
            "国铁集团有关负责人表示，四季度将新开通一批高铁线路，全年铁路固定资产投资将保持在7100亿元左右。",
        ],
        figs=[
            T("33.7亿人次", "人次", "exact", "actual", "全国铁路发送旅客"),
            F("33.7亿人次", "人次", "exact", "actual", "全国铁路发送旅客"),
            F("14.9%", "%", "exact", "actual", "全国铁路发送旅客", change="increase"),
            F("39.1亿吨", "吨", "exact", "actual", "全国铁路发送货物"),
            F("1.1万列", "列", "exact", "actual", "日均开行旅客列车"),
            F("800余列", "列", "at_least", "actual", "日均开行旅客列车", change="increase"),
            F("1.56亿人次", "人次", "exact", "actual", "国庆假期发送旅客"),
            F("7100亿元左右", "元", "about", "target", "全年铁路固定资产投资"),
        ],
    )
    t1 = Art(
        titles=["前三季度我国服务进出口同比增长14.4%"],
        kind="teaser", authors=[], place=None, date=None,
        paras=[
            "商务部最新数据显示，前三季度我国服务进出口总额5.5万亿元，同比增长14.4%，其中知识密集型服务进出口2.1万亿元，服务贸易逆差继续收窄。",
            "详见第2版",
        ],
        figs=[
            T("14.4%", "%", "exact", "actual", "服务进出口", change="increase"),
            F("5.5万亿元", "元", "exact", "actual", "服务进出口总额"),
            F("14.4%", "%", "exact", "actual", "服务进出口总额", change="increase"),
            F("2.1万亿元", "元", "exact", "actual", "知识密集型服务进出口"),
        ],
    )
    t2 = Art(
        titles=["宁德首座深远海智能养殖平台投用"],
        kind="teaser", authors=[], place=None, date=None,
        paras=[
            "近日，福建宁德首座深远海智能养殖平台在三都澳海域投入使用，单个养殖水体达6万立方米，可年产大黄鱼等优质海鱼1500吨。",
            "→3版",
        ],
        figs=[
            F("6万立方米", "立方米", "exact", "actual", "单个养殖水体"),
            F("1500吨", "吨", "exact", "target", "年产优质海鱼"),
        ],
    )
    t3 = Art(
        titles=["北大荒集团秋收进度过九成"],
        kind="teaser", authors=[], place=None, date=None,
        paras=["详见第5版"],
        figs=[
            T("九成", "成", "at_least", "actual", "秋收进度", optional=True),
        ],
    )
    guide = Art(
        titles=[], headline=None, column="导读", kind="teaser", authors=[], place=None,
        date=None,
        paras=[
            "数字人民币试点场景持续扩容（2版）",
            "晋江鞋服企业抱团“出海”记（4版）",
            "让老字号在传承中焕发新活力（6版）",
            "理论：因地制宜发展新质生产力（7版）",
        ],
        figs=[],
    )
    ed = Art(
        titles=["让“颗粒归仓”成为“颗粒增收”"],
        kind="opinion", authors=[], place=None, date=None,
        paras=[
            "秋风起，稻谷香。眼下，全国秋粮收购由南向北陆续展开，这是关系亿万农民切身利益的大事。秋粮占全年粮食产量的七成以上，秋粮收购顺不顺畅，直接影响农民一年的收成能否变成实实在在的收入。",
            "收购网点要建到农民家门口。一些地方网点布局不合理，农民售粮要跑几十里路、排大半天队。各地要根据粮食生产布局科学设点，延长收购时间，推广预约收购，让农民少跑腿、不压价、卖好粮。",
            "收购资金要及时足额到位。要压实地方政府和收购企业责任，严禁“打白条”、压级压价，确保售粮款及时足额兑付到农民手中。同时，要加强市场监测预警，该启动托市收购的地方要及时启动，守住“种粮卖得出”的底线，让种粮农民吃下“定心丸”。",
        ],
        figs=[
            F("七成以上", "成", "at_least", "actual", "秋粮占全年粮食产量比重", optional=True),
        ],
    )
    ind = "　　"
    lines = ["经济日报", "JINGJI RIBAO", "国内统一连续出版物号 CN 11-0014　邮发代号 1-76",
             "2024年10月16日　星期三", "农历甲辰年九月十四", "今日8版",
             "北京　晴　12℃～22℃　北风2级", "", ""]
    lines += [lead.titles[0], lead.titles[1], lead.titles[2], ""]
    lines += wrapped(lead.paras, 24, ind)
    lines += ["", ""]
    lines += title(rail.titles[0])
    lines += wrapped(rail.paras, 24, ind)
    lines += ["", ""]
    lines += title(t1.titles[0])
    lines += wrapped(t1.paras[:1], 24, ind)
    lines += ["　　　　　　　　　　　　　　　　详见第2版", ""]
    lines += title(t2.titles[0])
    lines += wrapped(t2.paras[:1], 24, ind)
    lines += ["　　　　　　　　　　　　　　　　　　→3版", ""]
    lines += [t3.titles[0], "　　　　　　　　　　　　　　　　详见第5版", "", ""]
    lines += ["导　读", ""]
    lines += guide.paras
    lines += ["", ""]
    lines += [ed.titles[0], "", "本报评论员", ""]
    lines += wrapped(ed.paras, 24, ind)
    return "v01_jingji_front_page", [lead, rail, t1, t2, t3, guide, ed], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# v02: city paper (衡阳, 湖南) with MIXED title positions: A's title above it, then
# A's body and B's body printed back to back with no title, byline or dateline between
# them (B has none at all), then B's title, C's title standing right after it (C's
# title above its own byline and body), then D's body (dateline) with its title below


def page_v02():
    a = Art(
        titles=["衡阳城市社区长者食堂实现全覆盖"],
        authors=["谭晓岚", "阳文斌"], place=None, date="2024-10-10",
        paras=[
            "本报讯（记者 谭晓岚 通讯员 阳文斌）10月10日，随着蒸湘区联合街道华新社区长者食堂开门迎客，衡阳市中心城区152个城市社区已全部建成长者食堂，实现城市社区助餐服务全覆盖。",
            "“荤素搭配，一餐只要8元，比自己在家做饭还划算。”家住华新社区的78岁老人周桂兰说。为解决行动不便老人的吃饭难题，各长者食堂还开通了送餐上门服务，由社区志愿者和外卖骑手组成的“爱心送餐队”每天把热饭热菜送到老人家中。据了解，全市长者食堂日均服务老年人1.6万人次，对80岁以上老人、低保和特困老人等群体每餐给予2元至5元补贴。",
            "衡阳市民政局负责人介绍，今年全市计划投入资金4800万元，在农村地区新建长者食堂200个以上，力争到年底城乡社区助餐服务覆盖率达到75%。",
        ],
        figs=[
            F("152个", "个", "exact", "actual", "建成长者食堂的城市社区"),
            F("8元", "元", "exact", "actual", "长者食堂每餐价格"),
            F("78岁", "岁", "exact", "actual", "老人年龄", optional=True),
            F("1.6万人次", "人次", "exact", "actual", "长者食堂日均服务老年人"),
            F("80岁以上", "岁", "at_least", "actual", "补贴对象年龄", optional=True),
            F("2元至5元", "元", "exact", "actual", "每餐补贴", value=2, value_max=5),
            F("4800万元", "元", "exact", "target", "计划投入资金"),
            F("200个以上", "个", "at_least", "target", "农村新建长者食堂"),
            F("75%", "%", "exact", "target", "城乡社区助餐服务覆盖率"),
        ],
    )
    b = Art(
        titles=["耒阳：小毛竹撑起富民大产业"],
        kind="feature", authors=[], place=None, date=None,
        paras=[
            "深秋时节，走进耒阳市导子镇的竹林深处，机器轰鸣声此起彼伏。工人们将刚砍下的毛竹锯段、破片，装车运往山下的加工厂。",
            "耒阳是全省重点产竹县市之一，全市有竹林面积68万亩。过去，毛竹大多以原竹形式低价外销，卖不上价钱。近年来，当地引进竹材精深加工企业23家，开发出竹地板、竹家具、竹炭、竹纤维等产品200多种，一根毛竹的价值提高到原来的5倍以上。",
            "“以前竹子砍下来没人要，现在家门口就能打工，每个月工资有4000多元。”在竹业公司上班的村民谢长根说。他所在的竹业公司今年新上了一条竹纤维生产线，工人从去年的80人增加到150人，其中一半以上是附近的脱贫户。去年，耒阳竹产业综合产值达到52亿元，带动3.2万名林农增收。",
            "耒阳市林业局负责人表示，该市将继续推进“以竹代塑”，建设竹产业园区，力争到2026年竹产业综合产值突破百亿元。",
        ],
        figs=[
            F("68万亩", "亩", "exact", "actual", "竹林面积"),
            F("23家", "家", "exact", "actual", "引进竹材精深加工企业"),
            F("200多种", "种", "at_least", "actual", "开发竹产品"),
            F("5倍以上", "倍", "at_least", "actual", "一根毛竹的价值"),
            F("4000多元", "元", "at_least", "actual", "村民月收入"),
            F("80人", "人", "exact", "actual", "去年竹业公司工人"),
            F("150人", "人", "exact", "actual", "竹业公司工人"),
            F("52亿元", "元", "exact", "actual", "竹产业综合产值"),
            F("3.2万名", "名", "exact", "actual", "带动增收林农"),
            F("百亿元", "元", "at_least", "target", "竹产业综合产值"),
        ],
    )
    c = Art(
        titles=["常宁油茶喜获丰收 鲜果收购价每斤涨了0.3元"],
        authors=["曹一鸣", "李燕"], place="常宁", date="2024-10-09",
        paras=[
            "本报常宁讯 10月9日，常宁市西岭镇的油茶林里，果农们正忙着采摘油茶果。今年常宁油茶挂果率高、果实饱满，鲜果收购价达到每斤3.2元，比去年上涨0.3元。",
            "常宁市现有油茶林面积42万亩，今年预计产茶油1.9万吨，综合产值超过38亿元。近年来，该市累计完成油茶低产林改造11万亩，建成标准化示范基地36个。",
            "“家里30亩油茶林，估计今年能多收1万多元。”西岭镇平安村种植户李国强说。目前，全市1.5万户油茶种植户户均年增收6000余元。",
        ],
        figs=[
            T("0.3元", "元", "exact", "actual", "鲜果收购价每斤", change="increase"),
            F("3.2元", "元", "exact", "actual", "鲜果收购价每斤"),
            F("0.3元", "元", "exact", "actual", "鲜果收购价每斤", change="increase"),
            F("42万亩", "亩", "exact", "actual", "油茶林面积"),
            F("1.9万吨", "吨", "exact", "target", "预计产茶油"),
            F("38亿元", "元", "at_least", "target", "油茶综合产值"),
            F("11万亩", "亩", "exact", "actual", "累计改造油茶低产林"),
            F("36个", "个", "exact", "actual", "标准化示范基地"),
            F("30亩", "亩", "exact", "actual", "种植户油茶林"),
            F("1万多元", "元", "at_least", "target", "种植户多收入", change="increase"),
            F("1.5万户", "户", "exact", "actual", "油茶种植户"),
            F("6000余元", "元", "at_least", "actual", "户均年增收", change="increase"),
        ],
    )
    d = Art(
        titles=["祁东黄花菜用上智能烘干线"],
        authors=["邓佳丽"], place="祁东", date="2024-10-11",
        paras=[
            "本报祁东讯（通讯员 邓佳丽）10月11日，祁东县黄花菜产业园智能烘干生产线正式投产，每天可加工鲜黄花菜120吨，效率比传统晾晒方式提高4倍。",
            "今年，祁东县黄花菜种植面积达到16.8万亩，已收获干品3.5万吨，实现产值26亿元。智能烘干线投产后，将有效解决雨季黄花菜晾晒难、易霉变的问题，烘干后的黄花菜色泽金黄、品质稳定，预计每年可减少因霉变造成的损失3000万元以上。",
        ],
        figs=[
            F("120吨", "吨", "exact", "actual", "每天加工鲜黄花菜"),
            F("4倍", "倍", "exact", "actual", "烘干效率", change="increase"),
            F("16.8万亩", "亩", "exact", "actual", "黄花菜种植面积"),
            F("3.5万吨", "吨", "exact", "actual", "黄花菜干品产量"),
            F("26亿元", "元", "exact", "actual", "黄花菜产值"),
            F("3000万元以上", "元", "at_least", "target", "每年减少霉变损失", change="decrease"),
        ],
    )
    e = Art(
        titles=["衡南县52个村集体经济收入超50万元"],
        authors=["罗晓峰"], place="衡南", date="2024-10-10",
        paras=[
            "本报衡南讯（记者 罗晓峰）10月10日，记者从衡南县农业农村局了解到，今年以来，该县通过发展物业经济、乡村旅游、农产品加工等产业，村级集体经济持续壮大，全县已有52个村集体经济年收入超过50万元，比去年增加17个。",
            "该县还设立村级集体经济发展专项资金3000万元，重点扶持37个产业项目。县农业农村局负责人表示，到2025年，全县将基本消除集体经济年收入10万元以下的村。",
        ],
        figs=[
            T("52个", "个", "exact", "actual", "集体经济收入超50万元的村"),
            T("50万元", "元", "at_least", "actual", "村集体经济年收入"),
            F("52个", "个", "exact", "actual", "集体经济年收入超50万元的村"),
            F("50万元", "元", "at_least", "actual", "村集体经济年收入"),
            F("17个", "个", "exact", "actual", "集体经济年收入超50万元的村", change="increase"),
            F("3000万元", "元", "exact", "actual", "村级集体经济发展专项资金"),
            F("37个", "个", "exact", "actual", "扶持产业项目"),
            F("10万元以下", "元", "at_most", "target", "村集体经济年收入", optional=True),
        ],
    )
    ind = "　　"
    lines = ["衡阳日报　2024年10月12日　星期六", "第3版　县域经济", "", ""]
    lines += title(a.titles[0])
    lines += wrapped(a.paras, 22, ind)
    lines += wrapped(b.paras, 22, ind)
    lines += [""]
    lines += title(b.titles[0])
    lines += title(c.titles[0])
    lines += ["　　□本报记者 曹一鸣 通讯员 李燕"]
    lines += wrapped(c.paras, 22, ind)
    lines += [""]
    lines += wrapped(d.paras, 22, ind)
    lines += [""]
    lines += title(d.titles[0])
    lines += wrapped(e.paras, 22, ind)
    lines += [""]
    lines += title(e.titles[0])
    lines += ["本版编辑：刘敏　美编：王婷"]
    return "v02_hengyang_mixed_untitled_neighbour", [a, b, c, d, e], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# v03: farm paper (北大荒, 黑龙江) 图片新闻 page: four captions in a row, each
# starting with a date, each followed by its credit on a line of its own
# (`（记者 X 摄）` or `新华社记者 X 摄`), two with a short title above; a news
# item; then a 组图 with a title, a short note and the line `本版摄影：本报记者 X`


def page_v03():
    p1 = Art(
        titles=["万亩稻田开镰收割"], kind="photo", authors=["孙立国"], place=None,
        date="2024-10-08",
        paras=[
            "10月8日，建三江分公司七星农场有限公司的种植户驾驶收获机在稻田里收割水稻。今年，七星农场种植水稻118万亩，采用“割晒拾禾”与直收相结合的方式抢收，日收获能力达到6万亩，目前水稻收获已过半。",
        ],
        figs=[
            F("118万亩", "亩", "exact", "actual", "七星农场水稻种植面积"),
            F("6万亩", "亩", "exact", "actual", "日收获能力"),
        ],
    )
    p2 = Art(
        titles=[], headline=None, kind="photo", authors=["王建威"], place=None,
        date="2024-10-07",
        paras=[
            "10月7日，友谊分公司的农机手驾驶自走式收获机在玉米地里抢收玉米。该公司今年种植玉米36.5万亩，投入大型收获机械420台，预计玉米总产量可达28万吨。",
        ],
        figs=[
            F("36.5万亩", "亩", "exact", "actual", "玉米种植面积"),
            F("420台", "台", "exact", "actual", "投入大型收获机械"),
            F("28万吨", "吨", "exact", "target", "预计玉米总产量"),
        ],
    )
    p3 = Art(
        titles=["新豆入仓粒粒香"], kind="photo", authors=["李红梅"], place=None,
        date="2024-10-06",
        paras=[
            "10月6日，九三分公司尖山农场有限公司的职工在晾晒场翻晒新收获的大豆。当天，该公司大豆收获进度达到86%，平均亩产比去年提高12公斤。新收获的大豆经过晾晒、清选后，将直接运往集团所属的大豆加工企业。",
        ],
        figs=[
            F("86%", "%", "exact", "actual", "大豆收获进度"),
            F("12公斤", "公斤", "exact", "actual", "大豆平均亩产", change="increase"),
        ],
    )
    p4 = Art(
        titles=[], headline=None, kind="photo", authors=["谢尚国"], place=None,
        date="2024-10-05",
        paras=[
            "10月5日，红兴隆分公司的种植户在收获后的地块开展秋翻整地作业。据了解，北大荒集团今年计划完成秋整地4100万亩以上，为明年春播打好基础。各农场有限公司坚持“边收边整”，做到收获一块、整地一块，深翻、耙地、起垄一次完成，既保墒又节本，确保整地质量达到标准。",
        ],
        figs=[
            F("4100万亩以上", "亩", "at_least", "target", "秋整地"),
        ],
    )
    news = Art(
        titles=["北大荒集团秋粮收购启动"],
        authors=["赵雪松"], place=None, date="2024-10-08",
        paras=[
            "本报讯（记者 赵雪松）10月8日，北大荒集团秋粮收购工作全面启动。集团所属的112个收储库点同步开秤，今年计划收购秋粮1200万吨，其中水稻650万吨、玉米420万吨。",
            "今年垦区秋粮品质好、水分低，各收储库点开秤首日就迎来了送粮车队。为方便职工群众售粮，各收储库点推行“线上预约、错峰售粮”，开通“北大荒粮仓”手机预约服务，售粮车辆平均等待时间缩短到1小时以内。集团还协调金融机构准备收购资金180亿元，确保售粮款当天结算，让种植户卖“放心粮”、拿“明白钱”。",
        ],
        figs=[
            F("112个", "个", "exact", "actual", "收储库点"),
            F("1200万吨", "吨", "exact", "target", "计划收购秋粮"),
            F("650万吨", "吨", "exact", "target", "计划收购水稻"),
            F("420万吨", "吨", "exact", "target", "计划收购玉米"),
            F("1小时以内", "小时", "at_most", "actual", "售粮车辆平均等待时间"),
            F("180亿元", "元", "exact", "actual", "准备收购资金"),
        ],
    )
    news2 = Art(
        titles=["建三江数字农服中心投入运行"],
        authors=["刘春阳", "张雪"], place="建三江", date="2024-10-07",
        paras=[
            "本报建三江讯（记者 刘春阳 通讯员 张雪）10月7日，建三江分公司数字农服中心正式投入运行。中心接入各类农机具1.2万台套，可实时监测作业进度和作业质量，为种植户提供农机调度、烘干预约等服务。",
            "据介绍，中心运行后，预计农机平均空驶里程可缩短30%左右，烘干塔排队时间将由原来的2天缩短到半天以内。今年，建三江分公司水稻种植面积达到820万亩，预计产量90亿斤以上。",
        ],
        figs=[
            F("1.2万台套", "台套", "exact", "actual", "接入农机具"),
            F("30%左右", "%", "about", "target", "农机平均空驶里程", change="decrease"),
            F("2天", "天", "exact", "actual", "原烘干塔排队时间"),
            F("半天以内", "天", "at_most", "target", "烘干塔排队时间", value=0.5, optional=True),
            F("820万亩", "亩", "exact", "actual", "水稻种植面积"),
            F("90亿斤以上", "斤", "at_least", "target", "预计水稻产量"),
        ],
    )
    news3 = Art(
        titles=["垦区秋季防火进入关键期"],
        authors=["马红岩"], place=None, date="2024-10-08",
        paras=[
            "本报讯（记者 马红岩）10月8日，北大荒集团召开秋季森林草原防灭火工作会议，要求各单位严格落实秸秆禁烧责任，确保秋收期间不发生火情。",
            "目前，集团已组建专业扑火队伍86支、队员2100余人，储备各类扑火机具1.5万台件，在重点区域设立检查站320个，实行24小时值守。",
        ],
        figs=[
            F("86支", "支", "exact", "actual", "专业扑火队伍"),
            F("2100余人", "人", "at_least", "actual", "扑火队员"),
            F("1.5万台件", "台件", "exact", "actual", "储备扑火机具"),
            F("320个", "个", "exact", "actual", "重点区域检查站"),
            F("24小时", "小时", "exact", "actual", "检查站值守", optional=True),
        ],
    )
    news4 = Art(
        titles=["友谊农场“稻渔共作”亩增收八百元"],
        authors=["周晓光"], place="友谊", date="2024-10-06",
        paras=[
            "本报友谊讯（记者 周晓光）10月6日，友谊农场有限公司第五管理区的稻田里，种植户一边收割水稻，一边起捕稻田里的河蟹。今年，该管理区推广“稻渔共作”模式1.3万亩，亩均产蟹25公斤，每亩增收800元。",
            "“稻田里养蟹不用化肥农药，大米每斤能多卖1元钱。”种植户刘长江说。明年，农场计划将“稻渔共作”面积扩大到3万亩。",
        ],
        figs=[
            T("八百元", "元", "exact", "actual", "稻渔共作亩增收", change="increase"),
            F("1.3万亩", "亩", "exact", "actual", "推广稻渔共作模式"),
            F("25公斤", "公斤", "exact", "actual", "亩均产蟹"),
            F("800元", "元", "exact", "actual", "每亩增收", change="increase"),
            F("1元", "元", "exact", "actual", "大米每斤多卖", change="increase"),
            F("3万亩", "亩", "exact", "target", "稻渔共作面积"),
        ],
    )
    group = Art(
        titles=["垦区秋收过八成"], kind="photo", authors=["孙立国"], place=None,
        date="2024-10-08",
        paras=[
            "截至10月8日，北大荒集团已收获农作物3860万亩，占应收面积的80.2%，其中水稻收获进度比去年同期快5个百分点。金秋时节，垦区处处是机械轰鸣、粮车穿梭的繁忙景象。各分公司组织农机手昼夜轮班作业，抢抓晴好天气收获，确保粮食颗粒归仓。",
        ],
        figs=[
            T("八成", "成", "at_least", "actual", "秋收进度", optional=True),
            F("3860万亩", "亩", "exact", "actual", "已收获农作物"),
            F("80.2%", "%", "exact", "actual", "收获占应收面积比例"),
            F("5个百分点", "百分点", "exact", "actual", "水稻收获进度", change="increase"),
        ],
    )
    ind = "　　"
    lines = ["北大荒日报　2024年10月9日　星期三", "第4版　图片新闻", "", ""]
    lines += title(p1.titles[0])
    lines += wrapped(p1.paras, 23, ind)
    lines += ["　　（记者 孙立国 摄）", ""]
    lines += wrapped(p2.paras, 23, ind)
    lines += ["　　新华社记者 王建威 摄", ""]
    lines += title(p3.titles[0])
    lines += wrapped(p3.paras, 23, ind)
    lines += ["　　（记者 李红梅 摄）", ""]
    lines += wrapped(p4.paras, 23, ind)
    lines += ["　　新华社记者 谢尚国 摄", "", ""]
    lines += title(news.titles[0])
    lines += wrapped(news.paras, 23, ind)
    lines += ["", ""]
    lines += title(news2.titles[0])
    lines += wrapped(news2.paras, 23, ind)
    lines += ["", ""]
    lines += title(news3.titles[0])
    lines += wrapped(news3.paras, 23, ind)
    lines += ["", ""]
    lines += title(news4.titles[0])
    lines += wrapped(news4.paras, 23, ind)
    lines += ["", ""]
    lines += title(group.titles[0])
    lines += wrapped(group.paras, 23, ind)
    lines += ["本版摄影：本报记者 孙立国", ""]
    lines += ["本版编辑：马丽娜"]
    return "v03_beidahuang_photo_page", [p1, p2, p3, p4, news, news2, news3, news4, group], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# v04: 福建 metropolitan paper (晋江, A pages): bylines `■ 文/记者 X 通讯员 Y`,
# datelines `【本报讯】` and `本报10月14日讯`, intertitles marked `◆` / `▲`
# (ornament dropped), and an article continued from page A1 `（上接A1版）`


def page_v04():
    cont = Art(
        titles=["晋江鞋服企业抱团“出海”拓市场"],
        kind="feature", authors=[], place=None, date=None,
        paras=[
            "{上接A1版}在五里工业园区的一家运动鞋企业，生产线上的工人正在赶制发往中东的订单。企业负责人告诉记者，今年以来，企业在迪拜、利雅得新设了2个海外仓，前三季度出口额同比增长27%。",
            "小订单撬动大市场",
            "“过去我们只做大单，现在几百双的小订单也接。”这家企业的外贸经理说，借助跨境电商平台，企业今年新开发海外客户130多家，其中小批量订单占比超过四成。据晋江市商务局统计，前三季度全市跨境电商交易额达到186亿元，同比增长31.5%。",
            "抱团出海降成本",
            "单打独斗不如抱团出海。今年以来，晋江组织鞋服企业组团参加境外展会28场，统一租用海外仓、统一物流配送，企业平均物流成本下降15%左右。晋江市相关负责人表示，到2025年底，全市将培育年出口额超亿元的外贸企业50家以上。",
        ],
        figs=[
            F("2个", "个", "exact", "actual", "新设海外仓"),
            F("27%", "%", "exact", "actual", "企业出口额", change="increase"),
            F("130多家", "家", "at_least", "actual", "新开发海外客户"),
            F("四成", "成", "at_least", "actual", "小批量订单占比", optional=True),
            F("186亿元", "元", "exact", "actual", "跨境电商交易额"),
            F("31.5%", "%", "exact", "actual", "跨境电商交易额", change="increase"),
            F("28场", "场", "exact", "actual", "组团参加境外展会"),
            F("15%左右", "%", "about", "actual", "企业平均物流成本", change="decrease"),
            F("50家以上", "家", "at_least", "target", "年出口额超亿元外贸企业"),
            F("超亿元", "元", "at_least", "target", "外贸企业年出口额门槛", value=100000000, optional=True),
        ],
    )
    a = Art(
        titles=["晋江今年新增省级“专精特新”企业46家"],
        authors=["施雅琳", "许志鹏"], place=None, date="2024-10-14",
        paras=[
            "【本报讯】10月14日，记者从晋江市工业和信息化局获悉，福建省公布2024年度省级“专精特新”中小企业名单，晋江共有46家企业入选，入选数量居全省县域首位。至此，晋江省级以上“专精特新”企业累计达到312家，其中国家级专精特新“小巨人”企业28家。",
            "入选企业主要集中在纺织鞋服、智能装备、新材料等领域，平均研发投入占营业收入的比重达到4.6%，拥有有效发明专利1100余件。",
            "晋江市工信局负责人介绍，今年晋江出台支持中小企业专精特新发展的12条措施，对新认定的省级“专精特新”企业给予一次性奖励20万元。",
        ],
        figs=[
            T("46家", "家", "exact", "actual", "新增省级专精特新企业"),
            F("46家", "家", "exact", "actual", "入选省级专精特新企业"),
            F("312家", "家", "exact", "actual", "省级以上专精特新企业累计"),
            F("28家", "家", "exact", "actual", "国家级专精特新小巨人企业"),
            F("4.6%", "%", "exact", "actual", "研发投入占营业收入比重"),
            F("1100余件", "件", "at_least", "actual", "有效发明专利"),
            F("12条", "条", "exact", "actual", "支持专精特新发展措施"),
            F("20万元", "元", "exact", "actual", "一次性奖励"),
        ],
    )
    b = Art(
        titles=["安海镇老街改造完成 百年骑楼“换新颜”"],
        authors=["陈晓燕"], place=None, date="2024-10-13",
        paras=[
            "本报10月13日讯 13日上午，历时8个月的安海镇中山路老街改造工程完工，沿街62栋骑楼完成立面修缮，街面恢复了传统石板路。",
            "改造中，施工方坚持“修旧如旧”，对破损的花窗、山花逐一测绘复原，同步完成雨污分流管网铺设1.6公里、线缆下地2.3公里。老街还引进闽南小吃、非遗手作等特色商户40余家。“房子修好了，游客也多了，周末一天能卖出300多碗面线糊。”老街商户黄阿婆说。",
        ],
        figs=[
            F("8个月", "个月", "exact", "actual", "老街改造工期", optional=True),
            F("62栋", "栋", "exact", "actual", "完成立面修缮骑楼"),
            F("1.6公里", "公里", "exact", "actual", "雨污分流管网铺设"),
            F("2.3公里", "公里", "exact", "actual", "线缆下地"),
            F("40余家", "家", "at_least", "actual", "引进特色商户"),
            F("300多碗", "碗", "at_least", "actual", "周末一天卖出面线糊"),
        ],
    )
    c = Art(
        titles=["“家门口”的医疗服务更暖心"],
        kind="feature", authors=["蔡丽君", "王志强"], place=None, date=None,
        paras=[
            "清晨7点，磁灶镇社区卫生服务中心的诊室外已排起了队。“以前看个专家要跑到泉州市区，现在在镇上就能挂上专家号。”前来就诊的村民吴大伯说。",
            "专家下沉到基层",
            "去年以来，晋江与泉州市区6家三甲医院组建医疗联合体，每周安排专家到镇（街道）卫生院坐诊。目前，全市19个镇（街道）卫生院已开设专家门诊科室96个，累计接诊患者8.7万人次。",
            "家庭医生上门来",
            "晋江还组建家庭医生团队286个，为65岁以上老人、慢性病患者等重点人群提供签约服务，重点人群签约率达到78.5%。今年，全市计划再新建村卫生所标准化示范点30个。",
        ],
        figs=[
            F("6家", "家", "exact", "actual", "组建医联体的三甲医院"),
            F("19个", "个", "exact", "actual", "镇街道卫生院"),
            F("96个", "个", "exact", "actual", "开设专家门诊科室"),
            F("8.7万人次", "人次", "exact", "actual", "累计接诊患者"),
            F("286个", "个", "exact", "actual", "家庭医生团队"),
            F("65岁以上", "岁", "at_least", "actual", "签约服务老人年龄", optional=True),
            F("78.5%", "%", "exact", "actual", "重点人群签约率"),
            F("30个", "个", "exact", "target", "新建村卫生所标准化示范点"),
        ],
    )
    d = Art(
        titles=["晋江国际鞋纺城秋季采购节开幕"],
        authors=["许志鹏", "黄俊杰"], place=None, date="2024-10-14",
        paras=[
            "【本报讯】10月14日，2024晋江国际鞋纺城秋季采购节开幕，来自30多个国家和地区的采购商到场洽谈，首日意向成交额达4.2亿元，一批跨境电商企业也组团到场选品。",
            "本届采购节为期5天，设置运动鞋服、纺织面料、鞋材辅料等展区，参展企业620家。鞋纺城还开设“跨境直采”专区，为中小企业对接海外订单。据统计，今年前三季度，晋江国际鞋纺城交易额达到386亿元，同比增长9.8%。",
        ],
        figs=[
            F("30多个", "个", "at_least", "actual", "采购商来源国家和地区"),
            F("4.2亿元", "元", "exact", "actual", "首日意向成交额"),
            F("5天", "天", "exact", "actual", "采购节会期", optional=True),
            F("620家", "家", "exact", "actual", "参展企业"),
            F("386亿元", "元", "exact", "actual", "鞋纺城前三季度交易额"),
            F("9.8%", "%", "exact", "actual", "鞋纺城交易额", change="increase"),
        ],
    )
    ind = "　　"
    lines = ["晋江经济报　2024年10月15日　星期二", "A2　要闻", "", ""]
    lines += title(cont.titles[0])
    body = wrapped([cont.paras[0]], 21, ind)
    body += ["　　◆ " + cont.paras[1]]
    body += wrapped([cont.paras[2]], 21, ind)
    body += ["　　◆ " + cont.paras[3]]
    body += wrapped([cont.paras[4]], 21, ind)
    lines += body + ["", ""]
    lines += title(a.titles[0])
    lines += ["　　■ 文/记者 施雅琳 通讯员 许志鹏"]
    lines += wrapped(a.paras, 21, ind)
    lines += ["", ""]
    lines += title(b.titles[0])
    lines += ["　　■ 文/记者 陈晓燕"]
    lines += wrapped(b.paras, 21, ind)
    lines += ["", ""]
    lines += title(c.titles[0])
    lines += ["　　■ 文/记者 蔡丽君 通讯员 王志强"]
    body = wrapped([c.paras[0]], 21, ind)
    body += ["　　▲ " + c.paras[1]]
    body += wrapped([c.paras[2]], 21, ind)
    body += ["　　▲ " + c.paras[3]]
    body += wrapped([c.paras[4]], 21, ind)
    lines += body
    lines += ["", ""]
    lines += title(d.titles[0])
    lines += ["　　■ 文/记者 许志鹏 通讯员 黄俊杰"]
    lines += wrapped(d.paras, 21, ind)
    return "v04_jinjiang_marked_subheads_continued", [cont, a, b, c, d], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# v05: county paper (浦江, 浙江), VERY narrow columns (~16 characters), titles BELOW
# bodies and broken over lines too: a long headline in three lines (broken inside a
# phrase), a two-line kicker above a two-line headline (a blank line between them),
# a two-line title; `□记者 X 报道` bylines above the bodies


def page_v05():
    a = Art(
        titles=["浦江水晶产业“老树发新枝”", "前三季度规上产值", "同比增长12.6%"],
        headline="浦江水晶产业“老树发新枝” 前三季度规上产值 同比增长12.6%",
        authors=["楼雨婷", "张伟杰"], place=None, date="2024-10-16",
        paras=[
            "本报讯 10月16日，记者从县经信局获悉，前三季度，全县水晶产业实现规上工业产值86.3亿元，同比增长12.6%，占全县规上工业产值的比重提高到21.4%。",
            "近年来，浦江推动水晶企业整治与入园集聚并进，建成水晶产业园区5个，入园企业达到1380家。园区统一建设污水处理设施，日处理能力达到3万吨，水晶废水实现应收尽收。曾经“污水横流、垃圾遍地”的浦阳江，如今重现“一江清水向东流”。",
            "与此同时，越来越多的水晶企业走上设计研发之路。目前，全县水晶企业拥有设计人员2100余名，今年新开发产品1.8万款，水晶灯饰、水晶工艺品出口额同比增长18.7%。县经信局负责人表示，力争到2025年水晶产业产值突破150亿元。",
        ],
        figs=[
            T("12.6%", "%", "exact", "actual", "水晶产业规上产值", change="increase"),
            F("86.3亿元", "元", "exact", "actual", "水晶产业规上工业产值"),
            F("12.6%", "%", "exact", "actual", "水晶产业规上工业产值", change="increase"),
            F("21.4%", "%", "exact", "actual", "占全县规上工业产值比重"),
            F("5个", "个", "exact", "actual", "水晶产业园区"),
            F("1380家", "家", "exact", "actual", "入园企业"),
            F("3万吨", "吨", "exact", "actual", "污水日处理能力"),
            F("2100余名", "名", "at_least", "actual", "水晶企业设计人员"),
            F("1.8万款", "款", "exact", "actual", "新开发产品"),
            F("18.7%", "%", "exact", "actual", "水晶灯饰工艺品出口额", change="increase"),
            F("150亿元", "元", "at_least", "target", "水晶产业产值"),
        ],
    )
    b = Art(
        titles=["践行“千万工程”", "建设和美乡村", "登高村：昔日“空心村”", "变身网红打卡地"],
        headline="登高村：昔日“空心村” 变身网红打卡地",
        kind="feature", authors=["张晓萌"], place=None, date=None,
        paras=[
            "秋日的登高村，天高云淡，层层梯田染上金黄，石头垒成的老屋错落有致。周末的村道上，来自杭州、金华等地的游客络绎不绝。",
            "谁能想到，十年前这里还是一个年轻人纷纷外出、老屋大量闲置的“空心村”。2019年起，村里引进乡村运营团队，盘活闲置农房46幢，改造成民宿、咖啡馆和艺术工作室。",
            "“去年村里接待游客32万人次，村集体经营性收入达到128万元，是五年前的8倍。”村党支部书记张有根说。如今，已有60多名年轻人回到村里创业就业。90后姑娘张晓丽辞去城里的工作，回村开了一家茶饮店，国庆假期每天能卖出400多杯。“在家门口创业，既能照顾父母，收入也不比城里差。”她说。",
        ],
        figs=[
            F("46幢", "幢", "exact", "actual", "盘活闲置农房"),
            F("32万人次", "人次", "exact", "actual", "接待游客"),
            F("128万元", "元", "exact", "actual", "村集体经营性收入"),
            F("8倍", "倍", "exact", "actual", "村集体经营性收入与五年前之比"),
            F("60多名", "名", "at_least", "actual", "回村创业就业年轻人"),
            F("400多杯", "杯", "at_least", "actual", "茶饮店国庆假期每天卖出"),
        ],
    )
    c = Art(
        titles=["浦江葡萄“触网”", "线上销售额超1.2亿元"],
        headline="浦江葡萄“触网” 线上销售额超1.2亿元",
        authors=["楼晓东"], place=None, date="2024-10-15",
        paras=[
            "本报讯 10月15日，在浦江县葡萄电商直播基地，主播们正对着镜头热情介绍刚从枝头采摘的“阳光玫瑰”。今年以来，浦江葡萄线上销售额超1.2亿元，同比增长35%。",
            "浦江是“中国巨峰葡萄之乡”，全县葡萄种植面积7.2万亩。今年，县里已组织电商培训班26期，培训种植户1500余人次，带动820户果农开设网店。“以前葡萄要拉到批发市场，一车一车地等着批发商来收，价格被压得很低，现在通过直播，一斤能多卖两三元。”前吴乡种植户陈建华说。",
        ],
        figs=[
            T("1.2亿元", "元", "at_least", "actual", "葡萄线上销售额"),
            F("1.2亿元", "元", "at_least", "actual", "葡萄线上销售额"),
            F("35%", "%", "exact", "actual", "葡萄线上销售额", change="increase"),
            F("7.2万亩", "亩", "exact", "actual", "葡萄种植面积"),
            F("26期", "期", "exact", "actual", "电商培训班"),
            F("1500余人次", "人次", "at_least", "actual", "培训种植户"),
            F("820户", "户", "exact", "actual", "开设网店果农"),
            F("两三元", "元", "exact", "actual", "每斤多卖价格", value=2, value_max=3, optional=True),
        ],
    )
    d = Art(
        titles=["县人民医院胸痛中心通过国家认证"],
        authors=["何佳慧"], place=None, date="2024-10-17",
        paras=[
            "本报讯 10月17日，记者从县人民医院获悉，该院胸痛中心顺利通过国家标准版胸痛中心认证。",
            "胸痛中心成立以来，已累计救治急性胸痛患者3200余例，急性心肌梗死患者从进门到血管开通的平均时间由原来的110分钟缩短至62分钟，远低于90分钟的国家标准。医院还与全县各乡镇卫生院建立心电远程诊断网络，基层心电图可在10分钟内得到上级医生的诊断意见。",
        ],
        figs=[
            F("3200余例", "例", "at_least", "actual", "累计救治急性胸痛患者"),
            F("110分钟", "分钟", "exact", "actual", "原平均进门至血管开通时间"),
            F("62分钟", "分钟", "exact", "actual", "平均进门至血管开通时间"),
            F("90分钟", "分钟", "at_most", "actual", "国家标准时间", optional=True),
            F("10分钟", "分钟", "at_most", "actual", "基层心电图获得诊断意见时间", optional=True),
        ],
    )
    e = Art(
        titles=["“浦江剪纸”走进", "杭城地铁车厢"],
        headline="“浦江剪纸”走进 杭城地铁车厢",
        authors=["陈思远"], place=None, date="2024-10-12",
        paras=[
            "本报讯 10月12日，以“浦江剪纸”为主题的文化专列在杭州地铁19号线上线运行。专列车厢内展示了浦江剪纸作品120余幅，题材涵盖山水风光、民俗风情等。不少乘客举起手机拍照，“没想到剪纸还能这么时尚，坐地铁像逛了一回展览。”乘客王女士说。",
            "浦江剪纸是国家级非物质文化遗产，以构图饱满、刀法细腻著称。近年来，浦江开设剪纸培训班80余期，培养剪纸爱好者3000多人，开发剪纸文创产品50多种，年销售额突破500万元。",
        ],
        figs=[
            F("120余幅", "幅", "at_least", "actual", "展示剪纸作品"),
            F("80余期", "期", "at_least", "actual", "开设剪纸培训班"),
            F("3000多人", "人", "at_least", "actual", "培养剪纸爱好者"),
            F("50多种", "种", "at_least", "actual", "开发剪纸文创产品"),
            F("500万元", "元", "at_least", "actual", "剪纸文创产品年销售额"),
        ],
    )
    ind = "  "
    lines = ["浦江报　2024年10月18日　星期五　第2版", "", ""]
    lines += ["  □记者 楼雨婷", "   通讯员 张伟杰 报道"]
    lines += wrapped(a.paras, 16, ind)
    lines += [""]
    lines += a.titles + [""]
    lines += ["  □记者 张晓萌 报道"]
    lines += wrapped(b.paras, 16, ind)
    lines += [""]
    lines += b.titles[:2] + [""] + b.titles[2:] + [""]
    lines += ["  □通讯员 楼晓东 报道"]
    lines += wrapped(c.paras, 16, ind)
    lines += [""]
    lines += c.titles + [""]
    lines += ["  □记者 何佳慧 报道"]
    lines += wrapped(d.paras, 16, ind)
    lines += [""]
    lines += d.titles + [""]
    lines += ["  □记者 陈思远 报道"]
    lines += wrapped(e.paras, 16, ind)
    lines += [""]
    lines += e.titles
    return "v05_pujiang_narrow_broken_titles_below", [a, b, c, d, e], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# v06: city paper (长治, 山西), GB18030 with CRLF, one paragraph per line; rarer
# characters (甲骨文 `丄`, names with 喆 堃 镕 珺), full-width Latin (`ＧＤＰ`, `ＡＩ`,
# `５Ｇ`) and full-width figures (`１．２万亿元`, `３０％以上`); the page's only full
# date is in the FOOTER line at the bottom (`2024年10月15日`), the year of every lead


def page_v06():
    a = Art(
        titles=["长治前三季度数字经济核心产业增加值增长１５．２％"],
        authors=["郭子堃", "王喆"], place=None, date="2024-10-14",
        paras=[
            "本报讯（记者 郭子堃 通讯员 王喆）１０月１４日，记者从市数据局获悉，前三季度，全市数字经济核心产业增加值同比增长１５．２％，高于ＧＤＰ增速９．６个百分点。",
            "今年以来，长治加快建设算力基础设施，已建成５Ｇ基站８６００个，数据中心标准机架达到１．２万个。全市规上工业企业数字化改造覆盖率达到６８％，培育ＡＩ应用场景４５个。",
            "根据全省规划，到2025年底，山西数字经济规模将达到１．２万亿元，占地区生产总值的比重达到３０％以上。市数据局负责人表示，长治将力争年内新增“上云用数赋智”企业３００家。",
        ],
        figs=[
            T("１５．２％", "%", "exact", "actual", "数字经济核心产业增加值", change="increase"),
            F("１５．２％", "%", "exact", "actual", "数字经济核心产业增加值", change="increase"),
            F("９．６个百分点", "百分点", "exact", "actual", "高于ＧＤＰ增速"),
            F("８６００个", "个", "exact", "actual", "５Ｇ基站"),
            F("１．２万个", "个", "exact", "actual", "数据中心标准机架"),
            F("６８％", "%", "exact", "actual", "规上工业企业数字化改造覆盖率"),
            F("４５个", "个", "exact", "actual", "ＡＩ应用场景"),
            F("１．２万亿元", "元", "exact", "target", "全省数字经济规模"),
            F("３０％以上", "%", "at_least", "target", "数字经济占地区生产总值比重"),
            F("３００家", "家", "exact", "target", "新增上云用数赋智企业"),
        ],
    )
    b = Art(
        titles=["“甲骨文里的上党”特展开幕"],
        authors=["李镕"], place=None, date="2024-10-12",
        paras=[
            "本报讯（记者 李镕）１０月１２日，“甲骨文里的上党——古文字与地方文化特展”在长治博物馆开幕，展出甲骨、青铜器、拓片等文物及复制品１６０余件，展期３个月。",
            "展品中，甲骨文“丄”字由一长一短两横组成，是“上”字的古老写法。“上党”之名，取“居太行之巅，与天为党”之意。策展人郭喆介绍，展览运用ＡＩ识别技术，观众用手机扫描展品，即可查看文字的演变过程。展厅还设置了拓印体验区，孩子们可以亲手拓下自己喜欢的古文字，带回家做纪念。不少家长带着孩子专程赶来，在展柜前一个字一个字地辨认。",
            "开展首日，博物馆接待观众５２００人次。今年以来，长治博物馆已累计接待观众６３万人次，同比增长２１％。",
        ],
        figs=[
            F("１６０余件", "件", "at_least", "actual", "展出文物及复制品"),
            F("３个月", "个月", "exact", "target", "展期", optional=True),
            F("５２００人次", "人次", "exact", "actual", "开展首日接待观众"),
            F("６３万人次", "人次", "exact", "actual", "累计接待观众"),
            F("２１％", "%", "exact", "actual", "接待观众", change="increase"),
        ],
    )
    c = Art(
        titles=["潞州区老旧小区改造惠及１．８万户"],
        authors=["申晓珺"], place="潞州", date="2024-10-11",
        paras=[
            "本报潞州讯（通讯员 申晓珺）10月11日，潞州区今年实施的42个老旧小区改造项目全部完工，惠及居民１．８万户。",
            "改造中，该区同步加装电梯116部、新建充电桩800余个，改造供热管网32公里，总投资４．６亿元。“以前一下雨楼道就漏水，现在外墙做了保温，楼下还建了小游园。”英雄南路社区居民赵玉珍说。",
        ],
        figs=[
            T("１．８万户", "户", "exact", "actual", "老旧小区改造惠及居民"),
            F("42个", "个", "exact", "actual", "老旧小区改造项目"),
            F("１．８万户", "户", "exact", "actual", "惠及居民"),
            F("116部", "部", "exact", "actual", "加装电梯"),
            F("800余个", "个", "at_least", "actual", "新建充电桩"),
            F("32公里", "公里", "exact", "actual", "改造供热管网"),
            F("４．６亿元", "元", "exact", "actual", "老旧小区改造总投资"),
        ],
    )
    d = Art(
        titles=["沁州黄小米“链”出富民路"],
        kind="feature", authors=["王堃"], place=None, date=None,
        paras=[
            "秋阳下，在沁县次村乡的谷子地里，金黄的谷穗压弯了枝头。“今年谷子长势好，估计亩产能到４００公斤。”种植户郭福堂一边查看谷穗一边说。",
            "沁县是沁州黄小米的原产地，全县谷子种植面积达到１２万亩。过去，谷子种得多、卖得少，农户一亩地收入不到两千元；如今，当地推行“企业＋合作社＋农户”订单种植模式，企业统一供种、统一收购，每亩收入提高到６０００元以上，小米还进入了全国１５０家大型商超。近年来，当地建成小米精深加工企业１８家，开发出小米锅巴、小米酒等产品６０余种，带动１．１万户农户增收，全产业链产值达到２０亿元。",
        ],
        figs=[
            F("４００公斤", "公斤", "exact", "target", "谷子亩产"),
            F("１２万亩", "亩", "exact", "actual", "谷子种植面积"),
            F("１８家", "家", "exact", "actual", "小米精深加工企业"),
            F("６０余种", "种", "at_least", "actual", "开发小米产品"),
            F("１．１万户", "户", "exact", "actual", "带动增收农户"),
            F("２０亿元", "元", "exact", "actual", "小米全产业链产值"),
            F("两千元", "元", "at_most", "actual", "过去每亩收入", value=2000, optional=True),
            F("６０００元以上", "元", "at_least", "actual", "每亩收入"),
            F("１５０家", "家", "exact", "actual", "小米入驻商超"),
        ],
    )
    f = Art(
        titles=["上党区新建高标准农田８．５万亩"],
        authors=["牛晓堃"], place="上党", date="2024-10-09",
        paras=[
            "本报上党讯（记者 牛晓堃）１０月９日，记者从上党区农业农村局获悉，该区今年新建的８．５万亩高标准农田已全部完成建设任务，总投资１．７亿元，项目区粮食亩产平均提高５０公斤以上。",
            "“地平了，路通了，浇地再也不用看老天的脸色。”西火镇种粮大户李建国说。项目建设中，该区配套建设机井２１０眼、田间道路１８６公里，新铺设节水灌溉管道３２０公里，农田灌溉水有效利用系数由０．５６提高到０．６２。",
        ],
        figs=[
            T("８．５万亩", "亩", "exact", "actual", "新建高标准农田"),
            F("８．５万亩", "亩", "exact", "actual", "新建高标准农田"),
            F("１．７亿元", "元", "exact", "actual", "高标准农田总投资"),
            F("５０公斤以上", "公斤", "at_least", "actual", "粮食亩产", change="increase"),
            F("２１０眼", "眼", "exact", "actual", "配套建设机井"),
            F("１８６公里", "公里", "exact", "actual", "田间道路"),
            F("３２０公里", "公里", "exact", "actual", "新铺设节水灌溉管道"),
            F("０．５６", "", "exact", "actual", "原农田灌溉水有效利用系数", optional=True),
            F("０．６２", "", "exact", "actual", "农田灌溉水有效利用系数", optional=True),
        ],
    )
    e = Art(
        titles=["长治前三季度城镇新增就业３．２万人"],
        authors=["韩珺"], place=None, date="2024-10-13",
        paras=[
            "本报讯（记者 韩珺）１０月１３日，记者从市人社局获悉，前三季度，全市城镇新增就业３．２万人，完成全年目标任务的８６．５％；城镇调查失业率控制在５．１％以内。",
            "今年以来，全市累计举办各类招聘活动２６０余场，提供就业岗位６．８万个，发放创业担保贷款４．３亿元，扶持创业１８００余人。市人社局负责人表示，四季度将重点做好高校毕业生、农民工等群体就业工作，开展“就业援助月”活动，力争全年城镇新增就业３．７万人。",
        ],
        figs=[
            T("３．２万人", "人", "exact", "actual", "城镇新增就业"),
            F("３．２万人", "人", "exact", "actual", "城镇新增就业"),
            F("８６．５％", "%", "exact", "actual", "完成全年目标任务比例"),
            F("５．１％以内", "%", "at_most", "actual", "城镇调查失业率"),
            F("２６０余场", "场", "at_least", "actual", "举办招聘活动"),
            F("６．８万个", "个", "exact", "actual", "提供就业岗位"),
            F("４．３亿元", "元", "exact", "actual", "发放创业担保贷款"),
            F("１８００余人", "人", "at_least", "actual", "扶持创业"),
            F("３．７万人", "人", "exact", "target", "全年城镇新增就业"),
        ],
    )
    lines = ["", ""]
    lines += title(a.titles[0])
    lines += longlines(a.paras)
    lines += [""]
    lines += title(b.titles[0])
    lines += longlines(b.paras)
    lines += [""]
    lines += title(c.titles[0])
    lines += longlines(c.paras)
    lines += [""]
    lines += [d.titles[0], "", "记者 王堃", ""]
    lines += longlines(d.paras)
    lines += [""]
    lines += title(e.titles[0])
    lines += longlines(e.paras)
    lines += [""]
    lines += title(f.titles[0])
    lines += longlines(f.paras)
    lines += ["", "长治日报社出版　2024年10月15日　星期二　第３版　本版编辑：李喆"]
    return "v06_changzhi_gb18030_footer_year", [a, b, c, d, e, f], lines, "gb18030", "\r\n"


# ---------------------------------------------------------------------------
# w01: city paper (固原日报, 宁夏) 人物 page: column banner, a profile with a
# `——记…` subtitle and a PLAIN byline line under it, intertitles, and a PULL QUOTE
# (a short quoted sentence standing alone between paragraphs); two short news


def page_w01():
    a = Art(
        titles=["山沟沟里的“健康守门人”", "——记西吉县将台堡镇乡村医生马正清"],
        headline="山沟沟里的“健康守门人”",
        column="身边的榜样", kind="feature", authors=["李婷", "海文军"], place=None, date=None,
        paras=[
            "清晨6点，天刚蒙蒙亮，西吉县将台堡镇明台村卫生室的灯就亮了。59岁的马正清背起用了多年的药箱，骑上摩托车，沿着山路去给几户行动不便的老人测血压、送药。这条路，他走了整整32年。",
            "药箱背在肩上 乡亲装在心里",
            "1992年，从固原卫校毕业的马正清回到家乡，成了明台村唯一的乡村医生。那时村卫生室只有土坯房和旧木桌，全村1300多名群众看病，全靠他一个人。",
            "明台村地处山区，12个村民小组散落在沟沟岔岔里，最远的一户离卫生室有8公里。不管刮风下雨、白天黑夜，只要接到电话，马正清总是第一时间赶过去。他随身带着小本子，上面记着全村186名慢性病患者的病情和用药情况，哪家老人该复查了、哪个孩子该打疫苗了，他都心中有数。马正清的妻子海秀兰说，这些年家里的农活基本都是她一个人干，“他心里装的全是病人”。",
            "“只要村里人需要，我就一直干下去。”",
            "守着乡亲 也守着初心",
            "这些年，不少同学进了城里的大医院，也有民营诊所出高薪请他，马正清都婉言谢绝了。“乡亲们信任我，我走了，他们看病咋办？”他说。",
            "2019年，明台村卫生室完成标准化改造，新建了诊断室、治疗室和药房，配备了心电图机、血糖仪等设备。去年，卫生室接诊患者4600余人次，为65岁以上老人开展健康体检420人次。",
            "为了方便群众，马正清把自己的手机号码写在卫生室门口，24小时开机。前年冬天的一个深夜，村民马大爷突发心梗，他一边联系120急救车，一边骑车赶到老人家里做急救处置，为老人争取到了宝贵的抢救时间。",
            "带出徒弟 留住村医",
            "让马正清欣慰的是，他带的徒弟马晓燕已经考取了乡村全科执业助理医师资格，成了卫生室的第二名医生。近年来，西吉县通过“县聘乡管村用”等办法，为村卫生室招聘医学专业毕业生58名，全县296个村卫生室实现了“一村一医”全覆盖。",
            "“现在年轻人愿意回来，村里人看病有了盼头。”马正清说，只要身体还行，他就会守在这里。夕阳下，他又背起药箱，朝着山梁上那户人家走去。",
        ],
        figs=[
            F("59岁", "岁", "exact", "actual", "马正清年龄", optional=True),
            F("32年", "年", "exact", "actual", "行医年限", optional=True),
            F("1300多名", "名", "at_least", "actual", "全村群众"),
            F("12个", "个", "exact", "actual", "村民小组"),
            F("8公里", "公里", "exact", "actual", "最远一户离卫生室距离"),
            F("186名", "名", "exact", "actual", "慢性病患者"),
            F("4600余人次", "人次", "at_least", "actual", "卫生室接诊患者"),
            F("65岁以上", "岁", "at_least", "actual", "体检老人年龄", optional=True),
            F("420人次", "人次", "exact", "actual", "老人健康体检"),
            F("24小时", "小时", "exact", "actual", "手机开机", optional=True),
            F("58名", "名", "exact", "actual", "招聘医学专业毕业生"),
            F("296个", "个", "exact", "actual", "村卫生室"),
        ],
    )
    b = Art(
        titles=["西吉县200名乡村医生“回炉”充电"],
        authors=["李婷"], place=None, date="2024-05-18",
        paras=[
            "本报讯（记者 李婷）5月18日，西吉县乡村医生能力提升培训班在县人民医院开班，来自全县19个乡镇的200名乡村医生参加培训。",
            "此次培训为期15天，采取“理论授课+临床跟岗”的方式，重点培训常见病诊疗、慢性病管理、中医适宜技术等内容。培训结束后，县卫生健康局将对学员进行考核，考核合格者颁发结业证书。参训的乡村医生马成林说：“平时遇到拿不准的病例，只能让群众往县城跑。这次能跟着大医院的专家学本事，机会难得。”",
            "据了解，今年西吉县计划投入资金860万元，对60个村卫生室进行提标改造，力争年底前全县乡村医生中具有执业（助理）医师资格的比例提高到45%以上。",
        ],
        figs=[
            T("200名", "名", "exact", "actual", "参加培训乡村医生"),
            F("19个", "个", "exact", "actual", "乡镇"),
            F("200名", "名", "exact", "actual", "参加培训乡村医生"),
            F("15天", "天", "exact", "target", "培训时长", optional=True),
            F("860万元", "元", "exact", "target", "计划投入资金"),
            F("60个", "个", "exact", "target", "提标改造村卫生室"),
            F("45%以上", "%", "at_least", "target", "具有执业（助理）医师资格的乡村医生比例"),
        ],
    )
    c = Art(
        titles=["固原表彰50名“最美乡村医生”"],
        authors=["杨帆", "苏红"], place=None, date="2024-05-17",
        paras=[
            "本报讯（记者 杨帆 通讯员 苏红）5月17日，固原市“最美乡村医生”表彰会举行，50名扎根基层的乡村医生受到表彰，每人获得奖金5000元。",
            "据介绍，固原市现有乡村医生1860名，其中在岗20年以上的有720名。近年来，全市落实乡村医生养老保险补助政策，将村医基本公共卫生服务补助标准提高到每人每年1.2万元。",
            "表彰会上，5名乡村医生代表分享了扎根基层的故事。市卫生健康委负责人表示，今年将为全市乡村医生免费开展健康体检和业务培训，对偏远山区村卫生室每年给予1万元运行补助。会上还为25名从事乡村医疗工作满30年的村医颁发了荣誉证书。",
        ],
        figs=[
            T("50名", "名", "exact", "actual", "受表彰最美乡村医生"),
            F("50名", "名", "exact", "actual", "受表彰乡村医生"),
            F("5000元", "元", "exact", "actual", "每人奖金"),
            F("1860名", "名", "exact", "actual", "乡村医生"),
            F("20年以上", "年", "at_least", "actual", "在岗年限", optional=True),
            F("720名", "名", "exact", "actual", "在岗20年以上乡村医生"),
            F("1.2万元", "元", "exact", "actual", "村医基本公共卫生服务补助标准"),
            F("5名", "名", "exact", "actual", "分享故事的乡村医生代表"),
            F("1万元", "元", "exact", "target", "偏远山区村卫生室运行补助"),
            F("25名", "名", "exact", "actual", "获颁荣誉证书村医"),
            F("30年", "年", "at_least", "actual", "从事乡村医疗工作年限", optional=True),
        ],
    )
    ind = "　　"
    lines = ["固原日报　2024年5月20日　星期一", "第3版　人物", "", ""]
    lines += ["身边的榜样", ""]
    lines += title(a.titles[0], a.titles[1])
    lines += ["本报记者 李婷 通讯员 海文军", ""]
    for p in a.paras:
        if p.startswith("“") and len(p) < 24:          # the pull quote
            lines += ["", p, ""]
        elif "。" not in p and "，" not in p:          # an intertitle
            lines += ["", p, ""]
        else:
            lines += wrapped([p], 22, ind)
    lines += ["", ""]
    lines += title(b.titles[0])
    lines += wrapped(b.paras, 22, ind)
    lines += ["", ""]
    lines += title(c.titles[0])
    lines += wrapped(c.paras, 22, ind)
    lines += ["", "本版编辑：马丽　校对：王磊"]
    return "w01_guyuan_profile_pull_quote", [a, b, c], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# w02: evening paper (盐城晚报, 江苏) 国内 page of REPRINTED items, titles above
# bodies: a `据新华社北京5月10日电` dateline, and items closed by source notes
# `（据新华社）` (stuck), `（本报综合）` (own line), `（来源：人民网）` (stuck),
# `（新华社记者 X）` (own line)


def page_w02():
    a = Art(
        titles=["首批县域医共体数字化建设试点名单公布"],
        authors=[], place="北京", date="2024-05-10",
        paras=[
            "据新华社北京5月10日电 国家卫生健康委10日公布首批县域医共体数字化建设试点名单，全国共有120个县（市、区）入选。",
            "根据工作方案，试点县将用2年时间建成统一的县域医共体信息平台，实现县、乡、村医疗机构检查检验结果互认、电子病历互通，让群众在家门口就能享受上级医院的诊疗服务。试点县还要组建远程会诊、远程影像和远程心电诊断中心，推动优质医疗资源下沉基层。国家卫生健康委将安排专项资金，对每个试点县给予不超过500万元的补助。试点工作将于2026年底前完成评估验收。",
            "名单显示，江苏共有8个县（市、区）入选，盐城市东台市、建湖县位列其中。",
        ],
        figs=[
            F("120个", "个", "exact", "actual", "入选试点县（市、区）"),
            F("2年", "年", "exact", "target", "建成信息平台用时", optional=True),
            F("不超过500万元", "元", "at_most", "target", "每个试点县补助"),
            F("8个", "个", "exact", "actual", "江苏入选县（市、区）"),
        ],
    )
    b = Art(
        titles=["多地出台汽车以旧换新实施细则"],
        authors=[], place=None, date="2024-05-09",
        paras=[
            "5月9日，江西、湖南等地相继出台汽车以旧换新实施细则。按照细则，个人消费者报废旧车并购买新能源乘用车的，最高可获得1.5万元补贴；购买燃油乘用车的，最高可获得1万元补贴。",
            "据统计，截至目前，全国已有20多个省份出台相关实施方案，4月份全国汽车报废更新补贴申请量超过3.2万份。商务部有关负责人表示，将会同有关部门加强政策宣传解读，简化补贴申领流程，让消费者应享尽享。业内人士认为，以旧换新政策将有效释放汽车消费潜力，带动汽车产业链上下游协同发展。江苏省也将于近期出台实施细则，市民可关注商务部门发布的相关信息。",
        ],
        figs=[
            F("1.5万元", "元", "at_most", "target", "购买新能源乘用车补贴"),
            F("1万元", "元", "at_most", "target", "购买燃油乘用车补贴"),
            F("20多个", "个", "at_least", "actual", "出台实施方案的省份"),
            F("超过3.2万份", "份", "at_least", "actual", "汽车报废更新补贴申请量"),
        ],
    )
    c = Art(
        titles=["长三角铁路5月15日起实行新运行图"],
        authors=[], place=None, date="2024-05-10",
        paras=[
            "5月10日，中国铁路上海局集团有限公司发布消息，自5月15日零时起，长三角铁路将实行新的列车运行图，届时日均开行旅客列车将达到2680列，比现行运行图增加46列。",
            "调图后，盐城至上海虹桥间将新增4对高铁列车，最快2小时左右可达；盐城至南京南间将增开2对动车组列车，方便沿线群众出行。新图实行后，长三角地区铁路客运能力将提升3%左右。",
        ],
        figs=[
            F("2680列", "列", "exact", "target", "日均开行旅客列车"),
            F("46列", "列", "exact", "target", "日均开行旅客列车", change="increase"),
            F("4对", "对", "exact", "target", "盐城至上海虹桥新增高铁列车"),
            F("2小时左右", "小时", "about", "target", "盐城至上海虹桥最快运行时间"),
            F("2对", "对", "exact", "target", "盐城至南京南增开动车组列车"),
            F("3%左右", "%", "about", "target", "长三角地区铁路客运能力", change="increase"),
        ],
    )
    d = Art(
        titles=["“村超”带火县域旅游"],
        authors=[], place=None, date="2024-05-01",
        paras=[
            "5月1日至5日，贵州省榕江县“村超”足球赛事吸引各地游客纷至沓来。假期5天，榕江县累计接待游客56.8万人次，同比增长41.3%，实现旅游综合收入6.2亿元。",
            "赛场外，当地特色美食街、非遗展示区人气火爆。榕江县有关负责人表示，县里将继续以赛事为纽带，推动体育、文化、旅游深度融合，让更多群众吃上“旅游饭”。今年以来，榕江县已举办各类乡村体育赛事120余场，带动当地餐饮、住宿等行业收入增长三成以上。据悉，今年“村超”总决赛将于7月下旬举行。",
        ],
        figs=[
            F("5天", "天", "exact", "actual", "假期时长", optional=True),
            F("56.8万人次", "人次", "exact", "actual", "累计接待游客"),
            F("41.3%", "%", "exact", "actual", "接待游客", change="increase"),
            F("6.2亿元", "元", "exact", "actual", "旅游综合收入"),
            F("120余场", "场", "at_least", "actual", "举办乡村体育赛事"),
            F("三成以上", "成", "at_least", "actual", "餐饮住宿等行业收入", change="increase",
              optional=True),
        ],
    )
    e = Art(
        titles=["黄河三角洲迎来候鸟迁徙高峰"],
        authors=["王学涛"], place=None, date="2024-05-09",
        paras=[
            "记者9日从山东黄河三角洲国家级自然保护区管理委员会获悉，随着气温回升，保护区迎来春季候鸟迁徙高峰，连日来监测到的鸟类数量已超过60万只。",
            "保护区内湿地面积达到15.3万公顷，是东北亚内陆和环西太平洋鸟类迁徙的重要中转站、越冬地和繁殖地。近年来，保护区累计修复退化湿地1.8万公顷，记录到的鸟类由建区时的187种增加到373种，其中国家一级保护鸟类26种。每年春秋迁徙季，有超过600万只鸟类在此停歇、觅食。",
        ],
        figs=[
            F("60万只", "只", "at_least", "actual", "监测到的鸟类数量"),
            F("15.3万公顷", "公顷", "exact", "actual", "保护区湿地面积"),
            F("1.8万公顷", "公顷", "exact", "actual", "累计修复退化湿地"),
            F("187种", "种", "exact", "actual", "建区时记录鸟类"),
            F("373种", "种", "exact", "actual", "记录到的鸟类"),
            F("26种", "种", "exact", "actual", "国家一级保护鸟类"),
            F("超过600万只", "只", "at_least", "actual", "每年迁徙季停歇鸟类"),
        ],
    )
    f = Art(
        titles=["今年高校毕业生预计达1179万人"],
        authors=[], place=None, date="2024-05-09",
        paras=[
            "5月9日，教育部启动2024届高校毕业生就业“百日冲刺”行动。今年全国高校毕业生预计达1179万人，同比增加21万人。",
            "行动期间，各地各高校将举办线上线下招聘活动不少于5万场，提供岗位1000万个以上，并对家庭困难毕业生实行“一人一档”“一人一策”精准帮扶。教育部要求，各高校要在6月底前完成毕业生就业去向登记，对未就业毕业生持续提供不断线服务。",
        ],
        figs=[
            T("1179万人", "人", "exact", "target", "高校毕业生"),
            F("1179万人", "人", "exact", "target", "高校毕业生"),
            F("21万人", "人", "exact", "target", "高校毕业生", change="increase"),
            F("不少于5万场", "场", "at_least", "target", "线上线下招聘活动"),
            F("1000万个以上", "个", "at_least", "target", "提供岗位"),
        ],
    )
    ind = "  "
    lines = ["盐城晚报　2024年5月11日　星期六", "A7　国内", "", ""]
    lines += title(a.titles[0])
    lines += wrapped(a.paras, 22, ind)
    lines += ["", ""]
    lines += title(b.titles[0])
    body = wrapped(b.paras, 22, ind)
    body[-1] += "（据新华社）"
    lines += body
    lines += ["", ""]
    lines += title(c.titles[0])
    lines += wrapped(c.paras, 22, ind)
    lines += ["  （本报综合）", "", ""]
    lines += title(d.titles[0])
    body = wrapped(d.paras, 22, ind)
    body[-1] += "（来源：人民网）"
    lines += body
    lines += ["", ""]
    lines += title(e.titles[0])
    lines += wrapped(e.paras, 22, ind)
    lines += ["  （新华社记者 王学涛）", "", ""]
    lines += title(f.titles[0])
    body = wrapped(f.paras, 22, ind)
    body[-1] += "（据央视新闻客户端）"
    lines += body
    lines += ["", ""]
    lines += ["本版编辑：孙悦　美编：陈晨"]
    return "w02_yancheng_reprints_source_notes", [a, b, c, d, e, f], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# w03: city paper (柳州日报, 广西) picture page: a multi-paragraph PHOTO REPORT
# (title, `本报记者 X 摄影报道`, four caption paragraphs each describing a picture),
# then two short news


def page_w03():
    a = Art(
        titles=["龙舟下水 水乡闹端午"],
        kind="photo", authors=["韦小军"], place=None, date="2024-06-08",
        paras=[
            "6月8日，柳州市柳南区洛满镇洛满村，村民们合力将修缮一新的龙舟抬下水。端午节临近，当地村屯纷纷举行龙舟下水仪式，迎接一年一度的龙舟赛。按照当地习俗，龙舟下水前要先“请龙”“点睛”，再由村里的老人洒上米酒，祈求风调雨顺、五谷丰登。",
            "老木匠韦福生在给龙舟的龙头描金上彩。今年68岁的他做了40多年龙舟，经他手修造的龙舟有120多条。“龙舟要用杉木做，一条长22米的龙舟，光是刨板就要一个多月。”韦福生说，现在村里的年轻人也愿意跟他学手艺了，今年他已经收了3个徒弟。",
            "村里的龙舟队员在柳江上训练。今年洛满镇共组建龙舟队18支，参训队员500余人，其中年龄最小的只有16岁。队员们白天干农活，傍晚下河训练，号子声、鼓声在江面上此起彼伏。洛满镇党委书记覃志刚介绍，近年来镇里把龙舟文化与乡村旅游结合起来，去年端午期间接待游客5.2万人次。",
            "孩子们在岸边观看龙舟训练。据了解，今年端午期间柳州市将举办各类龙舟赛事12场，预计吸引游客30万人次。柳江两岸还将同步举办包粽子比赛、民俗展演和特色美食市集，让市民游客感受浓浓的端午风情。市文化广电和旅游局还推出了3条端午民俗旅游线路，串联起沿江的古村落、龙舟基地和特色美食街。",
        ],
        figs=[
            F("68岁", "岁", "exact", "actual", "老木匠年龄", optional=True),
            F("40多年", "年", "at_least", "actual", "做龙舟年限", optional=True),
            F("120多条", "条", "at_least", "actual", "修造龙舟"),
            F("22米", "米", "exact", "actual", "龙舟长度"),
            F("3个", "个", "exact", "actual", "今年收徒弟"),
            F("一个多月", "个月", "at_least", "actual", "刨板用时", optional=True),
            F("18支", "支", "exact", "actual", "组建龙舟队"),
            F("500余人", "人", "at_least", "actual", "参训队员"),
            F("5.2万人次", "人次", "exact", "actual", "去年端午接待游客"),
            F("16岁", "岁", "exact", "actual", "最小队员年龄", optional=True),
            F("12场", "场", "exact", "target", "举办龙舟赛事"),
            F("30万人次", "人次", "exact", "target", "预计吸引游客"),
            F("3条", "条", "exact", "actual", "推出端午民俗旅游线路"),
        ],
    )
    b = Art(
        titles=["螺蛳粉端午礼盒走俏"],
        authors=["蓝天", "覃丽"], place=None, date="2024-06-07",
        paras=[
            "本报讯（记者 蓝天 通讯员 覃丽）6月7日，记者在柳州市螺蛳粉产业园看到，生产线上工人正忙着包装端午礼盒，一箱箱产品被装上货车发往全国各地。",
            "“今年我们推出了螺蛳粉和粽子搭配的礼盒，上线一周就卖出8万多盒。”一家螺蛳粉企业负责人说。据统计，今年1至5月，柳州袋装螺蛳粉销售收入达到96.2亿元，同比增长12.5%，出口额1.1亿元。",
            "为保障节日供应，柳州市螺蛳粉产业园内多家企业已提前备货，日产能达到420万袋。当地还开通了螺蛳粉冷链专线，发往广东、湖南等地的产品最快次日送达。今年以来，柳州螺蛳粉新增海外注册商标15件，产品出口到美国、澳大利亚、新加坡等28个国家和地区。业内人士表示，节日礼盒的走俏，反映出螺蛳粉正从“网红”产品向“长红”产品转变。",
        ],
        figs=[
            F("8万多盒", "盒", "at_least", "actual", "端午礼盒销量"),
            F("96.2亿元", "元", "exact", "actual", "袋装螺蛳粉销售收入"),
            F("12.5%", "%", "exact", "actual", "袋装螺蛳粉销售收入", change="increase"),
            F("1.1亿元", "元", "exact", "actual", "螺蛳粉出口额"),
            F("420万袋", "袋", "exact", "actual", "日产能"),
            F("15件", "件", "exact", "actual", "新增海外注册商标"),
            F("28个", "个", "exact", "actual", "出口国家和地区"),
        ],
    )
    c = Art(
        titles=["鹿寨县新建高标准农田3.6万亩"],
        authors=["黄丽娜"], place="鹿寨", date=None,
        paras=[
            "本报鹿寨讯（记者 黄丽娜）近日，鹿寨县2024年高标准农田建设项目全面开工，计划新建高标准农田3.6万亩，总投资1.08亿元，年底前全部完工。",
            "项目建成后，项目区将新增和改善灌溉面积2.1万亩，预计每亩年均增产粮食50公斤以上。截至目前，鹿寨县已累计建成高标准农田43.5万亩。",
            "为保证工程质量，县里聘请第三方监理单位全程跟踪，并邀请12名村民担任义务监督员。“田块连起来、机耕路通到地头，以后种地就省心多了。”中渡镇种粮大户覃永福说。据悉，鹿寨县今年还将实施耕地质量提升项目，对5万亩耕地开展土壤改良。",
        ],
        figs=[
            T("3.6万亩", "亩", "exact", "target", "新建高标准农田"),
            F("3.6万亩", "亩", "exact", "target", "新建高标准农田"),
            F("1.08亿元", "元", "exact", "target", "高标准农田项目总投资"),
            F("2.1万亩", "亩", "exact", "target", "新增和改善灌溉面积"),
            F("50公斤以上", "公斤", "at_least", "target", "每亩年均增产粮食", change="increase"),
            F("43.5万亩", "亩", "exact", "actual", "累计建成高标准农田"),
            F("12名", "名", "exact", "actual", "村民义务监督员"),
            F("5万亩", "亩", "exact", "target", "土壤改良耕地"),
        ],
    )
    d = Art(
        titles=["端午前夕开展食品安全专项检查"],
        authors=["莫兰"], place="柳北", date="2024-06-06",
        paras=[
            "本报柳北讯（通讯员 莫兰）6月6日，柳北区市场监管局联合卫健、农业农村等部门，对辖区粽子生产企业、农贸市场和大型商超开展端午节前食品安全专项检查。",
            "此次检查共出动执法人员86人次，检查食品经营主体210家，现场抽检粽子、咸鸭蛋等节令食品45批次，责令整改问题12个。",
            "检查中，执法人员重点查看了原料进货查验、生产加工环境、食品添加剂使用等情况，对发现的问题督促经营者立即整改。下一步，柳北区将持续加大节日期间食品安全监督抽检力度，抽检结果将及时向社会公布，消费者也可拨打12315热线投诉举报。",
        ],
        figs=[
            F("86人次", "人次", "exact", "actual", "出动执法人员"),
            F("210家", "家", "exact", "actual", "检查食品经营主体"),
            F("45批次", "批次", "exact", "actual", "抽检节令食品"),
            F("12个", "个", "exact", "actual", "责令整改问题"),
        ],
    )
    ind = "　　"
    lines = ["柳州日报　2024年6月9日　星期日", "第5版　图片新闻", "", ""]
    lines += title(a.titles[0])
    lines += ["本报记者 韦小军 摄影报道", ""]
    for p in a.paras:
        lines += wrapped([p], 22, ind)
        lines += [""]
    lines += [""]
    lines += title(b.titles[0])
    lines += wrapped(b.paras, 22, ind)
    lines += ["", ""]
    lines += title(c.titles[0])
    lines += wrapped(c.paras, 22, ind)
    lines += ["", ""]
    lines += title(d.titles[0])
    lines += wrapped(d.paras, 22, ind)
    return "w03_liuzhou_photo_report", [a, b, c, d], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# w04: prefecture daily (大理日报, 云南) county page (宾川): a `要闻速览` box of
# one-line items, each a short headline and its text on the same line; a news item
# with numbered measures `1.` `2.` `3.` (paragraphs of their own) and an inline
# `①②③` list; a letter-spaced `更　正` correction signed by the paper


def page_w04():
    box = [
        ("葡萄开园", "5月6日，宾川县首批早熟葡萄在宾居镇开园采摘，预计今年全县葡萄产量达55万吨。",
         "2024-05-06",
         [F("55万吨", "吨", "exact", "target", "全县葡萄产量")]),
        ("植树护绿", "5月10日，宾川县组织干部群众在鸡足山镇开展植树活动，共栽植苗木2.6万株。",
         "2024-05-10",
         [F("2.6万株", "株", "exact", "actual", "栽植苗木")]),
        ("就业招聘", "5月12日，宾川县“春风行动”专场招聘会举行，46家企业提供就业岗位1800余个。",
         "2024-05-12",
         [F("46家", "家", "exact", "actual", "参会企业"),
          F("1800余个", "个", "at_least", "actual", "提供就业岗位")]),
        ("防汛演练", "5月9日，宾川县在桑园河水库开展防汛应急演练，300余名应急队员参加演练。",
         "2024-05-09",
         [F("300余名", "名", "at_least", "actual", "参加演练应急队员")]),
        ("文化惠民", "5月11日，宾川县“文化惠民·送戏下乡”活动在平川镇启动，全年将送戏下乡120场。",
         "2024-05-11",
         [F("120场", "场", "exact", "target", "送戏下乡")]),
        ("金融助农", "5月13日，宾川县农村信用合作联社向葡萄种植户发放首批“葡萄贷”3600万元。",
         "2024-05-13",
         [F("3600万元", "元", "exact", "actual", "发放首批葡萄贷")]),
    ]
    briefs = [Art(titles=[t], column="要闻速览", authors=[], place=None, date=d,
                  paras=[p], figs=figs) for t, p, d, figs in box]
    a = Art(
        titles=["宾川出台措施支持葡萄产业提质增效"],
        authors=["杨丽萍", "段文华"], place="宾川", date="2024-05-13",
        paras=[
            "本报宾川讯（记者 杨丽萍 通讯员 段文华）5月13日，宾川县印发《关于支持葡萄产业提质增效的若干措施》，从品种改良、设施建设、品牌培育、市场拓展等方面提出12条扶持措施，主要内容包括：",
            "1.品种改良。对引进推广“阳光玫瑰”“妮娜皇后”等优新品种的种植主体，每亩给予800元补助，单个主体最高补助20万元。",
            "2.设施建设。对新建避雨棚、水肥一体化设施的葡萄园，按实际投资的30%给予补助。",
            "3.品牌培育。对新获得绿色食品认证的企业一次性奖励5万元，对新获得地理标志产品使用授权的企业奖励2万元。",
            "县农业农村局负责人介绍，措施实施后将重点做好三方面工作：①建设葡萄种苗繁育基地，年内新增无病毒种苗200万株；②推广标准化种植技术，培训果农5000人次；③搭建产销对接平台，拓宽鲜果出口渠道。该县还将对措施落实情况开展季度督查，确保各项补助资金及时兑付到位。",
            "目前，宾川县葡萄种植面积已达19.6万亩，去年产量52.3万吨，产值突破80亿元，是全国重要的早熟葡萄生产基地。全县从事葡萄种植、销售和加工的农户超过4万户，葡萄收入占农民人均可支配收入的六成以上。",
        ],
        figs=[
            F("12条", "条", "exact", "actual", "扶持措施"),
            F("800元", "元", "exact", "target", "优新品种每亩补助"),
            F("20万元", "元", "at_most", "target", "单个主体补助"),
            F("30%", "%", "exact", "target", "设施建设补助比例"),
            F("5万元", "元", "exact", "target", "绿色食品认证奖励"),
            F("2万元", "元", "exact", "target", "地理标志产品使用授权奖励"),
            F("三方面", "方面", "exact", "target", "重点工作", optional=True),
            F("200万株", "株", "exact", "target", "新增无病毒种苗"),
            F("5000人次", "人次", "exact", "target", "培训果农"),
            F("19.6万亩", "亩", "exact", "actual", "葡萄种植面积"),
            F("52.3万吨", "吨", "exact", "actual", "去年葡萄产量"),
            F("80亿元", "元", "at_least", "actual", "葡萄产值"),
            F("超过4万户", "户", "at_least", "actual", "从事葡萄产业农户"),
            F("六成以上", "成", "at_least", "actual", "葡萄收入占农民人均可支配收入比重",
              optional=True),
        ],
    )
    b = Art(
        titles=["宾川县城乡供水一体化工程通水"],
        authors=["李春燕"], place="宾川", date="2024-05-11",
        paras=[
            "本报宾川讯（通讯员 李春燕）5月11日，宾川县城乡供水一体化工程正式通水，金牛、州城、力角等5个乡镇的8.6万名群众喝上了稳定的自来水。",
            "该工程总投资3.2亿元，新建水厂2座、输配水管网420公里，日供水能力达到4万立方米。随着工程建成，全县农村自来水普及率已由89%提高到96%。",
            "“以前一到旱季就得拉着水桶去几公里外的山箐里挑水，现在拧开龙头就有水。”力角镇力角村村民段玉芬说。县水务局负责人表示，下一步将建立城乡供水统一管护机制，确保工程长期稳定运行，让群众喝上“放心水”“安全水”。该县还将在今年内完成剩余3个乡镇的管网延伸工程。",
        ],
        figs=[
            F("5个", "个", "exact", "actual", "通水乡镇"),
            F("8.6万名", "名", "exact", "actual", "喝上自来水的群众"),
            F("3.2亿元", "元", "exact", "actual", "工程总投资"),
            F("2座", "座", "exact", "actual", "新建水厂"),
            F("420公里", "公里", "exact", "actual", "新建输配水管网"),
            F("4万立方米", "立方米", "exact", "actual", "日供水能力"),
            F("89%", "%", "exact", "actual", "原农村自来水普及率"),
            F("96%", "%", "exact", "actual", "农村自来水普及率"),
            F("3个", "个", "exact", "target", "管网延伸剩余乡镇"),
        ],
    )
    c = Art(
        titles=["宾川开展文明旅游专项行动"],
        authors=["赵明"], place=None, date="2024-05-08",
        paras=[
            "本报讯（记者 赵明）5月8日，宾川县召开文明旅游专项行动推进会，在鸡足山、朱苦拉咖啡庄园等景区开展为期3个月的文明旅游专项行动。",
            "行动期间，全县将组建文明旅游志愿服务队15支，在主要景区设置文明引导岗40个，重点整治乱扔垃圾、不文明停车、欺客宰客等问题。县文化和旅游局负责人表示，将对景区周边餐饮、住宿场所开展明码标价专项检查，对违规经营者依法严肃处理。“五一”假期，宾川县共接待游客28.7万人次，实现旅游收入2.3亿元，同比分别增长18.5%和21.2%。",
        ],
        figs=[
            F("3个月", "个月", "exact", "target", "专项行动时长", optional=True),
            F("15支", "支", "exact", "target", "文明旅游志愿服务队"),
            F("40个", "个", "exact", "target", "文明引导岗"),
            F("28.7万人次", "人次", "exact", "actual", "五一假期接待游客"),
            F("2.3亿元", "元", "exact", "actual", "五一假期旅游收入"),
            F("18.5%", "%", "exact", "actual", "接待游客", change="increase"),
            F("21.2%", "%", "exact", "actual", "旅游收入", change="increase"),
        ],
    )
    fix = Art(
        titles=["更正"], kind="notice", authors=[], place=None, date=None,
        paras=[
            "本报5月10日第4版《宾川鲜食葡萄远销东南亚》一文中，“金牛镇党委副书记杨志华”应为“金牛镇党委副书记杨志刚”。特此更正，并向读者致歉。",
        ],
        figs=[],
    )
    ind = "　　"
    lines = ["大理日报　2024年5月14日　星期二", "第4版　县域·宾川", "", ""]
    lines += ["要闻速览", ""]
    for t, p, d, figs in box:
        lines += ["●" + t + "　" + p]
    lines += ["", ""]
    lines += title(a.titles[0])
    lines += wrapped(a.paras, 24, ind)
    lines += ["", ""]
    lines += title(b.titles[0])
    lines += wrapped(b.paras, 24, ind)
    lines += ["", ""]
    lines += title(c.titles[0])
    lines += wrapped(c.paras, 24, ind)
    lines += ["", ""]
    lines += ["更　正", ""]
    lines += wrapped(fix.paras, 24, ind)
    lines += ["　　　　　　　　　　　　　　　　大理日报社", "", ""]
    lines += ["本版编辑：赵雪梅"]
    return "w04_binchuan_briefs_box_numbered_correction", briefs + [a, b, c, fix], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# w05: city paper (南阳日报, 河南) in WIDE layout: one paragraph per line and blank
# lines between paragraphs AND between title lines; a kicker + two-line main title +
# `——` subtitle; a title with a colon and quotes whose byline stands BETWEEN the main
# title and its subtitle


def page_w05():
    a = Art(
        titles=["聚焦“三夏”生产", "南阳1100万亩小麦", "机收进度过半",
                "——全市每天投入联合收割机1.8万台"],
        headline="南阳1100万亩小麦 机收进度过半",
        authors=["王海涛", "李明远"], place=None, date="2024-06-03",
        paras=[
            "本报讯（记者 王海涛 通讯员 李明远）6月3日，记者从南阳市农业农村局获悉，截至6月2日，全市已收获小麦620万亩，占播种面积的56.4%，“三夏”生产进入高峰期。",
            "今年南阳小麦播种面积1100万亩，面积和产量均居全省前列。为确保颗粒归仓，全市每天投入联合收割机1.8万台、运输车辆2.3万台，组织农机跨区作业队312支，在邓州、唐河、新野等产粮大县实行“歇人不歇机”24小时连续作业。“今年麦子长得好，一亩地能打1300斤。”邓州市构林镇种粮大户王学军说，他种的800亩小麦已经收完了一半。",
            "南阳市农业农村局负责人介绍，预计今年全市小麦单产较上年提高3%以上，总产有望达到95亿斤。目前，全市已储备烘干设备460台套，日烘干能力达到3.5万吨，可有效应对“烂场雨”等不利天气。",
            "夏收结束后，全市将抢抓墒情播种玉米、大豆等秋作物，力争6月15日前完成夏播面积950万亩以上。同时，各县市区已组织农技人员1200余名下沉田间地头，指导农户做好机收减损和秸秆还田。",
        ],
        figs=[
            T("1100万亩", "亩", "exact", "actual", "小麦播种面积"),
            T("1.8万台", "台", "exact", "actual", "每天投入联合收割机"),
            F("620万亩", "亩", "exact", "actual", "已收获小麦"),
            F("56.4%", "%", "exact", "actual", "已收获小麦占播种面积比例"),
            F("1100万亩", "亩", "exact", "actual", "小麦播种面积"),
            F("1.8万台", "台", "exact", "actual", "每天投入联合收割机"),
            F("2.3万台", "台", "exact", "actual", "每天投入运输车辆"),
            F("312支", "支", "exact", "actual", "农机跨区作业队"),
            F("24小时", "小时", "exact", "actual", "连续作业", optional=True),
            F("1300斤", "斤", "exact", "target", "种粮大户小麦亩产"),
            F("800亩", "亩", "exact", "actual", "种粮大户种植小麦"),
            F("3%以上", "%", "at_least", "target", "小麦单产", change="increase"),
            F("95亿斤", "斤", "exact", "target", "小麦总产"),
            F("460台套", "台套", "exact", "actual", "储备烘干设备"),
            F("3.5万吨", "吨", "exact", "actual", "日烘干能力"),
            F("950万亩以上", "亩", "at_least", "target", "夏播面积"),
            F("1200余名", "名", "at_least", "actual", "下沉田间农技人员"),
        ],
    )
    b = Art(
        titles=["张建华：“把论文写在大地上”", "——南阳市农科院小麦育种专家的田间岁月"],
        headline="张建华：“把论文写在大地上”",
        kind="feature", authors=["刘晓东"], place=None, date=None,
        paras=[
            "6月的南阳，麦浪翻滚。在南阳市农业科学院的试验田里，57岁的张建华蹲在地头，一株一株查看麦穗的灌浆情况。草帽下，是一张被太阳晒得黝黑的脸。",
            "“搞育种，就得蹲在地里，论文要写在大地上。”这是张建华常挂在嘴边的一句话。从1998年参加工作至今，他带领团队先后选育出“宛麦19”“宛麦27”等小麦新品种9个，累计推广种植面积超过2600万亩，为农民增收40多亿元。每到收获季节，张建华都要带着团队跑遍全市13个县市区的示范田，记录下每个品种的表现。",
            "育种是一场“马拉松”。一个新品种从杂交到审定，往往需要8到10年时间。为了加快育种进程，团队每年冬天都要带着种子到云南元谋“南繁”加代，一年种两季。",
            "去年，团队新育成的“宛麦35”通过国家审定，亩产达到650公斤，比对照品种增产8.2%。今年，这个品种在全市示范种植12万亩。",
            "这些年，张建华的团队里陆续来了一批年轻人。他给每个新人定了规矩：每年在试验田里的时间不少于200天。张建华的办公室里，堆满了一摞摞记录本，上面密密麻麻记满了每一个品系的株高、穗数和抗病性数据。“育种家的脚上要沾泥，心里才有底。”他说。",
            "“看到农民丰收，比什么都高兴。”张建华说。",
        ],
        figs=[
            F("57岁", "岁", "exact", "actual", "张建华年龄", optional=True),
            F("9个", "个", "exact", "actual", "选育小麦新品种"),
            F("超过2600万亩", "亩", "at_least", "actual", "累计推广种植面积"),
            F("40多亿元", "元", "at_least", "actual", "为农民增收"),
            F("13个", "个", "exact", "actual", "示范田所在县市区"),
            F("8到10年", "年", "exact", "actual", "新品种从杂交到审定用时", value=8, value_max=10,
              optional=True),
            F("两季", "季", "exact", "actual", "一年种植季数", optional=True),
            F("650公斤", "公斤", "exact", "actual", "宛麦35亩产"),
            F("8.2%", "%", "exact", "actual", "宛麦35比对照品种", change="increase"),
            F("12万亩", "亩", "exact", "actual", "宛麦35示范种植"),
            F("不少于200天", "天", "at_least", "target", "每年在试验田的时间", optional=True),
        ],
    )
    c = Art(
        titles=["南阳“夏粮贷”投放超10亿元"],
        authors=["赵一鸣"], place=None, date="2024-06-02",
        paras=[
            "本报讯（记者 赵一鸣）6月2日，记者从人民银行南阳市分行获悉，今年以来全市金融机构已累计投放“夏粮贷”10.6亿元，惠及种粮大户、家庭农场等经营主体3200余户。",
            "“夏粮贷”主要用于夏粮收购、农机购置和秋播农资采购，贷款利率较普通涉农贷款低0.5个百分点，最快1天就能放款。",
            "为降低农户融资成本，南阳市财政对“夏粮贷”给予50%的贴息，今年已安排贴息资金3000万元。截至5月底，全市“夏粮贷”不良率为零。",
        ],
        figs=[
            T("10亿元", "元", "at_least", "actual", "夏粮贷投放"),
            F("10.6亿元", "元", "exact", "actual", "累计投放夏粮贷"),
            F("3200余户", "户", "at_least", "actual", "惠及经营主体"),
            F("0.5个百分点", "百分点", "exact", "actual", "夏粮贷利率低于普通涉农贷款",
              change="decrease"),
            F("1天", "天", "at_most", "actual", "最快放款用时", optional=True),
            F("50%", "%", "exact", "actual", "夏粮贷贴息比例"),
            F("3000万元", "元", "exact", "actual", "已安排贴息资金"),
        ],
    )
    d = Art(
        titles=["唐河县“智慧粮仓”投用"],
        authors=["孙浩"], place="唐河", date="2024-06-01",
        paras=[
            "本报唐河讯（记者 孙浩）6月1日，唐河县国家粮食储备库“智慧粮仓”项目正式投入使用，新增仓容10万吨，可满足全县新麦收购需要。",
            "“智慧粮仓”配备了粮情测控、智能通风、气调储粮等系统，仓内温度、湿度等数据实时上传管理平台，可使储粮损耗率降低到1%以内。目前，唐河县已设立小麦收购网点56个，累计收购新麦8.2万吨。唐河县粮食和物资储备局负责人介绍，今年全县小麦收购量预计达到35万吨。",
        ],
        figs=[
            F("10万吨", "吨", "exact", "actual", "新增仓容"),
            F("1%以内", "%", "at_most", "target", "储粮损耗率", change="decrease"),
            F("56个", "个", "exact", "actual", "小麦收购网点"),
            F("8.2万吨", "吨", "exact", "actual", "累计收购新麦"),
            F("35万吨", "吨", "exact", "target", "全县小麦收购量"),
        ],
    )
    lines = ["南阳日报　2024年6月4日　星期二", "", "第2版　要闻", "", "", ""]
    lines += title(*a.titles)
    lines += longlines(a.paras)
    lines += ["", ""]
    lines += title(b.titles[0], "本报记者 刘晓东", b.titles[1])
    lines += longlines(b.paras)
    lines += ["", ""]
    lines += title(c.titles[0])
    lines += longlines(c.paras)
    lines += ["", ""]
    lines += title(d.titles[0])
    lines += longlines(d.paras)
    return "w05_nanyang_wide_title_stack_byline_between", [a, b, c, d], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# w06: district paper (綦江日报, 重庆), UTF-16 LE with BOM, hard wraps at ~20,
# titles BELOW bodies, `■ 本报记者 X` bylines ABOVE bodies; a lead dated `上周五`
# (the header date, a Monday, makes it 2024-09-20); an untitled photo caption
# credited `（图片由…提供）` (an organisation, no name)


def page_w06():
    a = Art(
        titles=["綦江金秋消费季启动"],
        authors=["罗小平"], place=None, date="2024-09-20",
        paras=[
            "上周五，綦江区2024年金秋消费季在万达广场启动。活动将持续到10月底，期间全区将举办汽车展销、美食节、农特产品直播带货等各类促销活动60余场，发放消费券500万元，其中汽车消费券200万元、餐饮零售消费券300万元。",
            "启动仪式当天，30余家汽车经销商现场展销新能源汽车，推出购车补贴、免费充电等优惠。“消费券用起来很方便，买车还能叠加厂家优惠。”正在看车的市民张先生说。据统计，活动首日实现销售额1800余万元，线上直播观看超过12万人次。",
            "区商务委负责人介绍，今年1至8月，綦江区社会消费品零售总额达到158.6亿元，同比增长6.3%，增速高于全市平均水平。接下来，綦江区还将结合国庆假期推出文旅消费、家电以旧换新等系列活动，进一步激发消费活力。",
        ],
        figs=[
            F("60余场", "场", "at_least", "target", "促销活动"),
            F("500万元", "元", "exact", "target", "发放消费券"),
            F("200万元", "元", "exact", "target", "汽车消费券"),
            F("300万元", "元", "exact", "target", "餐饮零售消费券"),
            F("30余家", "家", "at_least", "actual", "现场展销汽车经销商"),
            F("1800余万元", "元", "at_least", "actual", "活动首日销售额", value=18000000),
            F("超过12万人次", "人次", "at_least", "actual", "线上直播观看"),
            F("158.6亿元", "元", "exact", "actual", "社会消费品零售总额"),
            F("6.3%", "%", "exact", "actual", "社会消费品零售总额", change="increase"),
        ],
    )
    ph = Art(
        titles=[], headline=None, kind="photo", authors=[], place=None, date="2024-09-21",
        paras=[
            "9月21日，游客在綦江区古剑山景区观赏秋日云海。近年来，古剑山景区持续完善旅游配套设施，今年以来已接待游客86万人次。古剑山海拔1300多米，秋季云海出现频率高，吸引了大批摄影爱好者前来打卡。",
        ],
        figs=[
            F("86万人次", "人次", "exact", "actual", "古剑山景区接待游客"),
            F("1300多米", "米", "at_least", "actual", "古剑山海拔"),
        ],
    )
    c = Art(
        titles=["横山梯田迎来", "首届丰收节"],
        headline="横山梯田迎来 首届丰收节",
        authors=["陈静", "王小川"], place=None, date="2024-09-22",
        paras=[
            "本报讯 9月22日，綦江区横山镇首届梯田丰收节开幕，来自主城的2000余名游客走进田间，体验打谷子、捉稻田鱼等农事活动。",
            "横山镇有梯田1.2万亩，近年来通过“稻+鱼”“稻+虾”综合种养，亩均收益提高到4000元以上。今年，全镇还新发展农家乐23家，带动村民户均增收8000元。",
            "丰收节期间，横山镇还举办了农民趣味运动会、农特产品展销等活动，现场销售大米、腊肉、蜂蜜等农特产品30余万元。丰收节将持续到10月7日，其间每个周末都有主题活动。",
            "“梯田是老祖宗留下的宝贝，现在成了我们的‘金饭碗’。”横山镇新胜村党支部书记王德明说，村里正筹划发展梯田民宿，让游客住下来、留得住。",
        ],
        figs=[
            F("2000余名", "名", "at_least", "actual", "游客"),
            F("1.2万亩", "亩", "exact", "actual", "横山镇梯田"),
            F("4000元以上", "元", "at_least", "actual", "亩均收益"),
            F("23家", "家", "exact", "actual", "新发展农家乐"),
            F("8000元", "元", "exact", "actual", "村民户均增收", change="increase"),
            F("30余万元", "元", "at_least", "actual", "现场销售农特产品", value=300000),
        ],
    )
    d = Art(
        titles=["农民版画“刻”出文化新名片"],
        kind="feature", authors=["刘洋"], place=None, date=None,
        paras=[
            "走进东溪镇綦江农民版画院，一幅幅色彩浓烈、构图夸张的版画让人目不暇接。这些作品的作者，大多是放下锄头拿起刻刀的农民。",
            "綦江农民版画起源于上世纪50年代，至今已有70多年历史。目前，全区有农民版画创作者300余人，累计创作作品1.5万余幅，其中180幅作品入选全国美展等重大展览。",
            "去年，版画院开发文创产品40余种，销售额突破600万元。“一块木板、一把刻刀，刻的是我们自己的日子。”版画作者杨秀芬说。",
            "为让版画艺术后继有人，版画院与区内12所中小学合作开设版画课，每年培训学生2000余人次。",
        ],
        figs=[
            F("70多年", "年", "at_least", "actual", "綦江农民版画历史", optional=True),
            F("300余人", "人", "at_least", "actual", "农民版画创作者"),
            F("1.5万余幅", "幅", "at_least", "actual", "累计创作作品"),
            F("180幅", "幅", "exact", "actual", "入选重大展览作品"),
            F("40余种", "种", "at_least", "actual", "开发文创产品"),
            F("600万元", "元", "at_least", "actual", "文创产品销售额"),
            F("12所", "所", "exact", "actual", "合作开设版画课的中小学"),
            F("2000余人次", "人次", "at_least", "actual", "每年培训学生"),
        ],
    )
    e = Art(
        titles=["綦江区新增5条城乡公交线路"],
        authors=["何静"], place=None, date="2024-09-19",
        paras=[
            "9月19日，綦江区新开通的5条城乡公交线路正式运营，打通了三角镇、丁山镇等偏远村社群众出行的“最后一公里”。",
            "据了解，新线路全长186公里，投入新能源公交车24辆，沿线设置站点132个，惠及群众3.6万人。截至目前，綦江区已开通城乡公交线路98条，行政村通客车率保持100%。区交通局负责人介绍，明年还将新开通城乡公交线路3条，进一步织密农村客运网络，让农村群众出行更方便、更安全、更舒心。",
        ],
        figs=[
            T("5条", "条", "exact", "actual", "新增城乡公交线路"),
            F("5条", "条", "exact", "actual", "新开通城乡公交线路"),
            F("186公里", "公里", "exact", "actual", "新线路全长"),
            F("24辆", "辆", "exact", "actual", "投入新能源公交车"),
            F("132个", "个", "exact", "actual", "沿线站点"),
            F("3.6万人", "人", "exact", "actual", "惠及群众"),
            F("98条", "条", "exact", "actual", "已开通城乡公交线路"),
            F("100%", "%", "exact", "actual", "行政村通客车率"),
            F("3条", "条", "exact", "target", "明年新开通城乡公交线路"),
        ],
    )
    f = Art(
        titles=["“送岗下乡”招聘会提供岗位3600余个"],
        authors=["周敏"], place=None, date="2024-09-20",
        paras=[
            "9月20日，綦江区2024年秋季“送岗下乡”招聘会在古南街道举行，120家企业带来就业岗位3600余个，涵盖制造、物流、餐饮等行业。",
            "招聘会现场还设置了政策咨询、技能培训报名等服务台。当天共有1800余人次进场求职，初步达成就业意向620人。“在家门口就能找到工作，还能照顾老人孩子。”在一家电子厂摊位前签下意向书的村民刘芳说。",
        ],
        figs=[
            T("3600余个", "个", "at_least", "actual", "提供就业岗位"),
            F("120家", "家", "exact", "actual", "参会企业"),
            F("3600余个", "个", "at_least", "actual", "提供就业岗位"),
            F("1800余人次", "人次", "at_least", "actual", "进场求职"),
            F("620人", "人", "exact", "actual", "初步达成就业意向"),
        ],
    )
    ind = "  "
    lines = ["綦江日报　2024年9月23日　星期一", "第2版　综合", "", ""]
    lines += ["  ■ 本报记者 罗小平"]
    lines += wrapped(a.paras, 20, ind)
    lines += [""]
    lines += title(a.titles[0])
    lines += wrapped(ph.paras, 20, ind)
    lines += ["  （图片由綦江区文化和旅游发展委员会提供）", ""]
    lines += ["  ■ 本报记者 陈静 通讯员 王小川"]
    lines += wrapped(c.paras, 20, ind)
    lines += [""]
    lines += title(*c.titles)
    lines += ["  ■ 本报记者 刘洋"]
    lines += wrapped(d.paras, 20, ind)
    lines += [""]
    lines += title(d.titles[0])
    lines += ["  ■ 本报记者 何静"]
    lines += wrapped(e.paras, 20, ind)
    lines += [""]
    lines += title(e.titles[0])
    lines += ["  ■ 本报记者 周敏"]
    lines += wrapped(f.paras, 20, ind)
    lines += [""]
    lines += title(f.titles[0])
    return "w06_qijiang_utf16_titles_below_last_friday", [a, ph, c, d, e, f], lines, "utf-16", "\n"


# ---------------------------------------------------------------------------
# x01: prefecture paper (甘南日报, 甘肃), titles above, hard wraps at ~22: a headline printed
# as ONE long line of three parts separated by runs of spaces, then a `——` subtitle; a byline
# with three roles on one line plus a photographer; a `记者站` dateline; a lead opening with a
# time of day (`清晨6点，`) whose date comes later in the first paragraph.


def page_x01():
    a = Art(
        titles=["牧场上建起“云课堂” 草原孩子暑期有了好去处 全州开设托管点86个",
                "——甘南州暑期托管服务覆盖八县市"],
        headline="牧场上建起“云课堂” 草原孩子暑期有了好去处 全州开设托管点86个",
        authors=["扎西措", "李文斌", "马晓丽", "杨建军"], place="甘南", date="2024-07-08",
        paras=[
            "本报甘南记者站讯 7月8日，甘南州暑期托管服务在全州八县市全面启动，86个托管点同时开班，首批接收中小学生4200余名。",
            "今年的托管服务首次把“云课堂”搬到了牧区。在玛曲县阿万仓镇，镇中心小学把闲置教室改造成托管教室，通过网络连线兰州的师范院校，为牧民孩子开设绘画、编程、藏文书法等课程。“以前放了假孩子跟着我们转场，一个暑假下来作业都没动。”牧民贡保说，现在孩子每天早上坐校车来，下午再送回定居点，家长放心多了。",
            "州教育局负责人介绍，托管服务坚持公益普惠，每名学生每天只收取伙食费10元，困难家庭学生全免。全州共招募退休教师、大学生志愿者等680人参与托管服务，州财政安排专项资金360万元用于场地改造和人员补助。",
            "据了解，托管服务将持续到8月25日，各托管点还将组织学生参观非遗工坊、开展草原生态研学等活动。",
            "在合作市当周街道托管点，记者看到，孩子们有的在志愿者指导下写暑假作业，有的在活动室里学跳锅庄舞。来自西北民族大学的志愿者卓玛草说，她是从甘南走出去的大学生，暑假回到家乡给弟弟妹妹们上课，觉得特别有意义。家长们也纷纷表示，托管点离家近、收费低、管理规范，解决了暑期“看护难”的大问题。",
            "州教育局有关负责人表示，将根据家长需求动态调整托管时间和课程内容，同时加强安全管理，严格落实食品安全、交通安全、防溺水等各项措施，确保孩子们度过一个安全、快乐、充实的暑假。",
        ],
        figs=[
            T("86个", "个", "exact", "actual", "托管点"),
            F("86个", "个", "exact", "actual", "托管点"),
            F("4200余名", "名", "at_least", "actual", "首批接收中小学生"),
            F("10元", "元", "exact", "actual", "每名学生每天伙食费"),
            F("680人", "人", "exact", "actual", "参与托管服务人员"),
            F("360万元", "元", "exact", "actual", "专项资金"),
        ],
    )
    b = Art(
        titles=["夏河牦牛奶走出高原"],
        authors=["才让草"], place="夏河", date="2024-07-06",
        paras=[
            "本报夏河讯（记者 才让草）清晨6点，夏河县桑科镇的牧民就把刚挤好的牦牛奶送到了村口的收奶站。7月6日，记者在这里看到，冷藏车每天两趟把鲜奶运往县城的乳制品加工厂，当天就能加工成酸奶、奶粉和奶片。",
            "去年，夏河县引进乳制品企业2家，建成标准化收奶站23个，带动1600多户牧民稳定增收，户均增收8000元以上。今年1至6月，全县收购鲜奶3100吨，同比增长24.5%。县农业农村局负责人表示，下一步将力争年底前新建收奶站10个，让更多牧民把鲜奶“卖上好价钱”。",
            "桑科镇牧民多杰家有牦牛60多头，过去鲜奶只能自家打酥油、做曲拉，吃不完的只好低价卖给商贩。“现在奶站按质论价，每个月按时结账，日子越过越有奔头。”多杰笑着说。",
        ],
        figs=[
            F("2家", "家", "exact", "actual", "引进乳制品企业"),
            F("23个", "个", "exact", "actual", "标准化收奶站"),
            F("1600多户", "户", "at_least", "actual", "带动牧民"),
            F("8000元以上", "元", "at_least", "actual", "户均增收", change="increase"),
            F("3100吨", "吨", "exact", "actual", "收购鲜奶"),
            F("24.5%", "%", "exact", "actual", "收购鲜奶", change="increase"),
            F("10个", "个", "exact", "target", "新建收奶站"),
            F("60多头", "头", "at_least", "actual", "多杰家牦牛"),
            F("两趟", "趟", "exact", "actual", "冷藏车每天运奶", optional=True),
        ],
    )
    c = Art(
        titles=["合作市启动城市书房建设"],
        authors=["王丽娟"], place="合作", date="2024-07-05",
        paras=[
            "本报合作讯 7月5日，合作市首批城市书房在当周街道开放，市民凭身份证即可免费借阅图书。今年，合作市计划建成城市书房12个，每个书房藏书不少于5000册，实行“一卡通借通还”。",
            "书房开放当天，不少市民带着孩子前来阅读。市文化馆馆长介绍，书房每天开放12小时，还将定期举办读书分享会和藏汉双语绘本阅读活动。",
        ],
        figs=[
            F("12个", "个", "exact", "target", "建成城市书房"),
            F("不少于5000册", "册", "at_least", "target", "每个书房藏书"),
            F("12小时", "小时", "exact", "actual", "书房每天开放", optional=True),
        ],
    )
    ind = "　　"
    lines = ["甘南日报　2024年7月9日　星期二", "第2版　综合", "", ""]
    lines += ["牧场上建起“云课堂”    草原孩子暑期有了好去处    全州开设托管点86个", ""]
    lines += [a.titles[1], ""]
    lines += ["□ 本报记者 扎西措 通讯员 李文斌 实习生 马晓丽  摄影 杨建军", ""]
    lines += wrapped(a.paras, 22, ind)
    lines += ["", ""]
    lines += title(b.titles[0])
    lines += wrapped(b.paras, 22, ind)
    lines += ["", ""]
    lines += title(c.titles[0])
    lines += wrapped(c.paras[:-1] + [c.paras[-1] + "（记者 王丽娟）"], 22, ind)
    lines += ["", "", "本版编辑：卓玛　校对：张红"]
    return "x01_gannan_long_title_line_three_roles_station", [a, b, c], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# x02: prefecture paper (延边日报, 吉林), titles BELOW bodies, the hard-wrap width CHANGES
# between articles (20, 30, 20 characters); numbered measures `1.` `2.` `3.` printed WITHOUT
# indent at line starts inside the hard-wrapped text; a wrapped line that starts with a number
# (`1.8万吨`) after a line ending in `。` inside a paragraph (no indent: not a new paragraph).


def page_x02():
    a = Art(
        titles=["延吉出台措施扶持夜间经济"],
        authors=["金成哲", "朴英兰"], place="延吉", date="2024-08-12",
        paras=[
            "本报延吉讯（记者 金成哲 通讯员 朴英兰）8月12日，延吉市出台《关于促进夜间经济发展的若干措施》，从街区打造、经营便利、消费促进三个方面提出9条措施，主要包括：",
            "1.打造特色街区。对新认定的市级夜间经济特色街区，一次性给予50万元奖励。",
            "2.放宽经营时间。中央大街、水上市场等重点街区夏季营业时间延长至次日凌晨2点。",
            "3.发放消费券。8月至10月分三批发放夜间消费券，总额300万元。",
            "去年，延吉市夜间消费额达到42.6亿元，占全市社会消费品零售总额的31%。今年以来，延吉凭借朝鲜族特色美食和网红街区持续“出圈”，吸引大批外地游客前来打卡。市商务局负责人表示，措施的出台将进一步激发夜间消费活力，推动夜间经济由“烟火气”向“高品质”转变。",
            "措施还明确，市场监管、城管、公安等部门要建立夜间经济联合服务机制，在重点街区设立便民服务点，及时处理消费投诉，为商户和游客营造安全有序的夜间消费环境。",
        ],
        figs=[
            F("9条", "条", "exact", "actual", "夜间经济措施"),
            F("三个方面", "方面", "exact", "actual", "措施方面", optional=True),
            F("50万元", "元", "exact", "target", "特色街区奖励"),
            F("300万元", "元", "exact", "target", "夜间消费券总额"),
            F("三批", "批", "exact", "target", "消费券发放批次", optional=True),
            F("42.6亿元", "元", "exact", "actual", "夜间消费额"),
            F("31%", "%", "exact", "actual", "夜间消费占社会消费品零售总额比重"),
        ],
    )
    b = Art(
        titles=["珲春海产品加工量同比增长两成"],
        authors=["崔明浩"], place="珲春", date="2024-08-10",
        paras=[
            "本报珲春讯（记者 崔明浩）8月10日，记者从珲春市商务局获悉，今年1至7月，珲春海产品工业园累计加工海产品‖18.6万吨，同比增长21.3%，实现产值96亿元。",
            "园区现有海产品加工企业74家，产品远销日本、韩国等20多个国家和地区。今年以来，园区新增冷库库容‖3.2万吨，新上自动化生产线15条。园区负责人介绍，全年力争加工量突破30万吨。",
            "在珲春一家海产品加工企业的车间里，工人们正忙着分拣、清洗、包装帝王蟹和鳕鱼。企业负责人说，今年订单比去年明显增多，生产线几乎满负荷运转，企业正在招聘新员工以满足生产需要。",
        ],
        figs=[
            T("两成", "成", "exact", "actual", "海产品加工量", change="increase", optional=True),
            F("18.6万吨", "吨", "exact", "actual", "累计加工海产品"),
            F("21.3%", "%", "exact", "actual", "加工海产品", change="increase"),
            F("96亿元", "元", "exact", "actual", "产值"),
            F("74家", "家", "exact", "actual", "海产品加工企业"),
            F("20多个", "个", "at_least", "actual", "产品出口国家和地区"),
            F("3.2万吨", "吨", "exact", "actual", "新增冷库库容"),
            F("15条", "条", "exact", "actual", "新上自动化生产线"),
            F("30万吨", "吨", "at_least", "target", "全年加工量"),
        ],
    )
    c = Art(
        titles=["和龙林下参种植", "带动三千户增收"],
        headline="和龙林下参种植 带动三千户增收",
        authors=["李春花"], place="和龙", date="2024-08-09",
        paras=[
            "本报和龙讯（通讯员 李春花）8月9日，和龙市林下参采挖现场观摩会在八家子镇召开。近年来，和龙市利用林下空间发展人参种植，目前全市林下参种植面积已达2.1万亩，带动3000多户林农增收。",
            "为解决林农“卖参难”，该市建成人参交易市场1处，今年还将新建人参初加工厂2家。八家子镇参农金永男说：“一亩林下参收入能到3万元左右，比种玉米强多了。”",
            "观摩会上，来自省农业科学院的专家现场讲解了林下参标准化种植和病虫害防治技术，并与参农交流采挖、晾晒、储存等方面的经验。不少参农表示，听了专家讲解，对今后扩大种植更有信心了。",
        ],
        figs=[
            T("三千户", "户", "exact", "actual", "带动增收农户"),
            F("2.1万亩", "亩", "exact", "actual", "林下参种植面积"),
            F("3000多户", "户", "at_least", "actual", "带动林农增收"),
            F("1处", "处", "exact", "actual", "人参交易市场"),
            F("2家", "家", "exact", "target", "新建人参初加工厂"),
            F("3万元左右", "元", "about", "target", "一亩林下参收入"),
        ],
    )
    ind = "　　"
    lines = ["延边日报　2024年8月13日　星期二", "第3版　县市新闻", "", ""]
    lines += wrapped(a.paras[:1], 20, ind)
    for p in a.paras[1:4]:
        lines += wrapped([p], 20, "")
    lines += wrapped(a.paras[4:], 20, ind)
    lines += [""]
    lines += title(a.titles[0])
    lines += [""]
    lines += wrapped(b.paras, 30, ind)
    lines += [""]
    lines += title(b.titles[0])
    lines += [""]
    lines += wrapped(c.paras, 20, ind)
    lines += [""]
    lines += [c.titles[0], c.titles[1], ""]
    lines += ["", "责任编辑：朴美玉"]
    return "x02_yanbian_width_changes_numbered_unindented", [a, b, c], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# x03: city paper (舟山日报, 浙江) 评论 page: two commentaries under DIFFERENT series lines
# (`——“海上花园城”建设系列谈之三` under `■ 本报评论员`, `——港航发展系列评论①` with a
# plain author line), long lines, then a short news with a closing credit.


def page_x03():
    a = Art(
        titles=["让“渔港夜景”变成“城市名片”", "——“海上花园城”建设系列谈之三"],
        headline="让“渔港夜景”变成“城市名片”",
        column="“海上花园城”建设系列谈", kind="opinion", authors=[], place=None, date=None,
        paras=[
            "沈家门渔港的夜晚，灯火映着渔船，海鲜排档人声鼎沸。这样的烟火气，是舟山最鲜活的城市表情，也是“海上花园城”建设最生动的注脚。",
            "把夜景变成名片，关键在于“留得住人”。去年，普陀区夜间游客达到320万人次，但过夜游客占比不足三成。游客看完夜景就走，说明配套服务还跟不上，住宿、交通、文化体验等短板亟待补齐。",
            "城市名片不是一时的热闹，而是长久的口碑。要坚持规划先行，把渔港的历史记忆、渔民的生活方式融入夜间消费场景；要坚持精细管理，让每一位来客都能吃得放心、玩得舒心。唯有如此，“渔港夜景”才能真正擦亮“海上花园城”的金名片。",
        ],
        figs=[
            F("320万人次", "人次", "exact", "actual", "普陀区夜间游客"),
            F("不足三成", "成", "at_most", "actual", "过夜游客占比", optional=True),
        ],
    )
    b = Art(
        titles=["港口要“大”更要“强”", "——港航发展系列评论①"],
        headline="港口要“大”更要“强”",
        column="港航发展系列评论", kind="opinion", authors=["陈海波"], place=None, date=None,
        paras=[
            "宁波舟山港货物吞吐量连续多年位居全球第一，“大”已是公认的事实。但港口之强，不仅在于吞吐量，更在于服务能级、产业带动和国际话语权。",
            "从“大”到“强”，舟山有基础也有短板。全市已建成万吨级以上泊位68个，油气储运能力超过3500万吨，但航运金融、海事法律等高端服务业占比仍然偏低。补上这块短板，既要引进头部企业，也要培育本土人才。",
            "建设世界一流强港，是一场需要久久为功的长跑。只有把港口优势转化为产业优势、开放优势，舟山才能在新一轮竞争中赢得主动。",
        ],
        figs=[
            F("68个", "个", "exact", "actual", "万吨级以上泊位"),
            F("超过3500万吨", "吨", "at_least", "actual", "油气储运能力"),
        ],
    )
    c = Art(
        titles=["岱山启动海岛公交惠民行动"],
        authors=["林晓燕"], place="岱山", date="2024-09-02",
        paras=[
            "本报岱山讯 9月2日，岱山县海岛公交惠民行动启动，全县60岁以上老人和中小学生乘坐公交车全部免费，预计每年惠及群众4.5万人。",
            "岱山县交通运输局负责人介绍，今年全县已新增新能源公交车24辆，开通至秀山、衢山等岛屿的接驳线路5条，实现了海岛村公交通达率100%。",
            "家住衢山岛的王阿婆今年72岁，过去到镇上看病要走半个多小时山路，如今公交车开到了村口。“坐车不要钱，司机还会扶我上下车，真是方便多了。”王阿婆说。下一步，岱山县还将优化公交线路和班次，加快建设智能公交站台，让海岛群众出行更加便捷舒适。",
        ],
        figs=[
            F("60岁以上", "岁", "at_least", "actual", "免费乘车老人年龄", optional=True),
            F("4.5万人", "人", "exact", "target", "每年惠及群众"),
            F("72岁", "岁", "exact", "actual", "王阿婆年龄", optional=True),
            F("24辆", "辆", "exact", "actual", "新增新能源公交车"),
            F("5条", "条", "exact", "actual", "接驳线路"),
            F("100%", "%", "exact", "actual", "海岛村公交通达率"),
        ],
    )
    lines = ["舟山日报　2024年9月3日　星期二", "第4版　评论", "", ""]
    lines += title(a.titles[0], a.titles[1], "■ 本报评论员")
    lines += longlines(a.paras)
    lines += [""]
    lines += title(b.titles[0], b.titles[1], "陈海波")
    lines += longlines(b.paras)
    lines += [""]
    lines += title(c.titles[0])
    lines += longlines(c.paras[:-1] + [c.paras[-1] + "（记者 林晓燕）"])
    lines += ["", "本版编辑：周海燕"]
    return "x03_zhoushan_two_series_commentaries", [a, b, c], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# x04: prefecture paper (黔东南日报, 贵州), titles above, hard wraps at ~21: a report closed by
# `（记者 吴秀英）` on its own line, followed by a `■ 采访手记` sidebar with its own title
# (opinion, column 采访手记, authors []); a `本报从江记者站讯` dateline (place 从江); a feature
# whose lead opens `清晨6点，…` (no date); a short news dated `当天` after `9月14日` in its lead.


def page_x04():
    a = Art(
        titles=["雷山银匠村里的“新手艺人”"],
        authors=["吴秀英"], place="雷山", date="2024-09-14",
        paras=[
            "本报雷山讯 9月14日，雷山县控拜村银饰锻造技艺传习所里，20多名返乡青年正跟着老银匠学习錾刻和拉丝。",
            "控拜村是远近闻名的“银匠村”，全村有银匠280多人。近年来，村里成立银饰专业合作社，引进直播团队，把银饰卖到了全国各地。去年，合作社银饰销售额达到1200万元，比前年翻了一番。",
            "“以前觉得打银饰又苦又累，现在通过直播一个月能卖出几百件。”从广东返乡的青年龙志勇说。",
            "（记者 吴秀英）",
        ],
        figs=[
            F("20多名", "名", "at_least", "actual", "学艺返乡青年"),
            F("280多人", "人", "at_least", "actual", "银匠"),
            F("1200万元", "元", "exact", "actual", "银饰销售额"),
            F("翻了一番", "番", "exact", "actual", "销售额", change="increase", optional=True, value=1),
            F("几百件", "件", "at_least", "actual", "直播月销量", optional=True, value=100),
        ],
    )
    a.paras = a.paras[:3]
    s = Art(
        titles=["老手艺需要新传人"],
        column="采访手记", kind="opinion", authors=[], place=None, date=None,
        paras=[
            "在控拜村采访，最打动记者的是老银匠们脸上的笑容。他们说，过去最担心手艺失传，如今年轻人回来了，锤声又响起来了。",
            "非遗的生命力在于传承，更在于创新。让老手艺搭上新业态的快车，年轻人才愿意留下来，传统技艺才能代代相传。",
            "当然，手艺人的坚守同样值得尊重。在追求销量的同时，更要守住品质，守住一锤一錾里的匠心，这才是“银匠村”最珍贵的财富。",
        ],
        figs=[],
    )
    b = Art(
        titles=["从江稻鱼鸭迎来丰收季"],
        authors=["杨光明", "潘小英"], place="从江", date="2024-09-12",
        paras=[
            "本报从江记者站讯（记者 杨光明 通讯员 潘小英）9月12日，从江县加榜乡的梯田里，农户们正忙着收割稻谷、捕捞稻花鱼。今年，全县稻鱼鸭综合种养面积达到8.5万亩，预计亩均综合收益4000元以上。",
            "从江稻鱼鸭系统是全球重要农业文化遗产。县农业农村局负责人介绍，今年全县已培育稻鱼鸭品牌3个，建成加工企业6家，将继续扩大种养规模，力争明年面积突破10万亩。",
        ],
        figs=[
            F("8.5万亩", "亩", "exact", "actual", "稻鱼鸭综合种养面积"),
            F("4000元以上", "元", "at_least", "target", "亩均综合收益"),
            F("3个", "个", "exact", "actual", "稻鱼鸭品牌"),
            F("6家", "家", "exact", "actual", "加工企业"),
            F("10万亩", "亩", "at_least", "target", "明年种养面积"),
        ],
    )
    c = Art(
        titles=["山路上的“流动超市”"],
        kind="feature", authors=["潘文杰"], place=None, date=None,
        paras=[
            "清晨6点，榕江县计划乡的“流动超市”货车已装满了米面油和日用品，驾驶员杨德军要沿着山路跑完6个村寨，傍晚才能返回。",
            "这辆货车是乡里供销社去年开出的，每周跑三趟，一趟行程120多公里。“山里老人多，下山买东西不方便，我们就把超市开到家门口。”杨德军说。去年，“流动超市”销售额达到86万元，还帮村民代销土鸡蛋、香菇等山货2.3万斤。",
        ],
        figs=[
            F("6个", "个", "exact", "actual", "途经村寨"),
            F("三趟", "趟", "exact", "actual", "每周出车", optional=True),
            F("120多公里", "公里", "at_least", "actual", "一趟行程"),
            F("86万元", "元", "exact", "actual", "流动超市销售额"),
            F("2.3万斤", "斤", "exact", "actual", "代销山货"),
        ],
    )
    ind = "　　"
    lines = ["黔东南日报　2024年9月15日　星期日", "第2版　要闻", "", ""]
    lines += title(a.titles[0])
    lines += wrapped(a.paras, 21, ind)
    lines += ["　　　　　　　　（记者 吴秀英）", ""]
    lines += ["■ 采访手记", ""]
    lines += title(s.titles[0])
    lines += wrapped(s.paras, 21, ind)
    lines += ["", ""]
    lines += title(b.titles[0])
    lines += wrapped(b.paras, 21, ind)
    lines += ["", ""]
    lines += title(c.titles[0], "本报记者 潘文杰")
    lines += wrapped(c.paras, 21, ind)
    lines += ["", "本版编辑：吴丽"]
    return "x04_qiandongnan_credit_then_sidebar_station", [a, s, b, c], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# y01: 市委机关报 (菏泽日报, 山东), hard wraps at ~19 like seed 001, no header: a commentary
# `□ 本报记者 …` whose title follows its body, two news with `□记者 X 通讯员 Y 报道` bylines
# and titles BELOW their bodies (one two-line title), an untitled photo caption with its byline
# before it, and the column banner `奋进争先看菏泽` at the very end of the page (as seed 001: it
# names the column of the commentary at the top of the page, not of the news below it).


def page_y01():
    a = Art(
        titles=["“三个突破”凝聚奋进争先强大合力"],
        column="奋进争先看菏泽", kind="opinion", authors=["刘晓东"], place=None, date="2024-02-26",
        paras=[
            "龙年新春伊始，菏泽召开全市“项目建设突破年”动员大会，为全年工作定下基调。2月26日上午的大会上，市委提出在工业项目、城市更新、乡村振兴三个方面实现突破，释放出真抓实干、奋进争先的鲜明信号。",
            "突破，首先是项目上的突破。去年，菏泽新开工过亿元项目326个，规上工业增加值增长9.2%，增速居全省前列。2024年，全市计划实施市级重点项目500个以上，年度计划投资1200亿元，以项目建设的大突破带动经济发展的大跨越。",
            "突破，更是作风上的突破。会上，市委要求各级干部把心思用在干事上、把精力放在落实上，以“钉钉子”精神推动各项工作落地见效。",
        ],
        figs=[
            F("326个", "个", "exact", "actual", "新开工过亿元项目"),
            F("9.2%", "%", "exact", "actual", "规上工业增加值", change="increase"),
            F("500个以上", "个", "at_least", "target", "市级重点项目"),
            F("1200亿元", "元", "exact", "target", "年度计划投资"),
        ],
    )
    b = Art(
        titles=["牡丹区建成“15分钟”便民生活圈"],
        authors=["王静", "张涛"], place="牡丹区", date="2024-02-27",
        paras=[
            "本报牡丹区讯 2月27日，牡丹区西城街道便民服务中心里，前来办理社保、医保业务的居民络绎不绝。去年以来，牡丹区新建改造便民服务网点86处，全区“15分钟”便民生活圈实现全覆盖，惠及群众20余万人。",
            "牡丹区相关负责人介绍，今年将再投入3500万元，新建社区食堂12处，力争让更多群众在家门口享受到优质服务。",
        ],
        figs=[
            T("15分钟", "分钟", "exact", "actual", "便民生活圈", optional=True),
            F("86处", "处", "exact", "actual", "新建改造便民服务网点"),
            F("15分钟", "分钟", "exact", "actual", "便民生活圈", optional=True),
            F("20余万人", "人", "at_least", "actual", "惠及群众"),
            F("3500万元", "元", "exact", "target", "便民服务投入"),
            F("12处", "处", "exact", "target", "新建社区食堂"),
        ],
    )
    c = Art(
        titles=["曹县汉服产业", "春节前后订单同比增长四成"],
        headline="曹县汉服产业 春节前后订单同比增长四成",
        authors=["李娜", "郭鹏"], place="曹县", date="2024-02-25",
        paras=[
            "本报曹县讯 2月25日，记者从曹县商务局获悉，春节前后，全县汉服订单量同比增长四成，线上销售额突破8亿元。",
            "曹县是全国最大的汉服生产基地，现有汉服及上下游企业2200余家，从业人员5万多人。为推动产业提档升级，曹县今年将建设汉服设计研发中心，培育自主品牌50个，力争全年汉服销售额达到100亿元。",
        ],
        figs=[
            T("四成", "成", "exact", "actual", "汉服订单", change="increase", optional=True),
            F("四成", "成", "exact", "actual", "汉服订单量", change="increase", optional=True),
            F("8亿元", "元", "at_least", "actual", "线上销售额"),
            F("2200余家", "家", "at_least", "actual", "汉服及上下游企业"),
            F("5万多人", "人", "at_least", "actual", "从业人员"),
            F("50个", "个", "exact", "target", "培育自主品牌"),
            F("100亿元", "元", "exact", "target", "全年汉服销售额"),
        ],
    )
    d = Art(
        titles=[], headline=None, kind="photo", authors=["赵磊", "孙丽"], place=None, date="2024-02-24",
        paras=[
            "2月24日，定陶区仿山景区举办元宵灯会，市民游客在彩灯间游玩打卡，感受浓浓的节日氛围。",
        ],
        figs=[],
    )
    ind = "  "
    lines = ["", ""]
    lines += ["   □ 本报记者 刘晓东", ""]
    lines += wrapped(a.paras, 19, ind)
    lines += [""]
    lines += title(a.titles[0])
    lines += ["□记者 王静 通讯员 张涛 报道"]
    lines += wrapped(b.paras, 19, ind)
    lines += [""]
    lines += title(b.titles[0])
    lines += ["□记 者 李娜", "通讯员 郭鹏 报道"]
    lines += wrapped(c.paras, 19, ind)
    lines += [""]
    lines += title(*c.titles)
    lines += ["□记者 赵磊 通讯员 孙丽 报道"]
    lines += wrapped(d.paras, 19, ind)
    lines += ["", "奋进争先看菏泽", "", ""]
    return "y01_heze_titles_below_banner_at_end", [a, b, c, d], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# y02: 德州日报 (山东) wide page (one paragraph per line, like seeds 000/002): a conference
# report with kicker + headline (headline = the main line), `本报讯（记者 …）12月27日上午，`,
# two intertitles, and an untitled photo caption ending `■ 陈晓` printed in the MIDDLE of a
# sentence of the report (the sentence continues after it); then a short news.


def page_y02():
    a = Art(
        titles=["市委经济工作会议召开", "锚定目标攻坚突破 奋力开创德州高质量发展新局面"],
        headline="锚定目标攻坚突破 奋力开创德州高质量发展新局面",
        authors=["张宁"], place=None, date="2023-12-27",
        paras=[
            "本报讯（记者 张宁）12月27日上午，市委经济工作会议召开。会议总结今年经济工作，分析当前经济形势，部署明年经济工作。",
            "会议指出，今年以来，全市上下克难攻坚、奋勇争先，经济运行稳中向好。预计全年地区生产总值增长6%左右，一般公共预算收入完成230亿元，新增城镇就业5.6万人，省市重点项目完成投资860亿元。",
            "聚焦产业升级 加快建设现代化产业体系",
            "会议强调，要坚持制造业强市不动摇，深入实施“链长制”，做强新能源、高端装备等7条重点产业链，明年力争新增规上工业企业200家以上，高新技术企业突破1000家。要大抓项目、抓大项目，全年实施重点项目¦600个以上，确保完成投资900亿元。",
            "聚焦民生改善 不断增进群众福祉",
            "会议要求，要扎实办好20件民生实事，新增城镇就业5万人以上，新建改造城市道路50条，让发展成果更多更公平惠及全市人民。",
        ],
        figs=[
            F("6%左右", "%", "about", "actual", "地区生产总值", change="increase"),
            F("230亿元", "元", "exact", "actual", "一般公共预算收入"),
            F("5.6万人", "人", "exact", "actual", "新增城镇就业"),
            F("860亿元", "元", "exact", "actual", "省市重点项目完成投资"),
            F("7条", "条", "exact", "target", "重点产业链"),
            F("200家以上", "家", "at_least", "target", "新增规上工业企业"),
            F("1000家", "家", "at_least", "target", "高新技术企业"),
            F("600个以上", "个", "at_least", "target", "重点项目"),
            F("900亿元", "元", "exact", "target", "重点项目投资"),
            F("20件", "件", "exact", "target", "民生实事"),
            F("5万人以上", "人", "at_least", "target", "新增城镇就业"),
            F("50条", "条", "exact", "target", "新建改造城市道路"),
        ],
    )
    p = Art(
        titles=[], headline=None, kind="photo", authors=["陈晓"], place=None, date="2023-12-26",
        paras=[
            "12月26日，德州经济技术开发区一家新能源企业的生产车间内，工人正在赶制订单。今年以来，该企业产值同比增长35%。",
        ],
        figs=[F("35%", "%", "exact", "actual", "企业产值", change="increase")],
    )
    b = Art(
        titles=["乐陵金丝小枣销售额突破30亿元"],
        authors=["王倩"], place="乐陵", date="2023-12-25",
        paras=[
            "本报乐陵讯（记者 王倩）12月25日，记者从乐陵市农业农村局获悉，今年全市金丝小枣种植面积稳定在30万亩，带动枣农增收4.6亿元，全产业链销售额突破30亿元。",
            "近年来，乐陵市建成枣产品加工企业120家，开发出枣粉、枣醋等产品200余种。明年，当地将新建冷链仓储设施10处，继续延伸产业链条。",
        ],
        figs=[
            T("30亿元", "元", "at_least", "actual", "金丝小枣销售额"),
            F("30万亩", "亩", "exact", "actual", "金丝小枣种植面积"),
            F("4.6亿元", "元", "exact", "actual", "带动枣农增收"),
            F("30亿元", "元", "at_least", "actual", "全产业链销售额"),
            F("120家", "家", "exact", "actual", "枣产品加工企业"),
            F("200余种", "种", "at_least", "actual", "开发枣产品"),
            F("10处", "处", "exact", "target", "新建冷链仓储设施"),
        ],
    )
    lines = ["德州日报　2023年12月28日　星期四", "第1版　要闻", "", ""]
    lines += title(*a.titles)
    body = longlines(a.paras)
    # the photo caption stands in the break inside the fourth paragraph
    i = next(k for k, s in enumerate(body) if s.startswith("会议强调"))
    lines += body[:i + 1] + [""]
    lines += [print_text(p.paras[0]) + "　■ 陈晓", "", ""]
    lines += body[i + 4:]
    lines += [""]
    lines += title(b.titles[0])
    lines += longlines(b.paras)
    return "y02_dezhou_wide_conference_caption_midsentence", [a, p, b], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# y03: 济宁日报 (山东) 评论 page with half-width punctuation `,` `(` `)` as in seed 003, long lines:
# an editorial under `——“走在前 挑大梁”系列评论之六` and `■ 本报评论员`; a signed official's
# article (author line `曲阜市委书记 孔德明` under the title, column banner `走在前 挑大梁 大家谈`
# after it, as seed 003) ending in ` (下转2版)`; a short news `本报讯(记者 …)`.


def page_y03():
    a = Art(
        titles=["以“拼”的劲头跑出加速度", "——“走在前 挑大梁”系列评论之六"],
        headline="以“拼”的劲头跑出加速度",
        column="“走在前 挑大梁”系列评论", kind="opinion", authors=[], place=None, date=None,
        paras=[
            "发展没有捷径,实干才能出彩。一季度是全年工作的“开局战”,开局快不快、起步稳不稳,直接关系全年目标任务的完成。",
            "今年,全市确定实施重点项目680个,总投资超过4000亿元。这些项目是济宁高质量发展的“压舱石”,必须以“拼”的劲头抓推进、以“抢”的意识抓进度。要坚持每月调度、每季观摩,对进度滞后的项目挂牌督办,确保项目早开工、早投产、早见效。",
            "拼劲从哪里来?从担当中来,从作风中来。全市党员干部要拿出“跳起来摘桃子”的干劲,在攻坚一线比作风、比担当、比实绩,以实干实绩书写“走在前、挑大梁”的济宁答卷。",
        ],
        figs=[
            F("680个", "个", "exact", "target", "重点项目"),
            F("超过4000亿元", "元", "at_least", "target", "重点项目总投资"),
        ],
    )
    b = Art(
        titles=["在文化“两创”上走在前"],
        column="走在前 挑大梁 大家谈", kind="opinion", authors=["孔德明"], place=None, date=None,
        paras=[
            "曲阜是孔子故里、儒家文化发源地。推动中华优秀传统文化创造性转化、创新性发展,是曲阜义不容辞的责任。",
            "去年,曲阜接待游客1850万人次,实现旅游收入210亿元,尼山圣境、孔子博物馆成为热门打卡地。今年,我们将实施文旅重点项目32个,力争游客接待量增长15%以上,让更多游客在曲阜读懂中华文明。",
            "走在前,关键在人。我们将持续深化“和为贵”社会治理服务品牌建设,培养一批懂文化、会讲解的基层宣讲员,推动优秀传统文化融入城乡基层治理,为建设文化强市贡献曲阜力量{下转2版}。",
        ],
        figs=[
            F("1850万人次", "人次", "exact", "actual", "接待游客"),
            F("210亿元", "元", "exact", "actual", "旅游收入"),
            F("32个", "个", "exact", "target", "文旅重点项目"),
            F("15%以上", "%", "at_least", "target", "游客接待量", change="increase"),
        ],
    )
    c = Art(
        titles=["邹城开展春季植树造林"],
        authors=["刘阳"], place=None, date="2024-03-12",
        paras=[
            "本报讯(记者 刘阳)3月12日,邹城市在峄山脚下开展义务植树活动,2000余名干部群众栽下侧柏、黄栌等苗木1.2万株。今年,邹城计划完成造林绿化面积1.5万亩,森林覆盖率提高到38%。",
        ],
        figs=[
            F("2000余名", "名", "at_least", "actual", "植树干部群众"),
            F("1.2万株", "株", "exact", "actual", "栽下苗木"),
            F("1.5万亩", "亩", "exact", "target", "造林绿化面积"),
            F("38%", "%", "exact", "target", "森林覆盖率", change="increase"),
        ],
    )
    lines = ["济宁日报　2024年3月13日　星期三", "第3版　评论", "", ""]
    lines += title(*a.titles)
    lines += ["■ 本报评论员", ""]
    lines += longlines(a.paras, halfwidth=True)
    lines += ["", ""]
    lines += title(b.titles[0], "曲阜市委书记 孔德明", "走在前 挑大梁 大家谈")
    lines += longlines(b.paras, halfwidth=True)
    lines += ["", ""]
    lines += title(c.titles[0])
    lines += longlines(c.paras, halfwidth=True)
    return "y03_jining_opinion_series_halfwidth_continued", [a, b, c], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# y04: 滨州日报 (山东), hard wraps at ~19 like seeds 001/004, no header or footer: the year is
# inferred (`刚刚过去的2023年` + `今年`, so 1月15日 is 2024). A 两会 summary of the government work
# report full of results (actual) and targets; then a news; then the two articles' titles
# standing TOGETHER after the second body (two lines for the first, one for the second; content
# decides); then a third news with its title below.


def page_y04():
    a = Art(
        titles=["市十八届人大三次会议开幕", "政府工作报告晒出发展“成绩单”"],
        headline="市十八届人大三次会议开幕 政府工作报告晒出发展“成绩单”",
        authors=["高峰", "李敏"], place="滨州", date="2024-01-15",
        paras=[
            "本报滨州讯 1月15日上午，滨州市第十八届人民代表大会第三次会议开幕。市长在政府工作报告中回顾了刚刚过去的2023年的工作。",
            "过去一年，全市地区生产总值增长6.5%，规上工业增加值增长10.3%，一般公共预算收入完成183亿元，城乡居民人均可支配收入分别增长5.1%和7.2%。全年新开工亿元以上项目412个，新增高新技术企业156家。",
            "报告提出，今年全市经济社会发展的主要预期目标是：地区生产总值增长6%以上，一般公共预算收入增长5%，城镇新增就业4万人以上，居民收入增长与经济增长同步。",
        ],
        figs=[
            F("6.5%", "%", "exact", "actual", "地区生产总值", change="increase"),
            F("10.3%", "%", "exact", "actual", "规上工业增加值", change="increase"),
            F("183亿元", "元", "exact", "actual", "一般公共预算收入"),
            F("5.1%", "%", "exact", "actual", "城镇居民人均可支配收入", change="increase"),
            F("7.2%", "%", "exact", "actual", "农村居民人均可支配收入", change="increase"),
            F("412个", "个", "exact", "actual", "新开工亿元以上项目"),
            F("156家", "家", "exact", "actual", "新增高新技术企业"),
            F("6%以上", "%", "at_least", "target", "地区生产总值", change="increase"),
            F("5%", "%", "exact", "target", "一般公共预算收入", change="increase"),
            F("4万人以上", "人", "at_least", "target", "城镇新增就业"),
        ],
    )
    b = Art(
        titles=["邹平铝产业链产值突破千亿"],
        authors=["孙浩"], place="邹平", date="2024-01-13",
        paras=[
            "本报邹平讯 1月13日，记者从邹平市工业和信息化局获悉，去年全市铝产业链实现产值1080亿元，同比增长12.4%，产业链企业达到320家。",
            "今年，邹平将实施铝产业链重点项目45个，计划总投资260亿元，推动铝产业向高端化、轻量化方向发展。",
        ],
        figs=[
            T("千亿", "元", "at_least", "actual", "铝产业链产值", optional=True, value=100000000000),
            F("1080亿元", "元", "exact", "actual", "铝产业链产值"),
            F("12.4%", "%", "exact", "actual", "铝产业链产值", change="increase"),
            F("320家", "家", "exact", "actual", "产业链企业"),
            F("45个", "个", "exact", "target", "铝产业链重点项目"),
            F("260亿元", "元", "exact", "target", "计划总投资"),
        ],
    )
    c = Art(
        titles=["无棣冬枣大棚里的“新农人”"],
        authors=["王娟", "杜鹏"], place="无棣", date=None,
        paras=[
            "本报无棣讯 近日，在无棣县车王镇的冬枣大棚里，返乡青年刘强正在查看智能温控设备。他去年承包了20个大棚，亩均收入超过3万元。",
            "目前，无棣县冬枣种植面积达到8.6万亩，带动1.2万户农民增收。",
        ],
        figs=[
            F("20个", "个", "exact", "actual", "承包大棚"),
            F("超过3万元", "元", "at_least", "actual", "亩均收入"),
            F("8.6万亩", "亩", "exact", "actual", "冬枣种植面积"),
            F("1.2万户", "户", "exact", "actual", "带动农民增收"),
        ],
    )
    ind = "  "
    lines = ["", ""]
    lines += ["□记者 高峰 通讯员 李敏 报道"]
    lines += wrapped(a.paras, 19, ind)
    lines += [""]
    lines += ["□记者 孙浩 报道"]
    lines += wrapped(b.paras, 19, ind)
    lines += [""]
    lines += title(a.titles[0], a.titles[1], b.titles[0])
    lines += ["□记者 王娟 通讯员 杜鹏 报道"]
    lines += wrapped(c.paras, 19, ind)
    lines += [""]
    lines += title(c.titles[0])
    return "y04_binzhou_hardwrap_lianghui_titles_together_year_inferred", [a, b, c], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# z01: 泰安日报 (山东), hard wraps at ~19 like seed 004, no header: a report (`□ 本报记者 A B`) and a
# feature (`□ 本报记者 C`) both UNTITLED where they start; their three title lines stand together after
# the second body (a kicker + headline pair for the first, headline = the main second line; one line
# for the second; content decides); then an untitled photo caption with `□记者 X 通讯员 Y 报道` before
# it; then a news with its two-line title below. Full dates `2023年12月19日` give the year.
def page_z01():
    a = Art(
        titles=["泰安市重点项目现场观摩活动举行", "县市区项目比拼晒出发展“硬实力”"],
        headline="县市区项目比拼晒出发展“硬实力”",
        authors=["王海涛", "刘晓燕"], place=None, date="2023-12-19",
        paras=[
            "2023年12月19日至20日，泰安市重点项目现场观摩活动举行，各县市区的重点项目迎来“年终考”。观摩团一路走、一路看、一路比，泰山区新能源装备产业园、肥城高新区锂电材料基地、宁阳化工新材料项目等受到一致好评。",
            "刚刚过去的一年，面对经济下行压力加大、市场需求不足等困难，泰安坚持把项目建设作为推动高质量发展的主抓手，全年新开工亿元以上项目286个，完成投资720亿元，项目建设的数量和质量实现同步提升。",
            "观摩中，各县市区比项目质量、比投资强度、比推进速度，现场气氛热烈。大家纷纷表示，要以这次观摩为契机，学习先进经验，查找短板不足，在新一年的项目建设中争先进位。",
            "在宁阳化工新材料项目现场，塔吊林立、机器轰鸣，工人们正抢抓工期进行设备安装。项目负责人告诉观摩人员，当地有关部门为项目建设提供了全流程帮办代办服务，从签约到开工只用了很短时间，企业对这里的营商环境十分满意。",
            "“项目是发展的生命线。只有抓实项目，才能稳住经济大盘。”肥城市相关负责人说，下一步将继续盯紧重点项目、服务重点企业，推动更多项目早开工、早投产、早见效。",
            "观摩活动结束后，各县市区迅速召开专题会议，对照观摩中发现的差距和不足，逐项制定整改措施，明确责任单位和完成时限。大家表示，将把观摩成果转化为推动项目建设的实际行动，以更大的力度、更实的举措、更优的服务，确保重点项目按照计划节点顺利推进。",
        ],
        figs=[
            F("286个", "个", "exact", "actual", "新开工亿元以上项目"),
            F("720亿元", "元", "exact", "actual", "完成投资"),
        ],
    )
    b = Art(
        titles=["守护群众“幸福账”，写好民生新答卷"],
        kind="feature", authors=["赵明"], place=None, date=None,
        paras=[
            "民生连着民心，民心凝聚力量。这一年，泰安聚焦群众最关心、最直接、最现实的利益问题，一件接着一件办，一年接着一年干，民生保障有力有效，群众的获得感成色更足。",
            "为了让孩子们在家门口“上好学”，泰安持续扩充优质教育资源，新建改扩建中小学和幼儿园42所，新增学位2.6万个。为了让群众看病少跑腿，全市推进紧密型县域医共体建设，乡镇卫生院服务能力不断提升。",
            "就业是最基本的民生。泰安深入开展“就在泰安”系列招聘活动，搭建供需对接平台，帮助高校毕业生、农民工等重点群体找到合适岗位。全年城镇新增就业4.3万人。",
            "养老服务同样牵动人心。泰安在城乡社区推开长者食堂建设，组织志愿者为独居老人提供上门探访、代购代办等服务，让老年人在家门口就能享受到便利。在泰山脚下的一个社区里，老人们每天中午结伴到食堂吃饭，聊聊家常，心里暖洋洋的。",
            "民生无小事，枝叶总关情。从教育到医疗、从就业到养老，泰安始终把群众的“小事”当成自己的“大事”，用心用情写好民生这篇大文章。",
            "看病就医是群众关心的大事。泰安推动优质医疗资源下沉，组织市级医院专家定期到基层坐诊，开通远程会诊平台，让山区群众在家门口就能看上专家门诊。不少村民感慨，过去进城看病要起大早排长队，现在在镇上就能把病看好。",
        ],
        figs=[
            F("42所", "所", "exact", "actual", "新建改扩建中小学和幼儿园"),
            F("2.6万个", "个", "exact", "actual", "新增学位"),
            F("4.3万人", "人", "exact", "actual", "城镇新增就业"),
        ],
    )
    p = Art(
        titles=[], headline=None, kind="photo", authors=["王海涛", "陈刚"], place=None, date=None,
        paras=[
            "泰安市重点项目现场观摩活动中，观摩人员在肥城高新区锂电材料基地的生产车间了解企业智能化改造情况。",
        ],
        figs=[],
    )
    c = Art(
        titles=["新泰煤矿老厂区", "变身文创产业园"],
        headline="新泰煤矿老厂区 变身文创产业园",
        authors=["赵明", "孙丽"], place="新泰", date="2023-12-18",
        paras=[
            "本报新泰讯 2023年12月18日，位于新泰市城区西部的老煤矿厂区内人头攒动，由废弃厂房改造而成的文创产业园正式开园。",
            "园区保留了井架、运煤铁轨等工业遗存，引入文化创意、研学旅游等业态，目前已入驻企业35家。新泰市相关负责人介绍，园区开园后预计每年可吸引游客30万人次以上，为资源型城市转型发展探索出一条新路子。",
            "漫步园区，斑驳的红砖墙上绘满了反映矿工生活的壁画，老车间里摆放着各具特色的文创产品。不少市民专程带着孩子前来参观，在一件件老物件中感受矿山的历史和几代矿工的奋斗故事。",
        ],
        figs=[
            F("35家", "家", "exact", "actual", "入驻企业"),
            F("30万人次以上", "人次", "at_least", "target", "吸引游客"),
        ],
    )
    ind = "  "
    lines = ["", ""]
    lines += ["   □ 本报记者 王海涛 刘晓燕", ""]
    lines += wrapped(a.paras, 19, ind)
    lines += [""]
    lines += ["  □ 本报记者 赵明", ""]
    lines += wrapped(b.paras, 19, ind)
    lines += [""]
    lines += title(a.titles[0], a.titles[1], b.titles[0])
    lines += ["□记者 王海涛 通讯员 陈刚 报道"]
    lines += wrapped(p.paras, 19, ind)
    lines += [""]
    lines += ["  □记者 赵明 通讯员 孙丽 报道"]
    lines += wrapped(c.paras, 19, ind)
    lines += [""]
    lines += title(*c.titles)
    return "z01_taian_hardwrap_untitled_pair_titles_together_caption", [a, b, p, c], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# z02: 日照日报 (山东) wide page like seed 000 (one paragraph per line, no header): a report under a
# one-line two-part title, a column break in the MIDDLE of a word with several blank lines, closed by
# `（日照日报记者 A B）`; then a second report with a question headline and a subtitle (headline = the
# question), closed by `（日照日报记者 C）`. The year comes from `2024年` on the page.
def page_z02():
    a = Art(
        titles=["日照“新年第一会” 锚定海洋强市加速冲刺"],
        authors=["李红", "周斌"], place=None, date="2024-02-20",
        paras=[
            "春回大地，万象更新。继2月18日全省高质量发展大会之后，2月20日，日照召开全市“海洋强市攻坚年”动员大会，吹响了新春奋进的集结号。这是日照在新年伊始召开的最高规格会议，也是锚定目标、加速冲刺的再动员、再部署。",
            "近年来，日照坚持向海图强、依港兴城，港口货物吞吐量持续攀升，临港产业集群不断壮大，城市综合实力稳步提升。市委将2024年确定为“海洋强市攻坚年”，既是对过去几年发展经验的总结，也是聚焦短板弱项、集中力量攻坚的现实需要，更是全市上下凝心聚¦力、共谋发展的目标所向。",
            "会上提出，推动日照高质量发展，首先要做强港口这个最大优势。要加快建设现代化港口群，完善集疏运体系，推动港产城融合发展，让港口更好地服务腹地经济。",
            "港口是日照最大的资源、最大的优势。多年来，一代代港口建设者在黄海之滨建起现代化大港，让一座小城成长为重要的沿海港口城市。站在新的起点上，日照要把港口优势转化为发展胜势，在对外开放中赢得主动。",
            "其次要做大临港产业。要围绕钢铁、石化、汽车零部件等产业链条，强化延链补链强链，引进一批带动力强的龙头项目，推动产业向高端化、智能化、绿色化迈进。",
            "此外，还要做优营商环境。要深化“放管服”改革，推行项目审批“一窗受理”，为企业提供全生命周期服务，让各类经营主体在日照放心投资、安心发展。",
            "再次要做好城市这篇文章。要坚持以海定城、以水润城，统筹推进老城区更新和新城区建设，完善教育、医疗、养老等公共服务设施，提升城市的颜值和品质，让群众生活更方便、更舒心、更美好。城市有温度，人才才会留得住，产业才能聚得来。",
            "潮起海天阔，扬帆正当时。今天的日照，干事创业的氛围日益浓厚。只要全市上下拧成一股绳，就一定能够在建设海洋强市的新征程上跑出加速度。",
            "开局决定全局，起步关乎长远。连日来，各区县、各部门纷纷召开会议传达学习大会精神，研究制定具体落实方案。一批重点项目集中开工，一批招商活动密集举行，港城大地涌动着干事创业的热潮。",
            "大家表示，新的一年，要以只争朝夕的劲头、敢为人先的勇气，在海洋强市建设中担当作为，为港城发展贡献自己的力量。港城的春天，正在奋斗中展开。",
        ],
        figs=[],
    )
    b = Art(
        titles=["日照开年“第一会”释放哪些信号？", "攻坚行动勾勒港城发展新图景"],
        headline="日照开年“第一会”释放哪些信号？",
        authors=["周斌"], place=None, date="2024-02-20",
        paras=[
            "2月20日，日照市“海洋强市攻坚年”动员大会召开。会议明确，今年全市将实施港口提能、产业升级、城市更新、乡村振兴等攻坚行动，以重点突破带动整体提升。",
            "港口提能是第一位的任务。会议提出，今年日照港货物吞吐量力争达到6亿吨，集装箱吞吐量突破700万标准箱，新开通外贸航线5条以上。",
            "产业升级方面，全市计划实施市级重点项目300个，年度计划投资850亿元，力争规上工业增加值增长8%以上。",
            "城市更新和乡村振兴同样是今年的重头戏。日照将改造提升老旧小区120个，新建和美乡村示范村50个，让城乡面貌持续焕新。",
            "港口提能之外，产业升级也有不少新看点。会议提出，要推动钢铁、石化等传统产业改造提升，培育新能源、新材料等新兴产业，打造一批在全省乃至全国有影响力的产业集群。",
            "会议还对优化营商环境、防范化解风险、改进干部作风等工作作出部署，要求各级各部门树牢“一盘棋”思想，把各项任务分解到岗、落实到人，以钉钉子精神抓好落实。与会人员纷纷表示，将迅速把思想和行动统一到会议精神上来，撸起袖子加油干，确保各项攻坚行动开好局、起好步。",
            "不少市民也对会议释放的信号充满期待。在港口工作多年的老职工说，港口发展好了，城市才能发展好，大家的日子才会越过越红火。",
        ],
        figs=[
            F("6亿吨", "吨", "exact", "target", "日照港货物吞吐量"),
            F("700万标准箱", "标准箱", "at_least", "target", "集装箱吞吐量"),
            F("5条以上", "条", "at_least", "target", "新开通外贸航线"),
            F("300个", "个", "exact", "target", "市级重点项目"),
            F("850亿元", "元", "exact", "target", "年度计划投资"),
            F("8%以上", "%", "at_least", "target", "规上工业增加值", change="increase"),
            F("120个", "个", "exact", "target", "改造提升老旧小区"),
            F("50个", "个", "exact", "target", "新建和美乡村示范村"),
        ],
    )
    lines = ["", "", "", ""]
    lines += title(a.titles[0])
    lines += longlines(a.paras)
    lines += ["（日照日报记者 李红 周斌）", ""]
    lines += title(*b.titles)
    lines += longlines(b.paras)
    lines += ["（日照日报记者 周斌）"]
    return "z02_rizhao_wide_closing_credits_question_headline_midword_break", [a, b], lines, "utf-8", "\n"


# ---------------------------------------------------------------------------
# z03: 临沂日报 (山东), hard wraps at ~19 like seed 001, no header: a commentary `□ name` whose title
# follows its body; an official's article signed at the end `（临沂市商务局党组书记、局长 刘志强）` (the
# signature wrapped over two lines) with kicker + title after it (headline = the main second line);
# a call for contributions announcing the `“奋进争先看临沂”专栏` (notice, no title); two news with
# titles below (one byline split over two lines); the column banner as the page's LAST line.
def page_z03():
    col = "奋进争先看临沂"
    a = Art(
        titles=["“三个聚焦”汇聚开局起势强大动能"],
        column=col, kind="opinion", authors=["张振华"], place=None, date="2024-02-18",
        paras=[
            "聚焦项目、聚焦产业、聚焦民生……如今，这“三个聚焦”成了临沂党员干部挂在嘴边的热词。2月18日，在临沂新春第一会上，市委提出以“三个聚焦”推动全年工作开局起势。",
            "聚焦项目，就是要把项目建设作为经济工作的生命线。2024年，全市计划实施省市重点项目400个以上，以项目的大突破带动发展的大跨越。",
            "聚焦产业，就是要做强商贸物流这张城市名片。临沂是全国知名的商贸物流城，要推动市场转型升级，发展直播电商等新业态，让“临沂商城”叫得更响。",
            "商城是临沂的根，也是临沂的魂。从当年的地摊经济到如今的现代化市场集群，临沂商城一路走来，靠的就是敢闯敢干、勇于创新的精神。新时代新征程，这种精神更需要发扬光大。",
            "聚焦民生，就是要把群众的期盼作为工作的方向。要办好群众身边的每一件实事，让发展成果更多更公平地惠及全市人民。",
            "“三个聚焦”，聚焦的是发展的关键，体现的是为民的情怀。只要全市上下心往一处想、劲往一处使，就一定能够在奋进争先的新征程上交出一份满意答卷。",
        ],
        figs=[
            F("400个以上", "个", "at_least", "target", "省市重点项目"),
        ],
    )
    b = Art(
        titles=["扩大开放 优化服务 激活消费", "以开放型经济新突破彰显商务新作为"],
        headline="以开放型经济新突破彰显商务新作为",
        column=col, kind="opinion", authors=["刘志强"], place=None, date=None,
        paras=[
            "新春伊始，市委、市政府召开全市动员大会，发出奋进争先的“动员令”，鼓舞人心、催人奋进。市商务局将闻令而动、听令而行，以“开局即决战”的奋斗姿态，全力推动商务工作实现新突破。",
            "我们将坚定不移扩大开放，深化“市场采购+跨境电商”模式，支持企业拓展海外市场，力争全年外贸进出口总额增长10%以上。持续优化服务，落实好助企纾困各项政策，让企业专心发展、安心经营。",
            "我们还将全力激活消费，围绕汽车、家电、家居等重点领域，组织开展形式多样的促消费活动，打造夜间经济集聚区，培育一批消费新场景、新业态，让城市的烟火气更浓、人气更旺。",
            "商务工作连着千家万户，关系经济发展全局。我们将坚持问题导向，深入企业、市场和商户开展调研，了解经营主体的所思所盼，推动各项政策直达快享，用实际行动为全市奋进争先贡献商务力量。",
            "百舸争流，奋楫者先。全市商务系统将以“事争一流、唯旗是夺”的精气神，攻坚克难、奋勇争先，为全市高质量发展作出新的更大贡献。",
        ],
        figs=[
            F("10%以上", "%", "at_least", "target", "外贸进出口总额", change="increase"),
        ],
    )
    n = Art(
        titles=[], headline=None, column=col, kind="notice", authors=[], place=None, date="2024-02-18",
        paras=[
            "2月18日，临沂召开全市“奋进争先年”动员大会，吹响了在高质量发展道路上奋勇争先的号角。如何奋进争先？临沂今年怎么干？即日起，《临沂日报》开设“奋进争先看临沂”专栏，面向社会征稿。",
        ],
        figs=[],
    )
    d = Art(
        titles=["兰陵蔬菜产业", "春季订单量同比增长三成"],
        headline="兰陵蔬菜产业 春季订单量同比增长三成",
        authors=["马丽", "杨帆"], place="兰陵", date="2024-02-21",
        paras=[
            "本报兰陵讯 2月21日，在兰陵县代村的蔬菜交易市场里，装满新鲜蔬菜的货车一辆接着一辆驶出。记者从兰陵县农业农村局获悉，开春以来，全县蔬菜订单量同比增长三成，蔬菜常年种植面积稳定在100万亩以上。",
            "近年来，兰陵县持续推进蔬菜产业标准化生产和品牌化建设，建成一批冷链物流和净菜加工设施，“兰陵蔬菜”的知名度和美誉度不断提高，产品远销京津冀、长三角等地区，成为当地农民增收致富的“金钥匙”。",
            "在代村的蔬菜大棚里，菜农们正忙着采摘、分拣、装箱。一位种了多年蔬菜的老菜农说，现在有了订单，种菜心里有底，一年四季都有活干。",
        ],
        figs=[
            T("三成", "成", "exact", "actual", "蔬菜订单量", change="increase", optional=True),
            F("三成", "成", "exact", "actual", "蔬菜订单量", change="increase", optional=True),
            F("100万亩以上", "亩", "at_least", "actual", "蔬菜常年种植面积"),
        ],
    )
    e = Art(
        titles=["临沂商城直播电商基地开园"],
        authors=["孙伟"], place="临沂", date="2024-02-22",
        paras=[
            "本报临沂讯 2月22日，临沂商城直播电商基地正式开园。基地总面积5万平方米，首批入驻直播团队120个，预计每年可带动商城线上销售额增长20亿元。",
        ],
        figs=[
            F("5万平方米", "平方米", "exact", "actual", "基地总面积"),
            F("120个", "个", "exact", "actual", "首批入驻直播团队"),
            F("20亿元", "元", "exact", "target", "线上销售额", change="increase"),
        ],
    )
    ind = "  "
    lines = ["", ""]
    lines += ["   □ 张振华", ""]
    lines += wrapped(a.paras, 19, ind)
    lines += [""]
    lines += title(a.titles[0])
    lines += wrapped(b.paras, 19, ind)
    lines += wrapped(["（临沂市商务局党组书记、局长 刘志强）"], 19, ind)
    lines += [""]
    lines += title(*b.titles)
    lines += wrapped(n.paras, 31, ind)
    lines += [""]
    lines += ["  □记 者 马丽", "通讯员 杨帆 报道"]
    lines += wrapped(d.paras, 19, ind)
    lines += [""]
    lines += title(*d.titles)
    lines += ["  □记者 孙伟 报道"]
    lines += wrapped(e.paras, 19, ind)
    lines += [""]
    lines += title(e.titles[0])
    lines += [col, "", ""]
    return "z03_linyi_opinion_signed_official_call_banner_last", [a, b, n, d, e], lines, "utf-8", "\n"


PAGES = [page_p01, page_p02, page_p03, page_p04, page_p05, page_p06,
         page_q01, page_q02, page_q03, page_q04, page_q05, page_q06,
         page_r01, page_r02, page_r03, page_r04, page_r05, page_r06,
         page_s01, page_s02, page_s03, page_s04, page_s05, page_s06,
         page_t01, page_t02, page_t03, page_t04, page_t05, page_t06,
         page_u01, page_u02, page_u03, page_u04, page_u05, page_u06,
         page_v01, page_v02, page_v03, page_v04, page_v05, page_v06,
         page_w01, page_w02, page_w03, page_w04, page_w05, page_w06,
         page_x01, page_x02, page_x03, page_x04,
         page_y01, page_y02, page_y03, page_y04,
         page_z01, page_z02, page_z03]

# ---------------------------------------------------------------------------
# output


def encode_page(text, encoding, eol):
    text = text.replace("\n", eol)
    if encoding == "utf-16":
        return b"\xff\xfe" + text.encode("utf-16-le")
    if encoding == "utf-8-sig":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    return text.encode(encoding)


def decode_page(data):
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le")
    if data.startswith(b"\xfe\xff"):
        return data[2:].decode("utf-16-be")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def page_date(arts):
    dates = [a.date for a in arts if a.date]
    if not dates:
        return None
    return max(dates, key=lambda d: d[-5:] if d.startswith("--") else d)


def generate():
    PAGES_DIR.mkdir(parents=True, exist_ok=True)
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    for make in PAGES:
        name, arts, lines, encoding, eol = make()
        text = "\n".join(lines).rstrip("\n") + "\n"
        (PAGES_DIR / f"{name}.txt").write_bytes(encode_page(text, encoding, eol))
        gold = {"source": f"{name}.txt", "page_date": page_date(arts),
                "articles": [a.record() for a in arts]}
        (GOLD_DIR / f"{name}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {name}.txt ({encoding}, {'CRLF' if eol == chr(13) + chr(10) else 'LF'}, "
              f"{len(text)} chars) and its gold ({len(arts)} articles)")


# ---------------------------------------------------------------------------
# self-test


MARKER = re.compile(r"[\(（]\s*下转\s*\S{1,4}?版\s*[\)）]")


def fold(s):
    """Same folding as ../shared/tools/goldlib.py: NFKC, no whitespace, no markers."""
    if s is None:
        return ""
    s = MARKER.sub("", s)
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", "", s)


# captions printed in the middle of another article's sentence: page -> printed caption lines
INSERTED_CAPTIONS = {"y02_dezhou_wide_conference_caption_midsentence": [
    "12月26日，德州经济技术开发区一家新能源企业的生产车间内，工人正在赶制订单。今年以来，该企业产值同比增长35%。　■ 陈晓"]}
RUNNING_HEADERS = {"贵州日报　2024年4月12日　星期五　要闻"}
DATE = re.compile(r"^(\d{4}|-)-\d{2}-\d{2}$")
KINDS = {"news", "feature", "opinion", "photo", "teaser", "notice"}
BOUNDS = {"exact", "at_least", "at_most", "about"}


def selftest():
    problems = []
    golds = sorted(GOLD_DIR.glob("*.json"))
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        tag = gp.stem
        data = (PAGES_DIR / g["source"]).read_bytes()
        text = decode_page(data)
        if "\r" in text and "\r\n" not in text and "\n" in text:
            problems.append(f"{tag}: bare CR line ends mixed with LF")
        # a running header repeated between the halves of a cut sentence (t01) is
        # furniture: leave it out of the text the paragraphs are looked up in
        flat = fold("".join(l for l in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
                            if l.strip() not in RUNNING_HEADERS))
        lines_folded = {fold(l) for l in text.splitlines() if l.strip()}
        last_pos = -1
        dates = []
        for i, a in enumerate(g["articles"], 1):
            at = f"{tag}#{i}"
            for k in ("titles", "headline", "column", "kind", "authors", "place", "date",
                      "continues", "paragraphs", "figures"):
                if k not in a:
                    problems.append(f"{at}: missing field {k}")
            if a["kind"] not in KINDS:
                problems.append(f"{at}: bad kind {a['kind']}")
            if a["date"] is not None:
                if not DATE.match(a["date"]):
                    problems.append(f"{at}: bad date {a['date']}")
                dates.append(a["date"])
            for t in a["titles"]:
                if t != " ".join(t.split()):
                    problems.append(f"{at}: title not trimmed/collapsed: {t!r}")
                if fold(t) not in lines_folded and fold(t) not in flat:
                    problems.append(f"{at}: title not on the page: {t}")
            if a["headline"] is not None and not a["titles"]:
                problems.append(f"{at}: headline without titles")
            if a["column"] and fold(a["column"]) not in flat:
                problems.append(f"{at}: column not on the page: {a['column']}")
            for name in a["authors"]:
                if fold(name) not in flat:
                    problems.append(f"{at}: author not on the page: {name}")
            if a["place"] and fold(a["place"]) not in flat:
                problems.append(f"{at}: place not on the page: {a['place']}")
            body = ""
            for p in a["paragraphs"]:
                fp = fold(p)
                n = flat.count(fp)
                if n == 0:
                    # a caption printed inside a sentence (y02): the paragraph runs around it
                    for ins in INSERTED_CAPTIONS.get(tag, ()):
                        n = flat.replace(fold(ins), "").count(fp)
                if n == 0:
                    problems.append(f"{at}: paragraph not in page text: «{p[:30]}…»")
                body += fp
            first = flat.find(fold(a["paragraphs"][0])) if a["paragraphs"] else -1
            if first < last_pos:
                problems.append(f"{at}: articles not in reading order")
            last_pos = max(last_pos, first)
            titles = "".join(fold(t) for t in a["titles"])
            seen = {}
            for f in a["figures"]:
                where = titles if f["where"] == "title" else body
                key = (f["where"], fold(f["text"]))
                seen[key] = seen.get(key, 0) + 1
                if f["bound"] not in BOUNDS or f["kind"] not in ("target", "actual"):
                    problems.append(f"{at}: bad bound/kind in figure {f['text']}")
                if fold(f["text"]) not in where:
                    problems.append(f"{at}: figure {f['text']} not in its {f['where']}")
                elif where.count(fold(f["text"])) < seen[key]:
                    problems.append(f"{at}: figure {f['text']} listed more often than printed")
        if page_date_of(dates) != g["page_date"]:
            problems.append(f"{tag}: page_date {g['page_date']} but latest article date is {page_date_of(dates)}")
    for p in problems:
        print("PROBLEM:", p)
    print(f"self-test: {len(golds)} gold files, {len(problems)} problems")
    return not problems


def page_date_of(dates):
    if not dates:
        return None
    return max(dates, key=lambda d: d[-5:] if d.startswith("--") else d)


def unannotated_numbers():
    """Review aid: numbers in bodies/titles that no figure of the article covers."""
    num = re.compile(r"[\d.]+|[零〇一二两三四五六七八九十百千万亿]{1,4}")
    for gp in sorted(GOLD_DIR.glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        for i, a in enumerate(g["articles"], 1):
            texts = a["titles"] + a["paragraphs"]
            covered = " ".join(f["text"] for f in a["figures"])
            for t in texts:
                for m in re.finditer(r"\d+(?:\.\d+)?", t):
                    if m.group() not in covered:
                        ctx = t[max(0, m.start() - 6):m.end() + 6]
                        print(f"  {gp.stem}#{i}: {m.group()} in «{ctx}»")


if __name__ == "__main__":
    if "--check" not in sys.argv:
        generate()
    if "--review" in sys.argv:
        unannotated_numbers()
    sys.exit(0 if selftest() else 1)
