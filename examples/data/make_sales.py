"""Generate examples/data/sales.csv: two years of monthly sales by region and product (deterministic).

Run ``python examples/data/make_sales.py``; the same seed always gives the same file.
"""

from __future__ import annotations

import csv
import math
import random
from pathlib import Path

REGIONS = {"North": 1.00, "South": 0.82, "East": 1.15, "West": 0.93}
PRODUCTS = {  # list price (EUR), base monthly units per region, yearly growth
    "Laptop": (1149.00, 120, 0.06),
    "Monitor": (289.00, 210, 0.03),
    "Headset": (89.00, 340, 0.12),
    "Dock": (199.00, 95, 0.20),
}
SEASON = [0.86, 0.84, 0.95, 0.97, 0.99, 0.96, 0.90, 0.94, 1.05, 1.06, 1.18, 1.30]


def rows(seed: int = 20240601) -> list[dict[str, object]]:
    """The sales rows for Jan 2023 to Dec 2024."""
    rng = random.Random(seed)
    out: list[dict[str, object]] = []
    for i in range(24):
        year, month = 2023 + i // 12, i % 12 + 1
        for region, reg_factor in REGIONS.items():
            for product, (price, base, growth) in PRODUCTS.items():
                trend = math.pow(1 + growth, i / 12)
                units = round(base * reg_factor * trend * SEASON[month - 1] * rng.uniform(0.9, 1.1))
                discount = rng.choice([0.0, 0.0, 0.0, 0.05, 0.10]) if month in (11, 12) else rng.choice([0.0, 0.02])
                unit_price = round(price * (1 - discount), 2)
                out.append({
                    "month": f"{year}-{month:02d}-01",
                    "region": region,
                    "product": product,
                    "units": units,
                    "unit_price": unit_price,
                    "revenue": round(units * unit_price, 2),
                })
    return out


def main() -> None:
    """Write sales.csv next to this script."""
    target = Path(__file__).with_name("sales.csv")
    data = rows()
    with target.open("w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(data[0]))
        writer.writeheader()
        writer.writerows(data)
    print(f"wrote {len(data)} rows to {target}")


if __name__ == "__main__":
    main()
