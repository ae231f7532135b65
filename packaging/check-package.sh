#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package and checks it as a user's machine would see it (for .ci/run):
#   packaging/check-package.sh [BUILD_DIR]      (default build-package, a Release build)
# 1. cpack -G DEB; lintian (errors and warnings fail; overrides only with a written reason);
#    desktop-file-validate and appstreamcli validate --pedantic --no-net on the packaged files;
# 2. installs it (apt-get install ./annals_*.deb), runs annals --version, annals export
#    without a display, and asks xdg-mime what an .annals file (and one without the
#    extension, by its magic line) is;
# 3. purges it and checks that none of its files, and no trace of the file type, is left.
# Needs root or sudo; installs what it needs from Debian's archive (CI machines are fresh).
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
build="${1:-$here/build-package}"
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
started=$(date +%s)
step() {
    echo "== check-package: $1 (at $(($(date +%s) - started)) s)"
}
fail() {
    echo "check-package: FAILED: $1" >&2
    exit 1
}

# What the checks need; the build needs what packaging/dev.sh installs.
packages="lintian desktop-file-utils appstream shared-mime-info xdg-utils libfile-mimeinfo-perl
librsvg2-bin dpkg-dev file cmake ninja-build"
missing=""
for package in $packages; do
    case "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)" in
        *"ok installed"*) ;;
        *) missing="$missing $package" ;;
    esac
done
if [ -n "$missing" ]; then
    step "installing$missing"
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        $missing >/dev/null
fi

step "build and cpack -G DEB in $build"
if [ ! -f "$build/CMakeCache.txt" ]; then
    launcher=""
    command -v ccache >/dev/null && launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DANNALS_BUILD_TESTS=OFF \
        $launcher >/dev/null
fi
# Only what the package installs (a test build need not be built for it).
cmake --build "$build" --target annals annals_icons annals_docs annals_example_project
rm -f "$build"/annals_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/annals_*.deb)
echo "$deb"

step "lintian"
# Every tag is printed; errors and warnings fail. Overrides, if ever needed, go in
# packaging/lintian-overrides with a comment giving the reason.
lintian --display-info --fail-on error,warning --tag-display-limit 0 "$deb" \
    || fail "lintian reports errors or warnings"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work/root"

step "desktop-file-validate and appstreamcli validate"
desktop-file-validate "$work/root/usr/share/applications/io.github.annals.annals.desktop" \
    || fail "desktop-file-validate"
appstreamcli validate --pedantic --no-net \
    "$work/root/usr/share/metainfo/io.github.annals.annals.metainfo.xml" \
    || fail "appstreamcli validate"

step "install"
# Remember what was installed, so that whatever the package pulls in goes again.
dpkg-query -W -f='${Package}\n' | sort >"$work/before"
if dpkg-query -W -f='${Status}' annals 2>/dev/null | grep -q "ok installed"; then
    fail "annals is already installed; remove it first"
fi
cp "$deb" "$work/"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "$work/$(basename "$deb")" >/dev/null
dpkg-query -W -f='${Package}\n' | sort >"$work/after"
added=$(comm -13 "$work/before" "$work/after" | grep -vx annals || true)

step "annals --version, export without a display, xdg-mime"
version=$(env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/annals --version)
echo "$version"
[ "$version" = "annals $(dpkg-deb -f "$deb" Version)" ] || fail "annals --version: $version"
(cd "$work" && env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/annals export \
    /usr/share/doc/annals/example.annals --chart dashboard --png dashboard.png \
    --svg dashboard.svg --csv dashboard.csv) || fail "annals export"
file -b "$work/dashboard.png" | grep -q "^PNG image data" || fail "no PNG written"
head -n 1 "$work/dashboard.csv"
cp /usr/share/doc/annals/example.annals "$work/project.annals"
cp /usr/share/doc/annals/example.annals "$work/project-without-extension"
for project in project.annals project-without-extension; do
    type=$(cd "$work" && XDG_CURRENT_DESKTOP= xdg-mime query filetype "$project")
    echo "xdg-mime query filetype $project: $type"
    [ "$type" = "application/x-annals-project" ] || fail "$project is $type"
done
default=$(XDG_CURRENT_DESKTOP= xdg-mime query default application/x-annals-project || true)
echo "xdg-mime query default application/x-annals-project: $default"

step "purge"
files=$(dpkg-query -L annals | sort)
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $sudo apt-get purge -y -qq annals $added >/dev/null
left=""
for path in $files; do
    # Shared folders (/usr/share/icons/hicolor/…) stay; the package's own files must not.
    if [ -e "$path" ] && [ ! -d "$path" ]; then
        left="$left $path"
    fi
done
[ -z "$left" ] || fail "files left behind:$left"
for folder in /usr/share/doc/annals; do
    [ ! -e "$folder" ] || fail "$folder left behind"
done
type=$(cd "$work" && XDG_CURRENT_DESKTOP= xdg-mime query filetype project.annals)
[ "$type" != "application/x-annals-project" ] || fail "the file type is still registered"
dpkg-query -W -f='${Package}\n' | sort >"$work/purged"
cmp -s "$work/before" "$work/purged" || fail "installed packages differ from before"

step "passed"
