"""Wire-copy phrasings of each diplomatic act, written by us in the style of agency
reports (Reuters, AP, AFP), Kyiv and Moscow outlets in English, and officials' posts.

The sample reports taught the rules a few phrasings each; these sentences check that
the plain forms reporters use every day work too ("will hold talks in Geneva on
Sunday", "rejected a provision", "wanted a permanent ceasefire"), and that the
look-alikes that are not acts (history, hypotheticals, sport, trade, aid) give nothing.

Each case: text, then the one record expected (kind, parties with the actor first,
venue, topic, date). Reports are dated Friday 21 November 2025.
"""
from __future__ import annotations

from datetime import date

import pytest

from parsers.document import Document
from parsers.negotiations import extract_negotiations

FRIDAY = date(2025, 11, 21)
SUNDAY, SATURDAY, THURSDAY, NEXT_MONDAY = "2025-11-23", "2025-11-22", "2025-11-20", "2025-11-24"
LAST_SUNDAY = "2025-11-16"
ANY = "any"
US, RU, UA, EU, EUR = "United States", "Russia", "Ukraine", "European Union", "Europe"


def _found(text: str):
    return extract_negotiations(Document(text=text, published=FRIDAY))


def _check(text: str, kind: str, parties: list[str], venue: str | None, topic: str | None, day: str | None) -> None:
    found = _found(text)
    assert len(found) == 1, [(n.kind, n.parties, n.rule) for n in found]
    n = found[0]
    got = (n.kind, n.parties[:1], set(n.parties), n.venue, n.topic)
    assert got == (kind, parties[:1], set(parties), venue, topic), (n.parties, n.rule)
    if day != ANY:
        assert n.date == day, (n.date, n.date_text)


