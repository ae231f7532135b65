# Sourced by the GUI benchmarks (gui-bench.sh, open-cpu.sh): a work directory $work and an
# Xvfb server of its own at 1280x800x24, with a fresh HOME, so saved settings and recovery
# files of a real session play no part. Both go when the script exits.
# Usage: session=NAME; . tests/bench/xvfb-session.sh    (NAME names the work directory; a
# sourced file takes no arguments in POSIX sh)
command -v Xvfb >/dev/null || { echo "Xvfb is needed" >&2; exit 1; }
work=$(mktemp -d "/tmp/annals-${session:?}.XXXXXX")
display=:$(( $$ % 400 + 100 ))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT INT TERM
sleep 1
export DISPLAY=$display QT_QPA_PLATFORM=xcb HOME=$work/home XDG_RUNTIME_DIR=$work/xdg
export XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
