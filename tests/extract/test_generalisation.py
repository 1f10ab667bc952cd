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
    # a request for access is call_for_investigation, whoever is to be let in (README rules)
    (
        "The minister insisted that the prisoners be given access to lawyers.",
        {(S, "call_for_investigation")},
    ),
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

# Phenomena found by measuring tests/eval/dev.jsonl before changing the rules: judicial
# wording, a proper name the tagger mislabels, reduced relatives, misattached "of" phrases,
# captors' threats told in testimony, requests carried in quotations, denials of harm.
CASES += [
    (
        "A court in Ardova sentenced blogger Ilja Varo to seven years in prison.",
        {(E, "detention")},
    ),
    ("A court sentenced him to seven years.", {(E, "detention")}),
    (
        "Officials have registered 1,150 people pushed back across the border near Velsk.",
        {(E, "forced_displacement")},
    ),
    ("Border guards turned back more than 300 asylum seekers.", {(E, "forced_displacement")}),
    (
        "The experts deplored the death in custody of lawyer Imre Tasso.",
        {(S, "condemn"), (E, "killing")},
    ),
    (
        "We are disturbed by the execution on Tuesday of three men.",
        {(S, "express_concern"), (E, "killing")},
    ),
    ("The reporter has received a series of death threats.", {(E, "death_threat")}),
    (
        "One of the interrogators said they would find my mother and kill her.",
        {(E, "death_threat")},
    ),
    ('"They said they would bury him next to the road," he said.', {(E, "death_threat")}),
    (
        "Police officers raided the community centre in Velsk, searching the premises.",
        {(E, "harassment")},
    ),
    (
        "I was released after my father paid 2,000 dollars to an officer.",
        {(E, "release"), (E, "extortion")},
    ),
    ("I left Karvenia because the police kept coming to our house.", {(E, "forced_displacement")}),
    ("They drove us to a place I did not know.", {(E, "enforced_disappearance")}),
    ("Prisoners were denied medical care and subjected to beatings.", {(E, "torture")}),
    ("Two protesters died after being beaten by police.", {(E, "killing"), (E, "torture")}),
    ("Witnesses saw soldiers drag men from their homes.", {(E, "detention")}),
    ("The authorities have refused to reveal his whereabouts.", {(E, "enforced_disappearance")}),
    (
        "Varnia's mission in Geneva rejected the criticism, saying the trial was fair.",
        {(S, "deny")},
    ),
    ('The council called the pushbacks "unlawful and cruel".', {(S, "condemn")}),
    (
        "An army spokesman said the operation had targeted militants and that no civilians"
        " had been harmed.",
        {(S, "deny")},
    ),
    (
        "Officials said the prisoners had been treated humanely.",
        {(S, "deny")},
    ),
    (
        '"The authorities must immediately open an independent investigation and bring those'
        " responsible to justice,\" said Lena Morrow, the group's director.",
        {(S, "call_for_investigation"), (S, "demand")},
    ),
    (
        "We urge the authorities to release all those detained and to allow independent"
        " monitors access to places of detention.",
        {(S, "demand"), (S, "call_for_investigation")},
    ),
    (
        "The ombudsman demanded that those responsible be held accountable.",
        {(S, "demand")},
    ),
    (
        "The rapporteur criticised the Government for failing to respond to her letters.",
        {(S, "criticize")},
    ),
    (
        'The foundation said it was "deeply saddened" by the death of the journalist.',
        {(S, "express_concern")},
    ),
    ('The UN called the killings "deeply disturbing".', {(S, "express_concern")}),
    ("The opposition leader hit out at the government over the killings.", {(S, "criticize")}),
    ('Amnesty International called the arrests "politically motivated".', {(S, "condemn")}),
    ("The authorities claimed the men had died of natural causes.", {(S, "deny")}),
    ("She asked the regional prosecutor to look into the case.", {(S, "call_for_investigation")}),
    (
        "The refugees were forcibly returned to Karvenia despite the risk of torture.",
        {(E, "forced_displacement")},
    ),
    ("Two men lost their lives in police custody last year.", {(E, "killing")}),
    ("The prisoners are being kept in overcrowded cells.", {(E, "detention")}),
    # title-case headlines are read in sentence case
    ("Gunmen Abduct 8 Aid Workers in Northern Karvenia", {(E, "enforced_disappearance")}),
    ("Journalist Receives Death Threats After Exposing Police Corruption", {(E, "death_threat")}),
    ("Rights Group Says Dozens Of Villagers Killed In Army Raid", {(E, "killing")}),
]
NON_CLAIMS_DEV = [
    "UN experts urged Karvenia to halt the deportation of Roven families.",
    "Governments should press the authorities to release everyone held arbitrarily.",
    "The bodies of the two men were returned to their families on Sunday.",
    "Officials said they would punish those responsible.",
    "Two men lost their lives in a car crash.",
]