# (text, kind, parties, venue, topic, date)
TALKS = [
    # a post names the other side by its handle
    ('Zelensky wrote on X: "Had a good call with @POTUS this morning."', "talks", [UA, US], None, None, "2025-11-21"),
    ("Sybiha said on X he had spoken with @SecRubio about the framework.", "talks", [UA, US], None, None, ANY),
    ("Leaders of the coalition of the willing met in Paris on Thursday to discuss security guarantees for Ukraine.",
     "talks", [EUR, UA], "Paris", "peace settlement", THURSDAY),
    # a journey to any venue for talks
    ("Russia's delegation will arrive in Istanbul on Sunday for talks.", "talks", [RU, UA], "Istanbul", None, SUNDAY),
    ("Ukrainian negotiators flew to Miami for a new round of talks with the U.S. team.", "talks", [UA, US], "Miami", None, ANY),
    ("Witkoff flew to Abu Dhabi for two days of talks with Russian and Ukrainian officials.",
     "talks", [US, RU, UA], "Abu Dhabi", None, ANY),
    # the venue however the phrase around it runs
    ("Russian and Ukrainian delegations met in the Turkish city of Istanbul on Friday.",
     "talks", [RU, UA], "Istanbul", None, "2025-11-21"),
    ("U.S. and Ukrainian delegations met at the Ritz-Carlton hotel in Jeddah on Tuesday.",
     "talks", [US, UA], "Jeddah", None, "2025-11-18"),
    ("Talks between the Russian and Ukrainian teams at Istanbul's Dolmabahce Palace wrapped up after roughly ninety minutes.",
     "talks", [RU, UA], "Istanbul", None, ANY),
    ("Sybiha said on Thursday that he had spoken with Rubio about the peace plan.",
     "talks", [UA, US], None, "peace settlement", THURSDAY),
    ("The United States and Ukraine signed a minerals deal that Washington says will help secure peace.",
     "talks", [US, UA], None, None, ANY),
    # a visit to Washington is talks with the United States, not with the other side of the war
    ("Ukraine's delegation headed by Umerov will travel to Washington for talks on security guarantees.",
     "talks", [UA, US], "Washington", "peace settlement", ANY),
    ("Russian envoy Dmitriev arrived in Washington for talks on the peace plan.",
     "talks", [RU, US], "Washington", "peace settlement", ANY),
    ("The United States and Ukraine will hold talks in Geneva on Sunday.", "talks", [US, UA], "Geneva", None, SUNDAY),
    ("U.S. and Ukrainian officials will hold talks in Geneva on Sunday on a plan to end the war, an official said.",
     "talks", [US, UA], "Geneva", "peace settlement", SUNDAY),
    ("Russian and Ukrainian delegations are due to meet in Istanbul on Monday, a source said.",
     "talks", [RU, UA], "Istanbul", None, NEXT_MONDAY),
    ("American and Russian negotiators are set to meet in Abu Dhabi next week.", "talks", [US, RU], "Abu Dhabi", None, ANY),
    ("Witkoff met Putin in Moscow on Thursday for nearly five hours.", "talks", [US, RU], "Moscow", None, THURSDAY),
    ("Zelensky held a phone call with Macron on Thursday to discuss the U.S. peace plan.",
     "talks", [UA, "France", US], None, "peace settlement", THURSDAY),
    ("Trump and Putin talked by phone for more than two hours on Thursday.", "talks", [US, RU], None, None, THURSDAY),
    ("Erdogan spoke with Putin by telephone on Thursday about a ceasefire.", "talks", ["Turkey", RU], None, "ceasefire", THURSDAY),
    ("Ukrainian and American delegations sat down in Miami on Sunday for a fresh round of talks.",
     "talks", [UA, US], "Miami", None, LAST_SUNDAY),
    ("Zelensky held a video call with Starmer and Macron on Thursday.", "talks", [UA, "United Kingdom", "France"], None, None, THURSDAY),
    ("Kushner and Witkoff arrived in Moscow on Thursday for talks with Putin.", "talks", [US, RU], "Moscow", None, THURSDAY),
    ("A Russian delegation led by Medinsky arrived in Istanbul for talks with Ukraine.", "talks", [RU, UA], "Istanbul", None, ANY),
    ("Talks between Russia and Ukraine are expected to take place in Istanbul next week.", "talks", [RU, UA], "Istanbul", None, ANY),
    ("Rubio will meet his Ukrainian counterpart Sybiha in Geneva on Sunday.", "talks", [US, UA], "Geneva", None, SUNDAY),
    ("Dmitriev is expected to visit Washington next week for talks with Witkoff.", "talks", [RU, US], "Washington", None, ANY),
    ("European national security advisers will meet Ukrainian officials in Geneva on Saturday.",
     "talks", [EUR, UA], "Geneva", None, SATURDAY),
    ("Driscoll is due to meet the Russian delegation in Abu Dhabi on Monday.", "talks", [US, RU], "Abu Dhabi", None, NEXT_MONDAY),
    ("Putin hosted Witkoff at the Kremlin on Thursday.", "talks", [RU, US], "Moscow", None, THURSDAY),
    ("European leaders will gather in London on Sunday for talks on security guarantees for Ukraine.",
     "talks", [EUR, UA], "London", "peace settlement", SUNDAY),
    ("Russian and Ukrainian delegations will sit down in Istanbul on Monday.", "talks", [RU, UA], "Istanbul", None, NEXT_MONDAY),
    ("EU foreign ministers will meet in Brussels on Monday to discuss the peace plan with Sybiha.",
     "talks", [EU, UA], "Brussels", "peace settlement", NEXT_MONDAY),
    ("The sides agreed to hold a new round of talks in Istanbul next week.", "talks", [RU, UA], "Istanbul", None, ANY),
    ("American and Russian negotiators are set to meet in Abu Dhabi on Tuesday.", "talks", [US, RU], "Abu Dhabi", None, "2025-11-25"),
    ("Witkoff is expected to travel to Moscow on Thursday.", "talks", [US, RU], "Moscow", None, "2025-11-27"),
    ("Putin will receive Witkoff in the Kremlin on Tuesday, Peskov said.", "talks", [RU, US], "Moscow", None, "2025-11-25"),
    ("The delegations are to meet again in Istanbul on Saturday.", "talks", [RU, UA], "Istanbul", None, SATURDAY),
    ("Umerov said the next round would take place in Geneva on Sunday.", "talks", [UA, RU], "Geneva", None, SUNDAY),
    # dates.looks_ahead: "slated for", "would talk" look ahead
    ("The meeting is slated for Tuesday in Riyadh.", "talks", [RU, UA], "Riyadh", None, "2025-11-25"),
    ("Trump said he would talk to Putin by phone on Monday.", "talks", [US, RU], None, None, NEXT_MONDAY),
    # A past verb dates back even when the sentence speaks of "next steps".
    ("Sybiha and Rubio talked by phone on Thursday about the next steps in the peace process.",
     "talks", [UA, US], None, "peace settlement", THURSDAY),
    ("Zelensky discussed the peace plan with Merz, Macron and Starmer in a call on Thursday.",
     "talks", [UA, "Germany", "France", "United Kingdom"], None, "peace settlement", THURSDAY),
    ("Saudi Arabia hosted talks between Russian and American officials in Riyadh on Tuesday.",
     "talks", ["Saudi Arabia", RU, US], "Riyadh", None, "2025-11-18"),
    ("The Ukrainian delegation headed by Umerov arrived in Miami on Thursday for consultations with the U.S. side.",
     "talks", [UA, US], "Miami", None, THURSDAY),    ("Trump said he had a very good conversation with Putin.", "talks", [US, RU], None, None, ANY),
    # "his meeting": the subject's, not the other side of the war by default
    ("Witkoff will brief Trump after his meeting with Putin on Thursday.", "talks", [US, RU], None, "leaders meeting", ANY),
]

