"""Write the bench's real-world-like pages into bench/pages/ (run once; the pages are committed).

Each page carries the weight real sites carry (head metadata, inline CSS, JSON-LD, SVG icons, navigation and
footer menus, tracking scripts) around its content, so the raw-HTML-to-snapshot ratio is realistic.
"""

from __future__ import annotations

import random
from pathlib import Path

OUT = Path(__file__).resolve().parent / "pages"
rng = random.Random(7)
WORDS = [
    "harbour", "tide", "boat", "chart", "pilot", "moon", "sand", "bank", "fisher", "net", "rope",
    "sail", "wind", "gull", "quay", "lamp", "storm", "calm", "current", "north", "south", "ferry",
    "island", "cove", "reef", "anchor", "keel", "mast", "deck", "crew", "cargo", "salt", "shell",
    "wave",
]


def words(n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


ICON = ('<svg class="icon" width="16" height="16" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2L2 7l10 5 '
        '10-5-10-5zm0 7.5L4.5 6 12 2.5 19.5 6 12 9.5zM2 17l10 5 10-5M2 12l10 5 10-5" fill="none" '
        'stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>')
CSS = "\n".join(f".c{i}{{margin:{i % 7}px;padding:{i % 5}px;color:#{i * 99 % 0xffffff:06x};display:flex;"
                f"align-items:center;justify-content:space-between}}" for i in range(160))
TRACK = ("<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'start':new Date().getTime(),event:'load'});"
         "var f=d.getElementsByTagName(s)[0];})(window,document,'script','dataLayer','X-1');</script>" * 4)


def head(title: str) -> str:
    metas = "".join(f'<meta property="og:{k}" content="{words(6)}">' for k in ("title", "description", "site",
                                                                              "image", "type", "url"))
    ld = '{"@context":"https://schema.org","@type":"WebPage","name":"' + title + '","description":"' + words(30) + '"}'
    return (f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{title}</title>{metas}"
            f'<script type="application/ld+json">{ld}</script><style>{CSS}</style>{TRACK}</head>')


def nav() -> str:
    items = "".join(f'<li class="nav-item c{i}" data-track="nav-{i}"><a class="nav-link c{i % 9}" href="/section/{i}">'
                    f"{ICON}<span>{words(1)}</span></a></li>" for i in range(24))
    return (f'<header class="site-header c1"><div class="logo c2"><a href="/">{ICON}Harbour News</a></div>'
            f'<nav aria-label="Main"><ul class="nav c3">{items}</ul></nav>'
            '<form role="search" action="/search"><input type="search" name="q" placeholder="Search" '
            'aria-label="Search the site"><button type="submit">Search</button></form></header>')


def footer() -> str:
    cols = "".join(
        f'<div class="footer-col c{c}"><h4>{words(2)}</h4><ul>'
        + "".join(f'<li><a href="/f/{c}/{i}" class="c{i}">{words(2)}</a></li>' for i in range(10))
        + "</ul></div>" for c in range(4))
    return (f'<footer class="site-footer c4">{cols}<p class="legal">© 2026 Harbour Media. {words(20)}</p>'
            '<div class="cookie-banner" role="dialog" aria-label="Cookies"><p>We use cookies.</p>'
            '<button class="accept">Accept all</button><button class="reject">Reject</button></div></footer>')


def article() -> str:
    body = "".join(f"<h2>{words(4)}</h2>" + "".join(f'<p class="para c{j}">{words(60)}</p>' for j in range(4))
                   for _ in range(6))
    aside = "".join(f'<div class="ad c{i}" data-ad-slot="{i}"><a href="/ad/{i}"><img src="/ad{i}.png" alt="Ad"></a>'
                    "</div>" for i in range(3))
    related = "".join(f'<li><a href="/story/{i}">{words(7)}</a></li>' for i in range(12))
    return (head("Tide tables decoded - Harbour News") + "<body>" + nav()
            + f'<main><article><h1>Tide tables decoded: what the numbers mean</h1><p class="byline">By '
            f'<a href="/author/oyelaran">M. Oyelaran</a></p>{body}</article><aside>{aside}<h3>Related</h3><ul>'
            f'{related}</ul></aside><section class="comments"><h3>Comments</h3><form action="/comment" '
            'method="post"><textarea name="comment" aria-label="Your comment"></textarea><button>Post comment'
            "</button></form></section></main>" + footer() + "</body></html>")


def listing() -> str:
    filters = "".join(f'<label class="c{i}"><input type="checkbox" name="brand" value="b{i}"> {words(1)}</label>'
                      for i in range(10))
    cards = "".join(
        f'<div class="card c{i}" data-sku="SKU{i:05d}" data-price="{10 + i}"><a href="/p/{i}" class="thumb">'
        f'<img src="/img/{i}.jpg" alt="{words(3)}" loading="lazy"></a><h3><a href="/p/{i}">{words(4)}</a></h3>'
        f'<div class="rating c{i % 5}" aria-label="{i % 5 + 1} stars">{ICON * 5}</div><p class="price">€{10 + i}.99'
        f'</p><button class="add" data-sku="SKU{i:05d}">Add to basket</button></div>' for i in range(24))
    sort = ('<select name="sort" aria-label="Sort by"><option>Relevance</option><option>Price: low to high</option>'
            "<option>Price: high to low</option><option>Newest</option></select>")
    pages = "".join(f'<a href="?page={i}" class="page">{i}</a>' for i in range(1, 8))
    return (head("Rain jackets - Harbour Outfitters") + "<body>" + nav()
            + f"<main><h1>Rain jackets</h1><aside><h2>Filter</h2><fieldset><legend>Brand</legend>{filters}"
            f'</fieldset><label>Max price <input type="range" name="max" min="0" max="500"></label></aside>'
            f'<section><div class="toolbar">{sort}</div><div class="grid">{cards}</div><nav class="pager">'
            f"{pages}</nav></section></main>" + footer() + "</body></html>")


def checkout() -> str:
    def field(label: str, name: str, kind: str = "text", ac: str = "") -> str:
        return (f'<div class="field c{len(name)}"><label for="{name}">{label}</label><input id="{name}" name="{name}" '
                f'type="{kind}" autocomplete="{ac}" class="input c{len(label)}"><span class="hint">{words(4)}</span>'
                "</div>")

    fields = "".join([field("Email", "email", "email", "email"), field("First name", "fname", ac="given-name"),
                      field("Last name", "lname", ac="family-name"), field("Street", "street", ac="address-line1"),
                      field("City", "city", ac="address-level2"), field("Postcode", "zip", ac="postal-code"),
                      field("Card number", "cc", ac="cc-number"), field("Expiry", "exp", ac="cc-exp"),
                      field("CVC", "cvc", ac="cc-csc")])
    country = "<select name=country aria-label=Country>" + "".join(f"<option>{words(1)}</option>"
                                                                   for _ in range(40)) + "</select>"
    summary = "".join(f'<tr><td>{words(3)}</td><td>1</td><td>€{i * 7}.00</td></tr>' for i in range(1, 5))
    return (head("Checkout - Harbour Outfitters") + "<body>" + nav()
            + f'<main><h1>Checkout</h1><form action="/order" method="post">{fields}{country}'
            '<label><input type="checkbox" name="news"> Send me offers</label><label><input type="radio" name="ship" '
            'checked> Standard</label><label><input type="radio" name="ship"> Express</label>'
            f'<button type="submit" class="pay">Pay now</button></form><table class="summary">{summary}</table>'
            "</main>" + footer() + "</body></html>")


def search() -> str:
    results = "".join(
        f'<div class="result c{i}"><a href="https://site{i}.example/{words(1).lower()}"><h3>{words(6)}</h3>'
        f'<cite>site{i}.example › {words(2).lower()}</cite></a><p>{words(30)}</p><div class="actions">'
        f'<button aria-label="More about this result">⋮</button></div></div>' for i in range(10))
    return (head("tide tables - Harbour Search") + "<body>" + nav()
            + '<main><form action="/search"><input name="q" value="tide tables" aria-label="Search">'
            '<button>Search</button></form><div class="tabs" role="tablist"><a role="tab" aria-selected="true">All'
            '</a><a role="tab" href="/images">Images</a><a role="tab" href="/news">News</a></div>'
            f'<div class="results">{results}</div></main>' + footer() + "</body></html>")


def docs() -> str:
    side = "".join(f'<li><a href="/docs/{i}">{words(3)}</a><ul>' + "".join(
        f'<li><a href="/docs/{i}/{j}">{words(2)}</a></li>' for j in range(5)) + "</ul></li>" for i in range(8))
    code = "".join(f'<pre><code class="language-python">def {words(1).lower()}():\n    return {i}\n</code></pre>'
                   f"<p>{words(40)}</p>" for i in range(5))
    return (head("Configuration - Harbour Docs") + "<body>" + nav()
            + f'<div class="layout"><nav class="sidebar" aria-label="Docs"><ul>{side}</ul></nav><main><h1>'
            f'Configuration</h1>{code}<details><summary>Advanced options</summary><p>{words(50)}</p></details>'
            '<div class="feedback">Was this page helpful? <button>Yes</button><button>No</button></div></main>'
            "</div>" + footer() + "</body></html>")


def main() -> None:
    """Write the pages."""
    OUT.mkdir(exist_ok=True)
    for name, fn in {"news-article": article, "product-listing": listing, "checkout": checkout,
                     "search-results": search, "docs": docs}.items():
        (OUT / f"{name}.html").write_text(fn())


if __name__ == "__main__":
    main()
