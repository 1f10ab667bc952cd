"""Generalisation of extraction: wording unlike the evaluation sets still gives its claims.

An independent development set, written without looking at either evaluation set: each
sentence is invented (the republic of Karvenia, its towns, people and bodies) in the
styles of wire copy, NGO and UN statements, government press releases and testimony,
and phrased with the synonyms real reporting uses. Each case names the set of
(kind, type) pairs a monitor must see; sentences that assert nothing give no claim.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factfinder.extract import analyze

PUBLISHED = dt.date(2025, 3, 14)
E = "event"
S = "statement"

CASES: list[tuple[str, set[tuple[str, str]]]] = [
    # detention
    (
        "Plainclothes officers apprehended the union leader at Lusk railway station.",
        {(E, "detention")},
    ),
    ("Militiamen seized four aid workers at a checkpoint near Ardova.", {(E, "detention")}),
    ("The blogger was picked up by police outside his flat on Tuesday.", {(E, "detention")}),
    ("Guards locked up the two brothers for refusing to sign confessions.", {(E, "detention")}),
    (
        "The poet has been jailed since 2021 on charges of insulting the president.",
        {(E, "detention")},
    ),
    (
        "Dozens of student activists were incarcerated in the Velsk penal colony.",
        {(E, "detention")},
    ),
    ("The men were kept in cells beneath the governor's office for nine days.", {(E, "detention")}),
    ("Tomas Ardel has been held without charge for more than a year.", {(E, "detention")}),
    ("A court in Brenna remanded the journalist in custody for two months.", {(E, "detention")}),
    (
        "She was placed in pre-trial detention pending an investigation into extremism.",
        {(E, "detention")},
    ),
    ("Hundreds of ethnic Tarvs were interned in camps in the north.", {(E, "detention")}),
    ("The detainees are confined to a single overcrowded room.", {(E, "detention")}),
    (
        "Border guards detained a family of six as they tried to cross into Lomia.",
        {(E, "detention")},
    ),
    (
        "More than 300 demonstrators were rounded up in the capital, the group said.",
        {(E, "detention")},
    ),
    ("Police arrested Nadia Kresh, a lawyer, during a dawn raid on her home.", {(E, "detention")}),
    (
        "The opposition leader was sentenced to twelve years in a maximum-security prison.",
        {(E, "detention")},
    ),
    ("Security forces took at least 40 men into custody in Orlek.", {(E, "detention")}),
    ("The activist is being held at an undisclosed military base.", {(E, "detention")}),
    ("Five reporters have been behind bars since the election.", {(E, "detention")}),
    ("Her son was arrested and charged with spreading false news.", {(E, "detention")}),
    # torture and ill-treatment
    ("Detainees said interrogators tormented them for days.", {(E, "torture")}),
    (
        "Prison staff routinely mistreated inmates at the Dorv facility, former prisoners"
        " told the mission.",
        {(E, "torture")},
    ),
    ("Witnesses said soldiers brutalised the villagers with rifle butts.", {(E, "torture")}),
    ("He said he was waterboarded during questioning.", {(E, "torture")}),
    ("Guards suffocated detainees with plastic bags, according to the report.", {(E, "torture")}),
    ("The teenager was burned with cigarettes while in police custody.", {(E, "torture")}),
    ("Several women described sexual abuse by guards at the camp.", {(E, "torture")}),
    ("Prisoners were forced to stand for hours in freezing water.", {(E, "torture")}),
    ("Officers beat the protesters with batons and iron bars.", {(E, "torture")}),
    ("The men were subjected to electric shocks and mock executions.", {(E, "torture")}),
    ("He was kicked and punched until he lost consciousness, his brother said.", {(E, "torture")}),
    ("Former detainees reported being hung from the ceiling by their wrists.", {(E, "torture")}),
    ("Interrogators tortured the student to extract a confession.", {(E, "torture")}),
    (
        "The monitors documented widespread ill-treatment of detainees in Sarn prison.",
        {(E, "torture")},
    ),
    ("She was raped by two soldiers at the checkpoint.", {(E, "torture")}),
    # killing
    ("Gunmen executed seven farmers in the village of Tesh.", {(E, "killing")}),
    ("The journalist was murdered outside his home in Velsk.", {(E, "killing")}),
    ("Two human rights defenders were slain in the province last month.", {(E, "killing")}),
    ("Police gunned down a 17-year-old protester in Ardova.", {(E, "killing")}),
    ("The farmer was beaten to death by members of a local militia.", {(E, "killing")}),
    ("A mob lynched two men accused of witchcraft.", {(E, "killing")}),
    ("The activist died after three weeks in police custody.", {(E, "killing")}),
    ("The body of the missing lawyer was found dead in a ravine outside Lusk.", {(E, "killing")}),
    ("The UN mission documented 14 extrajudicial executions in the region.", {(E, "killing")}),
    ("Security forces shot dead at least nine demonstrators on Friday.", {(E, "killing")}),
    ("Soldiers killed three civilians during the raid, residents said.", {(E, "killing")}),
    (
        "The bodies of four men bearing signs of torture were dumped near the river.",
        {(E, "killing")},
    ),
    ("A prisoner died in custody at Velsk prison on Sunday.", {(E, "killing")}),
    # enforced disappearance
    (
        "The student vanished after being stopped at a police checkpoint.",
        {(E, "enforced_disappearance")},
    ),
    (
        "His brother went missing in October and has not been seen since.",
        {(E, "enforced_disappearance")},
    ),
    (
        "The men were taken away by masked men and have not been heard from since.",
        {(E, "enforced_disappearance")},
    ),
    (
        "Her family cannot locate her, and the authorities deny holding her.",
        {(E, "enforced_disappearance"), (S, "deny")},
    ),
    (
        "The activist is believed to be held in secret by the intelligence service.",
        {(E, "enforced_disappearance")},
    ),
    (
        "Armed men abducted the human rights defender from his car in Brenna.",
        {(E, "enforced_disappearance")},
    ),
    ("The whereabouts of the three journalists remain unknown.", {(E, "enforced_disappearance")}),
    (
        "Unidentified men in uniform forcibly disappeared the lawyer last week.",
        {(E, "enforced_disappearance")},
    ),
    (
        "The blogger was kidnapped by unknown assailants on his way to work.",
        {(E, "enforced_disappearance")},
    ),
    # death threats and threats
    ("Police officers menaced the witness and his family.", {(E, "death_threat")}),
    (
        "The official warned the journalist of consequences if she kept reporting.",
        {(E, "death_threat")},
    ),
    ("Militia members intimidated the villagers with guns.", {(E, "harassment")}),
    ("The lawyer was threatened with death after taking the case.", {(E, "death_threat")}),
    ("A local commander vowed to kill anyone who testified.", {(E, "death_threat")}),
    ("She received death threats after publishing the investigation.", {(E, "death_threat")}),
    ("Callers threatened to kill the editor's children.", {(E, "death_threat")}),
    # forced displacement
    ("Thousands of families fled the fighting in the Orlek valley.", {(E, "forced_displacement")}),
    ("The journalist escaped abroad after repeated threats.", {(E, "forced_displacement")}),
    ("Fearing arrest, the activist sought asylum in Lomia.", {(E, "forced_displacement")}),
    ("The witness went into hiding after the trial.", {(E, "forced_displacement")}),
    ("Residents were driven from their homes by armed settlers.", {(E, "forced_displacement")}),
    ("The writer was exiled to a remote island.", {(E, "forced_displacement")}),
    (
        "Hundreds of Roma families were evicted from the settlement in Dravo.",
        {(E, "forced_displacement")},
    ),
    ("Villagers were relocated by force to make way for the dam.", {(E, "forced_displacement")}),
    (
        "The authorities deported 200 refugees to Karvenia despite the risk of torture.",
        {(E, "forced_displacement")},
    ),
    ("He was forced to leave the country after his release.", {(E, "forced_displacement")}),
    # extortion
    ("Families said police shook them down for cash at checkpoints.", {(E, "extortion")}),
    ("Relatives had to pay a bribe to guards to see the detainees.", {(E, "extortion")}),
    (
        "Guards told his mother she would have to pay them off to secure his release.",
        {(E, "extortion")},
    ),
    ("The kidnappers demanded a ransom of $20,000.", {(E, "extortion")}),
    ("Police demanded payment for the release of the detained men.", {(E, "extortion")}),
    ("Officers extorted money from the families of detainees.", {(E, "extortion")}),
    # harassment
    ("The editor was summoned for questioning by the prosecutor's office.", {(E, "harassment")}),
    ("Security agents interrogated the activist for six hours.", {(E, "harassment")}),
    ("Plainclothes officers followed the lawyer for weeks.", {(E, "harassment")}),
    ("Her phones were tapped by the security service.", {(E, "harassment")}),
    ("The human rights defender was banned from travel abroad.", {(E, "harassment")}),
    ("The teacher was dismissed from her job after attending the vigil.", {(E, "harassment")}),
    ("The men were publicly shamed on state television.", {(E, "harassment")}),
    ("Police raided the offices of the newspaper on Monday.", {(E, "harassment")}),
    ("Authorities searched the homes of five activists.", {(E, "harassment")}),
    (
        "The organisation's bank accounts were frozen and its staff placed under surveillance.",
        {(E, "harassment")},
    ),
    # release
    ("The two journalists were freed on Thursday after 18 months in detention.", {(E, "release")}),
    ("Police let go of the students after several hours.", {(E, "release")}),
    ("The activist was discharged from custody on bail.", {(E, "release")}),
    ("The detained men were returned to their families last week.", {(E, "release")}),
    ("The blogger was acquitted and released on Monday.", {(E, "release")}),
    ("Authorities released 12 political prisoners under an amnesty.", {(E, "release")}),
    ("The lawyer was set free after three weeks.", {(E, "release")}),
    # incitement
    ("The governor called on residents to drive the Tarvs out of the city.", {(E, "incitement")}),
    ("A prominent cleric urged followers to eliminate the sect.", {(E, "incitement")}),
    # condemn
    (
        "The Foreign Ministry strongly condemned the killing of the journalist.",
        {(S, "condemn"), (E, "killing")},
    ),
    # an act named with neither victim nor perpetrator is the statement's subject, not an event
    ("Amnesty Karvenia denounced the arrests as politically motivated.", {(S, "condemn")}),
    ("Rights groups decried the crackdown on peaceful protesters.", {(S, "condemn")}),
    ("The European delegation censured the government over the executions.", {(S, "condemn")}),
    ("The UN High Commissioner deplored the use of force against demonstrators.", {(S, "condemn")}),
    (
        "We condemn in the strongest terms the detention of our colleagues.",
        {(S, "condemn"), (E, "detention")},
    ),
    # criticize
    ("The opposition criticised the government's handling of the inquiry.", {(S, "criticize")}),
    (
        "Human Rights Monitor faulted the authorities for failing to protect witnesses.",
        {(S, "criticize")},
    ),
    ("The bar association blasted the ruling as a travesty of justice.", {(S, "criticize")}),
    ("The senator accused the interior minister of covering up abuses.", {(S, "criticize")}),
    ("Activists slammed the president's silence on the disappearances.", {(S, "criticize")}),
    # concern
    (
        "The UN human rights office said it was deeply concerned by reports of torture.",
        {(S, "express_concern")},
    ),
    (
        "Lomia's foreign minister said she was alarmed by the scale of the arrests.",
        {(S, "express_concern")},
    ),
    (
        "The Council of Jurists is disturbed by the treatment of the defendants.",
        {(S, "express_concern")},
    ),
    ("Diplomats said they were troubled by the reports from Velsk.", {(S, "express_concern")}),
    ("We are worried about the safety of the witnesses, the group said.", {(S, "express_concern")}),
    (
        "The ambassador expressed grave concern about the detention of the journalists.",
        {(S, "express_concern")},
    ),
    # call for investigation
    ("The rapporteur called for a probe into the deaths.", {(S, "call_for_investigation")}),
    (
        "Human Rights Monitor urged authorities to investigate the allegations promptly.",
        {(S, "call_for_investigation")},
    ),
    ("The families demanded accountability for the killings.", {(S, "call_for_investigation")}),
    ("The committee requested access to all places of detention.", {(S, "call_for_investigation")}),
    (
        "The bar association called for an independent inquiry into the abuse allegations.",
        {(S, "call_for_investigation")},
    ),
    # demand
    (
        "The group urged the government to release all detained journalists immediately.",
        {(S, "demand")},
    ),
    ("Lomia called on Karvenia to end the persecution of religious minorities.", {(S, "demand")}),
    (
        "The delegation pressed the authorities to lift the travel ban on the activist.",
        {(S, "demand")},
    ),
    ("The minister insisted that the prisoners be given access to lawyers.", {(S, "demand")}),
    ("The families appealed for the return of their sons.", {(S, "demand")}),
    ("The union demanded the immediate release of its leader.", {(S, "demand")}),
    # deny
    ("The interior ministry denied that any protesters had been mistreated.", {(S, "deny")}),
    ("A government spokesman refuted the allegations.", {(S, "deny")}),
    ("Officials dismissed the report as propaganda.", {(S, "deny")}),
    ("The prosecutor's office rejected the claims as baseless.", {(S, "deny")}),
    ("The governor called the reports fabrications.", {(S, "deny")}),
    ("The police chief said no such detentions had taken place.", {(S, "deny")}),
    ('"There are no political prisoners in Karvenia," the minister said.', {(S, "deny")}),
    ("The army denied the accusations and said the men were armed fighters.", {(S, "deny")}),
    # no public statement
    ("The interior ministry has not commented on the arrests.", {(S, "no_public_statement")}),
    ("The police did not respond to requests for comment.", {(S, "no_public_statement")}),
    ("A spokesperson for the prison service declined to comment.", {(S, "no_public_statement")}),
    ("The president has remained silent on the killings.", {(S, "no_public_statement")}),
    ("The foreign ministry has yet to respond to the allegations.", {(S, "no_public_statement")}),
    ("Lomia's government has not spoken out about the purge.", {(S, "no_public_statement")}),
]

# Phrasings tried after the first round of widening, kept as a regression set.
CASES += [
    ("A police spokesman could not be reached for comment.", {(S, "no_public_statement")}),
    (
        "The interior ministry was not immediately available for comment.",
        {(S, "no_public_statement")},
    ),
    (
        "Karvenia's embassy in Lomia did not reply to emailed questions.",
        {(S, "no_public_statement")},
    ),
    (
        "The Ministry of Justice categorically rejects the allegations contained in the report.",
        {(S, "deny")},
    ),
    ("The government strongly rejected the UN report as biased.", {(S, "deny")}),
    ('The ministry said the allegations were "completely groundless".', {(S, "deny")}),
    (
        "The Special Rapporteur expressed alarm at the mass arrests of journalists.",
        {(S, "express_concern")},
    ),
    ("The lawyers said they feared for the safety of their client.", {(S, "express_concern")}),
    ("Rights groups lambasted the verdict.", {(S, "criticize")}),
    ("The minister reprimanded police for their conduct.", {(S, "criticize")}),
    (
        "The European Union called for the immediate and unconditional release of Ms Dorn.",
        {(S, "demand")},
    ),
    ("The activist was bludgeoned to death with a metal pipe.", {(E, "killing")}),
    ("The children were whisked away by men in plain clothes.", {(E, "enforced_disappearance")}),
    ("Entire villages were uprooted by the army.", {(E, "forced_displacement")}),
    ("The authorities have persecuted members of the sect for years.", {(E, "harassment")}),
    ("The journalist was hounded by security agents.", {(E, "harassment")}),
    ("The prisoner was paroled after serving ten years.", {(E, "release")}),
    ("They took my husband and we never saw him again.", {(E, "enforced_disappearance")}),
    (
        "He said a prison guard told him he would never leave the prison alive.",
        {(E, "death_threat")},
    ),
    ("The officers threatened to rape her if she did not confess.", {(E, "death_threat")}),
    ("The security forces carried out mass arrests in the Ardova district.", {(E, "detention")}),
    ("Police opened fire on the crowd, killing at least 12 people.", {(E, "killing")}),
    (
        "Militiamen torched homes in the village, forcing residents to flee.",
        {(E, "forced_displacement")},
    ),
    (
        "The student was expelled from university for posting criticism of the government.",
        {(E, "harassment")},
    ),
]

# Third round: wire, UN and government phrasings for responses and for acts.
CASES += [
    ('The ministry said there was "no truth" in the reports.', {(S, "deny")}),
    ("Officials called the report biased and one-sided.", {(S, "deny")}),
    ("The government said the allegations were politically motivated.", {(S, "deny")}),
    ('The police chief said the claims were "absurd".', {(S, "deny")}),
    (
        "The government has so far remained tight-lipped about the arrests.",
        {(S, "no_public_statement")},
    ),
    ("The authorities have made no comment on the case.", {(S, "no_public_statement")}),
    ("There has been no official reaction from Velsk.", {(S, "no_public_statement")}),
    (
        "Neither the army nor the police responded to requests for comment.",
        {(S, "no_public_statement")},
    ),
    ("The Council of Europe expressed dismay at the verdict.", {(S, "express_concern")}),
    ("Several governments voiced alarm about the arrests.", {(S, "express_concern")}),
    ('The UN called the killings "a grave violation of international law".', {(S, "condemn")}),
    ("They demanded 3,000 dollars to let my brother go.", {(E, "extortion")}),
    ("Police demanded 500 euros from each family for the release of the men.", {(E, "extortion")}),
    ("Authorities have barred the activist from leaving the country.", {(E, "harassment")}),
    (
        "Hundreds were forced from their homes as troops swept through the area.",
        {(E, "forced_displacement")},
    ),
    ("Detainees were deprived of sleep and food for days.", {(E, "torture")}),
    (
        "Masked gunmen abducted the priest and demanded a ransom for his release.",
        {(E, "enforced_disappearance"), (E, "extortion")},
    ),
    ("He said he saw guards beat a man to death in the yard.", {(E, "killing")}),
    ("She said officers stripped her and threatened to kill her children.", {(E, "death_threat")}),
]

# Fourth round: testimony and NGO phrasings of acts.
CASES += [
    ("She is serving a five-year sentence in a women's prison in Velsk.", {(E, "detention")}),
    ("Guards used electric batons on the prisoners.", {(E, "torture")}),
    ("Three protesters died of gunshot wounds.", {(E, "killing")}),
    ("The university expelled six students for taking part in the protest.", {(E, "harassment")}),
    ("Police stormed the newspaper's offices and seized computers.", {(E, "harassment")}),
    ("The activist was granted bail after six months in detention.", {(E, "release")}),
    ('The mayor told residents to "chase the traitors out of town".', {(E, "incitement")}),
    ("The security service put the journalist under surveillance.", {(E, "harassment")}),
    ("The prisoner died as a result of torture, his lawyer said.", {(E, "killing")}),
    ("Unknown gunmen shot and killed the journalist outside his home.", {(E, "killing")}),
    (
        "More than 10,000 people have been displaced by the military operations.",
        {(E, "forced_displacement")},
    ),
]

NON_CLAIMS = [
    "If the protests continue, police could arrest the organisers.",
    "The government plans to build three new prisons by 2027.",
    "The bill would allow authorities to detain suspects for up to 30 days.",
    "The law provides for the release of prisoners who have served half their sentence.",
    "Karvenia's national football team beat Lomia 3-1 on Saturday.",
    "Heavy rain is expected in the north of the country this weekend.",
    "Inflation rose to 9 percent in February, the central bank said.",
    "The two governments agreed to cooperate on border security.",
    "Will the authorities release the prisoners before the holiday?",
    "Subscribe to our newsletter for the latest updates.",
    "Share this article on social media.",
    "Photo: A view of the old town of Velsk.",
    "The minister will travel to Lomia next week for trade talks.",
    "Parliament approved the budget by a vote of 120 to 40.",
    "The festival attracted more than 20,000 visitors.",
    "The company said profits fell by 12 percent in the last quarter.",
    "The election is scheduled for October.",
    "Read more: Karvenia's economy in five charts.",
    "All rights reserved.",
    "The new museum opens to the public in May.",
    "Prices of bread and fuel have risen sharply.",
    "The striker was released by his club at the end of the season.",
    "The app was released last year and has two million users.",
    "The court will hear the appeal in June.",
    "Teachers in the region are demanding higher wages.",
    "Floods displaced the river in its old course, geologists said.",
    "The report will be presented to the council next month.",
    "Police said they would investigate if a complaint was filed.",
    "The ministry launched a campaign to promote tourism.",
    "A new highway links Velsk to the capital.",
    "The delegates discussed climate policy and trade.",
    "Ardova won the match after a penalty shootout.",
    "The government aims to reduce unemployment to 5 percent.",
    "Temperatures fell below freezing overnight in Lusk.",
    "The two leaders shook hands and posed for photographs.",
    "Click here to read the full statement.",
    "The minister said the country's exports grew last year.",
    "Under the proposal, detainees would be allowed weekly family visits.",
    "Officials are considering whether to release the data.",
    "The company executed the contract in March.",
    "Could the new law lead to more arrests?",
    "The rally ended peacefully in the afternoon.",
    "The museum's collection includes paintings seized from private collections in the 1950s.",
    "The team fled the stadium after the final whistle to catch their flight.",
    "The gunmen fled the scene in a white car.",
    "She told me she would never leave the house alive without her mother.",
    "Nurses are demanding better pay and shorter hours.",
    "There was no statement on the website about opening hours.",
    "The arrests were politically motivated, the group said.",
    "The union demanded 500 euros in compensation for each worker.",
    "The dog chased the cat out of the garden.",
    "The striker is serving a three-match ban.",
    "Three patients died of influenza at the clinic.",
]

AGENT_TARGET = [
    (
        "Plainclothes officers apprehended the union leader at Lusk railway station.",
        "detention",
        "Plainclothes officers",
        "the union leader",
    ),
    ("The journalist was murdered outside his home in Velsk.", "killing", None, "The journalist"),
    ("Police gunned down a 17-year-old protester in Ardova.", "killing", "Police", "protester"),
    ("A government spokesman refuted the allegations.", "deny", "A government spokesman", None),
    (
        "The interior ministry has not commented on the arrests.",
        "no_public_statement",
        "The interior ministry",
        None,
    ),
    (
        "VELSK, March 14 (Meridian Press Agency) - Police detained six students on Thursday.",
        "detention",
        "Police",
        "six students",
    ),
    (
        "SOLVAR, March 13 (Karvenia Wire) - Security forces abducted a prominent lawyer,"
        " his family said.",
        "enforced_disappearance",
        "Security forces",
        "a prominent lawyer",
    ),
]


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(c.kind, c.type) for c in analyze(text, PUBLISHED)}


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reporting_phrasing_gives_its_claims(text: str, expected: set[tuple[str, str]]) -> None:
    found = _pairs(text)
    assert expected <= found, found


@pytest.mark.parametrize("text", NON_CLAIMS)
def test_sentence_asserting_nothing_gives_no_claim(text: str) -> None:
    assert _pairs(text) == set()


@pytest.mark.parametrize(("text", "ctype", "agent", "target"), AGENT_TARGET)
def test_agent_and_target_are_as_written(
    text: str, ctype: str, agent: str | None, target: str | None
) -> None:
    claims = [c for c in analyze(text, PUBLISHED) if c.type == ctype]
    assert claims
    if agent is not None:
        assert claims[0].agent is not None and agent in claims[0].agent, claims[0].agent
        assert "Press Agency" not in claims[0].agent and "Wire" not in claims[0].agent
    if target is not None:
        assert claims[0].target is not None and target in claims[0].target, claims[0].target


def test_pronoun_speaker_is_the_official_named_with_his_title() -> None:
    text = (
        '"We are deeply concerned," said Ana Rell, the group\'s regional director.\n\n'
        "The UN Special Rapporteur on torture, Kei Vonn, said on Friday he was alarmed by"
        " reports of electric shocks in Velsk. He urged Karvenia to open an independent"
        " investigation."
    )
    calls = [c for c in analyze(text, PUBLISHED) if c.type == "call_for_investigation"]
    assert calls and calls[0].agent is not None and "Rapporteur" in calls[0].agent


def test_him_in_words_reported_by_his_relative_is_not_the_relative() -> None:
    text = "He was beaten in custody, his brother said. She said he was taken away by police."
    claims = analyze(text, PUBLISHED)
    beaten = next(c for c in claims if c.type == "torture")
    taken = next(c for c in claims if c.type == "detention")
    assert beaten.target == "He" and beaten.attributed_to == "his brother"
    assert taken.target == "he"