PROPOSALS = [
    # "a two- to three-day ceasefire": a hyphen before a space is no dash between clauses
    ("Medinsky said Russia had proposed a two- to three-day ceasefire in certain areas of the front.",
     "proposal", [RU, UA], None, "ceasefire", ANY),
    ("Kyiv proposed that the leaders meet in Istanbul before the end of the month.",
     "proposal", [UA, RU], "Istanbul", "leaders meeting", ANY),
    # a name right after "meeting"/"accused" is that verb's object, not the subject of the next verb
    ("Macron accused Putin of stalling and proposed a truce in the air and at sea.",
     "proposal", ["France", RU], None, "air and sea truce", ANY),
    ("Ukraine proposed an all-for-all prisoner exchange, Zelensky said on Thursday.",
     "proposal", [UA, RU], None, "prisoner exchange", THURSDAY),
    ("Turkey offered to host fresh negotiations between Russia and Ukraine at a venue in Istanbul.",
     "proposal", ["Turkey", RU, UA], "Istanbul", None, ANY),
    ("Washington has put forward a 28-point plan that would require Kyiv to cede the rest of Donbas.",
     "proposal", [US, UA], None, "territory", ANY),
    ("European countries drafted a counterproposal to the U.S. peace plan, officials said.",
     "proposal", [EUR, US], None, "peace settlement", ANY),
    ("Macron and Starmer proposed a one-month truce in the air, at sea and on energy infrastructure.",
     "proposal", ["France", "United Kingdom"], None, "air and sea truce", ANY),
    ("Zelensky called for a meeting with Putin to settle the territorial questions.",
     "proposal", [UA, RU], None, "leaders meeting", ANY),
    ("Kyiv submitted its own version of the peace plan to Washington on Thursday.",
     "proposal", [UA, US], None, "peace settlement", THURSDAY),
    ("Russia has offered a three-day ceasefire to mark Victory Day, the Kremlin said.", "proposal", [RU, UA], None, "ceasefire", ANY),
    ("China and Brazil put forward a six-point plan for a political settlement of the crisis.",
     "proposal", ["China", "Brazil"], None, "peace settlement", ANY),
    ("The Vatican has offered to mediate between Moscow and Kyiv.", "proposal", ["Vatican", RU, UA], None, None, ANY),
    ("Ukraine's request for a meeting of the leaders was passed to Moscow, Umerov said.",
     "proposal", [UA, RU], None, "leaders meeting", ANY),
    ("Trump suggested that Zelensky and Putin meet face to face.", "proposal", [US, UA, RU], None, "leaders meeting", ANY),
    ("Kyiv has asked Washington to arrange a meeting between Zelensky and Trump.",
     "proposal", [UA, US], None, "leaders meeting", ANY),
    ("Qatar tabled a plan to return deported Ukrainian children.", "proposal", ["Qatar", UA], None, None, ANY),
    ("Ukraine has handed the United States its counterproposals on the 28-point plan.", "proposal", [UA, US], None, None, ANY),
    ("The OSCE offered to monitor a ceasefire along the line of contact.", "proposal", ["OSCE"], None, "ceasefire", ANY),
    ("The Saudi crown prince offered to host a summit between Trump and Putin in Riyadh.",
     "proposal", ["Saudi Arabia", US, RU], "Riyadh", "leaders meeting", ANY),
    ("Brazil and China called for a peace conference recognised by both Russia and Ukraine.",
     "proposal", ["Brazil", "China", RU, UA], None, "peace settlement", ANY),
    ("Ukrainian officials said they had sent their amendments to the U.S. side.", "proposal", [UA, US], None, None, ANY),
    ("Zelensky proposed a mutual halt to strikes on energy infrastructure and ports.",
     "proposal", [UA, RU], None, "civilian infrastructure", ANY),
    ("Erdogan offered Istanbul as a venue for the next round.", "proposal", ["Turkey"], "Istanbul", None, ANY),
    ("Finland's Stubb floated the idea of a ceasefire along the current front line.", "proposal", ["Finland"], None, "ceasefire", ANY),
]

READINESS = [
    ("Russia is interested in a settlement, Lavrov said.", "readiness", [RU, UA], None, "peace settlement", ANY),
    ("Putin said he had nothing against a meeting with Zelensky.", "readiness", [RU, UA], None, "leaders meeting", ANY),
    ("Kyiv said it had no objection to a meeting of the leaders in Istanbul.",
     "readiness", [UA, RU], "Istanbul", "leaders meeting", ANY),
    # a rejection denied is no rejection
    ("Peskov denied that Putin had rejected the U.S. plan.", "readiness", [RU, US], None, None, ANY),
    ("Kyiv denied claims that Ukraine was refusing to negotiate.", "readiness", [UA, RU], None, None, ANY),
    ("Sybiha said Ukraine was prepared to work with the incoming U.S. administration on a plan for a just and lasting peace.",
     "readiness", [UA, US], None, "peace settlement", ANY),
    ("The Kremlin said it was open to talks with Washington on the plan.", "readiness", [RU, US], None, None, ANY),
    ("Putin has not ruled out meeting Zelensky, Peskov said.", "readiness", [RU, UA], None, "leaders meeting", ANY),
    ("Zelensky said he was ready to meet Putin in any format.", "readiness", [UA, RU], None, "leaders meeting", ANY),
    ("Moscow welcomed Trump's idea of a summit in Budapest, Lavrov said.", "readiness", [RU, US], "Budapest", "leaders meeting", ANY),
    ("Kyiv remains open to a prisoner exchange, the coordination headquarters said.",
     "readiness", [UA, RU], None, "prisoner exchange", ANY),
    ("India stands ready to contribute to a peaceful resolution, Modi told Putin.",
     "readiness", ["India", RU], None, "peace settlement", ANY),
    ("Putin said the draft could form the basis of a final settlement.", "readiness", [RU, UA], None, "peace settlement", ANY),
    ("Zelensky said Ukraine would work with the U.S. plan.", "readiness", [UA, US], None, None, ANY),
    ("Saudi Arabia said it was willing to host further talks.", "readiness", ["Saudi Arabia"], None, None, ANY),
    ("The Kremlin said Russia was still committed to a negotiated settlement.", "readiness", [RU, UA], None, "peace settlement", ANY),
    # The side whose plan is answered is the counterpart, not the other side of the war by default.
    ("The Kremlin said it had not yet received the U.S. plan but was ready to discuss it.", "readiness", [RU, US], None, None, ANY),
    ("Moscow is not against a meeting between Putin and Zelensky, but only at the final stage, Ushakov said.",
     "readiness", [RU, UA], None, "leaders meeting", ANY),
    ("Hungary's Orban said he was ready to host a summit between Trump and Putin in Budapest.",
     "readiness", ["Hungary", US, RU], "Budapest", "leaders meeting", ANY),
    ("China is ready to play a constructive role in promoting peace talks, Wang Yi told Sybiha.",
     "readiness", ["China", UA], None, "peace settlement", ANY),
    ("Zelensky said he was ready to sit down with Putin.", "readiness", [UA, RU], None, None, ANY),
    ("MOSCOW, November 21. /TASS/. Russia is ready to resume negotiations with Ukraine in Istanbul, Kremlin Spokesman "
     "Dmitry Peskov told reporters.", "readiness", [RU, UA], "Istanbul", None, ANY),
    ("The Russian side has not ruled out a new round of talks in Istanbul, Peskov said.", "readiness", [RU, UA], "Istanbul", None, ANY),
    ("Kyiv welcomed the idea of an energy ceasefire, Sybiha wrote on X.", "readiness", [UA, RU], None, "civilian infrastructure", ANY),
    ("Turkey is ready to host direct talks between Russia and Ukraine, Fidan said.", "readiness", ["Turkey", RU, UA], None, None, ANY),
]

