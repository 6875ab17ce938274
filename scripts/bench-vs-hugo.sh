#!/usr/bin/env bash
# bench-vs-hugo.sh [N ...]: the side-by-side comparison of issue 11, as a table. For each size (default 300, 3000 and
# 25000 relationships) it runs ../shared/bench/vs-hugo.sh N 3 (portal published in Release from this checkout, and
# Hugo, alternating, cold builds, median of 3 rounds) and prints one Markdown row per size, ready for the README.
# Not part of the test run: the largest size takes several minutes. Run from the repository's root.
set -uo pipefail
cd "$(dirname "$0")/.."
harness=../shared/bench/vs-hugo.sh
[[ -f $harness ]] || { echo "no $harness: ../shared must lie beside the repository"; exit 1; }
command -v hugo >/dev/null || { apt-get update >/dev/null 2>&1; apt-get install -y hugo >/dev/null 2>&1; }
command -v hugo >/dev/null || { echo "hugo is not installed and could not be installed"; exit 1; }
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(300 3000 25000)

rows=()
for n in "${sizes[@]}"; do
  log=$(mktemp)
  bash "$harness" "$n" 3 | tee "$log" >&2
  # Rounds look like: "round 1: portal 7.73 s 227368 KB (858 pages) | hugo 0.27 s 73368 KB (428 pages)".
  rows+=("$(python3 - "$n" "$log" <<'PY'
import re, statistics, sys
n, log = sys.argv[1], open(sys.argv[2]).read()
rounds = re.findall(r"portal ([\d.]+) s (\d+) KB \((\d+) pages\) \| hugo ([\d.]+) s (\d+) KB \((\d+) pages\)", log)
if not rounds:
    print(f"| {int(n):,} | failed: see the log above | | | | | |")
    sys.exit()
med = lambda i: statistics.median(float(r[i]) for r in rounds)
ratio = statistics.median(float(r[0]) / float(r[3]) for r in rounds)
mem = statistics.median(float(r[1]) / float(r[4]) for r in rounds)
print(f"| {int(n):,} | {rounds[0][2]} | {med(0):.2f} s | {med(3):.2f} s | {ratio:.1f} | {med(1)/1024:.0f} MB | {med(4)/1024:.0f} MB | {mem:.2f} |")
PY
)")
  rm -f "$log"
done

echo
echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores; median of 3 alternating cold rounds (ratios: median of the rounds' ratios)."
echo
echo "| relationships | Portal pages | Portal | Hugo | time ratio | Portal peak memory | Hugo peak memory | memory ratio |"
echo "|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
