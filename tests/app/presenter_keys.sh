#!/usr/bin/env bash
# The real `candor` under a window manager (openbox) on a 1024 x 600 screen, driven by real
# key presses through the X server (xdotool sends them with XTest, as a keyboard or a
# presentation clicker would):
#  - the main window opens inside the screen's work area, and is opened again where and as
#    large as it was closed;
#  - F11 opens classroom mode, which takes the keys at once: Page Down, Space, Right, Page Up,
#    Left, Home, End move through the steps, B blanks the screen and brings it back, Esc and F11
#    leave. The classroom's title names the step ("Step 2 of 6"), which is what is read back.
# Usage (see CMakeLists.txt): xvfb-run -a -s "-screen 0 1024x600x24" presenter_keys.sh APP DIR
set -u
app=$1
home=$2
rm -rf "$home"
mkdir -p "$home/config"
export HOME=$home XDG_CONFIG_HOME=$home/config LC_ALL=C.UTF-8

fail() {
  echo "FAIL: $*" >&2
  kill "$app_pid" "$wm_pid" 2>/dev/null
  exit 1
}

openbox --sm-disable >/dev/null 2>&1 &
wm_pid=$!
sleep 1

# The window whose title matches, waited for up to 20 s.
find_window() {
  timeout 20 xdotool search --sync --onlyvisible --name "$1" 2>/dev/null | head -n 1
}

# Waits up to 5 s for the classroom's title to contain $1.
expect_title() {
  local name=""
  for _ in $(seq 50); do
    name=$(xdotool getwindowname "$room" 2>/dev/null)
    case "$name" in *"$1"*) return 0 ;; esac
    sleep 0.1
  done
  fail "after $2 the classroom's title is \"$name\", not \"...$1\""
}

start_app() {
  "$app" --example platform-a-usdt --lang en &
  app_pid=$!
  main=$(find_window ' Candor$')
  [ -n "$main" ] || fail "the main window did not appear"
  sleep 1 # the first figures and the window manager's placement
}

# --- The window inside the screen ---------------------------------------------------------------
# Where the window's contents are on the screen (xwininfo's absolute position: xdotool's is
# off by the frame under a reparenting window manager).
geometry() {
  local info
  info=$(xwininfo -id "$1")
  X=$(sed -n 's/.*Absolute upper-left X: *//p' <<<"$info")
  Y=$(sed -n 's/.*Absolute upper-left Y: *//p' <<<"$info")
  WIDTH=$(sed -n 's/^ *Width: *//p' <<<"$info")
  HEIGHT=$(sed -n 's/^ *Height: *//p' <<<"$info")
}

start_app
eval "$(xdotool getdisplaygeometry --shell | sed 's/^/SCREEN_/')"
geometry "$main"
echo "screen ${SCREEN_WIDTH}x${SCREEN_HEIGHT}; main window ${WIDTH}x${HEIGHT} at ${X},${Y}"
[ "$X" -ge 0 ] && [ "$Y" -ge 0 ] || fail "the main window starts off screen at $X,$Y"
[ $((X + WIDTH)) -le "$SCREEN_WIDTH" ] || fail "the main window is wider than the screen"
[ $((Y + HEIGHT)) -le "$SCREEN_HEIGHT" ] || fail "the main window is taller than the screen"

# --- Classroom mode from real keys ----------------------------------------------------------------
xdotool windowactivate --sync "$main" # as a user clicking into the window
xdotool key F11
room=$(find_window 'classroom')
[ -n "$room" ] || fail "F11 did not open classroom mode"
expect_title "Step 1 of 6" "F11"
# No window is activated from here on: the classroom must have taken the keyboard itself.
xdotool key Next;  expect_title "Step 2 of 6" "Page Down"
xdotool key space; expect_title "Step 3 of 6" "Space"
xdotool key Right; expect_title "Step 4 of 6" "Right"
xdotool key Prior; expect_title "Step 3 of 6" "Page Up"
xdotool key Left;  expect_title "Step 2 of 6" "Left"
xdotool key End;   expect_title "Step 6 of 6" "End"
xdotool key Home;  expect_title "Step 1 of 6" "Home"
xdotool key Down;  expect_title "Step 2 of 6" "Down"
xdotool key b;     expect_title "Blank screen" "B"
xdotool key b;     expect_title "Step 2 of 6" "B again"
xdotool key Escape
for _ in $(seq 50); do
  xdotool getwindowname "$room" >/dev/null 2>&1 || break
  sleep 0.1
done
xdotool getwindowname "$room" >/dev/null 2>&1 && fail "Escape did not leave classroom mode"
# F11 again opens it, and F11 leaves it too.
xdotool windowactivate --sync "$main"
xdotool key F11
room=$(find_window 'classroom')
[ -n "$room" ] || fail "F11 did not open classroom mode a second time"
expect_title "Step 1 of 6" "F11"
xdotool key F11
for _ in $(seq 50); do
  xdotool getwindowname "$room" >/dev/null 2>&1 || break
  sleep 0.1
done
xdotool getwindowname "$room" >/dev/null 2>&1 && fail "F11 did not leave classroom mode"

# --- The place and size are remembered ---------------------------------------------------------
xdotool windowsize --sync "$main" 930 540
xdotool windowmove --sync "$main" 30 20
sleep 0.5
geometry "$main"
BEFORE_X=$X BEFORE_Y=$Y BEFORE_WIDTH=$WIDTH BEFORE_HEIGHT=$HEIGHT
xdotool windowactivate --sync "$main"
xdotool key ctrl+q
for _ in $(seq 100); do
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 0.1
done
kill -0 "$app_pid" 2>/dev/null && fail "Ctrl+Q did not close the app"
start_app
geometry "$main"
echo "closed at ${BEFORE_WIDTH}x${BEFORE_HEIGHT} at ${BEFORE_X},${BEFORE_Y}; opened at ${WIDTH}x${HEIGHT} at ${X},${Y}"
[ "$WIDTH" -eq "$BEFORE_WIDTH" ] && [ "$HEIGHT" -eq "$BEFORE_HEIGHT" ] ||
  fail "the size was not kept"
[ $((X - BEFORE_X)) -le 40 ] && [ $((BEFORE_X - X)) -le 40 ] &&
  [ $((Y - BEFORE_Y)) -le 40 ] && [ $((BEFORE_Y - Y)) -le 40 ] || fail "the place was not kept"

kill "$app_pid" "$wm_pid" 2>/dev/null
wait 2>/dev/null
echo "presenter keys and window placement: ok"