CONSIDERATION = [
    ("The Kremlin said it would study the proposals once it received them.",
     "consideration", [RU, UA], None, "peace settlement", ANY),
    ("Moscow is looking at the American plan carefully, Ushakov said.", "consideration", [RU, US], None, "peace settlement", ANY),
    ("Kyiv is reviewing the draft with its European partners, Zelensky's office said.",
     "consideration", [UA, EUR], None, "peace settlement", ANY),
    ("Peskov said Russia would examine the European counterproposal.", "consideration", [RU, EUR], None, "peace settlement", ANY),
    # The day of the saying is behind the report, though the act looks ahead ("will study").
    ("Russia will study the U.S. proposals, Lavrov said on Thursday.", "consideration", [RU, US], None, "peace settlement", THURSDAY),
    ("Moscow is considering Washington's proposal for a 30-day truce.", "consideration", [RU, US], None, "ceasefire", ANY),
]

REJECTIONS = [
    ("Zelensky said Ukraine would not withdraw from Donbas.", "rejection", [UA, RU], None, "territory", ANY),
    ("Macron warned against a ceasefire that would amount to Ukraine's capitulation.",
     "rejection", ["France", UA], None, "ceasefire", ANY),
    ("Putin said he saw little point in a meeting with Zelensky.", "rejection", [RU, UA], None, "leaders meeting", ANY),
    ("Putin said he did not see much point in talks with the current Ukrainian leadership.", "rejection", [RU, UA], None, None, ANY),
    # "Putin's proposal to meet in Moscow": what is rejected, not a meeting of its own
    ("Sybiha called Putin's proposal to meet in Moscow unacceptable.", "rejection", [UA, RU], None, None, ANY),
    ("Peskov said Russia would not take part in a peace conference where its position was ignored.",
     "rejection", [RU, UA], None, "peace settlement", ANY),
    ("European leaders rejected a provision that would cap the size of Ukraine's army.", "rejection", [EUR, UA], None, None, ANY),
    ("Zelensky ruled out ceding any territory to Russia.", "rejection", [UA, RU], None, "territory", ANY),
    ("The Kremlin dismissed the European plan as unworkable.", "rejection", [RU, EUR], None, None, ANY),
    ("Moscow turned down a 30-day ceasefire proposed by Washington and Kyiv.", "rejection", [RU, US, UA], None, "ceasefire", ANY),
    ("Russia will not accept the deployment of European troops in Ukraine, Lavrov said.",
     "rejection", [RU, EUR, UA], None, None, ANY),
    ("Ukraine said no to the demand to withdraw from Donetsk.", "rejection", [UA, RU], None, "territory", ANY),
    ("Kyiv called the Russian demands a non-starter.", "rejection", [UA, RU], None, None, ANY),
    # A specific topic in the condition wins over the generic one refused (the seeds' convention).
    ("Putin rejected any ceasefire before Ukraine withdraws from the four regions.", "rejection", [RU, UA], None, "territory", ANY),
    ("Lavrov told reporters that Moscow would not agree to any ceasefire that allowed Kyiv to rearm.",
     "rejection", [RU, UA], None, "ceasefire", ANY),
    ("The Kremlin said a summit between Putin and Trump was not on the agenda.", "rejection", [RU, US], None, "leaders meeting", ANY),
    ("Russia's foreign ministry said Moscow rejected any deployment of European peacekeepers.", "rejection", [RU, EUR], None, None, ANY),
    ("Ukraine will not recognise Russian sovereignty over occupied territories, Sybiha said.",
     "rejection", [UA, RU], None, "territory", ANY),
    ("Ukraine's parliament speaker said Kyiv would never agree to cede land.", "rejection", [UA, RU], None, "territory", ANY),
    ("The Kremlin said there was no need for a ceasefire.", "rejection", [RU, UA], None, "ceasefire", ANY),
    ("Peskov said Putin and Trump had no plans to meet in the near future.", "rejection", [RU, US], None, None, ANY),
]

