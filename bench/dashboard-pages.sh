#!/usr/bin/env bash
# Times every dashboard page on a running server (e.g. the demo school), cold and warm.
#   bench/dashboard-pages.sh [URL] [USER] [PASSWORD]      (defaults: http://127.0.0.1:5080 principal demo)
# Cold = an as-of day not asked before (the metrics are computed); warm = the same URL again (best of 3, cached).
# Curl's total on loopback; the server's own time is in its log ("HTTP GET /Phase 200 43.5 ms").
set -euo pipefail
B=${1:-http://127.0.0.1:5080}; USER=${2:-principal}; PASS=${3:-demo}
JAR=$(mktemp); trap 'rm -f "$JAR"' EXIT
tok=$(curl -s -c "$JAR" -b "$JAR" "$B/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "UserName=$USER" --data-urlencode "Password=$PASS" \
     --data-urlencode "__RequestVerificationToken=$tok" "$B/Login"
t() { curl -s -o /dev/null -w "%{time_total}" -b "$JAR" "$B$1" | awk '{printf "%d", $1*1000}'; }
# The first phase with classes (student phases), one of its classes, and the first teacher listed.
PH=""; CLS=""
for id in $(curl -s -b "$JAR" "$B/" | grep -o "phase=[^&\"]*" | sed "s/phase=//" | awk '!seen[$0]++'); do
  CLS=$(curl -s -b "$JAR" "$B/Phase?phase=$id" | grep -o 'class=[0-9]\{3\}' | head -1 | sed 's/class=//' || true)
  if [ -n "$CLS" ]; then PH=$id; break; fi
done
T=$(curl -s -b "$JAR" "$B/Teachers" | grep -o 'teacher=[A-Za-z0-9]*' | head -1 | sed 's/teacher=//' || true)
echo "phase=$PH class=$CLS teacher=$T"
d=0
for p in "/" "/Phase?phase=$PH" "/Phase?phase=$PH&class=$CLS" "/Students?phase=$PH&status=missing" \
         "/Teachers" "/Teachers?teacher=$T" "/FollowUp" "/FollowUp?class=$CLS" \
         "/Reports?kind=SelfCheck" "/Reports?kind=SelfCheck&handler=Html" "/Reports?kind=Awards&handler=Html" \
         "/Attest" "/Etl" "/Accounts" "/?export=phases"; do
  d=$((d+1)); day=$(printf "2023-02-%02d" $d)
  sep="?"; [[ "$p" == *"?"* ]] && sep="&"
  url="$p${sep}asof=$day"
  cold=$(t "$url"); w=$( (t "$url"; echo; t "$url"; echo; t "$url"; echo) | sort -n | head -1)
  printf "cold %6s ms  warm %4s ms  %s\n" "$cold" "$w" "$url"
done
