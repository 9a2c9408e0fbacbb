#!/usr/bin/env bash
# Writes the seed corpora of the fuzz targets (tests/fuzz/corpus/<target>/) from the repository's
# data files and examples, plus a few small hand-written inputs that reach the branches the
# full files do not (dates and day counts, rates, fees, presets, refusals). Run it from anywhere
# after a data file's schema changes; docs/fuzzing.md describes the targets.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
c="$root/tests/fuzz/corpus"
rm -rf "$c"
mkdir -p "$c"/{offer_file,market_data,scenario_data,price_risk,examples,safe_rates,collapsed_schemes,deposit_insurance,numbers,cli}

# --- .candor files -----------------------------------------------------------------------------
cp "$root/examples/platform-a.candor" "$c/offer_file/platform-a.candor"
cp "$root/tests/data/surfaces.candor" "$c/offer_file/surfaces.candor"
cat > "$c/offer_file/every-key.candor" <<'JSON'
{"format": "candor-offers", "version": 1, "offers": [
 {"name": "Dated, 30/360, fees", "principal": "1,000.50 EUR", "asset": "EUR",
  "start": "2026-01-30", "end": "2026-07-31", "day_count": "30/360", "payout": "EUR 1100",
  "claimed_mix": {"bonds": 0.4, "gold": 0.6},
  "assumptions": {"benchmark_rate": 0.03, "inflation": 0.02, "recovery": 0.25,
                  "tax_on_gains": 0.2, "entry_fee": "10+1%", "exit_fee": "0.5%"},
  "scenario": "investment-grade-bond", "claims": ["guaranteed", "referral", "lock-up"]},
 {"name": "Rate, monthly", "principal": "2e3", "asset": "BTC", "days": 90, "day_count": "ACT/360",
  "rate": 0.12, "compounding": "monthly", "scenario": "ponzi-scheme", "claims": ["pressure"]},
 {"name": "Leap year, ACT/ACT", "principal": "500 USDC", "asset": "USDC", "start": "2028-02-29",
  "days": 366, "day_count": "ACT/ACT-ISDA", "rate": -0.01, "compounding": "continuous"}
]}
JSON
printf '{"format": "candor-offers", "version": 2, "offers": []}' > "$c/offer_file/version-2.candor"

# --- data files: the built-in ones, and one small entry of each -------------------------------
cp "$root/data/benchmarks.json" "$c/market_data/benchmarks.json"
cp "$root/data/scenarios.json" "$c/scenario_data/scenarios.json"
cp "$root/data/price_risk.json" "$c/price_risk/price_risk.json"
cp "$root/data/examples.json" "$c/examples/examples.json"
cp "$root/data/safe_rates.json" "$c/safe_rates/safe_rates.json"
cp "$root/data/collapsed_schemes.json" "$c/collapsed_schemes/collapsed_schemes.json"
cat > "$c/collapsed_schemes/premium-and-overflow.json" <<'JSON'
{"schema_version": 1, "schemes": [
 {"id": "p", "name": "P", "description": "d", "premium": {"value": 0.02, "currency": "eur",
  "term_days": 36500, "what": "w"}, "ran": {"from": "2001", "to": "2001"},
  "record": {"title": "t", "publisher": "p", "date": "2002"}, "check": "c"},
 {"id": "q", "name": "Q", "description": "d", "promise": {"return": 1000, "period_days": 1,
  "what": "w"}, "ran": {"from": "2001-01", "to": "2002-01-01"},
  "record": {"title": "t", "publisher": "p", "date": "2002"}, "check": "c",
  "inflows": {"last_day": 1, "total": 300, "years": 1, "what": "w",
              "source": {"title": "t", "publisher": "p", "date": "2002"}}}]}
JSON
cp "$root/data/deposit_insurance.json" "$c/deposit_insurance/deposit_insurance.json"
cat > "$c/deposit_insurance/one-scheme.json" <<'JSON'
{"schema_version": 1, "payout_delay_days": 7, "payout_delay_basis": "b", "schemes": [
 {"id": "X", "name": "n", "country": "c", "currency": "JPY", "limit": 10000000, "covers": "c",
  "as_of": "2025", "source": {"title": "t", "publisher": "p", "date": "2025"}, "check": "c",
  "note": "n"}]}
JSON
cat > "$c/scenario_data/one-preset.json" <<'JSON'
{"schema_version": 1, "presets": [{"id": "p", "name": "P", "hazard": 0.5, "recovery": 0.4,
 "recovery_spread": 0.2, "recovery_delay_years": 2, "basis": "b",
 "sources": [{"title": "t", "publisher": "p", "url": "https://example.org", "date": "2025-01"}]}]}
JSON
cat > "$c/price_risk/one-each.json" <<'JSON'
{"schema_version": 1,
 "volatile": [{"asset": "BTC", "annual_volatility": 0.65, "annual_drift": 0.1, "period": "2015-2024",
   "basis": "b", "source": {"title": "t", "publisher": "p", "url": "https://example.org", "date": "2025"}}],
 "stablecoins": [{"asset": "USDT", "annual_probability": 0.02, "loss_given_depeg": 0.3, "basis": "b",
   "source": {"title": "t", "publisher": "p", "url": "https://example.org", "date": "2025-01-01"}}]}
