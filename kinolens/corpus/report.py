"""`kinolens report`: one self-contained HTML file (inline SVG charts, no scripts, no network)."""
from __future__ import annotations

from collections import Counter
from html import escape
from typing import Optional

from sqlalchemy import select

from . import schema as t
from .queries import film_profile, list_films
from .store import Store

COLORS = {"positive": "#2e7d32", "neutral": "#f9a825", "negative": "#c62828", "mixed": "#f9a825"}
STYLE = """body{font:15px/1.45 system-ui,sans-serif;max-width:980px;margin:2em auto;padding:0 1em;color:#222}
h1{margin-bottom:.2em}h2{margin-top:1.6em;border-bottom:1px solid #ddd}table{border-collapse:collapse;width:100%}
td,th{padding:.3em .5em;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
.muted{color:#666}blockquote{margin:.4em 0;padding:.3em .8em;border-left:4px solid #ccc;background:#fafafa}
.pos{border-color:#2e7d32}.neg{border-color:#c62828}.mixed{border-color:#f9a825}"""


def bars_svg(items: list[tuple[str, float, str]], width: int = 520, unit: str = "") -> str:
    """Horizontal bars: (label, value, colour)."""
    top = max([v for _, v, _ in items] + [1e-9])
    row = 26
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{row * len(items) + 4}" role="img">']
    for i, (label, value, colour) in enumerate(items):
        w = (width - 230) * value / top
        y = i * row + 2
        parts.append(f'<text x="0" y="{y + 17}" font-size="13">{escape(label)}</text>'
                     f'<rect x="150" y="{y + 4}" width="{w:.1f}" height="18" fill="{colour}"/>'
                     f'<text x="{156 + w:.1f}" y="{y + 17}" font-size="13">{value:g}{unit}</text>')
    parts.append("</svg>")
    return "".join(parts)


def histogram_svg(values: list[float], width: int = 520, height: int = 140) -> str:
    """Ratings 1–10 in ten bins."""
    bins = Counter(min(10, max(1, round(v))) for v in values)
    top = max(bins.values() or [1])
    bw = width / 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 20}" role="img">']
    for k in range(1, 11):
        h = (height - 10) * bins.get(k, 0) / top
        x = (k - 1) * bw
        parts.append(f'<rect x="{x + 2:.1f}" y="{height - h:.1f}" width="{bw - 4:.1f}" height="{h:.1f}" fill="#3949ab"/>'
                     f'<text x="{x + bw / 2:.1f}" y="{height + 15}" font-size="12" text-anchor="middle">{k}</text>')
    parts.append("</svg>")
    return "".join(parts)


def verdict_bars(verdicts: dict) -> str:
    return bars_svg([(k, verdicts.get(k, 0), COLORS[k]) for k in ("positive", "neutral", "negative")])