DEMANDS = [
    # an end to the war called for; a resolution's drafter is not its author
    ("The UN Security Council adopted a U.S.-drafted resolution calling for a swift end to the war.",
     "demand", ["United Nations", US], None, "peace settlement", ANY),
    # "urged dialogue": the thing urged as a noun; "told Putin" makes Putin the one told
    ("Modi told Putin that the time had come to stop and urged dialogue.", "demand", ["India", RU], None, None, ANY),
    ("Moscow insists that Kyiv pull its forces out of the rest of Donetsk.", "demand", [RU, UA], None, "territory", ANY),
    # a venue set as a condition
    ("Peskov said a meeting between the two presidents was possible only in Moscow.",
     "demand", [RU, UA], "Moscow", "leaders meeting", ANY),
    ("Zelensky said Russia must stop its strikes on energy infrastructure before any talks.",
     "demand", [UA, RU], None, "civilian infrastructure", ANY),
    # "insists that Kyiv recognise": the demand in the subjunctive, no modal
    ("Moscow insists that Kyiv recognise Crimea and four other regions as Russian.", "demand", [RU, UA], None, "territory", ANY),
    ("Zelensky insists that Russia halt its strikes on energy facilities first.",
     "demand", [UA, RU], None, "civilian infrastructure", ANY),
    ("The White House said Trump wanted a permanent ceasefire.", "demand", [US], None, "ceasefire", ANY),
    ("Russia demanded that Ukraine withdraw its troops from the Donetsk region.", "demand", [RU, UA], None, "territory", ANY),
    ("Lavrov insisted that any settlement must recognise the new territorial realities.",
     "demand", [RU, UA], None, "territory", ANY),
    ("Kyiv said talks could start only if Moscow agreed to an unconditional ceasefire.", "demand", [UA, RU], None, "ceasefire", ANY),
    ("Moscow's conditions include Ukraine abandoning its bid to join NATO.", "demand", [RU, UA, "NATO"], None, None, ANY),
    ("Zelensky urged Russia to agree to a full ceasefire.", "demand", [UA, RU], None, "ceasefire", ANY),
    ("UN Secretary-General Antonio Guterres called for an immediate ceasefire in Ukraine.",
     "demand", ["United Nations", UA], None, "ceasefire", ANY),
    ("Moscow is demanding that Kyiv give up the parts of Donetsk it still holds.", "demand", [RU, UA], None, "territory", ANY),
    ("European leaders have insisted on a seat at the table.", "demand", [EUR], None, None, ANY),
    ("Russia set out its conditions for a ceasefire: Kyiv must withdraw from four regions and drop its NATO bid.",
     "demand", [RU, UA, "NATO"], None, "territory", ANY),
]

TRUCES = [
    ("Putin declared a 30-hour Easter truce on Thursday.", "truce", [RU], None, "ceasefire", THURSDAY),
    ("Russia announced a three-day ceasefire for the Victory Day holidays.", "truce", [RU], None, "ceasefire", ANY),
    ("Putin ordered the military to halt strikes on energy facilities for 30 days.",
     "truce", [RU], None, "civilian infrastructure", ANY),
    ("Zelensky announced a pause in strikes on Russian energy facilities.", "truce", [UA, RU], None, "civilian infrastructure", ANY),
    ("Putin ordered a ceasefire over the Easter holiday from 6 p.m. Moscow time on Saturday.", "truce", [RU], None, "ceasefire",
     "2025-11-15"),
    ("Russia and Ukraine agreed to a 30-day moratorium on strikes on energy facilities during talks brokered by Washington.",
     "truce", [RU, UA, US], None, "civilian infrastructure", ANY),
    # an order to the troops, whoever's troops they are
    ("Putin ordered his troops to stop all military activity for 30 hours over Easter.", "truce", [RU], None, "ceasefire", ANY),
    ("Putin ordered the Russian army to cease fire along the front from 18:00 on Saturday.",
     "truce", [RU], None, "ceasefire", "2025-11-15"),
    ("Kyiv and Moscow agreed to a partial ceasefire covering energy facilities.",
     "truce", [UA, RU], None, "civilian infrastructure", ANY),
    ("Russia called a unilateral ceasefire for Orthodox Christmas.", "truce", [RU], None, "ceasefire", ANY),
    # a truce pledged: "would observe a moratorium"
    ("Moscow said it would observe a moratorium on strikes on energy facilities for 30 days.",
     "truce", [RU], None, "civilian infrastructure", ANY),
    ("Kyiv vowed to honour a 30-day ceasefire proposed by Washington.", "truce", [UA, US], None, "ceasefire", ANY),
]

# A prisoner exchange agreed between the sides is agreed in talks (guideline §2); one carried out is not an act.
EXCHANGES = [
    ("Russia and Ukraine agreed to swap 1,000 prisoners each at the talks in Istanbul.",
     "talks", [RU, UA], "Istanbul", "prisoner exchange", ANY),
    ("Kyiv and Moscow agreed on Sunday to exchange 84 prisoners of war each, in a deal brokered by the UAE.",
     "talks", [UA, RU, "United Arab Emirates"], None, "prisoner exchange", LAST_SUNDAY),
    ("Ukraine and Russia agreed a fresh prisoner swap during talks in Istanbul on Wednesday.",
     "talks", [UA, RU], "Istanbul", "prisoner exchange", "2025-11-19"),
    ("Ukraine said it had agreed with Russia to exchange 300 captives.", "talks", [UA, RU], None, "prisoner exchange", ANY),
    # an exchange brokered by a mediator
    ("The UAE brokered a new exchange of prisoners between Russia and Ukraine on Thursday.",
     "talks", ["United Arab Emirates", RU, UA], None, "prisoner exchange", THURSDAY),
    ("Qatar mediated the release of 40 prisoners of war held by Russia.", "talks", ["Qatar", RU], None, "prisoner exchange", ANY),
]

