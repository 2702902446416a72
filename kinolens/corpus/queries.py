"""Questions to the store: films, a film's profile, a person, errors. Plain dicts out."""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import Optional

from sqlalchemy import case, func, select

from ..errors import InputError
from . import schema as t
from .keys import fold
from .store import Store

CREW = ("director", "writer", "author", "composer", "cinematographer", "producer")


def list_films(store: Store, limit: Optional[int] = None) -> list[dict]:
    """Films with review counts, verdict shares and mean predicted / stated ratings."""
    r = t.reviews
    q = (select(t.films.c.key, t.films.c.title, func.count(r.c.id).label("reviews"),
                func.sum(case((r.c.label == "positive", 1), else_=0)).label("positive"),
                func.sum(case((r.c.label == "neutral", 1), else_=0)).label("neutral"),
                func.sum(case((r.c.label == "negative", 1), else_=0)).label("negative"),
                func.avg(r.c.rating).label("rating"), func.avg(r.c.stated_rating).label("stated_rating"))
         .join(r, r.c.film_key == t.films.c.key).group_by(t.films.c.key, t.films.c.title)
         .order_by(func.count(r.c.id).desc(), t.films.c.title))
    if limit:
        q = q.limit(limit)
    with store.engine.connect() as conn:
        rows = conn.execute(q).mappings().all()
    out = []
    for row in rows:
        n = row["reviews"] or 1
        out.append({"key": row["key"], "title": row["title"], "reviews": row["reviews"],
                    "positive": round(row["positive"] / n, 3), "neutral": round(row["neutral"] / n, 3),
                    "negative": round(row["negative"] / n, 3),
                    "rating": _round(row["rating"]), "stated_rating": _round(row["stated_rating"])})
    return out


def find_film(store: Store, title: str) -> dict:
    """The film a title (any alias, any case) names; InputError when none does."""
    with store.engine.connect() as conn:
        key = conn.execute(select(t.film_aliases.c.film_key).where(t.film_aliases.c.alias_key == fold(title))).scalar()
        if key is None:
            key = conn.execute(select(t.films.c.key).where(t.films.c.key == title)).scalar()
        if key is None:
            raise InputError(f"no film {title!r} in the store")
        row = conn.execute(select(t.films).where(t.films.c.key == key)).mappings().one()
        aliases = conn.execute(select(t.film_aliases.c.alias).where(t.film_aliases.c.film_key == key)).scalars().all()
    return {"key": row["key"], "title": row["title"], "aliases": sorted(set(aliases) - {row["title"]})}


def film_profile(store: Store, title: str, quotes: int = 3) -> dict:
    """Cast voted across reviews, crew, aspects with quotes, praised and criticised people,
    compared works, best and worst reviews."""
    film = find_film(store, title)
    key = film["key"]
    r = t.reviews
    with store.engine.connect() as conn:
        reviews = conn.execute(select(r.c.id, r.c.label, r.c.rating, r.c.stated_rating, r.c.p_positive,
                                      r.c.p_negative, r.c.text).where(r.c.film_key == key)).mappings().all()
        people = conn.execute(select(t.review_people).join(r, r.c.id == t.review_people.c.review_id)
                              .where(r.c.film_key == key)).mappings().all()
        aspects = conn.execute(select(t.review_aspects).join(r, r.c.id == t.review_aspects.c.review_id)
                               .where(r.c.film_key == key)).mappings().all()
        works = conn.execute(select(t.review_works).join(r, r.c.id == t.review_works.c.review_id)
                             .where(r.c.film_key == key)).mappings().all()
    n = len(reviews)
    labels = Counter(x["label"] for x in reviews)
    ratings = [x["rating"] for x in reviews if x["rating"] is not None]
    stated = [x["stated_rating"] for x in reviews if x["stated_rating"] is not None]
    ranked = sorted(reviews, key=lambda x: (x["p_positive"] or 0) - (x["p_negative"] or 0))
    return {
        **film, "reviews": n,
        "verdicts": {k: labels.get(k, 0) for k in ("positive", "neutral", "negative")},
        "rating": _round(sum(ratings) / len(ratings)) if ratings else None,
        "stated_rating": _round(sum(stated) / len(stated)) if stated else None,
        "ratings": ratings, "stated_ratings": stated,
        "cast": _cast(people), "crew": _crew(people), "aspects": _aspects(aspects, n, quotes),
        "people": _opinions(people), "works": _works(works),
        "best": [_review_brief(x) for x in ranked[::-1][:quotes]],
        "worst": [_review_brief(x) for x in ranked[:quotes] if x["label"] != "positive"],
    }


