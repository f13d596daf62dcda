#!/usr/bin/env python3
"""Check dubao's test pages against their hand-written gold.

    python3 scripts/check-test-pages.py           # self-test every gold file
    python3 scripts/check-test-pages.py --review  # also list numbers no figure covers

It checks that every gold paragraph, title, author, place, column and figure
occurs in the decoded page, that articles are in reading order and that
`page_date` is an issue date the page prints or its path holds, else the latest
article date. Pages: Tests/DubaoCoreTests/Fixtures/pages,
gold: Tests/DubaoCoreTests/Fixtures/pages-gold (see the README there).
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES_DIR = ROOT / "Tests/DubaoCoreTests/Fixtures/pages"
GOLD_DIR = ROOT / "Tests/DubaoCoreTests/Fixtures/pages-gold"


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
    "12月26日，德州经济技术开发区一家新能源企业的生产车间内，工人正在赶制订单。今年以来，该企业产值同比增长35%。　■ 陈晓"],
    "f04_beijing_pdf_page5_hardwrap_wrapped_title_caption_midsentence_jump": [
    "10月24日，工人在朝阳区劲松街道一处老旧小区内安装电梯井架。　本报记者 邓伟 摄"]}
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
        if g["page_date"] != page_date_of(dates) and not issue_date_shown(g["page_date"], text, g["source"]):
            problems.append(f"{tag}: page_date {g['page_date']} is neither printed on the page, nor in its path, "
                            f"nor the latest article date ({page_date_of(dates)})")
    for p in problems:
        print("PROBLEM:", p)
    print(f"self-test: {len(golds)} gold files, {len(problems)} problems")
    return not problems


def issue_date_shown(iso, text, source):
    """Whether the issue date `iso` is printed on the page (`2024年3月8日`, `2024-03-08`)
    or written in the page's path (`2024/03/08/`, `20240308`), as the contract's
    page_date rule wants (spec section 2)."""
    if not iso or iso.startswith("--"):
        return False
    y, m, d = (int(x) for x in iso.split("-"))
    flat = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    printed = [f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日", f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}",
               f"{y}/{m:02d}/{d:02d}", f"{y}.{m:02d}.{d:02d}", f"{y}.{m}.{d}",
               f"{chinese_year(y)}年{chinese_number(m)}月{chinese_number(d)}日",
               f"中華民國{y - 1911}年{m}月{d}日", f"中华民国{y - 1911}年{m}月{d}日"]  # Taiwan's ROC years (e04)
    if any(p in flat for p in printed):
        return True
    path = re.sub(r"[-_./]", "", source)
    return f"{y}{m:02d}{d:02d}" in path or re.search(rf"{y}[-_./]0?{m}[-_./]0?{d}(?!\d)", source) is not None


def chinese_year(y):
    return "".join("〇一二三四五六七八九"[int(c)] for c in str(y))


def chinese_number(n):
    ones = "〇一二三四五六七八九"
    if n < 10:
        return ones[n]
    return ("" if n < 20 else ones[n // 10]) + "十" + ("" if n % 10 == 0 else ones[n % 10])


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
    ok = selftest()
    if "--review" in sys.argv:
        unannotated_numbers()
    sys.exit(0 if ok else 1)
