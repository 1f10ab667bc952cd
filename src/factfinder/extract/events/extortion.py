"""Extortion rules: money demanded, taken or paid for freedom or favours."""

from __future__ import annotations

from spacy.tokens import Token

from factfinder.extract.actors import child_with, object_of_preposition, subject_of
from factfinder.extract.events.clauses import (
    clause_root,
    compelled,
    intent_governor,
    is_conditional,
    is_negated,
    is_passive,
    modal_of,
)
from factfinder.extract.events.lexicon import (
    CAPTORS,
    CUSTODY_WORDS,
    ENDURED,
    KIN,
    PAYMENT_DEMANDS,
    THREAT_VERBS,
)
from factfinder.extract.events.people import PERSON_NOUNS, PERSONAL_PRONOUNS, is_person_like

# Verbs of freeing that a payment can buy: "released only after the family paid".
FREED = frozenset({"release", "free", "let", "discharge"})
# Words of a payment made again and again, which no lawful fee or fine is.
REPEATED_PAYMENTS = frozenset({"time", "every", "each", "weekly", "monthly", "regularly", "ever"})
# Holders of public power whom no one pays of their own free will ("paid the inspectors").
OFFICIALS = frozenset(
    {"police", "policeman", "officer", "official", "inspector", "guard", "investigator"}
    | {"prosecutor", "judge", "soldier", "militia", "commander", "warden", "jailer", "agent"}
    | {"policemen", "official", "bureaucrat", "clerk", "patrol", "officials"}
    | {"captain", "sergeant", "lieutenant", "colonel", "major", "chief", "jailer", "gaoler"}
    | {"caller"}  # the voice on the phone that names a sum: "the caller wanted 25,000 kresta"
)
# Currencies by name, so that "2,000 krona" or "300 lari" is a sum whatever the tagger labels
# it; words with another common sense ("mark", "real", "sol", "won", "sum") are left out.
CURRENCIES = frozenset(
    {"dollar", "euro", "pound", "rouble", "ruble", "hryvnia", "yen", "franc", "lira", "rupee"}
    | {"shilling", "naira", "rand", "peso", "dinar", "dirham", "riyal", "rial", "manat", "tenge"}
    | {"lari", "krona", "krone", "kronor", "kroner", "koruna", "zloty", "forint", "leu", "lei"}
    | {"lev", "leva", "dram", "som", "somoni", "afghani", "taka", "kyat", "baht", "dong", "yuan"}
    | {"renminbi", "rupiah", "ringgit", "riel", "kip", "tugrik", "cedi", "birr", "kwacha"}
    | {"leone", "dalasi", "ariary", "ouguiya", "lempira", "quetzal", "cordoba", "bolivar"}
    | {"guarani", "denar", "kuna", "lek", "pula", "loti", "kina", "rufiyaa", "ngultrum"}
    | {"cfa", "hryvnias", "lilangeni", "metical", "nakfa", "gourde", "balboa", "boliviano"}
)
# Counted things that are not money ("for 200 days", "for 3 kilometres").
MEASURES = frozenset(
    {"hour", "minute", "second", "day", "week", "month", "year", "time", "night", "metre"}
    | {"meter", "kilometre", "kilometer", "mile", "kilogram", "kilo", "percent", "point"}
    | {"vote", "seat", "goal", "page", "count", "charge", "offence", "crime", "reason"}
)
MONEY = frozenset(
    {"money", "cash", "sum", "bribe", "payment", "fee", "dollar", "euro", "savings", "saving"}
)


def told_to_pay(pay: Token) -> bool:
    """ "guards told his mother she would have to pay them off": the demand is the extortion."""
    obliged = pay.head
    return obliged.lemma_.lower() == "have" and clause_root(obliged).head.lemma_.lower() in (
        THREAT_VERBS | {"say", "inform"}
    )


def price_told_to_kin(pay: Token) -> bool:
    """ "he told me that my family would have to pay 10,000 kresta", "told his wife she would
    have to pay": a sum set by the teller for the one told or their kin is a price demanded.
    A minister telling reporters that taxpayers will have to pay is a forecast, so the one
    who must pay is the one told or a relative."""
    if not told_to_pay(pay) or not _is_money(child_with(pay, "dobj")):
        return False
    tell = clause_root(pay.head).head
    told = child_with(tell, "dobj", "dative")
    payer = subject_of(pay.head)
    if payer is None or told is None:
        return False
    kin = payer.lemma_.lower() in KIN or any(
        c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in payer.children
    )  # "my family", "his wife"
    return kin or (payer.lower_ in PERSONAL_PRONOUNS and told.lower_ in PERSONAL_PRONOUNS)


# Whose: the owner of a relative in "my family", "his wife", "their son".
POSSESSIVES = frozenset({"my", "his", "her", "their", "our", "your"})


def price_demanded(demand: Token) -> str | None:
    """ "ransom demands", "bribe demands": the demand is the extortion the compound names."""
    price = next(
        (
            c
            for c in demand.children
            if c.dep_ == "compound" and c.lemma_.lower() in ("ransom", "bribe")
        ),
        None,
    )
    return price.lemma_.lower() if price is not None else None