def person_profile(store: Store, name: str) -> dict:
    """Films, roles and opinions of a person across the corpus (full name or surname)."""
    key = fold(name)
    p, r = t.review_people, t.reviews
    cond = p.c.name_key == key if " " in key else (p.c.name_key == key) | p.c.name_key.like(f"% {key}")
    with store.engine.connect() as conn:
        rows = conn.execute(select(p, r.c.film_key, t.films.c.title)
                            .join(r, r.c.id == p.c.review_id)
                            .join(t.films, t.films.c.key == r.c.film_key, isouter=True).where(cond)).mappings().all()
    if not rows:
        raise InputError(f"no person {name!r} in the store")
    names = Counter(row["name"] for row in rows)
    films: dict = defaultdict(lambda: {"reviews": 0, "kinds": Counter(), "characters": Counter(), "opinions": Counter(),
                                       "quotes": []})
    for row in rows:
        f = films[row["title"] or "—"]
        f["reviews"] += 1
        f["kinds"].update(k for k in row["kinds"].split(",") if k)
        f["characters"].update(c for c in row["characters"].split("|") if c)
        if row["opinion"]:
            f["opinions"][row["opinion"]] += 1
            if row["quote"] and len(f["quotes"]) < 3:
                f["quotes"].append({"polarity": row["opinion"], "text": row["quote"], "review": row["review_id"]})
    return {"name": names.most_common(1)[0][0], "mentions": len(rows),
            "films": [{"film": title, "reviews": f["reviews"], "kinds": dict(f["kinds"].most_common()),
                       "characters": dict(f["characters"].most_common()), "opinions": dict(f["opinions"]),
                       "quotes": f["quotes"]} for title, f in sorted(films.items(), key=lambda kv: -kv[1]["reviews"])]}


def list_errors(store: Store, limit: Optional[int] = None) -> list[dict]:
    q = select(t.errors.c.id, t.errors.c.reason).order_by(t.errors.c.seq)
    if limit:
        q = q.limit(limit)
    with store.engine.connect() as conn:
        return [dict(row) for row in conn.execute(q).mappings()]


def _cast(people) -> list[dict]:
    votes: dict = defaultdict(Counter)
    names: dict = defaultdict(Counter)
    for row in people:
        if "actor" in row["kinds"].split(","):
            names[row["name_key"]][row["name"]] += 1
            votes[row["name_key"]].update(c for c in row["characters"].split("|") if c)
    out = []
    for key, forms in names.items():
        character = votes[key].most_common(1)
        out.append({"actor": max(forms, key=lambda f: (forms[f], len(f))), "reviews": sum(forms.values()),
                    "character": character[0][0] if character else None,
                    "character_votes": character[0][1] if character else 0})
    return sorted(out, key=lambda x: (-x["reviews"], x["actor"]))


def _crew(people) -> list[dict]:
    votes: Counter = Counter()
    names: dict = {}
    for row in people:
        for kind in row["kinds"].split(","):
            if kind in CREW:
                votes[(row["name_key"], kind)] += 1
                names.setdefault(row["name_key"], row["name"])
    return [{"name": names[k], "kind": kind, "reviews": n} for (k, kind), n in votes.most_common()]


def _aspects(rows, n_reviews: int, quotes: int) -> list[dict]:
    by: dict = defaultdict(list)
    for row in rows:
        by[row["aspect"]].append(row)
    out = []
    for aspect, items in by.items():
        pol = Counter(x["polarity"] for x in items)
        total = len(items)
        out.append({"aspect": aspect, "reviews": total, "share_of_reviews": round(total / max(n_reviews, 1), 3),
                    "positive": round(pol["positive"] / total, 3), "negative": round(pol["negative"] / total, 3),
                    "mixed": round(pol["mixed"] / total, 3),
                    "quotes": [{"polarity": x["polarity"], "text": x["quote"], "review": x["review_id"]}
                               for x in sorted(items, key=lambda x: -abs(x["score"] or 0))[:quotes] if x["quote"]]})
    return sorted(out, key=lambda x: -x["reviews"])


def _opinions(people) -> list[dict]:
    by: dict = defaultdict(Counter)
    names: dict = {}
    for row in people:
        if row["opinion"]:
            by[row["name_key"]][row["opinion"]] += 1
            names.setdefault(row["name_key"], row["name"])
    out = [{"name": names[k], "positive": c["positive"], "negative": c["negative"], "mixed": c["mixed"],
            "balance": c["positive"] - c["negative"]} for k, c in by.items()]
    return sorted(out, key=lambda x: (-x["balance"], x["name"]))


def _works(rows) -> list[dict]:
    votes: Counter = Counter((fold(row["title"]), row["relation"]) for row in rows)
    titles = {fold(row["title"]): row["title"] for row in rows}
    return [{"title": titles[k], "relation": rel, "reviews": n} for (k, rel), n in votes.most_common()]


def _review_brief(row) -> dict:
    text = " ".join(row["text"].split())
    return {"id": row["id"], "label": row["label"], "rating": row["rating"],
            "excerpt": text[:240] + ("…" if len(text) > 240 else "")}


def _round(value) -> Optional[float]:
    return None if value is None else round(float(value), 2)


def card_of(store: Store, review_id: str) -> dict:
    with store.engine.connect() as conn:
        row = conn.execute(select(t.reviews.c.card).where(t.reviews.c.id == review_id)).scalar()
    if row is None:
        raise InputError(f"no review {review_id!r} in the store")
    return json.loads(row)