# A host is a party, first when it is the subject: the city that hosts stands for its state
# (gold: talks "hosted by Saudi Arabia" list Saudi Arabia first); the city is the venue.
HOSTS = [
    ("Abu Dhabi will host a new round of talks between Russia and Ukraine on Sunday.",
     "talks", ["United Arab Emirates", RU, UA], "Abu Dhabi", None, SUNDAY),
    ("Riyadh played host to the talks between the Russian and American delegations on Thursday.",
     "talks", ["Saudi Arabia", RU, US], "Riyadh", None, THURSDAY),
    ("On Thursday Turkey hosted the Russian and Ukrainian delegations at a palace in Istanbul.",
     "talks", ["Turkey", RU, UA], "Istanbul", None, THURSDAY),
    ("Geneva has offered to host the next round of talks between Russia and Ukraine.",
     "proposal", ["Switzerland", RU, UA], "Geneva", None, None),
]

# Talks scheduled are logged like talks held (guideline §2); the date is the day they are to be
# held when a day is named (gold: the Alaska summit announced on the 9th is dated the 15th), and
# null for "next week".
SCHEDULED = [
    ("Ukrainian and American negotiators will meet in Florida on Sunday, Umerov said.",
     "talks", [UA, US], "Florida", None, SUNDAY),
    ("The Russian and Ukrainian delegations will meet next week, the Kremlin said.",
     "talks", [RU, UA], None, None, None),
    ("The Russian and Ukrainian delegations are due to meet in Istanbul on Monday.",
     "talks", [RU, UA], "Istanbul", None, NEXT_MONDAY),
    ("Talks between Russian and American officials are scheduled for Monday in Riyadh.",
     "talks", [RU, US], "Riyadh", None, NEXT_MONDAY),
    ("The delegations of Russia and Ukraine met on Thursday for a second round.",
     "talks", [RU, UA], None, None, THURSDAY),
]

# A call reported with "called"/"telephoned" and the one called right after the verb.
CALLS = [
    ("Putin called Trump on Thursday, the Kremlin said.", "talks", [RU, US], None, None, THURSDAY),
    ("Erdogan telephoned Zelensky on Sunday, the Turkish presidency said.", "talks", ["Turkey", UA], None, None,
     LAST_SUNDAY),
]

# Three parties named before the place: the venue is still the talks'.
TRILATERAL = [
    ("The second round of trilateral negotiations between Ukraine, the United States and Russia began in Abu Dhabi "
     "on Thursday.", "talks", [UA, US, RU], "Abu Dhabi", None, THURSDAY),
    ("The trilateral talks involving Ukraine, Russia and the United States concluded in Abu Dhabi on Saturday.",
     "talks", [UA, RU, US], "Abu Dhabi", None, "2025-11-15"),
]

CASES = CALLS + TRILATERAL + TALKS + PROPOSALS + READINESS + CONSIDERATION + REJECTIONS + DEMANDS + TRUCES + EXCHANGES + HOSTS + SCHEDULED


@pytest.mark.parametrize("text,kind,parties,venue,topic,day", CASES, ids=[c[0][:60] for c in CASES])
def test_wire_phrasings(text, kind, parties, venue, topic, day):
    _check(text, kind, parties, venue, topic, day)


