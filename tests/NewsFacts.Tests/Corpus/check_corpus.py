#!/usr/bin/env python3
"""Validate the development corpus: every NNN_name.txt with its NNN_name.expected.json.

Checks, per article:
  * the JSON parses and has the expected shape (articles, organizations, people, quotes, notes);
  * the title is the first line of the article (or null);
  * the article has 250-700 words;
  * every country is a canonical common English short name (no aliases such as "Türkiye",
    "U.S.", "Britain", "the UAE") and no list holds a country twice;
  * no state is both a member and a non-member, or both a member and joining;
  * every quote's text occurs right after an opening mark on the stated line, after joining
    hard-wrapped lines (line break plus indentation = one space), and ends at a closing mark;
    a quote continued over paragraphs is matched piece by piece (pieces joined by one space);
  * quotes are listed in reading order; kinds are "statement" or "term";
  * every speaker/addressee that names a person is in `people` (other speakers are bodies
    and are listed for review);
  * every double-quoted span of the text (or single-quoted, in articles that use singles as
    the primary marks) is covered by an expected quote (warning otherwise).
Across the corpus: one person keeps one title/country (warning otherwise).

Prints counts at the end. Exit code 1 on any error.
Usage: python3 check_corpus.py [DIR]   (default: the folder of this script)
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

CANONICAL_COUNTRIES = {
    "Afghanistan", "Albania", "Algeria", "Angola", "Antigua and Barbuda", "Argentina", "Armenia",
    "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus",
    "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Botswana", "Brazil",
    "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada", "Cape Verde",
    "Central African Republic", "Chad", "Chile", "China", "Colombia", "Comoros", "Republic of the Congo",
    "Cook Islands", "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czech Republic",
    "Democratic Republic of the Congo", "Denmark", "Djibouti", "Dominica", "Dominican Republic",
    "Ecuador", "Egypt", "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini",
    "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana",
    "Greece", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras",
    "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy",
    "Ivory Coast", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kosovo",
    "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya",
    "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives",
    "Mali", "Malta", "Marshall Islands", "Mauritania", "Mauritius", "Mexico", "Micronesia",
    "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia",
    "Nauru", "Nepal", "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria", "Niue",
    "North Korea", "North Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Palestine", "Panama",
    "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar",
    "Romania", "Russia", "Rwanda", "Saint Kitts and Nevis", "Saint Lucia",
    "Saint Vincent and the Grenadines", "Samoa", "San Marino", "Saudi Arabia", "Senegal", "Serbia",
    "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands", "Somalia",
    "South Africa", "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname",
    "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Timor-Leste",
    "Togo", "Tonga", "Trinidad and Tobago", "Tunisia", "Turkey", "Turkmenistan", "Tuvalu",
    "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom", "United States", "Uruguay",
    "Uzbekistan", "Vanuatu", "Vatican City", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe",
}

# Forms that must never appear as a country value in the JSON (the canonical form is on the right).
ALIASES = {
    "Türkiye": "Turkey", "Turkiye": "Turkey", "U.S.": "United States", "US": "United States",
    "USA": "United States", "America": "United States", "UK": "United Kingdom",
    "Britain": "United Kingdom", "Great Britain": "United Kingdom", "UAE": "United Arab Emirates",
    "the UAE": "United Arab Emirates", "Emirates": "United Arab Emirates", "Burma": "Myanmar",
    "East Timor": "Timor-Leste", "Czechia": "Czech Republic", "Cote d'Ivoire": "Ivory Coast",
    "Côte d'Ivoire": "Ivory Coast", "DRC": "Democratic Republic of the Congo", "DR Congo":
    "Democratic Republic of the Congo", "Viet Nam": "Vietnam", "Lao PDR": "Laos", "Korea":
    "South Korea", "Republic of Korea": "South Korea", "Russian Federation": "Russia",
    "Holland": "Netherlands", "Swaziland": "Eswatini", "Macedonia": "North Macedonia",
    "Kyrgyz Republic": "Kyrgyzstan", "Persia": "Iran",
}

OPEN_DOUBLE = "\"“„«"
CLOSE_DOUBLE = "\"”»“"
SINGLE = "'‘’‚‹›"
MARKS = "\"“”„«»'‘’‚‹›"

ORG_KEYS = ["name", "acronym", "members", "memberCount", "partners", "partnerCount", "observers",
            "nonMembers", "joining"]
QUOTE_KEYS = ["speaker", "text", "file", "line", "kind", "addressee"]
PERSON_KEYS = ["name", "title", "country"]


class Doc:
    """An article split into paragraphs; each paragraph's lines joined by one space."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.raw = f.read()
        self.lines = self.raw.split("\n")
        self.paras = []  # (text, [line number of each char])
        cur, cur_lines = [], []
        for i, line in enumerate(self.lines, start=1):
            if line.strip() == "":
                if cur:
                    self._flush(cur, cur_lines)
                cur, cur_lines = [], []
            else:
                cur.append(line.strip())
                cur_lines.append(i)
        if cur:
            self._flush(cur, cur_lines)

    def _flush(self, parts, nums):
        text, lmap = "", []
        for k, (part, num) in enumerate(zip(parts, nums)):
            if k:
                text += " "
                lmap.append(num)
            text += part
            lmap.extend([num] * len(part))
        self.paras.append((text, lmap))

    def words(self):
        return len(re.findall(r"\S+", self.raw))

    def match_at(self, p, pos, t):
        """Does quote text t start right after the mark at paras[p][pos]? Returns end (p, idx) or None."""
        text = self.paras[p][0]
        rest = text[pos + 1:]
        if rest.startswith(t):
            end = pos + 1 + len(t)
            if end < len(text) and text[end] in MARKS:
                return (p, end)
            return None
        # continuation over a paragraph break: the piece runs to the paragraph end
        if t.startswith(rest) and len(t) > len(rest) and t[len(rest)] == " " and p + 1 < len(self.paras):
            nxt = self.paras[p + 1][0]
            if nxt and nxt[0] in MARKS:
                return self.match_at(p + 1, 0, t[len(rest) + 1:])
        return None

    def find(self, t, start=(0, -1)):
        """All (p, pos, line, end) where quote text t opens, at or after start."""
        out = []
        for p, (text, lmap) in enumerate(self.paras):
            for pos, ch in enumerate(text):
                if (p, pos) <= start or ch not in MARKS:
                    continue
                end = self.match_at(p, pos, t)
                if end:
                    out.append((p, pos, lmap[pos], end))
        return out

    def spans(self):
        """Quoted spans found with a simple opener/closer test, per paragraph: (p, pos, text)."""
        doubles = any(ch in "\"“”" for ch in self.raw)
        out = []
        for p, (text, _) in enumerate(self.paras):
            if doubles:
                i = 0
                while i < len(text):
                    ch = text[i]
                    if ch in "\"“" and (i == 0 or text[i - 1] in " ([—–-") and i + 1 < len(text) and text[i + 1] != " ":
                        j = i + 1
                        while j < len(text) and not (text[j] in "\"”" and text[j - 1] != " " and (j + 1 == len(text) or not text[j + 1].isalnum())):
                            j += 1
                        out.append((p, i, text[i + 1:j]))
                        i = j + 1
                    else:
                        i += 1
            else:
                for m in re.finditer(r"(?:(?<=^)|(?<=[ (\[—–-]))['‘](?=[^\s\d])", text):
                    out.append((p, m.start(), None))
        return out


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(s, str) for s in x)


