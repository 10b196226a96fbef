#!/usr/bin/env python3
"""Turns the JOSS papers of ../joss into Annals' prose form, as pandoc's citeproc writes them.

For each paper: pandoc --citeproc with the APA style formats every [@key] citation as author-year
prose, and the bibliography as APA entries. This script writes the paper with those citations in
its text and the entries as a numbered reference list under '# References', in two versions:

  initials/   the entries exactly as APA gives them ("Arellano, M., & Bond, S. (1991). ...")
  full-names/ the same entries with the authors' full names ("Manuel Arellano & Stephen Bond. (1991). ...")

and, beside each paper, expected.tsv: one line per citation as pandoc rendered it, in reading
order: its text, then the numbers of the entries it cites. The papers' figures are replaced by
tiny images of the same names (what is tested here is the text), which keeps the fixtures small.
Run from this folder with Debian's pandoc (2.17) and the APA style of the CSL styles collection:

    python3 convert.py /path/to/apa.csl
"""
import base64
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "joss", "content", "papers")


def pandoc(args, stdin=None):
    return subprocess.run(["pandoc"] + args, input=stdin, capture_output=True, check=True, text=True).stdout


def stringify(inlines):
    out = []
    for node in inlines:
        t = node["t"]
        if t == "Str":
            out.append(node["c"])
        elif t in ("Space", "SoftBreak", "LineBreak"):
            out.append(" ")
        elif t in ("Emph", "Strong", "SmallCaps", "Strikeout", "Superscript", "Subscript", "Underline"):
            out.append(stringify(node["c"]))
        elif t == "Quoted":
            q = "“”" if node["c"][0]["t"] == "DoubleQuote" else "‘’"
            out.append(q[0] + stringify(node["c"][1]) + q[1])
        elif t in ("Link", "Span"):
            out.append(stringify(node["c"][1]))
        elif t == "Cite":
            out.append(stringify(node["c"][1]))
        elif t == "Code":
            out.append(node["c"][1])
        elif t == "Math":
            out.append(node["c"][1])
    return "".join(out)


def walk(node, found):
    if isinstance(node, dict):
        if node.get("t") == "Cite":
            found.append((stringify(node["c"][1]), [c["citationId"] for c in node["c"][0]]))
            return
        for value in node.values():
            walk(value, found)
    elif isinstance(node, list):
        for value in node:
            walk(value, found)


def full_name(name):
    if "literal" in name:
        return name["literal"]
    parts = [name.get("given", ""), name.get("dropping-particle", ""), name.get("non-dropping-particle", ""),
             name.get("family", "")]
    return " ".join(p for p in parts if p) + (", " + name["suffix"] if name.get("suffix") else "")


def join_names(names):
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " & " + names[-1]


# A 1x1 white PNG, and a one-page PDF with nothing on it.
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC")
PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 72 36]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def placeholders(source, target):
    for root, _, files in os.walk(source):
        for name in files:
            lower = name.lower()
            if lower.endswith((".png", ".jpg", ".jpeg", ".gif", ".pdf")):
                out = os.path.join(target, os.path.relpath(os.path.join(root, name), source))
                os.makedirs(os.path.dirname(out), exist_ok=True)
                with open(out, "wb") as f:
                    f.write(PDF if lower.endswith(".pdf") else PNG)


def convert(slug, csl):
    folder = os.path.join(SOURCE, slug)
    paper = [f for f in ("paper.md", "index.md") if os.path.exists(os.path.join(folder, f))][0]
    text = open(os.path.join(folder, paper), encoding="utf-8").read().replace("\r\n", "\n")
    front = re.match(r"---\n.*?\n(---|\.\.\.)\n", text, re.S).group(0)
    bib = re.search(r"^bibliography:\s*(\S+)", front, re.M).group(1)
    ast = json.loads(pandoc(["--citeproc", "--csl", csl, "-f", "markdown", "-t", "json",
                             "--resource-path", folder, os.path.join(folder, paper)]))
    cites = []
    walk(ast["blocks"], cites)
    refs = next(b for b in ast["blocks"] if b["t"] == "Div" and b["c"][0][0] == "refs")
    keys = [entry["c"][0][0][len("ref-"):] for entry in refs["c"][1]]
    number = {key: i + 1 for i, key in enumerate(keys)}
    entries = {}
    for entry, key in zip(refs["c"][1], keys):
        block = {"pandoc-api-version": ast["pandoc-api-version"], "meta": {}, "blocks": entry["c"][1]}
        entry = pandoc(["-f", "json", "-t", "markdown-smart-raw_attribute", "--wrap=none"], json.dumps(block)).strip()
        entries[key] = re.sub(r"\[([^\]]*)\]\{\.nocase\}", r"\1", entry)
    items = {i["id"]: i for i in json.loads(pandoc(["-f", "bibtex", "-t", "csljson",
                                                     os.path.join(folder, bib)]))}
    ast["blocks"] = [b for b in ast["blocks"] if not (b["t"] == "Div" and b["c"][0][0] == "refs")]
    body = pandoc(["-f", "json", "-t", "markdown-smart-citations-raw_attribute-header_attributes", "--wrap=none"],
                  json.dumps(ast))
    body = re.sub(r"\n# References\s*$", "\n", body.rstrip()) + "\n"
    new_front = re.sub(r"^bibliography:.*\n", "", front, flags=re.M)
    for variant in ("initials", "full-names"):
        target = os.path.join(HERE, variant, "content", "papers", slug)
        shutil.rmtree(target, ignore_errors=True)
        os.makedirs(target)
        placeholders(folder, target)
        lines = []
        for key in keys:
            entry = entries[key]
            if variant == "full-names" and items.get(key, {}).get("author"):
                year = re.search(r"\((\d{4}[a-z]?|n\.d\.[a-z-]*)(, [^)]*)?\)\.", entry)
                entry = join_names([full_name(n) for n in items[key]["author"]]) + ". " + entry[year.start():]
            lines.append("- [%d]. %s" % (number[key], entry))
        with open(os.path.join(target, "paper.md"), "w", encoding="utf-8") as out:
            out.write(new_front + "\n" + body + "\n# References\n\n" + "\n".join(lines) + "\n")
        with open(os.path.join(target, "expected.tsv"), "w", encoding="utf-8") as out:
            for rendered, cited in cites:
                out.write(rendered + "\t" + " ".join(str(number[k]) for k in cited) + "\n")


if __name__ == "__main__":
    for slug in sorted(os.listdir(SOURCE)):
        convert(slug, sys.argv[1])
