"""The naming hold-outs from the sixth on (``tests/devsets/naming_holdout6`` to ``38``) are what
their READMEs say they are.

``test_naming_holdout.py`` runs the checks every naming hold-out shares on these sets too.
These add what is particular to each: its draw is the first hold-out's rule with its own seed
and exclusions (every earlier hold-out included), or, for the tenth, the first set's rule on a
corpus no set had drawn from, or, for the twentieth to thirty-second, that rule on the war pool
topped up from US news outside the wars, or, from the thirty-third to the thirty-eighth, the same
two stages on news (BBC News, EUvsDisinfo, SemEval-2020 task 11) topped up from UN General Debate
speeches;
``adjudicate.py`` rewrites ``labels_gold.csv`` byte for byte with the counts its docstring and
the README give.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from devset_scripts import load_script

DEVSETS = Path(__file__).resolve().parents[1] / "devsets"
#: the corpora of the two stages of hold-outs 20 to 32: the war pool, then US news outside the wars
WAR_AND_OUTSIDE = (
    ("fakes", "article_bias_prediction", "fnc1"),
    ("basil", "article_bias_prediction"),
)
#: what each README says: seed, item prefix and number of hits, the decisions that choose a
#: label (item: pass) and all decisions, the gold referents and uses
FACTS = {
    6: {
        "seed": 20261247,
        "items": ("b", 218),
        "labels": [("b0090", "a"), ("b0137", "b"), ("b0143", "a")],
        "decisions": 125,
        "referents": {
            "unknown": 49,
            "syria_gov": 35,
            "none": 26,
            "isis": 26,
            "rebels": 25,
            "other": 23,
            "us": 14,
            "kurdish": 5,
            "nusra_hts": 3,
            "western_other": 3,
            "pmf": 2,
            "russia": 2,
            "turkey": 2,
            "iraq_gov": 2,
            "hezbollah": 1,
        },
        "uses": {"person": 174, "": 26, "event_adjective": 18},
    },
    7: {
        "seed": 20261249,
        "items": ("j", 212),
        "labels": [("j0028", "a"), ("j0101", "a")],
        "decisions": 128,
        "referents": {
            "unknown": 46,
            "syria_gov": 32,
            "isis": 31,
            "rebels": 28,
            "none": 27,
            "other": 12,
            "us": 11,
            "kurdish": 6,
            "iran": 6,
            "nusra_hts": 4,
            "iraq_gov": 3,
            "western_other": 3,
            "pmf": 1,
            "hezbollah": 1,
            "russia": 1,
        },
        "uses": {"person": 162, "": 27, "event_adjective": 23},
    },
    8: {
        "seed": 20261253,
        "items": ("i", 212),
        "labels": [("i0093", "b"), ("i0108", "a"), ("i0175", "b")],
        "decisions": 127,
        "referents": {
            "unknown": 42,
            "isis": 32,
            "syria_gov": 32,
            "rebels": 30,
            "none": 24,
            "us": 18,
            "other": 17,
            "kurdish": 5,
            "western_other": 4,
            "nusra_hts": 3,
            "iran": 2,
            "hezbollah": 1,
            "pmf": 1,
            "russia": 1,
        },
        "uses": {"person": 172, "": 24, "event_adjective": 16},
    },
    9: {
        "seed": 20261257,
        "items": ("k", 212),
        "labels": [("k0108", "a")],
        "decisions": 114,
        "referents": {
            "unknown": 48,
            "isis": 30,
            "syria_gov": 28,
            "none": 27,
            "other": 21,
            "rebels": 20,
            "us": 13,
            "kurdish": 6,
            "iran": 5,
            "iraq_gov": 4,
            "western_other": 4,
            "hezbollah": 2,
            "russia": 2,
            "israel": 1,
            "turkey": 1,
        },
        "uses": {"person": 175, "": 27, "event_adjective": 10},
    },
    10: {
        "seed": 20261261,
        "items": ("m", 156),
        "corpus": "ptc_semeval2020_task11",
        "labels": [("m0061", "b"), ("m0070", "a"), ("m0112", "a")],
        "decisions": 120,
        "referents": {
            "none": 44,
            "unknown": 44,
            "other": 20,
            "us": 16,
            "iran": 8,
            "syria_gov": 8,
            "western_other": 4,
            "hezbollah": 3,
            "rebels": 3,
            "kurdish": 2,
            "iraq_gov": 1,
            "isis": 1,
            "israel": 1,
            "russia": 1,
        },
        "uses": {"person": 103, "": 44, "event_adjective": 9},
    },
    11: {
        "seed": 20261263,
        "items": ("p", 212),
        "labels": [("p0068", "b"), ("p0083", "b"), ("p0175", "a"), ("p0196", "a")],
        "decisions": 151,
        "referents": {
            "unknown": 57,
            "none": 35,
            "isis": 28,
            "syria_gov": 28,
            "rebels": 17,
            "other": 17,
            "us": 15,
            "kurdish": 5,
            "western_other": 4,
            "iran": 3,
            "nusra_hts": 2,
            "iraq_gov": 1,
        },
        "uses": {"person": 155, "": 35, "event_adjective": 22},
    },
    12: {
        "seed": 20261267,
        "items": ("q", 212),
        "labels": [("q0070", "a"), ("q0095", "b"), ("q0186", "a")],
        "decisions": 143,
        "referents": {
            "unknown": 52,
            "none": 31,
            "rebels": 23,
            "isis": 23,
            "syria_gov": 23,
            "us": 21,
            "other": 20,
            "iran": 5,
            "kurdish": 4,
            "russia": 4,
            "western_other": 3,
            "hezbollah": 1,
            "iraq_gov": 1,
            "israel": 1,
        },
        "uses": {"person": 158, "": 31, "event_adjective": 23},
    },
    13: {
        "seed": 20261270,
        "items": ("r", 193),
        "labels": [("r0085", "b"), ("r0168", "b"), ("r0177", "b")],
        "decisions": 136,
        "referents": {
            "unknown": 50,
            "none": 39,
            "us": 25,
            "isis": 21,
            "other": 18,
            "rebels": 17,
            "syria_gov": 11,
            "iran": 5,
            "kurdish": 3,
            "russia": 2,
            "nusra_hts": 1,
            "iraq_gov": 1,
        },
        "uses": {"person": 133, "": 39, "event_adjective": 21},
    },
    14: {
        "seed": 20261273,
        "items": ("s", 165),
        "labels": [("s0043", "b"), ("s0162", "a")],
        "decisions": 136,
        "referents": {
            "unknown": 45,
            "none": 30,
            "isis": 21,
            "other": 17,
            "syria_gov": 15,
            "rebels": 13,
            "us": 13,
            "iran": 4,
            "hezbollah": 2,
            "nusra_hts": 2,
            "russia": 1,
            "pmf": 1,
            "kurdish": 1,
        },
        "uses": {"person": 120, "": 30, "event_adjective": 15},
    },
    15: {
        "seed": 20261281,
        "items": ("t", 150),
        "labels": [("t0132", "b")],
        "decisions": 127,
        "referents": {
            "unknown": 39,
            "none": 26,
            "other": 24,
            "rebels": 18,
            "syria_gov": 14,
            "us": 13,
            "isis": 8,
            "iran": 3,
            "western_other": 3,
            "kurdish": 1,
            "iraq_gov": 1,
        },
        "uses": {"person": 117, "": 26, "event_adjective": 7},
    },
    16: {
        "seed": 20261291,
        "items": ("u", 140),
        "labels": [("u0079", "a"), ("u0110", "b")],
        "decisions": 128,
        "referents": {
            "unknown": 34,
            "none": 30,
            "other": 19,
            "isis": 13,
            "rebels": 11,
            "us": 9,
            "syria_gov": 9,
            "iran": 4,
            "turkey": 3,
            "russia": 2,
            "nusra_hts": 2,
            "iraq_gov": 2,
            "western_other": 2,
        },
        "uses": {"person": 106, "": 30, "event_adjective": 4},
    },
    17: {
        "seed": 20261293,
        "corpora": ("bbc_news", "euvsdisinfo"),
        "items": ("v", 205),
        "labels": [("v0035", "b"), ("v0062", "a"), ("v0094", "a"), ("v0139", "a"), ("v0142", "b")],
        "decisions": 175,
        "referents": {
            "none": 54,
            "other": 52,
            "unknown": 45,
            "western_other": 14,
            "syria_gov": 14,
            "rebels": 9,
            "isis": 9,
            "us": 6,
            "turkey": 1,
            "russia": 1,
        },
        "uses": {"person": 141, "": 54, "event_adjective": 10},
    },
    18: {
        "seed": 20261357,
        "corpora": ("ungdc",),
        "items": ("a", 242),
        "labels": [
            ("a0020", "b"),
            ("a0108", "a"),
            ("a0144", "b"),
            ("a0157", "b"),
            ("a0168", "a"),
            ("a0173", "a"),
            ("a0181", "a"),
            ("a0242", "b"),
        ],
        "decisions": 241,
        "referents": {
            "unknown": 94,
            "other": 65,
            "none": 36,
            "syria_gov": 21,
            "rebels": 9,
            "isis": 5,
            "iran": 5,
            "israel": 3,
            "us": 2,
            "western_other": 2,
        },
        "uses": {"person": 189, "": 36, "event_adjective": 17},
    },
    19: {
        "seed": 20261389,
        "corpora": ("basil", "article_bias_prediction"),
        "drawn": ("article_bias_prediction",),
        "items": ("w", 252),
        "labels": [("w0033", "b"), ("w0095", "a"), ("w0190", "b")],
        "decisions": 211,
        "referents": {
            "none": 83,
            "unknown": 72,
            "other": 69,
            "us": 19,
            "russia": 4,
            "rebels": 2,
            "iran": 2,
            "us_coalition": 1,
        },
        "uses": {"person": 147, "": 83, "event_adjective": 22},
    },
    20: {
        "seed": 20261413,
        # the war pool first, each stratum topped up from US news outside the wars
        "pools": {"war": 90, "outside_wars": 162},
        "items": ("x", 252),
        "labels": [("x0049", "a"), ("x0104", "a")],
        "decisions": 193,
        "referents": {
            "none": 83,
            "unknown": 74,
            "other": 53,
            "us": 14,
            "iran": 10,
            "syria_gov": 9,
            "rebels": 3,
            "isis": 2,
            "western_other": 2,
            "hezbollah": 1,
            "russia": 1,
        },
        "uses": {"person": 142, "": 83, "event_adjective": 27},
    },
    21: {
        "seed": 20261433,
        # the same two stages: the war pool gave four strata whole
        "pools": {"war": 88, "outside_wars": 164},
        "items": ("y", 252),
        "labels": [
            ("y0017", "b"),
            ("y0105", "a"),
            ("y0106", "a"),
            ("y0153", "b"),
            ("y0179", "a"),
        ],
        "decisions": 184,
        "referents": {
            "none": 96,
            "unknown": 60,
            "other": 48,
            "us": 18,
            "syria_gov": 13,
            "iran": 7,
            "rebels": 4,
            "isis": 3,
            "russia": 1,
            "turkey": 1,
            "western_other": 1,
        },
        "uses": {"person": 136, "": 96, "event_adjective": 20},
    },
    22: {
        "seed": 20261453,
        # the same two stages: the war pool gave the same four strata whole
        "pools": {"war": 88, "outside_wars": 164},
        "items": ("z", 252),
        "labels": [("z0015", "b"), ("z0039", "b"), ("z0206", "a"), ("z0238", "b")],
        "decisions": 244,
        "referents": {
            "none": 98,
            "unknown": 77,
            "other": 42,
            "us": 17,
            "syria_gov": 9,
            "iran": 3,
            "western_other": 2,
            "kurdish": 1,
            "isis": 1,
            "rebels": 1,
            "russia": 1,
        },
        "uses": {"person": 135, "": 98, "event_adjective": 19},
    },
    23: {
        "seed": 20261463,
        # the same two stages: the war pool gave the same four strata whole
        "pools": {"war": 88, "outside_wars": 164},
        "items": ("n", 252),
        "labels": [("n0053", "a"), ("n0061", "b"), ("n0107", "b"), ("n0230", "b")],
        "decisions": 249,
        "referents": {
            "none": 96,
            "unknown": 72,
            "other": 43,
            "us": 14,
            "syria_gov": 10,
            "iran": 7,
            "isis": 3,
            "russia": 2,
            "iraq_gov": 1,
            "nusra_hts": 1,
            "rebels": 1,
            "turkey": 1,
            "western_other": 1,
        },
        "uses": {"person": 138, "": 96, "event_adjective": 18},
    },
    24: {
        "seed": 20261471,
        # the same two stages: the war pool gave three strata whole and 16 regime hits, the
        # pools together 7 jihadists hits and 1 armed_groups hit (220 hits, not 252)
        "pools": {"war": 82, "outside_wars": 138},
        "items": ("c", 220),
        "labels": [
            ("c0031", "b"),
            ("c0033", "a"),
            ("c0044", "a"),
            ("c0078", "a"),
            ("c0146", "b"),
            ("c0155", "b"),
            ("c0172", "a"),
        ],
        "decisions": 191,
        "referents": {
            "none": 98,
            "unknown": 43,
            "other": 38,
            "us": 19,
            "iran": 8,
            "syria_gov": 5,
            "isis": 3,
            "rebels": 2,
            "western_other": 2,
            "russia": 1,
            "iraq_gov": 1,
        },
        "uses": {"person": 111, "": 98, "event_adjective": 11},
    },
    25: {
        "seed": 20261477,
        # the same two stages: the war pool gave the terrorists and government strata whole, the
        # pools together 13 fighters hits and no jihadists or armed_groups hit (203 hits, not 252)
        "pools": {"outside_wars": 159, "war": 44},
        "items": ("l", 203),
        "labels": [("l0067", "a"), ("l0177", "b")],
        "decisions": 152,
        "referents": {
            "none": 89,
            "other": 46,
            "unknown": 35,
            "us": 21,
            "isis": 3,
            "russia": 3,
            "rebels": 2,
            "western_other": 2,
            "israel": 1,
            "iran": 1,
        },
        "uses": {"person": 102, "": 89, "event_adjective": 12},
    },
    26: {
        "seed": 20261483,
        # the same two stages, drawn at session 32's start: the war pool gave the terrorists and
        # government strata whole, the pools together no fighters, jihadists or armed_groups hit
        # (190 hits, not 252)
        "pools": {"outside_wars": 146, "war": 44},
        "items": ("o", 190),
        "labels": [("o0040", "neither"), ("o0069", "a")],
        "decisions": 133,
        # the one decision for neither pass, whose label the adjudicator wrote
        "fixes": ["o0040"],
        "referents": {
            "none": 95,
            "unknown": 33,
            "other": 28,
            "us": 21,
            "isis": 4,
            "russia": 3,
            "iran": 2,
            "rebels": 1,
            "iraq_gov": 1,
            "western_other": 1,
            "israel": 1,
        },
        "uses": {"": 95, "person": 80, "event_adjective": 15},
    },
    27: {
        "seed": 20261489,
        # the same two stages, drawn in session 32 after its naming rules (e3844e1): the war
        # pool gave the terrorists and government strata whole, the pools together no fighters,
        # jihadists or armed_groups hit (190 hits, not 252); the single letters being spent,
        # the items are na0001-na0190
        "pools": {"outside_wars": 146, "war": 44},
        "items": ("na", 190),
        "labels": [("na0035", "a"), ("na0136", "a")],
        "decisions": 153,
        "referents": {
            "none": 88,
            "unknown": 45,
            "other": 30,
            "us": 20,
            "iran": 3,
            "isis": 2,
            "russia": 2,
        },
        "uses": {"": 88, "person": 84, "event_adjective": 18},
    },
    28: {
        "seed": 20261495,
        # the same two stages, drawn in session 33 at its start (cea5e9b), before its rules:
        # the war pool gave the terrorists and government strata whole, the pools together no
        # fighters, jihadists or armed_groups hit (190 hits, not 252); the single letters and
        # na being spent, the items are nb0001-nb0190
        "pools": {"outside_wars": 146, "war": 44},
        "items": ("nb", 190),
        "labels": [
            ("nb0052", "b"),
            ("nb0117", "a"),
            ("nb0128", "b"),
            ("nb0129", "b"),
            ("nb0138", "b"),
            ("nb0151", "b"),
            ("nb0153", "a"),
        ],
        "decisions": 148,
        "referents": {
            "none": 97,
            "unknown": 41,
            "other": 26,
            "us": 13,
            "isis": 5,
            "iran": 4,
            "russia": 1,
            "israel": 1,
            "syria_gov": 1,
            "western_other": 1,
        },
        "uses": {"": 97, "person": 80, "event_adjective": 13},
    },
    29: {
        "seed": 20261501,
        # the same two stages, drawn in session 33 after its naming rules (6fbe951): the war
        # pool gave the terrorists and government strata whole, the pools together no fighters,
        # jihadists or armed_groups hit and 17 insurgents (187 hits, not 252); the single
        # letters, na and nb being spent, the items are nc0001-nc0187
        "pools": {"outside_wars": 143, "war": 44},
        "items": ("nc", 187),
        "labels": [
            ("nc0064", "a"),
            ("nc0094", "a"),
            ("nc0106", "b"),
            ("nc0142", "b"),
        ],
        "decisions": 139,
        "referents": {
            "none": 88,
            "unknown": 42,
            "other": 28,
            "us": 15,
            "russia": 4,
            "isis": 3,
            "western_other": 3,
            "syria_gov": 2,
            "iran": 2,
        },
        "uses": {"": 88, "person": 88, "event_adjective": 11},
    },
    30: {
        "seed": 20261507,
        # the same two stages, drawn in session 34 at its start (c5b8cc0), before its naming
        # rules: the war pool gave the terrorists and government strata whole, the pools
        # together no insurgents, fighters, jihadists or armed_groups hit, 14 militants and 8
        # army hits (all "loyalists"; 150 hits, not 252); the single letters, na, nb and nc
        # being spent, the items are nd0001-nd0150
        "pools": {"outside_wars": 106, "war": 44},
        "items": ("nd", 150),
        # no label disagreement: every decision is note-only (pass a's row)
        "labels": [],
        "decisions": 118,
        "referents": {
            "none": 61,
            "unknown": 38,
            "other": 24,
            "us": 11,
            "iran": 4,
            "russia": 4,
            "hezbollah": 2,
            "isis": 2,
            "western_other": 2,
            "rebels": 1,
            "syria_gov": 1,
        },
        "uses": {"person": 78, "": 61, "event_adjective": 11},
    },
    31: {
        "seed": 20261513,
        # the same two stages, drawn in session 35 at its start (328e664), which changed no
        # naming code: the war pool gave the terrorists and government strata whole, the pools
        # together no militants, insurgents, fighters, jihadists, armed_groups or army hit (128
        # hits, not 252); the single letters, na, nb, nc and nd being spent, the items are
        # ne0001-ne0128
        "pools": {"outside_wars": 84, "war": 44},
        "items": ("ne", 128),
        # one label disagreement, on use alone (ne0071, for b); the rest note-only (a's rows)
        "labels": [("ne0071", "b")],
        "decisions": 93,
        "referents": {
            "none": 53,
            "unknown": 29,
            "us": 19,
            "other": 16,
            "iran": 4,
            "isis": 3,
            "western_other": 2,
            "russia": 1,
            "israel": 1,
        },
        "uses": {"person": 64, "": 53, "event_adjective": 11},
    },
    32: {
        "seed": 20261519,
        # the same two stages, drawn in session 36 at its start (85c9d50), before its naming
        # rule: the war pool gave the terrorists and government strata whole, the pools together
        # no militants, insurgents, fighters, jihadists, armed_groups or army hit (128 hits, not
        # 252); the single letters and na to ne being spent, the items are nf0001-nf0128
        "pools": {"outside_wars": 84, "war": 44},
        "items": ("nf", 128),
        # three label disagreements (nf0078 and nf0083 for b, nf0105 for a); 113 note-only
        "labels": [("nf0078", "b"), ("nf0083", "b"), ("nf0105", "a")],
        "decisions": 116,
        "referents": {
            "none": 54,
            "unknown": 33,
            "other": 16,
            "us": 13,
            "isis": 4,
            "russia": 3,
            "iran": 3,
            "turkey": 1,
            "western_other": 1,
        },
        "uses": {"person": 62, "": 54, "event_adjective": 12},
    },
    33: {
        "seed": 20261523,
        # the same two stages on other pools, drawn in session 36 before its naming rule: news
        # (stage 1, pool "war") topped up from UN General Debate speeches (stage 2, pool
        # "outside_wars"); no insurgents or army hit, 17 jihadists (209 hits)
        "pools": {"war": 122, "outside_wars": 87},
        "stages": (("bbc_news", "ptc_semeval2020_task11", "euvsdisinfo"), ("ungdc",)),
        "items": ("ng", 209),
        # three label disagreements, all on referent, all for b; 168 note-only
        "labels": [("ng0018", "b"), ("ng0021", "b"), ("ng0156", "b")],
        "decisions": 171,
        "referents": {
            "unknown": 67,
            "other": 56,
            "none": 41,
            "isis": 18,
            "western_other": 13,
            "rebels": 6,
            "us": 4,
            "iraq_gov": 2,
            "iran": 1,
            "russia": 1,
        },
        "uses": {"person": 148, "": 41, "event_adjective": 20},
    },
    34: {
        "seed": 20261529,
        # hold-out 33's rule, drawn in session 37 at its start (e125131), before its naming rule:
        # news (stage 1, pool "war") topped up from UN General Debate speeches (stage 2, pool
        # "outside_wars"); no insurgents, jihadists or army hit, militants 2 (172 hits from 170
        # documents); the single letters and na to ng being spent, the items are nh0001-nh0172
        "pools": {"war": 106, "outside_wars": 66},
        "stages": (("bbc_news", "ptc_semeval2020_task11", "euvsdisinfo"), ("ungdc",)),
        "items": ("nh", 172),
        # four label disagreements (three on referent, nh0116 on use only): nh0082, nh0116 and
        # nh0118 for a, nh0089 for b; 143 note-only
        "labels": [("nh0082", "a"), ("nh0089", "b"), ("nh0116", "a"), ("nh0118", "a")],
        "decisions": 147,
        "referents": {
            "unknown": 59,
            "other": 52,
            "none": 41,
            "western_other": 7,
            "us": 6,
            "rebels": 2,
            "turkey": 2,
            "isis": 1,
            "russia": 1,
            "iran": 1,
        },
        "uses": {"person": 125, "": 41, "event_adjective": 6},
    },
    35: {
        "seed": 20261531,
        # hold-out 33's rule, drawn in session 37 after its naming rules (main at 8d5852c): news
        # (stage 1, pool "war") topped up from UN General Debate speeches (stage 2, pool
        # "outside_wars"); rebels 8, no militants, insurgents, jihadists or army hit (156 hits
        # from 152 documents); the single letters and na to nh being spent, the items are
        # ni0001-ni0156
        "pools": {"war": 106, "outside_wars": 50},
        "stages": (("bbc_news", "ptc_semeval2020_task11", "euvsdisinfo"), ("ungdc",)),
        "items": ("ni", 156),
        # five label disagreements, all on referent (ni0130 also on use): ni0013, ni0041 and
        # ni0130 for a, ni0016 and ni0045 for b; 148 note-only
        "labels": [
            ("ni0013", "a"),
            ("ni0016", "b"),
            ("ni0041", "a"),
            ("ni0045", "b"),
            ("ni0130", "a"),
        ],
        "decisions": 153,
        "referents": {
            "unknown": 55,
            "other": 40,
            "none": 37,
            "us": 8,
            "western_other": 6,
            "russia": 5,
            "isis": 3,
            "iraq_gov": 1,
            "rebels": 1,
        },
        "uses": {"person": 112, "": 37, "event_adjective": 7},
    },
    36: {
        "seed": 20261547,
        # hold-out 35's rule, drawn in session 38 at its start, before its naming rules (main at
        # f7020a3): news (stage 1, pool "war") topped up from UN General Debate speeches (stage
        # 2, pool "outside_wars"); no rebels, militants, insurgents, jihadists or army hit (148
        # hits from 147 documents); the single letters and na to ni being spent, the items are
        # nj0001-nj0148
        "pools": {"war": 106, "outside_wars": 42},
        "stages": (("bbc_news", "ptc_semeval2020_task11", "euvsdisinfo"), ("ungdc",)),
        "items": ("nj", 148),
        # one label disagreement, on referent and use: nj0106 for a; 144 note-only
        "labels": [("nj0106", "a")],
        "decisions": 145,
        "referents": {
            "other": 49,
            "unknown": 43,
            "none": 35,
            "us": 7,
            "western_other": 5,
            "isis": 2,
            "russia": 2,
            "syria_gov": 2,
            "iran": 1,
            "iraq_gov": 1,
            "rebels": 1,
        },
        "uses": {"person": 106, "": 35, "event_adjective": 7},
    },
    37: {
        "seed": 20261549,
        # hold-out 36's rule, drawn in session 38 after both rounds of its naming rules (main at
        # e8b4e4b): news (stage 1, pool "war") topped up from UN General Debate speeches (stage
        # 2, pool "outside_wars"); no armed groups, rebels, militants, insurgents, jihadists or
        # army hit, 9 fighters (115 hits from 114 documents); the single letters and na to nj
        # being spent, the items are nk0001-nk0115
        "pools": {"war": 99, "outside_wars": 16},
        "stages": (("bbc_news", "ptc_semeval2020_task11", "euvsdisinfo"), ("ungdc",)),
        "items": ("nk", 115),
        # two label disagreements, on referent only: nk0099 and nk0115 for b; 92 note-only
        "labels": [("nk0099", "b"), ("nk0115", "b")],
        "decisions": 94,
        "referents": {
            "unknown": 37,
            "none": 32,
            "other": 21,
            "western_other": 10,
            "syria_gov": 4,
            "us": 4,
            "isis": 2,
            "israel": 2,
            "russia": 2,
            "iran": 1,
        },
        "uses": {"person": 70, "": 32, "event_adjective": 13},
    },
    38: {
        "seed": 20261559,
        # hold-out 37's rule, drawn in session 39 at its start, before its naming rules (main at
        # afeeeec): news (stage 1, pool "war") topped up from UN General Debate speeches (stage
        # 2, pool "outside_wars"); no fighters, armed groups, rebels, militants, insurgents,
        # jihadists or army hit (106 hits from 105 documents); the items are nl0001-nl0106
        "pools": {"war": 77, "outside_wars": 29},
        "stages": (("bbc_news", "ptc_semeval2020_task11", "euvsdisinfo"), ("ungdc",)),
        "items": ("nl", 106),
        # five label disagreements, on referent only, all for b; 101 note-only; one agreed row
        # corrected (nl0104, unknown -> russia)
        "labels": [
            ("nl0003", "b"),
            ("nl0013", "b"),
            ("nl0014", "b"),
            ("nl0019", "b"),
            ("nl0044", "b"),
        ],
        "decisions": 106,
        "fixes": ["nl0104"],
        "referents": {
            "none": 30,
            "unknown": 29,
            "other": 26,
            "western_other": 7,
            "us": 6,
            "syria_gov": 3,
            "isis": 2,
            "iran": 1,
            "rebels": 1,
            "russia": 1,
        },
        "uses": {"person": 67, "": 30, "event_adjective": 9},
    },
}


@pytest.fixture(params=sorted(FACTS))
def number(request) -> int:
    return request.param


def folder(number: int) -> Path:
    return DEVSETS / f"naming_holdout{number}"


def test_the_draw_is_the_first_hold_outs_rule_with_its_seed_and_exclusions(number):
    script = load_script(folder(number) / "make_sample.py", f"naming_holdout{number}_sample")
    assert FACTS[number]["seed"] == script.SEED
    assert folder(number) / "hits.csv" == script.OUT
    hits = pd.read_csv(folder(number) / "hits.csv")
    if "corpus" in FACTS[number]:  # a corpus of its own: no earlier set holds its documents
        assert FACTS[number]["corpus"] == script.CORPUS
        assert set(hits["corpus"]) == {script.CORPUS}
    elif "corpora" in FACTS[number]:  # corpora of their own, pooled
        assert FACTS[number]["corpora"] == script.CORPORA
        # the corpora the draw took hits from (the nineteenth's BASIL gave none)
        assert set(hits["corpus"]) == set(FACTS[number].get("drawn", script.CORPORA))
    else:
        if "pools" in FACTS[number]:  # two stages: the war pool, then the pool outside the wars
            assert hits["pool"].value_counts().to_dict() == FACTS[number]["pools"]
            stages = FACTS[number].get("stages", WAR_AND_OUTSIDE)
            if hasattr(script, "NEWS_POOL"):  # from the thirty-third: news, then UN speeches
                assert stages == (script.NEWS_POOL, script.SPEECH_POOL)
            else:
                assert stages == (script.WAR_POOL, script.OTHER_POOL)
            for pool, corpora in zip(("war", "outside_wars"), stages):
                assert set(hits.loc[hits["pool"] == pool, "corpus"]) <= set(corpora)
        earlier = [f"naming_holdout{n}" for n in ("", *range(2, number))]
        assert [
            DEVSETS / "naming" / "hits.csv",
            DEVSETS / "naming" / "extra_tuning.csv",
            *(DEVSETS / name / "hits.csv" for name in earlier),
        ] == script.SEEN
    prefix, count = FACTS[number]["items"]
    assert hits["item"].tolist() == [f"{prefix}{i:04d}" for i in range(1, count + 1)]
    assert hits["sentence_text"].str.len().between(20, 600).all()


def test_adjudicate_rewrites_the_gold_file_with_the_published_counts(number, tmp_path, monkeypatch):
    facts = FACTS[number]
    for name in ("hits.csv", "labels_a.csv", "labels_b.csv"):
        shutil.copy(folder(number) / name, tmp_path / name)
    adjudicate = load_script(folder(number) / "adjudicate.py", f"naming_holdout{number}_adjudicate")
    monkeypatch.setattr(adjudicate, "HERE", tmp_path)  # restored after the test
    adjudicate.main()
    gold_file = folder(number) / "labels_gold.csv"
    assert (tmp_path / "labels_gold.csv").read_bytes() == gold_file.read_bytes()
    labels = {
        item: coder
        for item, (coder, why) in adjudicate.DECISIONS.items()
        if not why.startswith(adjudicate.NOTE_ONLY)
    }
    assert sorted(labels.items()) == facts["labels"]
    assert len(adjudicate.DECISIONS) == facts["decisions"]
    assert sorted(adjudicate.FIXES) == facts.get("fixes", [])
    gold = pd.read_csv(gold_file, dtype=str, keep_default_na=False)
    assert gold["referent"].value_counts().to_dict() == facts["referents"]
    assert gold["use"].value_counts().to_dict() == facts["uses"]
