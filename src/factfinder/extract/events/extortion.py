"""Extortion rules: money demanded, taken or paid for freedom or favours."""

from __future__ import annotations

from spacy.tokens import Token

from factfinder.extract.actors import child_with, object_of_preposition, subject_of
from factfinder.extract.events.clauses import (
    clause_root,
    compelled,
    is_conditional,
    is_negated,
    is_passive,
)
from factfinder.extract.events.lexicon import CAPTORS, ENDURED, PAYMENT_DEMANDS, THREAT_VERBS
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
MONEY = frozenset({"money", "cash", "sum", "bribe", "payment", "fee", "dollar", "euro", "savings"})


def told_to_pay(pay: Token) -> bool:
    """ "guards told his mother she would have to pay them off": the demand is the extortion."""
    obliged = pay.head
    return obliged.lemma_.lower() == "have" and clause_root(obliged).head.lemma_.lower() in (
        THREAT_VERBS | {"say", "inform"}
    )


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
        if verb.dep_ not in ("ccomp", "xcomp") or verb.head == verb:
            return None
        verb = verb.head
    return None


def _priced_verb(money: Token) -> Token | None:
    """The verb a price is set on: "could help for 1,000 krona", and "for 2,000 euros more he
    could find out", where the parser hangs the sum on "more"."""
    if money.dep_ == "pobj" and money.head.lower_ == "for":
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
    return paid and (forced or _paid_for_freedom(hand))


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
    return money is not None and _is_money(money) and (is_person_like(source) or owners)


# What money is taken from that stands for its owners: "from each stall", "from every shop".
TAKEN_FROM = frozenset(
    {"stall", "shop", "business", "family", "household", "trader", "vendor", "store", "kiosk"}
    | {"driver", "car", "vehicle", "truck", "bus", "taxi", "market", "farm", "village", "home"}
)


def _is_money(token: Token | None) -> bool:
    """A sum of money: named as such ("cash", "a bribe") or by any currency ("500 calderi")."""
    return token is not None and (token.lemma_.lower() in MONEY or sum_of_currency(token))


def sum_of_currency(token: Token) -> bool:
    """The currency noun of a sum, even in a currency no lexicon knows: what the tagger labels
    money, or a counted thing paid, demanded or handed over ("paid 10,000 calderi")."""
    if token.pos_ == "NUM":  # "$2,000", "€500": the sign is the currency
        return any(c.tag_ == "$" for c in token.children)
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
    if _paid_for_freedom(pay):
        return True  # "they let him go after his family paid"
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
    if is_payee(paid) or (payee is not None and payee.lemma_.lower() in CAPTORS):
        context = {t.lemma_.lower() for t in pay.sent}  # "paid 2,000 dollars to an officer"
        bought = {"release", "free", "freedom", "let", "body", "bail", "exchange", "bribe"}
        bought |= {"food", "medicine", "visit", "protection", "charge"}  # favours in custody
        return bool(context & bought) or forced  # "paid officials in exchange for news of him"
    if paid is None and not forced:
        return False
    return bool(words & {"release", "freedom", "body", "free", "let"}) or forced


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
    demander = subject_of(demand)
    if any(c.dep_ == "auxpass" for c in demand.children):
        agent = next((c for c in demand.children if c.dep_ == "agent"), None)
        demander = child_with(agent, "pobj") if agent is not None else None
    if demander is None:
        return False
    people = {demander} | {c for c in demander.conjuncts}
    return any(p.lemma_.lower() in CAPTORS | OFFICIALS for p in people)


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
