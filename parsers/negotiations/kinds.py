"""The act behind a sentence: which words make it a proposal, a rejection, talks...

A keyword is not an act: "peace talks" appears in proposals ("Kyiv suggested a
further session of peace talks"), in readiness ("willing to resume the
negotiations") and in background ("there have been no direct talks since
2022"). So each rule is a verb phrase with a rule id, and the extractor takes
the object of a non-talks act to be its topic, not a meeting of its own.

Rules come in priority order: when two overlap, the earlier wins (a negated
rejection, "has never rejected negotiations", is readiness, before the
rejection rule can see "rejected").
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .cues import GatedWords, ci, cue_pattern, literal_alternation

# What an act of diplomacy is about; a verb like "rejected" needs one of these nearby.
_OBJECT_WORDS = (
    "talk$ talks$ negotiat* dialogue$ peace* ceasefire$ cease-fire$ truce$ armistice$ meet* summit$ sit-down$ "
    "proposal$ proposals$ counterproposal$ counterproposals$ counter-proposal$ counter-proposals$ offer$ offers$ "
    "counteroffer$ counteroffers$ counter-offer$ counter-offers$ plan$ plans$ initiative$ initiatives$ deal$ deals$ "
    "agreement$ agreements$ settlement$ conversation$ conversations$ contact$ contacts$ discuss* round$ rounds$ "
    "compromise$ engag* diplomac* solution$ memorandum$ framework$ idea$ ideas$ troops$ peacekeep* deployment$ "
    "demand$ demands$ conditions$ terms$ ultimatum$ mediat* exchange$ exchanges$ swap$ swaps$ document$ documents$ "
    "draft$ text$ option$ options$ silence$ pause$ neutral* provision$ provisions$ clause$ clauses$ concession* "
    "conference$ amendments$ roadmap$ formula$ accord$ accords$ treaty$").split()
# What an act of diplomacy is about; a verb like "rejected" needs one of these nearby. A trie of
# whole words ("$") and stems ("*"): tried at every word of a clause, it must be cheap.
OBJECT = "(?:" + literal_alternation(_OBJECT_WORDS) + ")"
# A halt to the fighting is as diplomatic an object as a truce ("proposed a mutual halt to strikes on energy").
_HALT = r"(?:halt|stop|cease|end|pause|moratorium)\s+(?:to\s+|on\s+|of\s+|in\s+)?(?:[\w-]+\s+){0,3}?(?:strikes|attacks|hostilities|fighting|shelling)\b"
DOMAIN = re.compile(rf"\b(?=[a-z])(?:{OBJECT}|{_HALT})")
# What a demand may ask for, beyond the diplomatic objects.
DEMAND_DOMAIN = re.compile(
    r"\b(?=[a-z])(?:" + literal_alternation(_OBJECT_WORDS + (
        "cede$ ceding$ withdraw* pull out$ territor* region$ regions$ nato$ recogni* sanctions$ elections$ "
        "guarantees$ demilitari* disarm* limit* annex* donbas$ crimea$ donetsk$ luhansk$ zaporizhzh* kherson$ "
        "sovereign* army$ armed forces$ capped$ cap$ border$ borders$ membership$ realities$ objective$ goal$ table$").split())
    + r"|(?:halt|stop|cease|end)\s+(?:\w+\s+){0,2}(?:strikes|attacks|hostilities|fighting|shelling)\b"
    + r"|end\s+to\s+(?:the\s+)?(?:war|fighting|conflict|hostilities|killing)\b)"
)
# What a refusal may be about, beyond the diplomatic objects: the concessions asked of a side
# ("ruled out ceding territory", "rejected a cap on Ukraine's army"); not "reports" or "sanctions".
REJECT_DOMAIN = re.compile(
    r"\b(?=[a-z])(?:" + literal_alternation(_OBJECT_WORDS + (
        "cede$ ceding$ withdraw* territor* recogni* demilitari* disarm* annex* donbas$ crimea$ sovereign* army$ "
        "capped$ cap$ membership$ realities$ referendum$ partition* occupied$").split())
    + ")")
# What one presses another side to do ("urged Russia to agree to a ceasefire").
URGE_DOMAIN = ci(r"\b(?:ceasefire|cease-fire|truce|talks|negotiat\w*|dialogue|peace\w*|deal|agreement|settlement|plan|proposal|"
                 r"meet\w*|summit|exchange|swap|compromise|diplomac\w*|table|withdraw\w*|halt|stop|end)\b")
# The object is a meeting or negotiation (CAMEO 036/108/125) rather than a plan.
ABOUT_TALKS = ci(
    r"\b(?:talks|negotiat\w*|dialogue|meet\w*|summit|sit-down|conversations?|contacts|round|discussions?)\b"
)

# Within a clause: anything but its end; the dot of an abbreviation ("U.S.", "U.N.") is no end.
_IN = r"(?:[^.;]|(?<=\b[a-z])\.)"
_NEG_OBJ_AHEAD = rf"(?={_IN}{{0,90}}?\b{OBJECT})"
# What help a mediator offers ("ready to help with humanitarian issues").
HELP_DOMAIN = ci(r"\b(?:humanitarian|peace\w*|talks|negotiat\w*|mediat\w*|dialogue|exchanges?|prisoners|return\s+of)\b")
# What one accepts: an offer or its terms ("agreed to continue consultations" is no acceptance).
ACCEPT_DOMAIN = ci(r"\b(?:(?:counter-?)?proposals?|offers?|plans?|ideas?|initiatives?|deals?|terms|framework|memorandum|"
                   r"documents?|ceasefire|cease-fire|truce|conditions|invitation|mediation)\b")
# Who is exchanged when sides agree an exchange ("agreed to swap 84 POWs each").
_CAPTIVES = ci(r"\b(?:prisoners?|pows?|captives|detainees|all-for-all)\b")
# What "could be organised quickly" may be: a meeting or a call.
ABOUT_TALKS_OR_CALL = ci(r"\b(?:talks|negotiat\w*|meet\w*|summit|call|conversation|contacts?)\b")


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    pattern: re.Pattern[str]  # runs over `cues.lowered` text
    cues: tuple[str, ...]  # word beginnings, one of which every match holds (see `cues`)
    needs: re.Pattern[str] | None = DOMAIN  # the clause must name something diplomatic
    speaker_acts: bool = False  # "Moscow would have to withdraw": the actor is who says so
    also: tuple[str, ...] = ()  # a second set of substrings, one of which every match also holds
    venue_after: bool = False  # "proposed Warsaw instead", "travel to Moscow": a venue right after stands for `needs`
    party_after: bool = False  # "met King Charles" is no diplomacy; "met Zelensky" is
    claims_object: bool = True  # the rest of the clause is this act's object (no talks of its own)
    also_pattern: re.Pattern[str] | None = None  # `also` as one regex


def _r(rule_id: str, kind: str, cues: str, pattern: str, needs: re.Pattern[str] | None = DOMAIN,
       speaker_acts: bool = False, also: str = "", venue_after: bool = False, party_after: bool = False,
       claims_object: bool = True) -> Rule:
    also_words = tuple(also.split("|")) if also else ()
    return Rule(rule_id, kind, ci(pattern), tuple(cues.split("|")), needs, speaker_acts, also_words, venue_after,
                party_after, claims_object, re.compile("|".join(map(re.escape, also_words))) if also_words else None)


# What one studies or analyses: a text or an offer, not "the buildings".
CONSIDER_DOMAIN = ci(
    r"\b(?:(?:counter-?)?proposals?|(?:counter-?)?offers?|framework|amendments|version|points|idea|initiatives?|plan|document|memorandum|draft|text|options?|request|peace\w*|"
    r"ceasefire|cease-fire|truce|talks|negotiat\w*|settlement|deal|agreement|invitation|it|this)\b")
# Clauses about gas, trade or sport use the same verbs ("declined to extend the transit deal").
OFF_TOPIC = GatedWords(
    "gas transit oil trade tariff tariffs contract contracts gazprom naftogaz visa football club league loan imf "
    "households price prices consumer consumers tax taxes budget pension pensions creditors bondholders "
    "eurobonds".split()
    + ["coalition talks", "coalition government", "coalition partners", "accession talks", "accession negotiations"])


RULES: list[Rule] = [
    # -- readiness stated as a denial of rejection, before the rejection rules see the verb
    _r("readiness.never_rejected", "readiness", "reject|refus|ruled|closed|abandon",
       rf"\b(?:never|not)\s+(?:\w+\s+)?(?:rejected|refused|ruled\s+out|closed\s+the\s+door\s+(?:to|on)|abandoned)\b{_NEG_OBJ_AHEAD}"),
    # "Peskov denied that Putin had rejected the U.S. plan": a rejection denied is no rejection, and says
    # the plan is still on the table (as "has never rejected").
    _r("readiness.denied_rejecting", "readiness", "deni|deny",
       rf"\bden(?:y|ies|ied|ying)\s+(?:(?:reports|claims|suggestions|allegations)\s+)?that\s+(?:[\w.'-]+\s+){{1,4}}?"
       rf"(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:rejected|refused|ruled\s+out|turned\s+down|dismissed|rejecting|refusing)\b"
       rf"{_NEG_OBJ_AHEAD}", also="reject|refus|ruled|turned|dismiss"),
    _r("readiness.not_rule_out", "readiness", "rule out|exclude|opposed|not against|nothing against|no objection",
       r"\b(?:(?:does|do|did)\s*(?:not|n't)\s+(?:rule\s+out|exclude)|not\s+(?:opposed|against)(?:\s+to)?|"
       r"(?:has|have|had)\s+nothing\s+against|(?:has|have|had)\s+no\s+objections?\s+to)\b"),
    # -- refusals of readiness are rejections
    _r("rejection.not_ready", "rejection", "ready|prepared|willing|open$|interested",
       r"\b(?:not|no\s+longer|never|n't)\s+(?:\w+\s+)?(?:ready|prepared|willing|open|interested)\s+(?:to|for|in)\b", also="not|n't|never"),
    _r("rejection.cannot", "rejection", "negotiat|talk|agree|accept|sit down|meet|declare|cede|ceding|give up|recogni|hold talks|implement|take part|participate$|attend$|join$|send$|sign$|withdraw|pull out|surrender|hand over|renew$|extend$|prolong$",
       r"\b(?:cannot|can\s*not|can't|won't|will\s+not|would\s+not|wouldn't|shall\s+not|will\s+never|would\s+never|do\s+not\s+intend\s+to|"
       # "the Kremlin did not agree to a full truce": a refusal told in the past
       r"(?:did|does|has|have)\s*(?:not|n't)(?=\s+(?:yet\s+)?agree)|"
       r"does\s+not\s+intend\s+to|has\s+no\s+intention\s+of)\s+(?:\w+\s+)?(?:negotiat\w*|talk|agree\w*|accept\w*|"
       r"sit\s+down|meet\w*|declare|cede|ceding|give\s+up|recogni[sz]e|hold\s+talks|implement|take\s+part|participate|attend|"
       r"withdraw|pull\s+out|surrender|hand\s+over|renew|extend|prolong|"
       r"join|send\s+(?:a\s+)?delegation|sign)\b", DEMAND_DOMAIN,
       also="not|n't|never|intention"),
    _r("rejection.hard_to", "rejection", "hard to|difficult to|impossible to|unrealistic to|premature to|too early to",
       rf"\b(?:hard|difficult|impossible|unrealistic|premature|too\s+early)\s+to\s+(?:implement|declare|agree|accept|"
       rf"talk|negotiate|reach|hold|speak\s+of|speak\s+about)\b{_NEG_OBJ_AHEAD}"),
    _r("rejection.verb", "rejection", "reject|rule|ruling|refus|dismiss|turn|spurn|declin|snub|brush|said no|walked away|pulled out",
       r"\b(?:reject(?:s|ed|ing)?|ruled?\s+out|rules\s+out|ruling\s+out|refus(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|"
       r"turn(?:s|ed|ing)?\s+down|spurn(?:s|ed)?|declin(?:e|es|ed|ing)(?!\s+to\s+comment)|snubb?(?:s|ed)?|"
       r"brush(?:ed|es)\s+aside|said\s+no\s+to|walked\s+away\s+from|pulled\s+out\s+of)\b", REJECT_DOMAIN),
    # "warned against any deal that rewarded aggression": a settlement of that kind refused in advance
    _r("rejection.warned_against", "rejection", "warn|caution",
       r"\b(?:warn(?:s|ed|ing)?|caution(?:s|ed|ing)?)\s+against\s+(?:any|a|an|the|such\s+a)\s+(?:[\w-]+\s+){0,2}?"
       r"(?:deal|agreement|settlement|ceasefire|cease-fire|truce|compromise|peace|plan|concessions?|freeze|freezing)\b", None,
       also="against"),
    _r("rejection.not_discussed", "rejection", "discussed|table|agenda|consideration",
       r"\bnot\s+(?:being\s+)?(?:discussed|on\s+the\s+(?:table|agenda)|under\s+consideration)\b", None, speaker_acts=True),
    _r("rejection.unacceptable", "rejection", "unacceptable|out of the question|non-starter|no talks|no negotiations|no ceasefire|no truce",
       r"\b(?:unacceptable|out\s+of\s+the\s+question|non-starter|no\s+(?:talks|negotiations|ceasefire|truce)\s+"
       r"(?:until|unless|while|before))\b"),
    _r("rejection.wont_go", "rejection", "not go|not travel|not come|won't|wouldn't|refus|declin",
       r"\b(?:will\s+not|would\s+not|won't|wouldn't|shall\s+not|refus\w+\s+to|declin\w+\s+to)\s+(?:go|travel|come)\s+to\b",
       None, venue_after=True, also="go|travel|come"),
    _r("rejection.no_plans", "rejection", "order|plan|intention|decision|instruction",
       r"\bno\s+(?:orders?|plans?|intention|decision|instructions?)\s+to\s+(?:extend|prolong|declare|hold|resume|agree|accept|"
       r"sign|join|meet)\b", also="no "),
    _r("rejection.no_need", "rejection", "no need|no point|no sense|no reason|little point|little sense|much point|much sense",
       r"\b(?:(?:sees?|saw)\s+)?(?:no|little|not\s+much)\s+(?:need|point|sense|reason)\s+(?:for|in|to)\b|"
       r"\b(?:does|do|did)\s*(?:not|n't)\s+see\s+(?:much|any)\s+(?:point|sense|need)\s+(?:for|in|to)\b"),
    _r("rejection.dismissive", "rejection", "doomed|futile|pointless|meaningless|senseless|farce|sham|charade|dead end",
       r"\b(?:doomed\s+to\s+fail(?:ure)?|futile|pointless|meaningless|senseless|an?\s+(?:farce|sham|charade)|(?:a\s+)?dead\s+end)\b"),
    _r("rejection.unrealistic", "rejection", "unrealistic|not realistic|not a realistic|illusory|illusion",
       r"\b(?:an?\s+)?(?:\"?unrealistic|not\s+(?:a\s+)?realistic|illusory|an\s+illusion)\b", DEMAND_DOMAIN),
    # -- consideration
    _r("consideration.will_study", "consideration", "analys|analyz|study|consider|examine|review|look into|look at|look closely|assess|weigh|think about|think over",
       r"\b(?:would|will|to|shall|going\s+to|promised\s+to|pledged\s+to|needs?\s+to)\s+\"?(?:analy[sz]e|study|"
       r"consider|examine|review|look\s+(?:into|at|closely\s+at)|assess|weigh|think\s+(?:about|over))\"?\b", CONSIDER_DOMAIN),
    _r("consideration.considering", "consideration", "considering|studying|analys|analyz|reviewing|weighing|mulling|examining|assessing|looking at|looking into|looking closely|looking carefully",
       r"\b(?:considering|studying|analy[sz]ing|reviewing|weighing|mulling(?:\s+over)?|examining|assessing|"
       r"looking\s+(?:at|into|closely\s+at|carefully\s+at))\b", CONSIDER_DOMAIN),
    _r("consideration.under_review", "consideration", "consideration|review|study|studied|considered|analysed|analyzed|examined",
       r"\b(?:under\s+(?:consideration|review|study)|being\s+(?:studied|considered|analy[sz]ed|examined|reviewed))\b", CONSIDER_DOMAIN),
    # -- demand (but "called for talks" proposes a meeting)
    _r("proposal.call_for_talks", "proposal", "call for|calls for|called for|calling for",
       r"\bcall(?:s|ed|ing)?\s+for\s+(?:(?:a|an|the|new|direct|fresh|immediate|urgent|another|renewed)\s+){0,2}(?:[\w-]+\s+){0,2}?"
       r"(?:talks|negotiations|meeting|summit|round|dialogue|conference)\b", None),
    _r("demand.want", "demand", "want|seek|sought",
       r"\b(?:wants?|wanted|seeks?|seeking|sought)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?"
       r"(?:truce|ceasefire|cease-fire|armistice|peace\s+(?:deal|agreement|settlement)|settlement|end\s+to\s+(?:the\s+)?(?:war|fighting|killing))\b",
       None),
    # Finite verbs only: "..., urging him to withdraw" tells what was said in the call reported.
    _r("demand.urge", "demand", "urge|urged|urges|press$|pressed|presses|pushed|pushes|push$",
       # the one urged may carry a title and a day ("urged the Russian leader Vladimir Putin on Monday to")
       r"\b(?:urg(?:e|es|ed)|press(?:es|ed)?|push(?:es|ed)?)\s+(?:[\w.'-]+\s+){1,7}?to\s+(?:\w+\s+)?"
       r"(?:agree|accept|join|sign|halt|stop|end|declare|begin|start|come|return|engage|withdraw|negotiate|hold|resume|implement|"
       r"observe|respect|cease)\b|"
       # "urged dialogue", "urges an immediate ceasefire": the thing urged named as a noun
       r"\burg(?:e|es|ed)\s+(?:(?:a|an|the)\s+)?(?:[\w,-]+\s+){0,3}?(?:dialogue|ceasefire|cease-fire|truce|talks|negotiations|"
       r"diplomacy|settlement|de-escalation)\b", URGE_DOMAIN),
    # "a meeting was possible only in Moscow": a venue set as a condition
    _r("demand.only_if", "demand", "only if|only when|only after|only once|only in",
       r"\bonly\s+(?:if|when|after|once)\b|\b(?:possible|happen|take\s+place|be\s+held)\s+only\s+in\b", DEMAND_DOMAIN,
       speaker_acts=True),
    _r("demand.terms_met", "demand", "conditions|demands|terms|requirements",
       r"\b(?:if|once|when|until)\s+(?:all\s+)?(?:its|their|his|her|our|these|the|those|[\w]+'s)\s+(?:[\w-]+\s+)?"
       r"(?:conditions|demands|terms|requirements)\s+(?:are|were|have\s+been|had\s+been|would\s+be|will\s+be)\s+(?:fully\s+)?met\b",
       None, speaker_acts=True, also=" met"),
    _r("demand.verb", "demand", "demand|insist|call on|call for|calls on|calls for|called on|called for|calling on|calling for|press for|presses for|pressed for|pressing for|set out|set its|set his|set conditions|set terms|condition|precondition|ultimatum|must|want$|wants$|requir",
       r"\b(?:demanded|demanding|demands?\s+(?:that|for|of|from|include|included|are|were)|insist(?:s|ed|ing)?\s+(?:on|that(?=(?:[^.;]|(?<=\b[a-z])\.){0,80}?\b(?:must|should|could\s+not|cannot|can't|would\s+have\s+to|be\s+allowed)\b)|"
       r"that\s+(?:[\w.'-]+\s+){1,3}?(?:first\s+)?(?:withdraw|recogni[sz]e|cede|abandon|renounce|give\s+up|pull\s+(?:[\w-]+\s+){0,2}?out|leave|hand\s+over|drop|halt|stop)\b)|call(?:s|ed|ing)?\s+(?:on\s+\w+\s+to|for)|"
       r"press(?:es|ed|ing)?\s+for|set\s+(?:out\s+)?(?:its\s+|his\s+)?(?:conditions|terms)|"
       r"(?<!necessary\s)(?<!right\s)(?<!favourable\s)(?<!favorable\s)(?<!the\s)(?:pre)?conditions?\s+(?:for|of|that)|(?:pre)?conditions\s+(?:include|included|are|were|remain)|ultimatums?|"
       r"wants?\s+(?:Ukraine|Kyiv|Russia|Moscow)\s+to|requir(?:e|es|ed)\s+(?:Ukraine|Kyiv|Russia|Moscow)\s+to)\b",
       DEMAND_DOMAIN),
    _r("demand.realities", "demand", "realities",
       r"\b(?:tak(?:e|es|ing)\s+into\s+account|reflect(?:s|ed|ing)?|recogni[sz]\w*|accept\w*|based\s+on|consider\w*)\s+"
       r"\"?(?:the\s+)?(?:(?:new|current|existing|territorial|present)\s+)*\"?realities\b", None, speaker_acts=True),
    # "would return to the deal if its conditions were met", "willing to facilitate exports provided the
    # restrictions were lifted", "ready to let the ships pass, but first Kyiv had to clear its ports": an
    # offer on terms is a demand of those terms.
    _r("demand.on_terms", "demand", "ready|willing|prepared",
       r"\b(?:ready|willing|prepared)\s+to\s+(?:[^.;]|(?<=\b[a-z])\.){0,90}?(?:\bprovided\b|\bon\s+(?:the\s+)?condition\b|"
       r"\bas\s+long\s+as\b|\bbut\s+first\b|\bonly\s+if\b)", None, speaker_acts=True,
       also="provided|condition|as long as|but first|only if"),
    # "Moscow must now work towards ending the war", "the Kremlin must agree to a truce": pressed on a side
    _r("demand.must_move", "demand", "must",
       r"\bmust\s+(?:now\s+|first\s+|finally\s+|immediately\s+)?(?:work\s+towards?|agree\s+to|accept|sign\s+up\s+to|engage\s+in|"
       r"come\s+to|return\s+to|commit\s+to)\s+(?:[\w-]+\s+){0,3}?(?:ceasefire|cease-fire|truce|peace|talks|negotiations|"
       r"(?:ending|end\s+to)\s+(?:the\s+)?(?:war|fighting|conflict|killing|hostilities))\b", None, speaker_acts=True),
    # "giving Kyiv until Friday to accept the plan": a deadline set is a demand
    _r("demand.deadline", "demand", "giving|gave|given|gives|give$",
       r"\b(?:giv(?:e|es|ing|en)|gave)\s+(?:[\w.'-]+\s+){1,3}?until\s+(?:[\w,]+\s+){1,3}?to\s+(?:agree|accept|respond|reply|sign|"
       r"answer|decide|withdraw|leave)\b", None, also="until"),
    # "Russia must pay for the war": reparations demanded
    _r("demand.pay", "demand", "must|should|has to|have to",
       r"\b(?:must|should|has\s+to|have\s+to|will\s+have\s+to)\s+pay\s+(?:for\s+(?:the|this|its)\s+(?:war|aggression|damage|destruction)|"
       r"(?:war\s+)?reparations|compensation)\b", None, speaker_acts=True, also="pay"),
    # "Ukraine must first withdraw", "Moscow would have to withdraw": the one who says so demands it.
    _r("demand.have_to", "demand", "have to|need to|must",
       r"\bmust\s+(?:first\s+)?(?:withdraw|cede|recogni[sz]e|give\s+up|abandon|renounce|pull\s+out|leave|hand\s+over|include|involve|"
       r"(?:stop|halt|cease|end)\s+(?:(?:its|their|the|all)\s+)?(?:[\w-]+\s+){0,2}?(?:strikes|attacks|shelling|bombing|"
       r"hostilities|offensive|mobili[sz]ation)|"
       r"take\s+into\s+account|respect|guarantee)\b|"
       r"\b(?:would|will|should)\s+(?:first\s+)?(?:have|need)\s+to\s+(?:withdraw|cede|recogni[sz]e|give\s+up|abandon|"
       r"renounce|pull\s+out|leave|hand\s+over|accept)\b", DEMAND_DOMAIN, speaker_acts=True),
    # -- readiness
    _r("readiness.ready", "readiness", "ready|prepared|willing|open$|eager|keen|interested",
       rf"\b(?:ready|prepared|willing|open|eager|keen)\s+(?:to|for)\b{_NEG_OBJ_AHEAD}|"
       rf"\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+|very\s+|genuinely\s+|also\s+)?interested\s+in\b{_NEG_OBJ_AHEAD}"),
    _r("readiness.noun", "readiness", "readiness|willingness|openness|desire|preparedness",
       rf"\b(?:readiness|willingness|openness|desire|preparedness)\s+(?:to|for)\b{_NEG_OBJ_AHEAD}"),
    _r("readiness.sit_down", "readiness", "ready|prepared|willing|open$",
       r"\b(?:ready|prepared|willing|open)\s+to\s+(?:\w+\s+)?(?:sit\s+down|meet)\b", None, also="sit|meet"),
    # "reiterated his support for a 30-day ceasefire": a side backing an act on the table
    _r("readiness.support", "readiness", "support",
       rf"\b(?:reiterat\w+|express\w*|voic\w+|confirm\w*|restat\w+|declar\w+|pledg\w+)\s+(?:(?:its|his|her|their|full|strong)\s+){{0,2}}"
       rf"support\s+for\b{_NEG_OBJ_AHEAD}"),
    # "We hope the talks will be continued soon": a side wanting the talks to go on
    _r("readiness.hope_continue", "readiness", "hope",
       r"\bhop(?:e|es|ed|ing)\s+(?:that\s+)?(?:the\s+)?(?:talks|negotiations|dialogue|contacts|consultations)\s+(?:will|would|can|could)\s+"
       r"(?:be\s+)?(?:\w+ly\s+)?(?:continu\w*|resum\w*|go\s+on|proceed)\b", None),
    _r("readiness.committed", "readiness", "committed",
       rf"\b(?:remains?|remained|is|was|are|were|stays?)\s+(?:still\s+|fully\s+|firmly\s+)?committed\s+to\b{_NEG_OBJ_AHEAD}"),
    _r("readiness.work_with", "readiness", "work with|work on|working with|working on",
       rf"\b(?:will|would|shall|(?:is|are)\s+going\s+to|agreed\s+to|intends?\s+to)\s+(?:continue\s+to\s+)?work\s+(?:with|on)\b{_NEG_OBJ_AHEAD}"),
    # "the draft could form the basis of a final settlement": the text is acceptable as a start.
    _r("readiness.basis", "readiness", "basis|foundation|starting point",
       r"\b(?:could|can|would|may|might)\s+(?:form|serve\s+as|become|be)\s+(?:the|a)\s+(?:good\s+|solid\s+|possible\s+)?"
       r"(?:basis|foundation|starting\s+point)\b", DOMAIN, also="could|can|would|may|might"),
    _r("readiness.positively", "readiness", "positively",
       r"\b(?:looks?|looked|looking|view(?:s|ed)?|regard(?:s|ed)?|react(?:s|ed)?|respond(?:s|ed)?)\s+positively\b"),
    _r("readiness.possible", "readiness", "possible",
       r"\b(?:is|was|were|are|would\s+be|remains?|remained)\s+(?:still\s+)?possible\b(?!\s+only)"),
    _r("readiness.door_open", "readiness", "door|stand",
       r"\b(?:door|doors)\s+(?:to\s+\w+\s+|for\s+\w+\s+)?(?:remains?|is|are|stays?|was)\s+open\b|\bstands?\s+ready\b"),
    _r("readiness.not_afraid", "readiness", "afraid",
       r"\bnot\s+afraid\s+(?:to|of)\s+(?:talk\w*|negotiat\w*|meet\w*|sit\s+down|dialogue)\b", None),
    _r("readiness.help", "readiness", "ready|prepared|willing|stand",
       r"\b(?:ready|prepared|willing)\s+to\s+(?:help|assist|facilitate|contribute)\b", HELP_DOMAIN),
    _r("readiness.in_kind", "readiness", "in kind|reciprocat|follow suit",
       r"\b(?:will|would|shall|is\s+ready\s+to)\s+(?:act|respond|reply)\s+in\s+kind\b|\breciprocat\w*\b|"
       r"\b(?:will|would)\s+follow\s+suit\b"),
    _r("readiness.could_be_arranged", "readiness", "organis|organiz|arranged|held|set up",
       r"\b(?:could|can|would)\s+be\s+(?:quickly\s+|easily\s+|swiftly\s+)?\"?(?:organi[sz]ed|arranged|held|set\s+up)\b",
       ABOUT_TALKS_OR_CALL, speaker_acts=True),
    # -- proposal
    _r("proposal.offer_sent", "proposal", "offer|proposal|invitation|plan$|plans$|formula|initiative|counter|amendment",
       r"\b(?:sen[dt]s?|sending|made|make|makes|making|extend(?:s|ed)|renew(?:s|ed)|repeat(?:s|ed)|"
       r"reiterat(?:es|ed)|submitt?(?:ed|s)|handed|passed|present(?:s|ed|ing)?|deliver(?:s|ed)|outlined|laid\s+out|brought)\b"
       r"(?:[^.;]|(?<=\b[a-z])\.){0,40}?\b(?:offer|(?:counter-?)?proposal|counter-?offer|invitation|(?:peace\s+)?plan|peace\s+formula|"
       r"initiative|amendment)s?\b",
       also="sen|mad|mak|extend|renew|repeat|reiterat|submit|hand|pass|present|deliver|outlined|laid out|brought"),
    _r("proposal.stands_by", "proposal", "stand", r"\bstands?\s+by\s+(?:its|his|their|the|her)\s+(?:offer|proposal|plan|initiative)\b"),
    _r("proposal.verb", "proposal", "propos|suggest|put forward|puts forward|putting forward|floated|tabled|unveil",
       # not "a US-proposed ceasefire": the owner's offer, named (`owned`)
       r"(?<!-)\b(?:propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|put(?:s|ting)?\s+forward|floated|tabled|unveil(?:s|ed))\b", venue_after=True),
    _r("proposal.could_involve", "proposal", "deal|agreement|settlement|accord could|accord might|accord may|accord would",
       r"\b(?:deal|agreement|settlement|accord)\s+(?:could|might|may|would)\s+(?:involve|include|entail|see)\b", None,
       speaker_acts=True, also="could|might|may|would"),
    _r("proposal.persuade", "proposal", "try|tries|trying|seek|seeks|sought|hope",
       r"\b(?:try|tries|trying|tried|seek|seeks|sought|hopes?|hoped)\s+to\s+(?:persuade|convince)\b"),
    # "Rome might host the next round, he said", "Erdogan hopes to arrange a meeting of the
    # presidents": a venue or a meeting put forward, not a meeting held.
    _r("proposal.might_host", "proposal", "might host|could host|may host|hope to|hopes to|hoped to|hoping to",
       r"\b(?:might|could|may)\s+host\s+(?:the\s+|a\s+|future\s+|further\s+|new\s+|next\s+)*(?:[\w-]+\s+)?"
       r"(?:talks|negotiations|meeting|summit|round|peace\s+conference)\b|"
       r"\bhop(?:e|es|ed|ing)\s+to\s+(?:arrange|organi[sz]e|host|broker|set\s+up)\s+(?:a\s+|the\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
       r"(?:talks|negotiations|meeting|summit|round)\b", None, speaker_acts=True),
    # "a settlement should rest on the 2022 draft", "any deal must be based on": the basis put forward
    _r("proposal.based_on", "proposal", "based on",
       r"\b(?:talks|negotiations|settlement|agreement|deal|peace)\s+(?:[\w-]+\s+){0,5}?(?:should|must|ought\s+to|has\s+to|have\s+to)\s+"
       r"be\s+based\s+on\b", None, speaker_acts=True, also="should|must|ought|has to|have to"),
    _r("proposal.offered", "proposal", "offer", r"\boffer(?:s|ed|ing)?\s+to\s+(?:host|hold|mediate|meet|organi[sz]e|broker|monitor|observe|oversee|guarantee)\b"),
    # "offered a three-day ceasefire", "offered Kyiv talks": the thing offered names the act.
    _r("proposal.offered_thing", "proposal", "offer",
       r"\boffer(?:s|ed|ing)?\s+(?:(?:kyiv|moscow|ukraine|russia|washington|the\s+ukrainians|the\s+russians)\s+)?"
       r"(?:(?:a|an|the|its|new|fresh|direct|another)\s+){0,2}(?:[\w-]+\s+){0,2}?"
       r"(?:truce|ceasefire|cease-fire|talks|negotiations|meeting|summit|exchange|swap|deal|compromise|round|moratorium)\b"),
    # "asked Washington to arrange a meeting", "Ukraine's request for a meeting of the leaders".
    _r("proposal.request", "proposal", "request|ask|appeal",
       r"\b(?:request(?:s|ed|ing)?|ask(?:s|ed|ing)?|appeal(?:s|ed)?)\s+(?:(?:[\w.'-]+\s+){0,3}?to\s+(?:arrange|organi[sz]e|hold|"
       r"set\s+up|host|convene|resume|meet|broker)|for\s+(?:(?:a|an|the|new|direct|another)\s+){0,2}(?:[\w-]+\s+){0,2}?"
       r"(?:talks|negotiations|meeting|summit|round|call|conversation)s?)\b", None),
    _r("proposal.arrange", "proposal", "arrang|organis|organiz|set up|setting up|broker",
       r"\b(?:arrang\w*|organi[sz]\w*|set(?:ting)?\s+up|broker\w*)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
       r"(?:meeting|summit|talks|round)\b", None),
    _r("proposal.drafted", "proposal", "counter|plan|proposal|framework|roadmap|deal|version",
       r"\b(?:drafted|drew\s+up|draws?\s+up|drawing\s+up|prepared|preparing|(?:is|are|was|were)\s+working\s+on)\s+"
       r"(?:(?:a|an|its|their|his|her|the|own|new|joint|alternative|revised|european|ukrainian|russian|american)\s+){0,3}"
       r"(?:counter-?proposals?|counter-?offers?|(?:peace|ceasefire|settlement)\s+(?:plan|proposals?|framework|roadmap|deal)|"
       r"version\s+of\s+the\s+(?:peace\s+)?(?:plan|proposals?|framework|deal))\b", None),
    _r("proposal.as_venue", "proposal", "offer|propos|suggest",
       r"\b(?:offer(?:s|ed|ing)?|propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?)\s+(?:[\w.'-]+\s+){1,3}?as\s+(?:a\s+|the\s+)?"
       r"(?:venue|host|platform|place|location)\b", None, also="venue|host|platform|place|location"),
    _r("proposal.invite", "proposal", "invit",
       r"\binvit(?:e|es|ed|ing)\b(?:[^.;]|(?<=\b[a-z])\.){0,60}?\b(?:talks|negotiat\w*|meet\w*|summit|visit)\b"),
    _r("proposal.invite_to", "proposal", "invit",
       r"\binvit(?:e|es|ed|ing)\s+(?:[\w.'-]+\s+){1,3}?to\b", None, venue_after=True),
    # -- declared truce
    _r("truce.declared", "truce", "truce|ceasefire|cease-fire|armistice|moratorium",
       r"\b(?:(?:declar(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|order(?:s|ed|ing)|proclaim(?:s|ed))\s+(?:a|an|the)?\s*|"
       r"called\s+(?:a|an)\s+)(?:[\w-]+\s+){0,4}?(?:truce|ceasefire|cease-fire|armistice|moratorium)\b", also="declar|announc|order|proclaim|called"),
    _r("truce.pause", "truce", "pause|halt|suspension|moratorium",
       r"\b(?:declar(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|order(?:s|ed|ing)|proclaim(?:s|ed))\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
       r"(?:pause|halt|suspension|moratorium)\s+(?:in|on|of|to)\s+(?:\w+\s+){0,2}?(?:strikes|attacks|hostilities|fighting|shelling|"
       r"military\s+operations|combat\s+operations|offensive)\b", None, also="declar|announc|order|proclaim"),
    _r("truce.passive", "truce", "truce|ceasefire|cease-fire|armistice|moratorium",
       r"\b(?:truce|ceasefire|cease-fire|armistice|moratorium)\"?\s+(?:was\s+|has\s+been\s+|had\s+been\s+|is\s+)?"
       r"(?:declared|announced|ordered|proclaimed)\b", also="declared|announced|ordered|proclaimed"),
    _r("truce.in_effect", "truce", "truce|ceasefire|cease-fire|moratorium",
       r"\b(?:truce|ceasefire|cease-fire|moratorium)\s+(?:took|takes|came|comes|went|goes|will\s+come|will\s+take)\s+"
       r"(?:into\s+)?effect\b", also="effect"),
    _r("truce.agreed", "truce", "truce|ceasefire|cease-fire|moratorium",
       r"\bagreed\s+to\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:truce|ceasefire|cease-fire|moratorium)\b", also="agreed"),
    # "said it would observe a 30-day moratorium on strikes on energy facilities": a truce pledged (an
    # indefinite one: "failed to observe the truce" is about one already declared).
    _r("truce.observe", "truce", "observe|respect|abide|honor|honour|adhere",
       r"\b(?:will|would|shall|pledged\s+to|promised\s+to|intends?\s+to|vowed\s+to)\s+(?:observe|respect|abide\s+by|honou?r|"
       r"adhere\s+to)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:truce|ceasefire|cease-fire|moratorium)\b", None,
       also="will|would|shall|pledged|promised|intend|vowed"),
    _r("truce.relative", "truce", "truce|ceasefire|cease-fire|armistice|moratorium|pause",
       r"\b(?:truce|ceasefire|cease-fire|armistice|moratorium|pause)\b[^.;\"]{0,70}?\b(?:that|which)\s+(?:[\w.'-]+\s+){1,4}?"
       r"(?:declared|announced|ordered|proclaimed|agreed\s+to)\b", None, claims_object=False,
       also="declared|announced|ordered|proclaimed|agreed"),
    _r("truce.de_escalate", "truce", "reduce$|scale back|cut back|halt$|stop$|suspend$|cease$|pause$",
       r"\b(?:would|will|decided\s+to|decision\s+was\s+made\s+to|pledged\s+to|promised\s+to|agreed\s+to)\s+"
       r"(?:\w+ly\s+)?(?:reduce|scale\s+back|cut\s+back|halt|stop|suspend|cease|pause)\s+(?:all\s+)?(?:[\w-]+\s+){0,2}?"
       r"(?:military\s+activity|hostilities|combat\s+operations|offensive\s+operations|military\s+operations|fighting|"
       r"strikes|attacks|shelling)\b", None, also="would|will|decided|decision|pledged|promised|agreed"),
    _r("truce.halt_order", "truce", "order",
       r"\border(?:s|ed)?\s+(?:(?:the|his|its|their|all|russian|ukrainian|armed)\s+){0,2}(?:(?:army|military|troops|forces|units|"
       r"commanders?)\s+)?to\s+(?:halt|stop|cease|suspend)\b",
       ci(r"\b(?:strikes|attacks|hostilities|fighting|fire|shelling|military|offensive|combat|truce|ceasefire|cease-fire)\b")),
    # -- talks held or scheduled
    _r("talks.signed", "talks", "sign$|signs$|signed$|signing$",
       r"\bsign(?:ed|s|ing)?\b(?:[^.;]|(?<=\b[a-z])\.){0,40}?\b(?:agreements?|deals?|accords?|memorandum|treaty)\b", None,
       also="agreement|deal|accord|memorandum|treaty"),
    # "the grain accord should be signed in Ankara next week", "a deal was
    # finally brokered in July": the signing or the striking of a deal is a meeting of its parties.
    _r("talks.deal_done", "talks", "agreement|deal|accord|document|memorandum|treaty",
       r"\b(?:agreement|deal|accord|document|memorandum|treaty)\b(?:[^.;]|(?<=\b[a-z])\.){0,110}?\b(?:(?:is|are)\s+(?:expected|due|set|scheduled)\s+to\s+be|"
       r"(?:was|were)\s+set\s+to\s+be|will\s+be|(?:was|were|had\s+been|has\s+been)\s+(?:finally\s+)?)\s*"
       r"(?:signed|brokered|struck|reached|concluded|initial(?:l)?ed)\b", None, also="signed|brokered|struck|reached|concluded|initial"),
    _r("talks.sides_agreed", "talks", "agreed", r"\b(?:both|the\s+two)\s+(?:delegations|sides|negotiating\s+teams)\s+agreed\b", None),
    # "Russia and Ukraine agreed to swap 1,000 prisoners each": an exchange agreed is agreed between the
    # sides, in talks (guideline: prisoner exchanges agreed in talks); an exchange merely carried out is not.
    _r("talks.agreed_exchange", "talks", "agree|broker|mediat|negotiat",
       r"\b(?:broker(?:s|ed|ing)?|mediat(?:e|es|ed|ing)|negotiat(?:e|es|ed|ing))\s+(?:a|an|the|another)\s+(?:[\w-]+\s+){0,2}?"
       r"(?:exchange|swap|release|return)s?\b|"
       r"\bagree(?:d|s)?\s+(?:with\s+(?:[\w.'-]+\s+){1,2}?(?=to\s))?(?:on\s+|to\s+|upon\s+)?(?:(?:a|an|the|another|new|further|large|major|fresh)\s+)?"
       r"(?:[\w,-]+\s+){0,2}?(?:exchange|swap|trade|release)s?\b", _CAPTIVES, also="exchang|swap|trade|release|return"),
    # "Russia and Ukraine exchanged 200 prisoners as a result of Turkey's mediation": a swap a mediator brokered
    _r("talks.exchange_mediated", "talks", "exchanged|swapped",
       r"\b(?:exchanged|swapped)\s+(?:[\w,]+\s+){0,4}?(?:prisoners|pows|captives)\b(?=(?:[^.;]|(?<=\b[a-z])\.|"
       r"(?<=\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec))\.|(?<=\bsept)\.){0,120}?"
       r"\b(?:mediation|mediated|brokered|facilitated|good\s+offices))", None, also="mediat|broker|facilitat|good offices"),
    _r("talks.visit", "talks", "return|went|goes|going|travel|flew|fly|flies|flying|came|come|arriv|heads to|headed to|heading to|visit|expected|due",
       r"\b(?:return(?:s|ed|ing)?|went|go(?:es|ing)?|travel(?:s|l?ed|l?ing)?|fl(?:y|ies|ew|ying)|came|come|comes|"
       r"arriv(?:e|es|ed|ing)|head(?:s|ed|ing)?|visit(?:s|ed|ing)?|(?:is|are|was)\s+expected|(?:is|are)\s+due)\s+"
       r"(?:back\s+)?(?:to|in)?\s*(?:the\s+)?"
       r"(?=White\s+House|Washington|Moscow|Kremlin|Kyiv|Kiev|Downing\s+Street|Elysee|Élysée)", None,
       also="white house|washington|moscow|kremlin|kyiv|kiev|downing|elys"),
    # "will arrive in Istanbul on Sunday for talks": a journey to any venue for talks (the capitals are `talks.visit`).
    _r("talks.arrive_for", "talks", "arriv|travel|flew|fly|flies|flying|head|came|come|going|went|gather",
       r"\b(?:arriv(?:e|es|ed|ing)|travel(?:s|l?ed|l?ing)?|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?|came|come|comes|going|went|"
       r"gather(?:s|ed|ing)?)\s+(?:(?:back|again)\s+)?(?:in|to|at)\s+(?:the\s+)?(?:[\w'.,-]+\s+){1,5}?for\s+"
       r"(?:(?:a|an|the|new|fresh|further|direct|peace|another|next|second|third|first|two|three|more)\s+){0,3}"
       r"(?:(?:days?|rounds?)\s+of\s+)?(?:talks|negotiations|consultations)\b", None, also="talks|negotiations|consultations"),
    _r("talks.hosted_by", "talks", "talks|negotiations|meeting|summit|consultations",
       r"\b(?:talks|negotiations|meeting|summit|consultations),?\s+(?:hosted|convened|organi[sz]ed|brokered|mediated)\s+by\b",
       None, also="by"),
    _r("talks.negotiators_in", "talks", "negotiators|delegations|delegates|negotiating|envoys",
       r"\b(?:negotiators|delegations|delegates|negotiating\s+teams|envoys)\s+(?:met\s+)?(?:in|at)\b", None, venue_after=True),
    _r("talks.discussed_in", "talks", "discussed|agreed|negotiated|initial|drafted|hammered",
       r"\b(?:discussed|agreed|negotiated|initial(?:l)?ed|drafted|hammered\s+out)\s+(?:in|at)\b", None, venue_after=True),
    _r("talks.agreed_to_meet", "talks", "agreed",
       r"\bagreed\s+to\s+(?:hold|meet|resume|a\s+meeting|talks|negotiations|a\s+summit|a\s+new\s+round)\b|"
       # "agreed to begin negotiations", "agreed to have their teams start talks immediately"
       r"\bagreed\s+to\s+(?:[\w'-]+\s+){0,4}?(?:begin|start|launch|open|initiate)\s+\"?(?:[\w-]+\s+){0,2}?\"?(?:talks|negotiations|consultations)\b",
       None),
    # "Ankara brought the two delegations together in one room": a host's meeting
    _r("talks.brought_together", "talks", "brought|bring",
       r"\b(?:brought|bring(?:s|ing)?)\s+(?:[\w.'-]+\s+){1,6}?together\b(?=\s+(?:at|around|in|for|to)\b)", None,
       also="together"),
    _r("talks.gather", "talks", "gather|convene|assembl",
       r"\b(?:gather(?:s|ed|ing)?|convene[sd]?|convening|assembled?)\s+(?:in|at)\b", None, venue_after=True),
    _r("talks.hold", "talks", "talks|negotiations|meeting|summit|consultations|round",
       r"\b(?:held|hold|holds|holding|hosted|hosts|host|hosting|resumed|resume|resumes|began|opened|conducted|"
       r"start|starts|started|begin|begins|launch|launched|"
       r"concluded|wrapped\s+up|attended|attend|attends|took\s+part\s+in|take\s+part\s+in|takes\s+part\s+in|"
       r"participated\s+in|participate\s+in|participates\s+in|joined|join)\b(?:[^.;]|(?<=\b[a-z])\.){0,40}?\b"
       r"(?:talks|negotiations|meeting|summit|consultations|rounds?)\b", None),
    _r("talks.pair", "talks", "talks|negotiations|meeting|summit|consultations",
       r"\b[A-Z][\w.]+-[A-Z][\w.]+\s+(?:peace\s+|direct\s+|bilateral\s+|high-level\s+)?"
       r"(?:talks|negotiations|meeting|summit|consultations)\b", None, also="-"),
    _r("talks.round", "talks", "round", r"\brounds?\s+of\s+(?:[\w-]+\s+){0,3}?(?:talks|negotiations|consultations)\b", None),
    _r("talks.spoke_with", "talks", "spoke with|spoke to|spoke by|spoke on|spoken with|spoken to|spoken by|speaks with|speaks to|speaks by|talked|call with|call$|speak with|speak to|speak by|talk with|talk to|talk by",
       r"\b(?:spoke|spoken|speaks|talked|(?:will|would|plans?\s+to|(?:is|are)\s+(?:due|set|expected)\s+to)\s+(?:speak|talk))\s+"
       r"(?:by\s+(?:tele)?phone\s+|on\s+the\s+phone\s+)?(?:with|to)\b|"
       r"\b(?:held|had)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:phone\s+)?call\s+with\b", None, party_after=True),
    _r("talks.by_phone", "talks", "phone|telephone|video call|video conference|video link",
       r"\b(?:spoke|speak|talked|talk|talks)\s+(?:by\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone|over\s+the\s+phone|by\s+video\s+link)\b|"
       r"\b(?:held|had|hold|holds|will\s+hold)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:phone|telephone|video)\s+(?:call|conversation|conference)\b", None,
       ),
    _r("talks.sat_down", "talks", "sat down|sit down|sits down|sitting down",
       r"\b(?:sat|sit|sits|sitting)\s+down\s+(?:together\s+|again\s+|face\s+to\s+face\s+)?(?:in|at|with|for)\b", None),
    _r("talks.hosted", "talks", "hosted|hosts$|host$|received|receives$|receive$",
       r"\b(?:hosted|hosts|will\s+host|received|receives|will\s+receive)\s+(?=(?:his|her|the\s+)?[A-Z])", None, party_after=True),
    _r("talks.discussed_with", "talks", "discussed|discusses",
       r"\bdiscuss(?:ed|es)\s+(?:[\w.'-]+\s+){1,5}?with\b", None, party_after=True),
    _r("talks.with", "talks", "talks|negotiations|meeting|summit|consultations|phone|telephone|conversation|call$|calls$",
       r"\b(?:talks|negotiations|meeting|summit|consultations|phone\s+call|telephone\s+(?:call|conversation)|conversations?|calls?)\s+"
       r"(?:\w+\s+)?(?:between|with|involving)\b", None, also="between|with|involving"),
    # "the Ukrainian and American negotiators will meet next week", "the delegations met on Tuesday":
    # negotiators meeting are talks, whether a venue follows or only a day (scheduled or held).
    _r("talks.negotiators_meet", "talks", "negotiators|delegations|delegates|negotiating|envoys",
       r"\b(?:negotiators|delegations|delegates|negotiating\s+teams|envoys)\s+(?:(?:of|from)\s+(?:[\w.'-]+\s+){1,4}?)?(?:(?:will|would|could|may|might|shall|"
       r"are\s+(?:due|set|expected|scheduled|going|likely)\s+to|are\s+to|plan\s+to|hope\s+to|have|had)\s+)?"
       r"(?:(?:again|also|first|then|later|finally)\s+)?(?:meet|met)\b(?!\s+(?:with|in|at)\b)", None),
    # "Putin called Trump on Thursday", "Erdogan telephoned Zelensky to discuss the talks": a call. Not
    # "called Putin a war criminal" (a name given) nor "called for talks" (no party right after).
    _r("talks.called", "talks", "called|rang|telephoned",
       r"\b(?:called|rang|telephoned)\s+(?=(?:the\s+)?(?:(?!a\b|an\b|the\b|for\b|on\b|off\b|it\b|him\b|her\b|them\b)"
       r"[\w.'’-]+\s+){0,3}?[\w'’-]+(?:\s+(?:on|late|early|by\s+phone|from|after|before|yesterday|today|last|this|"
       r"to\s+(?:discuss|congratulate|brief|thank|offer|express|talk|inform))\b|\s*[,.;]))", None, party_after=True),
    _r("talks.met", "talks", "met$|meet|phone|phoned",
       r"\b(?:met|meets|will\s+meet|to\s+meet|would\s+meet|are\s+to\s+meet|is\s+to\s+meet)\s+(?:again\s+|separately\s+|"
       r"face\s+to\s+face\s+|in\s+person\s+)?(?:with|in|at)\b"
       r"|\b(?:met|meet|meets)\s+(?:face\s+to\s+face|in\s+person)\b"
       r"|\b(?:spoke|speaks|talked|talks)\s+(?:by\s+(?:tele)?phone|on\s+the\s+phone)\s+(?:with|to)\b|\bphoned\b", None),
    _r("talks.met_party", "talks", "met$|meet$|meets$",
       r"\b(?:met|meets|will\s+meet|to\s+meet|would\s+meet|shall\s+meet)\s+(?=(?:his|her|the\s+)?[A-Z])", None, party_after=True),
    _r("talks.in_venue", "talks", "talks|negotiations|meeting|summit|consultations", r"\b(?:talks|negotiations|meeting|summit|consultations)\b(?=(?:[^.;]|(?<=\b[a-z])\.){0,40}?\b(?:in|at)\s+[A-Z])", None, also=" in | at "),
    # "a peace conference in Switzerland": a gathering of states on the settlement (not a press conference)
    _r("talks.conference", "talks", "conference",
       r"\b(?:peace|ukraine)\s+conference\b|\bconference\s+on\s+(?:ukraine|peace)\b", None),
    _r("talks.scheduled", "talks", "talks|negotiations|meeting|summit",
       r"\b(?:talks|negotiations|meeting|summit)\s+(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+"
       r"(?:scheduled|planned|set|due|expected|held|under\s+way|underway)\b", None, also="scheduled|planned|set|due|expected|held|under way|underway"),
    _r("talks.will_take_place", "talks", "take place",
       r"\b(?:talks|negotiations|meeting|summit|round|consultations)\s+(?:will|would|is\s+to|are\s+to|(?:is|are)\s+expected\s+to|"
       r"(?:is|are)\s+due\s+to|could|may|might)\s+take\s+place\b", None),
    _r("talks.took_place", "talks", "talks|negotiations|meeting|summit|discussions|consultations",
       r"\b(?:talks|negotiations|meeting|summit|discussions|consultations)\s+(?:(?:had|have|has)\s+)?(?:took\s+place|ended|concluded|lasted|resumed|began|continued)\b|"
       # "consultations on the core issues of a settlement had resumed": the subject's words run on
       r"\b(?:talks|negotiations|discussions|consultations)\s+(?:on|about|over)\s+[^.;\"]{0,90}?\s(?:had|have|has)\s+(?:resumed|begun|started)\b",
       None, also="took place|ended|concluded|lasted|resumed|began|begun|started|continued"),
    # -- acceptance is readiness (last: "agreed to a ceasefire" is a truce, "agreed to meet" talks)
    _r("readiness.accepted", "readiness", "accept|agreed|endorse|embrace|welcome|said yes|signed up",
       r"\b(?:accept(?:s|ed)?|agreed\s+to|endorse[sd]?|embrac(?:e|es|ed)|welcom(?:e|es|ed)|said\s+yes(?:\s+to)?|"
       r"signed\s+up\s+to)\b", ACCEPT_DOMAIN),
]

# One regex for every rule's cues: a sentence without any cannot hold an act.
PREFILTER = cue_pattern(c for rule in RULES for c in rule.cues)


_BY_CUE: dict[str, int] = {}  # cue words -> bit set of the rules they may start
_BY_MASK: dict[int, tuple[Rule, ...]] = {}  # bit set -> those rules, in priority order


def rules_for(hits: Iterable[str], clause: str) -> list[Rule]:
    """The rules, in priority order, that one of the PREFILTER matches `hits` may start
    and whose `also` words the (lowered) `clause` holds."""
    wanted = 0
    for hit in hits:
        got = _BY_CUE.get(hit)
        if got is None:
            key = " ".join(hit.split())
            got = _BY_CUE[hit] = sum(1 << i for i, r in enumerate(RULES) if any(
                key == c[:-1] if c.endswith("$") else key.startswith(c) for c in r.cues))
        wanted |= got
    rules = _BY_MASK.get(wanted)
    if rules is None:
        rules = _BY_MASK[wanted] = tuple(r for i, r in enumerate(RULES) if wanted >> i & 1)
    return [r for r in rules if not r.also or _holds_any(clause, r.also)]


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """`also_pattern.search(text)` by substring tests: a few `in` checks cost less than a regex call."""
    for word in words:
        if word in text:
            return True
    return False


def find_triggers(text: str, start: int, end: int, rules: list[Rule] | None = None) -> list[tuple[int, int, Rule]]:
    """Rule matches in `text[start:end]`, earliest first, none overlapping (earlier rule wins an overlap).

    `rules` narrows the search to the rules whose cues the clause holds (`rules_for`).
    """
    found: list[tuple[int, int, Rule]] = []
    for rule in RULES if rules is None else rules:
        for m in rule.pattern.finditer(text, start, end):
            ms, me = m.span()
            for s, e, _ in found:
                if ms < e and s < me:
                    break  # overlaps a match of an earlier rule
            else:
                found.append((ms, me, rule))
    if len(found) > 1:
        found.sort(key=lambda t: t[0])
    return found