def price_set_by_official(money: Token) -> Token | None:
    """The police officer or guard who names a price for a favour ("told her she could keep
    her pitch for 200 korun a week", "offered to let us visit for 50 dollars"): the official
    selling what the law gives free is extorting it."""
    verb = _priced_verb(money)
    if verb is None or named_people(money):
        return None
    counted = any(c.dep_ == "nummod" for c in money.children)
    if not counted and money.lemma_.lower() not in MONEY:
        return None  # "for a payment", "for money": a price without a figure
    if money.ent_type_ != "MONEY" and money.lemma_.lower() in MEASURES:
        return None
    favour = _favour_offered(verb)
    freedom = _freedom_priced(verb)
    if money.head.head.lower_ == "exchange" and not freedom:
        return None  # "the car could be delivered in exchange for 1,500 crowns": a trade
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX"):
            official = subject_of(verb)
            if official is not None and official.lemma_.lower() in CAPTORS | OFFICIALS:
                return official  # "the investigator said the file could vanish for 1,000 krona"
            told = child_with(verb, "dobj", "dative")
            if favour and verb.lemma_.lower() in OFFERING and is_person_like(told):
                return official  # "a man from the station told her that for 3,000 … he could"
            if favour and verb.lemma_.lower() == "offer":
                offerer = official or _offerer(verb)  # "offered to 'locate' Teodor for 3,000"
                return offerer if is_person_like(offerer) else None
            if favour and freedom and verb.lemma_.lower() in ("say", "tell"):
                return official if is_person_like(official) else None  # "a man said that for"
        if verb.dep_ not in ("ccomp", "xcomp") or verb.head == verb:
            return None
        verb = verb.head
    return None


def _freedom_priced(verb: Token) -> bool:
    """ "he could arrange his release", "her husband could be freed": the favour on sale is a
    captive's freedom, which no one but a captor or a go-between can sell."""
    if verb.lemma_.lower() in FREED and is_passive(verb):
        return True
    return any(t.lemma_.lower() in ("release", "freedom") for t in verb.subtree)


def _priced_verb(money: Token) -> Token | None:
    """The verb a price is set on: "could help for 1,000 krona", "could be freed in exchange
    for 1,500 crowns", and "for 2,000 euros more he could find out", where the parser hangs
    the sum on "more"."""
    if money.dep_ == "pobj" and money.head.lower_ == "for":
        exchange = money.head.head
        if exchange.lower_ == "exchange" and exchange.dep_ == "pobj":
            return exchange.head.head  # "freed in exchange for 1,500 crowns"
        return money.head.head
    if money.dep_ == "npadvmod" and money.head.lower_ == "more":
        more = money.head
        if more.dep_ == "pobj" and more.head.lower_ == "for":
            return more.head.head
        verb = more.head
        bare_for = any(c.lower_ == "for" and not list(c.children) for c in verb.children)
        return verb if bare_for else None
    return None


def _offerer(offer: Token) -> Token | None:
    """Who offered, when the parser hangs "offered" on a description: "a man who said he was
    a lawyer telephoned and offered …"."""
    verb = offer.head if offer.dep_ == "conj" else offer
    if verb.dep_ in ("acl", "relcl") and is_person_like(verb.head):
        return verb.head
    return subject_of(verb)


# Verbs by which someone names a price to the one who must pay it ("told her that …").
OFFERING = frozenset({"tell", "offer", "promise", "inform", "assure"})
# Verbs of ordinary trade, where a price is no extortion ("could sell the car for 900 euros").
TRADING = frozenset(
    {"sell", "buy", "rent", "lease", "hire", "purchase", "cost", "fetch", "charge", "bid"}
)


