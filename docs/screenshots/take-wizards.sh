#!/usr/bin/env bash
# Screenshots of the trust anchor and enrollment wizards (every page, and
# the enrollment of several devices), the MQTT panel, the Sign In dialog
# and the first run (the Get started panel and the path to three green
# ticks, whole screen with `import -window root`), for the docs: runs the
# GUI tests that drive them against a real sandbox under Xvfb (1400x900)
# with DWB_SCREENSHOT_DIR set.
#   docs/screenshots/take-wizards.sh BUILD_DIR
# Writes docs/screenshots/wizard-*.png, wizard-enroll-batch-*.png (when the
# batch test exists), wizard-enroll-register-*.png (registering an existing
# device certificate, when that test exists), wizard-enroll-csr-*.png (a
# board's certificate request, and a folder of them), mqtt-*.png (when the panel test
# exists), signin-*.png (when the sign-in test exists) and first-run-*.png
# (when the first-run test exists; needs ImageMagick's import),
# anchor-backup-*.png (the Trust anchors tab's Back Up…),
# certificates-view.png and app-list-anchor-expiry.png (expiry at a glance),
# export-firmware.png (Export for Firmware…, after a C header was written),
# token-*.png (the CA key on a SoftHSM2 token: key source, PIN dialog,
# result, wrong PIN, a new Ed25519 key on the token).
set -euo pipefail
BUILD_DIR=$(readlink -f "${1:?usage: take-wizards.sh BUILD_DIR}")
HERE=$(dirname "$(readlink -f "$0")")
BIN=$BUILD_DIR/bin
command -v Xvfb >/dev/null || { echo "missing Xvfb" >&2; exit 1; }
[ -x "$BIN/gui_test_wizards" ] || { echo "missing $BIN/gui_test_wizards" >&2; exit 1; }

TMP=$(mktemp -d)
XPID=
cleanup() {
  [ -n "$XPID" ] && kill "$XPID" 2>/dev/null || true
  [ -n "$XPID" ] && wait "$XPID" 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT

DISP=99
while [ -e /tmp/.X11-unix/X$DISP ] || [ -e /tmp/.X$DISP-lock ]; do DISP=$((DISP + 1)); done
Xvfb :$DISP -screen 0 1400x900x24 -nolisten tcp > "$TMP/xvfb.log" 2>&1 &
XPID=$!
for _ in $(seq 1 50); do [ -e /tmp/.X11-unix/X$DISP ] && break; sleep 0.1; done
export DISPLAY=:$DISP XDG_CONFIG_HOME=$TMP/config QT_QPA_PLATFORM=xcb DWB_SCREENSHOT_DIR=$TMP/shots
unset WAYLAND_DISPLAY || true
mkdir -p "$DWB_SCREENSHOT_DIR"

"$BIN/gui_test_wizards" > "$TMP/wizards.log" 2>&1 || { cat "$TMP/wizards.log" >&2; exit 1; }
if [ -x "$BIN/gui_test_wizard_batch" ]; then
  "$BIN/gui_test_wizard_batch" > "$TMP/batch.log" 2>&1 || { cat "$TMP/batch.log" >&2; exit 1; }
fi
if [ -x "$BIN/gui_test_wizard_register" ]; then
  "$BIN/gui_test_wizard_register" > "$TMP/register.log" 2>&1 || { cat "$TMP/register.log" >&2; exit 1; }
fi
if [ -x "$BIN/gui_test_wizard_csr" ]; then
  "$BIN/gui_test_wizard_csr" > "$TMP/csr.log" 2>&1 || { cat "$TMP/csr.log" >&2; exit 1; }
fi
if [ -x "$BIN/gui_test_wizard_csr_tray" ]; then
  "$BIN/gui_test_wizard_csr_tray" > "$TMP/csr-tray.log" 2>&1 || { cat "$TMP/csr-tray.log" >&2; exit 1; }
fi
if [ -x "$BIN/gui_test_mqttpanel" ]; then
  "$BIN/gui_test_mqttpanel" > "$TMP/mqtt.log" 2>&1 || { cat "$TMP/mqtt.log" >&2; exit 1; }
fi
if [ -x "$BIN/gui_test_signin" ]; then
  "$BIN/gui_test_signin" > "$TMP/signin.log" 2>&1 || { cat "$TMP/signin.log" >&2; exit 1; }
fi
if [ -x "$BIN/gui_test_certificates_view" ]; then
  "$BIN/gui_test_certificates_view" > "$TMP/certificates.log" 2>&1 || { cat "$TMP/certificates.log" >&2; exit 1; }
fi
if [ -x "$BIN/gui_test_first_run" ]; then
  "$BIN/gui_test_first_run" > "$TMP/first-run.log" 2>&1 || { cat "$TMP/first-run.log" >&2; exit 1; }
fi
if [ -x "$BIN/gui_test_anchor_backup" ]; then
  "$BIN/gui_test_anchor_backup" > "$TMP/anchor-backup.log" 2>&1 || { cat "$TMP/anchor-backup.log" >&2; exit 1; }
fi
if [ -x "$BIN/gui_test_export_firmware" ]; then
  "$BIN/gui_test_export_firmware" > "$TMP/export-firmware.log" 2>&1 || { cat "$TMP/export-firmware.log" >&2; exit 1; }
fi
if [ -x "$BIN/gui_test_wizard_token" ]; then
  "$BIN/gui_test_wizard_token" > "$TMP/token.log" 2>&1 || { cat "$TMP/token.log" >&2; exit 1; }
fi
for f in "$DWB_SCREENSHOT_DIR"/*.png; do
  # 8-bit palette PNGs keep the docs small.
  convert "$f" -strip -colors 256 PNG8:"$HERE/$(basename "$f")"
  echo "wrote $HERE/$(basename "$f")"
done