JSON
cat > "$c/safe_rates/one-curve.json" <<'JSON'
{"schema_version": 1, "currencies": [{"currency": "EUR", "name": "Bund", "points": [
   {"term_days": 1, "rate": 0.02, "as_of": "2025-12-10", "what": "w", "source": {"title": "t", "publisher": "p", "date": "2025-12"}, "check": "c"},
   {"term_days": 3650, "rate": 0.028, "as_of": "2025-12-10", "what": "w", "source": {"title": "t", "publisher": "p", "date": "2025-12"}, "check": "c"}],
  "inflation": {"value": 0.021, "as_of": "2025-11", "index": "HICP", "source": {"title": "t", "publisher": "p", "date": "2025-12"}, "check": "c"}, "note": "n"}],
 "coin_native_yields": [{"asset": "SOL", "rate": 0.07, "what": "w", "source": {"title": "t", "publisher": "p", "date": "2025"}, "check": "c"}],
 "verdict": {"in_line_margin": 0.01, "in_line_margin_basis": "b", "outgrow_gdp_years": 30, "outgrow_gdp_years_basis": "b"}}
JSON
cat > "$c/examples/one-example.json" <<'JSON'
{"schema_version": 1, "examples": [{"id": "x", "name": "X", "principal": "100 USD", "asset": "SOL",
 "start": "2026-03-01", "end": "2027-03-01", "day_count": "ACT/ACT-ISDA", "rate": 0.5,
 "compounding": "daily", "claimed_mix": {"equities": 1}}]}
JSON

# --- numbers: a selector byte (see numbers_fuzz.cpp), then the text ---------------------------
n=0
seed() { printf -- "$1" > "$c/numbers/$(printf %02d $n)"; n=$((n + 1)); }
seed '\x00 5,000.00 '
seed '\x01USDT 5e3'
seed '\x01-0.000001 BTC'
seed '\x021e-3'
seed '\x0310+1%%'
seed '\x04semiannual'
seed '\x05act/act'
seed '\x062028-02-29'
seed '\x07guaranteed,lock-up'
seed '\x08bonds=40%%,gold=0.6'
seed '\x09usdc'
seed '\x0a4.3%%'
seed '\x0b1e7'
seed '\x0c1234.5'         # en: number
seed '\x1d5.000,00 USDT'  # de: amount
seed '\x3e٤٫٢١ ٪'         # ar: rate
seed '\x2c1 234,5'        # fr: number
seed '\x4f-1.234,125'     # tr: number, written back and read again

# --- command lines: NUL-separated arguments; after an empty one, the file @in names -----------
n=0
cli() { printf -- "$1" > "$c/cli/$(printf %02d $n)"; n=$((n + 1)); }
cli 'analyze\0--example'
cli 'analyze\0--principal\0005000\0--asset\0USDT\0--days\00020\0--payout\0006350\0--format\0json'
cli 'analyze\0--example\0platform-a-xrp\0--format\0csv\0--tax\0000.2\0--fee\00010+1%%'
cli 'analyze\0--start\0002026-01-30\0--end\0002026-03-31\0--day-count\00030/360\0--principal\0001000\0--asset\0EUR\0--rate\0005%%\0--compounding\0monthly'
cli 'analyze\0--example\0--mix\0bonds=0.5,gold=0.5\0--claims\0guaranteed,insurance\0--lang\0de'
cli 'simulate\0--example\0--hazard\0000.5\0--recovery\0000.3\0--recovery-delay\0002\0--format\0json'
cli 'simulate\0--example\0platform-a-xrp\0--scenario\0crypto-lender-2022\0--rollovers\0003\0--recovery-spread\0000.1'
cli 'ponzi\0--format\0json'
cli 'examples'
cli 'chart\0outcomes\0--example\0--scenario\0crypto-lender-2022\0-o\0c.svg'
cli 'chart\0rollover\0--example\0-o\0c.png\0--width\000200\0--height\000100'
cli 'report\0--example\0--handout\0-o\0r.pdf\0--lang\0ar'
cli '--help'
cli 'analyze\0@in\0--format\0json\0\0'; cat "$root/examples/platform-a.candor" >> "$c/cli/$(printf %02d $((n - 1)))"
cli 'report\0@in\0--date\0002026-12-01\0-o\0r.pdf\0\0'; cat "$root/tests/data/surfaces.candor" >> "$c/cli/$(printf %02d $((n - 1)))"
cli 'analyze\0--example\0--data\0@in\0\0'; cat "$c/market_data/benchmarks.json" >> "$c/cli/$(printf %02d $((n - 1)))"
cli 'simulate\0--example\0--scenario\0p\0--scenarios\0@in\0\0'; cat "$c/scenario_data/one-preset.json" >> "$c/cli/$(printf %02d $((n - 1)))"
cli 'simulate\0--example\0platform-a-xrp\0--price-risk\0@in\0\0'; cat "$c/price_risk/one-each.json" >> "$c/cli/$(printf %02d $((n - 1)))"
echo "seeds written to $c"
