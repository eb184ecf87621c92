#!/usr/bin/env bash
# Measures the out-of-sample table of docs/CALIBRATION.md ("Out-of-sample check") with a given callup jar.
#
#   docs/out-of-sample.sh JAR OUTDIR [more callup calibrate options...]
#
# Runs `callup calibrate --leave-one-group-out` on the default scenario's shipped setup (one CMA-ES fit without
# each group of targets, each judged on the group it never saw, beside the same group at the starting values),
# checks that the groups split the counted targets, and prints the markdown table to paste into CALIBRATION.md.
# OUTDIR/fit holds the fits (out-of-sample.csv, out-of-sample.md, one leave-out-<group> folder per group),
# OUTDIR/version.txt the jar's version and the settings, OUTDIR/calibrate.log what callup printed (its progress
# goes to the terminal); copy OUTDIR/fit/out-of-sample.csv to docs/out-of-sample-fit.csv.
#
# Settings, from the environment: BUDGET candidates per fit (default 128), REPLICATIONS runs per candidate
# (default 4, the shipped setup's), THREADS (default 2), NICE (default 10). Extra arguments go to callup calibrate
# as they are (e.g. --targets FILE or --exclude ID). Running the same command again continues unfinished fits and
# replays finished ones from their journals; a jar of another build refuses a folder made by the previous one
# (its journals belong to another model), so give a new OUTDIR after the model changed.
set -euo pipefail

die() {
    echo "out-of-sample.sh: $*" >&2
    exit 2
}

[[ $# -ge 2 ]] || die "usage: docs/out-of-sample.sh JAR OUTDIR [callup calibrate options...]"
jar=$1
out=$2
shift 2
budget=${BUDGET:-128}
replications=${REPLICATIONS:-4}
threads=${THREADS:-2}
niceness=${NICE:-10}
for v in "$budget" "$replications" "$threads" "$niceness"; do
    [[ $v =~ ^[0-9]+$ ]] || die "BUDGET, REPLICATIONS, THREADS and NICE must be whole numbers (got '$v')"
done
[[ -f $jar ]] || die "no jar at '$jar' (build it: ./mvnw -B -q -o package -Dquick -pl cli -am -DskipTests)"
command -v java >/dev/null || die "java is not on the PATH"

mkdir -p "$out"
java -jar "$jar" --version >"$out/version.txt" || die "'$jar' does not run as callup"
echo "budget $budget per fit, $replications replications, $threads threads" >>"$out/version.txt"
cat "$out/version.txt"

status=0
nice -n "$niceness" java -jar "$jar" calibrate --leave-one-group-out \
    --budget "$budget" --replications "$replications" --identifiability-points 0 --threads "$threads" \
    --no-chart --no-report --out "$out/fit" "$@" >"$out/calibrate.log" || status=$?
# 0: done; 1: some target outside its range (not a failure of the check); anything else: the command failed.
[[ $status -le 1 ]] || die "callup calibrate failed (exit code $status); see its message above and $out/calibrate.log"

csv=$out/fit/out-of-sample.csv
md=$out/fit/out-of-sample.md
[[ -f $csv && -f $md ]] || die "callup wrote no $csv or $md"
expected="group,targets,inside_at_start,inside,mean_distance,left_out_loss,fitted_on_loss,note"
[[ $(head -1 "$csv") == "$expected"* ]] || die "$csv has the columns '$(head -1 "$csv")', not '$expected'"

# Every group's fit counts the targets of the other groups (its targets.csv), so for each group the two add up to
# the same total, and the groups' sizes add up to it too: the groups split the counted targets.
total=""
sum=0
groups=0
while IFS=, read -r group n _; do
    [[ $n =~ ^[0-9]+$ ]] || die "$csv: no target count for group '$group'"
    sum=$((sum + n))
    groups=$((groups + 1))
    targets=$out/fit/leave-out-$group/targets.csv
    [[ -f $targets ]] || continue # a group holding every counted target has no fit
    # records, not lines: a quoted field may hold a line break
    rest=$(($(awk '{ q += gsub(/"/, "&") } q % 2 == 0 { n++ } END { print n + 0 }' "$targets") - 1))
    [[ -z $total || $total -eq $((rest + n)) ]] || die "group $group: $n + $rest targets, other groups $total"
    total=$((rest + n))
done < <(tail -n +2 "$csv")
[[ -n $total ]] || die "no group was fitted"
[[ $sum -eq $total ]] || die "the groups hold $sum targets, the fits count $total"
echo "$total counted targets in $groups groups" | tee -a "$out/version.txt"
echo
cat "$md"