@pytest.mark.parametrize("text", NON_CLAIMS_DEV)
def test_requests_and_returned_bodies_are_no_events(text: str) -> None:
    assert not [c for c in analyze(text, PUBLISHED) if c.kind == "event"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police evicted some 40 families from the district.", [(40, "families", "about")]),
        (
            "More than 200 people were injured and at least 85 were arrested.",
            [(85, "people", "at_least")],
        ),
        ("Gunmen Abduct 8 Aid Workers in Northern Karvenia", [(8, "workers", "exact")]),
    ],
)
def test_figures_belong_to_their_own_clause(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    [event] = [c for c in analyze(text, PUBLISHED) if c.kind == "event"]
    assert [(f.low, f.unit.split()[-1], f.qualifier) for f in event.counts] == expected


def test_a_sum_paid_counts_the_bribe_not_the_people_released() -> None:
    claims = analyze("I was released after my father paid 2,000 dollars to an officer.", PUBLISHED)
    release = next(c for c in claims if c.type == "release")
    extortion = next(c for c in claims if c.type == "extortion")
    assert release.counts == []
    assert extortion.agent == "an officer" and extortion.target == "my father"


def test_people_described_as_accused_are_no_ones_criticism() -> None:
    claims = analyze("The mob lynched two men accused of blasphemy.", PUBLISHED)
    assert [(c.kind, c.type) for c in claims] == [(E, "killing")]


@pytest.mark.parametrize(
    "text",
    [
        "The authorities have detained, tortured and forcibly disappeared scores of critics.",
        "The militia abducted, tortured and killed three journalists.",
    ],
)
def test_every_act_of_a_list_has_the_subject_and_the_victims(text: str) -> None:
    claims = analyze(text, PUBLISHED)
    assert len({c.type for c in claims}) == 3
    assert {c.agent for c in claims} == {text.split(" have ")[0].split(" abducted")[0]}
    assert len({c.target for c in claims}) == 1 and None not in {c.target for c in claims}


def test_headline_keeps_its_words_as_written() -> None:
    [claim] = analyze("Gunmen Abduct 8 Aid Workers in Northern Karvenia", PUBLISHED)
    assert claim.agent == "Gunmen" and claim.target == "8 Aid Workers"
    assert claim.sentence == "Gunmen Abduct 8 Aid Workers in Northern Karvenia"


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


# Wording of the six weakest types on unseen reports (harassment, release, extortion,
# enforced disappearance, silence, denial) and of criticism and calls for access, written
# for issue #4's generalisation work: Karvenian people and places, real reporting styles.
WEAK_TYPES = [
    # harassment: campaigns, fines, lists, summonses, watchers, seized things, reprisals
    (
        "Staff of the Lusk Legal Centre have faced a campaign of intimidation since March.",
        {(E, "harassment")},
    ),
    ("State media ran a smear campaign against the rights group.", {(E, "harassment")}),
    ("Her younger brother was fined 500 crowns for filming the search.", {(E, "harassment")}),
    ("The blogger has been placed on a wanted list.", {(E, "harassment")}),
    ("His parents were called in repeatedly for questioning.", {(E, "harassment")}),
    ("Two men in a grey car started following me everywhere.", {(E, "harassment")}),
    ("Officers seized the family's computers during the search.", {(E, "harassment")}),
    ("Police came to my flat at dawn and took my laptop.", {(E, "harassment")}),
    ("My neighbours were questioned about me.", {(E, "harassment")}),
    ("The authorities froze the organisation's bank accounts.", {(E, "harassment")}),
    ("Officers threatened her family with reprisals.", {(E, "harassment")}),
    ("The lawyer was prevented from leaving the country.", {(E, "harassment")}),
    # release
    ("Renn walked out of Velsk city court into the arms of his wife.", {(E, "release")}),
    ("He walked free on Tuesday.", {(E, "release")}),
    ("He returned home after 40 days in custody.", {(E, "release")}),
    ("The students were let go after signing a pledge.", {(E, "release")}),
    ("The two men were allowed to go home after questioning.", {(E, "release")}),
    # extortion
    ("An officer asked her for a gift of 1,000 euros to speed up his case.", {(E, "extortion")}),
    ("They let me go only after my brother paid the investigator.", {(E, "extortion")}),
    ("Others were forced to sign over property to investigators.", {(E, "extortion")}),
    ("Guards took money from prisoners in exchange for phone calls.", {(E, "extortion")}),
    ("Detainees were released only after their relatives handed over money.", {(E, "extortion")}),
    ("He was released after paying 300 euros to the investigator.", {(E, "extortion")}),
    ("Police officers demanded 1,000 euros to drop the charges.", {(E, "extortion")}),
    ("Officers extracted payments from traders at checkpoints.", {(E, "extortion")}),
    ("Families sold livestock to pay for the release of their sons.", {(E, "extortion")}),
    ("The group documented arbitrary searches of activists' homes.", {(E, "harassment")}),
    ("Relatives received ransom demands by phone.", {(E, "extortion")}),
    (
        "Officers told his brother he would be charged unless the family handed over 1,000 euros.",
        {(E, "extortion")},
    ),
    # enforced disappearance
    ("Since that night we have not seen him.", {(E, "enforced_disappearance")}),
    (
        "Relatives said they had been unable to learn where the men were being held.",
        {(E, "enforced_disappearance")},
    ),
    (
        "Several of the missing were last seen being led away by masked men.",
        {(E, "enforced_disappearance")},
    ),
    (
        "Two other union members who were seized with him are still unaccounted for.",
        {(E, "enforced_disappearance")},
    ),
    (
        "His family has not been informed of his whereabouts.",
        {(E, "enforced_disappearance")},
    ),
    (
        "He was taken by unidentified men and has not been seen since.",
        {(E, "enforced_disappearance")},
    ),
    (
        "Every time they are told that their relatives are not being held, the families said.",
        {(E, "enforced_disappearance")},
    ),
    # no_public_statement
    ("A police spokesman did not return calls seeking comment.", {(S, "no_public_statement")}),
    (
        "The authorities have still not provided any answer, Voss said.",
        {(S, "no_public_statement")},
    ),
    (
        "A spokesperson for the ministry could not immediately be reached.",
        {(S, "no_public_statement")},
    ),
    (
        "The government has so far said nothing about the detentions.",
        {(S, "no_public_statement")},
    ),
    ("The governor's office ignored requests for comment.", {(S, "no_public_statement")}),
    # deny
    ("The ministry said it was not aware of any such cases.", {(S, "deny")}),
    ("The police chief called the reports fabricated.", {(S, "deny")}),
    ("The army said the allegations were without foundation.", {(S, "deny")}),
    ("The government brushed off the findings.", {(S, "deny")}),
    # criticize and calls for access
    ("The Bar Association said the ministry had failed to act on complaints.", {(S, "criticize")}),
    ("Critics said the ministry had done nothing to stop the abuses.", {(S, "criticize")}),
    ("He took the government to task for its silence.", {(S, "criticize")}),
    ("The committee chided the authorities for ignoring its recommendations.", {(S, "criticize")}),
    (
        "She called on Karvenia to grant her an official country visit.",
        {(S, "call_for_investigation")},
    ),
    (
        "She asked the government to allow UN monitors into the region.",
        {(S, "call_for_investigation")},
    ),
]

# The same words used for something that is no claim of those types.
WEAK_TYPES_NON_CLAIMS = [
    "He was not aware of the arrests until Monday.",
    "The rain prevented us from leaving the house.",
    "She returned home from work at six.",
    "Students had to pay for the release of the report.",
    "He said he had failed to finish the race.",
    "The ministry asked for money to build schools.",
    "Rescuers continued the search for survivors.",
    "He will be fined unless he pays the tax.",
]


@pytest.mark.parametrize(("text", "expected"), WEAK_TYPES)
def test_weak_types_in_general_wording_give_their_claims(
    text: str, expected: set[tuple[str, str]]
) -> None:
    found = _pairs(text)
    assert expected <= found, found


@pytest.mark.parametrize("text", WEAK_TYPES_NON_CLAIMS)
def test_weak_type_words_in_another_sense_give_no_claim(text: str) -> None:
    assert _pairs(text) == set()


def test_the_rapporteur_asking_for_a_release_is_a_demand_not_an_inquiry() -> None:
    assert _pairs("The UN monitors urged Karvenia to release the activists.") == {(S, "demand")}


def test_two_actors_silent_in_one_sentence_are_two_claims() -> None:
    text = (
        "The embassy did not immediately respond to a request for comment, and the office of"
        " the prosecutor general has not commented publicly on the case."
    )
    silent = [c for c in analyze(text, PUBLISHED) if c.type == "no_public_statement"]
    assert {c.agent for c in silent} == {"The embassy", "the office of the prosecutor general"}


def test_a_raid_with_searches_and_seizures_is_one_act_of_harassment() -> None:
    text = (
        "Police officers raided the Rainbow House centre in Velsk on Friday, searching the"
        " premises and seizing computers."
    )
    harassment = [c for c in analyze(text, PUBLISHED) if c.type == "harassment"]
    assert len(harassment) == 1 and harassment[0].agent == "Police officers"


def test_seized_things_name_their_owner_as_the_victim() -> None:
    [claim] = analyze("Officers seized the family's computers during the search.", PUBLISHED)
    assert claim.type == "harassment" and claim.target in ("the family", "the family's")


def test_paid_for_release_names_payer_and_payee() -> None:
    claims = analyze("They let me go only after my brother paid the investigator.", PUBLISHED)
    extortion = next(c for c in claims if c.type == "extortion")
    assert extortion.agent == "the investigator" and extortion.target == "my brother"


def test_denied_custody_is_a_negated_detention_beside_the_denial() -> None:
    claims = analyze("Police deny having him in custody.", PUBLISHED)
    detention = next(c for c in claims if c.type == "detention")
    assert detention.negated and any(c.type == "deny" for c in claims)


def test_a_demand_received_by_phone_has_no_phone_for_its_agent() -> None:
    [claim] = analyze("Relatives received ransom demands by phone.", PUBLISHED)
    assert claim.agent is None and claim.target == "Relatives"
