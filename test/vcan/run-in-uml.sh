#!/usr/bin/env bash
# run-in-uml.sh - run a command where real virtual CAN interfaces (vcan0, vcan1) exist.
#
#   usage: test/vcan/run-in-uml.sh COMMAND [ARG...]
#
# Where the command runs:
#   1. natively, when this kernel has CAN (/proc/net/can) and the interfaces exist, or can be
#      created because we are root (they are deleted again afterwards);
#   2. otherwise inside a User-Mode Linux guest (Debian package user-mode-linux): a Linux
#      kernel running as an ordinary process, with this machine's / as its root filesystem
#      (hostfs), the CAN modules loaded from /usr/lib/uml and the interfaces created;
#   3. otherwise nowhere: it says why ("vcan tier SKIPPED: ...") and exits 0, or 1 when
#      VCAN_REQUIRED=1.
#
# The command gets the caller's working directory and exported variables, plus
# VCAN_TIER=native|uml, VCAN_IFACES and VCAN_LINK_CONTROL=1 when it may take the interfaces
# down, delete and re-create them (always in the guest; natively only for interfaces this
# script created). Its stdout and stderr are streamed back and its exit status is returned;
# 124 when it ran out of time (VCAN_TIMEOUT seconds, default 240), 125 when the guest itself
# failed. Nothing is left running: the guest and its child processes live in their own process group,
# which is killed on exit, timeout or interrupt.
#
# Knobs: VCAN_TIMEOUT (s), VCAN_IFACES (default "vcan0 vcan1"), VCAN_UML_MEM (default 1G),
# VCAN_FORCE_UML=1 (use the guest even where native vcan would do), VCAN_UML (the kernel
# binary, default linux.uml).
set -uo pipefail

ifaces=${VCAN_IFACES:-vcan0 vcan1}

# ---- guest side: this script is init (PID 1) inside User-Mode Linux ---------------------
if [[ $$ == 1 ]]; then
  export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  job=$VCAN_JOB
  ifaces=$(<"$job/ifaces")
  trap 'sync; poweroff -f' EXIT               # init must never simply return
  {
    mount -t proc proc /proc
    mount -t sysfs sysfs /sys
    # modprobe wants <root>/lib/modules/<release>; the package ships /usr/lib/uml/modules/<release>
    mkdir -p "$job/modules" && ln -sfn /usr/lib/uml "$job/modules/lib"
    modprobe -d "$job/modules" -a can-raw can-bcm can-gw vcan
    ip link set lo up
    # socket receive buffers of a CAN logging host (~1,300 frames instead of ~280): the guest
    # shares one slow CPU with the tests, whose pauses must not overflow the kernel queue
    sysctl -qw net.core.rmem_default=1048576 net.core.rmem_max=1048576
    for i in $ifaces; do ip link add dev "$i" type vcan && ip link set "$i" up; done
  } >"$job/setup.log" 2>&1 || { echo "guest setup failed" >>"$job/setup.log"; exit; }
  set +u
  # shellcheck disable=SC1091
  . "$job/env"
  export VCAN_TIER=uml VCAN_IFACES="$ifaces" VCAN_LINK_CONTROL=1
  cd "$(<"$job/cwd")" || exit
  mapfile -d '' -t cmd <"$job/cmd"
  "${cmd[@]}" </dev/null >>"$job/out" 2>>"$job/err"
  echo $? >"$job/rc"
  exit
fi