def _favour_offered(verb: Token) -> bool:
    """ "for 2,000 euros more he could find out where Teo was held": a favour promised for a
    sum (could, would, can), told to the one who must pay, whoever tells it; trade is none."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in TRADING or is_negated(verb):
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "offer":
        return True  # "offered to 'locate' Teodor for 3,000 calderi"
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(modals & {"could", "would", "can", "will", "'d"}) and verb.dep_ == "ccomp"


# What one pays someone to do or to stop doing in a bribe for silence: "offered 20,000 krona to
# withdraw her complaint", "paid to drop the case", "to change his testimony".
SILENCING = frozenset(
    {"withdraw", "drop", "retract", "recant", "abandon", "change", "forget", "sign", "stop"}
)


def bribe_for_silence(offer: Token) -> Token | None:
    """ "had been offered 20,000 krona by a man to withdraw her complaint": a sum offered for a
    complaint, a testimony or a case dropped buys silence, a bribe; gives whom it was offered."""
    if offer.lemma_.lower() != "offer" or is_negated(offer) or is_conditional(offer):
        return None
    money = child_with(offer, "dobj")
    if not _is_money(money) or lawful_payment(offer):
        return None
    acts = [  # "offered 20,000 krona by a man she did not know to withdraw": misattached
        t
        for t in offer.subtree
        if t.lemma_.lower() in SILENCING
        and t.pos_ == "VERB"
        and any(c.lower_ == "to" for c in t.children)
    ]
    if not acts:
        return None
    offered = subject_of(offer) if is_passive(offer) else child_with(offer, "dative")
    return offered if is_person_like(offered) else None


# What a lawful payment is called: a court's award, a tax, a wage, a fine.
LAWFUL_PAYMENTS = frozenset(
    {"compensation", "damage", "damages", "reparation", "reparations", "tax", "taxes", "rent"}
    | {"wage", "wages", "salary", "pension", "tuition", "dividend", "royalty", "loan", "aid"}
)


# What an employer or a commander pays those who work for it: a reward, not a bribe.
REWARDS = frozenset(
    {"bonus", "salary", "wage", "reward", "pension", "allowance", "stipend", "dividend", "prize"}
)


def paid_as_reward(pay: Token) -> bool:
    """ "commanders paid them a bonus for each village", "paid the workers their wages": the
    payer rewards the one paid, which is no price extorted from the payer."""
    paid = [c for c in pay.children if c.dep_ == "dobj"]
    return any(p.lemma_.lower() in REWARDS for p in paid)


def lawful_payment(pay: Token) -> bool:
    """ "ordered the company to pay 50,000 euros in compensation": money a court or the law
    sets, or a wage or a loan, is no extortion, whoever is made to pay it."""
    return any(t.lower_ in LAWFUL_PAYMENTS for t in pay.subtree)


# Participles that make a sum a price asked: "the 8,000 kresta demanded for his return".
ASKED_PRICES = frozenset({"demand", "ask", "want", "require", "seek", "extort", "exact"})


def asking_participle(money: Token) -> Token | None:
    """The participle that follows a counted sum and says it was asked for ("8,000 kresta
    demanded for his return"), even when the parser hangs it on the main verb."""
    following = money.nbor(1) if money.i + 1 < len(money.doc) else None
    for word in [c for c in money.children if c.dep_ == "acl"] + [following]:
        if word is None or word.lemma_.lower() not in ASKED_PRICES:
            continue
        if word.tag_ != "VBN" and not (word.dep_ in ("acl", "advcl") and word.tag_ == "VBD"):
            continue
        if word.head == money or (word.dep_ in ("advcl", "acl") and word.i == money.i + 1):
            return word
    return None


def demanded_sum(money: Token) -> Token | None:
    """ "could not raise the 8,000 kresta demanded for his return", "15,000 kresta demanded of
    the family of a shopkeeper": a sum described as demanded for someone's freedom, or of
    people, is the extortion; gives the participle that demands it."""
    demanded = asking_participle(money)
    if demanded is None or lawful_payment(demanded):
        return None
    words = {t.lemma_.lower() for t in demanded.subtree}
    freedom = bool(words & {"release", "freedom", "return", "protection", "silence", "free"})
    of_people = is_person_like(object_of_preposition(demanded, "of", "from"))
    return demanded if freedom or of_people or demanded_by_captors(demanded) else None


def named_people(token: Token) -> bool:
    """People by name or by a word for people ("for 200 prisoners"), not a counted noun the
    lexicons do not know, which after "for" and a number is more often a currency ("for
    2,000 kresta") than a group."""
    if not is_person_like(token):
        return False
    return (
        token.lemma_.lower() in PERSON_NOUNS
        or token.ent_type_ in ("PERSON", "NORP")
        or token.lower_ in PERSONAL_PRONOUNS
        or token.pos_ == "PROPN"
    )


def addressee_of(official: Token) -> Token | None:
    """Whom the official told or offered the price to."""
    return child_with(official.head, "dobj", "dative")


def handed_money(hand: Token) -> bool:
    """ "forced to hand over cash", "handed over 3,000 dollars for his release": money handed
    over under compulsion or for someone's freedom is extortion, not a payment."""
    over = next((c for c in hand.children if c.lower_ == "over"), None)
    money = child_with(hand, "dobj") or (child_with(over, "pobj") if over is not None else None)
    forced = compelled(hand)
    paid = _is_money(money)
    if not paid and money is not None and money.lower_ in ("everything", "all"):
        return _freedom_bought(hand)  # "handed over everything we had so they would release"
    return paid and (forced or _paid_for_freedom(hand) or _freedom_bought(hand))


def _freedom_bought(verb: Token) -> bool:
    """ "handed over everything we had so they would release my brother", "took all the money
    we had and let us go", "paid 2,000 dollars to get me out": a freeing told beside the
    payment, in a clause joined to it or as its purpose."""
    obliged = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "have" else verb
    clauses = [*verb.children, *(obliged.children if obliged != verb else [])]
    for clause in clauses:  # "to get my husband released, I had to pay": on "had"
        if clause.dep_ not in ("conj", "advcl", "xcomp") or clause == verb:
            continue
        lemma = clause.lemma_.lower()
        if lemma in ("release", "free") and not is_negated(clause):
            return True
        if lemma == "let" and any(c.lemma_.lower() == "go" for c in clause.subtree):
            return True
        if lemma == "get" and _got_out(clause):
            return True
    return False


def _got_out(get: Token) -> bool:
    """ "to get me out", "to get their son back", "to get him released": a person got free."""
    out = any(c.lower_ in ("out", "back") and c.dep_ in ("prt", "advmod") for c in get.children)
    if out:
        return is_person_like(child_with(get, "dobj"))
    freed = child_with(get, "ccomp", "xcomp")
    return (
        freed is not None
        and freed.lemma_.lower() in ("release", "free")
        and is_person_like(subject_of(freed) or child_with(get, "dobj"))
    )


def paid_or_else(payment: Token) -> bool:
    """ "would be charged unless the family handed over 1,000 euros", "would be freed if he
    paid 500 euros": a price set on freedom or on sparing someone is the extortion itself."""
    if payment.lemma_.lower() not in PAYING:
        return False
    mark = next((c.lower_ for c in payment.children if c.dep_ == "mark"), None)
    over = next((c for c in payment.children if c.lower_ == "over"), None)
    money = child_with(payment, "dobj") or (child_with(over, "pobj") if over is not None else None)
    if not _is_money(money):
        return payment.lemma_.lower() == "pay" and held_until_paid(payment, mark)
    if mark == "unless" or (mark == "if" and is_negated(payment)):
        return True  # "if I did not bring 3,000 korun by Friday, they would …"
    freed = payment.head  # "could go home if my family paid 10,000 calderi"
    going_home = freed.lemma_.lower() == "go" and any(c.lower_ == "home" for c in freed.children)
    case = subject_of(freed)  # "the charges could be reclassified if she paid him 10,000"
    favour = case is not None and case.lemma_.lower() in CASE_FILES
    return mark == "if" and (freed.lemma_.lower() in FREED or going_home or favour)


# What an official may sell a change to: the charges, the case, the file, the sentence, or
# "the matter" that "could be settled" for a sum.
CASE_FILES = frozenset(
    {"charge", "case", "file", "complaint", "sentence", "investigation", "matter", "problem"}
)
# Verbs of handing a sum over: "if he paid", "unless the family handed over", "if the family
# brought 4,000 kresta".
PAYING = frozenset({"pay", "hand", "bring"})
# Verbs of keeping someone, or keeping something from them, until or unless a payment is made.
WITHHOLDING = frozenset(
    {"keep", "hold", "detain", "leave", "deny", "refuse", "beat", "lock", "chain", "stay"}
)


def held_until_paid(pay: Token, mark: str | None) -> bool:
    """ "kept in a corridor until their relatives paid", "were denied visits unless they paid
    for them": a person held, hurt or deprived until someone pays is paying a price set on
    them, whatever the sum (often unwritten)."""
    if mark not in ("until", "unless") or pay.dep_ != "advcl" or is_negated(pay):
        return False
    if lawful_payment(pay):
        return False  # "will be fined unless he pays the tax"
    held = pay.head
    if held.lemma_.lower() in WITHHOLDING | FREED or (mark == "unless" and held.pos_ == "AUX"):
        return True
    promised = any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll") for c in held.children)
    people = is_person_like(subject_of(held))  # "their children would be placed in care …"
    return mark == "unless" and promised and people


# Verbs of holding someone captive that a price can be the purpose of: "held for ransom".
CAPTIVE = frozenset({"hold", "keep", "kidnap", "abduct", "seize", "detain", "arrest"})


def held_for_money(verb: Token) -> bool:
    """ "held them for ransom", "has never held anyone for money", "seized for a payment":
    a captivity whose purpose is a sum is extortion (denied, when the holder denies it)."""
    if verb.lemma_.lower() not in CAPTIVE:
        return False
    held = child_with(verb, "dobj") or subject_of(verb)
    price = object_of_preposition(verb, "for")
    if price is None and held is not None:
        price = object_of_preposition(held, "for")  # "kept nine migrants for ransom"
    priced = price is not None and price.lemma_.lower() in MONEY | {"ransom"}
    return priced and (is_person_like(held) or (held is not None and held.lower_ == "anyone"))


def _paid_for_freedom(payment: Token) -> bool:
    """ "were released only after their relatives paid": the release was bought."""
    freed = payment.head
    if payment.dep_ == "pcomp" and freed.lower_ in ("after", "upon", "on"):
        freed = freed.head  # "was released after paying 300 euros"
    elif payment.dep_ != "advcl":
        return False
    if freed.lemma_.lower() == "go" and freed.head.lemma_.lower() == "let":
        freed = freed.head  # "let him go after his family paid"
    return freed.lemma_.lower() in FREED


def took_money_from(take: Token) -> bool:
    """ "guards took money from prisoners", "collect 50 krona from each stall": money taken
    from people, or from what they own or run, by those who hold power over them."""
    money = child_with(take, "dobj")
    source = object_of_preposition(take, "from")
    if source is None and money is not None:
        source = object_of_preposition(money, "from")  # "collect 50 krona from each stall"
    owners = source is not None and source.lemma_.lower() in TAKEN_FROM
    if money is not None and _is_money(money) and source is None and _freedom_bought(take):
        return True  # "took all the money we had and let us go": the price of the freeing
    return money is not None and _is_money(money) and (is_person_like(source) or owners)


# What money is taken from that stands for its owners: "from each stall", "from every shop".
TAKEN_FROM = frozenset(
    {"stall", "shop", "business", "family", "household", "trader", "vendor", "store", "kiosk"}
    | {"driver", "car", "vehicle", "truck", "bus", "taxi", "market", "farm", "village", "home"}
    | {"crew"}  # "collect 2 million pesos a week from bus crews"
)


def _is_money(token: Token | None) -> bool:
    """A sum of money: named as such ("cash", "a bribe") or by any currency ("500 calderi")."""
    return token is not None and (token.lemma_.lower() in MONEY or sum_of_currency(token))


def sum_of_currency(token: Token) -> bool:
    """The currency noun of a sum, even in a currency no lexicon knows: what the tagger labels
    money, or a counted thing paid, demanded or handed over ("paid 10,000 calderi")."""
    if token.pos_ == "NUM":  # "$2,000", "€500": the sign is the currency
        return any(c.tag_ == "$" for c in token.children)
    if token.pos_ == "NOUN" and _range_of(token):
        return token.head.head.lemma_.lower() in PAYMENT_DEMANDS | PAYING and not named_people(
            token
        )  # "demanded between 200 and 500 kesar"
    if token.pos_ != "NOUN" or not any(c.dep_ == "nummod" for c in token.children):
        return False
    if token.ent_type_ == "MONEY" or token.lemma_.lower().removesuffix("s") in CURRENCIES:
        return True
    if asking_participle(token) is not None and not named_people(token):
        return True  # "the 8,000 kresta demanded for his return"
    paying = token.head.lemma_.lower() in PAYMENT_DEMANDS | PAYING | {"take", "give"}
    return (
        token.dep_ == "dobj"
        and paying
        and not named_people(token)
        and token.lemma_.lower() not in ENDURED | {"hour", "minute", "time", "visit", "step"}
    )


def _range_of(token: Token) -> bool:
    """ "between 200 and 500 kesar": the parser hangs the unit beside the first figure, both
    under "between", and gives it no number of its own."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ == "between"
        and token.lemma_.lower() not in MEASURES
        and any(c.pos_ == "NUM" and c.i < token.i for c in token.head.children)
    )


def demanded_by_message(money: Token) -> Token | None:
    """Who received the calls or messages that demanded a sum: "the family has received
    anonymous calls demanding 4,000 lira". Money asked of someone by an unknown voice, in a
    report, is a price for a captive's life or freedom; gives the one who received them."""
    demand = money.head
    if money.dep_ != "dobj" or demand.dep_ != "acl" or demand.lemma_.lower() not in PAYMENT_DEMANDS:
        return None
    message = demand.head
    if message.lemma_.lower() not in MESSAGES or message.dep_ != "dobj":
        return None
    if message.head.lemma_.lower() not in ("receive", "get") or is_negated(message.head):
        return None
    receiver = subject_of(message.head)
    return receiver if is_person_like(receiver) else None


def is_payee(paid: Token | None) -> bool:
    """Who is paid: a person or a force ("paid the police"), not a sum ("paid 2,000 euros")."""
    if paid is None:
        return False
    return (
        paid.lemma_.lower() in PERSON_NOUNS | CAPTORS
        or paid.lower_ in PERSONAL_PRONOUNS
        or paid.ent_type_ == "PERSON"
    )


def money_for_freedom(pay: Token) -> bool:
    """ "forced to pay 2,000 euros to secure their release": paying for freedom is extortion."""
    paid = child_with(pay, "dobj")
    if paid is not None and paid.lemma_.lower() in ("bribe", "ransom"):  # the noun is the trigger
        return False
    if lawful_payment(pay):
        return False  # "ordered to pay 50,000 euros in compensation"
    if paid is not None and paid.lemma_.lower() in PENALTIES | EUPHEMISMS:
        payee = object_of_preposition(pay, "to") or child_with(pay, "dative")
        if in_scare_quotes(paid) and not is_lawmaker(payee):
            return True  # "refused to pay the gang their weekly 'toll'": a levy in disguise
    if lawful_penalty(pay):
        return False  # "paid a fine and was released", "forced to pay a fine for pollution"
    if _paid_for_freedom(pay) or _freedom_bought(pay):
        return True  # "they let him go after his family paid", "paid … to get me out"
    if _paid_way_out(pay) or _paid_to_captors(pay):
        return True  # "paid his way out of detention", "paid the kidnappers 20,000 dollars"
    bought = object_of_preposition(pay, "for")
    if bought is not None and bought.lemma_.lower() in ("release", "freedom"):
        freed = object_of_preposition(bought, "of") or child_with(bought, "poss")
        return freed is None or is_person_like(freed) or freed.tag_ == "PRP$"
    words = {t.lemma_.lower() for t in pay.subtree}
    if paid is not None and _is_money(paid) and words & PASSAGE and not is_negated(pay):
        return True  # "paid 300 kresta each to pass checkpoints": a toll no law sets
    forced = pay.dep_ in ("xcomp", "ccomp") and pay.head.lemma_.lower() in (
        "want",
        "force",
        "make",
        "demand",
        "compel",
        "tell",
        "order",
        "ask",
        "require",
        "instruct",
    )
    forced = forced or coerced_into(pay) or price_told_to_kin(pay)
    payee = object_of_preposition(pay, "to")
    paid_to = child_with(pay, "dative")  # "paid police more than 40 times"
    if paid_to is not None and paid_to.lemma_.lower() in CAPTORS | OFFICIALS:
        payee = payee or paid_to
    official = (paid is not None and paid.lemma_.lower() in CAPTORS | OFFICIALS) or (
        payee is not None and payee.lemma_.lower() in CAPTORS | OFFICIALS
    )
    repeated = {t.lemma_.lower() for t in pay.sent} & REPEATED_PAYMENTS
    if official and repeated and not is_negated(pay):
        return True  # "had paid police more than 40 times": a levy, not a fee
    if _private_sum_to_officer(pay, paid, paid_to):
        return True  # "my uncle paid a police officer 4,000 lev": a bribe, whatever it bought
    if is_payee(paid) or (payee is not None and payee.lemma_.lower() in CAPTORS):
        context = {t.lemma_.lower() for t in pay.sent}  # "paid 2,000 dollars to an officer"
        bought = {"release", "free", "freedom", "let", "body", "bail", "exchange", "bribe"}
        bought |= {"food", "medicine", "visit", "protection", "charge"}  # favours in custody
        return bool(context & bought) or forced  # "paid officials in exchange for news of him"
    if paid is None and not forced:
        return False
    return bool(words & {"release", "freedom", "body", "free", "let"}) or forced


# Payers who are private people: a family, a relative, a speaker ("my uncle paid").
PRIVATE_PAYERS = frozenset(
    {"i", "we", "he", "she", "uncle", "aunt", "mother", "father", "brother", "sister", "wife"}
    | {"husband", "son", "daughter", "family", "relative", "parent", "cousin", "grandmother"}
)


def _private_sum_to_officer(pay: Token, paid: Token | None, paid_to: Token | None) -> bool:
    """ "my uncle paid a police officer 4,000 lev", "we paid a man from the district police
    500 euros": a sum a family hands an officer in person is a bribe; the state paying its
    officers their wages, or a fine paid at a counter, is not."""
    if is_negated(pay) or modal_of(pay) not in (None, "past") or lawful_payment(pay):
        return False
    if {t.lemma_.lower() for t in pay.subtree} & (PENALTIES | {"ticket", "receipt", "tax"}):
        return False  # "paid the officer a fine", "for the parking ticket": a receipt is given
    payer = subject_of(pay)
    if payer is None or payer.lemma_.lower() not in PRIVATE_PAYERS | KIN:
        return False
    officer = next(
        (t for t in (paid_to, paid) if t is not None and _officer(t)),
        None,
    )
    if officer is None:
        return False
    return any(_is_money(t) and t != officer for t in pay.subtree)


def _officer(person: Token) -> bool:
    """An officer by name of rank or force, or "a man from the district police"."""
    force = object_of_preposition(person, "from", "of")
    return person.lemma_.lower() in CAPTORS | OFFICIALS or (
        is_person_like(person) and force is not None and force.lemma_.lower() in CAPTORS | OFFICIALS
    )


# What a court, a regulator or an office lawfully makes people pay; written "a 'fine' paid in
# cash to the commander", or paid for someone's freedom, it is a bribe all the same.
PENALTIES = frozenset({"fine", "penalty", "fee", "duty", "tariff", "toll", "levy", "bail"})
# Verbs of pressing someone into an act: "coerced into paying", "pressured into handing over".
PRESSING = frozenset(
    {"coerce", "force", "pressure", "pressurise", "pressurize", "bully", "intimidate", "trick"}
)
# Those who hold people to sell them back: whatever is paid to them is a ransom.
RANSOM_TAKERS = frozenset({"kidnapper", "abductor", "captor", "hostage-taker", "gang"})


def lawful_penalty(pay: Token) -> bool:
    """ "paid a fine and was released", "paid bail", "paid his debts": a penalty, bail or debt
    paid is lawful, unless paid in cash to an officer or a captor ("paid a 'fine' in cash to
    the commander before he was freed")."""
    paid = child_with(pay, "dobj")
    if paid is None or paid.lemma_.lower() not in PENALTIES | {"debt"}:
        return False
    payees = (object_of_preposition(pay, "to"), child_with(pay, "dative"))
    if any(p is not None and p.lemma_.lower() in CAPTORS | OFFICIALS for p in payees):
        return False
    bought = object_of_preposition(pay, "for") or object_of_preposition(paid, "for")
    if bought is not None and bought.lemma_.lower() in ("release", "freedom"):
        return False  # "asked to pay a fee of 200 dollars for his release"
    return not any(t.lower_ in ("cash", "bribe") for t in pay.subtree)


def coerced_into(pay: Token) -> bool:
    """ "were coerced into paying the traffickers", "pressured into paying": a payment pressed
    out of people is extorted, as "forced to pay" is."""
    into = pay.head if pay.dep_ == "pcomp" else None
    return into is not None and into.lower_ == "into" and into.head.lemma_.lower() in PRESSING


def _paid_way_out(pay: Token) -> bool:
    """ "paid his way out of detention", "paid their way out of the police station": freedom
    from custody bought, which the law never sells."""
    way = child_with(pay, "dobj")
    if way is None or way.lower_ != "way":
        return False
    out = next((c for c in [*pay.children, *way.children] if c.lower_ == "out"), None)
    place = object_of_preposition(out, "of") if out is not None else None
    return place is not None and (place.lower_ in CUSTODY_WORDS or place.lemma_.lower() in CAPTIVE)


def _paid_to_captors(pay: Token) -> bool:
    """ "paid the kidnappers 20,000 dollars", "paid 4,000 euros to the men holding her son":
    money paid to those who hold a person is the price of that person, a ransom."""
    if is_negated(pay) or modal_of(pay) not in (None, "past"):
        return False
    for payee in (object_of_preposition(pay, "to"), child_with(pay, "dative", "dobj")):
        if payee is None:
            continue
        if payee.lemma_.lower() in RANSOM_TAKERS:
            return True
        holding = [c for c in payee.children if c.dep_ in ("acl", "relcl")]
        held = [child_with(c, "dobj") for c in holding if c.lemma_.lower() in CAPTIVE]
        if any(is_person_like(person) for person in held):
            return True  # "the men holding her son", "the group that kidnapped him"
    return False


# How a family raises a sum it cannot spare: selling what it owns, borrowing, pawning.
RAISING_MONEY = frozenset({"sell", "borrow", "lend", "mortgage", "pawn", "loan"})


def raised_and_paid(pay: Token) -> bool:
    """ "We sold our car and paid", "she borrowed the money from her brother and paid", "a
    friend lent it to me and I paid them the next morning": in a victim's account, a sum raised
    by selling or borrowing and then paid, with nothing bought, is a ransom or a bribe."""
    if pay.lemma_.lower() != "pay" or is_negated(pay) or is_conditional(pay):
        return False
    if lawful_payment(pay) or modal_of_pay(pay):
        return False
    bought = object_of_preposition(pay, "for")
    if bought is not None and bought.lemma_.lower() not in ("release", "freedom", "return"):
        return False  # "sold the flat and paid for her studies"
    if any(c.lower_ in ("off", "back", "debt", "debts") for c in pay.subtree):
        return False  # "sold the car and paid off the loan"
    raised = [
        t
        for t in pay.sent
        if t.lemma_.lower() in RAISING_MONEY and t.pos_ == "VERB" and t.i < pay.i
    ]
    return bool(raised) and not any(is_negated(t) for t in raised)


def modal_of_pay(pay: Token) -> bool:
    """A payment only planned or possible ("would have to pay", "could pay"): none made."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in pay.children)


# Where a sum paid to go on is a bribe: checkpoints and roadblocks on the way.
PASSAGE = frozenset({"checkpoint", "roadblock", "barrier", "post"})


def demanded_by_captors(demand: Token) -> bool:
    """Money demanded by police, guards or officials is a bribe asked for, whatever its
    pretext: "officers demanded 1,000 euros", "were asked for money by investigators"."""
    if intent_governor(demand) is not None or _demand_foreseen(demand):
        return False  # "residents fear the militia will start demanding money"
    demander = subject_of(demand)
    if any(c.dep_ == "auxpass" for c in demand.children):
        agent = next((c for c in demand.children if c.dep_ == "agent"), None)
        demander = child_with(agent, "pobj") if agent is not None else None
    carried = demand.dep_ == "acl" and demand.head.lemma_.lower() in MESSAGES
    if carried and (demander is None or demander == demand.head):
        sender = demand.head.head  # "the captors sent his wife a message demanding 20,000"
        demander = subject_of(sender) if sender.pos_ in ("VERB", "AUX") else None
    if demander is None:
        return False
    people = {demander} | {c for c in demander.conjuncts}
    return any(p.lemma_.lower() in CAPTORS | OFFICIALS for p in people)


# What carries a demand from the one who makes it: "a message demanding", "calls demanding".
MESSAGES = frozenset({"message", "note", "letter", "call", "text", "video", "email", "demand"})


def _demand_foreseen(demand: Token) -> bool:
    """A demand only expected or possible ("will start demanding", "could demand"): none made."""
    verb = demand.head if demand.dep_ == "xcomp" else demand
    return modal_of(verb) not in (None, "past") or modal_of(demand) not in (None, "past")


def buys_freedom(verb: Token) -> bool:
    """ "asked for money to free him": the demand names the freedom the money buys."""
    return bool({t.lemma_.lower() for t in verb.subtree} & {"release", "freedom", "free", "let"})


def for_release(token: Token) -> bool:
    """ "payment … for his release / for protection": money demanded for freedom or safety."""
    words = {t.lemma_.lower() for t in token.head.subtree}
    return bool(words & {"release", "freedom", "protection", "silence", "return", "free", "let"})


def paid_by(money: Token, verb: Token) -> Token | None:
    """Who money is demanded from: "demanded money from the families" (either attachment)."""
    return object_of_preposition(money, "from") or object_of_preposition(verb, "from")


def in_exchange(money: Token) -> bool:
    """ "in exchange for money": a favour sold by whoever offers it."""
    prep = money.head
    offered = prep.head.dep_ == "xcomp" and prep.head.head.lemma_.lower() == "offer"
    return prep.lower_ == "for" and (prep.head.lower_ in ("exchange", "return") or offered)


# Verbs of sending a sum, which buy a release as "pay" does: "transferred 5,000 euros to the
# officers for his release", "wired the money to the men holding him".
SENDING_MONEY = frozenset({"transfer", "send", "wire", "give"})


def money_sent_for_freedom(send: Token) -> bool:
    """ "transferred 5,000 euros to the officers for his release": a sum sent for a release or
    to those holding someone is extortion, as a payment is; a sum sent for goods is not."""
    if send.lemma_.lower() not in SENDING_MONEY or not _is_money(child_with(send, "dobj")):
        return False
    return money_for_freedom(send)


# Payment nouns that a release can follow: "released upon payment of 2,000 dollars".
PAYMENT_WORDS = frozenset({"payment", "paying", "transfer"})


def freed_on_payment(money: Token) -> Token | None:
    """The release a sum bought: "was released upon payment of 2,000 dollars", "freed after the
    payment of a ransom". Bail, fines and deposits are lawful and give None."""
    payment = money.head.head if money.head.lower_ == "of" else None
    if payment is None or payment.lemma_.lower() not in PAYMENT_WORDS:
        return None
    prep = payment.head
    freed = prep.head
    if prep.lower_ not in ("upon", "on", "after", "against", "following"):
        return None
    if freed.lemma_.lower() not in FREED or is_negated(freed):
        return None
    words = {t.lemma_.lower() for t in payment.subtree}
    return None if words & (PENALTIES | {"bail", "deposit", "guarantee", "surety"}) else freed


# Sums levied by those who hold a road or a person: "levied a 'tax' on families".
LEVIES = frozenset({"tax", "toll", "fee", "levy", "charge", "duty"})


def levied_on_people(levy: Token) -> Token | None:
    """Who paid a levy that no law sets: "the militia levied a 'tax' on families to let them
    pass", "commanders charge travellers 'road tolls'", "the gang collects a weekly 'rent'
    from every business". A levy is extortion when armed men or guards set it, when it buys
    passage or freedom, or when the writer puts its name in scare quotes; a council's tax on
    tourists is law."""
    if levy.lemma_.lower() not in ("levy", "impose", "collect", "charge", "exact"):
        return None
    objects = [c for c in levy.children if c.dep_ in ("dobj", "dative")]
    tax = next((o for o in objects if o.lemma_.lower() in LEVIES | EUPHEMISMS), None)
    if tax is None:
        return None
    euphemism = in_scare_quotes(tax) and not is_lawmaker(subject_of(levy))
    if tax.lemma_.lower() not in LEVIES and not euphemism:
        return None  # "collect the rent": a landlord's due
    payers = object_of_preposition(levy, "on", "from") or object_of_preposition(tax, "on", "from")
    if payers is None:  # "charge travellers 'road tolls'": the other object pays
        payers = next((o for o in objects if o is not tax), None)
    if payers is None or not (is_person_like(payers) or payers.lemma_.lower() in TAKEN_FROM):
        return None
    setter = subject_of(levy)
    armed = setter is not None and setter.lemma_.lower() in OFFICIALS | RANSOM_TAKERS | ARMED
    words = {t.lemma_.lower() for t in levy.subtree}
    passage = bool(words & ({"pass", "through", "go"} | PASSAGE)) and "let" in words
    return payers if armed or passage or euphemism else None


# Names for a sum that, in scare quotes, dress up a levy: a weekly "rent", a "gift".
EUPHEMISMS = frozenset({"rent", "gift", "donation", "contribution", "fine"})
# Those whose levies are law, quoted or not ("the so-called 'bedroom tax'").
LAWMAKERS = frozenset(
    {"government", "council", "parliament", "ministry", "municipality", "city", "state"}
)
# Straight and curly quotation marks, as tokens.
QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019"})


def in_scare_quotes(noun: Token) -> bool:
    """ "a weekly 'rent'", "'road tolls'": the noun, with its compounds, between quotes."""
    first = min([noun.i] + [c.i for c in noun.children if c.dep_ == "compound"])
    doc = noun.doc
    before = doc[first - 1].text if first > 0 else ""
    after = doc[noun.i + 1].text if noun.i + 1 < len(doc) else ""
    return before in QUOTES and after in QUOTES


def is_lawmaker(body: Token | None) -> bool:
    """A government, a council or a parliament, whose levies and fees are law."""
    return body is not None and body.lemma_.lower() in LAWMAKERS


# Armed groups that set their own levies.
ARMED = frozenset({"militia", "militiaman", "rebel", "gunman", "fighter", "gang", "group"})


def payment_to_holders(payment: Token) -> Token | None:
    """Whom payments were made to when they are guards, police or captors: "made payments to
    the guards to see the detainees". Payments to a fund, a firm or a shop are not."""
    if payment.lemma_.lower() not in ("payment", "bribe") or payment.head.lemma_.lower() != "make":
        return None
    payee = object_of_preposition(payment, "to") or object_of_preposition(payment.head, "to")
    if payee is None or payee.lemma_.lower() not in OFFICIALS | RANSOM_TAKERS | ARMED:
        return None
    return None if is_negated(payment.head) else payee


# Verbs of finding a sum that a captor orders: "told his wife to raise 10,000 dollars".
RAISING = frozenset({"raise", "find", "gather", "collect"})


def told_to_raise(raise_: Token) -> bool:
    """ "the kidnappers told his wife to raise 10,000 dollars or never see him again": a sum
    ordered by captors or officials, or on pain of losing someone, is a ransom demand."""
    if raise_.lemma_.lower() not in RAISING or not _is_money(child_with(raise_, "dobj")):
        return False
    teller = raise_.head
    if raise_.dep_ != "xcomp" or teller.lemma_.lower() not in ("tell", "order", "give", "warn"):
        return False
    who = subject_of(teller)
    holders = who is not None and who.lemma_.lower() in OFFICIALS | RANSOM_TAKERS | ARMED
    alternative = any(c.dep_ == "cc" and c.lower_ == "or" for c in raise_.children)
    return holders or alternative


# What a captor sells a family: a file closed, charges dropped, a visit, a better cell.
CUSTODY_FAVOURS = frozenset(
    {"file", "case", "charge", "visit", "see", "bed", "cell", "food", "phone", "transfer"}
)


def cost_named_by_captor(money: Token) -> Token | None:
    """The guard or officer who told a family what a favour "would cost": "a guard told my
    mother it would cost 3,000 tarv for the file to be closed". A price named by one who
    holds a person is a demand; a shopkeeper's "it would cost 300 euros" is trade."""
    cost = money.head
    if money.dep_ != "dobj" or cost.lemma_.lower() != "cost" or is_negated(cost):
        return None
    if not any(c.dep_ == "nummod" for c in money.children) or money.lemma_.lower() in MEASURES:
        return None
    tell = cost.head if cost.dep_ == "ccomp" else None
    if tell is None or tell.lemma_.lower() not in OFFERING | {"say"}:
        return None
    teller = subject_of(tell)
    if teller is None or teller.lemma_.lower() not in CAPTORS | OFFICIALS:
        return None
    priced = subject_of(cost)  # "it would cost", not "the repairs would cost"
    told = child_with(tell, "dobj", "dative")
    if priced is None or priced.lower_ not in ("it", "this", "that") or not is_person_like(told):
        return None
    favours = {t.lemma_.lower() for t in cost.subtree} & CUSTODY_FAVOURS
    return teller if favours or _freedom_priced(cost) else None
