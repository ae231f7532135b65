#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds china-st-extract.json (the embedded default dataset) from ../shared/data/figures.csv,
targets.csv and plans.csv.

Every row of figures.csv becomes one observation with its source URL, vintage and note.
Series names, source titles and caveat flags are added here from the data README
(../shared/data/README.md); no figure is added, changed or dropped. Rows the README marks
"do not chart" keep their value and get the flag "do-not-chart".

Targets and Five-Year Plans (targets.csv, plans.csv, README section "Targets vs outcomes") become
the "targets" and "periods" sections of extract format 2. The kind of each target is derived
from its coding there: low and high empty = none; low only = at-least; high only = at-most;
low < high = range; low = high = about when the phrase says 左右/about, else point.

Usage: resources/data/make-extract.py [path/to/figures.csv] > resources/data/china-st-extract.json
(targets.csv and plans.csv are read from the folder of figures.csv)
"""
import csv
import json
import os
import re
import sys
from urllib.parse import urlparse

SERIES = {
    "central_st_expenditure": (
        "Central S&T expenditure", "中央本级科学技术支出", "billion yuan",
        "MoF central-level science & technology expenditure, general public budget. Budget = "
        "draft budget submitted in March; actual = execution or final accounts. Budget growth "
        "is quoted against the previous year's execution, not the previous budget."),
    "central_basic_research_expenditure": (
        "Central basic research expenditure", "中央本级基础研究支出", "billion yuan",
        "MoF central-level spending on basic research."),
    "rd_expenditure_total": (
        "National R&D expenditure", "全国研究与试验发展(R&D)经费", "billion yuan",
        "Gross domestic expenditure on R&D (NBS/MOST/MOF). Actual = final communiqué; "
        "preliminary = January/February release."),
    "rd_intensity_pct_gdp": (
        "R&D intensity", "研发经费投入强度", "% of GDP",
        "National R&D expenditure as a share of GDP. Revised when GDP is revised "
        "(economic censuses 2013, 2018, 2023)."),
    "basic_research_expenditure": (
        "Basic research expenditure", "基础研究经费", "billion yuan",
        "National spending on basic research (all performers)."),
    "basic_research_share_of_rd_pct": (
        "Basic research share of R&D", "基础研究经费占R&D经费比重", "% of R&D",
        "Basic research as a share of national R&D expenditure."),
    "national_gpb_st_expenditure_mof": (
        "National budget S&T expenditure (MoF)", "全国一般公共预算科学技术支出", "billion yuan",
        "MoF national general-public-budget science & technology item. A different concept "
        "from the central-level series and from the NBS fiscal series: do not mix them."),
    "national_fiscal_st_expenditure_nbs": (
        "National fiscal S&T expenditure (NBS)", "国家财政科学技术支出", "billion yuan",
        "NBS communiqué concept; also counts S&T spending under other budget items, so it is "
        "larger than the MoF budget item. Do not mix with the MoF series."),
    "central_fiscal_st_expenditure_nbs": (
        "Central fiscal S&T expenditure (NBS)", "中央财政科学技术支出", "billion yuan",
        "NBS communiqué concept (2018 only); not the MoF central-level item."),
    "central_fiscal_st_expenditure_cum_2008_2012": (
        "Central S&T input, cumulative 2008–2012", "2008—2012年中央财政科技投入累计",
        "billion yuan",
        "2013 Government Work Report: cumulative central S&T input over five years "
        "(charted at 2012 for reference only)."),
    "gdp": (
        "GDP", "国内生产总值", "billion yuan",
        "Gross domestic product, first (preliminary) release unless marked revised."),
}

PUBLISHERS = {
    "stats.gov.cn": "National Bureau of Statistics of China",
    "english.www.gov.cn": "State Council of the PRC (gov.cn)",
    "nature.com": "Nature",
    "scmp.com": "South China Morning Post",
    "amp.scmp.com": "South China Morning Post",
    "stdaily.com": "Science and Technology Daily",
    "en.people.cn": "People's Daily",
    "globaltimes.cn": "Global Times",
    "ecns.cn": "ECNS (China News Service)",
    "thestar.com.my": "The Star (SCMP syndication)",
    "zh.wikisource.org": "Wikisource: Government Work Report",
    "cset.georgetown.edu": "CSET, Georgetown University",
    "genomeweb.com": "GenomeWeb",
    "yicaiglobal.com": "Yicai Global",
    "en.gmw.cn": "Guangming Online",
    "devdiscourse.com": "Devdiscourse (Reuters feed)",
    "urdupoint.com": "UrduPoint (Xinhua feed)",
    "ccasindia.org": "Centre for Contemporary Asian Studies",
    "ebook.theorychina.org.cn": "TheoryChina e-book (budget report)",
    "english.gov.cn": "State Council of the PRC (gov.cn)",
    "sciencemag.org": "Science (ScienceInsider)",
    "jp.xinhuanet.com": "Xinhua (Japanese)",
    "j.people.com.cn": "People's Daily (Japanese)",
    "kr.people.com.cn": "People's Daily (Korean)",
    "french.peopledaily.com.cn": "People's Daily (French)",
    "big5.sputniknews.cn": "Sputnik (Chinese)",
    "sputniknews.com": "Sputnik",
    "ng.ru": "Nezavisimaya Gazeta (TASS)",
    "newsway.kr": "Newsway (Korea)",
    "m2.edaily.co.kr": "Edaily (Korea)",
    "kostec.re.kr": "Korea-China S&T Cooperation Center",
    "afpbb.com": "AFPBB News",
    "81.cn": "China Military Online",
    "news.sciencenet.cn": "ScienceNet.cn",
    "news.sohu.com": "Sohu News",
    "marketscreener.com": "MarketScreener",
    "larepublica.ec": "La República (Ecuador)",
    "malayalam.samayam.com": "Samayam Malayalam",
}

CAVEATS = [
    "The \"3.3 trillion yuan … 2.6% of GDP\" of 2023 is total R&D, not basic research "
    "(basic research was 225.91 bn, 6.77% of R&D).",
    "Three different \"government S&T spending\" series exist (MoF central-level, MoF "
    "national budget item, NBS fiscal S&T spending); they are separate series here and must "
    "not be mixed.",
    "Budget growth rates are quoted against the previous year's execution, not the previous "
    "budget; Annals shows both computed bases next to the reported rate.",
    "2022 central S&T execution is 321.552 bn (100.9% of budget, official 2023 budget "
    "report); the 318.7 bn reported as execution is the 2022 budget and is not charted, and "
    "\"about 320 bn\" is a rounding.",
    "The 2022 \"+7.2%\" is national general-public-budget S&T spending, not central: it is "
    "listed under the central series for reference and not charted.",
    "Series break between 2013 and 2015: the 2008–2013 figures are central-budget (中央财政) "
    "totals including transfers to local governments; from 2015 the budget report lists "
    "central-level (中央本级) spending. Growth is not computed across the break.",
    "Later budgets: 2024 is 370.828 bn (379.8 bn is wrong), 2025 398.119 bn (a Korean "
    "daily's 389.1 bn is a digit swap, not charted), 2026 426.42 bn (+10%).",
    "The 2024 budget of 379.8 bn (The Star) is inconsistent with 370.8 bn in every other "
    "source; it is kept, flagged, and not charted.",
    "The 2012 and 2014 central figures come from reports that listed central-government "
    "(中央财政) items, which likely include transfers to local governments.",
    "R&D intensity is revised when GDP is revised; only revisions actually seen are "
    "'revised' rows, others are described in notes.",
    "Low-confidence rows (a machine-made news summary, a machine-translated page) are "
    "flagged.",
    "Many URLs are mirrors or reposts of official releases.",
]


# Caveats of single rows, from their notes and ../shared/data/README.md, keyed by
# (indicator, year, value as written in figures.csv). Written out rather than guessed from words.
ROW_FLAGS = {
    ("central_st_expenditure", 2016, "271"): ["secondary-source"],
    ("central_st_expenditure", 2020, "320"): ["approximate"],
    ("central_st_expenditure", 2022, ""): ["national-not-central"],
    ("central_st_expenditure", 2022, "320"): ["approximate"],
    ("national_gpb_st_expenditure_mof", 2023, "1060"): ["approximate"],
    ("rd_expenditure_total", 2023, "3335.71"): ["total-rd-not-basic-research"],
    ("rd_expenditure_total", 2023, "3327.8"): ["total-rd-not-basic-research"],
    ("rd_intensity_pct_gdp", 2013, "2.08"): ["revised-later"],
    ("rd_intensity_pct_gdp", 2015, "2.07"): ["revised-later"],
    ("rd_intensity_pct_gdp", 2017, "2.13"): ["revised-later"],
    ("rd_intensity_pct_gdp", 2018, "2.19"): ["revised-later"],
    ("rd_intensity_pct_gdp", 2021, "2.44"): ["revised-later"],
    ("rd_intensity_pct_gdp", 2022, "2.54"): ["revised-later"],
    ("rd_intensity_pct_gdp", 2023, "2.65"): ["revised-later"],
    ("gdp", 2019, "99086.5"): ["revised-later"],
    ("gdp", 2023, "126058.2"): ["revised-later"],
}


def source_title(url):
    host = urlparse(url).netloc.lower()
    host = host[4:] if host.startswith("www.") else host
    publisher = PUBLISHERS.get(host, host)
    return publisher, publisher


def flags_for(row, note):
    indicator, year = row["indicator"], int(row["year"])
    # The markers figures.csv itself writes at the start of notes.
    flags = []
    if "do not chart" in note.lower():
        flags.append("do-not-chart")
    if note.startswith("LOW CONFIDENCE"):
        flags.append("low-confidence")
    # README caveat 3: budget growth is quoted against the previous year's execution.
    if indicator in ("central_st_expenditure", "central_basic_research_expenditure") \
            and row["vintage"] == "budget" and row["reported_growth_pct"] \
            and (indicator, year, row["value"]) not in UNCERTAIN_GROWTH:
        flags.append("growth-vs-previous-actual")
    # README caveats 4b and 6: up to 2014 the central figures are 中央财政 totals that include
    # transfers to local governments; from 2015 they are 中央本级 spending.
    if indicator == "central_st_expenditure" and year <= LAST_YEAR_BEFORE_BREAK:
        flags.append("possible-series-break")
    for flag in ROW_FLAGS.get((indicator, year, row["value"]), []):
        if flag not in flags:
            flags.append(flag)
    return flags


LAST_YEAR_BEFORE_BREAK = 2014

# Growth rates whose scope is unclear: no claim about their base either.
UNCERTAIN_GROWTH = {("central_st_expenditure", 2022, "")}


TARGET_INDICATORS = {
    "gdp_growth": (
        "GDP growth", "国内生产总值增长", "%",
        "Real growth on the previous year. The 1992 and 1993 targets (and the 1991 and 1992 "
        "first releases) are GNP (国民生产总值) growth."),
    "retail_price": (
        "Retail price inflation", "商品零售价格涨幅", "%",
        "Change of the retail price index (零售物价/商品零售价格): the 1990s price target, "
        "not CPI."),
    "cpi": (
        "Consumer price inflation", "居民消费价格涨幅", "%",
        "Change of the consumer price index (居民消费价格)."),
    "new_urban_jobs_mn": (
        "New urban jobs", "城镇新增就业", "million persons",
        "New urban employment, million persons (万人 ÷ 100)."),
    "registered_unemployment_pct": (
        "Registered urban unemployment", "城镇登记失业率", "%",
        "Registered urban unemployment rate; outcomes mix year-end rates and annual averages "
        "(see each note)."),
    "surveyed_unemployment_pct": (
        "Surveyed urban unemployment", "城镇调查失业率", "%",
        "Surveyed urban unemployment rate; outcomes mix year-end rates and annual averages "
        "(see each note)."),
    "rd_spending_growth_pct": (
        "R&D spending growth", "研发经费投入增长", "%",
        "Nominal growth of total R&D spending. The target is the 14th Five-Year Plan's "
        "average, stated once in the 2021 report and repeated for each plan year."),
    "rd_intensity_pct": (
        "R&D intensity (plan target)", "研发经费投入强度", "% of GDP",
        "R&D expenditure as a share of GDP, Five-Year Plan targets for the plan's last year."),
}

TARGET_ROW_VINTAGES = ("first_release", "final", "revised")


def number(text):
    text = text.strip()
    if not text:
        return None
    value = float(text)
    return int(value) if value.is_integer() and "." not in text else value


def target_kind(low, high, phrase):
    if low is None and high is None:
        return "none"
    if high is None:
        return "at-least"
    if low is None:
        return "at-most"
    if low < high:
        return "range"
    if low > high:
        raise SystemExit(f"target low {low} above high {high}: {phrase}")
    return "about" if "左右" in phrase or "about" in phrase.lower() else "point"


def read_targets(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    entries, by_key = [], {}
    for row in rows:
        key = (row["indicator"], int(row["year"]))
        if row["indicator"] not in TARGET_INDICATORS:
            raise SystemExit(f"{path}: unknown indicator {row['indicator']}")
        low, high = number(row["target_low"]), number(row["target_high"])
        phrase = row["target_phrase"].strip()
        if key not in by_key:
            entry = {"indicator": key[0], "year": key[1],
                     "kind": target_kind(low, high, phrase)}
            if low is not None:
                entry["low"] = low
            if high is not None:
                entry["high"] = high
            entry["phrase"] = phrase
            entry["source"] = row["target_source"].strip()
            entry["note"] = row["note"].strip()
            entry["outcomes"] = []
            by_key[key] = entry
            entries.append(entry)
        entry = by_key[key]
        # Rows of one target repeat its columns; a row that does not is a data error.
        if (entry.get("low"), entry.get("high"), entry["phrase"]) != (low, high, phrase):
            raise SystemExit(f"{path}: {key} repeats its target with other values")
        outcome = number(row["outcome"])
        if outcome is None:
            continue
        vintage = row["outcome_vintage"].strip()
        if vintage not in TARGET_ROW_VINTAGES:
            raise SystemExit(f"{path}: {key}: unknown outcome vintage {vintage!r}")
        result = {"vintage": vintage, "value": outcome, "source": row["outcome_source"].strip()}
        # The note of a target's first row is the target's; later rows add their own.
        if row["note"].strip() != entry["note"]:
            result["note"] = row["note"].strip()
        entry["outcomes"].append(result)
    return entries


def read_periods(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    periods = []
    for row in rows:
        period = {"plan": int(row["plan"]),
                  "name": {"en": row["name_en"].strip(), "zh": row["name_zh"].strip()},
                  "start": int(row["start_year"]), "end": int(row["end_year"])}
        target = number(row["rd_intensity_target_pct"])
        if target is not None:
            period["rdIntensityTargetPct"] = target
        period["targetSource"] = row["target_source"].strip()
        period["note"] = row["note"].strip()
        periods.append(period)
    return periods


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "..", "shared", "data", "figures.csv")
    path = sys.argv[1] if len(sys.argv) > 1 else default
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))

    sources, source_ids = [], {}
    series = {key: [] for key in SERIES}
    for row in rows:
        note = row["note"].strip()
        url = row["source_url"].strip()
        if url not in source_ids:
            source_ids[url] = f"src-{len(sources) + 1}"
            publisher, title = source_title(url)
            sources.append({"id": source_ids[url], "title": title, "publisher": publisher,
                            "url": url})
        vintage = row["vintage"]
        if vintage == "actual" and note.startswith("PRELIMINARY"):
            vintage = "preliminary"
        observation = {"year": int(row["year"]),
                       "value": float(row["value"]) if row["value"] else None,
                       "vintage": vintage}
        growth = row["reported_growth_pct"].strip()
        if growth:
            observation["reportedGrowthPct"] = growth  # as printed: "3.0", ">13"
        observation["source"] = source_ids[url]
        observation["note"] = note
        flags = flags_for(row, note)
        if flags:
            observation["flags"] = flags
        series[row["indicator"]].append(observation)

    extract = {
        "format": "annals-extract",
        "version": 2,
        "dataset": {
            "id": "cn-st-budget-rd",
            "title": "China: S&T budgets, R&D spending and R&D intensity",
            "country": "CN",
            "description": "Figures seen in public sources, each with its URL and vintage. "
                           "Money in billion yuan (亿元 ÷ 10).",
            "compiledBy": "Annals developers from shared/data/figures.csv",
            "compiled": "2026-12-05",
            "caveats": CAVEATS,
        },
        "sources": sources,
        "series": [
            {"id": key, "name": {"en": en, "zh": zh}, "unit": unit, "description": desc,
             "observations": series[key]}
            for key, (en, zh, unit, desc) in SERIES.items() if series[key]
        ],
        "targets": {
            "indicators": [
                {"id": key, "name": {"en": en, "zh": zh}, "unit": unit, "description": desc}
                for key, (en, zh, unit, desc) in TARGET_INDICATORS.items()
            ],
            "entries": read_targets(os.path.join(os.path.dirname(path), "targets.csv")),
        },
        "periods": read_periods(os.path.join(os.path.dirname(path), "plans.csv")),
    }
    json.dump(extract, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
