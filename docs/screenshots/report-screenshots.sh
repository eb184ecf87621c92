#!/usr/bin/env bash
# Makes the report screenshots of this folder (report-run.png, report-compare.png, report-sweep.png,
# report-calibration.png): small runs of each kind of folder in a scratch folder, each report.html drawn by headless
# Chromium (Debian's, at /usr/bin/chromium) 1280 pixels wide. About five minutes on two cores. The GUI's
# screenshots come from viz/src/test/java/org/callup/viz/gui/DocsScreenshots.java.
#
#   docs/screenshots/report-screenshots.sh [SCRATCH_FOLDER]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shots="$repo/docs/screenshots"
scratch="${1:-$(mktemp -d)}"
mkdir -p "$scratch"
cd "$scratch"
callup="$repo/callup"

"$callup" run partial-mobilization-2022 --replications 3 --scale 2000 --out run --overwrite --quiet
"$callup" compare partial-mobilization-2022 borders-closed-oct-1 --replications 3 --scale 2000 --out cmp \
    --overwrite --quiet
cat >tiny.yaml <<'YAML'
name: tiny
scenario: smoke
seed: 5
replications: 2
design: {type: sobol, points: 4}
parameters:
  - {name: quota, path: "timeline[announce].quotaPersons", range: {min: 150000, max: 600000}}
  - {name: legitimacy, path: protest.legitimacy, range: {min: 0.2, max: 0.9}}
outputs:
  - {name: emigrants, metric: emigrants, scope: all, statistic: sum}
  - {name: mobilized, metric: mobilized, scope: all, statistic: sum}
YAML
"$callup" sweep tiny.yaml --out sweep --overwrite --quiet
"$callup" calibrate smoke --param protest.hardshipBase=0.1:0.5 --param borders.visaHoldersShare=0.02:0.4 \
    --scale 5000 --replications 2 --budget 12 --seed 1 --out calibration --overwrite --quiet || true # exit 1: targets missed

shoot() { # folder, png, height
    local profile
    profile="$(mktemp -d)"
    chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile" \
        --window-size=1280,"$3" --screenshot="$shots/$2" "file://$scratch/$1/report.html" >/dev/null 2>&1
    rm -rf "$profile"
}
shoot run report-run.png 1800
shoot cmp report-compare.png 2000
shoot sweep report-sweep.png 2300
shoot calibration report-calibration.png 2900
echo "Wrote the report screenshots to $shots from $scratch"