# ---- host side -----------------------------------------------------------------------------
if (( $# == 0 )); then awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" >&2; exit 2; fi
timeout_s=${VCAN_TIMEOUT:-240}

skip() {
  echo "vcan tier SKIPPED: $*" >&2
  [[ ${VCAN_REQUIRED:-0} == 1 ]] && exit 1
  exit 0
}

# 1. native
if [[ ${VCAN_FORCE_UML:-0} != 1 ]]; then
  created=()
  native=1
  if [[ ! -d /proc/net/can && $(id -u) == 0 ]]; then modprobe -a can-raw vcan >/dev/null 2>&1; fi
  if [[ -d /proc/net/can ]]; then
    for i in $ifaces; do
      [[ -e /sys/class/net/$i ]] && continue
      if [[ $(id -u) == 0 ]] && ip link add dev "$i" type vcan 2>/dev/null && ip link set "$i" up; then
        created+=("$i")
      else
        native=0
      fi
    done
  else
    native=0
  fi
  if (( native )); then
    link=0
    (( ${#created[@]} )) && [[ ${#created[@]} == $(wc -w <<<"$ifaces") ]] && link=1
    cleanup() { for i in "${created[@]}"; do ip link del dev "$i" 2>/dev/null; done; }
    trap cleanup EXIT
    VCAN_TIER=native VCAN_IFACES="$ifaces" VCAN_LINK_CONTROL=$link timeout -k 5 "$timeout_s" "$@"
    rc=$?
    (( rc == 124 )) && echo "run-in-uml: timed out after ${timeout_s}s (native)" >&2
    exit "$rc"
  fi
  for i in "${created[@]}"; do ip link del dev "$i" 2>/dev/null; done
fi

# 2. User-Mode Linux
uml_bin=${VCAN_UML:-linux.uml}
command -v "$uml_bin" >/dev/null 2>&1 || skip "no native vcan (kernel without CAN) and no User-Mode Linux (apt-get install user-mode-linux kmod can-utils)"
release=$(ls /usr/lib/uml/modules 2>/dev/null | head -n 1)
[[ -n $release && -e /usr/lib/uml/modules/$release/kernel/drivers/net/can/vcan.ko ]] || skip "User-Mode Linux has no vcan module under /usr/lib/uml/modules"
command -v modprobe >/dev/null 2>&1 || skip "no modprobe for the guest (apt-get install kmod)"

job=$(mktemp -d "${TMPDIR:-/tmp}/vcan-uml.XXXXXX")
printf '%s\0' "$@" >"$job/cmd"
pwd >"$job/cwd"
echo "$ifaces" >"$job/ifaces"
export -p | grep -v -E '^declare -x (PWD|OLDPWD|SHLVL|_|VCAN_JOB)=' >"$job/env"
: >"$job/out"; : >"$job/err"

uml=""; watchdog=""; tails=()
finish() {
  [[ -n $watchdog ]] && kill -- -"$watchdog" 2>/dev/null
  [[ -n $uml ]] && kill -KILL -- -"$uml" 2>/dev/null
  for t in "${tails[@]}"; do kill "$t" 2>/dev/null; done
  wait 2>/dev/null
  rm -rf "$job"
}
trap finish EXIT
trap 'echo "run-in-uml: interrupted" >&2; exit 130' INT TERM HUP

setsid "$uml_bin" mem="${VCAN_UML_MEM:-1G}" rootfstype=hostfs rootflags=/ rw \
  init="$(readlink -f "$0")" VCAN_JOB="$job" uml_dir="$job" \
  con=null ssl=null con0=null,fd:3 loglevel=1 \
  </dev/null 3>"$job/console.log" >"$job/uml.log" 2>&1 &
uml=$!
tail -q -n +1 -s 0.2 -F --pid="$uml" "$job/out" 2>/dev/null &
tails+=($!)
tail -q -n +1 -s 0.2 -F --pid="$uml" "$job/err" >&2 2>/dev/null &
tails+=($!)
setsid bash -c "sleep $timeout_s; touch '$job/timeout'; kill -TERM -- -$uml; sleep 5; kill -KILL -- -$uml" >/dev/null 2>&1 &
watchdog=$!

wait "$uml"
uml_rc=$?
kill -KILL -- -"$uml" 2>/dev/null   # its child processes may outlive the kernel process
uml=""
for t in "${tails[@]}"; do wait "$t" 2>/dev/null; done
tails=()

if [[ -e $job/timeout ]]; then
  echo "run-in-uml: timed out after ${timeout_s}s; the guest was killed" >&2
  exit 124
fi
if [[ -s $job/rc ]]; then
  exit "$(<"$job/rc")"
fi
echo "run-in-uml: the guest failed (linux.uml exit $uml_rc) before the command finished:" >&2
cat "$job/setup.log" "$job/uml.log" "$job/console.log" 2>/dev/null | tail -n 40 >&2
exit 125