def film_section(p: dict) -> str:
    html = [f"<h1>{escape(p['title'])}</h1>",
            f"<p class=muted>{p['reviews']} reviews · mean predicted rating {p['rating'] or '—'} · "
            f"mean stated rating {p['stated_rating'] or '—'}"
            + (f" · also written {escape(', '.join(p['aliases']))}" if p["aliases"] else "") + "</p>",
            "<h2>Verdicts</h2>", verdict_bars(p["verdicts"]),
            "<h2>Predicted ratings</h2>", histogram_svg(p["ratings"])]
    if p["aspects"]:
        html += ["<h2>Aspects</h2>", "<p class=muted>share of positive judgements among the reviews that judge it</p>",
                 bars_svg([(f"{a['aspect']} ({a['reviews']})", round(100 * a["positive"]), "#2e7d32")
                           for a in p["aspects"]], unit="%")]
        for a in p["aspects"]:
            for q in a["quotes"][:2]:
                html.append(f"<blockquote class={_cls(q['polarity'])}><b>{escape(a['aspect'])}</b>: "
                            f"{escape(q['text'])}</blockquote>")
    if p["cast"]:
        html += ["<h2>Cast</h2><table><tr><th>actor</th><th>character</th><th>reviews</th></tr>"]
        html += [f"<tr><td>{escape(c['actor'])}</td><td>{escape(c['character'] or '')}</td><td>{c['reviews']}</td></tr>"
                 for c in p["cast"][:30]]
        html.append("</table>")
    if p["crew"]:
        html += ["<h2>Crew</h2><table>"] + [f"<tr><td>{escape(c['name'])}</td><td>{c['kind']}</td><td>{c['reviews']}</td></tr>"
                                             for c in p["crew"][:20]] + ["</table>"]
    if p["people"]:
        html += ["<h2>Praised and criticised</h2><table><tr><th>person</th><th>+</th><th>−</th><th>mixed</th></tr>"]
        html += [f"<tr><td>{escape(x['name'])}</td><td>{x['positive']}</td><td>{x['negative']}</td><td>{x['mixed']}</td></tr>"
                 for x in p["people"][:20]] + ["</table>"]
    if p["works"]:
        html += ["<h2>Works named</h2><table>"] + [f"<tr><td>{escape(w['title'])}</td><td>{w['relation']}</td>"
                                                   f"<td>{w['reviews']}</td></tr>" for w in p["works"][:20]] + ["</table>"]
    for name, rows in (("Best reviews", p["best"]), ("Worst reviews", p["worst"])):
        if rows:
            html.append(f"<h2>{name}</h2>")
            html += [f"<blockquote class={_cls(r['label'])}>{escape(r['excerpt'])} "
                     f"<span class=muted>({escape(r['id'])}, {r['label']}, {r['rating']})</span></blockquote>" for r in rows]
    return "\n".join(html)


def corpus_section(store: Store) -> str:
    films = list_films(store)
    with store.engine.connect() as conn:
        rows = conn.execute(select(t.reviews.c.label, t.reviews.c.rating)).all()
        aspects = conn.execute(select(t.review_aspects.c.aspect, t.review_aspects.c.polarity)).all()
    verdicts = Counter(label for label, _ in rows)
    asp = Counter(a for a, _ in aspects)
    pos = Counter(a for a, p in aspects if p == "positive")
    html = ["<h1>kinolens corpus report</h1>",
            f"<p class=muted>{len(rows)} reviews of {len(films)} films</p>",
            "<h2>Verdicts</h2>", verdict_bars(verdicts),
            "<h2>Predicted ratings</h2>", histogram_svg([r for _, r in rows if r is not None])]
    if asp:
        html += ["<h2>Aspects</h2>", bars_svg([(f"{a} ({n})", round(100 * pos[a] / n), "#2e7d32")
                                               for a, n in asp.most_common()], unit="%")]
    html += ["<h2>Films</h2><table><tr><th>film</th><th>reviews</th><th>positive</th><th>negative</th>"
             "<th>rating</th><th>stated</th></tr>"]
    html += [f"<tr><td>{escape(f['title'])}</td><td>{f['reviews']}</td><td>{f['positive']:.0%}</td>"
             f"<td>{f['negative']:.0%}</td><td>{f['rating'] or ''}</td><td>{f['stated_rating'] or ''}</td></tr>"
             for f in films[:200]]
    html.append("</table>")
    return "\n".join(html)


def render_report(store: Store, title: Optional[str] = None) -> str:
    """The whole HTML document for a film, or for the corpus when `title` is None."""
    body = film_section(film_profile(store, title)) if title else corpus_section(store)
    name = escape(title or "corpus")
    return (f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>kinolens — {name}</title>'
            f"<style>{STYLE}</style></head><body>{body}"
            "<p class=muted>made by kinolens</p></body></html>")


def _cls(polarity: Optional[str]) -> str:
    return {"positive": "pos", "negative": "neg", "mixed": "mixed"}.get(polarity or "", "")
