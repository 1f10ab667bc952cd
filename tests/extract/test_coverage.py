"""Coverage of general reporting language: one sentence per phrasing, expected claim type.

Every sentence is invented (the country of Ostravia, its towns and people) and written in
the styles monitors read: wire copy, NGO statements, press releases and testimony. Each
case names the type a user must see, and where it matters the agent or target as written.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factfinder.extract import analyze

PUBLISHED = dt.date(2024, 6, 12)

# (sentence, expected type, agent substring or None, target substring or None)
CASES = [
    # detention
    (
        "Dozens of protesters were rounded up by riot police in Belgar on Saturday.",
        "detention",
        "riot police",
        "protesters",
    ),
    ("The editor was taken into custody at his home in Vosk.", "detention", None, "The editor"),
    (
        "Police arrested three students outside the university.",
        "detention",
        "Police",
        "three students",
    ),
    ("Mira Talen has been held incommunicado since January.", "detention", None, "Mira Talen"),
    (
        "Soldiers detained eleven villagers and took them to a military base.",
        "detention",
        "Soldiers",
        "eleven villagers",
    ),
    (
        "The activist was jailed for five years on charges of treason.",
        "detention",
        None,
        "The activist",
    ),
    (
        "Authorities are holding 40 men in a former factory outside Dravo.",
        "detention",
        "Authorities",
        "40 men",
    ),
    (
        "Security agents picked up the blogger outside his office.",
        "detention",
        "Security agents",
        "the blogger",
    ),
    ("At least 200 people were arrested during the protests.", "detention", None, "200 people"),
    ("The lawyer remains in pre-trial detention in Korsk.", "detention", None, "The lawyer"),
    (
        "Five journalists have been imprisoned since the coup.",
        "detention",
        None,
        "Five journalists",
    ),
    ("They locked us in a cell without windows for a week.", "detention", None, None),
    (
        "The mass arrests of opposition supporters continued in Tarvin.",
        "detention",
        None,
        "opposition supporters",
    ),
    (
        "Petr Volan was detained by the State Security Service on 3 May.",
        "detention",
        "State Security Service",
        "Petr Volan",
    ),
    ("Her husband was sentenced to eight years in prison.", "detention", None, "Her husband"),
    # enforced disappearance
    (
        "Ivo Dresk was abducted by men in uniform near the market.",
        "enforced_disappearance",
        "men in uniform",
        "Ivo Dresk",
    ),
    ("His whereabouts remain unknown.", "enforced_disappearance", None, None),
    (
        "Armed men kidnapped the human rights defender from her car.",
        "enforced_disappearance",
        "Armed men",
        "the human rights defender",
    ),
    (
        "The students were taken to an undisclosed location.",
        "enforced_disappearance",
        None,
        "The students",
    ),
    (
        "Lena Horvat disappeared after being stopped at a checkpoint.",
        "enforced_disappearance",
        None,
        "Lena Horvat",
    ),
    (
        "Relatives say four men have gone missing since the raid.",
        "enforced_disappearance",
        None,
        "four men",
    ),
    (
        "The authorities refuse to disclose where the activist is being held.",
        "enforced_disappearance",
        None,
        "the activist",
    ),
    ("The fate of the twelve detainees is still unknown.", "enforced_disappearance", None, None),
    (
        "Witnesses said the teacher was bundled into an unmarked van.",
        "enforced_disappearance",
        None,
        "the teacher",
    ),
    (
        "The abduction of three journalists by militia members has alarmed colleagues.",
        "enforced_disappearance",
        "militia members",
        "three journalists",
    ),
    # torture
    ("The detainees were beaten with metal rods.", "torture", None, "The detainees"),
    ("Guards subjected the prisoners to electric shocks.", "torture", "Guards", "the prisoners"),
    ("He said he was tortured during interrogation.", "torture", None, None),
    (
        "Former inmates described systematic ill-treatment by prison staff.",
        "torture",
        "prison staff",
        None,
    ),
    (
        "Officers kicked and punched the men until they lost consciousness.",
        "torture",
        "Officers",
        "the men",
    ),
    ("Several of those held were beaten by the guards.", "torture", "the guards", None),
    ("Two women told us they were given electric shocks in the basement.", "torture", None, None),
    ("The prisoners were hung by their wrists for hours.", "torture", None, "The prisoners"),
    ("Interrogators burned him with cigarettes.", "torture", "Interrogators", "him"),
    ("The boys were subjected to beatings in the police station.", "torture", None, "The boys"),
    ("Survivors recounted being beaten and starved in the camp.", "torture", None, None),
    ("Police beat the protesters with batons.", "torture", "Police", "the protesters"),
    ("The guards tortured Anton Belik for three days.", "torture", "The guards", "Anton Belik"),
    ("Detainees were ill-treated in custody, the report says.", "torture", None, "Detainees"),
    # killing
    ("Soldiers shot dead four villagers near the bridge.", "killing", "Soldiers", "four villagers"),
    ("Two prisoners died in custody last month.", "killing", None, "Two prisoners"),
    ("The bodies of three men were found in a ditch outside Marvek.", "killing", None, "three men"),
    ("Police opened fire on the crowd, killing six people.", "killing", "Police", "six people"),
    ("The journalist was murdered outside her apartment.", "killing", None, "The journalist"),
    (
        "Militia fighters executed 12 captives in the square.",
        "killing",
        "Militia fighters",
        "12 captives",
    ),
    ("The activist was beaten to death by guards.", "killing", "guards", "The activist"),
    ("A student was shot in the head during the demonstration.", "killing", None, "A student"),
    ("At least 30 civilians were killed in the attack.", "killing", None, "30 civilians"),
    ("The opposition leader was found dead in his cell.", "killing", None, "The opposition leader"),
    (
        "Security forces gunned down five protesters in Lask.",
        "killing",
        "Security forces",
        "five protesters",
    ),
    ("The killing of Doran Vesh by police has sparked outrage.", "killing", "police", "Doran Vesh"),
    # death threat
    (
        "Police threatened to kill his family if he spoke to reporters.",
        "death_threat",
        "Police",
        "his family",
    ),
    ("The lawyer received death threats after the trial.", "death_threat", None, "The lawyer"),
    (
        "The officers told Rada Kolev that her son would be killed.",
        "death_threat",
        "The officers",
        None,
    ),
    ("She has been receiving threatening phone calls for weeks.", "death_threat", None, "She"),
    (
        "Guards warned the prisoners they would be shot if they tried to escape.",
        "death_threat",
        "Guards",
        None,
    ),
    (
        "The commander threatened the villagers with execution.",
        "death_threat",
        "The commander",
        "the villagers",
    ),
    (
        "Unknown callers threatened to murder the reporter.",
        "death_threat",
        "Unknown callers",
        "the reporter",
    ),
    (
        "Activists have faced death threats from nationalist groups.",
        "death_threat",
        "nationalist groups",
        "Activists",
    ),
    # incitement
    (
        "The governor called for the Vessar minority to be wiped out.",
        "incitement",
        "The governor",
        None,
    ),
    ("The preacher urged residents to hunt down gay men.", "incitement", "The preacher", "gay men"),
    (
        "The minister called for the elimination of the 'traitors'.",
        "incitement",
        "The minister",
        None,
    ),
    (
        "A local leader told supporters to drive the migrants out of the town.",
        "incitement",
        "A local leader",
        "the migrants",
    ),
    (
        "The broadcaster urged listeners to kill the rebels.",
        "incitement",
        "The broadcaster",
        "the rebels",
    ),
    ("The mayor said that such people should be eliminated.", "incitement", "The mayor", None),
    ("The cleric incited his followers to attack the church.", "incitement", "The cleric", None),
    (
        "In a speech, the commander called on his men to exterminate the insurgents.",
        "incitement",
        "the commander",
        "the insurgents",
    ),
    # extortion
    (
        "Families were forced to pay police to secure the release of their sons.",
        "extortion",
        None,
        "Families",
    ),
    ("The kidnappers demanded a ransom of 50,000 euros.", "extortion", "The kidnappers", None),
    (
        "Officers extorted money from the relatives of detainees.",
        "extortion",
        "Officers",
        "the relatives of detainees",
    ),
    (
        "Prison guards demanded bribes from the families of inmates.",
        "extortion",
        "Prison guards",
        None,
    ),
    ("Relatives paid a bribe to the police to free him.", "extortion", "the police", "Relatives"),
    (
        "Police demanded money from the men in exchange for their release.",
        "extortion",
        "Police",
        "the men",
    ),
    (
        "The officers blackmailed the teachers, threatening to reveal their sexuality.",
        "extortion",
        "The officers",
        "the teachers",
    ),
    # forced displacement
    (
        "The journalist fled the country after receiving death threats.",
        "forced_displacement",
        None,
        "The journalist",
    ),
    (
        "Hundreds of families were forced to leave their homes in Dorvi.",
        "forced_displacement",
        None,
        "families",
    ),
    (
        "The foreign reporters were expelled from Ostravia.",
        "forced_displacement",
        None,
        "The foreign reporters",
    ),
    (
        "Thousands of residents were displaced by the military operation.",
        "forced_displacement",
        None,
        "residents",
    ),
    (
        "Authorities deported 60 asylum seekers to Marovia.",
        "forced_displacement",
        "Authorities",
        "60 asylum seekers",
    ),
    (
        "Soldiers drove the villagers from their homes.",
        "forced_displacement",
        "Soldiers",
        "the villagers",
    ),
    ("Fearing arrest, the blogger went into hiding.", "forced_displacement", None, "the blogger"),
    (
        "Many activists have fled abroad since the crackdown.",
        "forced_displacement",
        None,
        "activists",
    ),
    (
        "The couple were evicted from their flat by the council.",
        "forced_displacement",
        "the council",
        "The couple",
    ),
    # harassment
    ("Police raided the homes of several activists in Vosk.", "harassment", "Police", None),
    ("The journalists were placed under surveillance.", "harassment", None, "The journalists"),
    ("The students were outed by the police.", "harassment", "the police", "The students"),
    (
        "Officers searched the offices of the Ostravian Helsinki Committee.",
        "harassment",
        "Officers",
        None,
    ),
    (
        "Agents have repeatedly summoned the lawyer for questioning.",
        "harassment",
        "Agents",
        "the lawyer",
    ),
    (
        "The activists were followed by plain-clothes officers.",
        "harassment",
        "plain-clothes officers",
        "The activists",
    ),
    (
        "The security service intimidated the witnesses.",
        "harassment",
        "The security service",
        "the witnesses",
    ),
    ("Police confiscated the phones of the men and searched them.", "harassment", "Police", None),
    ("Their phones have been tapped, the group said.", "harassment", None, None),
    (
        "The teacher was harassed by local officials.",
        "harassment",
        "local officials",
        "The teacher",
    ),
    # release
    ("The journalist was set free on Tuesday.", "release", None, "The journalist"),
    ("Four of the students were released on bail.", "release", None, "students"),
    ("Vera Molk had been released on 2 April.", "release", None, "Vera Molk"),
    (
        "Authorities freed 23 political prisoners on Independence Day.",
        "release",
        "Authorities",
        "23 political prisoners",
    ),
    ("The men were handed back to their families.", "release", None, "The men"),
    ("The blogger was freed after ten days in detention.", "release", None, "The blogger"),
    (
        "The court released the three defendants without charge.",
        "release",
        "The court",
        "the three defendants",
    ),
    # condemn
    (
        "The Ostravian Bar Association condemned the arrests.",
        "condemn",
        "The Ostravian Bar Association",
        None,
    ),
    ("Rights groups denounced the verdict.", "condemn", "Rights groups", "the verdict"),
    (
        "The foreign ministry deplored the violence against protesters.",
        "condemn",
        "The foreign ministry",
        None,
    ),
    ("We condemn in the strongest terms the killing of Doran Vesh.", "condemn", None, None),
    (
        "The government of Marovia issued a statement condemning the crackdown.",
        "condemn",
        None,
        None,
    ),
    # criticize
    (
        "The opposition slammed the government's handling of the crisis.",
        "criticize",
        "The opposition",
        None,
    ),
    (
        "The senator criticised the president's silence on the purge.",
        "criticize",
        "The senator",
        None,
    ),
    (
        "Amnesty Ostravia accused the authorities of covering up the abuses.",
        "criticize",
        "Amnesty Ostravia",
        "the authorities",
    ),
    ("The union called the ruling a travesty of justice.", "criticize", "The union", "the ruling"),
    # express concern
    (
        "The UN envoy expressed alarm at the reports of torture.",
        "express_concern",
        "The UN envoy",
        None,
    ),
    (
        "We are deeply concerned about the safety of the detained journalists.",
        "express_concern",
        None,
        None,
    ),
    ("The EU said it was troubled by the arrests.", "express_concern", None, None),
    (
        "The ombudsman voiced concern over the conditions in the camps.",
        "express_concern",
        "The ombudsman",
        None,
    ),
    # call for investigation
    (
        "The rights group urged an independent inquiry into the deaths.",
        "call_for_investigation",
        "The rights group",
        None,
    ),
    (
        "Lawmakers called for a full investigation into the allegations.",
        "call_for_investigation",
        "Lawmakers",
        None,
    ),
    (
        "The commission demanded access to the detention centres.",
        "call_for_investigation",
        "The commission",
        None,
    ),
    (
        "We call on the authorities to investigate the abductions promptly.",
        "call_for_investigation",
        None,
        None,
    ),
    # demand
    ("Activists demanded the immediate release of the students.", "demand", "Activists", None),
    (
        "The committee urged the government to free all political prisoners.",
        "demand",
        "The committee",
        None,
    ),
    ("We call on the authorities to end the persecution of LGBT people.", "demand", None, None),
    ("The ambassador called for the charges to be dropped.", "demand", "The ambassador", None),
    (
        "Parliament asked the interior ministry to stop the deportations.",
        "demand",
        "Parliament",
        None,
    ),
    (
        "The group insisted that the detainees be given access to lawyers.",
        "call_for_investigation",
        "The group",
        None,
    ),
    # deny
    (
        "The interior ministry dismissed the reports as fabrications.",
        "deny",
        "The interior ministry",
        None,
    ),
    ("The governor rejected the allegations.", "deny", "The governor", "the allegations"),
    (
        "A police spokesman denied that anyone had been mistreated.",
        "deny",
        "A police spokesman",
        None,
    ),
    ("The minister said the reports were false.", "deny", "The minister", None),
    ("Officials said there is no reason to believe the claims.", "deny", "Officials", None),
    (
        "The prosecutor's office called the allegations baseless.",
        "deny",
        "The prosecutor's office",
        None,
    ),
    ("The army said no civilians had been killed in the operation.", "deny", "The army", None),
    ("The spokesman described the accusations as lies.", "deny", "The spokesman", None),
    # no public statement
    (
        "The foreign ministry declined to comment.",
        "no_public_statement",
        "The foreign ministry",
        None,
    ),
    (
        "The government has remained silent on the arrests.",
        "no_public_statement",
        "The government",
        None,
    ),
    (
        "The president has not yet spoken out about the killings.",
        "no_public_statement",
        "The president",
        None,
    ),
    (
        "The police did not respond to requests for comment.",
        "no_public_statement",
        "The police",
        None,
    ),
    ("The embassy has yet to condemn the purge.", "no_public_statement", "The embassy", None),
]

# Sentences that assert no abuse and no stance: each must give no claim at all.
NON_CLAIMS = [
    "The two governments agreed to cooperate on border security.",
    "Police could arrest the organisers if the march goes ahead.",
    "Will the authorities release the prisoners?",
    "The ministry plans to free some detainees next year.",
    "Ostravia FC beat Dorvi United 3-1 on Saturday.",
    "The band released a new album in March.",
    "The company released its annual earnings on Friday.",
    "Prices of bread rose sharply in the capital.",
    "The festival will take place in Vosk next month.",
    "Share this article on social media.",
    "The minister opened a new hospital in Belgar.",
    "Heavy rain killed crops across the valley.",
]


def _types(text: str) -> list[str]:
    return [claim.type for claim in analyze(text, PUBLISHED)]


@pytest.mark.parametrize(("text", "expected", "agent", "target"), CASES)
def test_phrasing_gives_the_claim_type_with_its_actors(
    text: str, expected: str, agent: str | None, target: str | None
) -> None:
    claims = [c for c in analyze(text, PUBLISHED) if c.type == expected]
    assert claims, (expected, _types(text))
    claim = claims[0]
    if agent is not None:
        assert claim.agent is not None and agent in claim.agent, claim.agent
    if target is not None:
        assert claim.target is not None and target in claim.target, claim.target


@pytest.mark.parametrize("text", NON_CLAIMS)
def test_sentences_that_assert_nothing_give_no_claim(text: str) -> None:
    assert _types(text) == []


# Classes found failing on the evaluation set, each with a new invented sentence.
CLASS_CASES = [
    (
        "The gunmen ordered the farmers to leave the valley or be killed.",
        "death_threat",
        "The gunmen",
        "the farmers",
    ),
    (
        "The gunmen ordered the farmers to leave the valley or be killed.",
        "forced_displacement",
        None,
        None,
    ),
    (
        "Soldiers told the villagers to go or face death.",
        "death_threat",
        "Soldiers",
        "the villagers",
    ),
    ("Guards threatened to bury the hunger strikers alive.", "death_threat", "Guards", None),
    (
        "A cousin said local elders had declared that she should be killed.",
        "death_threat",
        None,
        None,
    ),
    (
        "The mayor said the Velan families must be driven out of the district.",
        "incitement",
        None,
        None,
    ),
    (
        "Residents must drive out those who shame the town, the preacher said.",
        "incitement",
        None,
        None,
    ),
    ("He urged listeners to make life unbearable for Velan traders.", "incitement", "He", None),
    ("The imam told worshippers that apostates deserve death.", "incitement", None, None),
    (
        "Villagers were given two days to leave by the army.",
        "forced_displacement",
        "the army",
        "Villagers",
    ),
    (
        "The deaths of four detainees in Marvek prison have not been investigated.",
        "killing",
        None,
        "four detainees",
    ),
    ("The family was told to pay the guards to get his body back.", "extortion", None, None),
    (
        "An officer told her to pay him to keep her brother's name off the list.",
        "extortion",
        None,
        "her",
    ),
    (
        "They were freed only after their parents paid the police.",
        "extortion",
        "the police",
        "their parents",
    ),
    ("A guard offered to pass on letters in exchange for money.", "extortion", "A guard", None),
    ("Officers searched the students' laptops at the border.", "harassment", "Officers", None),
    (
        "The security police monitor the activists' email accounts.",
        "harassment",
        "The security police",
        None,
    ),
    ("Two men came to her house at night and searched it.", "harassment", "Two men", None),
    ("The lawyer has been followed by unmarked cars for weeks.", "harassment", None, "The lawyer"),
    (
        "A tabloid published the names and photographs of 14 gay men.",
        "harassment",
        "A tabloid",
        None,
    ),
    ("Some of the prisoners did not survive the winter in the camp.", "killing", None, None),
    (
        "Militiamen went through the village shooting young men.",
        "killing",
        "Militiamen",
        "young men",
    ),
    (
        "Later the men were taken at gunpoint to the forest.",
        "enforced_disappearance",
        None,
        "the men",
    ),
    (
        "The prison service says it has no record of her detention.",
        "enforced_disappearance",
        None,
        "her",
    ),
    (
        "The prison service says it has no record of her detention.",
        "deny",
        "The prison service",
        None,
    ),
    ("Nine were released on bail and two remain in custody.", "release", None, None),
    (
        "He was stopped by police officers at the station and held overnight.",
        "detention",
        "police officers",
        "He",
    ),
    ("The defendants were held for six months before trial.", "detention", None, "The defendants"),
    (
        "We urge the council to protect the Velan families and call for an inquiry into the raids.",
        "demand",
        None,
        None,
    ),
    (
        "We urge the council to protect the Velan families and call for an inquiry into the raids.",
        "call_for_investigation",
        None,
        None,
    ),
    (
        "The envoy said the authorities must stop harassing journalists.",
        "demand",
        "The envoy",
        None,
    ),
    ("We ask the donor countries to raise these detentions with Ostravia.", "demand", None, None),
    (
        "The rapporteur has requested access to the camps.",
        "call_for_investigation",
        "The rapporteur",
        None,
    ),
    (
        'The bishop called the expulsions "a crime against humanity".',
        "condemn",
        "The bishop",
        "the expulsions",
    ),
    ("The union called the beating of the strikers barbaric.", "condemn", "The union", None),
    ('The minister called the allegations "shameful".', "deny", "The minister", None),
    (
        "We hold the interior ministry responsible for the safety of the detainees.",
        "criticize",
        None,
        "the interior ministry",
    ),
    (
        "The panel regretted that the government had not answered its questions.",
        "criticize",
        "The panel",
        None,
    ),
    (
        "The committee noted with concern the rise in arbitrary arrests.",
        "express_concern",
        "The committee",
        None,
    ),
    (
        "The group said it had received no response from the ministry.",
        "no_public_statement",
        "the ministry",
        None,
    ),
    (
        "The ministry said all prisoners were treated in accordance with the law.",
        "deny",
        "The ministry",
        None,
    ),
    (
        "The garrison commander described the prisoner's death as suicide.",
        "deny",
        "The garrison commander",
        None,
    ),
    (
        "The minister told reporters that torture was not tolerated in Ostravia.",
        "deny",
        "The minister",
        None,
    ),
    ("The army said it had nothing to do with the killings.", "deny", "The army", None),
    ("The ministry rejected the findings of the commission.", "deny", "The ministry", None),
    (
        "Masked men detained, kicked and threatened to kill a young reporter, Ilya Brun.",
        "torture",
        "Masked men",
        "a young reporter",
    ),
    ("Student beaten in Vosk, rights group says", "torture", None, "Student"),
    ("Guards gave them electric shocks during questioning.", "torture", "Guards", "them"),
    (
        "Hundreds gathered to protest against beatings by prison guards.",
        "torture",
        "prison guards",
        None,
    ),
    ("Relatives said the body showed signs of torture.", "torture", None, None),
    (
        "The council condemned the forced return of asylum seekers to Marovia.",
        "forced_displacement",
        None,
        "asylum seekers",
    ),
    (
        "Border guards pushed back 300 migrants across the river.",
        "forced_displacement",
        "Border guards",
        "300 migrants",
    ),
    (
        "Police forcibly removed the families from the settlement.",
        "forced_displacement",
        "Police",
        "the families",
    ),
    (
        "The mayor rejects as lies the reports that his officers beat the strikers.",
        "deny",
        "The mayor",
        None,
    ),
    ("Mass graves containing 60 bodies were discovered near Tarvo.", "killing", None, None),
    ("The journalist was banned from travelling abroad.", "harassment", None, "The journalist"),
    (
        "Several women said they had been subjected to sexual violence in detention.",
        "torture",
        None,
        None,
    ),
    ("Police said the officers had acted within the law.", "deny", "Police", None),
    (
        'The ministry called the report "biased and unfounded".',
        "deny",
        "The ministry",
        "the report",
    ),
    ("We are appalled by the sentencing of the three students.", "express_concern", None, None),
    ("They hit me with a stick until I fainted.", "torture", "They", "me"),
    ("The activist spent three weeks in solitary confinement.", "detention", None, "The activist"),
    ("Relatives were forced to hand over cash to secure visits.", "extortion", None, "Relatives"),
    (
        "The court sentenced the blogger to six years in prison.",
        "detention",
        "The court",
        "the blogger",
    ),
    (
        "He has not been seen since he was taken away by soldiers.",
        "enforced_disappearance",
        None,
        "He",
    ),
    ("A man told the reporter that she would be beaten and killed.", "death_threat", "A man", None),
    (
        "Men in masks broke into our house and dragged my father away.",
        "detention",
        None,
        "my father",
    ),
    ("Men in masks broke into our house and dragged my father away.", "harassment", None, None),
    (
        "An officer warned her that she would never see her son again if she went to the press.",
        "death_threat",
        "An officer",
        "her",
    ),
    (
        "Police warned the editor that he would be arrested if he published the story.",
        "harassment",
        "Police",
        "the editor",
    ),
    (
        "The list of students missing after the raid has grown to 14.",
        "enforced_disappearance",
        None,
        "students",
    ),
    (
        "The Council of Europe said it deeply regretted the decision.",
        "criticize",
        "The Council of Europe",
        None,
    ),
]
CLASS_NON_CLAIMS = [
    "Those responsible must be punished, the foreign minister said.",
    "The foreign ministry summoned the Ostravian ambassador on Monday.",
    "The striker was shot from outside the box and scored.",
    "Police stopped traffic on the bridge for an hour.",
    "The authorities denied the prisoners medical care for weeks.",
    "The activists criticised the neighbouring states for remaining silent.",
    "Mothers of the disappeared marched through Vosk on Sunday.",
    "Since his arrest, his wife has written to every minister.",
    "Opposition leaders could face arrest if the law is passed.",
    "The soldiers were ordered to shoot anyone who ran, one of them said.",
    "She wanted to find out where her son was being held.",
    "Officials are investigating the cause of the fire that killed nine workers.",
    "Critics fear that the law could be used to arrest peaceful protesters.",
    "Economists warned that prices would rise if the tax were passed.",
    "The tax rise hit the poorest families hardest.",
    "They forced us to sign papers saying we had been treated well.",
    "The prisoners were denied food and water for three days.",
]


@pytest.mark.parametrize(("text", "expected", "agent", "target"), CLASS_CASES)
def test_failure_class_gives_the_claim(
    text: str, expected: str, agent: str | None, target: str | None
) -> None:
    test_phrasing_gives_the_claim_type_with_its_actors(text, expected, agent, target)


@pytest.mark.parametrize("text", CLASS_NON_CLAIMS)
def test_failure_class_gives_no_event(text: str) -> None:
    assert [c.type for c in analyze(text, PUBLISHED) if c.kind == "event"] == []


def test_we_in_an_organisations_statement_is_the_organisation() -> None:
    text = (
        "The Ostravian Helsinki Group published a report on prison conditions on Monday.\n\n"
        "We call on the authorities to free the students."
    )
    demand = next(c for c in analyze(text, PUBLISHED) if c.type == "demand")
    assert demand.agent == "The Ostravian Helsinki Group"


def test_a_relative_pronoun_speaker_is_its_antecedent() -> None:
    text = "The experts wrote to the government of Ostravia, which has not yet responded."
    silence = next(c for c in analyze(text, PUBLISHED) if c.type == "no_public_statement")
    assert silence.agent == "the government of Ostravia"


def test_a_wire_dateline_is_neither_actor_nor_speaker() -> None:
    text = "VOSK, March 3 (Ostra News) - Police detained 12 students on Monday, witnesses said."
    claim = next(c for c in analyze(text, PUBLISHED) if c.type == "detention")
    assert claim.agent == "Police"
    assert claim.attributed_to == "witnesses"


def test_each_clause_keeps_its_own_figure() -> None:
    found = analyze("Some 28 miners remain in custody; 12 were released on Friday.", PUBLISHED)
    counts = {c.type: [f.low for f in c.counts] for c in found}
    assert counts == {"detention": [28], "release": [12]}


def test_a_relative_clause_is_cut_from_the_victim_phrase() -> None:
    found = analyze(
        "The activist, who was arrested in 2019 and later released, has left the country.",
        PUBLISHED,
    )
    assert {c.type: c.target for c in found} == {
        "detention": "The activist",
        "release": "The activist",
    }


def test_who_found_the_dead_is_not_the_killer() -> None:
    claim = next(
        c
        for c in analyze("Farmers found a mass grave outside the village.", PUBLISHED)
        if c.type == "killing"
    )
    assert claim.agent is None


def test_speakers_who_are_the_victims_keep_their_count() -> None:
    claim = next(
        c
        for c in analyze("Three women told us they were beaten by guards.", PUBLISHED)
        if c.type == "torture"
    )
    assert [f.low for f in claim.counts] == [3]


def test_a_request_targets_who_the_requested_act_is_about() -> None:
    found = analyze(
        "The bar association called on the authorities to release Ivo Dresk and to investigate "
        "the beatings.",
        PUBLISHED,
    )
    targets = {c.type: c.target for c in found if c.kind == "statement"}
    assert targets == {"demand": "Ivo Dresk", "call_for_investigation": "the beatings"}


def test_an_act_inside_a_statement_is_asserted_by_its_speaker() -> None:
    claim = next(
        c
        for c in analyze(
            "The panel expressed concern about reports that detainees are routinely beaten.",
            PUBLISHED,
        )
        if c.type == "torture"
    )
    assert claim.attributed_to == "The panel"


def test_she_is_the_witness_named_before() -> None:
    text = (
        "Witness B, a teacher from Vosk, spoke to us in March.\n\n"
        "She said that police officers beat her husband in front of their children."
    )
    claim = next(c for c in analyze(text, PUBLISHED) if c.type == "torture")
    assert claim.attributed_to == "Witness B, a teacher from Vosk"


def test_the_outlet_is_the_organisation_named_before() -> None:
    text = (
        "The independent outlet Vosk Ledger reported the arrests on Monday.\n\n"
        "Four students were beaten in custody, the outlet said."
    )
    claim = next(c for c in analyze(text, PUBLISHED) if c.type == "torture")
    assert claim.attributed_to == "Vosk Ledger"


def test_we_inside_a_quotation_is_its_speaker() -> None:
    text = '"We call on the authorities to free the students," spokesperson Ana Brel said.'
    demand = next(c for c in analyze(text, PUBLISHED) if c.type == "demand")
    assert demand.agent == "spokesperson Ana Brel"


def test_the_one_told_is_the_one_threatened() -> None:
    text = (
        "Dana Rusk is a presenter at Radio Vosk.\n\n"
        "She said a caller told her that she would be killed if she went on air again."
    )
    threat = next(c for c in analyze(text, PUBLISHED) if c.type == "death_threat")
    assert threat.target == "Dana Rusk"


def test_a_request_about_a_pronoun_names_the_person() -> None:
    text = (
        "Ilya Brun, a blogger, was detained in Vosk on Monday.\n\n"
        "We urge the authorities to reveal where he is and to release him."
    )
    demand = next(c for c in analyze(text, PUBLISHED) if c.type == "demand")
    assert demand.target == "Ilya Brun, a blogger"
