"""Derives the 2025 survey wave of the worked example from the 2023 wave (../scoring/ic-survey-samples.csv).

Seeded, so running it again gives the same file. The same respondents report the same positions;
for the positions the 2024 catalog lists (IC-001 to IC-012) qualified applicants grow by about half,
hires rise by one where posts were unfilled and the days to fill shrink by about a fifth, as a
catalog's talent policies would aim for; the other positions drift by a few per cent either way.
Run from this folder: python3 make-survey-2025.py
"""
import csv
import random

LISTED = {"IC-%03d" % i for i in range(1, 13)}
rng = random.Random(2025)
with open("../scoring/ic-survey-samples.csv", encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f))
fields = list(rows[0].keys())
for r in rows:
    vacancies = int(r["vacancies"])
    applicants = int(r["applicants"])
    hires = int(r["hires"])
    if r["position_id"] in LISTED:
        applicants = round(applicants * rng.uniform(1.3, 1.7))
        if hires < min(vacancies, applicants) and rng.random() < 0.6:
            hires += 1
        factor = rng.uniform(0.7, 0.9)
    else:
        applicants = round(applicants * rng.uniform(0.9, 1.1))
        factor = rng.uniform(0.95, 1.08)
    r["applicants"] = str(applicants)
    r["hires"] = str(min(hires, vacancies))
    if r["days_to_fill"]:
        r["days_to_fill"] = str(round(float(r["days_to_fill"]) * factor))
with open("survey-2025.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