# What differs between the development corpus and the holdout (tests/NewsFacts.Tests/Holdout/check_holdout.py).
CORPUS = {"pattern": r"^\d{3}_.+\.txt$", "words": (250, 700), "titles_may_change": False}
HOLDOUT = {"pattern": r"^H\d{2}_.+\.txt$", "words": (300, 800), "titles_may_change": True}


def check(folder, profile=CORPUS):
    errors, warnings = [], []
    stats = Counter()
    kinds = Counter()
    bodies = Counter()
    countries_used = Counter()
    person_facts = defaultdict(set)
    rel_kinds = Counter()

    def err(f, msg):
        errors.append(f"{f}: {msg}")

    def warn(f, msg):
        warnings.append(f"{f}: {msg}")

    def country(f, where, c):
        if c is None:
            return
        if not isinstance(c, str):
            err(f, f"{where}: country is not a string: {c!r}")
            return
        if c in ALIASES:
            err(f, f"{where}: alias {c!r}; write {ALIASES[c]!r}")
        elif c not in CANONICAL_COUNTRIES:
            err(f, f"{where}: unknown country name {c!r}")
        countries_used[c] += 1

    infos = []
    txts = sorted(n for n in os.listdir(folder) if re.match(profile["pattern"], n))
    jsons = sorted(n for n in os.listdir(folder) if n.endswith(".expected.json"))
    for j in jsons:
        if j.replace(".expected.json", ".txt") not in txts:
            err(j, "no matching .txt")
    prefixes = Counter(n.split("_", 1)[0] for n in txts)  # the number before the first underscore: 001, H01, H201
    for pre, n in prefixes.items():
        if n > 1:
            err(pre, "number used by more than one article")

    for name in txts:
        jpath = os.path.join(folder, name[:-4] + ".expected.json")
        if not os.path.exists(jpath):
            err(name, "missing .expected.json")
            continue
        try:
            with open(jpath, encoding="utf-8") as f:
                data = json.load(f)
        except Exception as e:  # noqa: BLE001
            err(name, f"JSON does not parse: {e}")
            continue
        doc = Doc(os.path.join(folder, name))
        stats["articles"] += 1
        words = doc.words()
        stats["words"] += words
        low, high = profile["words"]
        if not low <= words <= high:
            err(name, f"{words} words (want {low}-{high})")

        for key in ["articles", "organizations", "people", "quotes", "notes"]:
            if key not in data:
                err(name, f"missing key {key!r}")
        if any(k not in ("articles", "organizations", "people", "quotes", "notes") for k in data):
            warn(name, f"extra top-level keys: {sorted(data)}")
        arts = data.get("articles", [])
        if len(arts) != 1 or arts[0].get("file") != name:
            err(name, f"articles must be one entry with file {name!r}")
        else:
            title = arts[0].get("title")
            if title is not None:
                stats["titled"] += 1
                if doc.lines[0].strip() != title:
                    err(name, f"title {title!r} is not the first line {doc.lines[0].strip()!r}")
        if not isinstance(data.get("notes"), str) or not data.get("notes"):
            err(name, "notes must be a non-empty string")

        # people
        people = data.get("people", [])
        names = set()
        for per in people:
            if sorted(per) != sorted(PERSON_KEYS):
                err(name, f"person keys {sorted(per)}")
            n = per.get("name")
            if n in names:
                err(name, f"person listed twice: {n}")
            names.add(n)
            joined = " ".join(t for t, _ in doc.paras)
            if n and n not in joined and n.lower() not in joined.lower():
                err(name, f"person name {n!r} does not occur in the text")
            elif n and n not in joined:
                infos.append(f"{name}: person name {n!r} occurs only in another letter case (e.g. an upper-case byline)")
            country(name, f"person {n}", per.get("country"))
            person_facts[n].add((per.get("title"), per.get("country")))
        stats["people"] += len(people)

        # organisations
        for org in data.get("organizations", []):
            if sorted(org) != sorted(ORG_KEYS):
                err(name, f"organization keys {sorted(org)}")
                continue
            oname = org["name"]
            joined = " ".join(t for t, _ in doc.paras)
            if oname not in joined:
                err(name, f"organisation name {oname!r} does not occur in the text")
            if org["acronym"] is not None and org["acronym"] not in joined:
                err(name, f"acronym {org['acronym']!r} does not occur in the text")
            stats["organizations"] += 1
            for lst in ["members", "partners", "observers", "nonMembers"]:
                if not is_str_list(org[lst]):
                    err(name, f"{oname}.{lst} is not a list of strings")
                    continue
                if len(set(org[lst])) != len(org[lst]):
                    err(name, f"{oname}.{lst} has a duplicate")
                for c in org[lst]:
                    country(name, f"{oname}.{lst}", c)
                stats["relations"] += len(org[lst])
                rel_kinds[lst] += len(org[lst])
            for cnt in ["memberCount", "partnerCount"]:
                if org[cnt] is not None and not isinstance(org[cnt], int):
                    err(name, f"{oname}.{cnt} is not an int or null")
                if org[cnt] is not None:
                    stats["counts"] += 1
            if not isinstance(org["joining"], list):
                err(name, f"{oname}.joining is not a list")
            else:
                for jn in org["joining"]:
                    if sorted(jn) != ["country", "when"]:
                        err(name, f"{oname}.joining item keys {sorted(jn)}")
                        continue
                    country(name, f"{oname}.joining", jn["country"])
                    w = jn["when"]
                    if w is not None:
                        if re.match(r"(?i)^(on|in|at|from|by|as of|since)\b", w):
                            err(name, f"{oname}.joining when {w!r} keeps a leading preposition")
                        if w not in joined:
                            err(name, f"{oname}.joining when {w!r} does not occur in the text")
                stats["relations"] += len(org["joining"])
                rel_kinds["joining"] += len(org["joining"])
                jc = [jn.get("country") for jn in org["joining"]]
                if len(set(jc)) != len(jc):
                    err(name, f"{oname}.joining has a duplicate")
                for c in set(jc) & set(org["members"]):
                    err(name, f"{oname}: {c} is both member and joining")
            for c in set(org["members"]) & set(org["nonMembers"]):
                err(name, f"{oname}: {c} is both member and non-member")

        # quotes
        last = (0, -1)
        for q in data.get("quotes", []):
            if sorted(q) != sorted(QUOTE_KEYS):
                err(name, f"quote keys {sorted(q)}")
                continue
            t = q["text"]
            if q["file"] != name:
                err(name, f"quote file {q['file']!r}")
            if q["kind"] not in ("statement", "term"):
                err(name, f"quote kind {q['kind']!r}")
            kinds[q["kind"]] += 1
            stats["quotes"] += 1
            for key in ("speaker", "addressee"):
                if q[key] and ("’" in q[key] or "‘" in q[key]):
                    err(name, f"{key} {q[key]!r}: write apostrophes straight")
            if q["speaker"]:
                stats["quotes with speaker"] += 1
                if q["speaker"] not in names:
                    bodies[q["speaker"]] += 1
            if q["addressee"]:
                stats["quotes with addressee"] += 1
                if q["addressee"] not in names:
                    err(name, f"addressee {q['addressee']!r} not in people")
            hits = doc.find(t)
            if not hits:
                err(name, f"quote text not found after an opening mark: {t[:70]!r}")
                continue
            on_line = [h for h in hits if h[2] == q["line"]]
            if not on_line:
                err(name, f"quote {t[:50]!r} opens on line(s) {[h[2] for h in hits]}, not {q['line']}")
                continue
            h = on_line[0]
            if (h[0], h[1]) < last:
                err(name, f"quote {t[:50]!r} out of reading order")
            last = (h[0], h[1])
            q["_pos"] = (h[0], h[1], h[3])

        # coverage of quoted spans
        covered = []
        for q in data.get("quotes", []):
            if "_pos" in q:
                p, pos, end = q["_pos"]
                covered.append(((p, pos), end))
        for p, pos, text in doc.spans():
            inside = any(s <= (p, pos) <= e for s, e in covered)
            if not inside:
                shown = text if text is not None else doc.paras[p][0][pos:pos + 40]
                warn(name, f"quoted span not in expected quotes (line {doc.paras[p][1][pos]}): {shown[:60]!r}")

    for n, facts in person_facts.items():
        titles = {t for t, _ in facts if t is not None}
        lands = {c for _, c in facts if c is not None}
        if len(lands) > 1 or len(titles) > 1 and not profile["titles_may_change"]:
            warn("corpus", f"person {n!r} has different title/country across articles: {sorted(facts, key=str)}")
        elif len(titles) > 1:
            # the articles are set in different years, so a title may change (President -> Former President)
            infos.append(f"person {n!r} has different titles across articles: {sorted(titles)}")

    for i in infos:
        print("INFO", i)
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print()
    print(f"articles:               {stats['articles']} ({stats['titled']} with a headline, {stats['words']} words)")
    print(f"organisations:          {stats['organizations']}")
    print(f"relations:              {stats['relations']} "
          + ", ".join(f"{k} {rel_kinds[k]}" for k in ['members', 'partners', 'observers', 'nonMembers', 'joining']))
    print(f"stated counts:          {stats['counts']}")
    print(f"quotes:                 {stats['quotes']} (statement {kinds['statement']}, term {kinds['term']})")
    print(f"quotes with speaker:    {stats['quotes with speaker']} (of them by bodies {sum(bodies.values())})")
    print(f"quotes with addressee:  {stats['quotes with addressee']}")
    print(f"people:                 {stats['people']}")
    print(f"countries used:         {len(countries_used)}")
    print(f"body speakers:          {', '.join(sorted(bodies))}")
    print()
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(check(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
