"""Extortion rules: money demanded, taken or paid for freedom or favours."""

from __future__ import annotations

from spacy.tokens import Token

from factfinder.extract.actors import child_with, object_of_preposition, subject_of
from factfinder.extract.events.clauses import clause_root, compelled, is_negated
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
    if money.dep_ != "pobj" or money.head.lower_ != "for" or named_people(money):
        return None
    if not any(c.dep_ == "nummod" for c in money.children):
        return None
    if money.ent_type_ != "MONEY" and money.lemma_.lower() in MEASURES:
        return None
    verb = money.head.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX"):
            official = subject_of(verb)
            if official is not None and official.lemma_.lower() in CAPTORS | OFFICIALS:
                return official  # "the investigator said the file could vanish for 1,000 krona"
        if verb.dep_ not in ("ccomp", "xcomp") or verb.head == verb:
            return None
        verb = verb.head
    return None


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
    if mark == "unless":
        return True
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
    held = pay.head
    return held.lemma_.lower() in WITHHOLDING | FREED or (mark == "unless" and held.pos_ == "AUX")


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