NON_EVENTS = [
    "No direct talks have taken place between Kyiv and Moscow since early 2022.",
    "If Russia agreed to a ceasefire, sanctions could be eased, the minister said.",
    "Shakhtar Donetsk will hold talks with the club's sponsors next week.",
    "Ukraine and Poland held talks in Warsaw on grain transit and trade.",
    "Defence ministers met in Brussels on Thursday to discuss air defence supplies for Ukraine.",
    "Zelensky met Merz in Berlin on Thursday to discuss a new package of military aid.",
    "Gazprom rejected Naftogaz's proposal to extend the transit contract.",
    "The football federation rejected a proposal to move the match to Lviv.",
    "Russia's central bank is considering a rate cut.",
    "The coach said he was ready for talks on a new contract.",
    "Negotiations on a trade deal between the EU and India resumed in New Delhi on Thursday.",
    "The IMF held talks with Ukrainian officials in Kyiv on a new loan programme.",
    "Energy ministers from the G7 met in Toronto to discuss oil prices.",
    "Earlier in the war, in March 2022, Ukraine proposed neutrality in exchange for security guarantees.",
    "Residents said they no longer believed in talks.",
    "Analysts doubt that a ceasefire would hold along a front line of more than 1,000 km.",
    "Belgorod governor Vyacheslav Gladkov said there was no ceasefire in the region.",
    "Ukraine's army chief said a ceasefire would not stop Russian attacks on civilians.",
    "Kuleba said Kyiv was not ready to sit down with the club's owners.",
    "Zakharova dismissed Western criticism of the strike.",
    "UNESCO said its experts would assess the damage as soon as conditions allowed.",
    "The governor urged residents to stay in shelters until the all-clear.",
    "Putin hosted the Indian prime minister for trade talks on oil supplies.",
    "It is important to talk to Putin, the minister said.",
    "Zelensky said he would speak to reporters on Monday.",
    "The Kremlin said talks with Ukraine were on pause.",
    "Peace talks have stalled since the summer, diplomats say.",
    "The EU proposed new sanctions on Russian oil exports.",
    "Residents discussed the shelling with the mayor on Thursday.",
    "Russian forces launched 120 drones overnight, the Ukrainian air force said, adding that 95 were shot down.",
    "The governor said the talks with the energy company on restoring power would continue on Monday.",
    "Zelensky met wounded soldiers in a hospital in Kharkiv on Thursday.",
    "The mayor proposed a new curfew for the city.",
    "Ukraine's energy minister said the country was ready for a hard winter.",
    "Residents rejected claims that the building housed soldiers.",
    "Russia's defence ministry said its forces were ready to repel any attack.",
    "A ceasefire could freeze the conflict, some analysts warn.",
    "The governor called on residents to evacuate.",
    "The two sides exchanged 390 prisoners on Friday.",
    "Zelensky accused Moscow of failing to observe the Easter truce.",
    "Peskov denied that the strike had hit a hospital.",
    "Peskov insisted that the strike had targeted military facilities.",
    "The governor said residents must stop using the bridge.",
    "Fans travelled to Istanbul for the final.",
    "Zelensky warned against complacency in air defence.",
    "Investors were interested in the new bonds.",
    "Peskov declined to say when Putin and Trump would next speak by phone.",
    "Zelensky called the Easter truce a PR stunt.",
    "It is a signal to Moscow that it should be interested in a truce in the air, an analyst said.",
    # a meeting wished for is not a meeting held
    "Yermak said the next step could be a summit of the leaders.",
    "Sybiha said the logical next stage would be a meeting between Zelensky and Putin.",
    # domestic politics uses the same verbs
    "German coalition talks resumed in Berlin on Monday.",
    "The Ukrainian parliament rejected the government's proposal to raise taxes.",
    "Hungary blocked the EU's proposal to open accession talks with Ukraine.",
    # states' own dealings (minerals, arms, alliances) are not steps toward ending the war
    "Ukraine and the United States signed a minerals agreement in Washington on Wednesday.",
    "Russia and Belarus held joint talks on military cooperation in Minsk.",
    "Zelensky and Macron held talks in Paris on Monday on military cooperation and air defence.",
    "Ukraine and Britain signed a 100-year partnership agreement in Kyiv.",
    "Germany and Ukraine signed an agreement on joint drone production in Berlin.",
    "The company agreed to release its quarterly results on Monday.",
    # a city hosting something else, and teams or delegates meeting about something else
    "Baku will host the climate talks next year.",
    "Paris will host the fashion week in March.",
    "The two teams will meet again in the cup final next week.",
    "The negotiators met reporters after the session.",
    "The delegations met for lunch before the match, the club said.",
    "Talks involving Ukraine's creditors resumed in London on Monday.",
    # "called" that names or summons, not a call
    "Zelensky called Putin a terrorist.",
    "Trump called Putin's offer a good start.",
    "The governor called residents to the shelters.",
]


@pytest.mark.parametrize("text", NON_EVENTS, ids=[t[:60] for t in NON_EVENTS])
def test_non_events(text):
    assert [(n.kind, n.rule) for n in _found(text)] == []


def _kinds(text: str) -> list[tuple[str, list[str], str | None, str | None]]:
    return [(n.kind, n.parties, n.venue, n.date) for n in _found(text)]


@pytest.mark.parametrize("follow_up", [
    "The talks lasted less than two hours, a Ukrainian source said.",
    "Thursday's meeting in Istanbul lasted less than two hours, a Ukrainian source told AFP.",
    "Talks lasted less than two hours, according to a Ukrainian source.",
    "Medinsky said the negotiations ended after less than two hours.",
])
def test_how_long_the_talks_lasted_is_the_same_talks(follow_up):
    lead = "Russian and Ukrainian delegations sat down in Istanbul on Thursday for their first direct talks in weeks."
    assert _kinds(f"{lead} {follow_up}") == [("talks", [RU, UA], "Istanbul", THURSDAY)]


def test_the_speaker_on_a_meeting_adds_no_counterpart():
    text = "Witkoff met Putin at the Kremlin on Thursday. The meeting lasted nearly five hours, Ushakov said."
    assert _kinds(text) == [("talks", [US, RU], "Moscow", THURSDAY)]


def test_one_stance_in_two_clauses_is_one_demand():
    got = _found("Peskov said Moscow wanted a settlement, but only one that reflected the new realities on the ground.")
    assert [(n.kind, n.parties[0], n.topic) for n in got] == [("demand", RU, "territory")]


def test_a_condition_after_readiness_is_the_speakers_demand():
    got = _found("Putin said Russia was open to talks but Ukraine must first withdraw from four regions.")
    assert [(n.kind, n.parties[:2], n.topic) for n in got] == [("readiness", [RU, UA], None), ("demand", [RU, UA], "territory")]


