#!/usr/bin/env bash
# integration.run_lifecycle: the real ./run with this build's programs
# (DWB_BUILD_DIR), a fresh HOME and XDG folders, no DISPLAY (so ./run starts
# the workbench under Xvfb with xvfb-run, as on a machine without a screen).
#
#  1. close: the window is closed the way a user does it, Ctrl+Q typed on the
#     keyboard (xdotool through the XTEST extension, to the focused window;
#     Ctrl+Q is File → Quit's shortcut). The title bar's close button needs a
#     window manager, which Xvfb does not have. ./run exits 0.
#  2. SIGTERM to ./run: it exits 143.  3. SIGINT to ./run: it exits 130.
#     After each: no process of that run is left (drogue-sandbox, mosquitto,
#     drogue-workbench, Xvfb, xvfb-run: every process that carries the run's
#     marker variable), sandbox.json is gone and the folder's lock is free.
#  4. a second ./run while one runs: it uses the running sandbox (one
#     drogue-sandbox on the folder, the same sandbox.json and log); closing
#     its window leaves that sandbox running; SIGTERM to the first stops all.
# Also: ./run's first lines (no configure, ninja has no work), and the
# sandbox log of the fresh start has no line with "failed" or "error".
#
# Waits are for events (a line in ./run's output, a window, a process gone),
# polled every 0.2 s with generous limits for a loaded 2-core machine.
# Usage: test_run_lifecycle.sh SOURCE_DIR BUILD_DIR
set -uo pipefail
set -m # job control: each ./run in its own process group, SIGINT not ignored in it

SRC=$(cd "$1" && pwd)
BUILD=$(cd "$2" && pwd)
for tool in xvfb-run xdotool flock; do
  command -v "$tool" > /dev/null || { echo "FAIL: $tool is missing (./run installs it)"; exit 1; }
done

TMP=$(mktemp -d)
export HOME=$TMP/home
export XDG_DATA_HOME=$HOME/.local/share XDG_CONFIG_HOME=$HOME/.config XDG_CACHE_HOME=$HOME/.cache
export XDG_RUNTIME_DIR=$TMP/runtime
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY DWB_SANDBOX_DIR DWB_RECONFIGURE QT_QPA_PLATFORM DBUS_SESSION_BUS_ADDRESS
export DWB_BUILD_DIR=$BUILD
# ./run reconfigures when DWB_WERROR differs from the build's: take the build's.
if grep -q '^DWB_WERROR:BOOL=ON$' "$BUILD/CMakeCache.txt"; then export DWB_WERROR=1; else export DWB_WERROR=0; fi
DATA=$XDG_DATA_HOME/drogue-workbench/sandbox
PASSED=0

# The processes that carry DWB_LIFECYCLE_RUN=NAME (everything ./run NAME
# started), optionally only those whose program is PROGRAM.
run_procs() {
  local name=$1 prog=${2:-} p exe e out=()
  local -a env
  for p in /proc/[0-9]*; do
    [ "${p#/proc/}" = "$$" ] && continue
    mapfile -d '' -t env 2> /dev/null < "$p/environ" || continue
    for e in "${env[@]}"; do
      [ "$e" = "DWB_LIFECYCLE_RUN=$name" ] || continue
      exe=$(readlink "$p/exe" 2> /dev/null) || break # gone, or a zombie
      exe=${exe% (deleted)}
      [ -z "$prog" ] || [ "${exe##*/}" = "$prog" ] && out+=("${p#/proc/}")
      break
    done
  done
  echo "${out[@]}"
}

# The value of VAR in the environment of process PID.
env_of() {
  local e
  local -a env
  mapfile -d '' -t env 2> /dev/null < "/proc/$1/environ" || return 1
  for e in "${env[@]}"; do [ "${e%%=*}" = "$2" ] && { echo "${e#*=}"; return 0; }; done
  return 1
}

