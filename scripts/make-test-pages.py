#!/usr/bin/env python3
"""Build the encoded variants of dubao's test pages from their UTF-8 masters.

    python3 scripts/make-test-pages.py          # write the variants
    python3 scripts/make-test-pages.py --check  # only check that they are up to date

The test pages and their gold are data files, reviewed as data:
Tests/DubaoCoreTests/Fixtures/pages/*.txt and pages-gold/*.json. Most pages are
UTF-8 with LF line ends and are their own master. A page saved in another
encoding or with other line ends is written from a UTF-8, LF master in
pages/masters/ (same file name) and listed in VARIANTS below; edit the master,
then rerun this script. `scripts/check-test-pages.py` checks pages against gold.
"""
import sys
from pathlib import Path

PAGES = Path(__file__).resolve().parent.parent / "Tests/DubaoCoreTests/Fixtures/pages"
MASTERS = PAGES / "masters"

# page name -> (encoding, line end); encodings: utf-8, utf-8-sig (with BOM),
# utf-16 (little endian with BOM), gb18030
VARIANTS = {
    "p04_anji_county_teaser_photo_note": ("utf-8-sig", "\n"),
    "p05_nanfeng_gb18030_crlf": ("gb18030", "\r\n"),
    "p06_yichang_utf16_halfwidth": ("utf-16", "\n"),
    "q06_lhasa_crlf_fullwidth_digits": ("utf-8", "\r\n"),
    "s06_shouyang_gb18030_crlf_no_blank_lines": ("gb18030", "\r\n"),
    "t06_jiujiang_bom_cr_only": ("utf-8-sig", "\r"),
    "v06_changzhi_gb18030_footer_year": ("gb18030", "\r\n"),
    "w06_qijiang_utf16_titles_below_last_friday": ("utf-16", "\n"),
    "a10_wuyishan_county_media_web_copy": ("gb18030", "\r\n"),
}


def encode(text, encoding, eol):
    text = text.replace("\n", eol)
    if encoding == "utf-16":
        return b"\xff\xfe" + text.encode("utf-16-le")
    if encoding == "utf-8-sig":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    return text.encode(encoding)


def main():
    check = "--check" in sys.argv
    stale = 0
    for name, (encoding, eol) in VARIANTS.items():
        master = (MASTERS / f"{name}.txt").read_bytes().decode("utf-8")
        if "\r" in master or master.startswith("\ufeff"):
            sys.exit(f"{name}: a master is UTF-8 without BOM, with LF line ends")
        data = encode(master, encoding, eol)
        target = PAGES / f"{name}.txt"
        if target.exists() and target.read_bytes() == data:
            continue
        stale += 1
        if check:
            print(f"out of date: {target.name}")
        else:
            target.write_bytes(data)
            print(f"wrote {target.name} ({encoding}, {eol!r})")
    sys.exit(1 if check and stale else 0)


if __name__ == "__main__":
    main()