# "The two sides met ...": talks whose clause names nobody are between the sides the report has just
# named, not Russia and Ukraine by default (U.S.-Ukrainian rounds, European consultations).
@pytest.mark.parametrize("text, sides, venue", [
    ("Washington and Kyiv have agreed to keep working on the framework. The two sides met in Miami on Sunday.",
     [US, UA], "Miami"),
    ("Ukrainian and European officials held consultations in Berlin on Monday. "
     "The delegations are to meet again in Paris next week.", [UA, EUR], "Paris"),
    ("Zelensky thanked Trump for his efforts. The teams met in Miami on Sunday for six hours.", [UA, US], "Miami"),
    ("Kyiv and Washington agreed to refine the framework, and the delegations will meet again in Geneva on Sunday.",
     [UA, US], "Geneva"),
    # nobody named anywhere near: the two sides of the war
    ("The delegations met in Istanbul on Monday for two hours.", [RU, UA], "Istanbul"),
    ("Shelling continued overnight. The sides met in Istanbul on Wednesday.", [RU, UA], "Istanbul"),
    # "trilateral" names the three-way format of the U.S.-brokered rounds
    ("The next round of trilateral talks is scheduled for Sunday in Abu Dhabi.", [RU, UA, US], "Abu Dhabi"),
])
def test_unnamed_sides_of_talks_are_those_just_named(text, sides, venue):
    talks = [n for n in _found(text) if n.kind == "talks" and n.venue == venue]
    assert [n.parties for n in talks] == [sides], [(n.kind, n.parties, n.venue) for n in _found(text)]


# "The Kremlin said it would study the proposal": the answer is to whoever made the offer the report has
# just told of (an American plan, a European text), not to the other side of the war by default.
@pytest.mark.parametrize("text, kind, parties", [
    ("Zelensky said on Wednesday that Ukraine accepted the U.S. proposal for an immediate 30-day ceasefire. "
     "The Kremlin said it would study the proposal carefully.", "consideration", [RU, US]),
    ("Washington has put forward a 28-point plan to end the war. Kyiv said it would study the document.",
     "consideration", [UA, US]),
    ("Trump said a deal could involve some swapping of land. Zelensky rejected the idea.", "rejection", [UA, US]),
    # the offer was the other side's: as before
    ("Russia proposed a new round of talks in Istanbul. Ukraine said it would consider the offer.",
     "consideration", [UA, RU]),
    ("Ukraine proposed a 30-day ceasefire on Monday. The Kremlin rejected the proposal.", "rejection", [RU, UA]),
])
def test_an_answer_is_to_the_author_of_the_offer(text, kind, parties):
    got = [n.parties for n in _found(text) if n.kind == kind]
    assert got == [parties], [(n.kind, n.parties) for n in _found(text)]


# "We"/"I" inside a quotation is the person it is attributed to, however the attribution is laid out.
@pytest.mark.parametrize("text, kind, parties", [
    ('"We are ready to meet with the Russians in any format," Umerov told reporters.', "readiness", [UA, RU]),
    ('Umerov said: "We are ready to meet with the Russians in any format."', "readiness", [UA, RU]),
    ('"I am ready to meet Zelensky," Putin said.', "readiness", [RU, UA]),
])
def test_we_in_a_quote_is_its_speaker(text, kind, parties):
    assert [(n.kind, n.parties) for n in _found(text)] == [(kind, parties)]


def test_a_demand_quoted_before_its_speaker_is_the_speakers():
    got = _found('"We are ready for a ceasefire, but Russia must stop its strikes on energy facilities first," Zelensky said.')
    assert [(n.kind, n.parties[:2]) for n in got] == [("readiness", [UA, RU]), ("demand", [UA, RU])]


def test_a_name_after_meeting_is_no_subject():
    got = _found("Zelensky flatly rejected the idea of meeting Putin in Moscow and invited him to Kyiv instead.")
    assert [(n.kind, n.parties[0], n.venue) for n in got] == [("rejection", UA, "Moscow"), ("proposal", UA, "Kyiv")]


def test_alternatives_to_a_plan_answer_its_author():
    text = ("American and Ukrainian negotiators will meet in Geneva on Sunday to discuss a Washington-drafted framework "
            "for ending the war. Kyiv said it would put forward amendments to the framework.")
    got = [(n.kind, n.parties, n.topic) for n in _found(text) if n.kind == "proposal"]
    assert got == [("proposal", [UA, US], "peace settlement")]


def test_a_bare_verb_after_but_shares_the_subject():
    got = _found("Sybiha said Kyiv was ready to work with the new U.S. team on a peace plan but warned against any deal "
                 "that rewarded aggression.")
    assert [(n.kind, n.parties[:2]) for n in got] == [("readiness", [UA, US]), ("rejection", [UA, RU])]


def test_an_exchange_agreed_at_the_talks_is_those_talks():
    text = ("Russian, Ukrainian and American negotiators ended two days of talks in Abu Dhabi on Saturday without a deal "
            "on territory, but agreed to exchange 157 prisoners of war each.")
    got = [(n.kind, set(n.parties), n.venue, n.topic, n.date) for n in _found(text)]
    assert got == [("talks", {RU, UA, US}, "Abu Dhabi", "prisoner exchange", "2025-11-15")]


def test_the_host_country_is_the_state_of_the_venue_named_before():
    text = ("Russian and Ukrainian delegations met at a palace in Istanbul on Thursday. "
            "The host country said it was ready to hold further rounds.")
    assert ("readiness", ["Turkey"]) in [(n.kind, n.parties[:1]) for n in _found(text)]


def test_a_host_with_no_venue_before_it_is_nobody():
    assert [n.parties for n in _found("The host country said it was ready to hold further rounds.")] in ([], [[]])