dump() {
  local f
  for f in "$TMP"/*.out "$DATA/sandbox.log"; do
    [ -f "$f" ] && { echo "--- $f"; cat "$f"; }
  done
  echo "--- processes"
  ps -eo pid,ppid,pgid,args 2> /dev/null | grep -E 'drogue|mosquitto|Xvfb|xvfb-run|/run$' | grep -v grep
}

# Stops what this test started (by process id) and removes its folder.
cleanup() {
  local name p
  for name in close term int first second; do
    for p in $(run_procs "$name"); do kill -KILL "$p" 2> /dev/null; done
  done
  rm -rf "$TMP"
}
trap cleanup EXIT

fail() {
  echo "FAIL: $*"
  dump
  exit 1
}
ok() {
  echo "ok - $*"
  PASSED=$((PASSED + 1))
}

# wait_until SECONDS WHAT COMMAND...: polls COMMAND until it succeeds.
wait_until() {
  local limit=$1 what=$2 deadline
  shift 2
  deadline=$((SECONDS + limit))
  until "$@"; do
    [ $SECONDS -ge $deadline ] && fail "$what: not within ${limit}s"
    sleep 0.2
  done
}

# ./run NAME in the background; its output in $TMP/NAME.out. Sets RUN_PID.
start_run() {
  DWB_LIFECYCLE_RUN=$1 "$SRC/run" > "$TMP/$1.out" 2>&1 &
  RUN_PID=$!
}

has_line() { grep -qE -- "$2" "$TMP/$1.out"; }
gone() { ! kill -0 "$1" 2> /dev/null; }

# The workbench of run NAME: sets GUI, GUI_DISPLAY, GUI_XAUTH, GUI_WINDOW once
# its main window is mapped.
gui_window() {
  local pids
  pids=$(run_procs "$1" drogue-workbench)
  [ -n "$pids" ] || return 1
  GUI=${pids%% *}
  GUI_DISPLAY=$(env_of "$GUI" DISPLAY) || return 1
  GUI_XAUTH=$(env_of "$GUI" XAUTHORITY) || return 1
  GUI_WINDOW=$(DISPLAY=$GUI_DISPLAY XAUTHORITY=$GUI_XAUTH \
    xdotool search --onlyvisible --pid "$GUI" --name 'Drogue Workbench' 2> /dev/null | head -n 1)
  [ -n "$GUI_WINDOW" ]
}

# Starts ./run NAME and waits for its sandbox and its window.
start_and_wait() {
  start_run "$1"
  wait_until 240 "$1: ./run says the sandbox is ready" has_line "$1" '^.*==> sandbox ready at '
  wait_until 120 "$1: the workbench window" gui_window "$1"
}

# Waits for ./run (RUN_PID) to exit; checks its status and that nothing of
# the run is left.
expect_exit() {
  local name=$1 want=$2 rc left
  wait_until 90 "$name: ./run exits" gone "$RUN_PID"
  wait "$RUN_PID"
  rc=$?
  [ "$rc" = "$want" ] || fail "$name: ./run exited with $rc, expected $want"
  left=$(run_procs "$name")
  [ -z "$left" ] || fail "$name: processes of the run left: $(for p in $left; do tr '\0' ' ' < /proc/$p/cmdline; echo; done)"
}

expect_folder_free() {
  [ ! -e "$DATA/sandbox.json" ] || fail "$1: sandbox.json is still there"
  flock --nonblock --conflict-exit-code 9 "$DATA/sandbox.lock" true || fail "$1: the folder's lock is still held"
}

# Types Ctrl+Q into the window of run NAME (focus, then the keys, through
# XTEST as a keyboard would); again if the window is still there after 20 s
# (a key pressed before the window took the focus on a loaded machine).
close_window() {
  local name=$1 try
  for try in 1 2 3 4; do
    DISPLAY=$GUI_DISPLAY XAUTHORITY=$GUI_XAUTH timeout 30 xdotool windowfocus --sync "$GUI_WINDOW" || true
    DISPLAY=$GUI_DISPLAY XAUTHORITY=$GUI_XAUTH timeout 30 xdotool key --clearmodifiers ctrl+q || true
    local deadline=$((SECONDS + 20))
    while [ $SECONDS -lt $deadline ]; do
      kill -0 "$GUI" 2> /dev/null || return 0
      sleep 0.2
    done
    echo "# $name: the window is still open after Ctrl+Q (try $try)"
  done
  fail "$name: Ctrl+Q did not close the window"
}

# 1. A fresh start, the window closed with Ctrl+Q.
start_and_wait close
out=$TMP/close.out
grep -q '==> configuring' "$out" && fail "close: ./run reconfigured the build"
grep -q 'ninja: no work to do' "$out" || fail "close: ./run rebuilt something"
grep -qF "==> starting drogue-sandbox (data in $DATA)" "$out" || fail "close: no 'starting' line"
grep -qE "==> sandbox ready at http://127\.0\.0\.1:[0-9]+ \(MQTT [0-9]+, integration [0-9]+, data in $DATA\)" "$out" ||
  fail "close: the ready line is not 'sandbox ready at URL (MQTT …, integration …, data in DIR)'"
ok "close: ./run: $(grep -o 'sandbox ready at .*' "$out" | sed 's/\x1b\[[0-9;]*m//g')"
[ "$(run_procs close drogue-sandbox | wc -w)" = 1 ] || fail "close: not one drogue-sandbox"
[ "$(run_procs close mosquitto | wc -w)" = 1 ] || fail "close: not one mosquitto"
close_window close
expect_exit close 0
expect_folder_free close
ok "close: Ctrl+Q closed the window, ./run exited 0, no drogue-sandbox, mosquitto, workbench or Xvfb left"
log=$DATA/sandbox.log
grep -qE '^mosquitto: mosquitto version \S+ running$' "$log" || fail "close: the sandbox log has no broker start"
grep -qE '^mosquitto: mosquitto version \S+ terminating$' "$log" || fail "close: the broker was not stopped cleanly"
if grep -inE 'failed|error' "$log"; then fail "close: the sandbox log of a fresh start has the lines above"; fi
ok "close: the sandbox log of the fresh start ($(wc -l < "$log") lines) has no 'failed' or 'error'"

# 2. and 3. SIGTERM and SIGINT to ./run.
for sig in TERM INT; do
  name=$(echo "$sig" | tr 'A-Z' 'a-z')
  start_and_wait "$name"
  kill -s "$sig" "$RUN_PID"
  [ "$sig" = TERM ] && want=143 || want=130
  expect_exit "$name" "$want"
  expect_folder_free "$name"
  ok "$name: SIG$sig to ./run: exit $want, no process of the run left"
done

# 4. A second ./run while the first runs.
start_and_wait first
first_run=$RUN_PID
sandbox=$(run_procs first drogue-sandbox)
json=$(cat "$DATA/sandbox.json")
grep -q "\"pid\": $sandbox" "$DATA/sandbox.json" || fail "first: sandbox.json does not name the sandbox $sandbox"
start_and_wait second
second_run=$RUN_PID
grep -qF "==> a drogue-sandbox already runs on $DATA (process $sandbox): using it" "$TMP/second.out" ||
  fail "second: ./run does not say that it uses the running sandbox $sandbox"
grep -qE "==> sandbox ready at http://127\.0\.0\.1:[0-9]+ " "$TMP/second.out" || fail "second: no ready line"
[ -z "$(run_procs second drogue-sandbox)" ] || fail "second: a second drogue-sandbox runs"
[ -z "$(run_procs second mosquitto)" ] || fail "second: a second mosquitto runs"
n=0
for p in /proc/[0-9]*; do
  [ "$(readlink "$p/exe" 2> /dev/null)" = "$(readlink -f "$BUILD/bin/drogue-sandbox")" ] &&
    tr '\0' '\n' < "$p/cmdline" 2> /dev/null | grep -qxF "$DATA" && n=$((n + 1))
done
[ "$n" = 1 ] || fail "second: $n drogue-sandbox processes on $DATA"
[ "$(cat "$DATA/sandbox.json")" = "$json" ] || fail "second: sandbox.json changed"
grep -qE '^mosquitto: mosquitto version \S+ running$' "$DATA/sandbox.log" || fail "second: the first sandbox's log was overwritten"
ok "second: a second ./run uses the running sandbox (process $sandbox): one drogue-sandbox on the folder, sandbox.json and log kept"
close_window second
RUN_PID=$second_run
expect_exit second 0
kill -0 "$sandbox" 2> /dev/null || fail "second: closing the second window stopped the first one's sandbox"
[ "$(cat "$DATA/sandbox.json")" = "$json" ] || fail "second: sandbox.json changed after the second window closed"
ok "second: its window closed, ./run exited 0; the first one's sandbox still runs"
RUN_PID=$first_run
kill -TERM "$RUN_PID"
expect_exit first 143
expect_folder_free first
ok "first: SIGTERM: everything stopped"

echo "$PASSED passed, 0 failed"
