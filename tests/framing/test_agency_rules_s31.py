"""Session 31's casualty exclusions for US news outside the wars: a video title up to its
running time and a gallery link's title before "– in pictures" are page furniture; shooting
as a sport or drill, "shoot" with a weapon as its object, "dead week", "God" as a victim and
games are other senses; statistics and trends are rates (generic), as is a nominal repeated
with "after"; a future or averted nominal is hypothetical; deaths in a fire or a tsunami are
accidents; a victim phrase opened by "any" after "before" was not hurt (hypothetical); the
"dead" of "shot the clerk and two others dead" is the clause of "shot"; "Saturday night
massacre" and an electoral massacre are other senses.

Each case is a sentence written for the test; counter-cases keep what the rules did before.
"""

from __future__ import annotations

import pandas as pd
import pytest
from agency_cases import rule_agency  # the rules alone (no report model)


def _reason(text: str, verb: str) -> str | None:
    frame = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    table = rule_agency(frame, unit="document", include_excluded=True, progress=False)
    reason = table.loc[table["verb"] == verb].iloc[0]["reason"]
    return None if pd.isna(reason) else reason


@pytest.mark.parametrize(
    ("text", "verb", "reason"),
    [
        ("MUST WATCH Exclusive: a mother speaks about the Ohio shooting 02:14", "shooting",
         "furniture"),
        ("Dayton shooting: vigil for the victims \u2013 in pictures", "shooting", "furniture"),
        ("He likes target shooting and hunting on weekends.", "shooting", "other_sense"),
        ("The club hosts shooting competitions every spring.", "shooting", "other_sense"),
        ("The senator recalled shooting rifles with his grandfather.", "shooting",
         "other_sense"),
        ("Finals fall in the dead week before the holidays.", "dead", "other_sense"),
        ("The sermon said that doubt has killed God in the West.", "killed", "other_sense"),
        ("The game rewards players for killing aliens on every level.", "killing",
         "other_sense"),
        ("Statistics show the number of deputies killed on duty has fallen.", "killed",
         "generic"),
        ("The town has seen mass shooting after mass shooting.", "shooting", "generic"),
        ("Voters brace themselves for the next massacre.", "massacre", "hypothetical"),
        ("The talks averted a massacre in the valley.", "massacre", "hypothetical"),
        ("Nine tenants were killed in a fire at a housing block in Queens.", "killed",
         "illness_accident"),
        ("The giant waves killed 4,000 people along the coast.", "killed", "illness_accident"),
        ("He pulled the trigger before any passers-by were injured.", "injured", "hypothetical"),
        ("A gunman shot the cashier and two customers dead at the store.", "dead",
         "same_clause"),
        ("Critics compared the firings to the Saturday night massacre of 1973.", "massacre",
         "other_sense"),
        ("The party suffered an electoral massacre in the suburbs.", "massacre", "other_sense"),
    ],
)  # fmt: skip
def test_spurious_clauses_of_us_news_are_excluded(text, verb, reason):
    assert _reason(text, verb) == reason


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Police say the gunman shot three shoppers outside the store.", "shot"),
        ("Two men were killed in the fire that followed the arson attack on the mosque.",
         "killed"),
        ("Troops failed to stop the slaughter of villagers in the valley.", "slaughter"),
        ("The gunman opened fire on the crowd 01:30 minutes after the match, killing two.",
         "killing"),
        ("Police released a video of the next day's shooting of two officers.", "shooting"),
        ("Gunmen killed five worshippers in the mosque on Friday.", "killed"),
        ("The shooting at the mall left five shoppers dead.", "dead"),
        ("The raid killed any fighters who stayed in the town.", "killed"),
        ("Officials denied that any Marines had died in the raid.", "died"),
    ],
)  # fmt: skip
def test_reports_beside_those_cues_stay_kept(text, verb):
    assert _reason(text, verb) is None
